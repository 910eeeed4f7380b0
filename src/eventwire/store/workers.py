"""Extract, enrich and code documents in this process or in a pool of worker processes (``-j N``).

Why a pool of our own over ``Pool.imap``: ``imap`` reads its whole input ahead, which for a
million pages means a million documents in memory. Here at most ``2 × jobs`` chunks are in
flight, results come back in input order (the parent writes them, so runs are deterministic
whatever ``-j`` is), each worker loads the spaCy model once, and a worker whose parent died
(``kill -9``) exits instead of lingering.

The coder is pluggable (``module:function`` taking an AnnotatedArticle and returning Events) so a
project's own coder, or a test's, runs through the same path as the built-in one.
"""

from __future__ import annotations

import importlib
import logging
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing import get_context
from typing import Union

from ..errors import StoreUsageError
from ..pipeline import ExtractOptions, extract_raw, process_articles
from ..records import AnnotatedArticle, Article, Event, RawDocument

log = logging.getLogger(__name__)

Coder = Callable[[AnnotatedArticle], list[Event]]
CoderSpec = Union[str, Coder, None]
Item = Union[RawDocument, Article]
Result = tuple[Article, list[Event]]


def resolve_coder(spec: CoderSpec) -> Coder:
    """The coder function: the built-in one, a callable, or ``"package.module:function"``."""
    if spec is None:
        from ..coding import code_article
        return code_article
    if callable(spec):
        return spec
    module_name, _, attribute = spec.partition(":")
    if not module_name or not attribute:
        raise StoreUsageError(f"--coder {spec!r}: expected module:function, e.g. mycoder.rules:code_article")
    try:
        function = getattr(importlib.import_module(module_name), attribute)
    except (ImportError, AttributeError) as exc:
        raise StoreUsageError(f"--coder {spec!r}: cannot load it ({exc})") from exc
    if not callable(function):
        raise StoreUsageError(f"--coder {spec!r}: not a function")
    return function


def coder_name(spec: CoderSpec) -> str:
    """How a run records its coder (part of the run's id)."""
    if spec is None:
        return "eventwire.coding:code_article"
    if callable(spec):
        return f"{spec.__module__}:{spec.__qualname__}"
    return spec


def process_chunk(items: list[Item], coder: Coder, options: ExtractOptions) -> list[Result]:
    """Every document of a chunk through extract → enrich → code, in order; never raises per document."""
    articles = [item if isinstance(item, Article) else extract_raw(item, options) for item in items]
    return [(done.article, done.events) for done in process_articles(articles, coder)]


# --- worker processes --------------------------------------------------------------------------------

_WORKER: dict[str, object] = {}


def _watch_parent(parent: int) -> None:
    """Exit when the parent is gone (killed with -9 it cannot tell us), so no worker lingers."""
    while True:
        time.sleep(0.5)
        if os.getppid() != parent:
            os._exit(1)


def _init_worker(coder: CoderSpec, options: ExtractOptions, parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    _WORKER["coder"] = resolve_coder(coder)
    _WORKER["options"] = options
    try:
        from ..nlp import load_pipeline
        load_pipeline()  # once per worker, before the first chunk
    except Exception:  # noqa: BLE001 - a missing model is reported per document by the stage itself
        log.debug("model preload failed", exc_info=True)


def _work(items: list[Item]) -> list[Result]:
    return process_chunk(items, _WORKER["coder"], _WORKER["options"])  # type: ignore[arg-type]


def process_chunks(chunks: Iterable[list[Item]], *, coder: CoderSpec = None, options: ExtractOptions | None = None,
                   jobs: int = 1) -> Iterator[list[Result]]:
    """Results of each chunk, in order: in this process when ``jobs`` is 1, else in a pool."""
    options = options or ExtractOptions()
    if jobs <= 1:
        function = resolve_coder(coder)
        for chunk in chunks:
            yield process_chunk(chunk, function, options) if chunk else []
        return
    if callable(coder) and getattr(coder, "__name__", "") == "<lambda>":
        raise StoreUsageError("a coder for -j above 1 must be importable (module:function), not a lambda")
    resolve_coder(coder)  # fail early, in the parent, on a bad spec
    context = get_context("spawn")  # the parent holds a DuckDB connection and threads: never fork it
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_init_worker,
                             initargs=(coder, options, os.getpid())) as pool:
        window: deque[Future[list[Result]] | None] = deque()
        try:
            for chunk in chunks:
                window.append(pool.submit(_work, chunk) if chunk else None)
                if len(window) >= 2 * jobs:
                    yield _result(window.popleft())
            while window:
                yield _result(window.popleft())
        except BaseException:
            for future in window:
                if future is not None:
                    future.cancel()
            raise


def _result(future: Future[list[Result]] | None) -> list[Result]:
    return [] if future is None else future.result()
