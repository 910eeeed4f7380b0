"""The gate's floor for plain reports between states, its article feature for international news,
and a gate file named in the environment (tenth session). Every sentence is written for this test."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import pytest

from eventwire.coding import gate
from eventwire.coding.gate import gate_features, passes, state_dyad

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_coding_gate import candidates  # noqa: E402

# a gate that scores everything far below its threshold: only the floor lets a candidate through
NOTHING = {"intercept": -30.0, "weights": {}, "threshold": 0.5}


def of_type(text: str, kind: str) -> list[tuple[object, object, object]]:
    found = [(c, span, doc) for c, span, doc in candidates(text) if c.event_type == kind]
    assert found, (text, kind)
    return found


@pytest.mark.parametrize("text, kind", [
    ("Japan sent food aid to Bangladesh on Monday.", "AID"),
    ("Norway gave Chile two million dollars in aid.", "AID"),
    ("Canada expelled three diplomats of Iran on Tuesday.", "SANCTION"),
    ("Hungary moved two battalions into Serbia on Sunday.", "MOBILIZE"),  # a country as the destination
    # no recipient found, but the sentence names a second country
    ("Portugal is sending the country tents, after floods hit Chile.", "AID"),
])
def test_a_plain_report_between_two_states_is_a_dyad(text: str, kind: str) -> None:
    for cand, span, _ in of_type(text, kind):
        assert state_dyad(cand, span), text


@pytest.mark.parametrize("text, kind", [
    ("Japan did not send food aid to Bangladesh.", "AID"),  # negated
    ("Police in Lisbon arrested two men on Friday.", "COERCE"),  # one country's police and people
    ("Portugal is giving tents to flood victims.", "AID"),  # the other party is no state
    ("Hungary moved two battalions into Szeged on Sunday.", "MOBILIZE"),  # a town of its own
])
def test_no_dyad_when_negated_domestic_or_with_a_party_that_is_no_state(text: str, kind: str) -> None:
    for cand, span, _ in of_type(text, kind):
        assert not state_dyad(cand, span), text


def test_a_promise_to_come_is_no_dyad() -> None:
    """'Will give' is read as a promise (AGREE) flagged future: not a report that it happened."""
    found = [(c, span) for c, span, _ in candidates("Norway will give Chile two million dollars in aid.")]
    assert found
    assert not any(state_dyad(c, span) for c, span in found)


def test_the_floor_lets_a_dyad_through_whatever_the_model_scores() -> None:
    dyad = of_type("Japan sent food aid to Bangladesh on Monday.", "AID")
    home = of_type("Police in Lisbon arrested two men on Friday.", "COERCE")
    floored = dict(NOTHING, floor=True)
    assert all(passes(c, span, doc, floored) for c, span, doc in dyad)
    assert not any(passes(c, span, doc, floored) for c, span, doc in home)
    assert not any(passes(c, span, doc, NOTHING) for c, span, doc in dyad)  # no floor: the model decides
    assert all(gate_features(c, span, doc)["state_dyad"] == 1.0 for c, span, doc in dyad)


def test_article_countries_counts_the_countries_named() -> None:
    def level(text: str, kind: str) -> set[str]:
        return {name for c, span, doc in of_type(text, kind) for name in gate_features(c, span, doc)
                if name.startswith("article_countries=")}

    assert level("Police in Lisbon arrested two men on Friday.", "COERCE") == {"article_countries=0"}
    assert level("Portugal is giving tents to flood victims.", "AID") == {"article_countries=1"}
    assert level("Japan sent food aid to Bangladesh on Monday.", "AID") == {"article_countries=2"}


def test_a_gate_file_named_in_the_environment_replaces_the_shipped_one(tmp_path, monkeypatch) -> None:
    path = tmp_path / "gate.json.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        json.dump(NOTHING, handle)
    found = of_type("Japan sent food aid to Bangladesh on Monday.", "AID")
    monkeypatch.setenv(gate.MODEL_ENV, str(path))
    gate._installed.cache_clear()
    try:
        assert gate._installed() == NOTHING
        assert not any(passes(c, span, doc) for c, span, doc in found)
    finally:
        monkeypatch.delenv(gate.MODEL_ENV)
        gate._installed.cache_clear()
    assert gate._installed() != NOTHING


def test_the_floor_asks_for_the_recipient_itself() -> None:
    """A second state named only somewhere in the sentence is a feature, not a pass: on the judged dev
    candidates such events were mostly ones whose recipient the coder had missed."""
    loose = of_type("Portugal is sending the country tents, after floods hit Chile.", "AID")
    floored = dict(NOTHING, floor=True)
    assert all(state_dyad(c, span) for c, span, _ in loose)
    assert not any(state_dyad(c, span, named_recipient=True) for c, span, _ in loose)
    assert not any(passes(c, span, doc, floored) for c, span, doc in loose)
