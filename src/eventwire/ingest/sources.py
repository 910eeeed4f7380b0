"""Every kind of input ``eventwire run`` takes, in one ordered stream of raw documents.

An input is a file, a directory, a glob, ``-`` (stdin), a URL, a list of URLs (``--urls FILE``)
or a WARC/ARC archive (found directly or inside a directory). Each becomes raw documents, or a
failed record saying why it could not be read, in the order the inputs were given: runs stay
deterministic whatever mix of sources they read.

Consecutive URLs are fetched together (a few at a time, in order) by one :class:`Fetcher`, so
robots.txt rules, per-host pauses and connections are shared across them.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, BinaryIO

from ..errors import AddressRefused, InputNotFound
from ..records import Article, RawDocument
from .files import DEFAULT_MAX_BYTES, discover
from .warc import ArchiveStats, is_archive, read_archive

if TYPE_CHECKING:  # httpx loads on the first URL, not with every command
    from .fetch import FetchOptions, Fetcher

URL_LIST = "urls:"  # an input naming a file of URLs, one a line (what --urls FILE adds to the inputs)


def is_url(value: str) -> bool:
    """True for the inputs ``eventwire run`` should fetch rather than look for on disk."""
    return value.startswith(("http://", "https://")) and "\n" not in value


def url_list(path: str) -> str:
    """The input that stands for the URLs listed in ``path`` (kept absolute, so a run's id is stable)."""
    return URL_LIST + (path if path == "-" else os.path.abspath(path))


def read_url_list(path: str, *, stdin: BinaryIO | None = None) -> Iterator[str]:
    """The URLs of a list file: one a line; blank lines and ``#`` comments are skipped."""
    if path == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        lines: Iterable[bytes] = stream
    else:
        try:
            lines = open(path, "rb")  # noqa: SIM115 - closed below, read lazily for long lists
        except OSError as exc:
            raise InputNotFound(f"{path}: the URL list cannot be read ({exc.strerror or exc})") from exc
    try:
        for line in lines:
            url = line.decode("utf-8", errors="replace").strip()
            if url and not url.startswith("#"):
                yield url
    finally:
        if path != "-":
            lines.close()  # type: ignore[union-attr]


def count_documents(inputs: Iterable[str]) -> int:
    """How many documents the inputs name, for a progress bar; 0 when that cannot be known cheaply.

    An archive holds an unknown number of pages, and stdin cannot be read twice.
    """
    total = 0
    for item in inputs:
        if is_url(item):
            total += 1
        elif item.startswith(URL_LIST):
            path = item[len(URL_LIST):]
            if path == "-":
                return 0
            try:
                total += sum(1 for _ in read_url_list(path))
            except InputNotFound:
                continue
        elif item == "-":
            return 0
        else:
            for found in discover([item]):
                if isinstance(found, str) and is_archive(found):
                    return 0
                total += not isinstance(found, InputNotFound)
    return total


def _urls(inputs: list[str], stdin: BinaryIO | None) -> Iterator[str | Article]:
    """The URLs of consecutive URL inputs and URL lists, or a failed record for a bad list or line."""
    from ..pipeline import failed_article

    for item in inputs:
        if is_url(item):
            yield item
            continue
        path = item[len(URL_LIST):]
        try:
            for url in read_url_list(path, stdin=stdin):
                yield url if is_url(url) else failed_article(url, AddressRefused(f"{url}: not an http(s) URL"))
        except InputNotFound as exc:
            yield failed_article(path, exc)


def iter_sources(inputs: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES,
                 fetch: FetchOptions | Fetcher | None = None, stdin: BinaryIO | None = None,
                 archive_stats: ArchiveStats | None = None) -> Iterator[RawDocument | Article]:
    """Raw documents for every input, in order, or a failed Article where one cannot be read.

    ``fetch`` is a :class:`Fetcher` to share (a watch keeps one for its lifetime) or the options
    for one made here when the first URL comes and closed at the end; ``archive_stats`` adds up
    what the archives held.
    """
    from ..pipeline import ExtractOptions, failed_article, iter_raw
    from .fetch import FetchOptions, Fetcher

    options = ExtractOptions(max_bytes=max_bytes)
    fetcher = fetch if isinstance(fetch, Fetcher) else None
    owned: Fetcher | None = None
    pending = list(inputs)
    try:
        while pending:
            if is_url(pending[0]) or pending[0].startswith(URL_LIST):
                group = []
                while pending and (is_url(pending[0]) or pending[0].startswith(URL_LIST)):
                    group.append(pending.pop(0))
                if fetcher is None:
                    opts = fetch if isinstance(fetch, FetchOptions) else FetchOptions()
                    owned = fetcher = Fetcher(FetchOptions(**{**opts.__dict__, "max_bytes": max_bytes}))
                yield from _fetch_all(_urls(group, stdin), fetcher)
                continue
            item = pending.pop(0)
            for found in discover([item]):
                if isinstance(found, InputNotFound):
                    yield failed_article(str(found.message).split(":")[0], found)
                elif found != "-" and is_archive(found):
                    yield from read_archive(found, max_bytes=max_bytes, stats=archive_stats)
                else:
                    yield from iter_raw([found], options, stdin=stdin)
    finally:
        if owned is not None:
            owned.close()


def _fetch_all(items: Iterator[str | Article], fetcher: Fetcher) -> Iterator[RawDocument | Article]:
    """Fetch the URLs among ``items`` (in order, a few at a time); failed records pass through in place."""
    from .fetch import fetch_many

    failed: dict[int, Article] = {}

    def urls() -> Iterator[str]:
        for position, item in enumerate(items):
            if isinstance(item, Article):
                failed[position] = item
                continue
            yield item

    # A failed line is yielded before the fetched pages of the lines that follow it: fetch_many
    # reads ahead, so the failures recorded by then belong before the next result in order.
    position = 0
    for result in fetch_many(urls(), fetcher):
        while position in failed:
            yield failed.pop(position)
            position += 1
        yield result
        position += 1
    for key in sorted(failed):
        yield failed.pop(key)
