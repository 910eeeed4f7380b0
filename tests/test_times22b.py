"""A month or a month and day without a year, placed by the tense of its clause (session 22b).

Past clause: the latest such date on or before the dateline. Future clause: the next one. A simple
present ("speaks", "take effect") does not choose the year of a month date: the nearest reading.
Every sentence here was written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.nlp.parse import parse
from eventwire.nlp.times import find_times

SPRING = date(2002, 3, 20)  # a dateline in March: November is nearer forward than back for some days
WINTER = date(2020, 1, 20)


def value(text: str, surface: str, anchor: date) -> str | None:
    found = [t for t in find_times(parse(text), anchor) if t.text == surface]
    assert found, f"{surface!r} not found"
    return found[0].value


@pytest.mark.parametrize("sentence, surface, expected", [
    ("Survivors recalled the killings in the hamlet on November 14.", "November 14", "2001-11-14"),
    ("The killings in the hamlet on November 14 left forty dead.", "November 14", "2001-11-14"),
    ("Troops had occupied the ridge on December 9.", "December 9", "2001-12-09"),
    ("On 30 August a mob torched two buses near the depot.", "30 August", "2001-08-30"),
    ("The ceasefire signed on April 12 collapsed within hours.", "April 12", "2001-04-12"),
    ("Rebels shelled the town in June, when 140 civilians died.", "June", "2001-06"),
    ("The floods in October have destroyed most of the harvest.", "October", "2001-10"),
])
def test_past_clause_takes_the_latest_date_before_the_dateline(sentence, surface, expected) -> None:
    assert value(sentence, surface, SPRING) == expected


@pytest.mark.parametrize("sentence, surface, expected", [
    ("The court will hear the appeal on November 14.", "November 14", "2002-11-14"),
    ("Ministers are going to meet again in June.", "June", "2002-06"),
    ("The union plans to strike on 2 February.", "2 February", "2003-02-02"),
    ("A second round of talks is scheduled for December 1.", "December 1", "2002-12-01"),
])
def test_future_clause_takes_the_next_date(sentence, surface, expected) -> None:
    assert value(sentence, surface, SPRING) == expected


@pytest.mark.parametrize("sentence, surface, expected", [
    # captions and citations in the present tell of days just before the dateline
    ("The prime minister speaks at a rally in Accra on December 29.", "December 29", "2019-12-29"),
    ("Page 4, Jan. 13: the column argues for lower fares.", "Jan. 13", "2020-01-13"),
    ("Fishermen haul their nets ashore at Mombasa on 16 January.", "16 January", "2020-01-16"),
    ("Opposition supporters march through the capital in December.", "December", "2019-12"),
    # ... and of days just after it
    ("The new tariff takes effect on March 1.", "March 1", "2020-03-01"),
    ("The exhibition opens in February.", "February", "2020-02"),
])
def test_simple_present_takes_the_nearest_reading(sentence, surface, expected) -> None:
    assert value(sentence, surface, WINTER) == expected


def test_weekday_under_a_simple_present_still_looks_ahead() -> None:
    assert value("The curfew ends Friday.", "Friday", WINTER) == "2020-01-24"


# --- the coder's own reading of a month and day (lower-case pages the time reader leaves alone) ----

LATE_MARCH = date(2002, 3, 25)


def back(text: str, noun: str, published: date = LATE_MARCH) -> int | None:
    from eventwire.coding.background import days_back
    doc = parse(text)
    return days_back(next(t for t in doc if t.lower_ == noun), published)


@pytest.mark.parametrize("sentence, noun", [
    # a happening named by its day, in a clause that does not say its tense: a known earlier one
    ("the memory of the bombings in the port on august 30 is still fresh in people's minds.", "bombings"),
    ("The attack on the convoy on August 29 is still under investigation.", "attack"),
    ("for the traders, the blast in the bazaar on september 21 remains a wound.", "blast"),
    # the happening in a past clause
    ("police arrested two men over the attack on september 28.", "attack"),
    ("shops shut after the blast near the station on september 4.", "blast"),
])
def test_month_day_of_a_past_or_named_happening_lies_before_the_dateline(sentence, noun) -> None:
    days = back(sentence, noun)
    assert days is not None and 150 < days < 366


@pytest.mark.parametrize("sentence, noun", [
    ("the party will stage a protest on february 2.", "protest"),
    ("The planned strike on September 9 is a test for the union.", "strike"),
    ("Farmers are going to hold a rally on 2 March in the district town.", "rally"),
])
def test_month_day_of_a_future_or_planned_happening_stays_ahead(sentence, noun) -> None:
    days = back(sentence, noun)
    assert days is not None and days < 0


@pytest.mark.parametrize("sentence, noun", [
    # a day just ahead under a past verb is mostly the day of a thing planned: it stays ahead
    ("the unions, which had earlier called a general strike on march 28, have now put it off.", "called"),
    ("The state has banned all marches on March 30, the day the rally was due.", "banned"),
    ("the council announced a curfew on march 27 for the whole district.", "announced"),
])
def test_day_under_a_past_verb_keeps_the_nearest_reading(sentence, noun) -> None:
    days = back(sentence, noun)
    assert days is not None and days < 0
