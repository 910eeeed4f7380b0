"""Flags, fourteenth session (issue 4): a page without a dateline that retells an older year ("on Saturday,
14 March 1981 ..." on a page that tells 2006 as past) tells its undated past as that year's, background to
its present; a page that dates anything by month in its present year is news with some background, and a
clause told in the present or with "now" stays the writer's present. Every sentence is written for this
test."""

from __future__ import annotations

from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text
from eventwire.coding.background import narrative_before
from eventwire.nlp.parse import parse

RETOLD = ("On Saturday, 14 March 1981, several thousand miners marched on the town hall of a northern city. "
          "By the evening, police had arrested forty of the marchers. "
          "In 2006 a local historian wrote a book about the day. ")


def token(text: str, word: str, nth: int = 0):
    doc = parse(text)
    return [t for t in doc if t.lower_ == word][nth]


def arrests(text: str):
    return [e for e in code_text(text) if e.event == "COERCE" and e.evidence.trigger == "arrested"]


def test_an_undated_retelling_of_an_older_year_is_background() -> None:
    found = arrests(RETOLD)
    assert found and all(e.modality.historical for e in found)


def test_the_narrative_reading_needs_a_present_after_the_pinned_year() -> None:
    assert narrative_before(token(RETOLD, "arrested"), 2005)
    assert not narrative_before(token(RETOLD, "arrested"), 1981)  # the page's present is that year itself
    assert not narrative_before(token(RETOLD, "arrested"), None)


def test_a_clause_of_the_writers_present_is_not_the_retold_year() -> None:
    text = RETOLD + "Police have now arrested two former officers over the day's beatings."
    assert not narrative_before(token(text, "arrested", 1), 2005)
    text = RETOLD + "Detectives say they arrested two former officers over the day's beatings on Tuesday."
    found = [e for e in code_text(text) if e.event == "COERCE" and "Detectives" in e.evidence.text]
    assert found and all(not e.modality.historical for e in found)


def test_a_page_that_dates_its_present_by_month_is_news() -> None:
    text = ("In March 2017 the mayor of a port town was questioned over a land deal. "
            "On 4 May 2019 prosecutors filed charges in the case. "
            "Police arrested the mayor's brother at the harbour.")
    found = arrests(text)
    assert found and not any(e.modality.historical for e in found)


def test_a_date_before_the_first_pinned_one_is_not_read_back() -> None:
    text = ("Police arrested forty of the marchers, the survivors remember. "
            "It happened on Saturday, 14 March 1981, in a northern city. "
            "In 2006 a local historian wrote a book about the day.")
    assert not narrative_before(token(text, "arrested"), 2005)
