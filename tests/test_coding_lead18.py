"""Flags: the "not" of a consequent does not reach the act its if/unless clause supposes ("the pipeline
would not open if troops crossed the border": the crossing is supposed, not denied), while the consequent
itself stays negated. Every sentence is written for this test."""

from __future__ import annotations

from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text

DAY = "2022-02-07"


def found(text: str, trigger: str):
    return [e.modality for e in code_text(text, published=DAY) if e.evidence.trigger == trigger]


def test_a_supposed_invasion_under_a_negated_consequent_is_not_negated() -> None:
    modes = found("Sanctions would not be lifted unless Russian troops withdrew from Ukraine.", "withdrew")
    assert modes and all(m.hypothetical and not m.negated for m in modes)
    modes = found("The minister warned that the gas pipeline would not open if Russian troops crossed into Ukraine.",
                  "crossed")
    assert modes and all(m.hypothetical and not m.negated for m in modes)


def test_a_plain_negated_attack_stays_negated() -> None:
    modes = found("Russian troops did not invade Ukraine on Monday, the ministry said.", "invade")
    assert modes and all(m.negated for m in modes)
