"""Flags of the twenty-third session: an act asked for in a "that" clause in the subjunctive is wanted, not done.

The sentences are written for these tests; none is taken from a dev or held-out article.
"""

from __future__ import annotations

from functools import partial

import pytest

from coded import coded_event

PUBLISHED = "2002-03-12"


pytestmark = pytest.mark.usefixtures("rules_only")  # the rules themselves, without the learned gate


_event = partial(coded_event, published=PUBLISHED)  # the first such event, or the test fails


@pytest.mark.parametrize("text, event", [
    ("The opposition moved that the home minister be removed from office.", "SANCTION"),
    ("the opposition moved that the home minister be removed from office.", "SANCTION"),
    ("Her counsel prayed that the detention order be set aside and that she be freed.", "RETREAT"),
    ("The bishops insisted that the governor withdraw the troops from the town.", "RETREAT"),
    ("Opposition members insisted that the home minister resign over the firing.", "RETREAT"),
    ("Villagers asked that the army be deployed along the canal.", "MOBILIZE"),
    ("The bar association moved that the magistrate be suspended and that the two constables be arrested.", "COERCE"),
    ("the families asked that the troops be withdrawn from the village before the festival.", "RETREAT"),
])
def test_an_act_asked_for_in_the_subjunctive_is_not_done(text: str, event: str) -> None:
    found = _event(text, event)
    assert found.modality.hypothetical
    assert not found.modality.negated


@pytest.mark.parametrize("text, event", [
    ("A spokesman stated the constables arrested 40 youths in the old city.", "COERCE"),
    ("Police said that the two men were arrested near the bridge.", "COERCE"),
    ("The union said the minister resigns every time a scandal breaks.", "RETREAT"),
    ("Officials said that the mayor, Anil Desai, resigned on Sunday.", "RETREAT"),
])
def test_an_act_told_in_a_that_clause_with_a_tense_is_not_asked_for(text: str, event: str) -> None:
    found = _event(text, event)
    assert not found.modality.hypothetical


@pytest.mark.parametrize("text", [
    "The Police Chief Is To Be Held Fully Responsible, The Widow Said.",
    "the state police chief is to be held fully responsible, the widow said.",
    "Our mayor and his deputy are to be held responsible, residents said.",
])
def test_the_be_to_of_blame_is_a_judgement_now_not_a_schedule(text: str) -> None:
    found = _event(text, "ACCUSE")
    assert not found.modality.future


def test_the_be_to_of_a_schedule_is_still_ahead() -> None:
    assert _event("The foreign secretary is to visit the border town.", "CONSULT").modality.future
