"""Scaling: ``eventwire run -j 1`` vs ``-j 2``, and the Spark job on ``local[1]`` vs ``local[2]``.

    python bench/scale.py                    # 400 generated pages, 4 WARC files
    python bench/scale.py --pages 1000 --archives 8
    python bench/scale.py --skip-spark       # only the local runs
    python bench/scale.py --articles 189     # real ~600-word news articles instead (IndiaPoliceEvents)
    python bench/scale.py --articles 189 --skip-spark --marginal   # also the rate once the workers run

The pages are the tests' generated news pages (tests/sources_pages.py), written once as HTML
files for ``eventwire run`` and as WARC archives (with Common Crawl's request and metadata
records around each page) for Spark. Those pages are short (four to six sentences); with
``--articles N`` the pages are instead the first N IndiaPoliceEvents articles of 500–700 words
(read from ../shared/bench at run time, as bench/events.py's speed figure does), one paragraph a
``<p>`` in the same page template, so the work per page is that of real news. Both go through
the real extract → enrich → code stages with the built-in coder. Each configuration runs as its
own process, so each figure includes what a user waits for: starting Python, loading the models
in every worker or executor, and for Spark starting the JVM. Spark's own log line ("done in")
gives the job time without the JVM.

``--marginal`` also runs ``eventwire run`` on the first half of the pages alone: the extra pages
of the whole run over the extra seconds it took is the rate once the workers have started, what a
run over thousands of pages settles at (start-up is then paid once, not per page).

The machine is shared: the load average is recorded before and after each measurement, and the
CPU time is printed beside the wall time: for ``eventwire run`` that of the child processes
(the ``-j`` workers included); for Spark the driver's Python plus the job's ``task_cpu_ms``
counter (its Python workers' CPU, which the JVM does not hand back to us), the JVM's own CPU
left out. Ratios are speed-ups: time with one worker / time with two. On a loaded machine the
wall-time ratios say little; the CPU ratio (CPU with two / CPU with one) still says what the
second worker costs, and "cores" (CPU / wall) how much of the machine the run actually got: two
workers can only be faster when the machine gives them more than one core between them.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from sources_pages import Page, make_pages, write_warc  # noqa: E402


def article_pages(n: int) -> list[Page]:
    """Real news articles of ~600 words (IndiaPoliceEvents, ../shared/bench) in the tests' page template."""
    sys.path.insert(0, str(ROOT / "bench"))
    from events_india import article_texts

    pages = []
    for i, text in enumerate(article_texts(10**6)[:n]):
        paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
        title = " ".join(paragraphs[-1].split()[:8]) if paragraphs else f"article {i}"
        pages.append(Page(slug=f"article-{i:05d}", title=title, published=f"2024-03-{1 + i % 27:02d}T08:00:00Z",
                          sentences=paragraphs))
    return pages


def measure(command: list[str], env: dict[str, str] | None = None) -> dict[str, float | str]:
    """Wall time, children's CPU time and load averages of one command; fails loudly."""
    before_cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - started
    after_cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    cpu = (after_cpu.ru_utime - before_cpu.ru_utime) + (after_cpu.ru_stime - before_cpu.ru_stime)
    job = re.search(r"done in ([\d.]+) s", done.stderr)
    tasks = re.search(r"task_cpu_ms = (\d+)", done.stderr)  # the Spark job's Python workers
    cpu += int(tasks.group(1)) / 1000 if tasks else 0.0
    return {"wall_s": round(wall, 1), "cpu_s": round(cpu, 1), "job_s": float(job.group(1)) if job else None,
            "load_before": round(load_before, 2), "load_after": round(os.getloadavg()[0], 2),
            "tail": done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ""}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=400)
    parser.add_argument("--archives", type=int, default=4, help="WARC files the pages are split into")
    parser.add_argument("--articles", type=int, default=0,
                        help="use this many real ~600-word articles (at most 189) instead of generated pages")
    parser.add_argument("--skip-spark", action="store_true")
    parser.add_argument("--skip-local", action="store_true")
    parser.add_argument("--marginal", action="store_true",
                        help="also run the first half alone: the rate once the workers have started")
    args = parser.parse_args()

    pages = article_pages(args.articles) if args.articles else make_pages(args.pages, seed=2024)
    args.pages = len(pages)
    results: dict[str, dict] = {}
    env = {**os.environ}
    env.pop("EVENTWIRE_DB", None)
    with tempfile.TemporaryDirectory(prefix="eventwire-scale-") as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        for page in pages:
            (folder / f"{page.slug}.html").write_text(page.html(), encoding="utf-8")
        manifest = Path(tmp) / "manifest.txt"
        names = []
        per = -(-len(pages) // args.archives)
        for k in range(args.archives):
            path = Path(tmp) / f"CC-NEWS-bench-{k:05d}.warc.gz"
            write_warc(path, pages[k * per:(k + 1) * per])
            names.append(str(path))
        manifest.write_text("\n".join(names) + "\n")

        half = Path(tmp) / "half"
        if args.marginal:
            half.mkdir()
            for page in pages[:len(pages) // 2]:
                (half / f"{page.slug}.html").write_text(page.html(), encoding="utf-8")
        if not args.skip_local:
            for jobs in (1, 2):
                for label, source in ((f"run -j {jobs}", folder), (f"run -j {jobs}, first half", half)):
                    if source == half and not args.marginal:
                        continue
                    db = Path(tmp) / f"{label.replace(' ', '').replace(',', '-')}.duckdb"
                    results[label] = measure([sys.executable, "-m", "eventwire", "run", str(source), "-j",
                                              str(jobs), "--db", str(db)], env)
                    print(f"{label}: {results[label]}", file=sys.stderr)
        if not args.skip_spark:
            for cores in (1, 2):
                out = Path(tmp) / f"spark{cores}"
                results[f"spark local[{cores}]"] = measure(
                    [sys.executable, "-m", "eventwire.spark", "--input", str(manifest), "--output", str(out),
                     "--master", f"local[{cores}]"], env)
                print(f"spark local[{cores}]: {results[f'spark local[{cores}]']}", file=sys.stderr)

    ratios = {}
    if "run -j 1" in results:
        one, two = results["run -j 1"], results["run -j 2"]
        ratios["run -j 2 speed-up (wall)"] = round(one["wall_s"] / two["wall_s"], 2)
        ratios["run -j 2 CPU cost (CPU j2 / j1)"] = round(two["cpu_s"] / one["cpu_s"], 2)
    marginal = {}
    for jobs in (1, 2):
        whole, first = results.get(f"run -j {jobs}"), results.get(f"run -j {jobs}, first half")
        if whole and first and whole["wall_s"] > first["wall_s"]:
            extra = args.pages - len(pages) // 2
            marginal[f"run -j {jobs}"] = round(extra / (whole["wall_s"] - first["wall_s"]), 2)
            ratios[f"run -j {jobs} once started, pages/s (extra pages / extra wall s)"] = marginal[f"run -j {jobs}"]
    if len(marginal) == 2:
        ratios["run -j 2 speed-up once started"] = round(marginal["run -j 2"] / marginal["run -j 1"], 2)
    if "spark local[1]" in results:
        one, two = results["spark local[1]"], results["spark local[2]"]
        ratios["spark local[2] speed-up (wall)"] = round(one["wall_s"] / two["wall_s"], 2)
        if one["job_s"] and two["job_s"]:
            ratios["spark local[2] speed-up (job)"] = round(one["job_s"] / two["job_s"], 2)
        ratios["spark local[2] CPU cost (CPU 2 / 1)"] = round(two["cpu_s"] / one["cpu_s"], 2)
    report = {"date": date.today().isoformat(), "command": " ".join(["python", "bench/scale.py", *sys.argv[1:]]),
              "pages": args.pages, "kind": "real articles" if args.articles else "generated pages",
              "words_per_page": round(sum(len(" ".join(p.sentences).split()) for p in pages) / len(pages)),
              "archives": args.archives,
              "cpus": os.cpu_count(), "results": results, "ratios": ratios}
    print(f"\n{args.pages} {report['kind']} of ~{report['words_per_page']} words ({args.archives} archives for "
          f"Spark), {os.cpu_count()} CPUs")
    print(f"{'configuration':<24} {'wall s':>8} {'job s':>7} {'CPU s':>7} {'cores':>6} {'pages/s':>8}  "
          "load before/after")
    for name, r in results.items():
        count = len(pages) // 2 if name.endswith("first half") else args.pages
        print(f"{name:<24} {r['wall_s']:>8} {r['job_s'] or '-':>7} {r['cpu_s']:>7} "
              f"{r['cpu_s'] / r['wall_s']:>6.2f} {count / r['wall_s']:>8.2f}  "
              f"{r['load_before']}/{r['load_after']}")
    for name, value in ratios.items():
        print(f"{name}: {value}")
    out_dir = ROOT / "bench" / "out"
    out_dir.mkdir(exist_ok=True)
    target = out_dir / f"scale-{time.strftime('%Y-%m-%dT%H%M')}.json"  # one a run: a shared machine needs several
    target.write_text(json.dumps(report, indent=2))
    print(f"written to {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
