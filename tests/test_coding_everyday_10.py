"""Everyday senses and wrong types of the tenth session (issue 4, precision): a policy "allowed", an
admission "conceded", one speaker "agreeing", a fear "apprehended", an election "beaten out", a
meeting called to order, a pest's or a law's "attack", "riot-affected" as a noun, headlines glued into
one sentence; and retypings: killings in riots are no police repression, street weapons no
artillery, a terrorist "strike" an attack, and a refusal read from a negation is not flagged negated.
Every sentence is written for this test."""

from __future__ import annotations

import pytest

from eventwire.coding import code_text
from eventwire.coding import gate


def coded(text: str) -> list:
    """The events the rules code, whatever the learned gate would keep."""
    gate.set_enabled(False)
    try:
        return code_text(text, published="2023-06-14")
    finally:
        gate.set_enabled(None)


def kinds(text: str) -> list[str]:
    return [e.event for e in coded(text)]


EVERYDAY = [
    # a policy allowed, things allowed to drift
    "The cabinet has decided to allow the sale of imported fertiliser across the country.",
    "The council voted to permit the use of recycled water in public parks.",
    "The ministry allowed foreign investment in the telecom sector last year.",
    "The mayor has allowed things to drift for months.",
    # an admission, a view shared
    "Senior officials conceded that it was not possible to seal the long border.",
    '"The plan has failed," the senator agreed.',
    # a fear, an election, procedure
    "The provincial government apprehends reprisal killings in several towns.",
    "The treasurer beat out two rivals for the council seat.",
    "The mayor called the special council meeting to order on Monday.",
    # a pest's attack, a law's "attack", a place described
    "Farmers say the new seed does not stop the attack of the bollworm on their cotton.",
    "Critics called the new law a fatal attack on the democratic foundation of the republic.",
    "Aid has been promised to the families of the riot-affected in the district.",
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_sense_is_no_event(text: str) -> None:
    assert kinds(text) == []


KEPT = [
    ("The authorities allowed the activists to march to the square.", "CONCEDE"),
    ("The rebels conceded defeat in the north.", "CONCEDE"),
    ("The rebels agreed to a ceasefire on Sunday.", "CONCEDE"),
    ("A mob beat the shopkeeper to death in the district on Monday.", "ASSAULT"),
]


@pytest.mark.parametrize("text,event", KEPT)
def test_the_acts_stay_events(text: str, event: str) -> None:
    assert event in kinds(text)


def test_killed_in_riots_is_no_crowd_control() -> None:
    events = coded("Four shopkeepers were killed in the riots that followed the fire.")
    assert [(e.event, e.mode) for e in events] == [("ASSAULT", None)]


def test_street_weapons_are_no_artillery() -> None:
    events = coded("A mob attacked the two traders with sharp weapons on Friday.")
    assert [(e.event, e.mode) for e in events] == [("ASSAULT", "beat")]


def test_a_refusal_is_not_flagged_negated() -> None:
    events = coded("The government will not allow the marchers to enter the town.")
    assert [e.event for e in events] == ["REJECT"]
    assert not events[0].modality.negated


def test_a_terrorist_strike_is_an_attack() -> None:
    events = coded("Militants carried out a terrorist strike on the army camp on Tuesday.")
    assert "PROTEST" not in [e.event for e in events]


def test_a_labour_strike_stays_a_protest() -> None:
    assert kinds("The transport union announced a strike on Monday.") == ["PROTEST"]


def test_glued_headlines_are_no_events() -> None:
    # the heading falls into a sentence of its own; the headlines after it are glued by a mis-encoded
    # no-break space
    text = ("the city was calm on friday. related stories:\u00c2 night attack takes toll to 12\u00c2 minister "
            "quits over riots\u00c2 curfew relaxed in capital\u00c2 talks stall in delhi  ")
    assert kinds(text) == []
    assert kinds("Gunmen killed two traders in the border town on Friday.") == ["ASSAULT"]
