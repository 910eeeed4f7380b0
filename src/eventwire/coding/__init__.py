"""Event coding: annotated articles in, PLOVER events with CAMEO codes and evidence out.

First version: codes nothing. The runner, the store and the CLI already pass events through, so
the coder can land without touching them.
"""

from __future__ import annotations

from ..ids import doc_id as make_doc_id
from ..records import AnnotatedArticle, Article, Event

__all__ = ["code_article", "code_text"]


def code_article(article: AnnotatedArticle) -> list[Event]:
    """Every event the article's body reports, in reading order."""
    return []


def code_text(text: str, *, published: str | None = None, doc_id: str | None = None) -> list[Event]:
    """Events in a bare text (a sentence or a body without page furniture), as if it were an article.

    ``published`` (ISO date) anchors relative dates; benchmarks and quick checks use this entry.
    """
    from ..nlp import annotate

    article = Article(doc_id=doc_id or make_doc_id(None, text), source="<text>", status="ok", body=text,
                      published=published)
    return code_article(annotate(article))
