"""An event's own date: a day named for the thing it asks or allows, a day just ahead under a done act, and a
month's day with its year written after it."""

from __future__ import annotations

import pytest

from eventwire.coding import code_text
from eventwire.nlp import annotate
from eventwire.records import Article

PUBLISHED = "2002-03-12"  # a Tuesday


pytestmark = pytest.mark.usefixtures("rules_only")  # the rules themselves, without the learned gate


def _events(text: str, event: str) -> list:
    found = [e for e in code_text(text, published=PUBLISHED) if e.event == event]
    assert found, f"no {event} event in {text!r}"
    return found


@pytest.mark.parametrize("text, event", [
    ("The provincial government has agreed to let pilgrims hold a short prayer at the shrine on March 15.", "AGREE"),
    ("The district administration has asked traders in the old market to close their shops on March 15.", "REQUEST"),
    ("The government urged farmers to stay off the highway on March 20.", "REQUEST"),
])
def test_a_day_for_the_thing_asked_does_not_date_the_asking(text: str, event: str) -> None:
    first = _events(text, event)[0]
    assert not first.modality.future
    assert first.date == PUBLISHED


def test_a_day_of_the_act_itself_still_dates_it() -> None:
    visit = _events("The governor will visit the flooded district on March 20 to review relief work.", "CONSULT")[0]
    assert visit.date == "2002-03-20" and visit.modality.future


@pytest.mark.parametrize("text, event", [
    ("The city has banned all street marches on March 15, the mayor said.", "COERCE"),
    ("Police have arrested the organisers of a rally planned for March 18.", "COERCE"),
])
def test_a_done_act_is_not_future(text: str, event: str) -> None:
    assert not any(e.modality.future for e in _events(text, event))


def _times(body: str) -> list[tuple[str, str | None]]:
    annotated = annotate(Article(doc_id="years", source="test", status="ok", body=body, published=PUBLISHED))
    return [(t.text, t.value) for s in annotated.sentences for t in s.times]


@pytest.mark.parametrize("body, expected", [
    ("Checks will stay tight after the bombing of the station on November 8 last year.", ("November 8", "2001-11-08")),
    ("The talks collapsed in April last year.", ("April", "2001-04")),
    ("The next round will be held in May next year.", ("May", "2003-05")),
    ("The vote is due on 4 April this year.", ("4 April", "2002-04-04")),
])
def test_a_year_written_after_the_day(body: str, expected: tuple[str, str]) -> None:
    assert expected in _times(body)


def test_the_bombing_of_last_december_is_background() -> None:
    attacks = _events("Checks will stay tight after the bombing of the station on November 8 last year.", "ASSAULT")
    assert all(e.modality.historical and not e.modality.future for e in attacks)


def test_a_tally_since_a_day_is_news() -> None:
    text = "Unrest has now run into its fourth week, and since February 20 some 40 villagers have been killed in clashes."
    killings = _events(text, "ASSAULT")
    assert all(not e.modality.historical and e.date == PUBLISHED for e in killings)


def test_the_act_a_span_counts_from_is_still_background() -> None:
    storming = _events("The city has stayed tense since gunmen stormed a church in January.", "ASSAULT")
    assert all(e.modality.historical for e in storming)


@pytest.mark.parametrize("text", [
    "Party workers were booked for murder over the Naroda massacre of Friday.",
    "Cases were filed against party workers over the village massacre of Saturday.",
])
def test_a_happening_named_with_its_day_before_the_news(text: str) -> None:
    events = [e for e in code_text(text, published="2002-03-18") if e.event in ("ASSAULT", "PROTEST")]
    assert events and all(e.modality.historical for e in events)


def test_a_dated_report_and_an_undated_one_are_one_event() -> None:
    text = ("Police arrested the two brothers on Thursday at their home in the old city. Neighbours said the family "
            "had lived there for years. Police arrested the two brothers after a tip-off, an officer said.")
    arrests = [e for e in code_text(text, published="2002-03-15") if e.event == "COERCE"]
    assert len(arrests) == 1 and arrests[0].date == "2002-03-14"


def test_two_dated_reports_of_different_days_stay_two() -> None:
    text = ("Police arrested the two brothers on Thursday at their home in the old city. Neighbours said the family "
            "had lived there for years. Police arrested the two brothers again on Saturday, an officer said.")
    arrests = [e for e in code_text(text, published="2002-03-18") if e.event == "COERCE"]
    assert sorted(e.date for e in arrests) == ["2002-03-14", "2002-03-16"]


def test_two_acts_of_one_sentence_dated_apart_stay_two() -> None:
    text = ("Moscow has gathered some 60,000 soldiers near the frontier, Western officials say, and sent units into "
            "Belarus for joint drills due to start on Thursday.")
    moves = [e for e in code_text(text, published="2002-03-18") if e.event == "MOBILIZE"]
    assert len(moves) == 2


def test_background_reports_of_the_same_kind_stay_apart() -> None:
    text = ("In 1990, two traders died in police firing during a curfew in the old city. Police opened fire on a "
            "crowd in the market and killed two traders again in 1992, residents recalled.")
    firings = [e for e in code_text(text, published="2002-03-15") if e.event == "ASSAULT" and e.modality.historical]
    assert len(firings) == 2
