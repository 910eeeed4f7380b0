"""The public Python functions; the CLI and later the HTTP API are thin faces over these."""

from __future__ import annotations

import os
from pathlib import Path

from .errors import EventwireError
from .ingest import read_input
from .pipeline import ExtractOptions, extract_raw, failed_article
from .records import Article, Event, RawDocument


def _is_path(value: str) -> bool:
    """A short single-line string naming an existing file is a path; anything else is content."""
    return len(value) < 4096 and "\n" not in value and "<" not in value and os.path.isfile(value)


def extract(page: str | bytes | os.PathLike[str], *, url: str | None = None,
            max_bytes: int = ExtractOptions.max_bytes) -> Article:
    """Extract the article from a file path, an HTML/text string or raw bytes.

    Never raises for bad content: check ``article.status`` and ``article.reason``.

    >>> article = extract("examples/troops-wire.txt")   # doctest: +SKIP
    >>> article.title, article.published                 # doctest: +SKIP
    """
    options = ExtractOptions(max_bytes=max_bytes)
    if isinstance(page, os.PathLike) or (isinstance(page, str) and _is_path(page)):
        try:
            raw = read_input(str(Path(page)), max_bytes=max_bytes)
        except EventwireError as exc:
            return failed_article(str(page), exc)
    elif isinstance(page, str):
        raw = RawDocument(source="<text>", data=page.encode("utf-8"))
    else:
        raw = RawDocument(source="<bytes>", data=bytes(page))
    if url:
        raw.url = url
    return extract_raw(raw, options)


def code(page: str | bytes | os.PathLike[str], *, url: str | None = None,
         max_bytes: int = ExtractOptions.max_bytes) -> list[Event]:
    """The events a page reports: extract, enrich and code one page (path, HTML/text or bytes).

    A page with no article gives no events; ``extract(page).reason`` says why.

    >>> for event in code("examples/wire-donbas-shelling.txt"):   # doctest: +SKIP
    ...     print(event.event, [a.code for a in event.actors], event.evidence.text)
    """
    from .coding import code_article
    from .nlp import annotate

    article = extract(page, url=url, max_bytes=max_bytes)
    return code_article(annotate(article)) if article.ok else []
