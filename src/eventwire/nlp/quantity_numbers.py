"""Numbers in running text: where they are, what they are worth, and what is written around them.

This is the character-level half of quantity extraction. It finds every written number (digits
with separators, number words, scale words and suffixes, vague multiples such as "thousands of"),
masks what only looks like a count (dates, clock times, phone numbers, ages, ordinals, decades,
numbered names such as "Article 10"), and assembles each number with its neighbours into an
expression: a range ("between 40,000 and 45,000"), a hedge ("roughly"), a currency ("£", "euros")
or a percent sign. What the number counts is left to the parse (``quantity_units``).

Working on the text rather than on tokens keeps "£88m", "$6.5bn", "14 000" and "10-12" whole
however the tokenizer splits them, and costs one regular-expression pass per article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import quantity_lexicon as lex


@dataclass
class NumberExpression:
    """A number or range with its hedge, currency or percent, before the parse says what it counts.

    ``start``/``end`` cover the whole expression (hedge and currency included); ``core_start``/
    ``core_end`` cover the numerals alone, which is where the parse is consulted. ``unit`` is set
    here only when the text itself names it (a currency, "percent", an attached "km", "-mile").
    """

    start: int
    end: int
    core_start: int
    core_end: int
    value: float
    low: float | None = None
    high: float | None = None
    approximate: bool = False
    unit: str = ""
    kind: str = "digits"  # digits, words, vague
    hedged: bool = False
    is_range: bool = False
    year_like: bool = False
    strong: bool = False  # "a 3,000-strong force": the noun after is the counted one
    words: list[str] = field(default_factory=list)  # the numerals as written, lower case


@dataclass
class _Atom:
    start: int
    end: int
    value: float
    kind: str
    raw: str
    scaled: bool = False
    unit: str = ""
    currency: str = ""
    currency_start: int | None = None

    @property
    def begin(self) -> int:
        """Where the atom's text begins, currency symbol included."""
        return self.start if self.currency_start is None else self.currency_start


def _alternation(words: list[str] | tuple[str, ...] | frozenset[str] | dict[str, object]) -> str:
    """A regex alternation of literal words, longest first so "US$" wins over "$"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class _Patterns:
    atoms: tuple[re.Pattern[str], ...]
    masks: re.Pattern[str]
    comma_number: re.Pattern[str]
    age_holder: re.Pattern[str]
    currency_before: re.Pattern[str]
    code_before: re.Pattern[str]
    currency_after: re.Pattern[str]
    code_after: re.Pattern[str]
    percent_after: re.Pattern[str]
    hedge_before: re.Pattern[str]
    hedge_after: re.Pattern[str]
    hyphen_after: re.Pattern[str]
    previous_word: re.Pattern[str]


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    """Compiled once per process, on first use (not at import time)."""
    digits = (
        r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"  # 2,000 / 1,234.5
        r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.]?\d)"  # 14 000
        r"|\d+(?:\.\d+)?"
    )
    scale_words = r"trillion|billion|million|thousand|hundred|bn|mn|tn"
    number_digits = (
        rf"(?<![\w/:])(?<![A-Za-z]-)(?<!\d[.,])(?P<num>{digits})"
        rf"(?:(?P<suffix>[A-Za-z]+|['’]s)\b|\s?(?P<scale>{scale_words})\b)?(?![\w]|[.,]\d)"
    )
    small = (
        r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
        r"(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine)\b)?"
        r"|seventeen|thirteen|fourteen|fifteen|sixteen|eighteen|nineteen|eleven|twelve"
        r"|zero|one|two|three|four|five|six|seven|eight|nine|ten)"
    )
    scalew = r"(?:hundred|thousand|million|billion|trillion|dozen)"
    # Word patterns run on the lower-cased text and check their left word boundary in code: without a
    # leading \b and case folding the regex engine scans about twice as fast.
    words = (
        rf"(?:(?:a|half\s+a)\s+{scalew}(?:\s+{scalew})*"
        rf"|{small}(?:\s+and\s+a\s+half)?"
        rf"(?:\s+{scalew}(?:\s+(?:and\s+)?{small}\b(?!\s+{scalew}))?)*)\b(?!-(?:thirds?|quarters?|halves))"
    )
    vague = (
        r"(?:tens|hundreds|thousands|millions|billions|dozens|scores)"
        r"(?:\s+of\s+(?:tens|hundreds|thousands|millions|billions|dozens|scores))*\b"
    )
    few = (
        r"(?:several|a\s+few|a\s+couple\s+of)\s+(?:hundred|thousand|million|billion|dozen)"
        r"(?:\s+(?:thousand|million|billion))?\b"
    )
    month = (
        r"(?:January|February|March|April|May|June|July|August|September|October|November"
        r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
    )
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    zones = _alternation(lex.TIME_ZONES)
    masks = (  # one alternation, so the text is scanned once
        r"\b\d{4}-\d{1,2}-\d{1,2}\b",
        r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b",
        rf"\b{day}(?:\s*(?:-|–|and|to)\s*{day})?\s+(?:of\s+)?{month}(?![a-z])(?:,?\s+\d{{4}}\b)?",
        rf"\b{month}\s+{day}\b(?![,.]?\d)(?:\s*(?:-|–|to)\s*{day})?(?:,?\s+\d{{4}}\b)?",
        rf"\b{month}\s+\d{{4}}\b",
        r"(?i:\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:am|pm|a\.m\.|p\.m\.))?)",
        r"(?i:\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)(?![a-z]))",
        rf"\b\d{{1,2}}(?:[.:]?\d{{2}})?\s*(?:{zones})\b",
        r"\+\d{1,3}(?:[\s.-]?\(?\d{1,5}\)?){2,5}",
        r"(?<!\d)0\d{2,4}[\s-]\d{3,4}[\s-]?\d{3,4}(?!\d)",
        r"\(\d{3}\)\s?\d{3}-\d{4}",
        r"(?<![\d-])\d{3}-\d{3}-\d{4}(?!\d)",
        r"(?<![\w-])\d+(?:-\d+){2,}(?![\w-])",  # "14-0-1" records, "1-6-2" runs
        r"(?m:^[ \t]*\d{1,2}[.)](?=\s))",  # "4. Live below your means": a list item's number
        r"(?i:\b\d{1,3}(?:-|\s)(?:year|month|week|day)s?(?:-|\s)old\b)",
        r"(?i:\b(?:aged?|age\s+of)\s+\d{1,3}(?:\s*(?:-|to|and)\s*\d{1,3})?\b)",
        r"\b\d+\s(?:st|nd|rd|th)\b",  # "38 th": an ordinal split by a space
        r"\b\d+(?:\([a-z0-9]{1,3}\))+",  # "501(c)(3)": a legal code
    )
    age_nouns = _alternation(lex.AGE_NOUNS)
    symbols = _alternation(lex.CURRENCY_SYMBOLS)
    codes = _alternation(lex.CURRENCY_CODES)
    qualifiers = _alternation({q for q, _ in lex.CURRENCY_QUALIFIERS})
    currency_words = _alternation(lex.CURRENCY_WORDS)
    hedges = _alternation(lex.HEDGES_BEFORE)
    return _Patterns(
        atoms=(re.compile(number_digits), re.compile(words), re.compile(vague), re.compile(few)),
        masks=re.compile("|".join(f"(?:{m})" for m in masks)),
        comma_number=re.compile(r",\s*(\d{1,3}),"),
        age_holder=re.compile(rf"(?:\b(?i:{age_nouns})|\b[A-Z][a-z'’-]+)$"),
        currency_before=re.compile(rf"(?:{symbols})\s?$"),
        code_before=re.compile(rf"\b(?:{codes})\s?$"),
        currency_after=re.compile(
            rf"^\s+(?:of\s+)?(?:(?P<qual>{qualifiers})\s+)?(?P<word>{currency_words})"
            rf"(?:\s+sterling)?\b", re.I),
        code_after=re.compile(rf"^\s?(?:{codes})\b"),
        percent_after=re.compile(r"^(?:\s?%|\s+per\s?cent\b|\s+percent\b|\s+(?P<points>percentage\s+points?)\b)", re.I),
        hedge_before=re.compile(rf"(?:^|(?<=[^\w]))(?P<hedge>{hedges}|between|from)\s+$", re.I),
        hedge_after=re.compile(r"^(?:\+|-?\s?plus\b|-odd\b|\s+or\s+(?:more|so|fewer|less)\b)", re.I),
        hyphen_after=re.compile(r"^-(?P<w>[A-Za-z]+)(?:-(?P<w2>[A-Za-z]+))?"),
        previous_word=re.compile(r"(?P<w>[A-Za-z][A-Za-z.]*)\s+$"),
    )


# --- values --------------------------------------------------------------------------------------


def words_value(text: str) -> float:
    """The value of a number written in words: "twenty-five" → 25, "half a million" → 500000."""
    total, current, halve = 0.0, 0.0, False
    tokens = re.findall(r"[a-z]+", text.lower())
    for i, word in enumerate(tokens):
        if word in lex.SMALL_NUMBERS:
            current += lex.SMALL_NUMBERS[word]
        elif word in lex.TENS:
            current += lex.TENS[word]
        elif word == "a" and current == 0:
            current = 1
        elif word == "half":
            if current and i > 0 and tokens[i - 1] == "a":
                current += 0.5
            else:
                halve = True
        elif word in ("hundred", "dozen"):
            current = (current or 1) * lex.SCALE_WORDS[word]
        elif word in lex.SCALE_WORDS:
            total += (current or 1) * lex.SCALE_WORDS[word]
            current = 0
    value = total + current
    return value / 2 if halve else value


def _vague_value(text: str) -> float:
    """"tens of thousands" → 20000: two of the product of the multiples."""
    value = 2.0
    for word in re.findall(r"[a-z]+", text.lower()):
        value *= lex.VAGUE_MULTIPLES.get(word, 1)
    return value


def _digits_value(num: str) -> float:
    return float(re.sub(r"[,\s\u00a0\u202f]", "", num))


# --- atoms ---------------------------------------------------------------------------------------


def _masked_spans(text: str) -> list[tuple[int, int]]:
    """Dates, clock times, phone numbers and ages: digits that are not counts."""
    pats = _patterns()
    spans = [m.span() for m in pats.masks.finditer(text)]
    for m in pats.comma_number.finditer(text):  # "Man, 24, arrested"
        if int(m.group(1)) <= 120 and pats.age_holder.search(text[max(0, m.start() - 25):m.start()]):
            spans.append(m.span(1))
    return spans


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _digit_atom(match: re.Match[str]) -> _Atom | None:
    num, suffix, scale = match.group("num"), match.group("suffix"), match.group("scale")
    value = _digits_value(num)
    atom = _Atom(match.start(), match.end(), value, "digits", num)
    if scale:
        atom.value *= lex.SCALE_WORDS.get(scale.lower()) or lex.SCALE_SUFFIXES[scale.lower()]
        atom.scaled = True
    elif suffix:
        low = suffix.lower()
        if low in lex.SCALE_SUFFIXES:
            atom.value *= lex.SCALE_SUFFIXES[low]
            atom.scaled = True
        elif low in lex.COUNTED_NOUNS and len(low) <= 3:  # "60km", "155mm"
            atom.unit = lex.COUNTED_NOUNS[low]
        else:  # ordinals, "1990s", "5G", "17A": not counts
            return None
    return atom


def _atoms(text: str) -> list[_Atom]:
    pats = _patterns()
    masked = _masked_spans(text)
    found: list[_Atom] = []
    digit_re, words_re, vague_re, few_re = pats.atoms
    for m in digit_re.finditer(text):
        atom = _digit_atom(m)
        if atom is not None:
            found.append(atom)
    lower = text.lower()
    if len(lower) != len(text):  # a few characters change length when lower-cased
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    for kind, pattern in (("words", words_re), ("vague", vague_re), ("few", few_re)):
        for m in pattern.finditer(lower):
            start, end = m.span()
            if start and lower[start - 1].isalnum():
                continue
            if kind == "vague":
                if lower[start:end].split()[-1] in ("tens", "scores") and not lower.startswith(" of", end):
                    continue
                value = _vague_value(m.group())
            elif kind == "few":
                value = 3 * words_value(re.sub(r"several|a\s+few|a\s+couple\s+of", "", m.group()))
            else:
                value = words_value(m.group())
            found.append(_Atom(start, end, value, kind, text[start:end]))
    found.sort(key=lambda a: (a.start, -(a.end - a.start)))
    kept: list[_Atom] = []
    for atom in found:
        if kept and atom.start < kept[-1].end:
            continue
        if _overlaps(atom.start, atom.end, masked):
            continue
        kept.append(atom)
    return kept


def _attach_currency_before(text: str, atom: _Atom) -> None:
    if atom.kind != "digits":
        return
    head = text[max(0, atom.start - 5):atom.start]
    pats = _patterns()
    m = pats.currency_before.search(head)
    code = lex.CURRENCY_SYMBOLS.get(m.group().strip()) if m else None
    if m is None:
        m = pats.code_before.search(head)
        code = m.group().strip() if m else None
    if m and code:
        atom.currency = code
        atom.currency_start = atom.start - (len(head) - m.start())


# --- expressions ---------------------------------------------------------------------------------


def _range_kind(text: str, a: _Atom, b: _Atom) -> str | None:
    gap = text[a.end:b.begin]
    if re.fullmatch(r"\s*[-–—]\s*", gap):
        return "dash"
    for word in ("to", "and", "or"):
        if re.fullmatch(rf"\s+{word}\s+", gap, re.I):
            return word
    return None


def _shared_scale(a: _Atom, b: _Atom) -> float:
    """"between 2 and 3 million": the first number takes the second's scale when that fits."""
    if b.scaled and not a.scaled and a.kind == b.kind == "digits":
        factor = b.value / _digits_value(b.raw) if _digits_value(b.raw) else 1
        if a.value * factor < b.value:
            return a.value * factor
    return a.value


def _is_range(text: str, a: _Atom, b: _Atom) -> bool | None:
    """True for "10-12", "between 40,000 and 45,000", "two or three"; None for a score ("3-1").

    "rose from 30 to 45" is a change, not a range: each number stands alone.
    """
    kind = _range_kind(text, a, b)
    rising = _shared_scale(a, b) < b.value
    if kind == "dash" and not rising and a.kind == b.kind == "digits":
        return None
    if not rising:
        return False
    lead = text[max(0, a.begin - 40):a.begin].lower().split()
    if kind == "to" and len(lead) >= 2 and lead[-1] == "from" and lead[-2] in lex.CHANGE_WORDS:
        return False
    return kind in ("dash", "to") or (kind == "and" and bool(lead) and lead[-1] == "between") \
        or (kind == "or" and a.kind == b.kind == "words")


def _unit_after(text: str, expr: NumberExpression, kind: str) -> None:
    """A percent sign, "per cent", a currency word or code written after the number."""
    pats = _patterns()
    after = text[expr.end:expr.end + 40]
    m = pats.percent_after.match(after)
    if m:
        expr.unit = "percentage points" if m.group("points") else "percent"
        expr.end += m.end()
        return
    m = pats.currency_after.match(after)
    if m and (not m.group().lstrip().lower().startswith("of") or kind == "vague"):
        code = lex.CURRENCY_WORDS[m.group("word").lower()]
        qualifier = (m.group("qual") or "").lower()
        expr.unit = lex.CURRENCY_QUALIFIERS.get((qualifier, code), code)
        expr.end += m.end()
    elif kind == "digits" and (m := pats.code_after.match(after)):
        expr.unit = m.group().strip()
        expr.end += m.end()


def _hyphen_word(text: str, expr: NumberExpression) -> bool:
    """"a 40-mile convoy" (unit), "a 3,000-strong force" (noun follows); False for "10-year"."""
    m = _patterns().hyphen_after.match(text[expr.end:expr.end + 40])
    if not m or m.group("w").lower() in ("odd", "plus"):  # hedges, read later
        return True
    word, second = m.group("w").lower(), (m.group("w2") or "").lower()
    if word.rstrip("s") in lex.TIME_UNITS or word in lex.NOT_COUNT_HYPHEN_WORDS or second == "old":
        return False  # "10-year sentence", "one-off", "24-year-old": not counts
    if word == "strong":
        expr.strong = True
        expr.end += len("-strong")
    else:
        expr.unit = lex.COUNTED_NOUNS.get(word) or plural(word)
        expr.end += 1 + len(m.group("w"))
    return True


def _hedges(text: str, expr: NumberExpression, start: int) -> None:
    """"about", "more than", "up to" before; "or more", "+", "-odd" after; "between"/"from" of a range."""
    pats = _patterns()
    m = pats.hedge_after.match(text[expr.end:expr.end + 40])
    if m and expr.kind in ("digits", "words"):
        said = m.group().lower()
        bound = next((b for k, b in lex.HEDGES_AFTER.items() if said.endswith(k)), "low")
        expr.approximate = expr.hedged = True
        if bound == "low":
            expr.low = expr.value
        elif bound == "high":
            expr.high = expr.value
        expr.end += m.end()
    window = text[max(0, start - 30):start]
    m = pats.hedge_before.search(window)
    if not m:
        return
    hedge = " ".join(m.group("hedge").lower().split())
    hedge_start = start - (len(window) - m.start("hedge"))
    if hedge in ("between", "from"):
        if expr.is_range:
            expr.start = hedge_start
        return
    expr.start = hedge_start
    expr.approximate = expr.hedged = True
    bound = lex.HEDGES_BEFORE.get(hedge)
    if bound == "low" and expr.low is None:
        expr.low = expr.value
    elif bound == "high" and expr.high is None:
        expr.high = expr.value


def _expression(text: str, atoms: list[_Atom]) -> NumberExpression | None:
    """One expression from one atom or a two-atom range, with hedge, currency and percent."""
    first, last = atoms[0], atoms[-1]
    expr = NumberExpression(
        start=first.begin, end=last.end, core_start=first.start, core_end=last.end, value=last.value,
        kind=first.kind, unit=first.currency or last.currency or last.unit,
        words=[a.raw.lower() for a in atoms],
    )
    if len(atoms) == 2:
        low = _shared_scale(first, last)
        expr.low, expr.high, expr.value, expr.is_range = low, last.value, (low + last.value) / 2, True
    if not expr.unit:
        _unit_after(text, expr, first.kind)
    if not expr.is_range and not expr.unit and not _hyphen_word(text, expr):
        return None
    _hedges(text, expr, first.begin)
    if first.kind in ("vague", "few"):
        expr.approximate = True
        expr.low = expr.value if first.kind == "vague" else expr.value * 2 / 3
    expr.year_like = (
        len(atoms) == 1 and first.kind == "digits" and re.fullmatch(r"\d{4}", first.raw) is not None
        and 1000 <= first.value <= 2100 and not expr.unit and not expr.hedged
    )
    return expr


def plural(word: str) -> str:
    """A plain English plural for a counted noun written in the singular ("27-member" → members)."""
    w = word.lower()
    if w.endswith(("s", "x", "z", "ch", "sh")):
        return w + "es" if not w.endswith("s") else w
    if w.endswith("y") and len(w) > 1 and w[-2] not in "aeiou":
        return w[:-1] + "ies"
    return w + "s"


def _is_name_number(text: str, start: int) -> bool:
    """"Article 10", "No 10", "page 4": the number names or references something."""
    m = _patterns().previous_word.search(text[max(0, start - 20):start])
    return bool(m) and m.group("w").lower() in lex.NAME_PREFIXES


def find_number_expressions(text: str) -> list[NumberExpression]:
    """Every number expression in ``text`` that may be a quantity, in order."""
    atoms = _atoms(text)
    for atom in atoms:
        _attach_currency_before(text, atom)
    found: list[NumberExpression] = []
    i = 0
    while i < len(atoms):
        group = [atoms[i]]
        if i + 1 < len(atoms):
            ranged = _is_range(text, atoms[i], atoms[i + 1])
            if ranged is None:
                i += 2  # "3-1", "2020-21": a score or a span of years, not a quantity
                continue
            if ranged:
                group.append(atoms[i + 1])
        i += len(group)
        if _is_name_number(text, group[0].begin):
            continue
        expr = _expression(text, group)
        if expr is not None:
            found.append(expr)
    return found
