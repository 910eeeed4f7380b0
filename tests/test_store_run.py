"""``eventwire run`` as a user runs it: a real process, killed with SIGKILL, a full disk, a lock.

The documents are short texts generated here (a few words about troops, talks and protests) so
two thousand go through the real extract and enrich stages in reasonable time; events come
from the stand-in coder ``store_fakes:code`` (``--coder``), since the store must be right
whatever the coder finds.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

TESTS = Path(__file__).resolve().parent
TOWNS = ("Kharkiv", "Odesa", "Bergen", "Arica", "Tacna")
TINY_FS = os.environ.get("EVENTWIRE_TEST_TINY_FS", "100k")
CONTENT_TABLES = {
    "articles": "doc_id", "events": "id", "inputs": "input_id", "sources": "source_id || ':' || num_articles",
    "stories": "story_id || ':' || num_events || ':' || num_articles || ':' || num_sources",
    "event_actors": "event_id || role || position", "event_locations": "event_id || position",
    "event_quantities": "event_id || position", "runs": "run_id",
}


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(TESTS), env.get("PYTHONPATH")]))
    env.pop("EVENTWIRE_DB", None)
    return env


def eventwire(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "eventwire", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=_env(), **kwargs)


def finish(process: subprocess.Popen, timeout: float = 300) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=timeout)
    return process.returncode, out, err


def make_corpus(folder: Path, n: int, seed: int = 11) -> None:
    """``n`` short documents in nested folders, with a few duplicates, empty and binary files."""
    rng = random.Random(seed)
    for i in range(n):
        sub = folder / f"batch{i % 20:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        kind = i % 100
        if kind == 7:
            (sub / f"doc{i:05d}.txt").write_bytes(b"")  # empty: skipped with a reason
        elif kind == 13:
            (sub / f"doc{i:05d}.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)  # binary
        elif kind == 29 and i > 100:
            (sub / f"doc{i:05d}.txt").write_bytes((folder / "batch09" / "doc00009.txt").read_bytes())  # a copy
        else:
            town = rng.choice(TOWNS)
            text = (f"Report {i} from {town}\n\n"
                    f"Russian troops attacked {town} on day {i}, killing {i % 9 + 1} people, Ukrainian officials said. "
                    f"French ministers met German envoys about case {rng.randrange(10**6)}.\n")
            (sub / f"doc{i:05d}.txt").write_text(text, encoding="utf-8")


def snapshot(db: Path) -> dict[str, list[str]]:
    """The content of a database: every id (and story/outlet counts) per table, sorted."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {table: sorted(r[0] for r in con.execute(f"SELECT {key} FROM {table}").fetchall())
                for table, key in CONTENT_TABLES.items()}
    finally:
        con.close()


def consistent(db: Path) -> None:
    """No partial rows: every article has exactly the events it says, every event its story."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        bad = con.execute("""SELECT count(*) FROM articles a LEFT JOIN (SELECT doc_id, count(*) n FROM events
                             GROUP BY doc_id) e USING (doc_id) WHERE a.num_events <> coalesce(e.n, 0)""").fetchall()
        assert bad == [(0,)]
        orphans = con.execute("""SELECT count(*) FROM events e LEFT JOIN stories s USING (story_id)
                                 WHERE s.story_id IS NULL""").fetchall()
        assert orphans == [(0,)]
        inputs = con.execute("SELECT count(*) FROM inputs i LEFT JOIN articles a USING (doc_id) "
                             "WHERE a.doc_id IS NULL").fetchall()
        assert inputs == [(0,)]
    finally:
        con.close()


def children(pid: int) -> list[int]:
    """Processes whose parent is ``pid`` (Linux /proc), e.g. the workers of ``-j 2``."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def gone(pids: list[int], timeout: float = 10.0) -> bool:
    """Wait until none of ``pids`` runs any more (zombies count as gone)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        alive = []
        for pid in pids:
            try:
                state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
            except OSError:
                continue
            if state != "Z":
                alive.append(pid)
        if not alive:
            return True
        time.sleep(0.2)
    return False


@pytest.mark.slow
def test_a_run_killed_at_a_random_point_resumes_to_the_same_rows(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    make_corpus(corpus, 2000)
    run = ["run", str(corpus), "-j", "2", "--coder", "store_fakes:code"]

    reference = tmp_path / "reference.duckdb"
    started = time.monotonic()
    code, _, err = finish(eventwire(*run, "--db", str(reference)))
    duration = time.monotonic() - started
    assert code == 0, err
    assert "2,000 documents" in err and "skipped" in err and "empty" in err and "rejected" in err
    expected = snapshot(reference)
    assert len(expected["articles"]) > 1900 and len(expected["events"]) > 3000

    killed = tmp_path / "killed.duckdb"
    seed = random.randrange(10**6)
    delay = random.Random(seed).uniform(0.35, 0.85) * duration
    for _ in range(3):
        process = eventwire(*run, "--db", str(killed))
        time.sleep(delay)
        if process.poll() is None:
            break
        process.communicate()  # it finished before the kill (a faster machine now): try earlier
        for leftover in (killed, Path(f"{killed}.wal")):
            leftover.unlink(missing_ok=True)
        delay /= 2
    workers = children(process.pid)
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL
    assert gone(workers), "worker processes outlived the killed run"
    partial = snapshot(killed)
    consistent(killed)
    print(f"killed after {delay:.1f} s of {duration:.1f} s (seed {seed}): {len(partial['articles'])} articles stored")
    assert len(partial["articles"]) < len(expected["articles"])

    code, _, err = finish(eventwire(*run, "--db", str(killed)))
    assert code == 0, err
    assert snapshot(killed) == expected, f"seed {seed}"
    consistent(killed)

    code, _, err = finish(eventwire(*run, "--db", str(killed)))  # a second full re-run adds nothing
    assert code == 0, err
    assert "0 new articles, 0 new events, 2,000 already stored" in err
    assert snapshot(killed) == expected


def test_one_worker_and_two_workers_store_the_same_rows(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    make_corpus(corpus, 30, seed=5)
    dbs = []
    for jobs in ("1", "2"):
        db = tmp_path / f"j{jobs}.duckdb"
        code, _, err = finish(eventwire("run", str(corpus), "-j", jobs, "--coder", "store_fakes:code",
                                        "--db", str(db)))
        assert code == 0, err
        dbs.append(snapshot(db))
    assert dbs[0] == dbs[1]


# A file-size quota that starts once the stages have loaded their models (py3langid unpacks its
# model to a temporary file), so that only the database's growth can hit it.
QUOTA_RUN = """
import resource, signal, sys
from eventwire.extract.language import detect_language
from eventwire.nlp import load_pipeline
detect_language("Ministers met on Monday to discuss the treaty and its future.")
load_pipeline()
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # past the quota a write fails with EFBIG instead
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[1]), int(sys.argv[1])))
from eventwire.cli import main
sys.argv = ["eventwire"] + sys.argv[2:]
main()
"""


def _check_full_disk_run(corpus: Path, db: Path, process: subprocess.Popen, *, some_stored: bool = True) -> None:
    code, _, err = finish(process)
    assert code == 1, err
    assert "Error: [E406]" in err and "Traceback" not in err, err
    assert "nothing partial was stored" in err
    if not some_stored and db.exists():
        con = duckdb.connect(str(db), read_only=True)
        tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        con.close()
        if "articles" not in tables:  # the disk filled while the schema was created: all of it rolled back
            assert tables <= {"schema_migrations"}, tables
            return
    consistent(db)
    stored = snapshot(db)["articles"]
    assert len(stored) < 110, "the quota should stop the run part-way"
    if some_stored:
        assert stored, "the batches before the quota should be stored"


def test_a_file_size_quota_stops_the_run_with_a_clear_error_and_no_partial_rows(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    make_corpus(corpus, 120, seed=3)
    db = tmp_path / "quota.duckdb"
    args = ["run", str(corpus), "--coder", "store_fakes:code", "--db", str(db), "--batch-size", "20"]
    _check_full_disk_run(corpus, db, subprocess.Popen(
        # 200 kB: past the schema and the first batches' write-ahead log, well before the last batch
        [sys.executable, "-c", QUOTA_RUN, "200000", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, env=_env()))
    before = snapshot(db)
    code, _, err = finish(eventwire(*args))
    assert code == 0, err  # with room again, the same command resumes and completes
    consistent(db)
    after = snapshot(db)
    assert set(before["articles"]) < set(after["articles"])


def test_a_tiny_filesystem_fills_up_cleanly(tmp_path: Path) -> None:
    mount = tmp_path / "tiny"
    mount.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={TINY_FS}", "tmpfs", str(mount)],
                                           capture_output=True).returncode != 0:
        pytest.skip("mounting a tmpfs needs root")
    try:
        corpus = tmp_path / "corpus"
        make_corpus(corpus, 120, seed=4)
        db = mount / "full.duckdb"
        # how far a 100 kB filesystem gets depends on when DuckDB first writes a whole 256 kB block
        # (a checkpoint), so zero stored batches is a clean outcome here too; the quota test above
        # checks the part-way case
        _check_full_disk_run(corpus, db, eventwire("run", str(corpus), "--coder", "store_fakes:code",
                                                   "--db", str(db), "--batch-size", "20"), some_stored=False)
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_locked_database_is_refused_with_the_holder_named(tmp_path: Path) -> None:
    db = tmp_path / "locked.duckdb"
    holder = subprocess.Popen([sys.executable, "-c", f"import duckdb,sys,time; c=duckdb.connect({str(db)!r}); "
                               "print('ready', flush=True); time.sleep(60)"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        page = tmp_path / "page.txt"
        page.write_text("Talks\n\nFrench ministers met German envoys in Bergen on Monday to discuss fishing.\n")
        code, _, err = finish(eventwire("run", str(page), "--db", str(db), "--coder", "store_fakes:code"))
        assert code == 1 and f"Error: [E403] {db}: another process (PID {holder.pid})" in err, err
        code, _, err = finish(eventwire("events", "--db", str(db)))
        assert code == 1 and "[E403]" in err and "Traceback" not in err
    finally:
        holder.kill()
        holder.wait()


def test_a_run_where_every_document_fails_exits_non_zero(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    code, _, err = finish(eventwire("run", str(tmp_path / "empty.txt"), "--db", str(tmp_path / "e.duckdb")))
    assert code == 1
    assert "skipped 1" in err and "E104" in err
