"""Where eventwire's HTML metadata (title, date, authors) misses on trafilatura-eval, page by page.

    .venv/bin/python bench/metadata_errors.py                      # dev scores, no page listing
    .venv/bin/python bench/metadata_errors.py --field date --show  # list the dev date failures
    .venv/bin/python bench/metadata_errors.py --split held         # held-out scores (never list them
                                                                   # while developing rules)

Split (the same as ``bench/extraction.py --split``): the 851 pages with metadata gold, ``dev`` =
even page ids (rules are developed looking at these), ``held`` = odd ids (only scored). Nothing
from the benchmark is stored in the repository: pages and gold are read from ``../shared`` and
printed at run time only. The extracted body (trafilatura, the slow part) is cached in
``bench/out/`` (git-ignored), keyed by page id, a hash of the page and a hash of
``extract/html.py``, so a metadata rule change re-runs in well under a minute.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import pickle
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from metrics import authors_match, date_match, load, title_match  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
BODIES = OUT / "traf-eval-bodies.pkl"


def split_of(record: dict[str, Any]) -> str:
    """``dev`` for even page ids, ``held`` for odd ones (``traf0042`` -> dev)."""
    return "dev" if int(record["id"][4:]) % 2 == 0 else "held"


def metadata_records(split: str = "all") -> list[dict[str, Any]]:
    """trafilatura-eval pages that carry metadata gold, restricted to ``split`` (dev/held/all)."""
    records = [r for r in load("trafilatura-eval", "pages") if "title" in r]
    return [r for r in records if split == "all" or split_of(r) == split]


@functools.cache
def _body_code() -> str:
    """A hash of the body code (``extract/html.py``): a cached body is stale once it changes."""
    from eventwire.extract import html

    return hashlib.sha1(Path(html.__file__).read_bytes()).hexdigest()[:8]


def _key(record: dict[str, Any]) -> str:
    page = hashlib.sha1(record["html"].encode("utf-8", "replace")).hexdigest()[:12]
    return f"{record['id']}:{page}:{_body_code()}"


def bodies(records: list[dict[str, Any]]) -> dict[str, str]:
    """The HTML path's body text per page (cached: it does not depend on the metadata rules)."""
    from trafilatura.utils import load_html

    from eventwire.extract.html import article_text

    cache: dict[str, str] = pickle.loads(BODIES.read_bytes()) if BODIES.exists() else {}
    missing = [r for r in records if _key(r) not in cache]
    for record in missing:
        tree = load_html(record["html"])
        cache[_key(record)] = article_text(tree if tree is not None else record["html"], url_of(record))
    if missing:
        OUT.mkdir(exist_ok=True)
        current = {key: text for key, text in cache.items() if key.endswith(":" + _body_code())}
        BODIES.write_bytes(pickle.dumps(current))
    return {r["id"]: cache[_key(r)] for r in records}


def url_of(record: dict[str, Any]) -> str | None:
    return record["url"] if record["url"].startswith("http") else None


def predict(records: list[dict[str, Any]]) -> list[Any]:
    """Metadata of each page, as the HTML path decides it (same parse, same body)."""
    from trafilatura.utils import load_html

    from eventwire.extract.metadata import metadata_from_signals
    from eventwire.extract.meta_page import read_page

    texts = bodies(records)
    return [metadata_from_signals(read_page(load_html(r["html"]), url_of(r)), body=texts[r["id"]]) for r in records]


def score_line(records: list[dict[str, Any]], parts: list[Any]) -> str:
    """title exact, date exact (spurious), author exact (invented) on ``records``."""
    out = []
    for field, match, attr in (("title", title_match, "title"), ("date", date_match, "published"),
                               ("author", authors_match, "authors")):
        hit = total = spur = empty = 0
        for record, part in zip(records, parts):
            value = getattr(part, attr)
            if record[field]:
                total += 1
                hit += bool(match(record[field], value))
            else:
                empty += 1
                spur += bool(value)
        text = f"{field} {hit / max(1, total):.3f} ({hit}/{total})"
        if field != "title":
            text += f" spurious {spur / max(1, empty):.3f} ({spur}/{empty})"
        out.append(text)
    return "  ".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=["dev", "held", "all"], default="dev")
    parser.add_argument("--field", choices=["title", "date", "author"], default="date")
    parser.add_argument("--show", action="store_true", help="list the failures of --field")
    args = parser.parse_args()
    records = metadata_records(args.split)
    start = time.perf_counter()
    parts = predict(records)
    print(f"{args.split} ({len(records)} pages, {time.perf_counter() - start:.0f}s): {score_line(records, parts)}")
    sources: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for record, part in zip(records, parts):
        if part.published:
            source = part.published_source or "?"
            sources[source if record["date"] else "spurious:" + source] += 1
            right[source] += date_match(record["date"], part.published) if record["date"] else 0
    print("date sources (right/returned):", ", ".join(f"{k} {right.get(k, 0)}/{v}" for k, v in sorted(sources.items())))
    if not args.show:
        return
    attr = {"title": "title", "date": "published", "author": "authors"}[args.field]
    match = {"title": title_match, "date": date_match, "author": authors_match}[args.field]
    for record, part in zip(records, parts):
        gold, value = record[args.field], getattr(part, attr)
        if (gold and not match(gold, value)) or (not gold and value):
            extra = f" [{part.published_source}]" if args.field == "date" and value else ""
            print(f"{record['id']}  gold {gold or '-'!r:40}  got {value!r}{extra}  {record['url'][:90]}")


if __name__ == "__main__":
    main()
