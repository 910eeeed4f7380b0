"""Generic statements and modality on web pages, twenty-first session (issue 4).

Every sentence is written for this test."""

from __future__ import annotations

from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text

DATELINE = "2020-03-10"


def triggers(text: str, published: str = DATELINE) -> list[str]:
    return [(e.evidence.trigger or "").lower() for e in code_text(text, published=published)]


def test_what_a_suspect_is_accused_of_is_no_accusation() -> None:
    assert "accused" not in triggers("The former governor is accused of taking bribes from a builder.")


def test_what_a_suspect_is_charged_with_is_no_charging() -> None:
    assert "charged" not in triggers("The former governor is charged with fraud and bribery.")


def test_a_charge_brought_is_an_accusation() -> None:
    assert "charged" in triggers("The former governor has been charged with fraud and bribery.")
    assert "accused" in triggers("Prosecutors accused the former governor of taking bribes.")
    assert "accused" in triggers("The opposition leader is accused by the government of inciting the riots.")
