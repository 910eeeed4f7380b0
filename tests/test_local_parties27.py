"""Parties named only by their kind take the country of the place the event happened in (session 27), who gathers
for a protest holds it, and who comments on one does not. Sentences written for this project; each rule has
readings beside it that must keep the party without a country."""

from __future__ import annotations

from functools import partial

import pytest

from coded import coded_event
from eventwire.coding import code_text

PUBLISHED = "2024-03-01"

pytestmark = pytest.mark.usefixtures("rules_only")  # the rules themselves, without the learned gate

_event = partial(coded_event, published=PUBLISHED)


def _events(text: str) -> list:
    return code_text(text, published=PUBLISHED)


def _codes(parties: list) -> dict[str, str | None]:
    return {p.text: p.code for p in parties}


@pytest.mark.parametrize("text, event, side, party, country", [
    ("Police arrested twelve protesters in Dayton on Saturday.", "COERCE", "actors", "Police", "USA"),
    ("Police arrested twelve protesters in Dayton on Saturday.", "COERCE", "recipients", "protesters", "USA"),
    ("Inmates rioted inside a prison in Mombasa on Monday.", "PROTEST", "actors", "Inmates", "KEN"),
    ("Gunmen killed four villagers near Maiduguri overnight.", "ASSAULT", "recipients", "villagers", "NGA"),
])
def test_a_kind_of_people_takes_the_country_of_the_place(text: str, event: str, side: str, party: str,
                                                        country: str) -> None:
    found = _event(text, event)
    assert _codes(getattr(found, side))[party] == country


@pytest.mark.parametrize("text, event, side, party", [
    # a movement: the place is where they went, not where they are from
    ("Soldiers arrived in Vilnius on Tuesday.", "MOBILIZE", "actors", "Soldiers"),
    # people from elsewhere
    ("Police detained foreign journalists in Minsk on Sunday.", "COERCE", "recipients", "foreign journalists"),
    # a named group is no local of the town it attacked
    ("The Crimson Dawn militia attacked a market in Lyon.", "ASSAULT", "actors", "Crimson Dawn militia"),
])
def test_people_from_elsewhere_keep_no_country(text: str, event: str, side: str, party: str) -> None:
    parties = [p for e in _events(text) if e.event == event for p in getattr(e, side)]
    assert all(p.code is None for p in parties if party in p.text), parties


def test_a_place_read_in_another_country_than_the_parties_gives_nothing() -> None:
    # the patrol is Lebanon's; a town of the same name elsewhere must not make the gunmen foreign
    found = _event("Armed men opened fire on a Lebanese army patrol in Baalbek on Sunday.", "ASSAULT")
    assert all(a.code in (None, "LBN") for a in found.actors)


def test_two_countries_give_nothing() -> None:
    found = _event("Police detained dozens of people in Lyon and Geneva on Friday.", "COERCE")
    assert [a.code for a in found.actors if a.text == "Police"] == [None]


@pytest.mark.parametrize("text, actor", [
    ("Thousands of Chileans gathered for a large rally in Valparaiso.", "CHL"),
    ("Hundreds of Kenyan teachers converged on Nairobi for a protest against pay cuts.", "KEN"),
])
def test_who_gathers_for_a_protest_holds_it(text: str, actor: str) -> None:
    found = _event(text, "PROTEST")
    assert actor in {a.code for a in found.actors}


def test_who_comments_on_a_protest_did_not_protest() -> None:
    # (the protest happened; the official only speaks of it)
    protests = [e for e in _events("The mayor commented on the demonstration outside city hall, calling it orderly.")
                if e.event == "PROTEST"]
    assert all("mayor" not in a.text for e in protests for a in e.actors)


def test_arrested_for_a_riot_is_not_gathering() -> None:
    found = _event("Police arrested ten men for the riot in Dayton.", "COERCE")
    assert all(a.text != "Police" for a in found.recipients)


def test_an_ethnic_group_is_coded_where_it_lives() -> None:
    found = _event("Georgian police detained four ethnic Armenians in Tbilisi on Friday.", "COERCE")
    assert _codes(found.recipients).get("Armenians") == "GEO"


def test_a_nation_s_people_without_ethnic_keep_their_nation() -> None:
    found = _event("Georgian police detained four Armenians in Tbilisi on Friday.", "COERCE")
    assert _codes(found.recipients).get("Armenians") == "ARM"


@pytest.mark.parametrize("text, event, recipient", [
    ("Mali's president refused to resign despite pressure from the Malian parliament.", "REJECT",
     "Malian parliament"),
    ("The Darfur rebels rejected an invitation to a meeting of Sudanese factions.", "REJECT", "Sudanese"),
])
def test_an_act_without_a_recipient_takes_the_party_its_clause_names_next(text: str, event: str,
                                                                        recipient: str) -> None:
    found = _event(text, event)
    assert [r.text for r in found.recipients] == [recipient]
    assert found.coder.endswith(" clause-recipient")  # users can tell these from the verb's own recipients


@pytest.mark.parametrize("text, event", [
    # a source is no counterpart
    ("Gunmen attacked an army post near the border, according to the French army.", "ASSAULT"),
    # a party of another clause is none either
    ("The minister resigned on Monday, a Ghanaian official said.", "RETREAT"),
    # a force moved: what comes next is where it went, not whom the move addressed
    ("The Indian army deployed two more divisions close to the Pakistani frontier.", "MOBILIZE"),
])
def test_no_counterpart_from_a_source_another_clause_or_a_move(text: str, event: str) -> None:
    assert all(not e.recipients and "clause-recipient" not in e.coder for e in _events(text) if e.event == event)


def test_the_nearest_party_being_a_place_gives_no_counterpart() -> None:
    # the place says where the shop was robbed, not whom the robbers addressed
    found = [e for e in _events("Armed men robbed a jewellery shop in Cairo, Egyptian police said.")
             if e.event in {"ASSAULT", "COERCE"}]
    assert all(r.code != "EGY" or r.text != "Cairo" for e in found for r in e.recipients)
