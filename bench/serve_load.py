"""Load test of ``eventwire serve`` on loopback: concurrent clients on ``/api/events`` with filters.

    python bench/serve_load.py                        # 100,000 events, 20 clients, 60 s
    python bench/serve_load.py --events 20000 --clients 5 --seconds 10

What it does: builds a store of synthetic events (``eventwire.store.synthetic``, seeded; kept in
bench/out/ and reused), starts the real server (``eventwire serve`` in its own process, uvicorn on
127.0.0.1, default options), and runs ``--clients`` closed-loop clients (each sends its next
request when the last one answered, no pause) for ``--seconds`` after a short warm-up. Every
request is a page of 50 events with a filter mix drawn from the dashboard's and the CLI's
everyday queries (actor, dyad, type and country, a month, an offset page, a word of the
evidence), each with random values, so the server's caches do not see the same query twice in a
row. Clients speak HTTP/1.1 with keep-alive over raw asyncio streams: a lean client leaves the
two shared cores to the server.

Figures: latency percentiles (wall, as the client sees it), requests per second, status codes
and errors, and the CPU seconds the server and the client used (``server_cpu_s`` over warm-up and
measurement; ``server_cpu_measured_s`` and ``server_cpu_ms_per_request`` over the measured
seconds only). The machine is shared, so the load average at start and end is printed too.
Before measuring, it waits while the server fills its record memory (``serve --warm``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"

sys.path.insert(0, str(ROOT / "bench"))
from store import build  # noqa: E402 - bench/store.py: the same seeded synthetic store

from eventwire import open_store  # noqa: E402
from eventwire.records import PLOVER_EVENTS  # noqa: E402
from eventwire.store.synthetic import COUNTRIES, VERBS  # noqa: E402


def query(rng: random.Random) -> tuple[str, str]:
    """One request of the mix: (kind, path with query string)."""
    kind = rng.choices(["actor", "dyad", "type+country", "month", "actor+type+year, offset", "text"],
                       weights=[25, 20, 20, 15, 12, 8])[0]
    a, b = rng.sample(COUNTRIES, 2)
    year = rng.randrange(2018, 2025)
    params: dict[str, object] = {}
    if kind == "actor":
        params = {"actor": a}
    elif kind == "dyad":
        params = {"actor": a, "recipient": b}
    elif kind == "type+country":
        params = {"event": rng.choice(PLOVER_EVENTS), "country": b}
    elif kind == "month":
        month = f"{year}-{rng.randrange(1, 13):02d}"
        params = {"since": month, "until": month}
    elif kind == "actor+type+year, offset":
        params = {"actor": a, "event": rng.choice(PLOVER_EVENTS), "since": str(year), "offset": 50 * rng.randrange(0, 4)}
    else:
        params = {"text": rng.choice(list(VERBS.values())).split()[0] + " " + b.title()}
    params["limit"] = 50
    return kind, "/api/events?" + urlencode(params)


class Client:
    """One keep-alive HTTP/1.1 connection; ``get`` returns (status, body length), ``request`` (status, body)."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> tuple[int, int]:
        status, body = await self.request("GET", path)
        return status, len(body)

    async def request(self, method: str, path: str, body: bytes = b"",
                      send_headers: dict[str, str] | None = None) -> tuple[int, bytes]:
        """One request on the kept-alive connection: (status, body)."""
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        extra = "".join(f"{k}: {v}\r\n" for k, v in (send_headers or {}).items())
        if body or method != "GET":
            extra += f"Content-Length: {len(body)}\r\n"
        self.writer.write(f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n{extra}\r\n"
                          .encode() + body)
        await self.writer.drain()
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
        if "content-length" in headers:
            body = await self.reader.readexactly(int(headers["content-length"]))
        else:  # chunked
            body = b""
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).strip(), 16)
                body += (await self.reader.readexactly(size + 2))[:size]
                if size == 0:
                    break
        if headers.get("connection", "").lower() == "close":
            self.writer.close()
            self.writer = None
        return status, body


def zipf_pool(seed: int, size: int = 500, exponent: float = 1.1) -> tuple[list[tuple[str, str]], list[float]]:
    """A fixed set of queries and Zipf weights: many people looking at the same popular views."""
    rng = random.Random(seed + 7)
    pool = [query(rng) for _ in range(size)]
    return pool, [1 / (rank ** exponent) for rank in range(1, size + 1)]


async def calibrate(port: int, pid: int, requests: int, seed: int) -> dict[str, object]:
    """One client, one request at a time: CPU the server spends per request, and latency without queueing."""
    rng, client, times = random.Random(seed + 1000), Client("127.0.0.1", port), []
    cpu = _cpu_seconds(pid)
    for _ in range(requests):
        _, path = query(rng)
        started = time.perf_counter()
        await client.get(path)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {"requests": requests, "server_cpu_ms_per_request": round((_cpu_seconds(pid) - cpu) / requests * 1000, 1),
            "p50_ms": _pct(times, 50), "p95_ms": _pct(times, 95)}


async def cache_stats(port: int) -> dict[str, object]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"GET /api/ingest HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
    raw = await reader.read()
    writer.close()
    state = json.loads(raw.split(b"\r\n\r\n", 1)[1])
    return {"answers": state.get("cache", {}), "records": state.get("record_cache", {}),
            "database": state.get("database", {})}


def wait_for_warm(port: int, limit: float = 600) -> dict[str, object]:
    """Wait while the server fills its record memory at start-up (``serve --warm``, the default)."""
    deadline = time.monotonic() + limit
    while True:
        warm = asyncio.run(cache_stats(port))["records"].get("warm", {})  # type: ignore[union-attr]
        if warm.get("status") != "running" or time.monotonic() > deadline:
            return warm
        time.sleep(0.5)


async def load(port: int, clients: int, seconds: float, warmup: float, seed: int,
               think: float = 0.0, mix: str = "random", pid: int | None = None) -> dict[str, object]:
    """Closed-loop clients; latencies of the requests sent after the warm-up and before the end.

    ``mix``: ``random`` draws every filter value afresh (few repeats: the answer cache rarely
    helps, the database works on nearly every request); ``zipf`` draws from 500 fixed queries,
    the popular ones far more often (a dashboard in use).
    """
    rng = random.Random(seed)
    pool, weights = zipf_pool(seed)
    results: list[tuple[str, int, float]] = []
    errors: list[str] = []
    start = time.perf_counter()
    cpu_at: list[float] = []  # the server's CPU seconds when measuring starts and when it ends
    if pid is not None:
        asyncio.get_running_loop().call_later(warmup, lambda: cpu_at.append(_cpu_seconds(pid)))
    measure_from, stop_at = start + warmup, start + warmup + seconds

    async def one(number: int) -> None:
        client = Client("127.0.0.1", port)
        local = random.Random(rng.random() + number)
        while (now := time.perf_counter()) < stop_at:
            kind, path = query(local) if mix == "random" else local.choices(pool, weights)[0]
            try:
                status, _ = await client.get(path)
            except (OSError, asyncio.IncompleteReadError, ValueError) as exc:
                errors.append(f"{kind}: {type(exc).__name__}: {exc}")
                client = Client("127.0.0.1", port)
                continue
            took = time.perf_counter() - now
            if now >= measure_from:
                results.append((kind, status, took * 1000))
                if status != 200:
                    errors.append(f"{kind}: HTTP {status} for {path}")
            if think:
                await asyncio.sleep(local.expovariate(1 / think))

    await asyncio.gather(*(one(i) for i in range(clients)))
    if pid is not None:
        cpu_at.append(_cpu_seconds(pid))
    times = sorted(r[2] for r in results)
    by_kind: dict[str, list[float]] = {}
    for kind, _, took in results:
        by_kind.setdefault(kind, []).append(took)
    measured_cpu = cpu_at[-1] - cpu_at[0] if len(cpu_at) == 2 else None
    return {"requests": len(results), "rps": round(len(results) / seconds, 1), "errors": len(errors),
            "server_cpu_measured_s": None if measured_cpu is None else round(measured_cpu, 1),
            "server_cpu_ms_per_request": round(measured_cpu / len(results) * 1000, 2) if measured_cpu and results else None,
            "error_samples": errors[:5], "statuses": {str(s): sum(1 for r in results if r[1] == s)
                                                      for s in sorted({r[1] for r in results})},
            "p50_ms": _pct(times, 50), "p95_ms": _pct(times, 95), "p99_ms": _pct(times, 99),
            "max_ms": round(times[-1], 1) if times else None,
            "by_kind": {k: {"n": len(v), "p50_ms": _pct(sorted(v), 50), "p95_ms": _pct(sorted(v), 95)}
                        for k, v in sorted(by_kind.items())}}


def _pct(times: list[float], p: float) -> float | None:
    return round(times[min(len(times) - 1, int(p / 100 * len(times)))], 1) if times else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _cpu_seconds(pid: int) -> float:
    """User + system CPU of a process (Linux /proc), in seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def synthetic_store(events: int) -> Path:
    """bench/out/serve-N.duckdb: the seeded synthetic store of ``events`` events, built once and reused."""
    OUT.mkdir(parents=True, exist_ok=True)
    db = OUT / f"serve-{events}.duckdb"
    if not db.exists():
        wall, _ = build(db, events)
        print(f"built {db} ({events:,} events) in {wall:.0f} s", file=sys.stderr)
    return db


def start_server(db: Path, extra: list[str], env: dict[str, str] | None = None) -> tuple[subprocess.Popen, int]:
    """``eventwire serve`` on a free loopback port, in its own process, once it accepts connections."""
    port = _free_port()
    command = [sys.executable, "-m", "eventwire", "serve", "--db", str(db), "--port", str(port), *extra]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                              env={**os.environ, **(env or {})})
    deadline = time.monotonic() + 60
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return server, port
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                raise SystemExit(f"the server did not start: {server.stderr.read() if server.stderr else ''}") from None
            time.sleep(0.2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--warmup", type=float, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--think", type=float, default=0.0,
                        help="Mean seconds a client waits between requests (0: none, a closed loop).")
    parser.add_argument("--mix", choices=("random", "zipf"), default="random",
                        help="random: fresh filter values each request; zipf: 500 queries, popular ones often.")
    parser.add_argument("--calibrate", type=int, default=100, help="Requests sent one at a time first.")
    parser.add_argument("--serve-arg", action="append", default=[], help="Extra option for eventwire serve.")
    args = parser.parse_args()

    db = synthetic_store(args.events)
    server, port = start_server(db, args.serve_arg)
    try:
        warm = wait_for_warm(port)
        load_before = os.getloadavg()
        alone = asyncio.run(calibrate(port, server.pid, args.calibrate, args.seed)) if args.calibrate else None
        cpu_server, cpu_client = _cpu_seconds(server.pid), time.process_time()
        figures = asyncio.run(load(port, args.clients, args.seconds, args.warmup, args.seed, args.think, args.mix,
                                   server.pid))
        figures["server_cpu_s"] = round(_cpu_seconds(server.pid) - cpu_server, 1)
        figures["client_cpu_s"] = round(time.process_time() - cpu_client, 1)
        figures["one_client_first"] = alone
        figures["server_cache"] = asyncio.run(cache_stats(port))
        figures["warm_before_measuring"] = warm
        figures["load_average"] = {"start": load_before[0], "end": os.getloadavg()[0]}
    finally:
        server.terminate()
        server.wait(10)
    with open_store(db, read_only=True) as store:
        stored = store.events().count()
    figures = {"date": date.today().isoformat(), "events_stored": stored, "clients": args.clients,
               "seconds": args.seconds, "think_s": args.think, "mix": args.mix, "warmup_s": args.warmup, "cores": os.cpu_count(),
               "serve_args": args.serve_arg, **figures}
    out = OUT / f"serve-load-{date.today().isoformat()}-{args.mix}-c{args.clients}.json"
    out.write_text(json.dumps(figures, indent=2))
    print(json.dumps(figures, indent=2))
    print(f"\n{figures['requests']:,} requests in {args.seconds:.0f} s ({figures['rps']}/s), "
          f"p50 {figures['p50_ms']} ms, p95 {figures['p95_ms']} ms, p99 {figures['p99_ms']} ms, "
          f"{figures['errors']} errors; written to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
