"""Faults injected into ``eventwire run`` and ``eventwire watch``, counted, with what was lost or doubled.

Each fault is real: SIGKILL to the process (and its workers) at a random moment, a second process
holding the DuckDB file, a tmpfs that fills up (root only; else a file-size quota), a feed server
that hangs up mid-request or mid-body. After every fault the database must hold no partial
batch, and once the command is run again with the fault gone it must hold exactly the rows a
clean run stores: ``lost`` counts ids of the clean run that are missing, ``doubled`` counts rows
beyond one per id (and ids the clean run does not have). The suite's helpers do the checking
(``tests/test_store_run.py``, ``tests/test_feeds.py``).

    python bench/faults.py                 # 20 kills of run, 6 of watch, the other faults
    python bench/faults.py --kills 5 --docs 150
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from tempfile import TemporaryDirectory

import duckdb

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from sources_pages import make_pages  # noqa: E402
from test_faults import FlakySite  # noqa: E402
from test_feeds import Watch  # noqa: E402
from test_store_run import (QUOTA_RUN, _env, children, consistent, eventwire, finish, gone,  # noqa: E402
                            make_corpus, snapshot)


def lost_and_doubled(db: Path, expected: dict[str, list[str]]) -> tuple[int, int]:
    """Ids of the clean run missing from ``db``; rows in ``db`` beyond one per clean-run id."""
    got = snapshot(db)
    lost = sum(len(set(expected[t]) - set(got[t])) for t in ("articles", "events", "inputs"))
    doubled = sum(len(got[t]) - len(set(got[t]) & set(expected[t])) for t in ("articles", "events", "inputs"))
    return lost, doubled


def kill_runs(work: Path, kills: int, docs: int, rng: random.Random) -> dict[str, object]:
    """SIGKILL ``eventwire run`` at random moments, resuming each time, until ``kills`` kills."""
    corpus = work / "corpus"
    make_corpus(corpus, docs, seed=17)
    reference = work / "clean.duckdb"
    started = time.monotonic()
    code, _, err = finish(eventwire("run", str(corpus), "--db", str(reference), "--batch-size", "16"), timeout=3600)
    clean_s = time.monotonic() - started
    assert code == 0, err
    expected = snapshot(reference)
    rounds: list[dict[str, object]] = []
    done = 0
    finished_first = 0
    scale = clean_s  # kill moments are drawn up to this; shrunk when fresh runs finish first (less load)
    while done < kills:
        db = work / f"killed{len(rounds)}.duckdb"
        stored_after_kill: list[int] = []
        while done < kills:
            jobs = rng.choice(["1", "2"])
            process = eventwire("run", str(corpus), "--db", str(db), "-j", jobs, "--batch-size", "16")
            time.sleep(rng.uniform(0.2, 1.0) * scale)
            if process.poll() is not None:  # the run completed before the kill: this round is over
                process.communicate()
                finished_first += 1
                if not stored_after_kill:
                    scale *= 0.7
                break
            workers = children(process.pid)
            process.send_signal(signal.SIGKILL)
            process.communicate(timeout=60)
            assert gone(workers), "workers outlived the killed run"
            done += 1
            if db.exists():
                consistent(db)  # no partial batch: every article has its events, every event its story
                stored_after_kill.append(len(snapshot(db)["articles"]))
        code, _, err = finish(eventwire("run", str(corpus), "--db", str(db), "--batch-size", "16"), timeout=3600)
        assert code == 0, err
        consistent(db)
        lost, doubled = lost_and_doubled(db, expected)
        rounds.append({"kills": len(stored_after_kill), "articles_after_each_kill": stored_after_kill,
                       "lost": lost, "doubled": doubled, "identical": snapshot(db) == expected})
    return {"fault": "SIGKILL during run", "docs": docs, "clean_run_s": round(clean_s, 1), "kills": done,
            "runs_that_finished_before_the_kill": finished_first, "rounds": rounds,
            "articles": len(expected["articles"]), "events": len(expected["events"]),
            "lost": sum(r["lost"] for r in rounds), "doubled": sum(r["doubled"] for r in rounds)}


def locked(work: Path) -> dict[str, object]:
    """Another process holds the database: run, events and a watch poll refuse it with E403."""
    db = work / "locked.duckdb"
    page = work / "page.txt"
    page.write_text("Talks\n\nFrench ministers met German envoys in Bergen on Monday to discuss fishing.\n")
    holder = subprocess.Popen([sys.executable, "-c", f"import duckdb,time; c=duckdb.connect({str(db)!r}); "
                               "print('ready', flush=True); time.sleep(600)"], stdout=subprocess.PIPE, text=True)
    results = {}
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        for name, args in (("run", ["run", str(page), "--db", str(db)]), ("events", ["events", "--db", str(db)]),
                           ("articles", ["articles", "--db", str(db)])):
            code, _, err = finish(eventwire(*args))
            results[name] = {"exit": code, "clear": "[E403]" in err and str(holder.pid) in err
                             and "Traceback" not in err, "said": err.strip().splitlines()[-1][:200]}
    finally:
        holder.kill()
        holder.wait()
    return {"fault": "database locked by another process", "commands": results,
            "all_clear": all(r["clear"] and r["exit"] == 1 for r in results.values())}


def disk_full(work: Path, sizes: tuple[str, ...] = ("100k", "300k", "1m")) -> dict[str, object]:
    """A tmpfs too small for the database: a clear E406, no partial batch, and after the disk is
    grown the same command completes to exactly the rows of a clean run."""
    corpus = work / "disk-corpus"
    make_corpus(corpus, 150, seed=23)
    reference = work / "disk-clean.duckdb"
    args = ["run", str(corpus), "--batch-size", "20"]
    code, _, err = finish(eventwire(*args, "--db", str(reference)))
    assert code == 0, err
    expected = snapshot(reference)
    rows = []
    for size in sizes:
        mount = work / f"tmpfs-{size}"
        mount.mkdir()
        if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount)],
                                               capture_output=True).returncode != 0:
            return quota_full(work, corpus, expected)
        try:
            db = mount / "full.duckdb"
            code, _, err = finish(eventwire(*args, "--db", str(db)))
            clear = code == 1 and "Error: [E406]" in err and "Traceback" not in err
            consistent(db)
            partial = len(snapshot(db)["articles"])
            subprocess.run(["mount", "-o", "remount,size=64m", str(mount)], check=True)
            code2, _, err2 = finish(eventwire(*args, "--db", str(db)))
            assert code2 == 0, err2
            consistent(db)
            lost, doubled = lost_and_doubled(db, expected)
            rows.append({"tmpfs": size, "exit": code, "clear": clear, "articles_when_full": partial,
                         "said": err.strip().splitlines()[-1][:220], "lost": lost, "doubled": doubled})
        finally:
            subprocess.run(["umount", "-l", str(mount)], check=False)
    return {"fault": "disk full (tmpfs)", "runs": rows, "lost": sum(r["lost"] for r in rows),
            "doubled": sum(r["doubled"] for r in rows)}


def quota_full(work: Path, corpus: Path, expected: dict[str, list[str]]) -> dict[str, object]:
    """Without root: RLIMIT_FSIZE stands in for the full disk."""
    db = work / "quota.duckdb"
    args = ["run", str(corpus), "--batch-size", "20", "--db", str(db)]
    code, _, err = finish(subprocess.Popen([sys.executable, "-c", QUOTA_RUN, "200000", *args], stdout=subprocess.PIPE,
                                           stderr=subprocess.PIPE, text=True, env=_env()))
    clear = code == 1 and "Error: [E406]" in err and "Traceback" not in err
    consistent(db)
    code2, _, err2 = finish(eventwire(*args))
    assert code2 == 0, err2
    lost, doubled = lost_and_doubled(db, expected)
    return {"fault": "disk full (RLIMIT_FSIZE)", "runs": [{"exit": code, "clear": clear, "lost": lost,
                                                           "doubled": doubled}], "lost": lost, "doubled": doubled}


def watch_faults(work: Path, kills: int, rng: random.Random, drop_rate: float = 0.25) -> dict[str, object]:
    """A watch over a flaky feed site, killed with SIGKILL ``kills`` times while items keep coming;
    restarted each time; at the end every item must be stored exactly once."""
    site = FlakySite(drop_rate, rng)
    pages = make_pages(40, seed=31)
    db = work / "watch.duckdb"
    args = [site.site.url("/feed.xml"), "--interval", "0.5s", "--db", str(db), "--allow-private",
            "--host-delay", "0", "--cache-dir", str(work / "http-cache")]
    killed = 0
    try:
        for page in pages[:10]:
            site.add(page)
        next_page = 10
        while killed < kills:
            watch = Watch(*args)
            time.sleep(rng.uniform(2.0, 12.0))
            for page in pages[next_page:next_page + 5]:  # new items arrive while it runs
                site.add(page)
            next_page += 5
            time.sleep(rng.uniform(0.2, 4.0))
            watch.stop(signal.SIGKILL)
            killed += 1
            if db.exists():
                consistent(db)
        for page in pages[next_page:]:
            site.add(page)
        site.rate = 0.0  # the server recovers: the last watch must find everything
        final = Watch(*args, "--once")
        assert final.process.wait(timeout=600) in (0, 1)
        final.reader.join(timeout=10)
        consistent(db)
        links = {site.site.url("/" + p.slug) for p in pages}
        con = duckdb.connect(str(db), read_only=True)
        try:
            articles = dict(con.execute("SELECT source, count(*) FROM articles GROUP BY source").fetchall())
            inputs = dict(con.execute("SELECT source, count(*) FROM inputs GROUP BY source").fetchall())
            events = con.execute("SELECT count(*), count(DISTINCT id) FROM events").fetchall()[0]
            statuses = dict(con.execute("SELECT status, count(*) FROM articles GROUP BY status").fetchall())
        finally:
            con.close()
    finally:
        site.site.close()
    lost = len(links - set(articles)) + len(links - set(inputs))
    doubled = sum(n - 1 for n in articles.values()) + sum(n - 1 for n in inputs.values()) + events[0] - events[1]
    return {"fault": "SIGKILL during watch + feed server hanging up", "items": len(pages), "kills": killed,
            "connections_dropped": dict(site.drops), "articles_by_status": statuses, "events": events[0],
            "lost": lost, "doubled": doubled}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kills", type=int, default=20, help="SIGKILLs of eventwire run")
    parser.add_argument("--watch-kills", type=int, default=6, help="SIGKILLs of eventwire watch")
    parser.add_argument("--docs", type=int, default=300, help="documents in the run corpus")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--only", nargs="*", default=["run", "locked", "disk", "watch"])
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(10**6)
    rng = random.Random(seed)
    load = os.getloadavg()
    results = []
    with TemporaryDirectory() as tmp:
        work = Path(tmp)
        steps = {"run": lambda: kill_runs(work, args.kills, args.docs, rng), "locked": lambda: locked(work),
                 "disk": lambda: disk_full(work), "watch": lambda: watch_faults(work, args.watch_kills, rng)}
        for name in args.only:
            started = time.monotonic()
            result = steps[name]()
            result["wall_s"] = round(time.monotonic() - started, 1)
            results.append(result)
            print(json.dumps(result), flush=True)
    print(f"seed {seed}; load avg before {load[0]:.2f}, after {os.getloadavg()[0]:.2f}")
    if args.json:
        args.json.write_text(json.dumps({"seed": seed, "load_before": load, "load_after": os.getloadavg(),
                                         "results": results}, indent=1))


if __name__ == "__main__":
    main()
