"""Everyday senses, thirteenth session (second round): a legislature's or a government's own bills and
budgets approved, refused or asked for are law-making, not agreements, concessions, refusals or
requests between parties. Sentences written for these tests."""
from __future__ import annotations

import pytest

from test_coding_everyday_10 import kinds  # the rules' events with the gate off

LAW_MAKING = [
    "The upper house of parliament approved the bill in a second reading on Tuesday.",
    "The assembly on Friday approved in a final reading a bill that would give parties more seats.",
    "The bill, which must now be approved by the senate, sets new rules for regional elections.",
    "The assembly refused to consider the two bills on Monday.",
    "The ministry requested more money in its supplementary budget.",
    "The state legislature passed the budget late on Friday.",
    "The town council approved a new zoning ordinance for the river district.",
]


@pytest.mark.parametrize("text", LAW_MAKING)
def test_law_making_is_no_event(text: str) -> None:
    assert not {"CONCEDE", "AGREE", "REJECT", "REQUEST", "SUPPORT", "COOPERATE"} & set(kinds(text))


KEPT = [
    ("Kenya approved the peace deal with the rebels on Sunday.", "SUPPORT"),
    ("Ukraine asked Germany to send more tanks.", "REQUEST"),
    ("Poland rejected the European Commission's proposal on migrants.", "REJECT"),
]


@pytest.mark.parametrize(("text", "kind"), KEPT)
def test_kept_events(text: str, kind: str) -> None:
    assert kind in kinds(text)
