"""Enrichment: an article in, its sentences with resolved actors, places, times and quantities out.

The body is parsed once (spaCy); each resolver works over the whole parse, because resolution is
an article-level decision ("Mr Biden" needs the earlier "President Joe Biden", "on Tuesday" needs
the dateline, "Georgia" needs the other places). Mentions are then filed under the sentence that
contains them.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from ..errors import ArticleTooLong
from ..records import AnnotatedArticle, Article, Mention, Sentence
from .actors import find_actors
from .parse import load_pipeline, parse_many
from .places import find_places
from .quantities import find_quantities
from .times import find_times

__all__ = ["annotate", "annotate_many", "anchor_date", "load_pipeline"]


def anchor_date(published: str | None) -> date | None:
    """The calendar day relative times are resolved against: the article's publication day."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _sentences(doc: Any) -> list[Sentence]:
    found = []
    for sent in doc.sents:
        text = sent.text.strip()
        if not text:
            continue
        start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
        found.append(Sentence(index=len(found), start=start, end=start + len(text), text=text))
    return found


def _file_under(sentences: list[Sentence], mentions: Iterable[Mention], attribute: str) -> None:
    """Put each mention in the list ``attribute`` of the sentence where it starts."""
    starts = [s.start for s in sentences]
    for mention in mentions:
        i = bisect_right(starts, mention.start) - 1
        if i >= 0:
            getattr(sentences[i], attribute).append(mention)


def annotate_parsed(article: Article, doc: Any) -> AnnotatedArticle:
    """Resolve every mention of one already-parsed article and file it by sentence."""
    anchor = anchor_date(article.published)
    sentences = _sentences(doc)
    places = find_places(doc, text=article.body)
    _file_under(sentences, find_actors(doc, places, anchor), "actors")
    _file_under(sentences, places, "places")
    _file_under(sentences, find_times(doc, anchor), "times")
    _file_under(sentences, find_quantities(doc), "quantities")
    return AnnotatedArticle(
        doc_id=article.doc_id, source=article.source, title=article.title, published=article.published,
        language=article.language, body=article.body, sentences=sentences, parse=doc,
    )


def annotate(article: Article) -> AnnotatedArticle:
    """Sentences and resolved mentions of one extracted article."""
    return next(annotate_many([article]))


def annotate_many(articles: Iterable[Article], batch_size: int = 16) -> Iterator[AnnotatedArticle]:
    """Annotate articles in order, parsing their bodies in batches for speed."""
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            yield from _annotate_batch(batch)
            batch = []
    if batch:
        yield from _annotate_batch(batch)


def _annotate_batch(batch: list[Article]) -> Iterator[AnnotatedArticle]:
    limit = load_pipeline().max_length
    for article in batch:
        if len(article.body) > limit:  # spaCy would raise a ValueError that reads like a crash
            raise ArticleTooLong(f"{article.source}: the article is {len(article.body):,} characters long, "
                                 f"more than the {limit:,} the parser accepts")
    for article, doc in zip(batch, parse_many(a.body for a in batch)):
        yield annotate_parsed(article, doc)
