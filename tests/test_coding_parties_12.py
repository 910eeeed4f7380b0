"""Parties told a step away from the verb (issue 4, precision, twelfth session): the forces a military
easing withdraws, the ones a firing in a "when" clause hit or who fired, a subject shared through "and
were able to", the goods a threatened tariff hits through an amount, and a plural pronoun of a subordinate
clause that stands for a party of the clause it qualifies. Every sentence is written for this test."""

from __future__ import annotations

from test_coding_parties import _no_gate, events  # noqa: F401  (_no_gate: the gate off, autouse)
from test_coding_parties_9 import texts
from test_coding_parties_11b import _codes


def test_withdrawn_forces_withdraw_and_are_no_target() -> None:
    [event] = events("The army was withdrawn from the town on Sunday after calm returned.", "RETREAT")
    assert texts(event.actors) == ["army"] and event.recipients == []


def test_the_dead_of_a_firing_told_in_a_when_clause() -> None:
    [event] = events("Three persons died on Monday when the police resorted to firing to disperse a crowd.", "ASSAULT")
    assert texts(event.actors) == ["police"] and texts(event.recipients) == ["persons"]


def test_who_had_to_burst_shells_hurt_the_injured() -> None:
    [event] = events("Two shopkeepers were injured when the police had to burst teargas shells to disperse a crowd.",
                     "ASSAULT")
    assert texts(event.actors) == ["police"] and texts(event.recipients) == ["shopkeepers"]


def test_a_subject_shared_through_and_were_able_to() -> None:
    [event] = events("Transit officers searched the platform and were able to apprehend a thief.", "COERCE")
    assert texts(event.actors) == ["Transit officers"] and texts(event.recipients) == ["thief"]


def test_a_threatened_tariff_on_an_amount_of_goods() -> None:
    [event] = events("The president on Monday threatened to slap tariffs on $30 billion of imports from Brazil.",
                     "THREATEN")
    assert _codes(event.recipients) == ["BRA"]


def test_they_of_a_when_clause_are_the_main_clause_subject() -> None:
    [event] = events("The pilgrims were resting in a temple on Monday when they were surrounded by a mob.", "PROTEST")
    assert texts(event.actors) == ["mob"] and texts(event.recipients) == ["pilgrims"]


def test_the_latter_is_the_main_clause_object() -> None:
    [event] = events("Police detained 30 union workers on Monday when the latter tried to block the highway.",
                     "PROTEST")
    assert texts(event.actors) == ["union workers"]


def test_they_with_two_plural_parties_names_no_one() -> None:
    [event] = events("The soldiers chased the rebels on Monday after they attacked a checkpoint.", "ASSAULT")
    assert event.actors == []


def test_they_standing_for_no_party_names_no_one() -> None:
    [event] = events("He had gone back to fetch his papers when the mob attacked them.", "PROTEST")
    assert texts(event.actors) == ["mob"] and event.recipients == []
