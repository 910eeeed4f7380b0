"""Opening the DuckDB file, with an error a user can act on for every way it goes wrong.

DuckDB's own messages name the symptom ("Could not set lock on file", "not a valid DuckDB
database file"); users need the cause and the next step ("another eventwire process (PID 123)
is writing to it: wait for it or use another --db"). Everything here maps DuckDB's exceptions
onto :class:`~eventwire.errors.StoreError` codes.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import duckdb

from ..errors import (StoreCorrupt, StoreError, StoreLocked, StoreNotFound, StorePathInvalid,
                      StoreTooNew, StoreWriteFailed)
from .schema import SCHEMA_VERSION, applied_version, migrate

DEFAULT_DB = "eventwire.duckdb"
ENV_DB = "EVENTWIRE_DB"


def default_path() -> str:
    """``$EVENTWIRE_DB`` when set, else ``eventwire.duckdb`` in the working directory."""
    return os.environ.get(ENV_DB) or DEFAULT_DB


def explain(error: BaseException, path: str, *, writing: bool = False) -> StoreError:
    """The StoreError that says what a DuckDB failure on ``path`` means for the user."""
    text = str(error)
    low = text.lower()
    if "lock" in low and ("conflicting" in low or "could not set lock" in low):
        pid = re.search(r"PID (\d+)", text)
        who = f"another process (PID {pid.group(1)})" if pid else "another process"
        return StoreLocked(f"{path}: {who} has this database open for writing; wait for it to finish "
                           "or use another --db")
    if "not a valid duckdb database" in low or "checksum" in low or "corrupt" in low:
        return StoreCorrupt(f"{path}: not a DuckDB database, or a damaged one ({_first_line(text)}); "
                            "move it aside or use another --db")
    if "is a directory" in low:
        return StorePathInvalid(f"{path}: is a directory; give a file path such as {Path(path) / DEFAULT_DB}")
    if any(word in low for word in ("no space left", "file too large", "disk quota", "could not write",
                                    "could not truncate", "could not fsync", "could not extend")):
        return StoreWriteFailed(f"{path}: could not write ({_first_line(text)}); the batch was rolled back "
                                "and nothing partial was stored: free some space and run again to resume")
    if writing:
        return StoreWriteFailed(f"{path}: the write failed ({_first_line(text)}); the batch was rolled back "
                                "and nothing partial was stored")
    return StoreError(f"{path}: {_first_line(text)}")


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else "unknown error"


def _check_path(path: str, *, create: bool) -> None:
    """Refuse directories and missing folders before DuckDB gives a vaguer message."""
    target = Path(path)
    if target.is_dir():
        raise StorePathInvalid(f"{path}: is a directory; give a file path such as {target / DEFAULT_DB}")
    if not target.exists():
        if not create:
            raise StoreNotFound(f"{path}: no such database; create one with `eventwire run INPUT... --db {path}`")
        parent = target.parent if str(target.parent) else Path(".")
        if not parent.is_dir():
            raise StorePathInvalid(f"{path}: the folder {parent} does not exist")


def connect(path: str, *, read_only: bool = False, create: bool = True) -> duckdb.DuckDBPyConnection:
    """A connection to an eventwire database at ``path``, migrated to the current schema.

    Read-only connections never migrate and never create a file: several readers (a dashboard,
    a query in a shell) can share a database that no process is writing to.
    """
    if path != ":memory:":
        _check_path(path, create=create and not read_only)
    try:
        con = duckdb.connect(path, read_only=read_only)
        con.execute("SET enable_progress_bar = false")  # DuckDB's own bar would garble our stderr
    except duckdb.Error as exc:
        raise explain(exc, path) from exc
    try:
        _prepare(con, path, read_only=read_only)
    except BaseException:
        con.close()
        raise
    return con


def _prepare(con: duckdb.DuckDBPyConnection, path: str, *, read_only: bool) -> None:
    """Check the schema version and bring a writable database up to date."""
    try:
        version = applied_version(con)
    except duckdb.Error as exc:
        raise explain(exc, path) from exc
    if version is None:
        raise StoreCorrupt(f"{path}: a DuckDB database, but not one eventwire made (it has other tables and no "
                           "schema_migrations); use another --db")
    if version > SCHEMA_VERSION:
        raise StoreTooNew(f"{path}: schema version {version}, newer than this eventwire understands "
                          f"({SCHEMA_VERSION}); upgrade eventwire to read it")
    if version < SCHEMA_VERSION:
        if read_only:
            raise StoreError(f"{path}: schema version {version} needs upgrading to {SCHEMA_VERSION}; open it "
                              "once for writing (e.g. `eventwire run`) to migrate it")
        try:
            migrate(con, version)
        except duckdb.Error as exc:
            raise explain(exc, path, writing=True) from exc
