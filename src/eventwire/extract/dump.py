"""Article text from plain-text page dumps (browser select-all, ``lynx -dump``).

First version: keeps the contiguous block of lines with the most prose (each line scores its
word count minus a threshold; the best-scoring span wins). To be replaced by a line classifier.
"""

from __future__ import annotations

import re

from ..records import ArticleParts

_WORD = re.compile(r"\w+")
THRESHOLD = 10


def extract_dump(text: str, url: str | None = None) -> ArticleParts:
    """Body of one page dump: the best contiguous span of prose lines."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    best, best_span, running, start = 0.0, (0, 0), 0.0, 0
    for i, line in enumerate(lines):
        score = len(_WORD.findall(line)) - THRESHOLD
        if running <= 0:
            running, start = 0.0, i
        running += score
        if running > best:
            best, best_span = running, (start, i + 1)
    body = "\n\n".join(lines[best_span[0]:best_span[1]])
    return ArticleParts(body=body, url=url)
