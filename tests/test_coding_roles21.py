"""Parties in the wrong role (roles, twenty-first session): the subject a passive infinitive borrows from "likely",
"is to", "expected" is the one done to ("the leaders are likely to be arrested"), and a subject the parser hangs
on a verb's own passive auxiliary is its patient ("leaders were on Wednesday prevented from entering"). An act
asked for by a noun of asking is not the asker's ("a request for deploying troops"). Who only compares, suspects
or speaks of an event, or whose verb has an object of its own beside it, did not do it ("was not comparing the two
riots", "played a role during the riots"). The one a verb takes "for" an act did it ("arrested two youths for
attacking a bus"), and what sparks protests is no protester. Every sentence is written for this test."""

from __future__ import annotations

from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text

PUBLISHED = "2023-06-14"


def parties(text: str, kind: str | None = None) -> list[tuple[list[str], list[str]]]:
    return [([a.text for a in e.actors], [r.text for r in e.recipients])
            for e in code_text(text, published=PUBLISHED) if kind in {None, e.event}]


def test_leaders_likely_to_be_arrested_are_not_the_arresters() -> None:
    events = parties("Senior party leaders are likely to be arrested on Friday.", "COERCE")
    assert events and all(actors == [] and recipients == ["Senior party leaders"] for actors, recipients in events)


def test_a_mayor_to_be_sentenced_is_not_the_judge() -> None:
    events = parties("The former mayor is to be sentenced next month.", "SANCTION")
    assert events and all("former mayor" not in actors and "former mayor" in recipients
                          for actors, recipients in events)


def test_prisoners_expected_to_be_released_by_rebels() -> None:
    events = parties("The two prisoners are expected to be released by the rebels on Monday.")
    assert events and all(actors == ["rebels"] and recipients == ["prisoners"] for actors, recipients in events)


def test_a_suspect_believed_to_have_been_detained() -> None:
    events = parties("The suspect is believed to have been detained by the police in Lagos.", "COERCE")
    assert events and all(actors == ["police"] and recipients == ["suspect"] for actors, recipients in events)


def test_a_subject_hung_on_the_passive_auxiliary_was_stopped() -> None:
    events = parties("Opposition leaders were on Wednesday prevented from entering the riot-hit areas of the city.",
                     "COERCE")
    assert events and all("Opposition leaders" not in actors and "Opposition leaders" in recipients
                          for actors, recipients in events)


def test_an_active_raising_verb_keeps_its_doer() -> None:
    events = parties("The rebels are likely to attack the convoy on Friday.", "ASSAULT")
    assert events and all(actors == ["rebels"] for actors, _ in events)


# --- who asks for an act does not do it ---

def test_a_request_for_deploying_troops_names_no_deployer() -> None:
    for actors, _ in parties("The state government sent a written request for deploying troops in the city.",
                             "MOBILIZE"):
        assert "state government" not in actors


def test_a_demand_for_banning_a_group_is_no_ban_by_the_party() -> None:
    for actors, _ in parties("The party renewed its demand for banning the militant group.", "COERCE"):
        assert "party" not in actors


def test_launching_a_campaign_of_attacks_keeps_its_doer() -> None:
    events = parties("Rebels launched a campaign of attacking army posts.", "ASSAULT")
    assert events and all(actors == ["Rebels"] for actors, _ in events)


def test_a_request_to_someone_to_investigate_is_his_to_do() -> None:
    for actors, _ in parties("Officials said the president's request to the Ukrainian leader to investigate his "
                             "rivals was improper.", "ACCUSE"):
        assert "president" not in actors


# --- who only speaks of, compares or suspects a hand in an event did not do it ---

def test_comparing_two_riots_is_no_rioting() -> None:
    for actors, _ in parties("The governor insisted that he had never compared the two riots.", "PROTEST"):
        assert actors == []


def test_a_role_during_the_riots_is_no_rioting() -> None:
    for actors, _ in parties("He added that the local press played a negative role during the riots.", "PROTEST"):
        assert "local press" not in actors


def test_suspecting_a_hand_in_a_massacre_is_no_massacre() -> None:
    for actors, _ in parties("The opposition leader suspected the hand of a foreign agency in the massacre of "
                             "30 villagers.", "ASSAULT"):
        assert "opposition leader" not in actors


def test_arrests_during_riots_do_not_make_the_police_rioters() -> None:
    assert not any(actors == ["Police"] for actors, _ in parties("Police arrested twenty people during the riots.",
                                                                 "PROTEST"))


def test_taking_part_in_a_rally_and_shutting_shops_in_protest_still_protest() -> None:
    events = parties("Hundreds of students took part in the rally against the fee hike.", "PROTEST")
    assert events and all(actors == ["students"] for actors, _ in events)
    events = parties("Traders shut their shops in protest.", "PROTEST")
    assert events and all(actors == ["Traders"] for actors, _ in events)


# --- the one taken "for" an act did it ---

def test_youths_arrested_for_attacking_a_bus_attacked_it() -> None:
    events = parties("Police arrested two youths for attacking a bus.")
    assert any(actors == ["Police"] and recipients == ["youths"] for actors, recipients in events)
    assert all("Police" not in actors for actors, recipients in events if recipients != ["youths"])


def test_ridiculed_for_blaming_the_media() -> None:
    events = parties("The youth leader ridiculed the prime minister for blaming the media for the reports.", "ACCUSE")
    assert events and all("youth leader" not in actors for actors, _ in events)
    assert any(actors == ["prime minister"] for actors, _ in events)


def test_what_sparks_protests_does_not_protest() -> None:
    for actors, _ in parties("The finance minister's announcement sparked a wave of protests in the assembly.",
                             "PROTEST"):
        assert "finance minister" not in actors


def test_instigators_who_trigger_a_clash_still_clash() -> None:
    events = parties("In order to trigger a communal clash, some miscreants had littered the market with bones.",
                     "ASSAULT")
    assert events and all(actors == ["miscreants"] for actors, _ in events)


def test_a_request_to_meet_with_no_one_asked_is_the_askers_meeting() -> None:
    events = parties("The ministry was reviewing the Russian request to meet with the detained woman.", "CONSULT")
    assert events and all(actors == ["Russian"] for actors, _ in events)
