"""TempEval-3 platinum, task A (time expressions): eventwire's time resolver next to dateparser.

    .venv/bin/python bench/time_te3.py [--errors dev] [--docs NAME...]

Reads ../shared/bench/time/TE3-platinum/*.tml at run time (nothing of it is copied here). Each
document's TimeML tags are stripped to plain text plus gold spans and values; the creation time
(the CREATION_TIME TIMEX in <DCT>) is the anchor both systems resolve against.

Scoring follows TE3 (UzZaman et al. 2013) as the research note (§3.3) describes it:
relaxed span match = any character overlap (one-to-one, greedy by overlap), strict = identical
offsets; value accuracy is counted over relaxed matches; value F1 = relaxed F1 x value accuracy.

The 20 documents are split alphabetically: the first 10 are the *dev* half the rules were written
and tuned against, the other 10 are *held-out* and were only scored. Figures are printed for dev,
held-out and all 20, in that order. ``--errors`` lists mistakes, by default for the dev half only.

dateparser (``search_dates``, ``languages=['en']``, ``RELATIVE_BASE`` = DCT) runs side by side as
the anchor; it returns datetimes, not TIMEX values, so its value counts as right when it equals the
gold value at the gold value's granularity (day, month or year) — a lenient upper bound for it.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

TE3 = Path(__file__).resolve().parents[2] / "shared" / "bench" / "time" / "TE3-platinum"
DEV_COUNT = 10

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*)>")
_ATTR = re.compile(r'([A-Za-z_]+)="([^"]*)"')


@dataclass
class Span:
    start: int
    end: int
    value: str | None
    text: str = ""
    kind: str = ""


@dataclass
class Document:
    name: str
    dct: date
    text: str
    gold: list[Span]


@dataclass
class Score:
    """Counts summed over documents; the rates are derived from them."""

    predicted: int = 0
    gold: int = 0
    relaxed: int = 0  # one-to-one overlapping pairs
    strict: int = 0
    value_right: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    def add(self, other: "Score") -> None:
        self.predicted += other.predicted
        self.gold += other.gold
        self.relaxed += other.relaxed
        self.strict += other.strict
        self.value_right += other.value_right
        self.seconds += other.seconds

    @staticmethod
    def _f1(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
        p = hits / predicted if predicted else 0.0
        r = hits / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def row(self) -> dict[str, float]:
        rp, rr, rf = self._f1(self.relaxed, self.predicted, self.gold)
        sp, sr, sf = self._f1(self.strict, self.predicted, self.gold)
        accuracy = self.value_right / self.relaxed if self.relaxed else 0.0
        return {"relaxed P": rp, "relaxed R": rr, "relaxed F1": rf, "strict F1": sf,
                "value acc": accuracy, "value F1": rf * accuracy}


def read_tml(path: Path) -> Document:
    """Plain text of <TEXT> with the gold TIMEX3 spans; the DCT from the CREATION_TIME TIMEX."""
    raw = path.read_text(encoding="utf-8")
    dct_match = re.search(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>', raw)
    if dct_match is None:
        raise ValueError(f"{path.name}: no CREATION_TIME")
    dct = date.fromisoformat(dict(_ATTR.findall(dct_match.group(0)))["value"][:10])
    body = raw[raw.index("<TEXT>") + len("<TEXT>"):raw.index("</TEXT>")]
    parts: list[str] = []
    length = 0
    gold: list[Span] = []
    open_timex: list[tuple[int, dict[str, str]]] = []
    position = 0
    for tag in _TAG.finditer(body):
        chunk = html.unescape(body[position:tag.start()])
        parts.append(chunk)
        length += len(chunk)
        position = tag.end()
        closing, name, attrs = tag.group(1), tag.group(2), tag.group(3)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex.append((length, dict(_ATTR.findall(attrs))))
        else:
            start, attributes = open_timex.pop()
            gold.append(Span(start, length, attributes.get("value"), kind=attributes.get("type", "")))
    parts.append(html.unescape(body[position:]))
    text = "".join(parts)
    for span in gold:
        span.text = text[span.start:span.end]
    return Document(path.stem, dct, text, gold)


# --- systems ------------------------------------------------------------------------------------

def eventwire_system() -> Callable[[Document], list[Span]]:
    from eventwire.nlp.parse import parse
    from eventwire.nlp.times import find_times

    find_times(parse("Warm-up on Friday, 2 March 2001, for three days."), date(2001, 3, 2))  # compile once

    def run(doc: Document) -> list[Span]:
        started = time.process_time()
        parsed = parse(doc.text)
        middle = time.process_time()
        found = find_times(parsed, doc.dct)
        run.parse_seconds += middle - started  # type: ignore[attr-defined]
        run.resolve_seconds += time.process_time() - middle  # type: ignore[attr-defined]
        return [Span(t.start, t.end, t.value, t.text, t.kind) for t in found]

    run.resolve_seconds = 0.0  # type: ignore[attr-defined]
    run.parse_seconds = 0.0  # type: ignore[attr-defined]
    return run


def dateparser_system() -> Callable[[Document], list[Span]]:
    from dateparser.search import search_dates

    def run(doc: Document) -> list[Span]:
        base = datetime(doc.dct.year, doc.dct.month, doc.dct.day, 12, 0)
        found = search_dates(doc.text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
        spans: list[Span] = []
        cursor = 0
        for surface, when in found:
            at = doc.text.find(surface, cursor)
            if at < 0:
                at = doc.text.find(surface)
                if at < 0:
                    continue
            else:
                cursor = at + len(surface)
            spans.append(Span(at, at + len(surface), when.strftime("%Y-%m-%d"), surface))
        return spans

    return run


def value_right(predicted: str | None, gold: str | None, lenient_dates: bool) -> bool:
    if predicted is None or gold is None:
        return False
    if predicted == gold:
        return True
    if lenient_dates and re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", gold):
        return predicted[:len(gold)] == gold
    return False


def score_document(doc: Document, predicted: list[Span], lenient_dates: bool) -> Score:
    """One-to-one matching: pairs taken greedily by overlap length, longest first."""
    score = Score(predicted=len(predicted), gold=len(doc.gold))
    pairs = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(doc.gold):
            overlap = min(p.end, g.end) - max(p.start, g.start)
            if overlap > 0:
                pairs.append((overlap, i, j))
    used_p: set[int] = set()
    used_g: set[int] = set()
    for _, i, j in sorted(pairs, reverse=True):
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        p, g = predicted[i], doc.gold[j]
        score.relaxed += 1
        score.strict += (p.start, p.end) == (g.start, g.end)
        if value_right(p.value, g.value, lenient_dates):
            score.value_right += 1
        else:
            score.errors.append(f"{doc.name}: VALUE {p.text!r}={p.value} gold {g.text!r}={g.value}")
    for i, p in enumerate(predicted):
        if i not in used_p:
            context = doc.text[max(0, p.start - 40):p.end + 40].replace("\n", " ")
            score.errors.append(f"{doc.name}: EXTRA {p.text!r}={p.value}  …{context}…")
    for j, g in enumerate(doc.gold):
        if j not in used_g:
            context = doc.text[max(0, g.start - 40):g.end + 40].replace("\n", " ")
            score.errors.append(f"{doc.name}: MISS {g.text!r}={g.value} ({g.kind})  …{context}…")
    return score


def evaluate(system: Callable[[Document], list[Span]], docs: list[Document], lenient: bool) -> Score:
    total = Score()
    for doc in docs:
        started = time.perf_counter()
        predicted = system(doc)
        elapsed = time.perf_counter() - started
        one = score_document(doc, predicted, lenient)
        one.seconds = elapsed
        total.add(one)
        total.errors.extend(one.errors)
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--errors", choices=["dev", "held-out", "all"], help="list mistakes")
    parser.add_argument("--no-dateparser", action="store_true", help="skip the dateparser anchor")
    args = parser.parse_args(argv)
    if not TE3.is_dir():
        print(f"TE3 platinum not found at {TE3}", file=sys.stderr)
        return 2
    docs = [read_tml(p) for p in sorted(TE3.glob("*.tml"))]
    splits = {"dev": docs[:DEV_COUNT], "held-out": docs[DEV_COUNT:], "all": docs}
    ours = eventwire_system()
    systems: list[tuple[str, Callable[[Document], list[Span]], bool]] = [("eventwire", ours, False)]
    if not args.no_dateparser:
        systems.append(("dateparser", dateparser_system(), True))
    header = ["relaxed P", "relaxed R", "relaxed F1", "strict F1", "value acc", "value F1"]
    print(f"TE3 platinum: {len(docs)} docs, {sum(len(d.gold) for d in docs)} gold TIMEX3 "
          f"(dev = first {DEV_COUNT} alphabetically: {', '.join(d.name for d in splits['dev'])})")
    print(f"{'split':9} {'system':11} {'pred':>5} {'gold':>5} " + " ".join(f"{h:>10}" for h in header) + "   time")
    scores: dict[tuple[str, str], Score] = {}
    for split, members in splits.items():
        for name, system, lenient in systems:
            if split == "all":
                score = Score()
                for part in ("dev", "held-out"):
                    score.add(scores[(part, name)])
                    score.errors.extend(scores[(part, name)].errors)
            else:
                score = evaluate(system, members, lenient)
            scores[(split, name)] = score
            row = score.row()
            print(f"{split:9} {name:11} {score.predicted:5d} {score.gold:5d} "
                  + " ".join(f"{100 * row[h]:10.1f}" for h in header) + f"   {score.seconds:.2f}s")
    words = sum(len(d.text.split()) for d in docs)
    resolve = ours.resolve_seconds  # type: ignore[attr-defined]
    parsing = ours.parse_seconds  # type: ignore[attr-defined]
    print(f"CPU time per 600 words ({words} words in all): find_times {1000 * resolve / words * 600:.2f} ms, "
          f"next to the spaCy parse it reads {1000 * parsing / words * 600:.1f} ms")
    if args.errors:
        for line in scores[(args.errors, "eventwire")].errors:
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
