"""Quantity extraction scored on our own gold set, dev and held-out side by side.

    .venv/bin/python bench/quantities.py                       # dev and test figures
    .venv/bin/python bench/quantities.py --errors              # also list dev errors (never test)
    .venv/bin/python bench/quantities.py --quantulum /tmp/q3/bin/python   # + quantulum3 anchor
    .venv/bin/python bench/quantities.py --newsquant FILE.jsonl          # + an outside sample

Gold: ``bench/data/quantities_gold.jsonl``, 130 news-style sentences written for eventwire (no
benchmark or seed text), covering digits, number words, scales, currencies, ranges, hedges,
victim predicates and negatives (dates, times, ages, names, phone numbers, scores). Every third
sentence is ``split: test``, held out: the extractor was tuned only while looking at dev errors.
The annotation conventions are the ones in ``eventwire.nlp.quantities``' docstring.

Scoring, per sentence, a system quantity matches a gold one when the values agree (relative
tolerance 1e-6), each gold used once: value P/R/F1; value+unit additionally needs the same unit.
On value matches we also report how often ``approximate``, ``low``/``high`` and the exact text
agree. The quantulum3 anchor (MIT) runs in its own interpreter because it must not share a venv
with scikit-learn (research note §4.3); its units map to ours where they can (currency → ISO code,
percentage → percent, dimensionless → "").

Because one person wrote both the gold and the rules, the held-out split guards against tuning but
not against shared blind spots. ``--newsquant`` scores value P/R/F1 on sentences of NewsQuant (CQE
evaluation set, general news; no licence, so it is never copied into the repository: pass a local
JSONL of ``{"text", "quantities": [{"value", "unit"}]}``). Its conventions differ from ours (it
counts durations, ages, "one of the …", fractions; "millions of" is a 1e6–1e7 range), so it is
reported raw and "in scope" (gold durations and ages removed).
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.nlp.parse import parse_many
from eventwire.nlp.quantities import find_quantities

HERE = Path(__file__).resolve().parent
GOLD = HERE / "data" / "quantities_gold.jsonl"
OUT = HERE / "out"

QUANTULUM_SCRIPT = r"""
import json, sys
from quantulum3 import parser
for line in sys.stdin:
    text = json.loads(line)
    out = []
    for q in parser.parse(text):
        unit = q.unit
        if unit.entity.name == "currency":
            name = unit.name
            code = getattr(unit, "currency_code", None) or {"pound sterling": "GBP", "euro": "EUR",
                "dollar": "USD", "united states dollar": "USD", "yen": "JPY", "russian ruble": "RUB"}.get(name, name)
        elif unit.entity.name == "dimensionless":
            code = "percent" if unit.name == "percentage" else ""
        else:
            code = unit.name
        low = high = None
        if q.uncertainty:
            low, high = q.value - q.uncertainty, q.value + q.uncertainty
        out.append({"text": q.surface, "value": q.value, "unit": code, "low": low, "high": high,
                    "approximate": False})
    print(json.dumps(out))
"""


@dataclass
class Tally:
    """Counts for one system on one split."""

    gold: int = 0
    found: int = 0
    value_hits: int = 0
    unit_hits: int = 0
    approx_agree: int = 0
    bounds_agree: int = 0
    text_agree: int = 0
    errors: list[str] = field(default_factory=list)

    def prf(self, hits: int) -> tuple[float, float, float]:
        p = hits / self.found if self.found else 0.0
        r = hits / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def summary(self) -> dict[str, Any]:
        vp, vr, vf = self.prf(self.value_hits)
        up, ur, uf = self.prf(self.unit_hits)
        share = (lambda n: round(n / self.value_hits, 3) if self.value_hits else 0.0)
        return {
            "gold": self.gold, "found": self.found,
            "value_p": round(vp, 3), "value_r": round(vr, 3), "value_f1": round(vf, 3),
            "value_unit_p": round(up, 3), "value_unit_r": round(ur, 3), "value_unit_f1": round(uf, 3),
            "approximate_agree": share(self.approx_agree), "bounds_agree": share(self.bounds_agree),
            "text_exact": share(self.text_agree),
        }


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def score_sentence(tally: Tally, record: dict[str, Any], got: list[dict[str, Any]]) -> None:
    gold = list(record["quantities"])
    tally.gold += len(gold)
    tally.found += len(got)
    unused = list(range(len(gold)))
    for q in got:
        match = next((i for i in unused if _same(q["value"], gold[i]["value"]) and q["unit"] == gold[i]["unit"]), None)
        if match is None:
            match = next((i for i in unused if _same(q["value"], gold[i]["value"])), None)
        if match is None:
            tally.errors.append(f"{record['id']} spurious {q['text']!r} = {q['value']} {q['unit']!r}")
            continue
        unused.remove(match)
        g = gold[match]
        tally.value_hits += 1
        if q["unit"] == g["unit"]:
            tally.unit_hits += 1
        else:
            tally.errors.append(f"{record['id']} unit {q['text']!r}: got {q['unit']!r}, gold {g['unit']!r}")
        tally.approx_agree += q["approximate"] == g["approximate"]
        tally.bounds_agree += _same(q["low"], g["low"]) and _same(q["high"], g["high"])
        tally.text_agree += q["text"] == g["text"]
    for i in unused:
        g = gold[i]
        tally.errors.append(f"{record['id']} missed {g['text']!r} = {g['value']} {g['unit']!r}")


def eventwire_system(texts: list[str]) -> list[list[dict[str, Any]]]:
    return [[q.__dict__ for q in find_quantities(doc)] for doc in parse_many(texts)]


def quantulum_system(python: str) -> Callable[[list[str]], list[list[dict[str, Any]]]]:
    def run(texts: list[str]) -> list[list[dict[str, Any]]]:
        feed = "".join(json.dumps(t) + "\n" for t in texts)
        done = subprocess.run([python, "-c", QUANTULUM_SCRIPT], input=feed, capture_output=True,
                              text=True, check=True)
        return [json.loads(line) for line in done.stdout.splitlines()]
    return run


def evaluate(records: list[dict[str, Any]], system: Callable[[list[str]], list[list[dict[str, Any]]]]) -> dict[str, Tally]:
    outputs = system([r["text"] for r in records])
    tallies = {"dev": Tally(), "test": Tally()}
    for record, got in zip(records, outputs):
        score_sentence(tallies[record["split"]], record, got)
    return tallies


_OUT_OF_SCOPE_UNITS = re.compile(
    r"^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|year-old|-)$", re.I)


def newsquant_scores(path: Path, system: Callable[[list[str]], list[list[dict[str, Any]]]]) -> dict[str, Any]:
    """Value P/R/F1 on an outside sample, raw and without gold durations and ages."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    outputs = system([r["text"] for r in records])
    scores: dict[str, Any] = {"sentences": len(records)}
    for label, keep in (("raw", lambda q: True), ("in_scope", lambda q: not _OUT_OF_SCOPE_UNITS.match(q["unit"]))):
        tally = Tally()
        for record, got in zip(records, outputs):
            gold = [q for q in record["quantities"] if keep(q)]
            tally.gold += len(gold)
            tally.found += len(got)
            unused = [g["value"] for g in gold]
            for q in got:
                hit = next((v for v in unused if _same(q["value"], v)), None)
                if hit is not None:
                    unused.remove(hit)
                    tally.value_hits += 1
        p, r, f = tally.prf(tally.value_hits)
        scores[label] = {"gold": tally.gold, "found": tally.found, "value_p": round(p, 3),
                         "value_r": round(r, 3), "value_f1": round(f, 3)}
    return scores


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--errors", action="store_true", help="list eventwire's dev-split errors")
    ap.add_argument("--quantulum", metavar="PYTHON", help="interpreter with quantulum3 installed")
    ap.add_argument("--newsquant", metavar="JSONL", type=Path, help="a local NewsQuant sample (never committed)")
    args = ap.parse_args()
    records = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    systems: dict[str, Callable[[list[str]], list[list[dict[str, Any]]]]] = {"eventwire": eventwire_system}
    if args.quantulum:
        systems["quantulum3"] = quantulum_system(args.quantulum)
    results: dict[str, Any] = {"date": date.today().isoformat(), "machine": platform.platform(),
                               "sentences": {s: sum(r["split"] == s for r in records) for s in ("dev", "test")}}
    header = f"{'system':<11} {'split':<5} {'gold':>4} {'found':>5}  {'val P':>5} {'val R':>5} {'val F1':>6}  " \
             f"{'v+u F1':>6}  {'approx':>6} {'bounds':>6} {'text':>5}"
    print(header)
    for name, system in systems.items():
        tallies = evaluate(records, system)
        results[name] = {split: t.summary() for split, t in tallies.items()}
        for split, tally in tallies.items():
            s = tally.summary()
            print(f"{name:<11} {split:<5} {s['gold']:>4} {s['found']:>5}  {s['value_p']:>5.3f} {s['value_r']:>5.3f} "
                  f"{s['value_f1']:>6.3f}  {s['value_unit_f1']:>6.3f}  {s['approximate_agree']:>6.3f} "
                  f"{s['bounds_agree']:>6.3f} {s['text_exact']:>5.3f}")
        if args.errors and name == "eventwire":
            print("\n".join(f"  {e}" for e in tallies["dev"].errors))
    if args.newsquant:
        print(f"\nNewsQuant sample ({args.newsquant.name}): value P/R/F1, raw and without gold durations/ages")
        for name, system in systems.items():
            nq = results.setdefault("newsquant", {})[name] = newsquant_scores(args.newsquant, system)
            for label in ("raw", "in_scope"):
                s = nq[label]
                print(f"{name:<11} {label:<8} gold {s['gold']:>3} found {s['found']:>3}  P {s['value_p']:.3f} "
                      f"R {s['value_r']:.3f} F1 {s['value_f1']:.3f}")
    OUT.mkdir(exist_ok=True)
    path = OUT / f"quantities-{results['date']}.json"
    path.write_text(json.dumps(results, indent=1))
    print(f"written {path.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
