"""The strict fallback for sentences the rules leave silent (issue 4, ninth session): off by
default, and when switched on it fires only on a main-clause fact between two coded political
actors, through a dictionary pattern with a content word. Every sentence here was written for
this test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from eventwire.coding import code_text, fallback

PUBLISHED = "2023-06-14"
TALKS = "The Kenyan president joined the Ugandan president for talks on the border."


@pytest.fixture
def fallback_on() -> Iterator[None]:
    fallback.set_enabled(True)
    try:
        yield
    finally:
        fallback.set_enabled(None)


def fallback_events(text: str) -> list[tuple[str, str, list[str | None], list[str | None]]]:
    return [(e.event, e.cameo, [a.code for a in e.actors], [r.code for r in e.recipients])
            for e in code_text(text, published=PUBLISHED) if " fallback:" in e.coder]


def test_off_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(fallback.ENV, raising=False)
    assert not fallback.enabled()
    assert fallback_events(TALKS) == []


def test_environment_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(fallback.ENV, "1")
    assert fallback.enabled()
    fallback.set_enabled(False)
    try:
        assert not fallback.enabled()  # set_enabled wins over the environment
    finally:
        fallback.set_enabled(None)


@pytest.mark.usefixtures("fallback_on")
def test_a_silent_sentence_between_two_states_is_coded_and_marked() -> None:
    events = code_text(TALKS, published=PUBLISHED)
    assert [(e.event, [a.code for a in e.actors], [r.code for r in e.recipients]) for e in events] == [
        ("CONSULT", ["KEN"], ["UGA"])]
    assert events[0].coder.endswith(" fallback:046")
    assert events[0].confidence == fallback.CONFIDENCE


@pytest.mark.usefixtures("fallback_on")
@pytest.mark.parametrize("text", [
    "The Kenyan president may join the Ugandan president for talks on the border.",  # modal
    "The Kenyan president did not join the Ugandan president for talks on the border.",  # negated
    "Officials said the Kenyan president joined the Ugandan president for talks.",  # told by someone
    "Kenyan farmers joined Ugandan traders for talks on the border.",  # no coded political actor
    "The Kenyan president joined a local businessman for talks on the border.",  # one side only
])
def test_no_fallback_without_a_fact_between_two_political_actors(text: str) -> None:
    assert fallback_events(text) == []


@pytest.mark.usefixtures("fallback_on")
def test_a_sentence_the_rules_code_is_left_alone() -> None:
    events = code_text("The European Union imposed new sanctions on Belarus.", published=PUBLISHED)
    assert events and not any(" fallback:" in e.coder for e in events)


def test_main_predicate_and_coded_party() -> None:
    from eventwire.nlp import annotate
    from eventwire.records import Actor, Article

    article = annotate(Article(doc_id="t", source="<text>", status="ok", body=TALKS))
    verbs = {t.lower_: fallback.main_predicate(t) for t in article.parse if t.pos_ == "VERB"}
    assert verbs["joined"]
    assert fallback.coded_party(Actor(text="Kenya", start=0, end=5, code="KEN", kind="country"))
    assert not fallback.coded_party(Actor(text="Kenyans", start=0, end=7, code="KEN", kind="demonym"))
    assert not fallback.coded_party(Actor(text="Ann Lee", start=0, end=7, code="KEN", kind="person"))
    assert fallback.coded_party(Actor(text="Ann Lee", start=0, end=7, code="KEN", sector="GOV", kind="person"))
