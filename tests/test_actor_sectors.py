"""Actor sectors and dated roles: kind-of-group modifiers, party names, breakaway entities, stale
Phoenix roles, the leaders table merged with Phoenix, and a caller's country for unknown names.

Every phrase and sentence here was written for these tests; facts are real, wording is ours.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.nlp.actors import find_actors, resolve_actor_text
from eventwire.nlp.parse import parse

ANCHOR = date(2022, 3, 10)


@pytest.mark.parametrize("text, code, sector", [
    ("two Buddhist community leaders", None, "REL"),     # the kind of community, not "community" (CVL)
    ("a Catholic spokesman", None, "REL"),               # a spokesman speaks for the kind named before
    ("an army spokesman", None, "MIL"),                  # … as NGEC's "military spokesperson" is MIL
    ("Norwegian firms", "NOR", "BUS"),                   # agent nouns NGEC's list lacks
    ("Initech Holdings", None, "BUS"),
    ("Greek unions", "GRC", "LAB"),
    ("Danish customs", "DNK", "GOV"),
    ("Austrian negotiators", "AUT", "GOV"),
    ("the Bank of Canada", "CAN", "GOV"),                # a central bank
    ("Lukashenko's security forces", "BLR", "COP"),      # a person's forces are not the person
    ("the Bolivian opposition", "BOL", "OPP"),
    ("the Ghanaian ambassador to the UN", "GHA", "GOV"),  # where an envoy is sent is not whose he is
    ("the late Zambian president", "ZMB", "ELI"),
    ("the Senate", "USA", "LEG"),                          # Phoenix's GOVLEG: a legislature first
    ("the Emir of Kuwait", "KWT", "GOV"),                  # heads of state by title, and their offices
    ("the Egyptian presidency", "EGY", "GOV"),
    ("Pakistani PM", "PAK", "GOV"),
    ("Peruvian Defence Ministry", "PER", "GOV"),           # "Defence" is no surname of a US secretary
    ("Queen Noor", None, "GOV"),                           # a title's name is not a town of that name
    ("the National Intelligence Service", None, "SPY"),    # "National" is no surname (Abbey National)
    ("the police spokesman", None, "COP"),
    ("a government spokesman", None, "GOV"),
    ("the breakaway republic", None, "PRE"),
    ("the Workers' Party", None, "PTY"),
    ("Norwegian researchers", "NOR", "EDU"),
    ("the victims' relatives", None, "CVL"),
    ("student protesters", None, "CVL"),                 # a protester's own sector stays
    ("a mosque", None, "REL"),
])
def test_sector_of_phrase(text: str, code: str | None, sector: str) -> None:
    actor = resolve_actor_text(text, anchor=ANCHOR)
    assert actor is not None
    assert (actor.code, actor.sector) == (code, sector)


def test_bank_is_no_business_noun() -> None:
    actor = resolve_actor_text("the West Bank", anchor=ANCHOR)
    assert actor is None or actor.sector != "BUS"


def test_party_only_as_a_name() -> None:
    assert resolve_actor_text("the party", anchor=ANCHOR) is None
    found = find_actors(parse("A party was held at the hotel after the match."), [], ANCHOR)
    assert not [a for a in found if a.sector == "PTY"]


def test_modifier_in_running_text() -> None:
    found = find_actors(parse("A Buddhist community leader condemned the attack on Sunday."), [], ANCHOR)
    leader = next(a for a in found if a.text.endswith("community leader"))
    assert leader.sector == "REL"


def test_open_phoenix_roles_expire() -> None:
    # Phoenix (2015) lists Karzai's presidency as open-ended; he left office in 2014.
    assert resolve_actor_text("Hamid Karzai", anchor=date(2010, 5, 1)).sector == "GOV"
    later = resolve_actor_text("Hamid Karzai", anchor=date(2023, 5, 1))
    assert (later.code, later.sector) == ("AFG", "ELI")


def test_leaders_table_and_phoenix_are_one_person() -> None:
    # A Phoenix-only phrase of a leader takes the curated dates, not Phoenix's stale ones.
    putin = resolve_actor_text("President Vladimir Putin", anchor=date(2023, 1, 5))
    assert (putin.code, putin.sector, putin.name) == ("RUS", "GOV", "Vladimir Putin")
    # Before the curated office, Phoenix's own undated role (opposition) fills in: a party in
    # opposition, PTY first and OPP second, as PLOVER and NGEC code opposition politicians.
    kurti = resolve_actor_text("Albin Kurti", anchor=date(2019, 6, 1))
    assert (kurti.code, kurti.sector) == ("XKX", "PTY")
    assert resolve_actor_text("Albin Kurti", anchor=date(2022, 6, 1)).sector == "GOV"


def test_context_country_for_an_unknown_name() -> None:
    actor = resolve_actor_text("the ZNQ", context="Chile", anchor=ANCHOR)
    assert (actor.code, actor.sector, actor.kind) == ("CHL", None, "name")
    assert resolve_actor_text("the ZNQ", anchor=ANCHOR) is None
    assert resolve_actor_text("a demand", context="Chile", anchor=ANCHOR) is None


def test_country_word_with_an_unexplained_noun_is_unknown_sector() -> None:
    vessel = resolve_actor_text("a Syrian vessel", anchor=ANCHOR)
    assert (vessel.code, vessel.sector) == ("SYR", "UNK")
    bare = resolve_actor_text("Syrians", anchor=ANCHOR)
    assert (bare.code, bare.sector) == ("SYR", None)
