"""Pages submitted over HTTP (``POST /api/articles``): coded, stored, and shown on the ingest page.

Why in the server process: DuckDB lets one process write a file, so a server that accepts pages
must be the writer itself. Each page goes through the same stages as ``eventwire run`` (the
pipeline's ``extract_raw`` and ``process_articles``) and the store's transactional writer, one
page per transaction, one page at a time (the stages are CPU-bound; a queue makes the wait
visible instead of thrashing two cores).
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import deque
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from ..pipeline import ExtractOptions, extract_raw, process_articles
from ..records import Article, RawDocument
from ..store.writer import Document, input_id, write_batch

if TYPE_CHECKING:
    from .app import Settings
    from .database import Database


@dataclass
class Submission:
    """One page sent to the server, from arrival to stored events."""

    number: int
    source: str
    bytes: int
    submitted_at: float
    state: str = "queued"  # queued, processing, stored, duplicate, failed
    doc_id: str | None = None
    status: str | None = None  # the article's status (ok, empty, rejected, error)
    reason: str | None = None
    events: int = 0
    seconds: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Outcome:
    """What storing one page did: its article, whether it was new, and how many events it added."""

    article: Article
    added: bool
    events_added: int
    submission: Submission


@dataclass
class Submissions:
    """The server's own ingest: a queue of pages, processed one at a time, with recent history."""

    database: Database
    settings: Settings
    history: deque[Submission] = field(default_factory=lambda: deque(maxlen=200))
    started: float = field(default_factory=time.time)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _serial: int = 0
    totals: dict[str, int] = field(default_factory=lambda: {"submitted": 0, "stored": 0, "duplicate": 0,
                                                              "failed": 0, "events_added": 0})

    def submit(self, data: bytes, *, url: str | None = None, media_type: str | None = None) -> Outcome:
        """Extract, code and store one page; blocks while earlier pages are processed."""
        with self._lock:
            self._serial += 1
            digest = hashlib.sha256(data).hexdigest()[:16]
            item = Submission(self._serial, url or f"<http-post:{digest}>", len(data), time.time())
            self.history.appendleft(item)
            self.totals["submitted"] += 1
        started = time.monotonic()
        try:
            with self.database.write_lock:
                item.state = "processing"
                outcome = self._process(item, data, url, media_type)
        except BaseException as exc:
            item.state, item.reason = "failed", str(exc)
            self.totals["failed"] += 1
            raise
        finally:
            item.seconds = round(time.monotonic() - started, 3)
        return outcome

    def _process(self, item: Submission, data: bytes, url: str | None, media_type: str | None) -> Outcome:
        raw = RawDocument(source=item.source, data=data, url=url, media_type=media_type)
        article = extract_raw(raw, ExtractOptions(max_bytes=self.settings.max_body))
        processed = next(iter(process_articles([article])))
        article = processed.article
        cursor = self.database.writer_cursor()
        try:
            result = write_batch(cursor, [Document(article, processed.events, input_id(raw), len(data))],
                                 run_id=None, path=self.database.path)
        finally:
            cursor.close()
            self.database.changed()
        item.doc_id, item.status, item.reason = article.doc_id, article.status, article.reason
        item.events = result.events_added
        added = result.articles_added > 0
        item.state = "stored" if added else "duplicate"
        self.totals["stored" if added else "duplicate"] += 1
        self.totals["events_added"] += result.events_added
        return Outcome(article, added, result.events_added, item)

    def state(self) -> dict[str, Any]:
        """Totals and the latest submissions, newest first (for ``/api/ingest`` and the page)."""
        recent = list(self.history)
        return {"accepting": self.settings.writable, "started_at": self.started, **self.totals,
                "queued": sum(1 for s in recent if s.state == "queued"),
                "processing": sum(1 for s in recent if s.state == "processing"),
                "recent": [s.to_dict() for s in recent[:50]]}
