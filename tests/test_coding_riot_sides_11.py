"""Who contains, suffers or faces an event is not its doer (issue 4, eleventh session).

An event noun carried by a verb takes the verb's subject as its doer ("rebels launched an attack",
"farmers took part in the protest"), but not when the verb contains or suffers it ("the government
failed to control the riots", "traders suffered losses during the riots"). Every sentence is
written for this test."""

from __future__ import annotations

import pytest
from test_coding_parties import _no_gate, events  # noqa: F401  (_no_gate: the gate off, autouse)


@pytest.mark.parametrize("text", [
    "The provincial government failed to control the riots in the port city.",
    "Shopkeepers suffered heavy losses during the riots in the old town.",
    "The local police were unable to tackle the riots in the old city.",
])
def test_the_other_side_is_not_the_rioter(text: str) -> None:
    [event] = events(text, "PROTEST")
    assert event.actors == []


@pytest.mark.parametrize(("text", "doer"), [
    ("Farmers took part in the protest outside the assembly.", "Farmers"),
    ("Rebels launched an attack on the garrison at dawn.", "Rebels"),
])
def test_the_carrying_verb_still_names_the_doer(text: str, doer: str) -> None:
    [event] = [e for e in events(text, "PROTEST") + events(text, "ASSAULT")]
    assert [a.text for a in event.actors] == [doer]


@pytest.mark.parametrize(("text", "kind", "doers", "targets"), [
    ("The border town faced rocket attacks from Hezbollah on Friday.", "ASSAULT", ["Hezbollah"], ["border town"]),
    ("Troops came under attack from the north on Monday.", "ASSAULT", [], ["Troops"]),
    ("Amid protests from opposition members, the speaker adjourned the house.", "PROTEST", ["opposition members"], []),
])
def test_who_faces_an_event_is_its_target_and_from_names_its_doer(text: str, kind: str, doers: list[str],
                                                                   targets: list[str]) -> None:
    [event] = events(text, kind)
    assert [a.text for a in event.actors] == doers
    assert [r.text for r in event.recipients] == targets
