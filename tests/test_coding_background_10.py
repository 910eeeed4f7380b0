"""Background and flags, tenth session (issue 4): a named happening the article has already dated
before the dateline is background wherever it is told again; a month and day more than a week before
the dateline is background even when the enrichment left it unresolved; a relative clause told in the
past keeps its own modality; an impersonal "it may be recalled that" doubts nothing; a purpose
infinitive shares its governor's modality. Every sentence is written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.coding import code_text
from eventwire.coding.background import dated_weeks_before, named_earlier, retold
from eventwire.coding.modality import read_modality
from eventwire.nlp.parse import parse


def token(text: str, word: str, nth: int = 0):
    doc = parse(text)
    return [t for t in doc if t.lower_ == word][nth]


def events(text: str, published: str = "2003-05-12"):
    return code_text(text, published=published)


# --- the article's memory of named happenings -------------------------------------------------------

def test_a_happening_dated_days_before_is_remembered_and_retold() -> None:
    text = ("The attack on the ferry at Kessel on Wednesday left nine dead. "
            "Relatives mourned those who died in the Kessel ferry attack.")
    published = date(2003, 5, 10)  # a Saturday: Wednesday is three days back
    doc = parse(text)
    memory = named_earlier(doc, published)
    assert any("kessel" in words for _, words in memory)
    later = [t for t in doc if t.lower_ == "attack"][1]
    assert retold(later, published)


def test_a_happening_of_the_day_before_is_not_remembered() -> None:
    text = ("The attack on the ferry at Kessel on Friday left nine dead. "
            "Relatives mourned those who died in the Kessel ferry attack.")
    published = date(2003, 5, 10)  # Friday is the day before: the news itself
    doc = parse(text)
    later = [t for t in doc if t.lower_ == "attack"][1]
    assert not retold(later, published)


def test_an_indefinite_happening_is_a_new_one() -> None:
    text = ("The attack on the ferry at Kessel on Wednesday left nine dead. "
            "An attack on a bus at Kessel wounded two.")
    published = date(2003, 5, 10)
    doc = parse(text)
    later = [t for t in doc if t.lower_ == "attack"][1]
    assert not retold(later, published)


def test_no_dateline_no_memory() -> None:
    doc = parse("The attack on the ferry at Kessel on Wednesday left nine dead.")
    assert not retold(doc[1], None)


# --- a month and day more than a week back ------------------------------------------------------------

@pytest.mark.parametrize("text, word, expected", [
    ("on april 20, the gang burnt down the warehouse near the port.", "burnt", True),
    ("the gang burnt down the warehouse on may 9.", "burnt", False),  # three days back: the news
    ("the council banned all marches on may 20.", "banned", False),  # a day still ahead
    ("the gang burnt down the warehouse on friday.", "burnt", False),  # weekdays are the news's own days
])
def test_a_month_and_day_beyond_a_week(text: str, word: str, expected: bool) -> None:
    assert dated_weeks_before(token(text, word), date(2003, 5, 12)) is expected


def test_month_and_day_flag_the_event_historical() -> None:
    found = events("on april 20, the mob burnt down the warehouse near the port.")
    burnt = [e for e in found if e.evidence.trigger == "burnt"]
    assert burnt and burnt[0].modality.historical


# --- flags -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("Compensation would be given to those wounded in the shelling.", "wounded"),
    ("Those hurt in the clashes will be paid by the council.", "clashes"),
    ("He promised to rebuild schools for those whose homes had been flattened.", "flattened"),
])
def test_a_past_relative_clause_keeps_its_own_modality(text: str, word: str) -> None:
    reading = read_modality(token(text, word))
    assert not (reading.hypothetical or reading.future or reading.negated), text


def test_a_future_relative_clause_stays_open() -> None:
    reading = read_modality(token("Officials named the men who will be tried next month.", "tried"))
    assert reading.future


def test_an_impersonal_recall_doubts_nothing() -> None:
    reading = read_modality(token("It may be recalled that the guards had arrested two smugglers.", "arrested"))
    assert not reading.hypothetical


def test_a_doubting_may_still_doubts() -> None:
    reading = read_modality(token("Officials said the guards may arrest two smugglers.", "arrest"))
    assert reading.hypothetical


@pytest.mark.parametrize("text, word, flag", [
    ("The union will hold a march to protest the closures.", "protest", "future"),
    ("The two parties could not agree to condemn the shelling.", "condemn", "negated"),
])
def test_a_purpose_shares_its_governor(text: str, word: str, flag: str) -> None:
    assert getattr(read_modality(token(text, word)), flag), text


def test_a_purpose_is_not_the_quoter_s_speech() -> None:
    reading = read_modality(token("Officers quoted the driver as saying he did it to protest the tolls.", "protest"))
    assert reading.speaker is None
