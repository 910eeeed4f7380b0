"""Background, fifteenth session: a violent act told in a restrictive relative clause in the simple past
passive on a noun the reader already knows ("the bus which was bombed") picks the thing out by an act
taken as known: the act is told again, not the day's news. Every sentence is written for this test."""

from __future__ import annotations

from datetime import date

from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text
from eventwire.coding.background import identified_by_act
from eventwire.nlp.parse import parse

FRIDAY = "2019-05-10"


def token(text: str, word: str):
    return [t for t in parse(text) if t.lower_ == word][0]


def flagged(text: str, trigger: str) -> list[bool]:
    return [e.modality.historical for e in code_text(text, published=FRIDAY) if e.evidence.trigger == trigger]


def test_a_known_thing_picked_out_by_an_act_is_background() -> None:
    text = "Inspectors examined the bus which was bombed at the depot."
    assert identified_by_act(token(text, "bombed"), date(2019, 5, 10))
    found = flagged(text, "bombed")
    assert found and all(found)


def test_victims_picked_out_by_their_killing_are_background() -> None:
    text = "The union honoured the miners who were killed at the pit gate."
    assert identified_by_act(token(text, "killed"), date(2019, 5, 10))
    found = flagged(text, "killed")
    assert found and all(found)


def test_an_indefinite_noun_is_a_new_act() -> None:
    text = "Doctors treated a farmer who was attacked near the market."
    assert not identified_by_act(token(text, "attacked"), date(2019, 5, 10))


def test_an_act_of_the_day_or_the_day_before_is_news() -> None:
    for text in ("Police guarded the temple which was attacked on Thursday.",
                 "Police guarded the temple which was attacked this morning."):
        assert not identified_by_act(token(text, "attacked"), date(2019, 5, 10))


def test_a_present_perfect_count_is_news() -> None:
    text = "Relatives of the villagers who have been killed gathered outside the office."
    assert not identified_by_act(token(text, "killed"), date(2019, 5, 10))


def test_a_lasting_state_is_not_a_thing() -> None:
    text = "He described the riots which were attacked by the press."
    assert not identified_by_act(token(text, "attacked"), date(2019, 5, 10))


def test_an_asserted_act_stays_news() -> None:
    found = flagged("Gunmen bombed the bus at the depot.", "bombed")
    assert found and not any(found)


def test_without_a_dateline_the_rule_is_silent() -> None:
    text = "The minister visited the ferry which was bombed near the harbour."
    assert not identified_by_act(token(text, "bombed"), None)


# Flags: an event deferred, shelved or called off did not take place; it is flagged negated, as a postponed one is.

def events(text: str, trigger: str) -> list:
    return [e for e in code_text(text, published=FRIDAY) if e.evidence.trigger == trigger]


def test_a_deferred_rally_is_negated() -> None:
    found = events("The party decided to defer its rally because of the violence.", "rally")
    assert found and all(e.modality.negated for e in found)


def test_a_strike_put_off_is_negated() -> None:
    found = events("The unions put off the strike.", "strike")
    assert found and all(e.modality.negated for e in found)


def test_a_rally_held_stays_unflagged() -> None:
    found = events("The party held its rally in the main square.", "rally")
    assert found and not any(e.modality.negated for e in found)
