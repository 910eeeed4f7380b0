"""Verbs the small parser reads as adjectives are read as verbs again (issue 4, eleventh session).

After a fronted time phrase in a second verb phrase ("..., and in 1979 annexed X's sector") the
model makes the past verb an adjective of the noun after it; elsewhere it tags some past verbs JJ
although the tree is right. Both hide the event from the coder. Every sentence is written for this
test."""

from __future__ import annotations

import pytest
from test_coding_parties import _no_gate, events  # noqa: F401  (_no_gate: the gate off, autouse)

from eventwire.nlp.parse import load_pipeline, parse
from eventwire.nlp.parse_repair import COMPONENT

FRONTED = "Morocco marched into the desert later that year, and in 1979 annexed Mauritania's southern sector."


def _word(doc, text: str):
    return next(t for t in doc if t.text == text)


def test_a_verb_after_a_fronted_time_phrase_is_a_conjoined_verb() -> None:
    doc = parse(FRONTED)
    annexed = _word(doc, "annexed")
    assert (annexed.pos_, annexed.lemma_, annexed.dep_, annexed.head.text) == ("VERB", "annex", "conj", "marched")
    assert [(c.text, c.dep_) for c in annexed.children if c.dep_ in {"prep", "dobj"}] == [("in", "prep"), ("sector", "dobj")]
    assert _word(doc, "1979").head.text == "in"


def test_the_repaired_clause_is_coded_with_its_own_date() -> None:
    [event] = [e for e in events(FRONTED, "COERCE") if e.evidence.trigger == "annexed"]
    assert [a.code for a in event.actors] == ["MAR"]
    assert [r.code for r in event.recipients] == ["MRT"]
    assert event.date == "1979" and event.modality.historical


def test_an_adjective_with_a_direct_object_is_a_verb() -> None:
    doc = parse("Israel captured the heights in 1967, and in 1981 annexed Syria's Golan Heights.")
    annexed = _word(doc, "annexed")
    assert (annexed.pos_, annexed.tag_, annexed.lemma_) == ("VERB", "VBD", "annex")


@pytest.mark.parametrize("text", [
    "The annexed districts voted in May, and in June elected a new council.",
    "Unfazed by the protests, the governor signed the order on Friday.",
    "The tired soldiers crossed the bridge, and last week reached the coast.",
])
def test_sentences_the_model_reads_right_are_left_alone(text: str) -> None:
    nlp = load_pipeline()
    with nlp.select_pipes(disable=[COMPONENT]):
        plain = [(t.tag_, t.dep_, t.head.i) for t in nlp(text)]
    assert [(t.tag_, t.dep_, t.head.i) for t in parse(text)] == plain
