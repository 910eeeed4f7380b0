"""Time expressions: values against the publication date, tense, context, and what is not a date.

Every sentence here was written for these tests. The anchor for most of them is Wednesday
2 February 2022.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.nlp.parse import parse
from eventwire.nlp.time_calendar import easter, season_year, week_value, weekday_near
from eventwire.nlp.times import find_times

WEDNESDAY = date(2022, 2, 2)


def times(text: str, anchor: date | None = WEDNESDAY) -> dict[str, str | None]:
    return {t.text: t.value for t in find_times(parse(text), anchor)}


def one(text: str, surface: str, anchor: date | None = WEDNESDAY):
    found = [t for t in find_times(parse(text), anchor) if t.text == surface]
    assert found, f"{surface!r} not found in {[t.text for t in find_times(parse(text), anchor)]}"
    return found[0]


# --- weekdays by tense ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, surface, value", [
    ("The foreign minister flew to Kyiv on Tuesday for talks.", "Tuesday", "2022-02-01"),
    ("The agency confirmed the deployment on Wednesday.", "Wednesday", "2022-02-02"),
    ("The envoy will fly to Warsaw on Wednesday.", "Wednesday", "2022-02-02"),
    ("The envoy will fly to Warsaw on Friday.", "Friday", "2022-02-04"),
    ("Negotiators met in Geneva on Friday.", "Friday", "2022-01-28"),
    ("The new sanctions take effect on Monday.", "Monday", "2022-02-07"),
    ("Further talks are scheduled for Thursday.", "Thursday", "2022-02-03"),
    ("The government plans to publish the report on Saturday.", "Saturday", "2022-02-05"),
    ("Last Thursday the convoy turned back.", "Last Thursday", "2022-01-27"),
    ("The envoy was due to arrive on Monday but the trip was cancelled.", "Monday", "2022-01-31"),
    ("The judge adjourned the hearing until Thursday.", "Thursday", "2022-02-03"),
    ("The council has called an emergency session for Thursday.", "Thursday", "2022-02-03"),
    ("The chancellor is expected to visit Vilnius on Friday.", "Friday", "2022-02-04"),
])
def test_weekday_follows_the_tense_of_its_verb(sentence: str, surface: str, value: str) -> None:
    assert one(sentence, surface).value == value


def test_weekday_with_part_of_day_is_a_time() -> None:
    expression = one("Shelling resumed early Sunday morning near the border.", "early Sunday morning")
    assert (expression.value, expression.kind, expression.precision) == ("2022-01-30TMO", "time", "day")


def test_weekday_names_inside_titles_and_papers_are_not_dates() -> None:
    assert times("Bloody Sunday is still remembered in Derry.") == {}
    assert times("The Sunday Times ran the interview.") == {}
    assert times("Retailers cut prices for Black Friday.") == {}
    assert times("The Pentagon Friday ordered more jets to Romania.") == {"Friday": "2022-01-28"}


def test_earlier_in_the_day_is_the_day_last_mentioned() -> None:
    found = times("Rebels shelled the town on Monday. Aid workers had left earlier in the day.")
    assert found == {"Monday": "2022-01-31", "earlier in the day": "2022-01-31"}


# --- months, years and what an earlier year carries --------------------------------------------

def test_month_without_year_takes_the_nearest_year_the_tense_allows() -> None:
    assert one("Rebels seized the airport in August.", "August").value == "2021-08"
    assert one("Elections will be held in June.", "June").value == "2022-06"
    assert one("The accord was signed in late December.", "late December").value == "2021-12"


def test_month_borrows_an_explicit_year_from_its_own_sentence() -> None:
    assert times("In 2014 the peninsula was annexed, and in March a referendum followed.") == {
        "2014": "2014", "March": "2014-03"}


def test_later_that_year_takes_the_last_year_mentioned() -> None:
    text = ("The alliance held a summit in Bucharest in 2008. Georgia was invaded later that year. "
            "The following year, a new reset policy was announced.")
    assert times(text) == {"2008": "2008", "later that year": "2008", "The following year": "2009"}


def test_that_year_without_an_earlier_year_stays_unresolved() -> None:
    assert times("Later that year the mission was closed.") == {"Later that year": None}


def test_bare_years_and_ranges() -> None:
    found = times("Nato has grown since 1997; the 2009-10 winter was harsh, and from 2001 to 2005 "
                  "troops served abroad.")
    assert found == {"1997": "1997", "2009": "2009", "10": "2010", "2001": "2001", "2005": "2005"}
    assert times("The survey of 1957-58, the first of its kind, mapped the coast.") == {
        "1957": "1957", "58": "1958"}


def test_absolute_dates_in_several_formats() -> None:
    found = times("The treaty was signed on 12 March 1999, ratified on April 3, 2000, registered "
                  "on 2001-05-31 and amended in May 2010.")
    assert found == {"12 March 1999": "1999-03-12", "April 3, 2000": "2000-04-03",
                     "2001-05-31": "2001-05-31", "May 2010": "2010-05"}


def test_numeric_dates_read_day_or_month_first_by_the_dateline() -> None:
    assert times("The order was signed 03/05/2018.", date(2018, 5, 4)) == {"03/05/2018": "2018-05-03"}
    assert times("The order was signed 03/05/2018.", date(2018, 3, 6)) == {"03/05/2018": "2018-03-05"}
    assert times("It took effect on 25.12.2017.", None) == {"25.12.2017": "2017-12-25"}


def test_decades_centuries_seasons_and_quarters() -> None:
    found = times("Since the 1990s, and for most of the 20th century, output peaked last summer; "
                  "in the summer of 2016 and in the first quarter of 2021 it fell.")
    assert found == {"the 1990s": "199", "the 20th century": "19", "last summer": "2021-SU",
                     "the summer of 2016": "2016-SU", "the first quarter of 2021": "2021-Q1"}


# --- relative to the publication date ------------------------------------------------------------

def test_relative_days_weeks_months_and_years() -> None:
    found = times("Troops left yesterday and more arrive tomorrow. The ceasefire collapsed last week; "
                  "this week talks resumed. Aid arrived two days ago, more comes next month, and "
                  "last year's budget was cut.")
    assert found == {"yesterday": "2022-02-01", "tomorrow": "2022-02-03", "last week": "2022-W04",
                     "this week": "2022-W05", "two days ago": "2022-01-31", "next month": "2022-03",
                     "last year": "2021"}


def test_end_of_the_year_in_a_past_clause_is_last_year() -> None:
    assert one("Infections peaked by the end of the year.", "the end of the year").value == "2021"
    assert one("The plant will close by the end of the year.", "the end of the year").value == "2022"


def test_no_anchor_means_no_value_for_relative_expressions() -> None:
    found = times("The minister resigned on Tuesday, in 2014 a law passed, and last week talks failed.",
                  anchor=None)
    assert found == {"Tuesday": None, "2014": "2014", "last week": None}


def test_today_inside_a_quotation_set_in_another_year_is_not_the_dateline() -> None:
    found = times('At a summit in 2008, the leaders said: "We agreed today to open the door."')
    assert found == {"2008": "2008", "today": None}


# --- durations, sets and vague references --------------------------------------------------------

def test_durations() -> None:
    found = times("He was jailed for 18 months after a war that lasted eight years; the 90-day "
                  "truce and the three-month review ended within hours, as in the past two years.")
    assert found == {"18 months": "P18M", "eight years": "P8Y", "90-day": "P90D",
                     "three-month": "P3M", "hours": "PTXH", "the past two years": "P2Y"}


def test_vague_expressions_keep_no_precise_date() -> None:
    text = "Fears have mounted in recent months. The president recently said talks are currently stalled."
    found = {t.text: t for t in find_times(parse(text), WEDNESDAY)}
    assert set(found) == {"recent months", "recently", "currently"}
    assert all(t.precision == "vague" for t in found.values())
    assert all(t.value is None or not t.value[:1].isdigit() for t in found.values())
    assert found["recently"].value == "PAST_REF" and found["currently"].value == "PRESENT_REF"


def test_sets() -> None:
    found = times("The council meets twice a year and every Monday; rent is $500 a month and the "
                  "bulletin is published daily.")
    assert found == {"twice a year": "P1Y", "every Monday": "XXXX-WXX-1", "a month": "P1M",
                     "daily": "P1D"}


# --- never a date from money, counts, scores, ages or names -------------------------------------

@pytest.mark.parametrize("sentence", [
    "The minister pledged £45 million for flood defences.",
    "Some 9,000 people have died in the fighting so far.",
    "Police detained 1500 protesters and seized 2,000 rifles.",
    "Inflation reached 2014 percent, and the fund lost $2010 overnight.",
    "The motion passed 52-48 after the home side won 2-1.",
    "Security Council Resolution 2254 calls for elections.",
    "His 22-year-old son and a man aged 30 were arrested.",
    "Theresa May said the plan may change. We are ready, she said.",
    "The army said it would march on the capital.",
    "Security Council Resolution 1973 authorised a no-fly zone.",
    "He came on as a second-half substitute and then added a second.",
    "Officials review the files on a day-to-day basis.",
])
def test_no_date_from_numbers_names_or_ordinary_words(sentence: str) -> None:
    assert times(sentence) == {}


def test_a_time_of_day_alone_gets_no_date_but_joins_its_day() -> None:
    found = {t.text: t for t in find_times(parse("The curfew began at 10 pm and the vote closed "
                                                 "on Friday at 8 p.m."), WEDNESDAY)}
    assert found["10 pm"].value is None and found["10 pm"].kind == "time"
    assert found["8 p.m."].value == "2022-01-28T20:00"


def test_offsets_point_at_the_text() -> None:
    text = "Officials met on Tuesday.\n\nIn 2014 the peninsula was annexed."
    for expression in find_times(parse(text), WEDNESDAY):
        assert text[expression.start:expression.end] == expression.text


# --- calendar arithmetic --------------------------------------------------------------------------

def test_calendar_helpers() -> None:
    assert weekday_near(WEDNESDAY, 3, "past") == WEDNESDAY
    assert weekday_near(WEDNESDAY, 3, "before") == date(2022, 1, 26)
    assert weekday_near(WEDNESDAY, 2, "future") == date(2022, 2, 8)
    assert week_value(date(2021, 1, 1)) == "2020-W53"
    assert season_year(date(2013, 3, 22), "SU", "last") == 2012
    assert season_year(date(2013, 7, 1), "SU", "last") == 2012
    assert season_year(date(2013, 10, 1), "SU", "last") == 2013
    assert easter(2024) == date(2024, 3, 31)
