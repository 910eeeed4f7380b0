"""Extraction benchmark: eventwire next to its anchors, in one run, on both public benchmarks.

    .venv/bin/python bench/extraction.py                 # everything (about 3 minutes on 2 cores)
    .venv/bin/python bench/extraction.py --only zyte-dump,traf-dump --limit 50
    .venv/bin/python bench/extraction.py --only traf-html,traf-dump --split   # metadata dev/held-out

Rows (data in ../shared/bench/extraction, metrics in bench/metrics.py):
- zyte-html / traf-html: eventwire's HTML path (decode + trafilatura body + our metadata layer +
  language) against trafilatura alone (favor_precision, no comments, with metadata).
- zyte-dump / traf-dump: eventwire's dump extractor against keeping the whole dump and against
  trafilatura on the dump wrapped one ``<p>`` per line (the anchors' dump setting).
- metadata (title, date, authors) on the 851 trafilatura-eval pages with gold, from HTML and from
  dumps; "spurious" is the share of pages without a gold value where one was returned.
- speed: pages per second (wall clock and CPU time) on one core, each tool timed on the same pages
  in the same process; the load average at the start and end of the run is printed and saved.
- ``--split``: the body and metadata rows also for the development half of the trafilatura-eval
  pages (even page ids: body and metadata rules are written looking at these) and the held-out
  half (odd ids: only ever scored). ``bench/metadata_errors.py`` lists the development failures page by page.

The dump model is fitted on trafilatura-eval pages (distant labels from trafilatura, not the gold):
its traf-dump figures are in-sample pages, its zyte-dump figures are held out.
"""

from __future__ import annotations

import argparse
import html as html_lib
import json
import os
import platform
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from metadata_errors import split_of  # noqa: E402
from metrics import Score, load, metadata_score, segment_score, zyte_score  # noqa: E402

from eventwire.pipeline import ExtractOptions, extract_raw  # noqa: E402
from eventwire.records import Article, RawDocument  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
OPTIONS = ExtractOptions()


def ours(text: str, url: str | None) -> Article:
    """The whole eventwire extraction path, from bytes, as the CLI runs it."""
    url = url if url and url.startswith("http") else None
    return extract_raw(RawDocument(source="bench", data=text.encode("utf-8"), url=url), OPTIONS)


def trafilatura_alone(text: str, url: str | None) -> dict[str, Any]:
    import trafilatura

    doc = trafilatura.bare_extraction(text, url=url if url and url.startswith("http") else None,
                                      favor_precision=True, include_comments=False, with_metadata=True)
    if doc is None:
        return {"body": "", "title": None, "published": None, "authors": []}
    authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
    return {"body": doc.text or "", "title": doc.title, "published": doc.date, "authors": authors}


def as_html(dump: str) -> str:
    """A dump as the anchors saw it: one paragraph element per line, nothing else."""
    lines = "".join(f"<p>{html_lib.escape(line)}</p>" for line in dump.splitlines() if line.strip())
    return f"<html><body>{lines}</body></html>"


def timed(func: Callable[[str, str | None], Any], items: Sequence[tuple[str, str | None]]
          ) -> tuple[list[Any], float, float]:
    """Outputs and pages per second of wall clock and of CPU time (one process), after a warm-up
    on three pages. On the shared 2-core machine the CPU figure is the one to compare: wall
    clock also counts the time other engineers' jobs held the cores."""
    for text, url in items[:3]:
        func(text, url)  # imports and model loads are paid once per process, not per page
    start, cpu_start = time.perf_counter(), time.process_time()
    outputs = [func(text, url) for text, url in items]
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    return outputs, len(items) / elapsed if elapsed else float("inf"), len(items) / cpu if cpu else float("inf")


def body(x: Any) -> str:
    return x.body if isinstance(x, Article) else x["body"]


def meta_rows(records: Sequence[dict[str, Any]], outputs: Sequence[Any]) -> dict[str, Any]:
    preds = [x.to_dict() if isinstance(x, Article) else x for x in outputs]
    return {f: asdict(metadata_score(records, preds, f)) for f in ("title", "date", "author")}


def split_rows(records: Sequence[dict[str, Any]], outputs: Sequence[Any]) -> dict[str, Any]:
    """:func:`meta_rows` on the development half, the held-out half and all pages."""
    rows: dict[str, Any] = {}
    for split in ("dev", "held", "all"):
        keep = [i for i, r in enumerate(records) if split == "all" or split_of(r) == split]
        rows[split] = meta_rows([records[i] for i in keep], [outputs[i] for i in keep])
    return rows


def body_split(records: Sequence[dict[str, Any]], bodies: Sequence[str]) -> dict[str, Any]:
    """Body segment scores on the development half (even page ids, which body rules are fitted
    on), the held-out half (odd ids) and all pages; the same halves as the metadata split."""
    rows: dict[str, Any] = {}
    for split in ("dev", "held", "all"):
        keep = [i for i, r in enumerate(records) if split == "all" or split_of(r) == split]
        rows[split] = asdict(segment_score([records[i] for i in keep], [bodies[i] for i in keep]))
    return rows


def split_line(split: str, row: dict[str, Any]) -> str:
    """One line: title exact, date exact (spurious), author exact (invented)."""
    parts = []
    for field, m in row.items():
        text = f"{field} {m['exact']:.3f}/{m['pages']}"
        if m["spurious"] is not None:
            text += f" ({m['spurious']:.3f}/{m['empty_pages']})"
        parts.append(text)
    return f"{'':<10} {'':<22} {split:<5} " + "  ".join(parts)


def run_set(name: str, records: list[dict[str, Any]], text_key: str, tools: dict[str, Callable[[str, str | None], Any]],
            gold: str, split: bool = False) -> dict[str, Any]:
    items = [(r[text_key], r.get("url")) for r in records]
    result: dict[str, Any] = {"pages": len(records)}
    for tool, func in tools.items():
        outputs, speed, cpu_speed = timed(func, items)
        bodies = [body(o) for o in outputs]
        score: Score = zyte_score([r["gold_body"] for r in records], bodies) if gold == "zyte" else segment_score(records, bodies)
        row: dict[str, Any] = {**asdict(score), "pages_per_s": round(speed, 1), "pages_per_cpu_s": round(cpu_speed, 1),
                               "empty": sum(1 for b in bodies if not b.strip())}
        if gold == "segments":
            row["metadata"] = meta_rows(records, outputs)
        result[tool] = row
        print(f"{name:<10} {tool:<22} {score.row():<38} {speed:7.1f} pages/s ({cpu_speed:.1f}/CPU-s)  "
              f"empty {row['empty']}", flush=True)
        if gold == "segments" and split:
            row["body_split"] = body_split(records, bodies)
            print(f"{'':<10} {'':<22} body  " + "  ".join(f"{part} F1 {s['f1']:.4f} (P {s['precision']:.4f}, "
                                                           f"R {s['recall']:.4f})" for part, s in row["body_split"].items()))
        if "metadata" in row:
            for field, m in row["metadata"].items():
                spur = f"{m['spurious']:.3f}" if m["spurious"] is not None else "-"
                print(f"{'':<10} {'':<22} {field:<7} exact {m['exact']:.3f} on {m['pages']}  spurious {spur} on {m['empty_pages']}")
        if "metadata" in row and split:
            row["metadata_split"] = split_rows(records, outputs)
            for part, meta in row["metadata_split"].items():
                print(split_line(part, meta))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", default="zyte-html,traf-html,zyte-dump,traf-dump")
    parser.add_argument("--limit", type=int, default=0, help="first N pages of each set (0: all)")
    parser.add_argument("--split", action="store_true",
                        help="metadata also on the dev (even ids) and held-out (odd ids) trafilatura-eval pages")
    args = parser.parse_args()
    wanted = args.only.split(",")

    def take(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return records[: args.limit] if args.limit else records

    results: dict[str, Any] = {"date": date.today().isoformat(), "machine": f"{platform.node()} {platform.machine()} "
                               f"Python {platform.python_version()}", "load_start": os.getloadavg()}
    html_tools = {"eventwire": ours, "trafilatura_precision": trafilatura_alone}
    dump_tools = {"eventwire": ours, "whole_dump": lambda text, url: {"body": text},
                  "trafilatura_on_dump": lambda text, url: trafilatura_alone(as_html(text), url)}
    if "zyte-html" in wanted:
        results["zyte-html"] = run_set("zyte-html", take(load("zyte-aeb", "pages")), "html", html_tools, "zyte")
    if "traf-html" in wanted:
        results["traf-html"] = run_set("traf-html", take(load("trafilatura-eval", "pages")), "html", html_tools, "segments",
                                       args.split)
    if "zyte-dump" in wanted:
        results["zyte-dump"] = run_set("zyte-dump", take(load("zyte-aeb", "dumps")), "dump_text", dump_tools, "zyte")
    if "traf-dump" in wanted:
        results["traf-dump"] = run_set("traf-dump", take(load("trafilatura-eval", "dumps")), "dump_text", dump_tools, "segments",
                                       args.split)
    results["load_end"] = os.getloadavg()
    print(f"load average: start {results['load_start'][0]:.1f}, end {results['load_end'][0]:.1f}")
    OUT.mkdir(exist_ok=True)
    # One file a run (date and time): a later run the same day must not overwrite the figures
    # an earlier one reported.
    path = OUT / f"extraction-{results['date']}T{time.strftime('%H%M')}.json"
    path.write_text(json.dumps(results, indent=1))
    print(f"results: {path}")


if __name__ == "__main__":
    main()
