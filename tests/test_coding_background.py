"""Background and generic events (issue 4): eras, decades and "decades ago" mark an event
historical; habits and kinds of events are no event; the reports beside them stay as they were.
Every sentence is written for this test."""

from __future__ import annotations

import pytest

from eventwire.coding import code_text, gate
from eventwire.coding.background import (dominant_year, era_words, last_year_of, period_before,
                                         sentence_dated_before)


PUBLISHED = "2023-06-14"


def coded(text: str, published: str | None = PUBLISHED) -> list:
    return code_text(text, published=published)


@pytest.mark.parametrize("text", [
    "Allied bombers struck the port city during World War Two.",
    "The fort was shelled by German artillery in the Second World War.",
    "During the Cold War, Soviet tanks occupied the valley.",
    "In the 1970s, the army arrested hundreds of students.",
    "Rebels attacked the mission station decades ago.",
    "Cavalry troops invaded the province a century ago.",
    "In the early 1990s the militia attacked several villages in the north.",
    "The town marked ten years since government soldiers attacked the market.",
    "The treaty came three decades after the two states fought a border war.",
    "The city marked a year since gunmen stormed the theatre and seized 40 hostages.",
])
def test_era_words_mark_background(text: str) -> None:
    # the rules' flag, whatever the learned gate keeps (it may drop a background event)
    gate.set_enabled(False)
    try:
        found = coded(text)
    finally:
        gate.set_enabled(None)
    assert found, text
    assert all(e.modality.historical for e in found), text


@pytest.mark.parametrize("text", [
    "Police arrested 40 protesters in the capital on Monday.",
    "Veterans of the Cold War marched to the ministry on Tuesday.",  # the era names the marchers
    "Iranian forces seized a British tanker on Friday amid fears of a new cold war.",
    "The 2014 law was used when police arrested 20 people on Sunday.",  # the year names the law
    "Two days after rebels attacked the town on Friday, troops arrived.",
    "Rebels shelled the border towns on Sunday in the worst fighting since the 2016 war.",
    "Police detained 300 marchers on Saturday, the largest arrest since the Cold War.",
    "Pakistan rejected an Indian demand to extradite suspects in the 2008 hotel bombing.",
])
def test_reports_of_the_week_stay_current(text: str) -> None:
    found = coded(text)
    assert found, text
    assert not any(e.modality.historical for e in found), text


def test_a_sentence_dated_long_ago_dates_its_undated_clauses() -> None:
    found = coded("With the fighting over in 1946, the garrison left and a new battalion was stationed at the fort.")
    assert found and all(e.modality.historical for e in found)


def test_a_date_inside_a_relative_clause_dates_only_that_clause() -> None:
    found = coded("The minister demanded that the alliance withdraw its troops from states that joined it since 1999.")
    request = [e for e in found if e.event == "REQUEST"]
    assert request and not request[0].modality.historical


def test_a_year_naming_the_event_marks_it_past() -> None:
    found = coded("Police recalled the 2011 attacks on the parliament building.", published=None)
    attacks = [e for e in found if e.evidence.trigger == "attacks"]
    assert attacks and attacks[0].modality.historical
    current = coded("The 2023 protests against the pension law grew on Monday.")
    assert not any(e.modality.historical for e in current)


def test_without_any_exact_date_the_main_year_decides() -> None:
    text = ("In 2019 the ministry expanded the programme. In 2019 the council approved it. "
            "The army had arrested the two leaders in 2011. In 2018 protesters marched to the council.")
    found = {e.evidence.trigger: e for e in coded(text, published=None)}
    assert found["arrested"].modality.historical
    assert not found["marched"].modality.historical  # one year before the main year is not "well before"


@pytest.mark.parametrize("text", [
    "Attacks on shops are common in the capital.",
    "Protests often turn violent in the northern towns.",
    "Police arrest dozens of people in the city every year.",
    "Such attacks have become rare since the ceasefire.",
    "Any attack on the embassy would be answered with force.",
    "Soldiers routinely raid villages near the border.",
    "Whenever a journalist is detained abroad, the embassy protests to the government.",
    "Whenever opposition leaders hold a rally, police detain their supporters.",
    "Border guards used to detain smugglers at the bridge.",
    "Riot police usually detain the protesters for a night.",
    "Under the old regime, the secret police arrested dissidents every month.",
    "Attacks on aid convoys are a war crime under the conventions.",
    "The suspect, 41, faces two counts of aggravated assault and one of burglary.",
])
def test_habits_and_kinds_are_no_event(text: str) -> None:
    assert coded(text) == [], text


@pytest.mark.parametrize("text", [
    "Police arrest 40 protesters in central Paris.",  # a headline's present reports one arrest
    "Rebels repeatedly shelled the town of Kiboko on Sunday.",
    "Protesters occasionally threw stones at the police during the march on Saturday.",
    "Gunmen attacked a police station in the north on Tuesday.",
    "Protests are under way in the capital against the new tax on fuel.",
])
def test_reports_beside_habits_stay(text: str) -> None:
    assert coded(text), text


def test_period_values() -> None:
    assert last_year_of("197") == 1979 and last_year_of("18") == 1899 and last_year_of("2008-08") == 2008
    assert last_year_of("P3Y") is None and last_year_of(None) is None
    assert period_before(["199"], 2023) and not period_before(["202"], 2023) and period_before(["197"], None)
    assert not period_before(["2001"], 2023)  # a year is the date logic's business, not this one's
    assert sentence_dated_before(["1945"], 2022) and not sentence_dated_before(["1945", None], 2022)
    assert not sentence_dated_before([], 2022) and not sentence_dated_before(["1945"], None)
    assert dominant_year(["2019", "2019-03", "2011", "2030"]) == 2019 and dominant_year(["P1Y", None]) is None
    assert dominant_year(["2011", "2011"]) is None
    assert era_words("during the Second World War") and era_words("some decades ago")
    assert not era_words("a new cold war") and not era_words("decades of fighting")
    assert era_words("jailed rivals over the years") and era_words("in recent decades")
    assert era_words("over the past two decades") and not era_words("over the past week")


def test_a_year_told_as_past_bounds_an_undated_articles_present() -> None:
    """No publication date and one exact date only, decades back: "In 2020, a review found …" says the
    article was written in 2020 or later, so the 1972 attack is background; a plan's year says nothing."""
    text = ("On 14 May 1972, gunmen attacked a bus depot on the edge of the town. "
            "In 2020, a government review found that the inquiry had been flawed.")
    found = {e.evidence.trigger: e for e in coded(text, published=None)}
    assert found["attacked"].modality.historical
    planned = ("On 14 May 1972, gunmen attacked a bus depot on the edge of the town. "
               "By 2030, the town will open a memorial garden.")
    found = {e.evidence.trigger: e for e in coded(planned, published=None)}
    assert not found["attacked"].modality.historical


def test_a_written_out_year_in_an_undated_article_is_background() -> None:
    """News writes the year of a date only for another year: without a publication date, "in March
    2016" and "in 2015" place the event in the past; a date with its day, a span up to now ("since
    2015") and a plan keep the event as it was."""
    text = ("Border guards arrested the smuggler in March 2016 near the river crossing. "
            "Rebels attacked the convoy in 2015, the army said.")
    for event in coded(text, published=None):
        assert event.modality.historical, event.evidence.trigger
    kept = ("On 12 March 2016, border guards arrested the smuggler near the river crossing. "
            "The ministry will send troops to the border in 2031.")
    for event in coded(kept, published=None):
        assert not event.modality.historical, event.evidence.trigger


@pytest.mark.parametrize("text", [
    "More than 3,000 soldiers have been killed since 2014, the defence ministry said.",
    "The report counted the number of villagers killed in air strikes between January 2010 and the end of 2016.",
])
def test_a_toll_over_years_is_no_event(text: str) -> None:
    assert not [e for e in coded(text) if e.event == "ASSAULT"], text


def test_a_toll_since_a_day_stays() -> None:
    text = "At least 40 fighters have been killed in clashes with government troops in the valley since Sunday."
    assert [e for e in coded(text) if e.event == "ASSAULT"]
