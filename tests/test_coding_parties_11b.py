"""Parties of general news told a step away from the verb (issue 4, precision, eleventh session, second
pass): the second side of talks "between X and Y", the target of a threat told in an infinitive, the
origin of goods a trade measure hits, the one asked "from", and the state that expels. Every sentence is
written for this test."""

from __future__ import annotations

from test_coding_parties import _no_gate, events  # noqa: F401  (_no_gate: the gate off, autouse)
from test_coding_parties_9 import texts


def _codes(parties) -> list[str | None]:
    return [p.code for p in parties]


def test_a_threat_in_an_infinitive_targets_the_goods_origin() -> None:
    [event] = events("The president threatened on Monday to slap tariffs on imports from Brazil.", "THREATEN")
    assert _codes(event.recipients) == ["BRA"]


def test_a_vow_to_fight_targets_the_foe() -> None:
    [event] = events("Iran vowed on Friday to fight Israel at any cost.", "THREATEN")
    assert _codes(event.actors) == ["IRN"] and _codes(event.recipients) == ["ISR"]


def test_a_threat_to_resign_has_no_target() -> None:
    [event] = events("The senator threatened to resign on Monday.", "THREATEN")
    assert event.recipients == []


def test_duties_on_an_amount_of_goods_from_a_country() -> None:
    [event] = events("Washington said it would impose new duties on $20 billion of goods from Vietnam.",
                     "THREATEN")
    assert _codes(event.recipients) == ["VNM"]


def test_the_second_side_of_a_meeting_between_two_is_met() -> None:
    [event] = events("A meeting on Friday between the Turkish foreign minister and his Greek counterpart, "
                     "Ali Demir, ended without a deal.", "CONSULT")
    assert _codes(event.actors) == ["TUR"] and _codes(event.recipients) == ["GRC"]


def test_between_one_and_anothers_leader() -> None:
    [event] = events("A meeting between Putin and Chechnya's leader, Ramzan Kadyrov, took place on Friday.",
                     "CONSULT")
    assert texts(event.actors) == ["Putin"] and texts(event.recipients) == ["Ramzan Kadyrov"]


def test_fighting_between_two_keeps_both_sides_fighting() -> None:
    found = events("Fighting between the army and the rebels killed 12 people on Sunday.", "ASSAULT")
    assert any(texts(e.actors) == ["army", "rebels"] for e in found)


def test_answers_demanded_from_a_firm() -> None:
    [event] = events("Regulators demanded answers from Google on Monday.", "REQUEST")
    assert texts(event.recipients) == ["Google"]


def test_the_state_that_expels_is_the_doer() -> None:
    [event] = events("The envoys from Norway were expelled from Argentina on Monday.", "SANCTION")
    assert _codes(event.actors) == ["ARG"] and _codes(event.recipients) == ["NOR"]
