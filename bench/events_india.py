"""IndiaPoliceEvents (recall on whole articles) and the speed figures of the event benchmarks.

IndiaPoliceEvents labels every sentence of 1,257 Times of India articles, so recall is measurable.
eventwire codes each *document* (dateline and all, as it would in production) and each event is
filed under the gold sentence that holds its trigger (else its evidence span); the floor, which has
no document context, codes each gold sentence alone. A sentence is predicted
- ARREST when an event there is COERCE with mode ``arrest`` (or CAMEO 173) and a police actor or
  no actor at all (news says "were arrested" without naming the police; arrests are theirs);
- FORCE when it is an ASSAULT with a police actor (the label map: force includes killing);
- KILL when it is a police ASSAULT whose trigger or quantities speak of death;
where a police actor has sector COP or police words in its text (the corpus is lower-case Indian
English: "cops", "srp", "crpf", "raf"…). Precision, recall and F1 per label at sentence level,
and at document level (a document is positive when any of its sentences is).
"""

from __future__ import annotations

import os
import re
import time
from typing import Any

import events_data as data
from events_metrics import prf
from events_systems import SYSTEMS, Pred, eventwire_system
from precision import half

LABELS = ("KILL", "ARREST", "FORCE")
POLICE = re.compile(r"\b(police\w*|cops?|constables?|constabulary|inspectors?|sub-inspectors?|srp|crpf|raf|rapid action"
                    r" force|sp|dsp|dcp|acp|commissioner)\b", re.I)
DEATH = re.compile(r"kill|dead|death|died|shot dead|massacre|lynch|fatal", re.I)
DEATH_UNITS = {"killed", "dead", "deaths", "died", "fatalities", "bodies"}


def police_actor(pred: Pred) -> bool:
    return any(p.sector == "COP" or POLICE.search(p.text or "") for p in pred.actors)


def labels_of(pred: Pred) -> set[str]:
    """The IndiaPoliceEvents questions an event answers "yes" to (see module doc)."""
    police = police_actor(pred)
    out = set()
    if pred.event == "COERCE" and (pred.mode == "arrest" or (pred.cameo or "").startswith("173")) \
            and (police or not pred.actors):
        out.add("ARREST")
    if pred.event == "ASSAULT" and police:
        out.add("FORCE")
        if DEATH.search(pred.trigger or "") or DEATH_UNITS & {u.lower() for u in pred.units}:
            out.add("KILL")
    return out


def sentence_of(doc: dict[str, Any], pred: Pred) -> int | None:
    """Index of the gold sentence an event belongs to: the one holding its trigger, else the most overlap."""
    if pred.start is None or pred.end is None:
        return None
    text = doc["text"]
    anchor = text.find(pred.trigger, pred.start, pred.end + 1) if pred.trigger else -1
    best, best_overlap = None, 0
    for k, s in enumerate(doc["sents"]):
        if anchor >= 0 and s["start"] <= anchor < s["end"]:
            return k
        overlap = min(s["end"], pred.end) - max(s["start"], pred.start)
        if overlap > best_overlap:
            best, best_overlap = k, overlap
    return best


def predict(name: str, doc: dict[str, Any]) -> list[set[str]]:
    """Predicted labels of each gold sentence of a document."""
    out: list[set[str]] = [set() for _ in doc["sents"]]
    if name == "eventwire":
        for pred in eventwire_system(doc["text"], doc["published"]):
            k = sentence_of(doc, pred)
            if k is not None:
                out[k] |= labels_of(pred)
    else:
        for k, s in enumerate(doc["sents"]):
            for pred in SYSTEMS[name](s["text"], doc["published"]):
                out[k] |= labels_of(pred)
    return out


def held_half(doc: dict[str, Any]) -> bool:
    """Whether an article is in the held half, the one rules are not written from (from the ninth
    session the other half is read for precision rules, ``bench/precision.py --split fresh-dev``)."""
    return half(f"india:{doc['id']}") == "held"


def _scores(docs: list[dict[str, Any]], guesses: list[list[set[str]]]) -> dict[str, Any]:
    scores: dict[str, Any] = {}
    for label in LABELS:
        for level in ("sent", "doc"):
            tp = fp = fn = 0
            for d, g in zip(docs, guesses):
                pairs = ([(label in s["labels"], label in p) for s, p in zip(d["sents"], g)] if level == "sent"
                         else [(label in d["labels"], any(label in p for p in g))])
                tp += sum(a and b for a, b in pairs)
                fp += sum(b and not a for a, b in pairs)
                fn += sum(a and not b for a, b in pairs)
            scores[f"{label}_{level}"] = prf(tp, fp, fn)
    return scores


def bench_india(limit: int) -> tuple[dict[str, Any], list[tuple[str, str, str, dict[str, Any], int]]]:
    docs = data.load_india()
    docs = docs[:limit] if limit else docs
    held = [k for k, d in enumerate(docs) if held_half(d)]
    result: dict[str, Any] = {"n_docs": len(docs), "n_sents": sum(len(d["sents"]) for d in docs), "n_held": len(held)}
    for name in SYSTEMS:
        start = time.perf_counter()
        guesses = [predict(name, d) for d in docs]
        scores: dict[str, Any] = {"seconds": round(time.perf_counter() - start, 1), **_scores(docs, guesses)}
        scores["held"] = _scores([docs[k] for k in held], [guesses[k] for k in held])
        result[name] = scores
    rows = []
    for key, scored in (("india:sent", lambda s: result[s]), ("india:sent held", lambda s: result[s]["held"])):
        for label in LABELS:
            for part in ("p", "r"):
                n = scored("floor")[f"{label}_sent"]["tp"] + scored("floor")[f"{label}_sent"]["fn"]
                rows.append((key, f"{label} {'precision' if part == 'p' else 'recall'}", "",
                             {s: scored(s)[f"{label}_sent"][part] for s in SYSTEMS}, n))
    for label in LABELS:
        n = result["floor"][f"{label}_doc"]["tp"] + result["floor"][f"{label}_doc"]["fn"]
        rows.append(("india:doc", f"{label} F1", "", {s: result[s][f"{label}_doc"]["f1"] for s in SYSTEMS}, n))
    return result, rows


# --- speed -----------------------------------------------------------------------------------------

def article_texts(limit: int) -> list[str]:
    """IndiaPoliceEvents documents of 500–700 words: real dateline-bearing articles of ~600 words."""
    docs = [d for d in data.load_india() if 500 <= len(d["text"].split()) <= 700]
    return [d["text"] for d in docs[: (limit or 40)]]


def _bare_spacy(spacy: Any, names: tuple[str, ...]) -> Any:
    """The English model exactly as its package ships it."""
    for name in names:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise SystemExit("no English spaCy model installed")


def _parse_rate(nlp: Any, texts: list[str]) -> float:
    """Articles per CPU-second of a bare parse, one text at a time as the pipeline is timed."""
    nlp(texts[0])
    cpu = time.process_time()
    for text in texts:
        nlp(text)
    return round(len(texts) / (time.process_time() - cpu), 2)


def bench_speed(limit: int, speed: dict[str, float]) -> tuple[dict[str, Any], list[tuple[str, str, str, dict[str, Any], int]]]:
    """Articles per second of code_text and of extract+enrich+code from bytes, one process, one thread.

    The anchor is a bare parse by the same spaCy model as shipped (its own components, nothing of
    ours), timed before and after eventwire on the same texts: the machine's speed varies from day
    to day (the same model parsed 8.8 such articles a CPU-second when issue 3 was written, 4.7-5.2
    on 2026-11-26), so the ratio to it is the figure that compares across days.
    """
    import spacy

    from eventwire.coding import code_article, code_text
    from eventwire.nlp import annotate
    from eventwire.nlp.parse import MODEL_NAMES
    from eventwire.pipeline import extract_raw
    from eventwire.records import RawDocument

    texts = article_texts(limit)
    words = sum(len(t.split()) for t in texts) / max(len(texts), 1)

    def full(text: str) -> object:
        article = extract_raw(RawDocument(source="bench.txt", data=text.encode("utf-8")))
        return code_article(annotate(article)) if article.status == "ok" else []

    from eventwire.coding import type_model

    # the coder as configured, and with the embedding type model on when it is installed,
    # alternating so that both see the same load on a shared machine
    configs = {"eventwire": None, **({"ew+embed": True} if type_model.installed() else {})}
    rates: dict[str, dict[str, float]] = {}
    wall: dict[str, dict[str, float]] = {}
    bare = _bare_spacy(spacy, MODEL_NAMES)
    anchor = [_parse_rate(bare, texts)]
    for label, func in (("code_text", lambda t: code_text(t, published="2002-03-10")), ("extract+enrich+code", full)):
        for system, setting in configs.items():
            type_model.set_enabled(setting)
            try:
                func(texts[0])
                start, cpu = time.perf_counter(), time.process_time()
                for t in texts:
                    func(t)
                rates.setdefault(label, {})[system] = round(len(texts) / (time.process_time() - cpu), 2)
                wall.setdefault(label, {})[system] = round(len(texts) / (time.perf_counter() - start), 2)
            finally:
                type_model.set_enabled(None)
    anchor.append(_parse_rate(bare, texts))
    spacy_rate = round(sum(anchor) / len(anchor), 2)
    ratios = {label: {system: round(rate / spacy_rate, 2) for system, rate in by_system.items()}
              for label, by_system in rates.items()}
    result = {"articles": len(texts), "mean_words": round(words), "articles_per_cpu_s": rates,
              "bare_spacy_articles_per_cpu_s": anchor, "ratio_to_bare_spacy": ratios,
              "articles_per_wall_s": wall, "load_avg": os.getloadavg(),
              "gsr_sentences_per_cpu_s": {k: round(v, 1) for k, v in speed.items() if k != "n"}}
    rows = [("speed", f"articles/CPU-s {k} (~{round(words)} words)", "≥5" if k.startswith("extract") else "",
             v, len(texts)) for k, v in rates.items()]
    rows.append(("speed", "articles/CPU-s, bare spaCy sm parse (anchor, before/after)", "",
                 {"eventwire": spacy_rate}, len(texts)))
    rows += [("speed", f"{k} ÷ bare spaCy parse", "≥0.57 (5 vs 8.8)" if k.startswith("extract") else "", v,
              len(texts)) for k, v in ratios.items()]
    if speed:
        rows.append(("speed", "GSR sentences/CPU-s", "", {k: round(v, 1) for k, v in speed.items() if k != "n"},
                     int(speed.get("n", 0))))
    return result, rows
