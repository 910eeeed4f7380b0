"""Event nouns told of an animal, a market or a game are no events (sentences of our own)."""

from __future__ import annotations

import pytest

from eventwire.nlp.parse import parse
from eventwire.coding.triggers import noun_trigger


def _noun(sentence: str, word: str):
    doc = parse(sentence)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("sentence, word", [
    ("A shark attack closed the beach at Ballina for two days.", "attack"),
    ("Hikers were treated in hospital after a bee attack near the trail.", "attack"),
    ("The dollar's rally faded as traders booked profits.", "rally"),
    ("An attack by a bear left a camper with serious injuries.", "attack"),
    ("Fans praised the surprise attack in the new video game.", "attack"),
])
def test_everyday_event_nouns_make_no_trigger(sentence: str, word: str) -> None:
    assert noun_trigger(_noun(sentence, word)) is None


@pytest.mark.parametrize("sentence, word", [
    ("The rebel attack on the garrison killed nine soldiers.", "attack"),
    ("The final attack on the city began before dawn.", "attack"),
    ("Police broke up the opposition rally in the capital.", "rally"),
    ("A drone attack by the militia hit the airport.", "attack"),
])
def test_political_event_nouns_still_trigger(sentence: str, word: str) -> None:
    assert noun_trigger(_noun(sentence, word)) is not None
