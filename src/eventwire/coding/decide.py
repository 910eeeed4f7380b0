"""The decision step: for each candidate, is it an event, and of which PLOVER type?

The rules propose; a small multinomial logistic regression decides, with an explicit NONE class.
Its features are what the rules saw (the rule's event type and CAMEO root, the trigger lemma and
its object, the clause's shape, who takes part, the modality) plus the sentence's words, so it can
learn that "agreed to" with a withdrawal is a concession, and that a sentence about a cup final is
not an assault. It is trained by ``tools/train_decider.py`` on data we may ship (our labelled
sentences and the NGEC synthetic stories, both MIT/Apache) and stored as the non-zero weights of
each feature in ``data/decider.json.gz``. Without that file the rules decide alone.
"""

from __future__ import annotations

import gzip
import json
import math
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import Any

from .ontology import DEFAULT_CAMEO

NONE = "NONE"
# A candidate is dropped when the model is this sure it is no event, and re-typed when another
# type beats the rule's type by this margin. Set on our labelled sentences, not on benchmarks.
DROP_AT = 0.6
RETYPE_MARGIN = 0.25


def features(candidate: Any, span: Any) -> dict[str, float]:
    """Named features of one candidate (a :class:`~eventwire.coding.coder.Candidate`)."""
    trigger, slots, reading = candidate.trigger, candidate.slots, candidate.reading
    token = trigger.token
    lemma = token.lemma_.lower()
    rule = candidate.event_type
    found: dict[str, float] = {
        "bias": 1.0, f"rule={rule}": 1.0, f"root={candidate.code[:2]}": 1.0, f"code={candidate.code}": 1.0,
        f"source={trigger.source}": 1.0, f"lemma={lemma}": 1.0, f"lemma*rule={lemma}|{rule}": 1.0,
        f"dep={token.dep_}": 1.0, f"pos={token.pos_}": 1.0, f"mode={candidate.mode}": 1.0,
    }
    for child in token.children:
        if child.dep_ in {"dobj", "obj", "attr", "dative"}:
            found[f"obj={child.lemma_.lower()}"] = 1.0
        elif child.dep_ == "prep":
            found[f"prep={child.lower_}"] = 1.0
            found[f"prep*rule={child.lower_}|{rule}"] = 1.0
        elif child.dep_ in {"nsubj", "nsubjpass"}:
            found[f"subj={child.lemma_.lower()}"] = 1.0
        elif child.dep_ == "xcomp":
            found[f"xcomp={child.lemma_.lower()}"] = 1.0
    if token.head.i != token.i:
        found[f"head={token.head.lemma_.lower()}"] = 1.0
    for word in trigger.matched:
        found[f"matched={word}"] = 1.0
    found["actor_coded"] = float(any(a.code for a in slots.actors))
    found["actor_none"] = float(not slots.actors)
    found["recipient_coded"] = float(any(a.code for a in slots.recipients))
    found["n_countries"] = float(len({a.code for a in slots.actors + slots.recipients if a.code}))
    for actor in slots.actors:
        if actor.sector:
            found[f"actor_sector={actor.sector}"] = 1.0
        if actor.kind:
            found[f"actor_kind={actor.kind}"] = 1.0
    for flag in ("negated", "hypothetical", "future", "obliged"):
        if getattr(reading, flag, False):
            found[flag] = 1.0
            found[f"{flag}*rule={rule}"] = 1.0
    if candidate.speaker is not None:
        found["reported"] = 1.0
    for word in span:
        if word.is_alpha and not word.is_stop:
            found[f"w={word.lemma_.lower()}"] = 0.5
    return found


def load_model(name: str) -> dict[str, Any] | None:
    """A model shipped as gzipped JSON in ``eventwire/data``, or ``None`` when it is not installed
    (the decider's and the gate's models are both optional)."""
    path = resources.files("eventwire").joinpath(f"data/{name}")
    if not path.is_file():
        return None
    with path.open("rb") as raw:
        return read_model(raw)


def read_model(raw: Any) -> dict[str, Any]:
    """A model's gzipped JSON from an open binary file (shipped, or one a user names to compare)."""
    with gzip.open(raw, "rt", encoding="utf-8") as handle:
        loaded: dict[str, Any] = json.load(handle)
    return loaded


@lru_cache(maxsize=1)
def _model() -> dict[str, Any] | None:
    return load_model("decider.json.gz")


def probabilities(feats: dict[str, float]) -> dict[str, float] | None:
    """P(type | candidate) over the 16 PLOVER types and NONE, or ``None`` without a model."""
    model = _model()
    if model is None:
        return None
    classes: list[str] = model["classes"]
    scores = list(model["intercept"])
    weights: dict[str, list[list[float]]] = model["weights"]
    for name, value in feats.items():
        for index, weight in weights.get(name, ()):
            scores[int(index)] += weight * value
    top = max(scores)
    exp = [math.exp(s - top) for s in scores]
    total = sum(exp)
    return {c: e / total for c, e in zip(classes, exp)}


def decide(candidates: Iterable[Any], span: Any) -> list[Any]:
    """Keep, re-type or drop each candidate; confidence becomes the model's probability."""
    kept = []
    for candidate in candidates:
        probs = probabilities(features(candidate, span))
        if probs is None:
            kept.append(candidate)
            continue
        best = max((c for c in probs if c != NONE), key=probs.__getitem__)
        if probs[NONE] >= DROP_AT:
            continue
        if best != candidate.event_type and probs[best] - probs.get(candidate.event_type, 0.0) >= RETYPE_MARGIN:
            candidate.event_type, candidate.mode, candidate.code = best, None, DEFAULT_CAMEO[best]
        candidate.confidence = round(min(0.95, 0.5 * candidate.confidence + 0.5 * probs[candidate.event_type]), 2)
        kept.append(candidate)
    return kept
