"""The runner: moves documents through the stages and gives every one a status and a reason.

Stages raise :class:`~eventwire.errors.EventwireError` for problems with one document; the runner
turns them into a record with ``status``/``reason`` and goes on. An unexpected exception in a
stage is a bug, but it still must not stop a batch of a million pages: it becomes ``status =
"error"`` with the exception's text, and ``-v`` on the CLI shows the traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import BinaryIO, TypeVar

from .errors import EventwireError, InputNotFound
from .extract import extract_page
from .ids import doc_id
from .ingest import decode_page, discover, read_input
from .ingest.files import DEFAULT_MAX_BYTES
from .records import AnnotatedArticle, Article, Event, RawDocument

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass
class ExtractOptions:
    """Knobs of the extraction stage (the CLI's options map onto these one to one)."""

    max_bytes: int = DEFAULT_MAX_BYTES


def failed_article(source: str, error: BaseException, *, content: bytes = b"") -> Article:
    """The record for a document that could not be extracted, with a reason a user understands."""
    if isinstance(error, EventwireError):
        status, reason = error.status, str(error)
    else:
        status, reason = "error", f"[E900] {source}: unexpected {type(error).__name__}: {error}"
    found = getattr(error, "found", None) or {}
    return Article(doc_id=doc_id(None, source.encode() + b"\x1f" + content), source=source,
                   status=status, reason=reason, **found)  # type: ignore[arg-type]


def extract_raw(raw: RawDocument, options: ExtractOptions | None = None) -> Article:
    """Decode and extract one raw document; never raises for a bad document."""
    options = options or ExtractOptions()
    try:
        return extract_page(decode_page(raw, max_bytes=options.max_bytes))
    except EventwireError as exc:
        return failed_article(raw.source, exc, content=raw.data[:65536])
    except Exception as exc:  # noqa: BLE001 - a stage bug must not stop the batch
        log.debug("extraction failed for %s", raw.source, exc_info=True)
        return failed_article(raw.source, exc, content=raw.data[:65536])


def iter_raw(inputs: Iterable[str], options: ExtractOptions, *, stdin: BinaryIO | None = None
             ) -> Iterator[RawDocument | Article]:
    """Raw documents for each input, or a failed Article where an input cannot be read at all."""
    for item in discover(inputs):
        if isinstance(item, InputNotFound):
            yield failed_article(str(item.message).split(":")[0], item)
            continue
        try:
            yield read_input(item, max_bytes=options.max_bytes, stdin=stdin)
        except EventwireError as exc:
            yield failed_article(item if item != "-" else "<stdin>", exc)


def extract_inputs(inputs: Iterable[str], options: ExtractOptions | None = None, *,
                   stdin: BinaryIO | None = None) -> Iterator[Article]:
    """One Article per document named by ``inputs`` (files, directories, globs, ``-``), in order."""
    options = options or ExtractOptions()
    for item in iter_raw(inputs, options, stdin=stdin):
        yield item if isinstance(item, Article) else extract_raw(item, options)


def annotate_inputs(inputs: Iterable[str], options: ExtractOptions | None = None, *,
                    stdin: BinaryIO | None = None, batch_size: int = 16) -> Iterator[Article | AnnotatedArticle]:
    """Extract and enrich every document, in order; documents that failed extraction pass through."""
    return _annotate_articles(extract_inputs(inputs, options, stdin=stdin), batch_size=batch_size)


def _annotate_batch(batch: list[Article]) -> list[Article | AnnotatedArticle]:
    """Annotate one batch, in order; a document whose enrichment fails becomes a failed record."""
    from .nlp import annotate, annotate_many

    def one(article: Article) -> Article | AnnotatedArticle:
        try:
            return annotate(article)
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
            log.debug("enrichment failed for %s", article.source, exc_info=True)
            failed = failed_article(article.source, exc)
            failed.doc_id = article.doc_id
            return failed

    readable = [a for a in batch if a.ok]
    done: list[Article | AnnotatedArticle]
    try:
        done = list(annotate_many(readable, batch_size=len(batch)))
    except Exception:  # noqa: BLE001 - find the culprit document by document
        done = [one(a) for a in readable]
    annotated = iter(done)
    return [next(annotated) if article.ok else article for article in batch]


def _in_batches(articles: Iterable[Article], batch_size: int, work: Callable[[list[Article]], list[T]]) -> Iterator[T]:
    """``work`` done on batches of articles, each batch inside one transient-vocabulary block.

    Why batches and blocks: spaCy parses a batch faster than its documents one by one, and
    every new word it meets stays in its vocabulary for good unless parsed inside such a block
    (:func:`eventwire.nlp.parse.transient_vocabulary`). ``work`` must therefore finish with
    the parses inside the block: what it returns holds no spaCy object.
    """
    from .nlp.parse import transient_vocabulary

    items = iter(articles)
    while batch := list(islice(items, batch_size)):
        with transient_vocabulary():
            done = work(batch)
        yield from done


def _without_parse(record: Article | AnnotatedArticle) -> Article | AnnotatedArticle:
    if isinstance(record, AnnotatedArticle):
        record.parse = None  # a spaCy Doc must not outlive its transient-vocabulary block
    return record


def _annotate_articles(articles: Iterable[Article], batch_size: int = 16) -> Iterator[Article | AnnotatedArticle]:
    """Annotate in batches, in order; a document whose enrichment fails becomes a failed record."""
    return _in_batches(articles, batch_size, lambda batch: [_without_parse(r) for r in _annotate_batch(batch)])


@dataclass
class Processed:
    """One document after every stage: the article record, and its events when it was coded."""

    article: Article
    events: list[Event]
    annotated: AnnotatedArticle | None = None


def process_articles(articles: Iterable[Article], coder: Callable[[AnnotatedArticle], Iterable[Event]] | None = None,
                     batch_size: int = 16) -> Iterator[Processed]:
    """Enrich and code extracted articles, in order, one :class:`Processed` per article.

    ``coder`` defaults to eventwire's own (:func:`eventwire.coding.code_article`); the store's
    ``--coder`` option plugs in another. A document whose enrichment or coding fails keeps its
    article record with status ``error`` and the reason; the others go on.
    """
    if coder is None:
        from .coding import code_article as coder

    def code_batch(batch: list[Article]) -> list[Processed]:
        done = []
        for article, record in zip(batch, _annotate_batch(batch)):
            if isinstance(record, Article):
                done.append(Processed(record, []))
                continue
            try:
                done.append(Processed(article, list(coder(record)), record))
            except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
                log.debug("coding failed for %s", article.source, exc_info=True)
                failed = failed_article(article.source, exc)
                failed.doc_id = article.doc_id
                done.append(Processed(failed, []))
            _without_parse(record)
        return done

    return _in_batches(articles, batch_size, code_batch)


def process_inputs(inputs: Iterable[str], options: ExtractOptions | None = None, *,
                   stdin: BinaryIO | None = None) -> Iterator[Processed]:
    """Extract, enrich and code every document named by ``inputs``, in order."""
    return process_articles(extract_inputs(inputs, options, stdin=stdin))
