"""Headline, dateline, captions and related headlines around the article body of a page dump.

Why positional rules: in a dump the headline, dateline, byline and lead picture sit in a short
band just above the first body line (the gold headline is a dump line on 93% of benchmark pages),
and "READ MORE" links, picture credits and lists of other headlines have fixed formulas. So each
finder looks only in that band (or, for related headlines, below the body), and the date finder
never takes an arbitrary date from elsewhere on the page: a wrong date is worse than none.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property

from .dates import MONTH_BY_NAME, FoundDate, date_from_url
from .dump_dates import dateline_dates
from .dump_byline import byline_names, name_line
from .dump_features import slug_words
from .lines import words

# "READ MORE: ...", "Related: ...", "Lesen Sie auch: ..." — a link to another story inside the body.
READ_MORE = re.compile(
    r"^(?:[>»›▶►•*+\-–]\s*)?(?:read more|read also|also read|read next|related(?: article| story| stories| news)?|"
    r"see also|more on this|recommended|lesen sie auch|lesen sie mehr|mehr zum thema|auch interessant|weiterlesen|"
    r"lire aussi|à lire aussi|voir aussi|lea también|leer más|te puede interesar|leia também|leia mais|"
    r"veja também|czytaj (?:też|także|również)|zobacz (?:też|także|również)|dowiedz się więcej|leggi anche|lees ook|"
    r"mehr dazu|mehr zum thema|informate más|más información|watch|listen|video)\s*[:|\-–»>]\s*(?P<rest>\S.*)$",
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
# Every READ_MORE match starts, after its optional bullet, with one of these (lower case): the
# regex runs only after them (it is tried on every line around the body).
_READ_MORE_BULLETS = ">»›▶►•*+-–"
_READ_MORE_STARTS = ("read ", "also read", "related", "see also", "more on this", "recommended", "lesen sie",
                     "mehr ", "auch interessant", "weiterlesen", "lire aussi", "à lire", "voir aussi", "lea también",
                     "leer más", "te puede", "leia ", "veja também", "czytaj ", "zobacz ", "dowiedz", "leggi anche",
                     "lees ook", "informate", "más información", "watch", "listen", "video")
_PROMO = re.compile(
    r"newsletter|subscribe|subscription|abonnier|abonnement|abonnez|suscríb|registr(?:ier|ate|ieren|ez)|sign up|"
    r"log in to|einloggen|anmelden|paywall|bezahlschranke|support (?:our|us)|unterstützen sie|"
    r"zugang und lesen sie weiter|read the full|view the full story|para comentar|to comment|"
    r"kommentieren sie|all rights reserved|alle rechte vorbehalten", re.I)
# Cheap substring gate for _PROMO (a regex alternation scan costs ~20 us a line).
PROMO_KEYS = ("newsletter", "subscri", "abonn", "suscr", "registr", "sign up", "log in", "einlogg", "anmeld",
               "paywall", "bezahlschranke", "support", "unterstützen", "lesen sie weiter", "the full",
               "comentar", "comment", "kommentier", "rights reserved", "rechte vorbehalten")
_BARE_CUE = re.compile(
    r"^(?:read more|read also|related|see also|weiterlesen|lesen sie (?:auch|mehr)|mehr zum thema|lire aussi|"
    r"leer más|leia também|zobacz (?:też|także)|czytaj (?:też|także)|informate más|más información)\b"
    r"(?:\s+[^\s.!?]+){0,4}\s*:?$",
    re.I)
# Every _BARE_CUE match starts with one of these (lower case): the regex runs only after them.
_BARE_STARTS = ("read more", "read also", "related", "see also", "weiterlesen", "lesen sie", "mehr zum thema",
                "lire aussi", "leer más", "leia também", "zobacz t", "czytaj t", "informate más", "más información")
_CREDIT_KEYS = ("pictur", "photo", "image", "credit", "foto", "bild", "quelle", "source", "fuente", "crédit",
                "©", "(c)", "getty", "alliance", "shutterstock", "imago", "istock", "reuters/", "epa-efe",
                "above", "below", "caption", "top:", "left:", "right:")
_CAPTION_LEAD = re.compile(r"^(?:above|below|pictured|photo|image|caption|top|left|right|main picture)\s*:", re.I)
_PUBLISH_CUE = re.compile(
    r"\b(?:published|posted|updated|last updated|first published|date|veröffentlicht|erschienen|stand|datum|"
    r"aktualisiert|publié|mis à jour|publicado|publicada|postado|actualizado|pubblicato|opublikowano|gepubliceerd|"
    r"erstellt|gepostet|geschrieben)\b",
    re.I,
)
# Every _PUBLISH_CUE match contains one of these (lower case): lines without them skip the regex.
_PUBLISH_KEYS = ("publi", "pubbli", "posted", "updated", "date", "veröffentlicht", "erschienen", "stand", "datum",
                 "aktualisiert", "mis à jour", "postado", "actualizado", "erstellt", "gepostet", "geschrieben")
_UPDATED = re.compile(r"\b(?:updated|last updated|aktualisiert|mis à jour|actualizado|aggiornato)\b", re.I)
_NUMBERED = re.compile(r"^\d+\.\s")
# Month names long enough not to be ordinary words ("may", "mars" are left out).
_MONTH_WORDS = "|".join(sorted((m for m in MONTH_BY_NAME if len(m) >= 4 and m not in {"mars", "mart", "mayo"}),
                               key=len, reverse=True))
# A month word and a digit, in either order. Month words hold no digits, so any digit on the line
# lies before or after the word and this is "a digit and a month word": searched as those two,
# not as ``\d.*\b(?:...)\b|\b(?:...)\b.*\d``, whose backtracking tried the ~100 words at every
# position after every digit (~50 us a short line; the same answer on all 216,957 benchmark dump lines).
_MONTH_WORD = re.compile(rf"\b(?:{_MONTH_WORDS})\b", re.I)
_DIGIT = re.compile(r"\d")
_EXPLICIT_BY = re.compile(r"^(?:by|von|por|par|door|written by|posted by|ein artikel von|ein beitrag von)\s", re.I)
_NOT_TITLE_START = re.compile(
    r"^(?:sie sind hier|you are here|vous êtes ici|usted está aquí|"
    r"(?:next|previous|nächste[rs]?|vorherige[rs]?)\s*(?:article|post|story|artikel|beitrag|[:»>])|"
    r"zurück|back to|share|teilen|jaa|partager|compartir|follow|folgen|sign up|subscribe|abonnieren|"
    r"advertisement|anzeige|werbung)\b|^(?:ca\.\s*)?\d+\s*(?:min|mins|minutes?|minuten)\b|"
    r"^\([^()]*\s/\s[^()]*\)$", re.I)
_AUTHOR_BOX = re.compile(r"^(?:autor(?:in)?|author|text|texte|written by|geschrieben von|erstellt von|"
                         r"veröffentlicht von|posted by|über den autor|about the author)\b", re.I)
_SECTION = re.compile(
    r"^(?:see more|see all|read more|related|top stories|most read|most popular|trending|recommended|"
    r"more latest news|latest news|more news|more from|more stories|more on|you may also like|you might also like|"
    r"editor'?s picks|meistgelesen|weitere artikel|weitere nachrichten|mehr zum thema|mehr aus|"
    r"das könnte sie auch interessieren|auch interessant|lire aussi|à lire aussi|sur le même sujet|les plus lus|"
    r"te puede interesar|lo más leído|más leídas|noticias relacionadas|leia também|mais lidas|"
    r"czytaj także|najczęściej czytane|zobacz też)\b", re.I)
def _legal(text: str) -> bool:
    """A legal, cookie or subscription line.

    Literal words, so substring tests of the lower-cased line (a regex alternation scan costs
    ~10x more and runs on every line below the body), spelled out: ``any()`` over a generator
    took 1.4 us a line against 0.4.
    """
    low = text.lower()
    return ("cookie" in low or "privacy" in low or "datenschutz" in low or "newsletter" in low or "subscribe" in low
            or "abonn" in low or "rights reserved" in low or "impressum" in low)


def is_read_more(text: str) -> bool:
    """A link to another story placed inside the article ("READ MORE: ...")."""
    # Only the head is lowered: no start is over 16 characters, and lowering never shortens text.
    head = text.lstrip(_READ_MORE_BULLETS).lstrip()[:20].lower()
    return head.startswith(_READ_MORE_STARTS) and bool(READ_MORE.match(text))


def read_more_headline(text: str) -> str:
    """The other story's headline in a "READ MORE: ..." line."""
    m = READ_MORE.match(text)
    return m.group("rest").strip() if m else text


def promo_keys(page_lower: str) -> tuple[str, ...]:
    """The :func:`is_promo` gate words that occur anywhere in the lower-cased page (usually none
    or one, so the per-line gate tests one or two substrings instead of twenty)."""
    return tuple(key for key in PROMO_KEYS if key in page_lower)


def is_promo(text: str, keys: tuple[str, ...] = PROMO_KEYS) -> bool:
    """A newsletter, subscription, registration or "read on" prompt, or a bare "Read more:" label.

    ``keys``: :func:`promo_keys` of the page, when the caller tests many of its lines.
    """
    if keys:
        low = text.lower()
        if any(key in low for key in keys) and _PROMO.search(text):
            return True
    else:
        low = text[:20].lower()  # only the head is needed: no bare start is over 16 characters
    return low.startswith(_BARE_STARTS) and bool(_BARE_CUE.match(text))


def section_label(text: str) -> bool:
    """A heading over a list of other stories: "More Latest News", "Related", "Top stories"."""
    return bool(_SECTION.match(text.lstrip("*+•-– ")))


def is_caption(text: str) -> bool:
    """A picture caption or credit line (a credit formula, or "Above: ...")."""
    low = text.lower()
    if not any(key in low for key in _CREDIT_KEYS):
        return False  # cheap test first: the credit pattern costs ~25 us a line
    return bool(CREDIT.search(text) or _CAPTION_LEAD.match(text))



@dataclass
class DumpPage:
    """One dump as the finders see it: lines, their body log-odds and cheap per-line facts."""

    texts: list[str]
    logits: list[float]
    n_words: list[int]
    caption: list[bool]
    dup: list[float]  # how often the line occurs on the page (capped at 5)
    url: str | None = None
    month_first: bool = False  # slashed dates read month-first (American pages)
    date_cache: dict[int, list[FoundDate]] = field(default_factory=dict)

    @cached_property
    def nouns_capitalised(self) -> bool:
        """German pages: a capitalised pair of words is not yet a name.

        Worked out only when the byline finder asks (on a minority of pages): lowering and
        counting in the page's first 400 lines cost ~0.1 ms.
        """
        return reads_german(page_sample(self.texts))


def page_sample(texts: list[str]) -> str:
    """The page's first 400 lines, lower case: what the page-language guesses count words in."""
    return " ".join(texts[:400]).lower()


def reads_german(sample: str) -> bool:
    """Whether the page reads as German, where every noun is capitalised like a name."""
    german = sample.count(" der ") + sample.count(" die ") + sample.count(" und ") + sample.count(" nicht ")
    return german >= 5 and german > sample.count(" the ") + sample.count(" and ")


def _dates(page: DumpPage, i: int) -> list[FoundDate]:
    """Dateline dates of line ``i`` (cached: the headline and date finders look at the same lines)."""
    found = page.date_cache.get(i)
    if found is None:
        found = page.date_cache[i] = dateline_dates(page.texts[i], month_first=page.month_first)
    return found


def _is_dateline(page: DumpPage, i: int) -> bool:
    """A short line whose point is a date (with at most a label, a place or a name)."""
    return page.n_words[i] <= 14 and bool(_dates(page, i))


_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _slug_forms(text: str) -> set[str]:
    """Lower-case words of a line as URL slugs spell them: as is, German-transliterated, unaccented."""
    low = text.lower()
    forms = set(words(low))
    if low.isascii():
        return forms  # the other two spellings of an ASCII line are the line itself
    forms.update(words(low.translate(_GERMAN)))
    forms.update(words(unicodedata.normalize("NFKD", low).encode("ascii", "ignore").decode()))
    return forms


def _slug_share(slug: frozenset[str], text: str) -> float:
    """Share of the URL slug's words among the line's :func:`_slug_forms`.

    Every form is a word of the lower-cased line or of one of its two respellings, so a slug
    word that is a substring of none of those strings cannot be one: most lines share no slug
    word, and they skip the word split and the sets.
    """
    low = text.lower()
    if low.isascii():
        if not any(word in low for word in slug):
            return 0.0
        return len(slug & set(words(low))) / len(slug)
    return len(slug & _slug_forms(text)) / len(slug)


def _not_a_headline(text: str) -> bool:
    """Lines that are never headlines: mostly numbers, breadcrumbs, legal and cookie prompts."""
    tokens = words(text)
    letters = len(tokens) - sum(map(str.isdigit, tokens))
    if letters < 2:
        return True
    if text.count("/") >= 2 or text.count(" > ") >= 1 or text.count("»") >= 2:
        return True
    if _NOT_TITLE_START.match(text):
        return True
    if _legal(text):
        return True
    # A date-like line: a digit and a month word (see _MONTH_WORD), the digit scan first.
    return letters <= 6 and bool(_DIGIT.search(text)) and bool(_MONTH_WORD.search(text))


# Weights of the headline score, set on trafilatura-eval's metadata (the benchmark the line model
# is fitted on): a line loses "hop" for every title-like line between it and the body.
HEADLINE_WEIGHTS: dict[str, float] = {"hop": 0.3, "slug": 4.0, "period_long": 1.6, "period_short": 0.6,
                                      "max_words": 20, "dup": 0.3, "logit": 0.0}


def find_headline(page: DumpPage, body_start: int) -> int | None:
    """Index of the headline: the title-like line closest above the body, helped by the URL slug.

    The line right above the body is often the standfirst (a long sentence ending in a full
    stop) or a picture caption; those are passed over in favour of a shorter line without a
    full stop a little higher up.
    """
    texts = page.texts
    slug = slug_words(page.url)
    best, best_score = None, 0.0
    hops = 0.0
    lo = max(0, body_start - 15)
    for i in range(min(body_start, len(texts) - 1), lo - 1, -1):
        text = texts[i]
        n = page.n_words[i]
        skippable = (n <= 1 or page.caption[i] or text.endswith(":") or _is_dateline(page, i)
                     or bool(byline_names(text)) or _not_a_headline(text))
        if i < body_start and not skippable:
            hops += 1.0
        if skippable or n > 40 or is_read_more(text):
            continue
        score = 2.0 - HEADLINE_WEIGHTS["hop"] * hops
        if i == body_start:
            score -= 1.5
        if slug:
            score += HEADLINE_WEIGHTS["slug"] * _slug_share(slug, text)
        if text[-1] == "." or (text[-1] == "!" and n > 12):
            score -= HEADLINE_WEIGHTS["period_long"] if n > 12 else HEADLINE_WEIGHTS["period_short"]
        if 3 <= n <= HEADLINE_WEIGHTS["max_words"]:
            score += 0.8
        if n > 25:
            score -= 1.0
        if text[:2] in ("* ", "+ ", "o ", "- ") or _NUMBERED.match(text):
            score -= 1.5
        if page.dup[i] > 1:
            score += HEADLINE_WEIGHTS["dup"]
        if page.logits[i] < -6:
            score -= 1.0
        score += HEADLINE_WEIGHTS["logit"] * max(-4.0, min(2.0, page.logits[i]))
        if best is None or score > best_score:
            best, best_score = i, score
    return best if best is not None and best_score > 0.5 else None


def find_published(page: DumpPage, head: int | None, body_start: int, body_end: int) -> tuple[str | None, str | None]:
    """``(date, source)`` from the dateline band around the headline, else the URL, else a
    dateline just below the body; ``(None, None)`` when nothing is stated there."""
    texts = page.texts
    anchor = head if head is not None else body_start
    near = list(range(anchor, min(len(texts), body_start + 3))) + list(range(anchor - 1, max(-1, anchor - 4), -1))
    # Farther up (sites put the date above a kicker, an image, a share bar), only short lines.
    far = list(range(anchor - 4, max(-1, anchor - 10), -1))
    for i in near + far:
        text = texts[i]
        if i in far and page.n_words[i] > 14:
            continue
        found = _dates(page, i)
        if not found:
            continue
        if page.n_words[i] > 30 and found[0].start > 12 and not _PUBLISH_CUE.search(text[:40]):
            continue  # a date inside a sentence is an event date, not a dateline
        chosen = found[0]
        if len(found) > 1 and _UPDATED.search(text[:found[0].start]):
            chosen = found[1]  # "Updated 3 May, first published 2 May"
        return chosen.value, "dateline"
    # "Veröffentlicht am ...", "Published: ...", "Actualizado el ...": a labelled date in the
    # article's neighbourhood (above the headline, or in the byline box under the body).
    labelled = list(range(max(0, anchor - 15), anchor)) + list(range(body_start, min(len(texts), body_end + 6)))
    labelled_text = "\n".join(texts[i] for i in labelled).lower()  # once, not once per key
    keys = tuple(k for k in _PUBLISH_KEYS if k in labelled_text)
    for i in labelled if keys else ():
        if page.n_words[i] <= 20 and any(k in texts[i].lower() for k in keys) and _PUBLISH_CUE.search(texts[i]) \
                and not _UPDATED.match(texts[i]):
            found = _dates(page, i)
            if found:
                return found[0].value, "dateline"
    from_url = date_from_url(page.url)
    if from_url:
        return from_url, "url"
    for i in range(body_end, min(len(texts), body_end + 4)):
        if page.n_words[i] <= 20 and (_PUBLISH_CUE.search(texts[i]) or page.n_words[i] <= 6):
            found = _dates(page, i)
            if found:
                return found[0].value, "text"
    return None, None


def find_authors(page: DumpPage, head: int | None, body_start: int, body_end: int) -> tuple[list[str], int | None]:
    """Names from a byline near the headline (or closing the body), with that line's index.

    Three kinds of evidence, most reliable first: a byline formula ("By X", "Von X") near the
    headline; a name line right under the headline, alone or followed by a date or a "|"
    ("Jane Doe", "Jane Doe | 3 May 2021"); the same formula a little farther away.
    """
    texts = page.texts
    n = len(texts)
    anchor = head if head is not None else body_start
    near = list(range(anchor + 1, min(n, body_start + 3))) + list(range(anchor - 1, max(-1, anchor - 4), -1))
    near += list(range(max(body_end - 2, body_start), min(n, body_end + 2)))
    for i in near:
        names = byline_names(texts[i])
        if names:
            return names, i
    if head is not None:
        # Up to the body's first line, and always the line right under the headline (which the
        # body may start above when the classifier takes the headline for prose).
        for i in range(head + 1, min(n, head + 4, max(body_start + 1, head + 2))):
            dated = any(bool(_dates(page, j)) for j in (i - 1, i + 1) if 0 <= j < n and j != head)
            names = name_line(texts[i], bare=dated or not page.nouns_capitalised)
            if names:
                return names, i
    far = list(range(anchor - 4, max(-1, anchor - 16), -1)) + list(range(body_start + 3, min(n, body_start + 6)))
    for i in far:
        if page.n_words[i] <= 25 and _EXPLICIT_BY.match(texts[i]):
            names = byline_names(texts[i])
            if names:
                return names, i
    # An author box closing the article ("Autor: X", "Text: X", "Geschrieben von X"); plain
    # "Von X" is not enough this far down, where comment threads sign the same way.
    for i in range(body_end + 2, min(n, body_end + 10)):
        if page.n_words[i] <= 12 and _AUTHOR_BOX.match(texts[i]):
            names = byline_names(texts[i])
            if names:
                return names, i
    return [], None


def find_related(page: DumpPage, body_end: int, title: str | None, limit: int = 60) -> list[str]:
    """Headlines of other stories listed below the body ("More Latest News", "Related" lists).

    A headline is 4-30 words, not a sentence ending in a full stop (those are the lists'
    picture captions), not a credit, not a section label ending in a colon.
    """
    related: list[str] = []
    seen = {title.lower()} if title else set()
    in_list = False  # under a "More Latest News" label even prose-like lines are list items
    texts, n_words, logits, caption = page.texts, page.n_words, page.logits, page.caption  # a long loop: locals
    for i in range(body_end, len(texts)):
        n = n_words[i]
        if n <= 6 and section_label(texts[i]):
            in_list = True
            continue
        if n < 4 or n > 30 or (logits[i] > 0 and not in_list) or caption[i]:
            continue
        text = texts[i].lstrip("*+•-– ").strip()
        if text[-1] in ".:" or ("|" in text and n < 6) or _legal(text) or _SECTION.match(text):
            continue
        key = text.lower()
        if key in seen:
            continue
        seen.add(key)
        related.append(text)
        if len(related) >= limit:
            break
    return related
