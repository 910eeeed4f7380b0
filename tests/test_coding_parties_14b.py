"""Parties of the fourteenth session, second pass (issue 4, precision): a possessive "its" or "their" that
stands for a body or a group named earlier in the same sentence, on the object of an act ("criticised its
handling", censure or refusal; "looted their shops", violence with a doer) or on an event noun ("their
protests"). Every sentence is written for this test, in lower case like the Indian police reports the rule
was found on."""

from __future__ import annotations

from test_coding_parties import _no_gate  # noqa: F401
from test_coding_parties_14 import events


def test_its_on_the_criticised_act_names_the_body_before() -> None:
    found = events("new delhi: the national human rights commission has rejected the gujarat government's report "
                   "on the riots and criticised its handling of the violence.", "ACCUSE")
    assert found
    assert any("government" in r.text for e in found for r in e.recipients), found


def test_its_standing_for_the_doer_names_no_target() -> None:
    found = events("the state government has criticised its handling of the riots by some of the officers.",
                   "ACCUSE")
    assert found
    assert all("government" not in r.text for e in found for r in e.recipients), found


def test_their_standing_for_the_doer_names_no_other_party() -> None:
    found = events("the police attacked their protest near the gate.", "ASSAULT")
    assert all(r.text != "police" for e in found for r in e.recipients), found


def test_their_on_an_event_noun_names_the_group_before() -> None:
    found = events("the opposition members walked out of the assembly, and their protest went on outside the house.",
                   "PROTEST")
    assert any("opposition members" in a.text for e in found for a in e.actors), found



def test_their_on_the_looted_property_names_its_owners() -> None:
    found = events("the shop owners in the old city said their shops had been looted by a mob on friday night.", "ASSAULT")
    assert any("owners" in r.text for e in found for r in e.recipients), found


def test_it_stands_for_no_person() -> None:
    found = events("the trader is beside himself with grief and it is destroying his health.", "ASSAULT")
    assert all(a.text != "trader" for e in found for a in e.actors), found
