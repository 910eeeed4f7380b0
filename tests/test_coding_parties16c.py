"""Parties the sentence names, second round of session 16 (parties16c): a partitive ("some of", "four of the")
names the group it picks from; a town or state that only says where a thing the act speaks of is ("appealed for
peace in Gujarat") is not whom a doer without a country of its own addresses. Every sentence is written for this
test."""

from __future__ import annotations

from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text

PUBLISHED = "2023-06-14"


def parties(text: str, kind: str, trigger: str | None = None) -> list[tuple[list[str], list[str]]]:
    return [([a.text for a in e.actors], [r.text for r in e.recipients]) for e in code_text(text, published=PUBLISHED)
            if e.event == kind and trigger in {None, e.evidence.trigger}]


def test_some_of_the_protesters_names_the_protesters() -> None:
    assert parties("Police arrested some of the protesters near the station.", "COERCE") \
        == [(["Police"], ["protesters"])]


def test_a_count_of_a_definite_group_names_the_group() -> None:
    assert parties("Four of the rioters were arrested by the police on Monday.", "COERCE") \
        == [(["police"], ["rioters"])]


def test_peace_in_a_state_is_not_the_one_appealed_to() -> None:
    assert parties("All the opposition parties appealed for harmony in Gujarat.", "REQUEST") \
        == [(["opposition parties"], [])]


def test_the_place_of_the_riots_is_not_the_one_asked() -> None:
    assert parties("The former prime minister demanded an inquiry into the riots in Gujarat.", "REQUEST") \
        == [(["former prime minister"], [])]


def test_a_named_state_still_addresses_the_place_of_what_it_demands() -> None:
    assert parties("Pakistan demanded an inquiry into the killings in Srinagar.", "REQUEST") \
        == [(["Pakistan"], ["Srinagar"])]
