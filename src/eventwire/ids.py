"""Stable ids: the same input always gets the same id, so re-running adds nothing twice."""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING_PREFIXES = ("utm_", "fbclid", "gclid", "mc_", "ocid", "cmpid")


def normalise_url(url: str) -> str:
    """One spelling per page: lower-case scheme and host, no fragment, no tracking parameters."""
    parts = urlsplit(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not k.lower().startswith(_TRACKING_PREFIXES)]
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, urlencode(query), ""))


def short_hash(*pieces: str) -> str:
    """A 16-hex-digit SHA-256 prefix of the pieces joined by a separator no text contains."""
    digest = hashlib.sha256("\x1f".join(pieces).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:16]


def doc_id(url: str | None, content: str | bytes) -> str:
    """Hash of the normalised URL when the page has one, else of its content."""
    if url:
        return short_hash("url", normalise_url(url))
    if isinstance(content, str):
        content = content.encode("utf-8", "surrogatepass")
    return hashlib.sha256(b"content\x1f" + content).hexdigest()[:16]
