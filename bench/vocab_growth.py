"""Does a long-running process forget the words it parsed?  spaCy's vocabulary over real pages.

    python bench/vocab_growth.py --pages 400               # the pipeline as shipped
    python bench/vocab_growth.py --pages 400 --bare        # enrich + code without the block
    python bench/vocab_growth.py --pages 400 --compare     # both, one process; events equal?

Why: spaCy keeps every word it meets (a string and a lexeme) for the life of the process. A
server, ``watch`` or a run over millions of pages would grow without end. The pipeline parses
each batch inside :func:`eventwire.nlp.parse.transient_vocabulary`; this script codes the HTML
pages of the extraction benchmarks (Zyte-AEB, then trafilatura-eval: real news, so real new
names and numbers) through ``process_articles`` and prints, every ``--every`` pages, how many
strings and lexemes the vocabulary gained since the first page, the lemmatizer's cache and the
process's resident memory. ``--bare`` runs the same stages without the block (the behaviour
before it), and ``--compare`` runs both and checks they give the same events, which is what
says the block changes nothing but memory.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT.parent / "shared" / "bench" / "extraction"


def pages(limit: int) -> list[str]:
    """HTML of the benchmark pages, Zyte-AEB first, at most ``limit``."""
    found: list[str] = []
    for name in ("zyte-aeb", "trafilatura-eval"):
        with gzip.open(BENCH / name / "pages.jsonl.gz", "rt", encoding="utf-8") as lines:
            for line in lines:
                found.append(json.loads(line)["html"])
                if len(found) >= limit:
                    return found
    return found


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * 4096 / 2**20


def lexemes(nlp: object) -> int:
    """Lexemes held (``len(vocab)`` is a counter of those ever added, not of those kept)."""
    return sum(1 for _ in nlp.vocab)  # type: ignore[attr-defined]


def measure(limit: int, every: int, bare: bool) -> dict[str, object]:
    """Code the pages one batch of 16 at a time; the vocabulary and memory every ``every`` pages."""
    from eventwire.coding import code_article
    from eventwire.nlp import annotate_many
    from eventwire.nlp.parse import _warmed_pipeline
    from eventwire.pipeline import extract_raw, process_articles
    from eventwire.records import RawDocument

    nlp = _warmed_pipeline()
    lemmatizer = dict(nlp.pipeline).get("lemmatizer")
    articles = [extract_raw(RawDocument(source=f"page-{i}", data=html.encode("utf-8")))
                for i, html in enumerate(pages(limit))]
    strings0, lexemes0 = len(nlp.vocab.strings), lexemes(nlp)
    digest = hashlib.sha256()
    rows: list[dict[str, float]] = []
    per_page: list[str] = []
    started = time.process_time()
    for first in range(0, len(articles), 16):
        batch = articles[first:first + 16]
        if bare:
            readable = [a for a in batch if a.ok]
            events = [[e.to_dict() for e in code_article(record)] for record in annotate_many(readable)]
        else:
            events = [[e.to_dict() for e in done.events] for done in process_articles(batch) if done.article.ok]
        for found in events:
            page_digest = hashlib.sha256(json.dumps(found, sort_keys=True, default=str).encode()).hexdigest()
            digest.update(page_digest.encode())
            per_page.append(page_digest[:12])
        done_pages = first + len(batch)
        if done_pages % every == 0 or done_pages == len(articles):
            rows.append({"pages": done_pages, "strings": len(nlp.vocab.strings) - strings0,
                         "lexemes": lexemes(nlp) - lexemes0,
                         "lemma_cache": len(getattr(lemmatizer, "cache", {}) or {}), "rss_mb": round(rss_mb())})
            print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
    return {"mode": "bare" if bare else "pipeline", "pages": len(articles), "cpu_s": round(time.process_time() - started, 1),
            "events_sha256": digest.hexdigest(), "per_page": per_page, "growth": rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=400)
    parser.add_argument("--every", type=int, default=48, help="Pages between two readings (a multiple of 16).")
    parser.add_argument("--bare", action="store_true", help="Enrich and code without the transient block.")
    parser.add_argument("--compare", action="store_true", help="Run both modes and compare their events.")
    args = parser.parse_args()
    if not args.compare:
        print(json.dumps(measure(args.pages, args.every, args.bare), indent=1))
        return
    # One process, one copy of the code: the block first, while the vocabulary is as loaded, then
    # the same pages bare (its growth is counted from its own start).
    results = [measure(args.pages, args.every, bare) for bare in (False, True)]
    for result in results:
        last = result["growth"][-1]
        print(f"{result['mode']:>8}: {result['pages']} pages, {result['cpu_s']} CPU-s; vocabulary "
              f"+{last['strings']:,} strings, +{last['lexemes']:,} lexemes; lemma cache {last['lemma_cache']:,}; "
              f"RSS {result['growth'][0]['rss_mb']} -> {last['rss_mb']} MB")
    same = results[0]["events_sha256"] == results[1]["events_sha256"]
    differ = [i for i, (a, b) in enumerate(zip(results[0]["per_page"], results[1]["per_page"])) if a != b]
    print("events identical in both modes:", same, f"(pages that differ: {differ[:20]})" if differ else "")
    out = ROOT / "bench" / "out" / f"vocab-growth-{time.strftime('%Y-%m-%d')}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"results": results, "identical": same}, indent=1))
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
