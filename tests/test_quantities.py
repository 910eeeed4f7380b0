"""Quantities: what a number is worth, how sure the text is, and what it counts.

Sentences written for these tests; each assertion is a behaviour a plausible bug would break.
"""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.nlp.parse import parse
from eventwire.nlp.quantities import find_quantities
from eventwire.nlp.quantity_numbers import words_value
from eventwire.records import Quantity


def quantities(text: str) -> list[Quantity]:
    found = find_quantities(parse(text))
    for q in found:
        assert text[q.start:q.end] == q.text
    return found


def only(text: str) -> Quantity:
    found = quantities(text)
    assert len(found) == 1, found
    return found[0]


def summary(q: Quantity) -> tuple[Any, ...]:
    return (q.value, q.unit, q.low, q.high, q.approximate)


@pytest.mark.parametrize("text, expected", [
    ("The ministry said 6,500 troops joined the drills.", (6500, "troops", None, None, False)),
    ("Officials counted 12 000 refugees at the crossing.", (12000, "refugees", None, None, False)),
    ("The agency delivered 2.5 million doses this week.", (2.5e6, "doses", None, None, False)),
    ("Thirty-two protesters gathered outside the embassy.", (32, "protesters", None, None, False)),
    ("A dozen warships sailed from Sevastopol.", (12, "ships", None, None, False)),
    ("Three Chinese military planes entered the zone.", (3, "aircraft", None, None, False)),
    ("The army massed 7k soldiers on the frontier.", (7000, "soldiers", None, None, False)),
])
def test_counts_with_their_noun(text: str, expected: tuple[Any, ...]) -> None:
    assert summary(only(text)) == expected


@pytest.mark.parametrize("text, value, unit", [
    ("Parliament approved £2.4bn for the armed forces.", 2.4e9, "GBP"),
    ("The envoy promised $6.5 billion in loans.", 6.5e9, "USD"),
    ("Brussels released €750m on Friday.", 7.5e8, "EUR"),
    ("The fine was 30 million roubles.", 3e7, "RUB"),
    ("Ottawa sent 40 million Canadian dollars.", 4e7, "CAD"),
    ("The court froze US$1.2 billion of assets.", 1.2e9, "USD"),
])
def test_money_gets_its_iso_currency(text: str, value: float, unit: str) -> None:
    q = only(text)
    assert (q.value, q.unit) == (value, unit)


def test_ranges_give_bounds_and_midpoint() -> None:
    q = only("Between 40,000 and 50,000 soldiers crossed the river.")
    assert summary(q) == (45000, "soldiers", 40000, 50000, False)
    assert q.text == "Between 40,000 and 50,000 soldiers"
    assert summary(only("Forecasters expect 6-8 storms this season.")) == (7, "storms", 6, 8, False)
    # the second number's scale carries over to the first
    assert summary(only("The plan costs between $2 and $3 billion.")) == (2.5e9, "USD", 2e9, 3e9, False)


def test_a_change_from_one_number_to_another_is_not_a_range() -> None:
    found = quantities("The death toll rose from 30 to 45 overnight.")
    assert [(q.value, q.unit, q.low, q.high) for q in found] == [(30, "killed", None, None), (45, "killed", None, None)]


@pytest.mark.parametrize("text, low, high", [
    ("About 300 marines landed.", None, None),
    ("More than 300 marines landed.", 300, None),
    ("At least 300 marines landed.", 300, None),
    ("Up to 300 marines landed.", None, 300),
    ("Nearly 300 marines landed.", None, 300),
    ("300-plus marines landed.", 300, None),
])
def test_hedges_make_it_approximate_and_set_a_bound(text: str, low: float | None, high: float | None) -> None:
    q = only(text)
    assert (q.value, q.approximate, q.low, q.high) == (300, True, low, high)


def test_vague_multiples_are_approximate_lower_bounds() -> None:
    q = only("Tens of thousands of people fled the city.")
    assert summary(q) == (20000, "people", 20000, None, True)
    assert q.text == "Tens of thousands of people"
    assert summary(only("Hundreds of tanks were moved by rail.")) == (200, "tanks", 200, None, True)


@pytest.mark.parametrize("text, value, unit", [
    ("Around 9,000 people have been killed since 2014.", 9000, "killed"),
    ("The strike killed 17 civilians.", 17, "killed"),
    ("Gunfire wounded two policemen.", 2, "injured"),
    ("Police arrested 56 after the march.", 56, "arrested"),
    ("Four soldiers died in the ambush.", 4, "killed"),
    ("The blast left 23 people dead.", 23, "killed"),
    ("The death toll has climbed to 410.", 410, "killed"),
])
def test_victim_predicates_name_the_unit(text: str, value: float, unit: str) -> None:
    q = only(text)
    assert (q.value, q.unit) == (value, unit)


def test_attackers_are_not_victims() -> None:
    found = quantities("Thirty fighters killed 11 villagers.")
    assert [(q.value, q.unit) for q in found] == [(30, "fighters"), (11, "killed")]


def test_a_bare_number_takes_the_noun_counted_earlier_in_its_sentence() -> None:
    found = quantities("Spain will send 600 troops, while 250 already in Latvia stay. Italy lost 3.")
    assert [(q.value, q.unit) for q in found] == [(600, "troops"), (250, "troops"), (3, "")]


def test_percentages() -> None:
    assert [(q.value, q.unit) for q in quantities("Prices rose 7.5% and wages 3 per cent.")] == [
        (7.5, "percent"), (3, "percent")]


@pytest.mark.parametrize("text", [
    "The accord was signed in 1994.",
    "The talks ended on 12 March 2021.",
    "They met on June 3 at 10:45.",
    "Man, 41, held after crash.",
    "A 19-year-old student was detained.",
    "The vote under Article 50 was delayed.",
    "The jets were upgraded F-16 models from Covid-19 era stock.",
    "For details call +44 20 7946 0123.",
    "Celtic beat Rangers 2-1.",
    "He served three years in prison.",
    "She came second in the 1990s.",
    "No one was hurt.",
    "The country's 2023 budget was passed.",
    "Exports were 2.5 times higher than a year ago.",
    "The club is on a 4-1-2 run.",
    "Rangers 3, Dynamos 1: a late goal settled it.",
])
def test_things_that_only_look_like_counts(text: str) -> None:
    assert quantities(text) == []


def test_a_numbered_list_item_is_not_a_count() -> None:
    body = "Advice for travellers:\n\n1. Carry your passport.\n\n2. Register 3 contacts with the embassy."
    assert [(q.text, q.value) for q in find_quantities(parse(body))] == [("3 contacts", 3)]


def test_offsets_hold_in_a_multi_paragraph_body() -> None:
    body = "First paragraph with 5 ships.\n\nSecond one: roughly £3m was spent, and 40 drones flew."
    found = find_quantities(parse(body))
    assert [body[q.start:q.end] for q in found] == ["5 ships", "roughly £3m", "40 drones"]


@pytest.mark.parametrize("words, value", [
    ("twenty-five", 25), ("a dozen", 12), ("one hundred and fifty", 150),
    ("half a million", 5e5), ("two and a half million", 2.5e6), ("three thousand", 3000),
])
def test_number_words(words: str, value: float) -> None:
    assert words_value(words) == value
