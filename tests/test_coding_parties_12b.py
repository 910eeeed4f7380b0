"""Parties named through a count or a verb of causing (issue 4, precision, twelfth session, second pass): a
count's "of" phrase names the group that acts ("hundreds of demonstrators blocked the road"), and the one a
verb of causing prompts to act does it ("the stoning prompted the authorities to rush reinforcements").
Every sentence is written for this test."""

from __future__ import annotations

from test_coding_parties import _no_gate, events  # noqa: F401  (_no_gate: the gate off, autouse)
from test_coding_parties_9 import texts


def test_a_count_names_its_of_phrase_as_the_doers() -> None:
    [event] = events("Hundreds of demonstrators blocked the road on Sunday.", "PROTEST")
    assert texts(event.actors) == ["demonstrators"]


def test_a_count_joining_a_rally_names_the_marchers() -> None:
    [event] = events("Hundreds of people joined the rally on Sunday.", "PROTEST")
    assert texts(event.actors) == ["people"]


def test_a_passive_count_is_no_doer() -> None:
    # the ones sent away are not the ones sending them away
    for event in events("Hundreds of diplomats have been expelled from both the West and Russia.", "SANCTION"):
        assert "RUS" not in [a.code for a in event.actors]


def test_the_one_prompted_to_act_acts() -> None:
    [event] = events("The stoning prompted the authorities to rush reinforcements from other districts.",
                     "MOBILIZE")
    assert texts(event.actors) == ["authorities"]
