"""Generic statements of the twentieth session (issue 4, precision, category everyday/generic): a
timeless statement about a kind of event ("riots do not happen, riots are created"), harm kept from
happening or only within someone's means ("measures to prevent riots", "the capacity to launch
attacks") and acts of anyone at all ("anyone who throws stones will be arrested") report no
happening (coding/generic.py). Particular happenings told in the same words stay.
Every sentence is written for this test."""

from __future__ import annotations

import pytest
from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text


def kinds(text: str) -> list[str]:
    return [e.event for e in code_text(text, published="2023-06-14")]


TIMELESS_KINDS = [
    "Riots might help the ruling party win votes, the professor said.",
    "Riots do not happen, riots are organised, the activist said.",
    "Dock strikes do not cause hardship to ordinary families, the union claims.",
    "Traders dream of a town where ugly things like riots do not feature.",
    "Protests can turn a quiet town into a battlefield.",
]


@pytest.mark.parametrize("text", TIMELESS_KINDS)
def test_a_statement_about_a_kind_of_event_is_no_event(text: str) -> None:
    assert not {"PROTEST", "ASSAULT"} & set(kinds(text))


PARTICULAR_HAPPENINGS = [
    ("Riots broke out in the old city again on Sunday.", "PROTEST"),
    ("Riots break out in old city", "PROTEST"),
    ("Protests erupt in Paris", "PROTEST"),
    ("Strikes hit France.", "PROTEST"),
    ("Bombings killed 40 people in the capital.", "ASSAULT"),
    ("Strikes paralyse the port.", "PROTEST"),
    ("Protests spread to Delhi", "PROTEST"),
]


@pytest.mark.parametrize(("text", "kind"), PARTICULAR_HAPPENINGS)
def test_a_particular_happening_in_the_same_words_stays(text: str, kind: str) -> None:
    found = kinds(text)
    assert found, text
    assert kind in found or "PROTEST" in found or "ASSAULT" in found


AVERTED_OR_POSSIBLE = [
    "The police posted informers in the market to prevent terrorist attacks.",
    "Troops were stationed along the river to avert clashes between the villages.",
    "The rebels still have the capacity to launch coordinated attacks.",
    "The militia is capable of mounting attacks far from its bases.",
    "The discovery of the drone raised fears of potential bombings in the capital.",
]


@pytest.mark.parametrize("text", AVERTED_OR_POSSIBLE)
def test_harm_kept_from_happening_or_only_possible_is_no_attack(text: str) -> None:
    assert not {"ASSAULT", "PROTEST"} & set(kinds(text))


def test_a_particular_strike_averted_stays_negated() -> None:
    found = code_text("The union averted a strike at the port.", published="2023-06-14")
    strikes = [e for e in found if e.event == "PROTEST"]
    assert strikes and all(e.modality.negated for e in strikes)


def test_a_stopped_attack_that_happened_stays() -> None:
    assert "ASSAULT" in kinds("Gunmen attacked a police post in the town on Monday, killing two officers.")


ANYONE = [
    "Anyone who throws stones at the police will be arrested, the commissioner warned.",
    "Anybody who criticises the chief is attacked, the writer said.",
    "The police will arrest whoever breaks the curfew.",
]


@pytest.mark.parametrize("text", ANYONE)
def test_acts_of_anyone_at_all_are_no_event(text: str) -> None:
    assert not {"ASSAULT", "COERCE", "PROTEST"} & set(kinds(text))


ANYONE_IN_THE_PAST = [
    ("Those who attacked the police post were arrested on Monday.", "ASSAULT"),
    ("Police arrested everyone who broke the curfew in the old city on Friday.", "COERCE"),
]


@pytest.mark.parametrize(("text", "kind"), ANYONE_IN_THE_PAST)
def test_acts_told_in_the_past_happened(text: str, kind: str) -> None:
    assert kind in kinds(text)


def test_refusing_to_let_anyone_in_stays_a_refusal() -> None:
    assert "REJECT" in kinds("The government will not allow anyone to enter the disputed site, the minister said.")


def test_possible_talks_with_named_parties_stay() -> None:
    found = code_text("The senator kept her options open concerning future talks with Cuba and Venezuela.",
                      published="2023-06-14")
    assert any(e.event == "CONSULT" for e in found)


WITHIN_REACH = [
    "The rebels have the capacity to attack cities far from the front.",
    "The navy has the ability to strike targets deep inside enemy territory.",
    "The militia is capable of striking the capital.",
    "If you or someone you know has been assaulted, call the helpline at any hour.",
]


@pytest.mark.parametrize("text", WITHIN_REACH)
def test_an_act_within_reach_or_for_anyone_is_no_event(text: str) -> None:
    assert "ASSAULT" not in kinds(text)


def test_an_act_one_was_able_to_do_happened() -> None:
    assert "ASSAULT" in kinds("The rebels were able to attack the base on Monday.")


def test_a_condition_on_a_named_party_stays_hypothetical() -> None:
    found = [e for e in code_text("If the army attacks the town, thousands will flee.", published="2023-06-14")
             if e.event == "ASSAULT"]
    assert found and all(e.modality.hypothetical for e in found)


LIABLE_FEARED_OR_COMMON = [
    "Strikes do not figure in the budget of the town's 3,000 shopkeepers.",
    "Such villages are prone to attacks in a crisis, the officer said.",
    "Families in the state live in terror of riot, loot and arson.",
    "In such towns, sexual abuse and rape are common.",
]


@pytest.mark.parametrize("text", LIABLE_FEARED_OR_COMMON)
def test_harm_one_is_liable_to_fears_or_finds_common_is_no_event(text: str) -> None:
    assert not {"ASSAULT", "PROTEST"} & set(kinds(text))


PARTICULAR_FEARED = [
    ("Fears grew after the riots in the old city on Monday.", "PROTEST"),
    ("The fear of the attack kept people indoors.", "ASSAULT"),
    ("Riots do not stop in Delhi.", "PROTEST"),
]


@pytest.mark.parametrize(("text", "kind"), PARTICULAR_FEARED)
def test_a_particular_event_feared_or_not_stopping_stays(text: str, kind: str) -> None:
    assert kind in kinds(text)


MEASURED_OVER_TIME = [
    "The country is nervous after a spate of attacks in recent years.",
    "The pace of attacks slowed in the second half of the year.",
    "The region sees frequent attacks on police posts.",
    "The town endured years of occasional bombings.",
]


@pytest.mark.parametrize("text", MEASURED_OVER_TIME)
def test_a_kind_of_event_counted_over_time_is_no_event(text: str) -> None:
    assert "ASSAULT" not in kinds(text)


def test_a_spate_on_one_day_stays() -> None:
    assert "COERCE" in kinds("Police made a spate of arrests on Tuesday after the riot.")


def test_a_wave_of_attacks_on_one_day_stays() -> None:
    assert "ASSAULT" in kinds("A wave of attacks across the country on Monday killed 50 people.")


BANNED_KINDS = [
    "Notices announced prohibitory orders banning rallies and demonstrations near the camps.",
    "The government issued a ban on protests in the capital.",
]


@pytest.mark.parametrize("text", BANNED_KINDS)
def test_a_kind_of_event_banned_is_no_protest(text: str) -> None:
    assert "PROTEST" not in kinds(text)


CHARACTERISED = [
    "They are killers who kill innocent people in the name of religion, he said.",
    "He is a man who attacks journalists for a living.",
]


@pytest.mark.parametrize("text", CHARACTERISED)
def test_what_someone_is_said_to_do_by_kind_is_no_event(text: str) -> None:
    assert "ASSAULT" not in kinds(text)


def test_what_the_people_described_did_stays() -> None:
    assert "ASSAULT" in kinds("These are the rebels who attacked the convoy on Monday.")


def test_a_count_inside_the_subject_of_a_negated_kind_is_no_anchor() -> None:
    assert "PROTEST" not in kinds("Strikes by the city's 4,000 dockers do not feature in the minister's plans.")


def test_a_place_in_the_subject_anchors_a_negated_happening() -> None:
    assert "PROTEST" in kinds("Riots in Delhi do not stop.")
