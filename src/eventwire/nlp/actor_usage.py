"""What an article's own writing says about its actors: its case, its acronyms, its country's usage.

- An article written without capitals (some feeds and archives lower-case everything) has lost
  them, not its names: :func:`caseless_article` tells the readers of :mod:`.actor_mentions` to
  read known names without capitals (:func:`.actor_resolve._caseless_name`).
- An acronym the article defines ("the Vishwa Hindu Parishad (VHP)", "the all-India Babri Masjid
  Action Committee (AIBMAC)") names the defined actor wherever the article reuses it, whether or not
  the dictionary knows the name: :func:`defined_acronyms`.
- "The board", "the committee", "the party": once the article has named one organisation with that
  head noun, the bare head names it again (:func:`_remember_heads`); two such organisations make it
  name neither.
- Some words name a national actor only in one country's usage: in Indian and Pakistani English
  "the Centre" is the federal government; in Indian news a bare "Congress" is the Indian National
  Congress, not a legislature. :func:`usage_matches` reads them so only in an article whose places
  are at least half in that country (the places stage's reading), and only where the word is not a place
  ("in the centre", "the centre of the town") or part of a longer name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..records import Place
from .actor_dictionary import ActorDictionary, Entry
from .actor_resolve import FUNCTION_WORDS, Match, find_matches, resolve_tokens

# country → word → (canonical name, source code): words that name a national actor in that country's
# English only.
NATIONAL_USAGE: dict[str, dict[str, tuple[str, str]]] = {
    "IND": {"centre": ("Government of India", "INDGOV"), "center": ("Government of India", "INDGOV"),
            "congress": ("Indian National Congress", "INDPTY")},
    "PAK": {"centre": ("Government of Pakistan", "PAKGOV"), "center": ("Government of Pakistan", "PAKGOV")},
}
# Words after "centre" that make it a place or a thing, not the government ("the centre of the city",
# "the centre stage", "the centre-right").
CENTRE_NOT_AFTER = {"of", "for", "stage", "point", "-", "court", "forward", "back", "half", "ground"}
# Head nouns of organisations' names that "the <head>" takes up again once the article has named one
# organisation so headed ("the All India Muslim Personal Law Board … the board said").
BACK_REFERENCE_HEADS = {"board", "committee", "trust", "commission", "council", "front", "alliance", "union",
                        "parishad", "dal", "sangh", "sena", "forum", "federation", "association", "league",
                        "conference", "party", "movement", "nyas", "samiti", "morcha"}
# Preceding words that make "Congress" another country's legislature.
CONGRESS_NOT_AFTER = {"us", "u.s.", "american", "united", "states", "'s", "of", "mexican", "peruvian",
                      "philippine", "colombian", "brazilian", "national", "people", "youth"}


@dataclass
class ArticleReading:
    """What :mod:`.actor_mentions` reads once per article before its sentences."""

    caseless: bool = False
    country: str | None = None
    acronyms: dict[str, Entry] = field(default_factory=dict)       # "vhp" → the defined actor
    long_forms: dict[int, tuple[int, Entry]] = field(default_factory=dict)  # start token → (end, actor)
    heads: dict[str, Entry | None] = field(default_factory=dict)   # "board" → the one board named so far


def caseless_article(doc: Any) -> bool:
    """Fewer than 2% of the article's words (of 20 or more) carry a capital: it was written, or
    kept, without them. Cased news capitalises some 10–15% of its words."""
    words = [t.text for t in doc if t.is_alpha]
    if len(words) < 20:
        return False
    return sum(1 for w in words if any(c.isupper() for c in w)) < 0.02 * len(words)


def article_country(places: Sequence[Place]) -> str | None:
    """The country of at least half of the article's places."""
    counts = Counter(p.country_code for p in places if p.country_code)
    if not counts:
        return None
    code, count = counts.most_common(1)[0]
    return code if 2 * count >= sum(counts.values()) else None


def _long_form(tokens: Sequence[Any], end: int, letters: str, floor: int) -> int | None:
    """The first token of the words before ``end`` whose initials spell ``letters``: content words
    must give the next letter back, function words may ("Research and Analysis Wing"), hyphens are
    skipped ("all-India")."""
    need = len(letters) - 1
    words = 0
    j = end - 1
    while j >= floor and need >= 0:
        token = tokens[j]
        text = token.text.lower()
        if text in ("-", "–", "'s", "’s", "&"):
            j -= 1
            continue
        if not token.is_alpha:
            return None
        if text[0] == letters[need]:
            need -= 1
            words += 1
        elif text not in FUNCTION_WORDS:
            return None
        j -= 1
    return j + 1 if need < 0 and words >= 2 else None


def defined_acronyms(doc: Any, day: int, dictionary: ActorDictionary, caseless: bool) -> ArticleReading:
    """Acronyms defined in parentheses after the name they abbreviate, each with the actor its name
    resolves to (an organisation of no known code or sector when the name is unknown)."""
    reading = ArticleReading(caseless=caseless)
    tokens = list(doc)
    for i in range(1, len(tokens) - 2):
        if tokens[i].text != "(" or tokens[i + 2].text != ")":
            continue
        word = tokens[i + 1]
        letters = word.text.lower()
        if not (word.is_alpha and 2 <= len(letters) <= 8) or letters in dictionary.agents:
            continue
        if not caseless and not word.text.isupper():
            continue
        start = _long_form(tokens, i, letters, tokens[i].sent.start)
        if start is None:
            continue
        span = tokens[start:i]
        found = resolve_tokens(span, day, None, dictionary,
                               matches=find_matches(span, dictionary, caseless_text=caseless))
        name = " ".join(t.text for t in span)
        code = ""
        if found is not None and found.kind in ("organisation", "metonym") and found.entry is not None:
            name, code = found.entry.name, found.entry.codes[0][0] if found.entry.codes else ""
        elif found is not None and found.code:
            code = found.code + "".join(found.sectors[:1])
        entry = Entry(name, "organisation", ((code, 0, 0),))
        reading.acronyms.setdefault(letters, entry)
        reading.long_forms[start] = (i, entry)
    return reading


def usage_matches(tokens: Sequence[Any], start: int, end: int, matches: list[Match], reading: ArticleReading,
                  is_locative: Any) -> list[Match]:
    """The sentence's dictionary matches (doc token offsets, sentence ``start``..``end``) with the
    article's defined acronyms and long forms and its country's usage added; an added reading replaces
    the shorter matches it covers."""
    added: list[Match] = []
    usage = NATIONAL_USAGE.get(reading.country or "", {})
    i = start
    while i < end:
        token = tokens[i]
        text = token.text.lower()
        long_form = reading.long_forms.get(i)
        if long_form is not None and long_form[0] <= end:
            added.append(Match(i, long_form[0], text, entry=long_form[1]))
            i = long_form[0] + 3  # past "( ACR )"
            continue
        if text in reading.acronyms and (token.text.isupper() or reading.caseless):
            added.append(Match(i, i + 1, text, entry=reading.acronyms[text]))
        elif text in usage and _usage_word(tokens, i, start, text, is_locative):
            name, code = usage[text]
            added.append(Match(i, i + 1, text, entry=Entry(name, "organisation", ((code, 0, 0),))))
        elif reading.heads.get(text) is not None and i > start and tokens[i - 1].text.lower() == "the" \
                and (i + 1 >= len(tokens) or tokens[i + 1].text.lower() != "of") and token.dep_ != "compound":
            added.append(Match(i, i + 1, text, entry=reading.heads[text]))
        i += 1
    if not added:
        _remember_heads(matches, reading)
        return matches
    kept = []
    for match in matches:
        inside = [a for a in added if a.start <= match.start and match.end <= a.end]
        overlaps = [a for a in added if a.start < match.end and match.start < a.end]
        if inside or (overlaps and match.entry is None):
            continue
        if overlaps:  # a longer known name holds the word ("Trinamool Congress"): keep it
            added = [a for a in added if a not in overlaps]
        kept.append(match)
    found = sorted(kept + added, key=lambda m: m.start)
    _remember_heads(found, reading)
    return found


def _remember_heads(matches: list[Match], reading: ArticleReading) -> None:
    """Note the head noun of each organisation the sentence names ("Muslim Personal Law Board" → board,
    "Communist Party of India" → party); a head two organisations share names neither."""
    for match in matches:
        entry = match.entry
        if entry is None or entry.kind != "organisation":
            continue
        words = entry.name.lower().split(" of ")[0].split()
        head = words[-1].strip("()'’.,") if words else ""
        if head not in BACK_REFERENCE_HEADS or len(words) < 2:
            continue
        known = reading.heads.get(head, entry)
        reading.heads[head] = entry if known is not None and known.name == entry.name else None


def _usage_word(tokens: Sequence[Any], i: int, start: int, text: str, is_locative: Any) -> bool:
    token = tokens[i]
    before = tokens[i - 1].text.lower() if i > start else ""
    after = tokens[i + 1].text.lower() if i + 1 < len(tokens) else ""
    if text in ("centre", "center"):
        return (before == "the" and after not in CENTRE_NOT_AFTER and token.dep_ != "compound"
                and not is_locative(token))
    if text == "congress":
        return before not in CONGRESS_NOT_AFTER and after not in ("party", "-")
    return False
