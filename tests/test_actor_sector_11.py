"""Eleventh-session actor sectors (nlp/actor_resolve.py, tools/build_actor_dictionary.py,
tools/actor_sources/agents_extra.tsv): the head of a kind of body takes that body's sector, a body
named only with capitals is that body in lower case before a member noun, a lower-case "party" after
a word for its politics is a party, armed men of a faith stay armed men, TABARI's null code.

Every phrase here was written for these tests.
"""

from __future__ import annotations

import pytest

from eventwire.nlp.actors import resolve_actor_text


def sectors(text: str) -> tuple[str | None, list[str] | None]:
    actor = resolve_actor_text(text)
    return (actor.code, actor.sector) if actor is not None else (None, None)


@pytest.mark.parametrize(("text", "sector"), [
    ("the university president", "EDU"),
    ("the company's chief executive", "BUS"),
    ("the court president", "JUD"),
    ("the hospital's chief executive", "MED"),
    ("the union president", "LAB"),
    ("the firm's director general", "BUS"),
])
def test_head_of_a_kind_of_body_takes_its_sector(text: str, sector: str) -> None:
    assert sectors(text)[1] == sector


@pytest.mark.parametrize(("text", "sector"), [
    ("the Kenyan president", "GOV"),        # a demonym names a state, whose president heads it
    ("the president", "GOV"),
    ("the senate president", "LEG"),        # one agent phrase of its own
    ("the interim president", "GOV"),
    ("a former president", "ELI"),
])
def test_state_heads_unchanged(text: str, sector: str) -> None:
    assert sectors(text)[1] == sector


@pytest.mark.parametrize(("text", "sector"), [
    ("a party spokesman", "PTY"),
    ("party officials", "PTY"),
    ("the party chairman", "PTY"),
    ("union officials", "LAB"),
    ("union members", "LAB"),
])
def test_lower_case_body_before_a_member_noun(text: str, sector: str) -> None:
    assert sectors(text)[1] == sector


@pytest.mark.parametrize("text", ["a birthday party", "a Christmas party", "the party was over", "a search party"])
def test_party_as_an_occasion_names_no_actor(text: str) -> None:
    assert sectors(text)[1] != "PTY"


@pytest.mark.parametrize("text", ["a far-right party", "an Islamist party", "the ruling party", "a nationalist party",
                                  "a separatist party"])
def test_party_after_its_politics(text: str) -> None:
    assert sectors(text)[1] in ("PTY", "GOV")  # NGEC's list makes "the ruling party" the government
    assert resolve_actor_text(text) is not None


def test_armed_men_of_a_faith_are_armed() -> None:
    actor = resolve_actor_text("Sunni gunmen")
    assert actor is not None and actor.sector == "UAF"
    actor = resolve_actor_text("Islamist fighters")
    assert actor is not None and actor.sector == "UAF"


def test_faith_still_names_religious_leaders() -> None:
    assert sectors("a Buddhist community leader")[1] == "REL"
    assert sectors("Muslim clerics")[1] == "REL"


def test_trade_unionists() -> None:
    assert sectors("trade unionists")[1] == "LAB"
    assert sectors("a veteran trade unionist")[1] == "LAB"


def test_null_code_names_no_actor() -> None:
    # TABARI's "[---]": an ocean is nobody; the next block's code (a legislature) is not its own.
    assert sectors("the Indian Ocean") != ("IND", "LEG")
    assert sectors("Lok Sabha") == ("IND", "LEG")


@pytest.mark.parametrize(("text", "sector"), [
    ("the country's biggest lenders", "BUS"),
    ("foreign creditors", "BUS"),
    ("a steel industrialist", "BUS"),
    ("the ombudsman", "GOV"),
    ("a city councilman", "GOV"),
    ("the lower house", "LEG"),
    ("the municipality", "GOV"),
])
def test_everyday_actor_nouns(text: str, sector: str) -> None:
    assert sectors(text)[1] == sector
