"""Parties named only by what they are take the country their event happened in.

"Students marched in Sivas", "inmates rioted inside a prison in Mombasa", "police arrested protesters in Dayton":
the text names a kind of people and a place, never their country. ICEWS codes such actors with the
country they act in ("Protester (Turkey)"), ACLED names them so ("Protesters (Turkey)"), and PLOVER's
gold standard records code them so; a record with a sector and no country cannot be counted by
country at all. So, after the decision (nothing here changes which events are kept or their type),
an agent noun with a sector and no country of its own takes the country of the places the event
happened in, when all of them lie in one country; so does an ethnic group named by a nation's demonym
("ethnic Albanians" killed in Serbia are Serbia's).

Not where the place may be another country's ground: acts of moving, meeting and aid ("troops arrived
in Poland", "envoys met in Geneva", "aid workers delivered food in Gaza"), kinds of people who come
from elsewhere (refugees, migrants, foreign fighters, diplomats, peacekeepers), or a country the act
is aimed at (the place already made the other side: "soldiers shelled Kharkiv" names whom they hit,
not who they are).
"""

from __future__ import annotations

from typing import Any

from ..records import Actor, Event

# PLOVER types whose place may be where someone went, met or brought something, not their own country.
_ABROAD_TYPES = {"MOBILIZE", "RETREAT", "CONSULT", "AID"}
# Sectors of people who are, in the news, usually not of the country they are in: refugees, aid and
# rights groups, international bodies.
_ABROAD_SECTORS = {"REF", "NGO", "IGO"}
# Words of an agent phrase that say its people came from elsewhere.
_FROM_ELSEWHERE = {
    "foreign", "foreigner", "foreigners", "international", "overseas", "migrant", "migrants", "immigrant",
    "immigrants", "tourist", "tourists", "visitor", "visitors", "expatriate", "expatriates", "diplomat",
    "diplomats", "envoy", "envoys", "ambassador", "delegation", "delegates", "peacekeeper", "peacekeepers",
    "peacekeeping", "mercenary", "mercenaries", "coalition", "allied", "exile", "exiles", "exiled", "asylum",
    "volunteers", "observers", "monitors", "inspectors", "journalists", "correspondents", "reporters",
}


def local_country(places: list[tuple[Any, str]], event_type: str) -> str | None:
    """The one country every place the event happened in lies in; None when there are none or several,
    or when someone came from or went to the place.

    Only the event's own places: the places named anywhere in the sentence (soldiers of one state killed
    in years the sentence dates by a war in another, a president speaking in an office named for his
    capital's building) gave a wrong country in 14 of the 63 dev
    web events they changed (blind judgments, session 27), the event's own places in 1 of 18."""
    if event_type in _ABROAD_TYPES or any(role != "event" for _, role in places):
        return None
    countries = {place.country_code for place, _ in places if place.country_code}
    return countries.pop() if len(countries) == 1 else None


def _local(actor: Actor, sentence_start: int) -> bool:
    """A common noun of people with a sector, no country, and nothing saying they came from elsewhere;
    not a named group (a "Crimson Dawn militia" is no local of the town it attacked, nor a "Bush
    administration" of the country it invaded): no capital but a sentence's first letter."""
    if actor.code or actor.kind != "agent" or not actor.sector or actor.sector in _ABROAD_SECTORS:
        return False
    words = actor.text.split()
    if any(word[:1].isupper() for word in words[1:]) or (words[0][:1].isupper() and actor.start != sentence_start):
        return False
    return not any(word.strip(".,").lower() in _FROM_ELSEWHERE for word in words)


def _ethnic(actor: Actor, sentence: Any) -> bool:
    """"Ethnic Albanians", "ethnic Russians": a people named by a nation's demonym, who live where the
    event happened, not in the nation's state (PLOVER's gold codes "ethnic Albanians ... in southern
    Serbia" as Serbia's)."""
    before = sentence.text[:max(actor.start - sentence.start, 0)].rstrip().lower()
    return actor.kind == "demonym" and before.endswith("ethnic")


def local_codes(actors: list[Actor], recipients: list[Actor], places: list[tuple[Any, str]], event_type: str,
                sentence: Any) -> list[tuple[str, int, str]]:
    """(side, index, country) for each local party of an event (a kind of people, or an ethnic group
    named by a demonym): "actors" or "recipients", its position on that side, the country it takes.

    They are applied to the record only after the article's reports are merged
    (:func:`apply_local_codes`): merging reads parties by their codes, and "separatists" and "Georgian
    forces" given one country must not become one side of one attack. Neither side may have been given
    the country by the place itself (a target, not a home: "faces deportation to Turkey with his
    family"), and when the event's parties carry countries, the place's must be one of them (gunmen
    shooting at a Lebanese unit in a valley the gazetteer put in Algeria: a party of another state than
    the place's says the place was misread, or the gunmen foreign)."""
    country = local_country(places, event_type)
    parties = (*actors, *recipients)
    if country is None or any(a.kind == "place" and a.code == country for a in parties):
        return []
    coded = {a.code for a in parties if a.code and a.kind != "place"}
    if coded and country not in coded:
        return []
    return [(side, index, country) for side, group in (("actors", actors), ("recipients", recipients))
            for index, actor in enumerate(group)
            if _local(actor, sentence.start) or (_ethnic(actor, sentence) and actor.code != country)]


def apply_local_codes(event: Event, codes: list[tuple[str, int, str]]) -> None:
    """Give an event record's local parties their country (``codes`` from :func:`local_codes`)."""
    for side, index, country in codes:
        getattr(event, side)[index].code = country
