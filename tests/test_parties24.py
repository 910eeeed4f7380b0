"""Whom an act is aimed at, and who did it, where the sentence names them outside the verb's own subject and
object (session 24): the author of a word rejected or granted ("a call by", "an appeal from"), the other side of
ties a measure cuts, who gets a thing given "for", whom a thing is taken "from", the country troops leave, whom a
threat's condition is set on, the holders of a gathering that is stopped, who sent a body received, whom a
protest's purpose names, and the author of a statement whose participle tells the act ("a statement accusing")."""

from __future__ import annotations

from functools import partial

import pytest

from coded import coded_event
from eventwire.coding import code_text

PUBLISHED = "2024-03-01"


pytestmark = pytest.mark.usefixtures("rules_only")  # the rules themselves, without the learned gate


_event = partial(coded_event, published=PUBLISHED)  # the first such event, or the test fails


def _codes(event) -> set[str | None]:
    return {r.code for r in event.recipients}


def _texts(event) -> list[str]:
    return [r.text.lower() for r in event.recipients]


@pytest.mark.parametrize("text, event, trigger, code", [
    # the author of a word reacted to, by "by" or "from"
    ("Poland rejected a call by Hungary's government for new talks on the pipeline.", "REJECT", "rejected", "HUN"),
    ("Hungary's opposition rejected an offer from Prime Minister Viktor Orban to hold early elections.", "REJECT",
     "rejected", "HUN"),
    # ties cut, with the other side in the ties' own phrase
    ("Germany announced a suspension of flights with Belarus on Monday.", "SANCTION", "suspension", "BLR"),
    # a thing given, and whom it was for, also through a part of it
    ("Canada suspended a training program for Ukraine's army.", "SANCTION", "suspended", "UKR"),
    ("Japan suspended part of its loan program for Myanmar.", "SANCTION", "suspended", "MMR"),
    # whom a thing was taken from
    ("Kenyan police seized guns from Somali smugglers near the border.", "COERCE", "seized", "SOM"),
    # the country left
    ("France withdrew its last soldiers from Niger in December.", "RETREAT", "withdrew", "NER"),
    # whom a threat's condition is set on
    ("Iran threatened to close the strait if the United States imposed new sanctions.", "THREATEN", "threatened",
     "USA"),
    ("Turkey threatened on Monday to block the deal unless Sweden extradited the suspects.", "THREATEN",
     "threatened", "SWE"),
    # whom a protest's purpose names, with the author of the act protested against
    ("Two students went on hunger strike last week in protest against beatings by the Egyptian police.",
     "PROTEST", "hunger strike", "EGY"),
])
def test_a_named_target_outside_the_object(text: str, event: str, trigger: str, code: str) -> None:
    assert code in _codes(_event(text, event, trigger))


@pytest.mark.parametrize("text, event, trigger, recipient", [
    ("Police dispersed a march by students in the capital.", "ASSAULT", "dispersed", "students"),
    ("Police prevented a protest staged by farmers outside parliament.", "COERCE", "prevented", "farmers"),
    ("The governor banned the rally organised by the opposition party.", "COERCE", "banned", "opposition party"),
])
def test_who_held_a_gathering_that_was_stopped(text: str, event: str, trigger: str, recipient: str) -> None:
    assert recipient in _texts(_event(text, event, trigger))


def test_who_sent_a_body_received() -> None:
    event = _event("The prime minister received a team of monitors from the African Union.", "RETREAT",
                   "received")
    assert "african union" in _texts(event)


def test_a_strike_takes_the_owner_of_the_decision_it_protests() -> None:
    event = _event("Dockers began a strike to protest the government's decision to cut wages.", "PROTEST", "strike")
    assert "government" in _texts(event)


def test_a_country_moved_from_is_no_target() -> None:
    event = _event("US troops moved from Germany to Romania.", "MOBILIZE", "moved")
    assert "DEU" not in _codes(event) and "ROU" in _codes(event)


def test_a_place_things_are_taken_from_is_no_party() -> None:
    events = [e for e in code_text("Police recovered two rifles from the house.", published=PUBLISHED)]
    assert all(not e.recipients for e in events)


def test_a_threat_without_a_condition_names_no_one_new() -> None:
    event = _event("Iran threatened to close the strait.", "THREATEN", "threatened")
    assert not event.recipients


@pytest.mark.parametrize("text, event, trigger, actor", [
    ("Hamas released a statement accusing Israel of violating the truce.", "ACCUSE", "accusing", "hamas"),
    ("The rebel group issued a statement demanding that the government release its leader.", "REQUEST",
     "demanding", "rebel group"),
    ("A communique put out by the army accused the rebels of shelling the town.", "ACCUSE", "accused", "army"),
    ("The ministry's statement condemned the attack on the embassy.", "ACCUSE", "condemned", "ministry"),
])
def test_words_put_out_are_their_authors_act(text: str, event: str, trigger: str, actor: str) -> None:
    assert actor in [a.text.lower() for a in _event(text, event, trigger).actors]


def test_a_statement_that_only_tells_is_no_event() -> None:
    assert not code_text("The statement said the talks would resume on Monday.", published=PUBLISHED)


def test_people_named_by_what_befell_them_did_not_suffer_it_from_the_subject() -> None:
    events = code_text("Soldiers evacuated the wounded to a field hospital on Sunday.", published=PUBLISHED)
    assert events and all(e.event != "ASSAULT" for e in events)


def test_a_count_of_people_of_a_named_country_names_them() -> None:
    event = _event("The army tortured dozens of Kenyan refugees.", "ASSAULT", "tortured")
    assert "KEN" in _codes(event)


def test_a_count_of_a_bare_kind_names_no_side() -> None:
    event = _event("Police arrested dozens of protesters on Monday.", "COERCE", "arrested")
    assert all(r.code is None for r in event.recipients)


def test_a_participle_of_saying_speaks_for_the_clause_subject() -> None:
    event = _event("Hundreds of Kenyan farmers rallied outside parliament, saying Uganda must open the border.",
                   "REQUEST", "open")
    assert [a.code for a in event.actors] == ["KEN"] and "UGA" in _codes(event)
