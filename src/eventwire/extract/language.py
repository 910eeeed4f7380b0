"""Language of an article body (ISO 639-1), identified offline.

py3langid is a small, dependency-light port of langid.py with its model inside the wheel, so it
works on an air-gapped machine. Very short texts are not identified: a guess from a dozen words
is wrong often enough to mislead a filter.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

MIN_CHARS = 40
MIN_CONFIDENCE = 0.5


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or ``None`` when too short or unsure."""
    sample = text[:4000]
    if len(sample.strip()) < MIN_CHARS:
        return None
    code, confidence = _identifier().classify(sample)
    return str(code) if confidence >= MIN_CONFIDENCE else None
