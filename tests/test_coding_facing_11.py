"""The other side's forces a show of force faces are its target (issue 4, eleventh session).

"Jets intercepted two Russian bombers": the bombers are not the interceptor's own forces (which a
deployment or an alert moves), so they are the recipient, with their country. What is sent, deployed
or put on alert stays the doer's own cargo. Every sentence is written for this test."""

from __future__ import annotations

import pytest
from test_coding_parties import _no_gate, events  # noqa: F401  (_no_gate: the gate off, autouse)


@pytest.mark.parametrize(("text", "code"), [
    ("Greek fighters intercepted Turkish jets over the Aegean on Sunday.", "TUR"),
    ("Norway scrambled fighter jets to intercept two Russian bombers on Monday.", "RUS"),
    ("The Indian navy intercepted two Pakistani warships off the coast.", "PAK"),
])
def test_foreign_forces_faced_are_the_recipient(text: str, code: str) -> None:
    [event] = events(text, "MOBILIZE")
    assert [r.code for r in event.recipients] == [code]


@pytest.mark.parametrize("text", [
    "Greek fighters intercepted Greek jets over the Aegean on Sunday.",  # the doer's own
    "The Pentagon put 8,500 American troops on alert on Monday.",  # an alert moves the doer's own
])
def test_own_forces_are_never_the_recipient(text: str) -> None:
    [event] = events(text, "MOBILIZE")
    assert event.recipients == []


def test_deployed_forces_stay_cargo() -> None:
    [event] = events("The US sent 2,000 American troops to Poland on Wednesday.", "MOBILIZE")
    assert [r.code for r in event.recipients] == ["POL"]
