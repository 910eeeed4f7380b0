""""The country" a sentence has just named is the recipient (issue 4, tenth session): a definite "the
country" with nothing of its own to name it is the nearest country named before it that is not the
actor's own; nothing is guessed when no such country precedes it or when it is indefinite. Every
sentence is written for this test."""

from __future__ import annotations

import pytest

from test_coding_parties import _no_gate, events  # noqa: F401  (_no_gate: the gate off, autouse)


def test_the_country_named_before_is_the_recipient() -> None:
    [event] = events("Floods hit Chile last week, and Peru is supplying the country with tents.", "AID")
    assert [(a.text, a.code) for a in event.actors] == [("Peru", "PER")]
    assert [(a.text, a.code) for a in event.recipients] == [("the country", "CHL")]


@pytest.mark.parametrize("text", [
    "Floods hit Peru last week, and Peru is supplying the country with tents.",  # the actor's own
    "Floods hit the region last week, and Peru is supplying the country with tents.",  # no country before
    "Floods hit Chile last week, and Peru is supplying a country with tents.",  # indefinite
])
def test_nothing_is_guessed(text: str) -> None:
    [event] = events(text, "AID")
    assert event.recipients == []
