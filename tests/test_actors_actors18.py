"""Sectors of a body's officers and kin (actors18): a possessive body before a member noun or an officer's
title ("the party's leaders", "the union's general secretary"), an office-holder's kin (PLOVER's ELI), the
opposition's shadow ministers and spokesmen (PTY with OPP), a deputy speaker (LEG) and a commissioner of police
(COP). Every phrase and sentence is written for this test."""

from __future__ import annotations

from datetime import date

from test_coding_parties import _no_gate  # noqa: F401

from eventwire.nlp.actor_resolve import resolve_tokens
from eventwire.nlp.actors import resolve_actor_text
from eventwire.nlp.parse import parse

DAY = date(2021, 6, 1)


def sectors(phrase: str) -> list[str]:
    found = resolve_tokens(list(parse(phrase)), 20210601, loose=True)
    assert found is not None, phrase
    return list(found.sectors)


def test_a_possessive_party_or_union_owns_its_leaders_and_officers() -> None:
    assert sectors("the party's leaders")[:1] == ["PTY"]
    assert sectors("the party's general secretary")[:1] == ["PTY"]
    assert sectors("the party's secretary general")[:1] == ["PTY"]
    assert sectors("the party's spokesman")[:1] == ["PTY"]
    assert sectors("the union's treasurer")[:1] == ["LAB"]
    # a bare "leaders" has no sector by design; a named party's leaders are the party's
    bare = resolve_actor_text("leaders", anchor=DAY)
    assert bare is None or not bare.sector
    assert sectors("the BJP's leaders")[:1] == ["PTY"]


def test_an_office_holders_kin_are_elites() -> None:
    assert sectors("the president's son") == ["ELI"]
    assert sectors("the defence minister's brother") == ["ELI"]
    assert sectors("the son of the prime minister") == ["ELI"]
    actor = resolve_actor_text("Putin's daughter", anchor=DAY)
    assert actor is not None and actor.code == "RUS" and actor.sector == "ELI"
    # kin of someone without an office stay what they were
    assert sectors("the victim's family")[:1] == ["CVL"]


def test_shadow_ministers_and_opposition_spokesmen_are_the_opposition() -> None:
    assert sectors("the shadow health minister") == ["PTY", "OPP"]
    assert sectors("shadow chancellor") == ["PTY", "OPP"]
    assert sectors("the opposition's finance spokesman") == ["PTY", "OPP"]
    # the government's own ministers are unchanged
    assert sectors("the health minister")[:1] == ["GOV"]


def test_a_deputy_speaker_and_a_commissioner_of_police() -> None:
    assert sectors("the deputy speaker")[:1] == ["LEG"]
    assert sectors("the commissioner of police")[:1] == ["COP"]
    assert sectors("a deputy commissioner of police")[:1] == ["COP"]
    assert sectors("the police commissioner")[:1] == ["COP"]


def test_a_body_heads_title_after_a_company_or_an_ngo_is_that_bodys() -> None:
    assert sectors("Shell's chief executive")[:1] == ["BUS"]
    actor = resolve_actor_text("Amnesty's secretary general", anchor=DAY)
    assert actor is not None and actor.code == "NGO" and actor.sector is None
    # an intergovernmental body's head keeps the government sector NGEC gives such heads
    assert sectors("the NATO secretary general")[:1] == ["GOV"]


def test_a_listed_person_out_of_every_recorded_role_keeps_the_country() -> None:
    # a state politician listed only for his later offices: before them, his country and no sector
    actor = resolve_actor_text("A. K. Antony", anchor=date(2002, 3, 15))
    assert actor is not None and actor.code == "IND" and actor.sector is None
