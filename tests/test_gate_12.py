"""The gate's structure features (twelfth session): where the trigger sits, how each party was
reached, tense, attribution, the sentence's place in the article; and the trainer's ``drop``.
Sentences here are our own."""

from __future__ import annotations

import sys
from pathlib import Path

from eventwire.coding.coder import sentence_candidates
from eventwire.coding.decide import decide
from eventwire.coding.gate import gate_features, probability, structure_features
from eventwire.nlp import annotate_many
from eventwire.records import Article

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "bench"))

import train_gate  # noqa: E402

_BODY = ("Norway sent tents to Chile on Tuesday. Officials said the police had arrested four traders. "
         "She said they would protest.")


def _candidates() -> dict[str, tuple]:
    """Trigger word -> (candidate, span, doc) for the sentences above."""
    found = {}
    for annotated in annotate_many([Article(doc_id="t:1", source="t", status="ok", body=_BODY)]):
        doc = annotated.parse
        for sentence in annotated.sentences:
            span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
            for cand in decide(sentence_candidates(doc, span, sentence), span):
                found[cand.trigger.token.lower_] = (cand, span, doc)
    return found


def test_structure_of_a_main_clause_and_a_reported_one() -> None:
    found = _candidates()
    sent = structure_features(*found["sent"])
    assert sent["s_clause=root"] == 1.0 and sent["s_position=0"] == 1.0
    assert sent["s_a_route=arg"] == 1.0
    assert "s_under_saying" not in sent
    arrested = structure_features(*found["arrested"])
    assert arrested["s_clause=ccomp"] == 1.0 and arrested["s_under_saying"] == 1.0
    assert arrested["s_pluperfect"] == 1.0  # "had arrested"
    assert arrested["s_position=1-2"] == 1.0


def test_structure_features_are_part_of_the_gate_features_but_change_no_old_score() -> None:
    cand, span, doc = _candidates()["sent"]
    feats = gate_features(cand, span, doc)
    assert any(k.startswith("s_") for k in feats)
    old = {"intercept": 0.2, "weights": {"confidence": 0.5}, "threshold": 0.5}
    without = {k: v for k, v in feats.items() if not k.startswith("s_")}
    assert probability(feats, old) == probability(without, old)  # a gate without s_ weights reads none


def test_trainer_drops_feature_prefixes(monkeypatch) -> None:
    pool = [{"id": "e1", "flags": "none", "doc": "india:3", "label": "judge",
             "feats": {"s_clause=root": 1.0, "obj=tent": 1.0, "confidence": 0.7}},
            {"id": "e2", "flags": "none", "doc": "gsr:9", "label": 1, "feats": {"s_depth=0": 1.0, "bias": 1.0}}]
    monkeypatch.setattr(train_gate, "candidate_pool", lambda cache, india, held_web: pool)
    monkeypatch.setattr(train_gate, "judgments", lambda: {"e1": {"verdict": "right"}})
    X, *_ = train_gate.examples(0.3, india=True, drop=("s_", "obj="))
    assert X == [{"confidence": 0.7}, {"bias": 1.0}]


def test_the_shipped_gate_reads_structure_but_not_the_sentence_position() -> None:
    from eventwire.coding.decide import load_model

    model = load_model("gate.json.gz")
    assert model is not None and model["floor"]
    assert any(name.startswith("s_") for name in model["weights"])
    assert not any(name.startswith("s_position") for name in model["weights"])
