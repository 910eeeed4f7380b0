"""A possessive party before a bare "leaders" names the doer (actors18). Every sentence is written for this
test."""

from __future__ import annotations

from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text

TAIL = " the town stayed tense through the day and most shops remained shut in the old quarter of the city."


def events(sentence: str, kind: str):
    return [e for e in code_text(sentence + TAIL, published="2002-03-05")
            if e.event == kind and e.evidence.start < len(sentence)]


def test_a_possessive_party_before_its_leaders_is_the_doer() -> None:
    [event] = events("the party's leaders met the governor on monday.", "CONSULT")
    assert [a.sector for a in event.actors] == ["PTY"]
