"""An object shared by two coordinated verbs (session 15, parties second pass): "criticising and condemning
the group" — the first verb's party is the object written once after the second; likewise the victims two
coordinated acts of violence share ("the massacres and torching of villagers"). Every sentence is written
for this test."""

from __future__ import annotations

from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text

PUBLISHED = "2023-06-14"


def recipients(text: str, kind: str, trigger: str | None = None) -> list[list[str]]:
    return [[r.text for r in e.recipients] for e in code_text(text, published=PUBLISHED)
            if e.event == kind and trigger in {None, e.evidence.trigger}]


def test_progressive_verbs_share_their_object() -> None:
    found = recipients("The union minister is criticising and condemning the VHP for its stand on the temple.",
                       "ACCUSE")
    assert found and all(r == ["VHP"] for r in found)


def test_a_verb_with_its_own_object_keeps_it() -> None:
    for found in recipients("Police chased the robbers and arrested the driver.", "COERCE", "arrested"):
        assert found == ["driver"]


def test_a_second_verb_with_its_own_subject_shares_nothing() -> None:
    for found in recipients("The minister protested and the police arrested the marchers.", "PROTEST", "protested"):
        assert "marchers" not in found


def test_two_acts_of_violence_share_their_victims() -> None:
    found = recipients("The massacres and torching of villagers in the valley went on for three days.", "ASSAULT")
    assert found and all(r == ["villagers"] for r in found)


def test_a_protest_does_not_take_the_victims_of_the_next_noun() -> None:
    for found in recipients("Protests and killings of students followed the vote.", "PROTEST"):
        assert "students" not in found
