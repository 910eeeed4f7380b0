"""Who contains an event, or loses by it, is not its doer (issue 4, eleventh session).

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
