"""Would a word index make ``events --text`` faster? Index designs measured against today's scan.

    python bench/store_text_index.py --db bench/out/store-1000000.duckdb            # "deployed troops"
    python bench/store_text_index.py --db STORE --text "troops near" --repeat 15

Why a script of its own: the designs are tables the store does not have. They are built with SQL
from the events, in a scratch copy of the store (``--scratch``, the original is never written),
and each is timed on the two queries a page of ``--text`` results costs in ``store.events``:
phase one of a page (the ids of the first 50 matches, :func:`eventwire.store.query.page_ids_sql`)
and the total count. Phase two (fetching the page's 50 rows by id) is the same for every design.

The designs, all keyed by ``event_key``:

- ``scan``: today's filter (:meth:`EventFilter.where`, a case-insensitive substring scan);
- ``read floor``: a case-sensitive ``contains`` scan (not a right answer, a cost): reading every
  sentence once, the least any scan pays;
- ``word rows``: one row per (folded word, event); candidates are events holding the query's words
  (its first word as a suffix, its last as a prefix), then the phrase check on those;
- ``word lists``: one row per (word, batch of 3,000 events) holding the batch's events as a list,
  words looked up through a vocabulary; candidates, then the phrase check;
- ``token positions``: one row per (space-separated lower-cased token, event, position); a query
  of space-separated words is decided by consecutive positions alone, without reading sentences;
- ``token position lists``: the same, one row per (token, batch) with its events and positions;
- ``plain copy``: the sentences again, stored uncompressed (cheaper to read), scanned by the same
  filter, then joined back to the events; and word lists + the phrase check on that copy.

The phrase check is written so DuckDB runs it after the candidates are found (a plain ``AND``
lets it push the check into the scan of every sentence). Each round runs every design once, in
turn, so a change in the machine's load falls on all of them alike; CPU time is the process's,
all threads.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import duckdb

from eventwire.store.query import EventFilter, page_ids_sql

BATCH_ROWS = 3000  # the synthetic store's write batches: 1,000 documents of 3 events

# Each design's table and the statements that make it, in order (later ones read earlier ones).
BUILD: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("x_words", ("""CREATE TABLE x_words AS SELECT DISTINCT event_key, word FROM (
           SELECT event_key, unnest(regexp_split_to_array(lower(strip_accents(evidence_text)), '\\W+')) AS word
           FROM events) WHERE word <> ''""",)),
    ("x_vocab", ("""CREATE TABLE x_vocab AS SELECT word, row_number() OVER ()::INTEGER AS word_id
       FROM (SELECT DISTINCT word FROM x_words)""",)),
    ("x_lists", (f"""CREATE TABLE x_lists AS SELECT v.word_id, list(w.event_key) AS event_keys
        FROM x_words w JOIN x_vocab v USING (word)
        JOIN (SELECT event_key, rowid // {BATCH_ROWS} AS batch FROM events) b USING (event_key)
        GROUP BY v.word_id, b.batch ORDER BY b.batch""",)),
    ("x_tok", ("""CREATE TABLE x_tok AS SELECT event_key, unnest(ts) AS token, unnest(range(len(ts)))::SMALLINT AS pos
       FROM (SELECT event_key, string_split(lower(evidence_text), ' ') AS ts FROM events)""",)),
    ("x_tvocab", ("""CREATE TABLE x_tvocab AS SELECT token, row_number() OVER ()::INTEGER AS token_id
       FROM (SELECT DISTINCT token FROM x_tok)""",)),
    ("x_positions", ("CREATE TABLE x_positions AS SELECT v.token_id, t.event_key, t.pos FROM x_tok t "
                     "JOIN x_tvocab v USING (token)",)),
    ("x_plists", (f"""CREATE TABLE x_plists AS SELECT p.token_id, list(p.event_key) AS event_keys,
        list(p.pos) AS positions FROM x_positions p
        JOIN (SELECT event_key, rowid // {BATCH_ROWS} AS batch FROM events) b USING (event_key)
        GROUP BY p.token_id, b.batch ORDER BY b.batch""",)),
    ("x_plain", ("CREATE TABLE x_plain (event_key BIGINT NOT NULL, "
                 "evidence_text VARCHAR USING COMPRESSION uncompressed)",
                 "INSERT INTO x_plain SELECT event_key, evidence_text FROM events")),
)


def _terms(text: str) -> list[tuple[str, str]]:
    """(predicate, value) per space-separated piece: the first may end a word, the last begin one."""
    pieces = text.split(" ")
    if len(pieces) < 2:
        raise SystemExit("--text: give at least two space-separated words (one word says nothing an index knows)")
    return [("suffix" if i == 0 else "starts_with" if i == len(pieces) - 1 else "=", p) for i, p in enumerate(pieces)]


def _match(column: str, how: str, value: str) -> str:
    """``column`` equal to, ending with or beginning with the SQL expression ``value``."""
    return f"{column} = {value}" if how == "=" else f"{how}({column}, {value})"


def designs(text: str) -> dict[str, tuple[str, list[object]]]:
    """Each design's WHERE condition over ``events e`` and its parameters."""
    scan, scan_params = EventFilter.build(text=text).where()
    terms = _terms(text)
    fold = "lower(strip_accents(?))"
    check = f"CASE WHEN e.event_key IS NOT NULL THEN {scan} END"  # not pushable into the scan
    plain, _ = EventFilter.build(text=text).where("p")
    rows = " AND ".join(f"e.event_key IN (SELECT event_key FROM x_words WHERE {_match('word', how, fold)})"
                        for how, _ in terms)
    lists = " AND ".join(f"e.event_key IN (SELECT unnest(event_keys) FROM x_lists WHERE word_id IN "
                         f"(SELECT word_id FROM x_vocab WHERE {_match('word', how, fold)}))" for how, _ in terms)
    values = [v for _, v in terms]
    positions = _consecutive(terms, "SELECT event_key, pos FROM x_positions")
    position_lists = _consecutive(terms, "SELECT unnest(event_keys) AS event_key, unnest(positions) AS pos "
                                         "FROM x_plists")
    return {
        "scan": (scan, scan_params),
        "read floor": ("contains(e.evidence_text, ?)", [text]),
        "word rows: candidates": (rows, values),
        "word rows + check": (f"{rows} AND {check}", values + scan_params),
        "word lists: candidates": (lists, values),
        "word lists + check": (f"{lists} AND {check}", values + scan_params),
        "token positions (exact)": (positions, values),
        "token position lists (exact)": (position_lists, values),
        "plain copy: scan": (f"e.event_key IN (SELECT p.event_key FROM x_plain p WHERE {plain})", scan_params),
        "plain copy: word lists + check": (
            f"e.event_key IN (SELECT p.event_key FROM x_plain p WHERE {lists.replace('e.event_key', 'p.event_key')} "
            f"AND CASE WHEN p.event_key IS NOT NULL THEN {plain} END)", values + scan_params),
    }


def _consecutive(terms: list[tuple[str, str]], postings: str) -> str:
    """Events where the query's tokens stand at consecutive positions (``postings`` gives them)."""
    joins = [f"({postings} WHERE token_id IN (SELECT token_id FROM x_tvocab "
             f"WHERE {_match('token', how, 'lower(?)')})) p{i}" for i, (how, _) in enumerate(terms)]
    on = " AND ".join(f"p{i}.event_key = p0.event_key AND p{i}.pos = p0.pos + {i}" for i in range(1, len(terms)))
    rest = " ".join(f"JOIN {j} ON {on if i == len(joins) - 1 else 'TRUE'}" for i, j in enumerate(joins[1:], 1))
    return f"e.event_key IN (SELECT p0.event_key FROM {joins[0]} {rest})"


def _time(con: duckdb.DuckDBPyConnection, sql: str, params: list[object]) -> tuple[float, float, list]:
    wall, cpu = time.perf_counter(), time.process_time()
    rows = con.execute(sql, params).fetchall()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000, rows


def measure(con: duckdb.DuckDBPyConnection, text: str, repeat: int) -> None:
    chosen = designs(text)
    queries: dict[str, dict[str, tuple[str, list[object]]]] = {
        name: {"ids": (page_ids_sql(where, 50), params),
               "count": (f"SELECT count(*) FROM events e WHERE {where}", params)}
        for name, (where, params) in chosen.items()}
    times: dict[tuple[str, str], list[tuple[float, float]]] = {}
    answers: dict[tuple[str, str], list] = {}
    for name, pair in queries.items():  # warm every design once
        for kind, (sql, params) in pair.items():
            answers[name, kind] = _time(con, sql, params)[2]
    loads = [os.getloadavg()[0]]
    for _ in range(repeat):
        for name, pair in queries.items():
            for kind, (sql, params) in pair.items():
                wall, cpu, _ = _time(con, sql, params)
                times.setdefault((name, kind), []).append((wall, cpu))
    loads.append(os.getloadavg()[0])
    print(f"\n--text {text!r}, {repeat} rounds, load average {loads[0]:.1f} at the start, {loads[1]:.1f} at the end\n")
    print("| design | matches | same page as scan | page ids: CPU median | wall median | count: CPU median "
          "| wall median |\n|---|---:|---|---:|---:|---:|---:|")
    for name in queries:
        ids, count = times[name, "ids"], times[name, "count"]
        same = "yes" if answers[name, "ids"] == answers["scan", "ids"] else "no"
        print(f"| {name} | {answers[name, 'count'][0][0]:,} | {same} | {_median(ids, 1)} | {_median(ids, 0)} | "
              f"{_median(count, 1)} | {_median(count, 0)} |")


def _median(pairs: list[tuple[float, float]], which: int) -> str:
    """Median milliseconds of the walls (``which`` 0) or CPU times (1)."""
    return f"{statistics.median(p[which] for p in pairs):.0f}"


def build(scratch: Path) -> None:
    """Create the designs' tables in the scratch copy: those it does not hold yet."""
    con = duckdb.connect(str(scratch))
    try:
        have = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        todo = [(table, statements) for table, statements in BUILD if table not in have]
        if not todo:
            return
        wall, cpu = time.perf_counter(), time.process_time()
        for _, statements in todo:
            for statement in statements:
                con.execute(statement)
        con.execute("CHECKPOINT")
        rows = {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t, _ in todo}
        print(f"\nbuilt in {time.perf_counter() - wall:.0f} s wall, {time.process_time() - cpu:.0f} s CPU; rows: "
              + ", ".join(f"{t} {n:,}" for t, n in rows.items()))
    finally:
        con.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True, help="an eventwire store (not written)")
    parser.add_argument("--scratch", type=Path, default=None, help="where to keep the copy with the index tables")
    parser.add_argument("--text", default="deployed troops")
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    scratch = args.scratch or Path(tempfile.gettempdir()) / f"text-index-{args.db.stem}.duckdb"
    print(f"# word index designs for --text — {time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} cores")
    if not scratch.exists():
        shutil.copyfile(args.db, scratch)
        if Path(f"{args.db}.wal").exists():
            shutil.copyfile(f"{args.db}.wal", f"{scratch}.wal")
    build(scratch)
    con = duckdb.connect(str(scratch), read_only=True)
    try:
        measure(con, args.text, args.repeat)
    finally:
        con.close()


if __name__ == "__main__":
    main()
