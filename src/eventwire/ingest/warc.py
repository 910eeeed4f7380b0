"""WARC and ARC archives (Common Crawl's CC-NEWS): the HTML and text pages inside, one by one.

Only ``response`` records with a 2xx status and an HTML or text payload (or none declared) are
pages; requests, metadata, revisits, images and redirects are counted as skipped, not reported
one by one (a CC-NEWS file has about as many of those as pages). A page keeps its record's URL
(``url``) and capture date (``fetched``); its ``source`` is ``archive@offset``, the byte offset
of its record, which is what ``warcio extract`` and Common Crawl's index use to find it again.

warcio stops silently at a truncated gzip member and returns a cut record short in an
uncompressed file, so damage is detected here: a record whose payload ends before its declared
length, an exception from the reader, or bytes left after the last whole record. The pages
before the damage are yielded, then one failed record saying where the damage starts.
"""

from __future__ import annotations

import gzip
import logging
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from ..errors import ArchiveDamaged, EventwireError, InputNotFound, InputTooLarge
from ..records import Article, RawDocument
from .files import DEFAULT_MAX_BYTES

log = logging.getLogger(__name__)

ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
_BLOCK = 65536


def is_archive(path: str) -> bool:
    """True for the file names eventwire reads as WARC/ARC archives rather than as pages."""
    return path.lower().endswith(ARCHIVE_SUFFIXES)


@dataclass
class ArchiveStats:
    """What an archive held: the counters a Spark job or a run summary reports."""

    records: int = 0                 # every record read, whatever its type, a damaged one included
    pages: int = 0                   # records handed on as pages
    skipped: Counter[str] = field(default_factory=Counter)  # not a page, by reason
    damaged: str | None = None       # the reason, when the archive is truncated or corrupt

    def add(self, other: ArchiveStats) -> None:
        self.records += other.records
        self.pages += other.pages
        self.skipped.update(other.skipped)


class _Counting:
    """A read-only stream that counts the bytes it gave, so leftover bytes after the last record show."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream
        self.count = 0
        self.tail = b""
        self.head = stream.read(4096)  # served first; kept to tell an archive from anything else
        self._pending = self.head

    def read(self, size: int = -1) -> bytes:
        if self._pending:
            data = self._pending if size is None or size < 0 else self._pending[:size]
            self._pending = self._pending[len(data):]
        else:
            data = self.stream.read(size)
        self.count += len(data)
        self.tail = (self.tail + data)[-64:]
        return data

    def readline(self, size: int = -1) -> bytes:  # pragma: no cover - warcio reads in blocks
        data = self.stream.readline(size)
        self.count += len(data)
        return data

    def tell(self) -> int:
        return self.count

    def drain(self) -> int:
        while self.read(_BLOCK):
            pass
        return self.count


def looks_like_archive(head: bytes) -> bool:
    """True when the first bytes (gzipped or not) start a WARC or an ARC record."""
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return False
    head = head.lstrip(b"\r\n")
    return not head or head.startswith((b"WARC/", b"filedesc://"))


def _blank(data: bytes) -> bool:
    """True for bytes that hold nothing: white space, or gzip members of white space."""
    if data.startswith(b"\x1f\x8b"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error):
            return False
    return not data.strip()


def _skip_reason(record: object) -> str | None:
    """Why a record is not a page (None when it is one)."""
    rec_type = getattr(record, "rec_type", None)
    if rec_type != "response":
        return f"{rec_type} record"
    http = getattr(record, "http_headers", None)
    if http is None:
        return "response without HTTP headers"
    status = http.get_statuscode() or ""
    if not status.startswith("2"):
        return f"HTTP status {status or 'missing'}"
    media_type = http.get_header("Content-Type")
    if media_type:
        essence = media_type.split(";", 1)[0].strip().lower()
        if essence not in PAGE_TYPES:
            return f"content type {essence or 'empty'}"
    return None


def iter_archive(stream: BinaryIO, name: str, *, max_bytes: int = DEFAULT_MAX_BYTES,
                 stats: ArchiveStats | None = None) -> Iterator[RawDocument | Article]:
    """The pages of one archive stream, in order; a failed record last when the archive is damaged.

    ``stats`` (when given) is filled in as records are read, so a caller can count what was
    skipped. Never raises for a bad archive: damage becomes an :class:`ArchiveDamaged` record.
    """
    from warcio.archiveiterator import ArchiveIterator

    from ..pipeline import failed_article

    stats = stats if stats is not None else ArchiveStats()
    counting = _Counting(stream)
    offset = whole = 0
    try:
        if counting.head and not looks_like_archive(counting.head):
            raise _Damage(0, "not a WARC or ARC archive (it starts with neither WARC/ nor filedesc://)")
        archive = ArchiveIterator(counting, arc2warc=True)
        for record in archive:
            offset = archive.offset
            stats.records += 1
            length = record.rec_headers.get_header("Content-Length") if record.rec_type else None
            if not (length or "").strip().isdigit():  # a header cut before its end parses "fine"
                raise _Damage(offset, "a record header is cut short or unreadable")
            reason = _skip_reason(record)
            if reason is not None:
                _drain(record, name, offset)
                whole += 1
                stats.skipped[reason] += 1
                continue
            headers = record.rec_headers
            source = f"{name}@{offset}"
            data = record.content_stream().read(max_bytes + 1)
            _drain(record, name, offset)
            whole += 1
            stats.pages += 1
            if len(data) > max_bytes:
                yield failed_article(source, InputTooLarge(
                    f"{source}: larger than the {max_bytes:,}-byte limit (raise it with --max-bytes)"))
                continue
            yield RawDocument(source=source, data=data, url=headers.get_header("WARC-Target-URI"),
                              fetched=headers.get_header("WARC-Date"),
                              media_type=record.http_headers.get_header("Content-Type"))
        end = archive.offset if stats.records else 0
        total = counting.drain()
        left = total - end
        if stats.records == 0 and total == len(counting.head) and _blank(counting.head):
            left = 0  # an empty archive (gzip of nothing): nothing to read, nothing damaged
        if left > 64 or (left > 0 and counting.tail[-left:].strip()):  # line ends between records are fine
            what = "not a WARC or ARC archive" if stats.records == 0 else "a cut or unreadable record at the end"
            raise _Damage(end, f"{what} ({total - end:,} bytes after the last whole record)")
    except _Damage as damage:
        offset = damage.offset
        stats.damaged = _reason(name, offset, whole, stats.pages, damage.detail)
    except EventwireError:
        raise
    except Exception as exc:  # noqa: BLE001 - warcio, zlib and parsers all raise their own kinds
        log.debug("archive %s unreadable at %d", name, offset, exc_info=True)
        detail = f"the archive reader failed ({type(exc).__name__}: {exc})"
        stats.damaged = _reason(name, offset, whole, stats.pages, detail[:300])
    if stats.damaged:
        if stats.records == whole and (whole or looks_like_archive(counting.head)):
            stats.records += 1  # the cut record was never parsed, but it is a record and it failed
        yield failed_article(f"{name}@{offset}", ArchiveDamaged(stats.damaged))


class _Damage(Exception):
    def __init__(self, offset: int, detail: str) -> None:
        super().__init__(detail)
        self.offset, self.detail = offset, detail


def _drain(record: object, name: str, offset: int) -> None:
    """Read the rest of a record's block; a block shorter than its Content-Length is damage."""
    raw = record.raw_stream  # type: ignore[attr-defined]
    while raw.read(_BLOCK):
        pass
    missing = getattr(raw, "limit", 0)
    if missing:
        raise _Damage(offset, f"the record is cut short ({missing:,} bytes missing)")


def _reason(name: str, offset: int, whole: int, pages: int, detail: str) -> str:
    return (f"{name}: truncated or corrupt from byte {offset:,} on, after {whole:,} whole records "
            f"({pages:,} pages kept): {detail}")


def read_archive(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES,
                 stats: ArchiveStats | None = None) -> Iterator[RawDocument | Article]:
    """The pages of the archive file at ``path`` (see :func:`iter_archive`); never raises."""
    from ..pipeline import failed_article

    try:
        handle = open(path, "rb")
    except OSError as exc:
        yield failed_article(path, InputNotFound(f"{path}: cannot be read ({exc.strerror or exc})"))
        return
    with handle:
        yield from iter_archive(handle, path, max_bytes=max_bytes, stats=stats)
