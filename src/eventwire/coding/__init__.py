"""Event coding: annotated articles in, PLOVER events with CAMEO codes and evidence out.

:mod:`.triggers` finds the words that name actions (CAMEO.2.0 verb patterns and event nouns),
:mod:`.arguments` fills each trigger's slots from the parse and the enrichment records,
:mod:`.modality` reads negation, hypotheticals and intentions, and :mod:`.coder` applies
PLOVER's rules and decides what is an event.
"""

from __future__ import annotations

from ..ids import doc_id as make_doc_id
from ..records import AnnotatedArticle, Article, Event
from .coder import code_annotated

__all__ = ["code_article", "code_text"]


def code_article(article: AnnotatedArticle) -> list[Event]:
    """Every event the article's body reports, in reading order."""
    return code_annotated(article)


def code_text(text: str, *, published: str | None = None, doc_id: str | None = None) -> list[Event]:
    """Events in a bare text (a sentence or a body without page furniture), as if it were an article.

    ``published`` (ISO date) anchors relative dates; benchmarks and quick checks use this entry.
    """
    from ..nlp import annotate

    article = Article(doc_id=doc_id or make_doc_id(None, text), source="<text>", status="ok", body=text,
                      published=published)
    return code_article(annotate(article))
