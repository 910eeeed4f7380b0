"""Article text and metadata from plain-text page dumps (browser select-all, ``lynx -dump``).

Why our own extractor: every HTML extractor returns almost the whole dump (their evidence is
markup, which a dump has lost). Here each line is scored by a small tree ensemble trained by
distant supervision (``tools/train_dump_model.py``: trafilatura-eval pages rendered to dumps,
labelled by trafilatura's extraction of the same HTML and corrected where the benchmark's gold
segments say otherwise), the body is read off the scores, in-body
boilerplate ("READ MORE" links, picture captions and credits) is routed to ``related`` and
``captions``, and the headline, dateline and byline are looked for in the band above the body.

Why per-line selection and not a span: the second stage of the classifier already sees its
neighbours' verdicts, and on trafilatura-eval (the benchmark the model is fitted on) keeping
every line above 0 log-odds scored segment F1 0.884 where a maximum-subarray or a two-state
Viterbi span over the same scores scored 0.85-0.86 (both drop the short subheads and list items
between paragraphs). What remains of span logic is cheap and structural: body lines far from the
main cluster are dropped, and a "More Latest News"-style label ends the body.
"""

from __future__ import annotations

import numpy as np

from ..records import ArticleParts
from .dump_features import FEATURE_NAMES, line_features
from .dump_meta import (
    DumpPage,
    find_authors,
    find_headline,
    find_published,
    find_related,
    is_caption,
    is_promo,
    promo_keys,
    is_read_more,
    page_sample,
    read_more_headline,
    section_label,
)
from .dump_model import load_model
from .lines import dump_lines

# A line is body when its log-odds exceed this (0 = the classifier's own 50% point).
BODY_THRESHOLD = 0.0
# Body lines further than this many lines from the main run of body lines are page furniture.
MAX_GAP = 60
# A body shorter than this may mean the classifier was unsure everywhere (an unusual layout);
# then lines within FALLBACK_MARGIN log-odds of the best line are taken too. This only changes
# pages whose best line scores under FALLBACK_MARGIN. Both set on trafilatura-eval (segment F1
# 0.888 -> 0.900 together with MAX_GAP 30 -> 60).
MIN_BODY_WORDS = 250
FALLBACK_MARGIN = 2.0
# A caption-like line the classifier is this sure about is a body sentence that mentions a photo.
CAPTION_OVERRIDE = 3.0

_CREDIT_COLUMN = FEATURE_NAMES.index("cue_credit")
_WORDS_COLUMN = FEATURE_NAMES.index("log_words")
_FINAL_COLUMN = FEATURE_NAMES.index("final_punct")
_DUP_COLUMN = FEATURE_NAMES.index("dup_count")  # repeats of the line on the page, capped at 5
_CAPTION_LEADS = frozenset(("above:", "below:", "captio", "pictur", "photo:", "image:"))  # a set: tested on every line
_US_HOSTS = (".com/", ".gov/", ".us/", ".edu/")


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


def _end_at_section_label(keep: list[int], texts: list[str], n_words: np.ndarray, final: np.ndarray) -> list[int]:
    """Cut the body at a "More Latest News" / "Related" / "Top stories" label that follows it.

    Lists of other headlines read like prose to the line classifier when they have no bullets
    (one headline per block, as browser copies give them). A section label after at least three
    body lines ends the article unless real paragraphs (long lines ending a sentence) follow it
    within the next dozen lines, as they do after an inline "Related" box.
    """
    if len(keep) < 4:
        return keep
    for i in range(keep[2] + 1, keep[-1] + 1):
        if n_words[i] > 6 or not section_label(texts[i]):
            continue
        ahead = range(i + 1, min(len(texts), i + 13))
        if sum(1 for j in ahead if n_words[j] >= 20 and final[j]) < 2:
            return [k for k in keep if k < i]
    return keep


def _caption_flags(texts: list[str], features: np.ndarray) -> list[bool]:
    """Caption/credit lines; the regex runs only where the cheap cue feature fired or a caption lead-in."""
    flags = [False] * len(texts)
    candidates = set(np.flatnonzero(features[:, _CREDIT_COLUMN]).tolist())
    candidates.update(i for i, t in enumerate(texts) if t[0] in "AaBbCcPpIi" and t[:6].lower() in _CAPTION_LEADS)
    for i in candidates:
        flags[i] = is_caption(texts[i])
    # "caption" directly followed by "caption. Picture: X" (dumps repeat alt text and caption);
    # only the lines flagged so far are looked above (a flag set here is not looked above).
    for j in sorted(j for j in candidates if flags[j] and j > 0):
        line = texts[j - 1]
        if len(line) >= 15 and texts[j].startswith(line[: max(15, len(line) - 2)]):
            flags[j - 1] = True
    return flags


def _american(texts: list[str], url: str | None) -> bool:
    """Whether "04/05/2022" on this page means April 5: an English page on a .com/.gov/.us host.

    Spanish and Portuguese .com sites write day first, so the host alone is not enough (and the
    page is only read when the host qualifies).
    """
    host = (url or "").lower()
    if not any(h in host for h in _US_HOSTS):
        return False
    sample = page_sample(texts)
    english = sample.count(" the ") + sample.count(" and ")
    other = sample.count(" de ") + sample.count(" der ") + sample.count(" la ") + sample.count(" que ")
    return english > 2 * other


def extract_dump(text: str, url: str | None = None) -> ArticleParts:
    """Headline, dateline, byline, body, captions and related headlines of one page dump."""
    texts = dump_lines(text)
    if not texts:
        return ArticleParts(url=url)
    features = line_features(texts, url)
    logits = load_model().logit(features)
    n_words = np.rint(np.expm1(features[:, _WORDS_COLUMN])).astype(int)
    keep = np.flatnonzero(logits > BODY_THRESHOLD).tolist()
    if n_words[keep].sum() < MIN_BODY_WORDS:
        # Unsure everywhere (an unusual layout): take what the classifier likes best, relatively.
        keep = np.flatnonzero(logits > min(BODY_THRESHOLD, float(logits.max()) - FALLBACK_MARGIN)).tolist()
    keep = _main_region(keep, n_words * np.clip(logits - min(0.0, float(logits.max())), 0, None))
    keep = _end_at_section_label(keep, texts, n_words, features[:, _FINAL_COLUMN])
    if not keep:
        keep = [int(np.argmax(logits))]
    body_start, body_end = keep[0], keep[-1] + 1
    kept = set(keep)

    page = DumpPage(texts=texts, logits=logits.tolist(), n_words=n_words.tolist(),
                    caption=_caption_flags(texts, features), dup=features[:, _DUP_COLUMN].tolist(), url=url,
                    month_first=_american(texts, url))
    head = find_headline(page, body_start)
    title = texts[head] if head is not None else None
    published, published_source = find_published(page, head, body_start, body_end)
    authors, byline_at = find_authors(page, head, body_start, body_end)

    captions: list[str] = []
    related: list[str] = []
    body: list[str] = []
    band_start = head + 1 if head is not None else body_start
    # The gate words of the only lines is_promo is asked about below (short body lines), not of
    # the whole body: the same answer a line, a third of the text to lower and scan.
    keys = promo_keys("\n".join(texts[i] for i in keep if page.n_words[i] <= 45).lower())
    for i in range(min(band_start, body_start), body_end):
        line = texts[i]
        if i == head or i == byline_at:
            continue
        if is_read_more(line):
            related.append(read_more_headline(line))
        elif page.caption[i] and (i < body_start or page.logits[i] <= CAPTION_OVERRIDE):
            captions.append(line)
        elif i in kept and not (page.n_words[i] <= 45 and is_promo(line, keys)):
            body.append(line)
    # "caption" followed by "caption. Picture: X": keep the fuller one.
    captions = [c for c in captions if not any(o != c and o.startswith(c) for o in captions)]
    related += find_related(page, body_end, title)
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
