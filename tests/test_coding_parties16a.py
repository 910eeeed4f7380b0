"""Parties the sentence names but the event left out (session 16, parties16a): the crowd a volley was fired to
disperse is the one fired on; the group a partitive ("some of", "one of") picks from is the party. Every
sentence is written for this test."""

from __future__ import annotations

from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text

PUBLISHED = "2023-06-14"


def parties(text: str, kind: str, trigger: str | None = None) -> list[tuple[list[str], list[str]]]:
    return [([a.text for a in e.actors], [r.text for r in e.recipients]) for e in code_text(text, published=PUBLISHED)
            if e.event == kind and trigger in {None, e.evidence.trigger}]


def test_the_crowd_a_volley_was_fired_to_disperse_is_fired_on() -> None:
    assert parties("Police fired eight rounds to disperse a violent mob near the bus stand on Monday.",
                   "ASSAULT", "fired") == [(["Police"], ["violent mob"])]


def test_opened_fire_to_disperse() -> None:
    assert parties("The police opened fire to disperse a stone-throwing crowd near the market.",
                   "ASSAULT", "opened") == [(["police"], ["stone-throwing crowd"])]


def test_a_volley_joined_to_tear_gas_shares_the_purpose() -> None:
    assert parties("Constables lobbed tear gas shells and fired into the air to scare away the looters.",
                   "ASSAULT", "fired") == [(["Constables"], ["looters"])]


def test_had_to_fire_to_disperse() -> None:
    assert parties("The police had to fire four rounds to disperse the mob.", "ASSAULT", "fire") \
        == [(["police"], ["mob"])]


def test_the_dead_of_a_volley_stay_its_recipients() -> None:
    found = parties("Two persons died when the police resorted to firing to break up a hostile crowd.", "ASSAULT")
    assert found and all(recipients == ["persons"] for _, recipients in found)


def test_a_purpose_that_is_no_crowd_names_no_recipient() -> None:
    for _, recipients in parties("The police fired in the air to control the situation in the old city.",
                                 "ASSAULT", "fired"):
        assert recipients == []


def test_the_owners_of_attacked_shops_are_the_recipients() -> None:
    found = parties("A mob attacked shops belonging to the minority community.", "PROTEST", "attacked")
    assert found == [(["mob"], ["minority community"])]


def test_the_owners_named_in_an_of_phrase() -> None:
    assert parties("Rioters torched houses of Muslims in the village.", "ASSAULT", "torched") \
        == [(["Rioters"], ["Muslims"])]


def test_property_with_no_owner_named_gives_no_recipient() -> None:
    for _, recipients in parties("Rioters looted shops in the market.", "ASSAULT", "looted"):
        assert recipients == []
