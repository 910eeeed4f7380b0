"""Headline, dateline, captions and related headlines around the article body of a page dump.

Why positional rules: in a dump the headline, dateline, byline and lead picture sit in a short
band just above the first body line (the gold headline is a dump line on 93% of benchmark pages),
and "READ MORE" links, picture credits and lists of other headlines have fixed formulas. So each
finder looks only in that band (or, for related headlines, below the body), and the date finder
never takes an arbitrary date from elsewhere on the page: a wrong date is worse than none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import unquote, urlsplit

from .dates import date_from_url, find_dates
from .dump_byline import byline_names
from .lines import words

# "READ MORE: ...", "Related: ...", "Lesen Sie auch: ..." — a link to another story inside the body.
READ_MORE = re.compile(
    r"^(?:[>»›▶►•*+\-–]\s*)?(?:read more|read also|also read|read next|related(?: article| story| stories| news)?|"
    r"see also|more on this|recommended|lesen sie auch|lesen sie mehr|mehr zum thema|auch interessant|weiterlesen|"
    r"lire aussi|à lire aussi|voir aussi|lea también|leer más|te puede interesar|leia também|leia mais|"
    r"veja também|czytaj (?:też|także|również)|zobacz też|leggi anche|lees ook|watch|listen|video)\s*[:|\-–»>]\s*(?P<rest>\S.*)$",
    re.I,
)
# Picture credits and captions: "Picture: Alamy", "Foto: dpa", "(Photo: ...)", "© Reuters", "Getty Images".
CREDIT = re.compile(
    r"(?:\b(?:picture|pictures|photo|photos|photograph|image|images|credit|credits|foto|fotos|bild|bilder|"
    r"quelle|source|fuente|crédit|crédits|photo credit|image credit)\s*:\s*\S|©|\(c\)\s*\w|"
    r"\b(?:photo|photos|picture|image)\s+by\s+[A-Z]|\bgetty images\b|\bpicture[ -]alliance\b|\bshutterstock\b|"
    r"\bimago\b|\bistock\b|\bap photo\b|\bafp via getty\b|\bepa-efe\b|\breuters/[A-Z])",
    re.I,
)
_CAPTION_LEAD = re.compile(r"^(?:above|below|pictured|photo|image|caption|top|left|right|main picture)\s*:", re.I)
_PUBLISH_CUE = re.compile(
    r"\b(?:published|posted|updated|last updated|first published|date|veröffentlicht|erschienen|stand|datum|"
    r"aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato|opublikowano|gepubliceerd)\b",
    re.I,
)
_UPDATED = re.compile(r"\b(?:updated|last updated|aktualisiert|mis à jour|actualizado|aggiornato)\b", re.I)
_SLUG_SPLIT = re.compile(r"[\W_]+")
_FINAL = ".!?…"


def is_read_more(text: str) -> bool:
    """A link to another story placed inside the article ("READ MORE: ...")."""
    return bool(READ_MORE.match(text))


def read_more_headline(text: str) -> str:
    """The other story's headline in a "READ MORE: ..." line."""
    m = READ_MORE.match(text)
    return m.group("rest").strip() if m else text


def is_caption(text: str) -> bool:
    """A picture caption or credit line (a credit formula, or "Above: ...")."""
    return bool(CREDIT.search(text) or _CAPTION_LEAD.match(text))


def slug_words(url: str | None) -> set[str]:
    """Lower-case words of the last meaningful URL path segment (the headline slug on news sites)."""
    if not url or not url.startswith(("http://", "https://")):
        return set()
    segments = [s for s in unquote(urlsplit(url).path).split("/") if s]
    for segment in reversed(segments):
        segment = re.sub(r"\.(?:s?html?|php|aspx?|cms)$", "", segment, flags=re.I)
        tokens = [t for t in _SLUG_SPLIT.split(segment.lower()) if t and not t.isdigit()]
        if len(tokens) >= 3:
            return set(tokens)
    return set()


def _is_dateline(text: str) -> bool:
    """A short line whose point is a date (with at most a label, a place or a name)."""
    return len(words(text)) <= 14 and bool(find_dates(text))


def find_headline(texts: Sequence[str], logits: Sequence[float], body_start: int, url: str | None,
                  dup_counts: Sequence[int]) -> int | None:
    """Index of the headline: the title-like line closest above the body, helped by the URL slug."""
    slug = slug_words(url)
    best, best_score = None, 0.0
    hops = 0.0
    lo = max(0, body_start - 15)
    for i in range(min(body_start, len(texts) - 1), lo - 1, -1):
        text = texts[i]
        tokens = words(text)
        n = len(tokens)
        skippable = (_is_dateline(text) or bool(byline_names(text)) or is_caption(text) or n <= 1
                     or text.endswith(":"))
        if i < body_start and not skippable:
            hops += 1.0
        if skippable or n < 2 or n > 40 or is_read_more(text):
            continue
        score = 2.0 - 0.35 * hops
        if i == body_start:
            score -= 1.5
        if slug:
            overlap = len(slug & {t.lower() for t in tokens}) / len(slug)
            score += 4.0 * overlap
        if text[-1] in _FINAL and not text.endswith("?") and not text.endswith("!"):
            score -= 1.2 if n > 12 else 0.6
        if 3 <= n <= 25:
            score += 0.8
        if n > 30:
            score -= 1.0
        if text[:2] in ("* ", "+ ", "o ", "- ") or re.match(r"^\d+\.\s", text):
            score -= 1.5
        if dup_counts[i] > 1:
            score += 0.3
        if logits[i] < -6:
            score -= 1.0
        if best is None or score > best_score:
            best, best_score = i, score
    return best if best is not None and best_score > 0.5 else None


def find_published(texts: Sequence[str], head: int | None, body_start: int, body_end: int,
                   url: str | None) -> tuple[str | None, str | None]:
    """``(date, source)`` from the dateline band around the headline, else the URL, else a
    "published ..." line just after the body; ``(None, None)`` when nothing is stated there."""
    anchor = head if head is not None else body_start
    band = list(range(anchor, min(len(texts), body_start + 3)))
    band += list(range(anchor - 1, max(-1, anchor - 4), -1))
    for i in band:
        text = texts[i]
        if len(words(text)) > 30 and not _PUBLISH_CUE.search(text[:40]):
            continue
        found = find_dates(text)
        if not found:
            continue
        chosen = found[0]
        if len(found) > 1 and _UPDATED.search(text[:found[0].start]):
            chosen = found[1]  # "Updated 3 May, first published 2 May"
        return chosen.value, "dateline"
    from_url = date_from_url(url)
    if from_url:
        return from_url, "url"
    for i in range(body_end, min(len(texts), body_end + 6)):
        text = texts[i]
        if _PUBLISH_CUE.search(text) and len(words(text)) <= 20:
            found = find_dates(text)
            if found:
                return found[0].value, "text"
    return None, None


def find_authors(texts: Sequence[str], head: int | None, body_start: int, body_end: int) -> tuple[list[str], int | None]:
    """Names from a byline line near the headline (or closing the body), with that line's index."""
    anchor = head if head is not None else body_start
    band = list(range(anchor + 1, min(len(texts), body_start + 3)))
    band += list(range(anchor - 1, max(-1, anchor - 4), -1))
    band += list(range(max(body_end - 2, body_start), min(len(texts), body_end + 2)))
    for i in band:
        names = byline_names(texts[i])
        if names:
            return names, i
    return [], None


def find_related(texts: Sequence[str], logits: Sequence[float], body_end: int, title: str | None,
                 limit: int = 40) -> list[str]:
    """Headlines of other stories listed below the body ("More Latest News", "Related" lists)."""
    related: list[str] = []
    seen = {title.lower()} if title else set()
    for i in range(body_end, len(texts)):
        text = texts[i].lstrip("*+•-– ").strip()
        n = len(words(text))
        if n < 4 or n > 30 or logits[i] > 0:
            continue
        if text[-1] in ".:" or is_caption(text) or "|" in text and n < 6:
            continue
        key = text.lower()
        if key in seen:
            continue
        seen.add(key)
        related.append(text)
        if len(related) >= limit:
            break
    return related
