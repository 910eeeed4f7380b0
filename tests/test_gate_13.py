"""The gate's derived features (thirteenth session): PLOVER type x structure crosses and the trigger
lemma's prior from benchmark dev gold, read only by a model that asks for them; and the trainer's
prior table. Features and names here are our own."""

from __future__ import annotations

import math
import sys
from pathlib import Path

from eventwire.coding.gate import derived_features, lemma_prior, probability, type_crosses

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "bench"))

import train_gate  # noqa: E402

_FEATS = {"bias": 1.0, "rule=ASSAULT": 1.0, "lemma=shell": 1.0, "s_clause=relcl": 1.0, "s_r_none": 1.0,
          "s_position=0": 1.0, "s_tense=Past": 1.0}


def test_type_crosses_pair_the_type_with_a_few_structure_features() -> None:
    crosses = type_crosses(_FEATS)
    assert crosses == {"s_x_ASSAULT|clause=relcl": 1.0, "s_x_ASSAULT|r_none": 1.0}
    assert type_crosses({"s_clause=root": 1.0}) == {}  # no type, no cross


def test_lemma_prior_reads_the_table_or_says_unseen() -> None:
    assert lemma_prior(_FEATS, {"shell": -0.7}) == {"prior_lemma": -0.7}
    assert lemma_prior(_FEATS, {"bomb": 0.2}) == {"prior_unseen": 1.0}


def test_a_model_without_them_scores_as_before() -> None:
    plain = {"intercept": 0.0, "weights": {"s_x_ASSAULT|r_none": 5.0, "prior_lemma": 5.0}, "threshold": 0.5}
    assert derived_features(_FEATS, plain) is _FEATS
    assert probability(_FEATS, plain) == 0.5
    asking = {**plain, "crosses": True, "lemma_prior": {"shell": -0.4}}
    assert math.isclose(probability(_FEATS, asking), 1 / (1 + math.exp(-(5.0 - 2.0))))


def test_prior_table_is_smoothed_log_odds_against_the_average() -> None:
    rows = [("a", "strike", 1)] * 8 + [("b", "strike", 0)] * 2 + [("c", "visit", 0)] * 10
    table = train_gate.prior_table(rows, strength=5.0)
    assert table["strike"] > 0 > table["visit"]
    # the average is 0.4: 8 + 2 hits, 2 + 3 misses for "strike"
    assert math.isclose(table["strike"], round(math.log(10 / 5) - math.log(0.4 / 0.6), 3))


def test_parts_split_text_ids_stably() -> None:
    assert train_gate._part("gsr:17") == train_gate._part("gsr:17")
    assert {train_gate._part(f"case:{i}") for i in range(50)} == set(range(5))


def test_the_shipped_gate_reads_its_derived_features() -> None:
    from eventwire.coding.gate import _installed

    model = _installed()
    assert model is not None and model["floor"]
    assert model.get("lemma_prior") and model.get("crosses")
    assert any(name.startswith("s_x_") for name in model["weights"])
    assert not any(name.startswith("g_") for name in model["weights"])
    assert "prior_lemma" in model["weights"]
