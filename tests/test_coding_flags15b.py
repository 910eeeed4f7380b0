"""Flags, second pass (fifteenth session): a negation that does not reach the event it seems to govern.

A noun of reluctance or scarcity under "no" asserts what it governs (litotes: "no qualms about beating",
"no stranger to riots"), and a negated quantifier reached through its partitive "of" ("not one of those
arrested was charged") negates the rest of its clause, not the act that picks out its set. Every sentence
is written for this test."""

from __future__ import annotations

from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding.modality import read_modality
from eventwire.nlp.parse import parse


def reading(text: str, word: str):
    return read_modality([t for t in parse(text) if t.lower_ == word][0])


def test_no_qualms_about_an_act_does_not_negate_it() -> None:
    assert not reading("The gangs have no qualms about beating their captives in the open.", "beating").negated


def test_no_stranger_to_riots_does_not_negate_them() -> None:
    assert not reading("The port town is no stranger to communal riots.", "riots").negated


def test_no_remorse_for_an_attack_does_not_negate_it() -> None:
    assert not reading("The commander showed no remorse for the attack on the village.", "attack").negated


def test_not_one_of_those_arrested_keeps_the_arrests() -> None:
    text = "Not one of the over 300 arrested for arson in the district has been charged under the new law."
    assert not reading(text, "arrested").negated


def test_plain_negations_still_negate() -> None:
    assert reading("The police have made no arrests in the case.", "arrests").negated
    assert reading("Nobody was arrested after the march.", "arrested").negated
    assert reading("Not one protester was arrested.", "arrested").negated
    assert reading("Officials said there were no plans to attack the town.", "attack").negated
    assert reading("There was no sign of an attack on the depot.", "attack").negated


def test_a_denied_report_told_in_the_past_perfect_is_negated() -> None:
    text = "The minister refuted reports that the state had a deployment of troops in the district."
    assert reading(text, "deployment").negated


def test_a_relative_clause_still_tells_a_done_act() -> None:
    text = "The minister denied that the men who had been arrested in the raid were tortured."
    assert not reading(text, "arrested").negated


def test_a_visit_whose_details_are_not_settled_is_ahead() -> None:
    text = "The details of the minister's visit have not yet been finalised, officials said."
    found = reading(text, "visit")
    assert found.future and not found.negated


def test_a_march_whose_details_will_be_announced_is_ahead() -> None:
    assert reading("The details of the march will be announced at a press meeting today.", "march").future


def test_details_of_a_past_attack_are_not_ahead() -> None:
    assert not reading("The details of the attack emerged only on Sunday.", "attack").future


def test_items_in_a_list_of_demands_are_wanted() -> None:
    text = "Their demands include that the cities be handed over to the army, put more police in the towns " \
        "and arrest the rioters."
    assert reading(text, "put").hypothetical
    assert reading(text, "arrest").hypothetical


def test_a_demand_spelt_out_after_a_colon_is_wanted() -> None:
    assert reading("The allies are now backing an old opposition demand: ban the militant group.", "ban").hypothetical


def test_a_colon_after_an_ordinary_noun_changes_nothing() -> None:
    assert not reading("The verdict of the council: ban the militant group.", "ban").hypothetical
