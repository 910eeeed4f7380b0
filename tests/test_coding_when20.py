"""Flags, twentieth session: an undated page's present is read from its dates other than the event's own (an
event's own year cannot be the present it is judged against).
Every sentence is written for this test."""

from __future__ import annotations

from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text


def found(text: str, trigger: str, published: str | None = None):
    return [e.modality for e in code_text(text, published=published) if e.evidence.trigger == trigger]


def test_a_lone_written_out_year_on_an_undated_page_is_background() -> None:
    text = "In 2011, the army seized the northern town of Kidal. The town remains tense, residents say."
    modes = found(text, "seized")
    assert modes and all(m.historical for m in modes)


def test_a_lone_written_out_month_and_year_is_background() -> None:
    text = "Gunmen abducted two aid workers in the capital in August 2016. Their families still wait for news."
    modes = found(text, "abducted")
    assert modes and all(m.historical for m in modes)


def test_keep_the_news_of_an_undated_page() -> None:
    text = "Rebels attacked the depot on Tuesday and burnt three lorries, police said. In 2009 the depot was built."
    modes = found(text, "attacked")
    assert modes and not any(m.historical for m in modes)

