"""A party the sentence names but the coder left out (session 23): the noun a relative pronoun object stands for,
the doer of an act that is blamed or refused ("by" on the act), and the one asked "from" in an "ask for" phrase."""

from __future__ import annotations

import pytest

from eventwire.coding import code_text
from eventwire.coding.gate import set_enabled

PUBLISHED = "2002-03-12"


@pytest.fixture(autouse=True)
def _no_gate():
    set_enabled(False)
    yield
    set_enabled(None)


def _event(text: str, event: str, trigger: str):
    found = [e for e in code_text(text, published=PUBLISHED)
             if e.event == event and e.evidence.trigger.lower() == trigger]
    assert found, f"no {event} event on {trigger!r} in {text!r}"
    return found[0]


def _recipients(event) -> list[str]:
    return [r.text.lower() for r in event.recipients]


@pytest.mark.parametrize("text, event, trigger, recipient", [
    ("Villagers gathered outside the house of the farmer whom the soldiers detained on Sunday.",
     "COERCE", "detained", "farmer"),
    ("The Hurriyat named two youths, whom the army arrested near the border.", "COERCE", "arrested", "youths"),
    ("Officials named the Lashkar group, which Delhi blames for the bombing.", "ACCUSE", "blames", "lashkar group"),
    ("the union leader, whom the police arrested on tuesday, was released.", "COERCE", "arrested", "union leader"),
])
def test_a_relative_pronoun_object_stands_for_its_noun(text: str, event: str, trigger: str, recipient: str) -> None:
    assert recipient in _recipients(_event(text, event, trigger))


@pytest.mark.parametrize("text, event, trigger, recipient", [
    ("The governor condemned the assault by militants on the shrine.", "ACCUSE", "condemned", "militants"),
    ("The minister criticised the statements made by opposition leaders.", "ACCUSE", "criticised",
     "opposition leaders"),
    ("The Congress condemned the destruction caused by extremist groups across the state.", "ACCUSE", "condemned",
     "extremist groups"),
    ("The BJP rejected the demand made by the Congress for a debate.", "REJECT", "rejected", "congress"),
])
def test_the_doer_of_a_blamed_or_refused_act_is_the_recipient(text: str, event: str, trigger: str,
                                                              recipient: str) -> None:
    assert recipient in _recipients(_event(text, event, trigger))


def test_a_by_phrase_of_time_or_manner_names_no_one() -> None:
    event = _event("the court condemned the raid carried out in the morning.", "ACCUSE", "condemned")
    assert event.recipients == []
    event = _event("The governor condemned the raid on the shrine by night.", "ACCUSE", "condemned")
    assert "night" not in " ".join(_recipients(event))


@pytest.mark.parametrize("text, event, recipient", [
    ("The Congress will ask for an explanation from the home ministry.", "REQUEST", "home ministry"),
    ("The BJP will ask for details from the state government about the riots.", "REQUEST", "state government"),
    ("The Left parties will ask for an apology from the BJP.", "ACCUSE", "bjp"),
])
def test_who_is_asked_for_something_is_the_recipient(text: str, event: str, recipient: str) -> None:
    assert recipient in _recipients(_event(text, event, "ask"))


def test_who_only_answered_a_charge_is_not_blamed() -> None:
    event = _event("The minister blamed the opposition for the unrest in the city, an allegation denied by the Congress.",
                   "ACCUSE", "blamed")
    assert "congress" not in _recipients(event)


@pytest.mark.parametrize("text, event, trigger, recipients", [
    ("Police found three men and two women, who had been beaten by a mob.", "ASSAULT", "beaten", {"men", "women"}),
    ("Villagers rescued four children and an old man, who were attacked by the mob.", "PROTEST", "attacked",
     {"children", "man"}),
    ("The guards caught two students and a farmer, who were arrested later by the railway police.", "COERCE",
     "arrested", {"students", "farmer"}),
])
def test_a_clause_set_off_after_a_coordination_of_people_is_about_all_of_them(
        text: str, event: str, trigger: str, recipients: set[str]) -> None:
    assert recipients <= set(_recipients(_event(text, event, trigger)))


def test_without_the_comma_the_clause_stays_with_the_last_noun() -> None:
    event = _event("Police found three men and two women who had been beaten by a mob.", "ASSAULT", "beaten")
    assert _recipients(event) == ["women"]
