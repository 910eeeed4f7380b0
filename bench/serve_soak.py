"""Soak test of ``eventwire serve``: mixed reads and article submissions for minutes, memory sampled.

    python bench/serve_soak.py                          # 100,000 events, 8 readers, 1 submitter, 10 min
    python bench/serve_soak.py --minutes 2 --readers 4  # a short look

Why: a server left running for weeks must not grow. The real server (``eventwire serve --token``,
its own process, uvicorn on 127.0.0.1) runs over a copy of the synthetic store of
``bench/serve_load.py``. ``--readers`` closed-loop clients, each pausing ``--think`` seconds on
average between requests, send a mix of every read route: the API's event pages with filters,
single events, articles, stories, timelines, maps, CSV exports, and the HTML pages. One submitter
POSTs a new article every ``--submit-every`` seconds (text written here from templates: dateline,
who did what to whom) and re-sends every fifth one it already sent, which must come back as
"already stored" and add nothing.

Figures: per route latency (p50/p95) and status codes, requests per second, errors; submissions
created / already stored / failed; the store checked afterwards (articles added equal the new
pages sent; no event or article id twice); and the server's resident memory (VmRSS) sampled every
``--sample`` seconds, with the least-squares slope in MB per minute after the first two minutes
(caches fill at the start) and the growth from minute 2 to the end; the same slope less what the
caches hold (answers, records and DuckDB's block cache, from ``/api/ingest``), which is what a leak
would show in.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import secrets
import shutil
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import quote, urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from serve_load import OUT, Client, _cpu_seconds, _pct, cache_stats, query, start_server, synthetic_store  # noqa: E402

from eventwire import open_store  # noqa: E402
from eventwire.store.query import country_table  # noqa: E402
from eventwire.store.synthetic import COUNTRIES  # noqa: E402

# Our own sentence templates for submitted pages: who did what to whom, a number, a place.
DEEDS = ("{a} troops shelled positions held by {b} forces near the border on {day}, killing {n} soldiers.",
         "The government of {a} imposed sanctions on {n} officials from {b} on {day}.",
         "Ministers from {a} met their counterparts from {b} in Geneva on {day} to discuss a ceasefire.",
         "{a} accused {b} of sending {n} drones across the frontier on {day}.",
         "Police in {a} arrested {n} protesters outside the embassy of {b} on {day}.",
         "{a} pledged {n} million dollars in humanitarian aid to {b} on {day}.",
         "{a} said on {day} that it would not withdraw its {n} soldiers from {b}.")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def article_text(rng: random.Random, number: int) -> str:
    """A short wire story written from the templates; ``number`` makes each one unique."""
    table = country_table()
    names = {code: table[code]["name"] for code in COUNTRIES if code in table}
    codes = list(names)
    published = date(2024, 1, 1) + timedelta(days=number % 600)
    a, b = rng.sample(codes, 2)
    body = [rng.choice(DEEDS).format(a=names[a], b=names[b], day=rng.choice(DAYS), n=rng.randrange(2, 900))
            for _ in range(rng.randrange(2, 5))]
    return (f"Border tensions rise between {names[a]} and {names[b]}\n\n"
            f"GENEVA, {published:%B} {published.day}, {published.year} (Soak Wire) - " + "\n\n".join(body)
            + f"\n\nDispatch {number} of the soak test.\n")


def read_request(rng: random.Random, events: list[str], docs: list[str]) -> tuple[str, str]:
    """One read of the mix: (route kind, path)."""
    kind = rng.choices(["api events", "api event", "api article", "api stories", "api timeline", "api map",
                        "api csv", "page events", "page article", "page home", "page timeline"],
                       weights=[30, 10, 8, 5, 8, 5, 3, 12, 8, 6, 5])[0]
    a, b = rng.sample(COUNTRIES, 2)
    if kind == "api events":
        return kind, query(rng)[1]
    if kind == "api event":
        return kind, f"/api/events/{quote(rng.choice(events))}"
    if kind == "api article":
        return kind, f"/api/articles/{quote(rng.choice(docs))}"
    if kind == "api stories":
        return kind, "/api/stories?" + urlencode({"actor": a, "limit": 20})
    if kind == "api timeline":
        return kind, "/api/timeline?" + urlencode({"actor": a, "recipient": b, "interval": "month"})
    if kind == "api map":
        return kind, "/api/map?" + urlencode({"actor": a, "since": str(rng.randrange(2018, 2025)), "max_places": 200})
    if kind == "api csv":
        return kind, "/api/events.csv?" + urlencode({"actor": a, "recipient": b, "limit": 200})
    if kind == "page events":
        return kind, "/events?" + urlencode({"actor": a})
    if kind == "page article":
        return kind, f"/articles/{quote(rng.choice(docs))}"
    if kind == "page timeline":
        return kind, "/timeline?" + urlencode({"actor": a})
    return kind, "/"


def rss_mb(pid: int) -> float:
    """Resident memory of a process (Linux /proc), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def slope_per_minute(samples: list[tuple[float, float]]) -> float | None:
    """Least-squares slope of (seconds, MB) samples, in MB per minute."""
    if len(samples) < 3:
        return None
    xs, ys = [t for t, _ in samples], [m for _, m in samples]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    den = sum((x - mx) ** 2 for x in xs)
    return round(sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / den * 60, 3) if den else None


def by_window(samples: list[tuple[float, float]], minutes: float = 10) -> list[dict[str, float | None]]:
    """Slope and mean in each ``minutes``-long window after minute 2: flat memory shows a slope near
    zero in the last windows, a leak the same slope in every one."""
    out: list[dict[str, float | None]] = []
    if not samples:
        return out
    start = 120.0
    while start < samples[-1][0]:
        inside = [(t, m) for t, m in samples if start <= t < start + minutes * 60]
        if len(inside) >= 3:
            out.append({"from_min": round(start / 60, 1), "to_min": round(inside[-1][0] / 60, 1),
                        "mean_mb": round(statistics.fmean(m for _, m in inside), 1),
                        "slope_mb_per_min": slope_per_minute(inside)})
        start += minutes * 60
    return out


async def soak(port: int, pid: int, token: str, args: argparse.Namespace, events: list[str],
               docs: list[str]) -> dict[str, object]:
    seconds = args.minutes * 60
    start = time.perf_counter()
    stop_at = start + seconds
    reads: list[tuple[str, int, float]] = []
    errors: list[str] = []
    memory: list[tuple[float, float]] = []
    cached: list[float] = []  # MB the server's caches (answers, records, DuckDB's blocks) hold, at each sample
    submitted = {"created": 0, "already_stored": 0, "failed": 0, "new_pages_sent": 0, "resent": 0}
    submit_ms: list[float] = []

    async def reader(number: int) -> None:
        client, local = Client("127.0.0.1", port), random.Random(args.seed * 1000 + number)
        while (now := time.perf_counter()) < stop_at:
            kind, path = read_request(local, events, docs)
            try:
                status, _ = await client.get(path)
            except (OSError, asyncio.IncompleteReadError, ValueError) as exc:
                errors.append(f"{kind}: {type(exc).__name__}: {exc}")
                client = Client("127.0.0.1", port)
                continue
            reads.append((kind, status, (time.perf_counter() - now) * 1000))
            if status != 200:
                errors.append(f"{kind}: HTTP {status} for {path}")
            await asyncio.sleep(local.expovariate(1 / args.think) if args.think else 0)

    async def submitter() -> None:
        client, local = Client("127.0.0.1", port), random.Random(args.seed)
        sent: list[bytes] = []
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "text/plain; charset=utf-8"}
        while time.perf_counter() < stop_at:
            again = len(sent) >= 5 and len(sent) % 5 == 0 and submitted["resent"] < len(sent) // 5
            page = local.choice(sent) if again else article_text(local, len(sent)).encode()
            began = time.perf_counter()
            try:
                status, body = await client.request("POST", "/api/articles", page, headers)
            except (OSError, asyncio.IncompleteReadError, ValueError) as exc:
                errors.append(f"submit: {type(exc).__name__}: {exc}")
                client = Client("127.0.0.1", port)
                continue
            submit_ms.append((time.perf_counter() - began) * 1000)
            if again:
                submitted["resent"] += 1
            else:
                sent.append(page)
                submitted["new_pages_sent"] += 1
            if status == 201 and not again:
                submitted["created"] += 1
            elif status == 200 and again and json.loads(body).get("created") is False:
                submitted["already_stored"] += 1
            else:
                submitted["failed"] += 1
                errors.append(f"submit: HTTP {status} ({'resent' if again else 'new'}): {body[:200]!r}")
            await asyncio.sleep(min(args.submit_every, max(0.0, stop_at - time.perf_counter())))

    async def sampler() -> None:
        while True:
            state = await cache_stats(port)
            held = sum(int(state[part].get("bytes", 0)) for part in ("answers", "records")) / 2**20  # type: ignore[union-attr]
            held += int(state["database"].get("memory_bytes") or 0) / 2**20  # type: ignore[union-attr]
            memory.append((time.perf_counter() - start, rss_mb(pid)))
            cached.append(held)
            if time.perf_counter() >= stop_at:
                return
            await asyncio.sleep(args.sample)

    cpu = _cpu_seconds(pid)
    await asyncio.gather(sampler(), *([submitter()] if args.submit_every > 0 else []),
                         *(reader(i) for i in range(args.readers)))
    cpu = _cpu_seconds(pid) - cpu
    by_kind: dict[str, list[float]] = {}
    for kind, _, took in reads:
        by_kind.setdefault(kind, []).append(took)
    times = sorted(r[2] for r in reads)
    settled = [(t, m) for t, m in memory if t >= 120] or memory
    uncached = [(t, m - c) for (t, m), c in zip(memory, cached) if t >= settled[0][0]]
    return {
        "reads": len(reads), "reads_per_s": round(len(reads) / seconds, 1), "errors": len(errors),
        "p95_ms_note": "wall time as the clients see it, on a shared machine: see load_average",
        "error_samples": errors[:8],
        "statuses": {str(s): sum(1 for r in reads if r[1] == s) for s in sorted({r[1] for r in reads})},
        "p50_ms": _pct(times, 50), "p95_ms": _pct(times, 95), "p99_ms": _pct(times, 99),
        "by_route": {k: {"n": len(v), "p50_ms": _pct(sorted(v), 50), "p95_ms": _pct(sorted(v), 95)}
                     for k, v in sorted(by_kind.items())},
        "submissions": submitted,
        "submit_p50_ms": _pct(sorted(submit_ms), 50), "submit_p95_ms": _pct(sorted(submit_ms), 95),
        "server_cpu_s": round(cpu, 1),
        "memory_mb": {"start": round(memory[0][1], 1), "at_2_min": round(settled[0][1], 1),
                      "end": round(memory[-1][1], 1), "max": round(max(m for _, m in memory), 1),
                      "growth_after_2_min": round(memory[-1][1] - settled[0][1], 1),
                      "slope_mb_per_min_after_2_min": slope_per_minute(settled),
                      "caches_at_2_min": round(cached[len(memory) - len(settled)], 1), "caches_end": round(cached[-1], 1),
                      "slope_without_caches_mb_per_min": slope_per_minute(uncached),
                      "by_10_min": by_window(settled), "by_10_min_without_caches": by_window(uncached),
                      "samples": [(round(t), round(m, 1), round(c, 1)) for (t, m), c in zip(memory, cached)]},
    }


def check_store(db: Path, before: dict[str, int], created: int) -> dict[str, object]:
    """Nothing lost, nothing doubled: the articles added are the new pages, every id once."""
    with open_store(db, read_only=True) as store:
        after = store.counts()
        doubled_events = store.sql("SELECT count(*) - count(DISTINCT id) AS n FROM events")["n"][0]
        doubled_articles = store.sql("SELECT count(*) - count(DISTINCT doc_id) AS n FROM articles")["n"][0]
    return {"articles_before": before.get("articles"), "articles_after": after.get("articles"),
            "articles_added": (after.get("articles") or 0) - (before.get("articles") or 0),
            "pages_created": created, "events_added": (after.get("events") or 0) - (before.get("events") or 0),
            "event_ids_twice": int(doubled_events), "article_ids_twice": int(doubled_articles)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000, help="Size of the synthetic store served.")
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--readers", type=int, default=8, help="Concurrent reading clients.")
    parser.add_argument("--think", type=float, default=0.05, help="Mean pause of a reader between requests (s).")
    parser.add_argument("--submit-every", type=float, default=2.0, help="Seconds between two submissions (0: none, reads only).")
    parser.add_argument("--sample", type=float, default=5.0, help="Seconds between two memory samples.")
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--serve-arg", action="append", default=[], help="Extra option for eventwire serve.")
    args = parser.parse_args()

    source = synthetic_store(args.events)
    label = "-".join([f"r{args.readers}", f"s{args.submit_every:g}", *(a.strip("-") for a in args.serve_arg)])
    db = OUT / f"soak-{args.events}-{label}.duckdb"  # runs side by side each have their own copy
    for stale in (db, db.with_name(db.name + ".wal")):  # an old WAL would be replayed onto the fresh copy
        stale.unlink(missing_ok=True)
    shutil.copyfile(source, db)  # submissions write: the shared load-test store stays as it was
    with open_store(db, read_only=True) as store:
        before = store.counts()
        events = list(store.sql("SELECT id FROM events USING SAMPLE 500 ROWS")["id"])
        docs = list(store.sql("SELECT doc_id FROM articles USING SAMPLE 500 ROWS")["doc_id"])
    token = secrets.token_urlsafe(16)
    server, port = start_server(db, ["--no-access-log", *args.serve_arg], {"EVENTWIRE_TOKEN": token})
    try:
        load_before = os.getloadavg()
        figures = asyncio.run(soak(port, server.pid, token, args, events, docs))
        figures["load_average"] = {"start": load_before[0], "end": os.getloadavg()[0]}
    finally:
        server.terminate()
        server.wait(30)
    figures["store_after"] = check_store(db, before, figures["submissions"]["created"])  # type: ignore[index]
    figures = {"date": date.today().isoformat(), "events_served": before.get("events"), "minutes": args.minutes,
               "serve_args": args.serve_arg,
               "readers": args.readers, "think_s": args.think, "submit_every_s": args.submit_every,
               "cores": os.cpu_count(), **figures}
    out = OUT / f"serve-soak-{date.today().isoformat()}-{args.minutes:g}min-{label}.json"
    out.write_text(json.dumps(figures, indent=2))
    print(json.dumps({k: v for k, v in figures.items() if k != "memory_mb"}, indent=2))
    memory = figures["memory_mb"]
    print(f"\nmemory MB: start {memory['start']}, at 2 min {memory['at_2_min']}, end {memory['end']}, "  # type: ignore[index]
          f"max {memory['max']}, slope after 2 min {memory['slope_mb_per_min_after_2_min']} MB/min "
          f"({memory['slope_without_caches_mb_per_min']} MB/min less the caches and DuckDB's blocks); "  # type: ignore[index]
          f"{figures['reads']:,} reads ({figures['reads_per_s']}/s), p95 {figures['p95_ms']} ms, "
          f"{figures['errors']} errors; written to {out}", file=sys.stderr)
    for name in ("by_10_min", "by_10_min_without_caches"):
        windows = ", ".join(f"{w['from_min']:g}-{w['to_min']:g} min: {w['slope_mb_per_min']}" for w in memory[name])  # type: ignore[index]
        print(f"  slope {name.replace('_', ' ')} (MB/min): {windows}", file=sys.stderr)


if __name__ == "__main__":
    main()
