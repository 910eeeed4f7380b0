"""The server's handle on the event store: one connection, cursors per query, and a busy state.

Why one long-lived connection: DuckDB keeps its caches per database instance, so reopening the
file for each request would cost more than the query. Every query still gets its own cursor
(:meth:`Store.cursor`), and cursors are what DuckDB allows to run in parallel threads.

Why a busy state instead of a crash: DuckDB lets one process write a file and no one else open
it meanwhile. When ``eventwire run`` is ingesting into the database, ``eventwire serve`` starts
anyway, says which process holds the file, and connects as soon as the run ends (it retries at
most once a second, on the next request).
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from ..errors import StoreError, StoreLocked
from ..store import Store


class _SharedStore(Store):
    """A Store whose cursors may be taken from many threads at once (the server's thread pool)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._cursor_lock = threading.Lock()
        super().__init__(*args, **kwargs)

    def cursor(self) -> duckdb.DuckDBPyConnection:
        with self._cursor_lock:
            return self.connection.cursor()


@dataclass
class Busy:
    """Why the database cannot be read right now, and since when."""

    error: StoreLocked
    since: float

    @property
    def message(self) -> str:
        return self.error.message


class Database:
    """Opens the store read-only (or writable, when the server accepts pages) and keeps it open."""

    RETRY_SECONDS = 1.0

    def __init__(self, path: str, *, writable: bool = False, threads: int | None = None) -> None:
        self.path = path
        self.writable = writable
        self.threads = threads
        self._store: Store | None = None
        self._lock = threading.Lock()
        self.busy: Busy | None = None
        self._last_try = 0.0
        self.generation = 0  # moves on every (re)connection and every write: cached answers key on it
        self.changed_at = -float("inf")  # time.monotonic() of this server's last write
        self.write_lock = threading.Lock()  # one writer at a time (DuckDB serialises them anyway)

    def open(self) -> None:
        """Connect now; a missing or unreadable file raises, a locked one only sets :attr:`busy`."""
        self._connect(force=True)

    def _connect(self, *, force: bool = False) -> Store | None:
        with self._lock:
            if self._store is not None:
                return self._store
            now = time.monotonic()
            if not force and now - self._last_try < self.RETRY_SECONDS:
                return None
            self._last_try = now
            try:
                self._store = _SharedStore(self.path, read_only=not self.writable, create=self.writable)
            except StoreLocked as exc:
                self.busy = self.busy or Busy(exc, time.time())
                self.busy.error = exc
                return None
            if self.threads:
                self._store.connection.execute(f"SET threads = {int(self.threads)}")
            self.busy = None
            self.generation += 1
            return self._store

    def store(self) -> Store:
        """The open store; raises :class:`StoreLocked` while another process writes to the file."""
        store = self._store or self._connect()
        if store is None:
            assert self.busy is not None
            raise self.busy.error
        return store

    def changed(self) -> None:
        """This server wrote to the database: answers computed before are out of date."""
        self.generation += 1
        self.changed_at = time.monotonic()

    def file_size(self) -> int | None:
        """Bytes on disk (database plus its write-ahead log): it grows while an ingest runs."""
        try:
            size = Path(self.path).stat().st_size
        except OSError:
            return None
        wal = Path(f"{self.path}.wal")
        return size + (wal.stat().st_size if wal.exists() else 0)

    def writer_cursor(self) -> duckdb.DuckDBPyConnection:
        """A cursor for one write transaction (the caller holds :attr:`write_lock`)."""
        if not self.writable:
            raise StoreError(f"{self.path}: opened read-only")
        return self.store().cursor()

    def close(self) -> None:
        """Close the connection (DuckDB checkpoints); a later request opens it again at once."""
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None
            self._last_try = 0.0  # the retry pause is for a locked file, not for one we closed

    def describe(self) -> dict[str, Any]:
        """Path, mode and state for the ingest page and the start-up line."""
        return {"path": os.path.abspath(self.path), "writable": self.writable,
                "busy": self.busy.message if self.busy else None, "bytes": self.file_size()}
