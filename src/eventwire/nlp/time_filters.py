"""Context checks that keep numbers, names and ordinary words from becoming dates.

A pattern says what a time expression *looks* like; these checks ask whether, here, it is one:
"2,000 troops", "£50 million", "50%", "Resolution 2254" and "a 22-year-old" hold numbers but
no dates; "Theresa May", "Bloody Sunday" and "the Arab Spring" hold calendar words but no dates;
"one day" and "the minutes" hold unit words but no durations. The checks look at the words on
either side in the parse (tags, entities) and at the raw characters (currency signs).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from .time_lexicon import MONTHS, YEAR_PREFIX_WORDS
from .time_patterns import Candidate

_CURRENCY_WORDS = frozenset({
    "$", "£", "€", "¥", "us$", "a$", "c$", "hk$", "usd", "eur", "gbp", "rs", "rs.", "inr", "rub",
    "uah", "cny", "yuan", "jpy", "chf", "no.", "no", "number", "#", "page", "room", "flight", "route",
    "highway", "section", "article", "resolution", "chapter", "model", "version", "code", "bus",
    "line", "unit", "apartment", "suite", "box", "pp.", "p.", "gate", "platform", "level",
    "paragraph", "clause", "rule", "item", "volume", "vol.", "issue", "exit", "interstate", "road",
    "street", "avenue", "precinct", "ward", "case", "tel", "tel.", "phone", "fax", "ext", "lot",
    "building", "block", "pier", "runway", "cell", "seat", "row", "category", "class", "grade",
    "stage", "phase", "series", "type", "nr", "nos", "hwy", "rte", "st.", "ave", "dr.", "suite",
})
_SCALE_WORDS = frozenset({
    "million", "billion", "trillion", "thousand", "hundred", "bn", "m", "k", "mn", "dollars",
    "pounds", "euros", "yen", "rubles", "roubles", "hryvnias", "hryvnia", "yuan", "rupees",
    "percent", "per", "%", "gmt", "utc", "bst", "est", "edt", "hours", "hrs", "hrs.", "local",
    "km", "kilometres", "kilometers", "miles", "metres", "meters", "feet", "kg", "tonnes", "tons",
    "barrels", "degrees", "°", "votes", "points", "calories", "mph", "kph",
})
_DETERMINERS = frozenset({
    "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "those",
    "these", "'s", "’s", "in", "of", "since", "by", "for", "from", "until", "before", "after",
    "during", "between", "and", "to", "through", "early", "late", "mid", "-", "–",
})
_TEMPORAL_PREPOSITIONS = frozenset({
    "in", "since", "until", "till", "by", "from", "before", "after", "during", "through", "of",
    "early", "late", "mid", "last", "next", "this", "on", "throughout", "into", "to", "between",
    "and", "or", "around", "circa", "as", "that", "over", "-",
})
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "mr.", "mrs.", "ms.", "dr.", "sir", "dame",
                     "lady", "lord", "prof", "prof.", "president", "minister", "secretary"})
_PUBLICATION_WORDS = frozenset({"times", "telegraph", "mirror", "express", "post", "herald", "mail",
                                "people", "sport", "star", "observer", "independent", "tribune",
                                "review", "night", "service", "school", "league", "best"})
_WEEKDAY_OPENERS = frozenset({"on", "by", "until", "till", "since", "last", "next", "this", "early",
                              "late", "from", "before", "after", "through", "every", "each", "that",
                              "the", "coming", "past", "previous", "and", "or", "but", "as", "of",
                              "for", "from", "between", "at", "over", "to", "during", "starting",
                              "beginning", "then", "so", "now", "again", "also"})
_NAME_ENTITIES = frozenset({"PERSON", "ORG", "WORK_OF_ART", "FAC", "EVENT", "NORP", "PRODUCT",
                            "LAW", "GPE", "LOC"})
_AGE_BEFORE = re.compile(r"\b(?:aged?|ages)\s*$", re.I)
_AGE_AFTER = re.compile(r"^(?:-|\s)*(?:old|older|younger|of\s+age)\b", re.I)
_DURATION_CONTEXT_BEFORE = frozenset({"for", "within", "over", "in", "after", "before", "took",
                                      "lasted", "spent", "lasting", "waited", "wait", "last",
                                      "spend", "take", "takes", "than"})
_DURATION_CONTEXT_AFTER = frozenset({"before", "after", "later", "earlier", "ago", "into"})
_SEASON_PREPOSITIONS = frozenset({"in", "during", "until", "till", "since", "by", "through",
                                  "over", "throughout", "before", "after", "this", "last", "next",
                                  "early", "late", "of", "that"})


class TokenIndex:
    """Find the parse token at a character offset in O(log n), built once per article."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.starts = doc.to_array("IDX").tolist()  # one C call, not a Python loop over tokens
        sent_starts = doc.to_array("SENT_START").tolist()
        self.sentence_starts = [self.starts[i] for i, flag in enumerate(sent_starts) if flag == 1]
        if not self.sentence_starts or self.sentence_starts[0] != 0:
            self.sentence_starts.insert(0, 0)

    def at(self, char: int) -> Any | None:
        i = bisect_right(self.starts, char) - 1
        return self.doc[i] if 0 <= i < len(self.doc) else None

    def sentence_start(self, char: int) -> int:
        """Character offset where the sentence holding ``char`` begins."""
        return self.sentence_starts[bisect_right(self.sentence_starts, char) - 1]

    def before(self, char: int) -> Any | None:
        """The word token ending at or before ``char`` in the same sentence (spaces skipped)."""
        current = self.at(char)
        if current is not None and current.idx == char and current.is_sent_start:
            return None
        i = bisect_right(self.starts, char - 1) - 1
        while i >= 0 and (self.doc[i].is_space or self.doc[i].idx + len(self.doc[i].text) > char):
            i -= 1
        return self.doc[i] if i >= 0 else None

    def after(self, char: int) -> Any | None:
        """The word token starting at or after ``char`` (spaces skipped)."""
        i = bisect_right(self.starts, char - 1)
        while i < len(self.doc) and self.doc[i].is_space:
            i += 1
        return self.doc[i] if i < len(self.doc) else None


def _lower(token: Any | None) -> str:
    return token.lower_ if token is not None else ""


def _capitalised_name_before(token: Any | None) -> bool:
    """A capitalised word that is not a sentence opener nor a month: part of a proper name."""
    if token is None or not token.text[:1].isupper() or token.is_sent_start:
        return False
    return token.lower_ not in YEAR_PREFIX_WORDS and token.lower_ not in MONTHS


def accept(candidate: Candidate, text: str, tokens: TokenIndex) -> bool:
    """Whether a pattern match is a time expression in this context."""
    check = _CHECKS.get(candidate.rule)
    return True if check is None else check(candidate, text, tokens)


def _year_ok(candidate: Candidate, text: str, tokens: TokenIndex) -> bool:
    g = candidate.groups
    year = int(g["year"] or 0)
    year_start = candidate.end - 4
    if not 1000 <= year <= 2099:
        return False
    before, after = tokens.before(year_start), tokens.after(candidate.end)
    if g.get("mod") or g.get("fiscal"):
        return True
    if not 1900 <= year <= 2099 and _lower(before) not in _TEMPORAL_PREPOSITIONS:
        return False
    if _lower(before) in _CURRENCY_WORDS or _lower(after) in _SCALE_WORDS:
        return False
    if re.match(r"\s*(?:%|per\s*cent)", text[candidate.end:candidate.end + 10], re.I):
        return False
    if re.search(r"[$£€¥]\s*$", text[max(0, year_start - 3):year_start]):
        return False
    if after is not None and after.tag_ == "NNS" and _lower(before) not in _DETERMINERS:
        return False  # "killed 1500 people": a count
    first = tokens.at(year_start)
    if first is not None and first.ent_type_ in ("MONEY", "PERCENT", "QUANTITY"):
        return False
    return True


def _range_tail_ok(candidate: Candidate, text: str, tokens: TokenIndex) -> bool:
    head = text[candidate.start - 5:candidate.start - 1]
    if not head.isdigit():
        return False
    first, tail = int(head), int(candidate.groups["yy"] or 0)
    return 1900 <= first <= 2099 and first % 100 < tail <= first % 100 + 10 and not re.search(
        r"[$£€¥]\s*$", text[max(0, candidate.start - 8):candidate.start - 5])


def _month_ok(candidate: Candidate, text: str, tokens: TokenIndex) -> bool:
    g = candidate.groups
    month_start = text.index(g["mon"] or "", candidate.start)
    before = tokens.before(month_start if not (g.get("mod") or g.get("rel")) else candidate.start)
    after = tokens.after(candidate.end)
    word = _lower(before)
    if word in _TITLES or (before is not None and before.ent_type_ == "PERSON"):
        return False
    if candidate.rule != "month":
        return True  # a day or a year is attached: a date
    if g.get("mod") or g.get("rel"):
        return True
    month = tokens.at(month_start)
    if month is not None and month.ent_type_ in _NAME_ENTITIES:
        return False
    if (g["mon"] or "") in ("May", "March") and word not in _TEMPORAL_PREPOSITIONS:
        return False  # "Theresa May", "May said", "March on": not the month without a cue
    if after is not None and after.text[:1].isupper() and after.pos_ == "PROPN" and (
            word not in _TEMPORAL_PREPOSITIONS):
        return False  # "June Carter", "August Ames"
    return True


def _weekday_ok(candidate: Candidate, text: str, tokens: TokenIndex) -> bool:
    g = candidate.groups
    after = tokens.after(candidate.end)
    weekday_start = text.index(g["wd"] or "", candidate.start)
    weekday = tokens.at(weekday_start)
    before = tokens.before(weekday_start)
    if (before is not None and weekday is not None and before.text[:1].isupper()
            and before.lower_ not in _WEEKDAY_OPENERS and before.lower_ not in MONTHS):
        modifies = before.head.i == weekday.i and before.dep_ in ("compound", "amod", "nmod")
        same_name = weekday.ent_iob_ == "I" and weekday.ent_type_ != "DATE"
        if modifies or same_name:
            return False  # "Bloody Sunday", "Black Friday", "Good Friday" (not "The FAA Friday said")
    if g.get("part") and not (g["part"] or "").islower():
        return False  # "Saturday Night Live"
    if after is not None and after.lower_ in _PUBLICATION_WORDS and after.text[:1].isupper():
        return False  # "the Sunday Times", "Sunday Telegraph"
    if before is not None and before.lower_ == "on" and before.i > 0:
        two_back = tokens.doc[before.i - 1]
        if two_back.text[:1].isupper() and two_back.lower_ in ("mail", "independent", "observer"):
            return False  # "the Mail on Sunday"
    return True


def _season_ok(candidate: Candidate, text: str, tokens: TokenIndex) -> bool:
    g = candidate.groups
    season = g["season"] or ""
    relation = (g.get("rel") or "").lower()
    before = tokens.before(candidate.start)
    after = tokens.after(candidate.end)
    if season[:1].isupper() and _capitalised_name_before(before):
        return False  # "the Arab Spring", "Prague Spring"
    if g.get("year"):
        return True
    if relation in ("", "the"):
        if _lower(before) not in _SEASON_PREPOSITIONS and not g.get("mod"):
            return False
        if after is not None and (after.pos_ in ("NOUN", "PROPN") or after.lower_ == "of"):
            return False  # "the winter Olympics", "the fall of Kabul"
        if season.lower() == "fall" and relation == "":
            return False
    return True


def _holiday_ok(candidate: Candidate, text: str, tokens: TokenIndex) -> bool:
    after = tokens.after(candidate.end)
    if candidate.groups.get("year"):
        return True
    return not (after is not None and after.pos_ in ("NOUN", "PROPN"))  # "Easter Rising", "Christmas tree"


def _duration_ok(candidate: Candidate, text: str, tokens: TokenIndex) -> bool:
    g = candidate.groups
    if _AGE_BEFORE.search(text[max(0, candidate.start - 8):candidate.start]):
        return False  # "ages 6 months and older", "aged 30 years"
    if not g.get("dir") and _AGE_AFTER.match(text[candidate.end:candidate.end + 14]):
        return False  # "a 22-year-old", "30 years old"
    unit = (g["unit"] or "").lower()
    number = (g["num"] or "").lower()
    after = tokens.after(candidate.end)
    before = tokens.before(candidate.start)
    if re.match(r"-(?!long\b|old\b)[a-z]", text[candidate.end:candidate.end + 3], re.I):
        return False  # "a second-half substitute", "a day-to-day basis"
    if unit == "second" and number in ("a", "one") and not g.get("dir") and (
            _lower(before) not in _DURATION_CONTEXT_BEFORE and _lower(after) not in _DURATION_CONTEXT_AFTER):
        return False  # "a second term", "adding a second" (goal): the ordinal, not the unit
    if unit == "minute" and after is not None and after.pos_ == "NOUN":
        return False  # "a minute amount"
    if number == "one" and unit in ("day", "night") and not g.get("dir") and "-" not in text[
            candidate.start:candidate.end]:
        return _lower(before) in _DURATION_CONTEXT_BEFORE or _lower(after) in _DURATION_CONTEXT_AFTER
    if number in ("some", "many") and not g.get("dir") and _lower(before) not in (
            _DURATION_CONTEXT_BEFORE | {"of", "ago"}):
        return _lower(after) in _DURATION_CONTEXT_AFTER
    return True


def _bare_units_ok(candidate: Candidate, text: str, tokens: TokenIndex) -> bool:
    before = tokens.before(candidate.start)
    after = tokens.after(candidate.end)
    return _lower(before) in _DURATION_CONTEXT_BEFORE - {"than", "last"} or (
        _lower(after) in _DURATION_CONTEXT_AFTER - {"into"} and _lower(before) not in _DETERMINERS)


def _vague_ok(candidate: Candidate, text: str, tokens: TokenIndex) -> bool:
    word = (candidate.groups["vague"] or "").lower()
    surface = text[candidate.start:candidate.end]
    first = tokens.at(candidate.start)
    if surface[:1].isupper() and first is not None and not first.is_sent_start:
        return False  # "Apocalypse Now", "NOW"
    if word == "soon":
        if text[max(0, candidate.start - 3):candidate.start].lower() == "as ":
            return False  # "as soon as"
        if re.match(r"\s+(?:after|afterwards|thereafter)\b", text[candidate.end:candidate.end + 14], re.I):
            return False
    return True


_CHECKS = {
    "year": _year_ok,
    "year_range_tail": _range_tail_ok,
    "month": _month_ok,
    "month_day": _month_ok,
    "day_month": _month_ok,
    "month_year": _month_ok,
    "weekday": _weekday_ok,
    "season": _season_ok,
    "holiday": _holiday_ok,
    "duration": _duration_ok,
    "bare_units": _bare_units_ok,
    "vague": _vague_ok,
}
