"""An on-disk HTTP cache: the bytes of pages we fetched, with the validators to ask again cheaply.

Why: a run over a URL list is resumable, and a resumed run, a second run or a feed poll asks for
pages it already has. With the page's ETag / Last-Modified kept here the server can answer
``304 Not Modified`` (a few hundred bytes) and, when the server said how long the page stays
fresh (``Cache-Control: max-age``, ``Expires``), we do not ask at all until then.

One JSON file of metadata and one file of bytes per URL, under a two-letter fan-out directory;
both are written to a temporary name and renamed, so a killed run never leaves half an entry and
threads may share the cache. ``no-store`` answers are not kept, nor answers that give no way to
revalidate and no freshness lifetime (nothing could be saved by keeping them).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import time
from dataclasses import asdict, dataclass
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, Protocol

ENV_CACHE_DIR = "EVENTWIRE_CACHE_DIR"
_MAX_AGE = re.compile(r"(?:^|,)\s*(?:s-)?max-age\s*=\s*\"?(\d+)", re.I)


def default_cache_dir() -> str:
    """``$EVENTWIRE_CACHE_DIR``, else ``$XDG_CACHE_HOME/eventwire/http``, else ``~/.cache/eventwire/http``."""
    if os.environ.get(ENV_CACHE_DIR):
        return os.environ[ENV_CACHE_DIR]
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "eventwire", "http")


class _Headers(Protocol):
    def get(self, key: str, default: Any = None) -> Any: ...


class _Result(Protocol):
    final_url: str
    media_type: str | None
    fetched: str
    etag: str | None
    last_modified: str | None


def _expires(headers: _Headers, now: float) -> float | None:
    """When the answer stops being fresh (epoch seconds), from Cache-Control or Expires."""
    control = (headers.get("cache-control") or "").lower()
    if "no-cache" in control or "no-store" in control:
        return None
    match = _MAX_AGE.search(control)
    if match:
        return now + int(match.group(1))
    expires = headers.get("expires")
    if expires:
        try:
            return parsedate_to_datetime(expires).timestamp()
        except (TypeError, ValueError):
            return None
    return None


@dataclass
class CachedResponse:
    """A cached answer: what is needed to serve it again or to revalidate it."""

    url: str
    final_url: str
    media_type: str | None
    fetched: str
    etag: str | None
    last_modified: str | None
    expires: float | None
    body_path: str

    def fresh(self) -> bool:
        """Still fresh by the server's own lifetime: no request needed."""
        return self.expires is not None and time.time() < self.expires

    def body(self) -> bytes:
        return Path(self.body_path).read_bytes()


class HttpCache:
    """The cache directory; safe to share between threads and between runs."""

    def __init__(self, directory: str | os.PathLike[str]) -> None:
        self.directory = Path(directory)

    def _paths(self, url: str) -> tuple[Path, Path]:
        key = hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()[:40]
        folder = self.directory / key[:2]
        return folder / f"{key}.json", folder / f"{key}.body"

    def get(self, url: str) -> CachedResponse | None:
        """The entry for ``url`` when there is a whole one."""
        meta_path, body_path = self._paths(url)
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if meta.get("url") != url or not body_path.is_file():
            return None
        fields = {k: meta.get(k) for k in ("final_url", "media_type", "fetched", "etag", "last_modified", "expires")}
        return CachedResponse(url=url, body_path=str(body_path), **fields)

    def put(self, url: str, result: _Result, headers: _Headers, body: bytes | None = None) -> None:
        """Keep an answer when it can be revalidated or has a freshness lifetime."""
        if "no-store" in (headers.get("cache-control") or "").lower():
            return
        expires = _expires(headers, time.time())
        if not (result.etag or result.last_modified or expires):
            return
        meta_path, body_path = self._paths(url)
        entry = CachedResponse(url, result.final_url, result.media_type, result.fetched, result.etag,
                               result.last_modified, expires, str(body_path))
        try:
            meta_path.parent.mkdir(parents=True, exist_ok=True)
            _write_atomically(body_path, body if body is not None else getattr(result, "data", b""))
            _write_atomically(meta_path, json.dumps(asdict(entry)).encode("utf-8"))
        except OSError:  # a full or read-only cache costs speed, never a page
            return

    def touch(self, url: str, headers: _Headers) -> None:
        """After a 304: the entry is fresh again for as long as the new answer says."""
        entry = self.get(url)
        if entry is None:
            return
        entry.expires = _expires(headers, time.time())
        meta_path, _ = self._paths(url)
        try:
            _write_atomically(meta_path, json.dumps(asdict(entry)).encode("utf-8"))
        except OSError:
            return


def _write_atomically(path: Path, data: bytes) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        try:
            os.remove(temporary)
        except OSError:
            pass
        raise
