"""An act's object pronoun standing for a party the same sentence named before it (issue 4, precision, thirteenth
session, second round): "alerted the district offices and asked them to …" asks the offices. Every sentence is
written for this test."""

from __future__ import annotations

from test_coding_parties import _no_gate, events  # noqa: F401  (_no_gate: the gate off, autouse)
from test_coding_parties_9 import texts


def test_them_after_a_joined_verb_stands_for_its_object() -> None:
    found = events("The interior ministry warned all provincial governments and asked them to stop the marchers.", "REQUEST")
    asked = [e for e in found if e.evidence.trigger == "asked"]
    assert asked and texts(asked[0].recipients) == ["provincial governments"]


def test_them_stands_for_a_crowd_named_before() -> None:
    found = events("The two senators struggled to calm the angry crowd, urging them to go home.", "REQUEST")
    urged = [e for e in found if e.evidence.trigger == "urging"]
    assert urged and texts(urged[0].recipients) == ["angry crowd"]


def test_it_stands_for_a_known_body_named_before() -> None:
    found = events("He said the state government had sent a short report and he asked it to send more details.",
                   "REQUEST")
    asked = [e for e in found if e.evidence.trigger == "asked"]
    assert asked and texts(asked[0].recipients) == ["state government"]


def test_them_is_not_the_askers_own_people() -> None:
    # the nearest plural party before "them" is the doer: the pronoun names no one else
    found = events("The union leaders met on Monday and asked them to join the strike.", "REQUEST")
    asked = [e for e in found if e.evidence.trigger == "asked"]
    assert asked and "union leaders" not in texts(asked[0].recipients)



def test_them_after_a_thing_names_no_earlier_party() -> None:
    # the nearest plural before "them" is the petitions, no party: not the ministers named before
    found = events("The ministers received the petitions on Monday and the clerk asked them to be filed.", "REQUEST")
    assert all("ministers" not in texts(e.recipients) for e in found)


def test_them_after_a_list_stands_for_the_whole_list() -> None:
    found = events("The president lectured his trading partners, including Japan, Canada and Mexico, and threatened them "
                   "with new tariffs.", "THREATEN")
    threats = [e for e in found if e.evidence.trigger == "threatened"]
    assert threats and {"Japan", "Canada", "Mexico"} <= set(texts(threats[0].recipients))


def test_a_violent_act_on_it_names_no_earlier_body() -> None:
    # only a verbal act's pronoun is read back: "crack it" is no attack on the agency
    found = events("The report lists the problems facing the national police agency in its effort to crack it.",
                   "ASSAULT")
    assert all("national police agency" not in texts(e.recipients) for e in found)
