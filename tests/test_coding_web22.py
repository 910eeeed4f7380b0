"""Web pages, twenty-second session (issue 4, precision, category everyday): everyday senses of
political-looking words on ordinary web news (coding/everyday.py, verb_senses.py, rules.py). Each rule
has sentences where it must fire and sentences where the event must stay. Every sentence is written for
this test, varying the nouns, names, numbers and word order.
"""

from __future__ import annotations

import pytest
from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text

PUBLISHED = "2023-06-14"


def kinds(text: str) -> list[str]:
    return [e.event for e in code_text(text, published=PUBLISHED)]


LEFT_UNSAID = [
    "Police declined to call the shooting an act of terrorism.",
    "The governor's office declined to make her available for comment.",
    "The White House declined to make the general available for an interview.",
    "The minister declined to predict how long the talks would last.",
    "He declined later to state when the lander would be ready.",
]


@pytest.mark.parametrize("sentence", LEFT_UNSAID)
def test_declining_to_say_something_is_no_rejection(sentence: str) -> None:
    assert kinds(sentence) == []


REFUSALS = [
    "The junta refused to release the prisoners.",
    "The president declined to call early elections.",
    "Iran refused to give inspectors access to the site.",
]


@pytest.mark.parametrize("sentence", REFUSALS)
def test_refusing_a_demand_stays_a_rejection(sentence: str) -> None:
    assert "REJECT" in kinds(sentence)
