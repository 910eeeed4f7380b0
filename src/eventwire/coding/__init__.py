"""Event coding: annotated articles in, PLOVER events with CAMEO codes and evidence out.

First version: codes nothing. The runner, the store and the CLI already pass events through, so
the coder can land without touching them.
"""

from __future__ import annotations

from ..records import AnnotatedArticle, Event

__all__ = ["code_article"]


def code_article(article: AnnotatedArticle) -> list[Event]:
    """Every event the article's body reports, in reading order."""
    return []
