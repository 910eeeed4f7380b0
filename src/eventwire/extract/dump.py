"""Article text and metadata from plain-text page dumps (browser select-all, ``lynx -dump``).

Why our own extractor: every HTML extractor returns almost the whole dump (their evidence is
markup, which a dump has lost). Here each line is scored by a small tree ensemble trained by
distant supervision (``tools/train_dump_model.py``: benchmark pages rendered to dumps, labelled
by trafilatura's extraction of the same HTML), the body is read off the scores, in-body
boilerplate ("READ MORE" links, picture captions and credits) is routed to ``related`` and
``captions``, and the headline, dateline and byline are looked for in the band above the body.
"""

from __future__ import annotations

from collections import Counter

import numpy as np

from ..records import ArticleParts
from .dump_features import line_features
from .dump_meta import (
    find_authors,
    find_headline,
    find_published,
    find_related,
    is_caption,
    is_read_more,
    read_more_headline,
)
from .dump_model import load_model
from .lines import split_dump, words

# A line is body when its log-odds exceed this (0 = the classifier's own 50% point).
BODY_THRESHOLD = 0.0
# Body lines further than this many lines from the main run of body lines are page furniture.
MAX_GAP = 30


def _main_region(keep: list[int], mass: np.ndarray) -> list[int]:
    """The kept lines of the densest region: clusters split at gaps over MAX_GAP, heaviest wins."""
    if not keep:
        return keep
    clusters: list[list[int]] = [[keep[0]]]
    for i in keep[1:]:
        if i - clusters[-1][-1] > MAX_GAP:
            clusters.append([i])
        else:
            clusters[-1].append(i)
    weights = [float(mass[c].sum()) for c in clusters]
    return clusters[int(np.argmax(weights))]


def extract_dump(text: str, url: str | None = None) -> ArticleParts:
    """Headline, dateline, byline, body, captions and related headlines of one page dump."""
    lines = split_dump(text)
    texts = [line.text for line in lines]
    if not texts:
        return ArticleParts(url=url)
    logits = load_model().logit(line_features(texts))
    n_words = np.array([len(words(t)) for t in texts], dtype=float)
    keep = [i for i in range(len(texts)) if logits[i] > BODY_THRESHOLD]
    keep = _main_region(keep, n_words * np.clip(logits, 0, None))
    if not keep:
        best = int(np.argmax(logits))
        keep = [best]
    body_start, body_end = keep[0], keep[-1] + 1

    counts = Counter(texts)
    head = find_headline(texts, logits, body_start, url, [counts[t] for t in texts])
    title = texts[head] if head is not None else None
    published, published_source = find_published(texts, head, body_start, body_end, url)
    authors, byline_at = find_authors(texts, head, body_start, body_end)

    captions: list[str] = []
    related: list[str] = []
    body: list[str] = []
    band_start = head if head is not None else body_start
    for i in range(band_start, body_end):
        line = texts[i]
        if i == head or i == byline_at:
            continue
        if is_read_more(line):
            related.append(read_more_headline(line))
        elif is_caption(line) or (i + 1 < len(texts) and is_caption(texts[i + 1])
                                   and texts[i + 1].startswith(line[: max(15, len(line) - 2)])):
            if i < body_start or logits[i] <= BODY_THRESHOLD + 3.0:
                captions.append(line)
            else:
                body.append(line)
        elif i >= body_start and logits[i] > BODY_THRESHOLD and i in set(keep):
            body.append(line)
    captions = [c for k, c in enumerate(captions) if not any(o != c and o.startswith(c) for o in captions)]
    related += find_related(texts, logits, body_end, title)
    return ArticleParts(
        body="\n\n".join(body),
        title=title,
        published=published,
        published_source=published_source,
        authors=authors,
        captions=list(dict.fromkeys(captions)),
        related=list(dict.fromkeys(related)),
        url=url,
    )
