"""Give memory back to the system while a server runs for weeks.

Why: soaks of ``eventwire serve`` (bench/serve_soak.py) showed resident memory creeping 2–7 MB a
minute under reads and submissions while the Python heap stayed flat (tracemalloc), so the growth
is native memory. Part of it is the allocator keeping what DuckDB's worker threads and our thread
pool freed: glibc gives every thread that allocates its own arena (up to eight per core) and
returns an arena's free pages to the system only when asked (two arenas alone cut the growth per
read from 2.6 to 1.0 kB; with trimming as well, memory is flat after minute 22 of a 45-minute
soak, where without it a 70-minute soak still grew 2–7 MB a minute after minute 30). So the
server, on glibc, (1) caps the arenas at two, and (2) asks ``malloc_trim`` every ``every`` seconds
to release free pages. Elsewhere (musl, macOS) both are skipped: nothing to do, nothing breaks.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import threading
from typing import Any

M_ARENA_MAX = -8  # mallopt parameter, from glibc's malloc.h


def _libc() -> Any | None:
    """glibc, if this process runs on it (it has ``malloc_trim``); else None."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.malloc_trim.argtypes, libc.mallopt.argtypes = [ctypes.c_size_t], [ctypes.c_int, ctypes.c_int]
        return libc
    except (OSError, AttributeError):
        return None


class MemoryKeeper:
    """Caps glibc's arenas at start and trims freed memory in a daemon thread."""

    def __init__(self, every: float = 30.0, arenas: int = 2) -> None:
        self.every, self.arenas = every, arenas
        self.trims = 0
        self.libc = _libc()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def available(self) -> bool:
        return self.libc is not None

    def start(self) -> None:
        """Cap the arenas (threads created from now on share them) and start trimming."""
        if self.libc is None or self.every <= 0:
            return
        self.libc.mallopt(M_ARENA_MAX, self.arenas)
        self._thread = threading.Thread(target=self._run, name="eventwire-memory-trim", daemon=True)
        self._thread.start()

    def trim(self) -> None:
        if self.libc is not None:
            self.libc.malloc_trim(0)
            self.trims += 1

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            self.trim()

    def stop(self) -> None:
        self._stop.set()

    def state(self) -> dict[str, Any]:
        return {"trim_every_s": self.every if self.available else None, "trims": self.trims,
                "arenas": self.arenas if self.available and self.every > 0 else None}


__all__ = ["MemoryKeeper"]
