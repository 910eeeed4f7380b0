"""Background read from the words of a clause and its sentence, not only from a resolved date.

Calendar dates catch "invaded Georgia in 2008", but most background in news has no day, month or
year on its own clause: "during World War Two", "the Cold War", "in the 1970s" (a decade resolves
to the TimeML value ``197``, which the date logic does not read), "decades ago" (the enrichment
finds the duration "decades" and leaves "ago" outside it), or a sentence whose only date is in
another clause ("With the war over in 1945, the garrison left and a battalion was stationed
there"). Each rule here answers one of those; the coder ORs them into ``modality.historical``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from datetime import date
from typing import Any

from ..nlp.time_lexicon import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from ..nlp.time_tense import clause_tense

# Named periods that ended long before any article we read: an event inside them is background.
# "the Cold War" only with its article ("a new cold war" is today's news); no ongoing war names.
_ERA = re.compile(
    r"\b(?:world\s+war\s+(?:one|two|i{1,2}|1|2)|(?:first|second)\s+world\s+war|ww(?:i{1,2}|1|2)|"
    r"the\s+great\s+war|the\s+cold\s+war|korean\s+war|vietnam\s+war|napoleonic\s+wars?|the\s+holocaust|"
    r"nazi\s+(?:era|germany|occupation|regime|period|times)|(?:soviet|colonial|apartheid|ottoman|medieval)\s+"
    r"(?:era|times|period|rule)|middle\s+ages|cultural\s+revolution|great\s+leap\s+forward|9/11|"
    r"september\s+11(?:th)?\s+attacks?)\b",
    re.IGNORECASE)
# Relative times a year or more back, read on the clause's words ("decades ago", "a century ago").
# "Over the years", "in recent decades": a span of years up to now, not a happening of the news.
_AGO = re.compile(r"\b(?:decades|centuries|century|generations?)\s+(?:ago|earlier|before)\b|"
                  r"\bin\s+the\s+past\b(?!\s+(?:\w+\s+)?(?:hours?|days?|weeks?|months?|few|several))|"
                  r"\bover\s+the\s+(?:past\s+|last\s+)?(?:\w+\s+)?(?:years|decades)\b|"
                  r"\bin\s+(?:recent|previous|earlier|past)\s+(?:years|decades)\b|"
                  r"\b(?:half\s+a|a\s+half|a|a\s+quarter)\s+century\s+of\b", re.IGNORECASE)
_YEAR_VALUE = re.compile(r"^(\d{4})(?:-\d{2}(?:-\d{2})?)?$")
_DECADE_VALUE = re.compile(r"^(\d{3})$")  # TimeML "197": the 1970s
_CENTURY_VALUE = re.compile(r"^(\d{2})$")  # TimeML "18": the 19th century
NOUN_MODIFIER = {"nummod", "compound", "amod", "poss", "nmod"}  # a date that names a thing


_LONG_UNITS = {"year", "decade", "century", "anniversary"}


def years_since(token: Any) -> bool:
    """The trigger's clause is what happened "N years since/after": "marked one year since the
    fighters killed…", "comes eight years after it annexed Crimea" (the words before the clause's
    "since" or "after" count years, decades or centuries)."""
    if token.dep_ == "conj" and token.head.pos_ in {"VERB", "AUX"}:
        token = token.head  # "since fighters killed 1,200 people and took 250 hostages"
    for child in token.children:
        if child.dep_ in {"mark", "prep"} and child.lower_ in {"since", "after"} and child.i < token.i and child.i:
            before = token.doc[child.i - 1]
            if before.lemma_.lower() in _LONG_UNITS:
                return True
    return False


def clause_text(doc: Any, clause: Iterable[int]) -> str:
    """The clause's words in reading order (the clause need not be one stretch of text)."""
    return " ".join(doc[i].text for i in sorted(clause))


def era_words(text: str) -> bool:
    """Whether the clause names a past era or a long-ago relative time."""
    return bool(_ERA.search(text) or _AGO.search(text))


def last_year_of(value: str | None) -> int | None:
    """The last calendar year a time value covers: 2008 for "2008-08", 1979 for the decade "197",
    1899 for the century "18"; ``None`` for values that are not on the calendar."""
    if not value:
        return None
    for pattern, span in ((_YEAR_VALUE, 1), (_DECADE_VALUE, 10), (_CENTURY_VALUE, 100)):
        match = pattern.match(value)
        if match:
            return (int(match.group(1)) + 1) * span - 1
    return None


def period_before(values: Iterable[str | None], reference: int | None) -> bool:
    """A decade or century that ended before the article's year. Without any reference year, a
    decade or century is background whatever it is: news reports its own events by day or month."""
    for value in values:
        if value and (_DECADE_VALUE.match(value) or _CENTURY_VALUE.match(value)):
            last = last_year_of(value)
            if last is not None and (reference is None or last < reference):
                return True
    return False


def sentence_dated_before(values: list[str | None], reference: int | None) -> bool:
    """Whether every date in the sentence lies before the article's year: then a clause of that
    sentence with no time of its own is told of the same past ("With hostilities over in 1945,
    the Canadians left and a battalion was stationed there"). ``values`` are the values of the
    sentence's date expressions; one that is not on the calendar ("now", an unanchored "Monday")
    keeps the sentence in the present."""
    if reference is None or not values:
        return False
    years = [last_year_of(v) for v in values]
    return all(y is not None and y < reference for y in years)


def adverbial_dates(doc: Any, times: Iterable[Any]) -> list[str | None]:
    """Values of the sentence's dates that say when something happened ("in 1945", "on Monday"),
    leaving out dates that only name a thing ("the 2014 law", "the 1989 protests")."""
    found = []
    for time in times:
        if time.kind != "date":
            continue
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        if span.root.dep_ in NOUN_MODIFIER and span.root.head.pos_ in {"NOUN", "PROPN"}:
            continue
        if _in_side_clause(span.root):
            continue  # "countries that joined the alliance since 1997" dates the joining, not the demand
        found.append(time.value)
    return found


_SIDE_CLAUSES = {"relcl", "acl", "ccomp", "advcl", "csubj", "xcomp", "pcomp"}


def _in_side_clause(token: Any) -> bool:
    """Whether the token sits in a relative, complement or adverbial clause of its sentence."""
    for _ in range(30):
        if token.dep_ in _SIDE_CLAUSES:
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return True


def named_year(doc: Any, token: Any, times: Iterable[Any]) -> int | None:
    """The year that names an event noun ("the 1989 protests", "the 2008 war"): news names a
    happening of its own days by day or place, so a year used as its name marks a known past one."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return None
    for time in times:
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        match = _YEAR_VALUE.match(time.value or "")
        if span is not None and len(span) and match and len(time.value) == 4 and span.root.head.i == token.i \
                and span.root.dep_ in NOUN_MODIFIER and span.root.i < token.i:
            return int(match.group(1))
    return None


def dominant_year(values: Iterable[str | None]) -> int | None:
    """Without a publication date or an exact date, the year the article speaks of most (the latest
    of equals): bare years alone are often plans or history, so the count decides, not the latest.
    At least two different years must be named."""
    counts = Counter(int(m.group(1)) for v in values if v for m in [_YEAR_VALUE.match(v)] if m)
    if len(counts) < 2:
        return None  # one year alone may be the news's or the history's: it says nothing of the present
    return max(counts, key=lambda year: (counts[year], year))


def told_years(doc: Any, times: Iterable[Any]) -> list[int]:
    """Bare years the article tells as past ("In 2019, an inquest jury found …"): the article was
    written in that year or later, so without a publication date they bound its present from below.
    A bare year that governs no past-tense verb ("by 2030 the plant will close") is left out, since
    bare years are often plans."""
    found = []
    for time in times:
        if not re.fullmatch(r"\d{4}", time.value or ""):
            continue
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is None:
            continue
        token = span.root  # "in 2019, … found" (through its preposition) or "2019 saw …", not "the 2011 attacks"
        verb = token.head.head if token.dep_ == "pobj" and token.head.dep_ == "prep" else token.head
        if token.dep_ in {"pobj", "npadvmod", "nsubj"} and verb.tag_ == "VBD":
            found.append(int(time.value))
    return found


# Prepositions that make a dated time a span reaching up to the news ("killed since 2015") or a limit
# ("by 2030"), not the day the event happened.
_SPAN_OPENERS = {"since", "until", "till", "by", "through", "throughout"}


def year_written_out(doc: Any, times: Iterable[Any], months_only: bool = False) -> bool:
    """The event's own date is a year or a month written with its year ("in March 2017", "in 2016").

    News style writes the year of a date only when it is not the current one (AP: "March 5" this
    year, "March 5, 2017" another year), and the news's own days go by weekday or day. So, in an
    article without a publication date to compare with, a past event placed by a written-out year
    or month-and-year is background told against the news. A date with its day is left alone (a
    dateline-style "On Dec. 21, 2015"), as is a year the enrichment resolved from the article ("in
    March" read as 2019-03) and a span up to now ("since 2015"). Only the date the event takes counts,
    the first calendar one of its clause (as ``coder._event_date`` picks it). ``months_only``: when
    the article's bare years already give its present (``coder.code_annotated``), a bare year is
    compared with that present instead, and only a month written with its year counts here."""
    for time in times:
        value = time.value or ""
        if not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", value):
            continue
        if len(value) == 10 or (months_only and len(value) == 4) or not re.search(
                rf"\b{value[:4]}\b", time.text or ""):
            return False
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        before = doc[span.start - 1] if span.start else None
        return not (before is not None and before.lower_ in _SPAN_OPENERS) and span[0].lower_ not in _SPAN_OPENERS
    return False


# Adverbs that set an act before the news ("had previously served", "was formerly held").
_BEFORE_ADVERBS = {"previously", "formerly", "once"}
# Event-noun modifiers that put the act in the past ("prior arrests", "a previous attack").
_BEFORE_MODIFIERS = {"prior", "previous", "past", "former", "earlier"}
_MONTH_NUMBERS = {**MONTHS, **MONTH_ABBREVIATIONS}  # "march" and "mar" → 3
# Event-noun modifiers of what is still ahead ("the planned April 9 rally", "the proposed March 3 strike").
_AHEAD = {"planned", "proposed", "scheduled", "upcoming", "forthcoming", "coming", "next", "expected"}
# Units that, counted before "after", put a named event days or more before the clause ("four days
# after the carnage", "a full week after the massacre").
_DURATIONS = {"day", "week", "fortnight", "month", "year", "decade"}
# Nouns whose "of" names the event they follow: "in the aftermath of the carnage", "in the wake of".
_AFTERMATH = {"aftermath", "wake"}
# Verbs that tell the event as the cause of what came after it: "the attack which sparked off reprisals",
# "the riots that followed the attack".
_CAUSING = {"spark", "trigger"}


def _month_day(token: Any) -> bool:
    """A month name with a day number: "February 27", "27 February", "the 7 October attack"."""
    if token.lower_.rstrip(".") not in _MONTH_NUMBERS:
        return False
    near = [t for t in token.doc[max(token.i - 1, 0): token.i + 2] if t.i != token.i]
    return any(t.like_num and len(t.text) <= 2 for t in near)


def _last_unit(token: Any) -> bool:
    """"last week", "last month", "the previous week": a time a week or more back (not "last Wednesday":
    the coder's date decides a weekday, as :func:`.modality.past_time` does for a resolved time)."""
    return token.lemma_.lower() in {"week", "month", "year", "fortnight"} and any(
        c.dep_ == "amod" and c.lower_ in {"last", "previous"} for c in token.children)


def named_by_date(token: Any) -> bool:
    """An event noun named by its calendar date ("the February 27 attack", "the massacre of February
    27", "the attack on parliament on December 13", "the 7 October attack") or by "last week"
    ("last week's violence", "the incident last week"). News names a happening of its own last
    days by weekday (AP style: month and day only beyond seven days), so a date used as a name marks a
    known earlier event; the caller asks only when the clause has no date of its own. An event named
    as still ahead is not ("the planned April 9 rally")."""
    if any(c.dep_ == "amod" and c.lower_ in _AHEAD for c in token.children):
        return False
    for child in token.children:
        if child.i < token.i and child.dep_ in {"compound", "nmod", "nummod", "npadvmod", "poss"} and (
                _month_day(child) or _last_unit(child)):
            return True
        if child.dep_ == "npadvmod" and _last_unit(child):
            return True
        if child.dep_ == "prep" and child.lower_ in {"of", "on"} and any(
                g.dep_ == "pobj" and (_month_day(g) or _last_unit(g)) for g in child.children):
            return True
    return False


def told_before(token: Any) -> bool:
    """An event noun the sentence tells as the earlier happening its news came from: the start of a
    span ("ever since the attack"), an event counted days back ("four days after the carnage"), one
    whose aftermath or wake the news is ("in the aftermath of the carnage"), the cause named ("the
    attack which sparked off reprisals", "the riots were sparked off by an attack", "riots that
    followed the attack"). "Police fired after the clashes" is left alone: a plain "after" may be the
    same day."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "since":
        return True
    if token.dep_ == "pobj" and head.lower_ in {"after", "following"} and head.i and (
            head.doc[head.i - 1].lemma_.lower() in _DURATIONS and head.doc[head.i - 1].dep_ == "npadvmod"):
        return True  # the count may hang on the preposition or on the clause's verb
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _AFTERMATH:
        return True
    if token.dep_ == "nsubj" and _caused(head):
        return True
    if token.dep_ == "pobj" and head.dep_ == "agent" and head.head.lemma_.lower() in _CAUSING:
        return True
    if token.dep_ == "dobj" and head.lemma_.lower() == "follow" and head.tag_ == "VBD":
        return True
    # the relative pronoun stands for the noun: "the attack which sparked off reprisals"
    return any(c.dep_ == "relcl" and _caused(c) and any(
        g.dep_ == "nsubj" and g.lower_ in {"which", "that"} for g in c.children) for c in token.children)


def _caused(verb: Any) -> bool:
    """A past "sparked"/"triggered" with something it caused ("sparked off reprisals"); "the riots that
    sparked off last week" is the riots' own start, not a cause."""
    return verb.lemma_.lower() in _CAUSING and verb.tag_ in {"VBD", "VBN"} and any(
        c.dep_ in {"dobj", "ccomp", "attr", "oprd"} for c in verb.children)


def recalled(token: Any) -> bool:
    """The clause tells the act as before the news rather than as news, with no date of its own: an
    adverb of earlier times ("he had previously served six years for assault", "was formerly jailed",
    "once ruled"), a "since" clause ("on alert since the group launched attacks"), an event noun
    modified as earlier ("his prior arrests"), named by its date or by last week (:func:`named_by_date`)
    or told as the earlier happening behind the news (:func:`told_before`), or a verb placed "last week"
    or "last month" that the enrichment found no time for ("killed last week"; a resolved time is the
    coder's to read, :func:`.modality.past_time`) or told as part of such an event ("injured in the
    attack which sparked off reprisals"). The past perfect alone is not enough: news narrates its own last days in it
    ("the mayors had implored the governor")."""
    if token.pos_ in {"NOUN", "PROPN"}:
        if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lemma_.lower() == "stranger":
            return True  # "the town is no stranger to riots": riots it has known before, not the news
        return any(c.dep_ == "amod" and c.lower_ in _BEFORE_MODIFIERS for c in token.children) \
            or named_by_date(token) or told_before(token) or _relative_long_ago(token) or _years_of(token) \
            or _anniversary_of(token)
    if token.pos_ == "VERB" and _when_last_week(token):
        return True  # "on Friday last week, when rioters burnt a row of huts, the baker left"
    if token.pos_ != "VERB" or token.tag_ not in {"VBD", "VBN"}:
        return False
    if token.dep_ in {"relcl", "acl"} and era_words(token.doc[token.head.left_edge.i: token.head.i + 1].text):
        return True  # "the Cultural Revolution, in which millions were killed"
    if _some_time_back(token):
        return True  # "was killed here sometime back", "torched some days back"
    if _earlier_rule(token):
        return True  # "during the Congress rule, riots were controlled", "during whose reign reforms were begun"
    if _counted_after(token):
        return True  # "shops stayed shut a week after the mob burnt the mosque": days before the news
    if _perfect_day_before(token):
        return True  # "a day earlier, a crowd had stoned the clinic": a day before a past the story tells
    return any((c.dep_ == "advmod" and c.lower_ in _BEFORE_ADVERBS and c.i < token.i)
               or (c.dep_ == "mark" and c.lower_ == "since") or (c.dep_ == "npadvmod" and _last_unit(c))
               or (c.dep_ == "prep" and c.lower_ == "in" and any(  # "killed in the attack which sparked…"
                   g.dep_ == "pobj" and (named_by_date(g) or told_before(g)) for g in c.children))
               for c in token.children)


def _clause_verb(token: Any) -> Any:
    """The verb whose clause a trigger's act belongs to: a verb joined to it ("since gunmen stormed the
    church and burnt the vestry") or a participle of what it did ("launched attacks, killing nine and
    injuring forty") is told in that verb's clause."""
    verb = token
    for _ in range(4):
        if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        elif verb.dep_ in {"advcl", "xcomp"} and verb.tag_ == "VBG" and verb.head.pos_ in {"VERB", "AUX"} \
                and not any(c.dep_ in {"mark", "aux"} for c in verb.children):
            verb = verb.head
        else:
            break
    return verb


def since_frame(token: Any) -> bool:
    """An act told as the start of a span that runs up to the news: a past verb under "since" ("on alert since
    the group launched attacks across the capital, killing 130", "tense since gunmen stormed a church in
    March") or in a "when" clause on the time a "since" counts from ("since last August, when the colonels
    seized control", "the worst since 2 March 2009, when 64 were killed"). Whatever its date, the act is the earlier
    happening the news is measured from, not the news. A present tense under "since" gives a reason ("since
    he is ill"), and a modal is no act told as done; both are left alone."""
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    verb = _clause_verb(token)
    if verb.tag_ not in {"VBD", "VBN"} or _modals(verb) or _modals(token):
        return False
    if any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children):
        return True
    when = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "when" and c.i < verb.i), None)
    if when is None or verb.dep_ not in {"relcl", "advcl"}:
        return False
    if verb.head.dep_ == "pobj" and verb.head.head.lower_ == "since":
        return True  # "since last August, when the colonels seized control"
    # read in order, as the parser may hang the clause on the main verb: "since 12 October 2014, when 37 were killed"
    before = next((t for t in reversed(verb.doc[max(when.i - 3, 0): when.i]) if not t.is_punct), None)
    if before is None:
        return False
    time = before if before.dep_ == "pobj" else before.head
    return time.dep_ == "pobj" and time.head.lower_ == "since"


# The roles through which a party takes part in a clause (its doer, its target, the agent of a passive).
_PARTY_ROLES = {"nsubj", "nsubjpass", "agent", "dobj", "dative", "poss"}


def _then_title(word: Any) -> bool:
    """A "then" that dates a title to the past ("then-President Reagan", "the then chief minister", "by then
    Prime Minister John Major"): before a hyphen, after "the", or hung on a capitalised title inside its noun
    phrase; not the "then" of a sequence ("then police opened fire", "by then the army had come")."""
    doc = word.doc
    if word.lower_ not in {"then", "then-"} or word.i + 1 >= len(doc):
        return False
    after = doc[word.i + 1]
    if word.lower_ == "then-":
        return True
    if after.text in {"-", "\u2010", "\u2011"}:
        return word.i + 2 < len(doc) and doc[word.i + 2].is_alpha  # "then-President Reagan"
    if word.i and doc[word.i - 1].lower_ == "the" and after.pos_ in {"NOUN", "PROPN", "ADJ"}:
        return True  # "the then chief minister"
    return word.head.pos_ in {"NOUN", "PROPN"} and word.head.i > word.i and after.is_title and after.pos_ in {
        "NOUN", "PROPN"} and word.i != (word.sent.start if word.sent is not None else 0)


def then_titled(token: Any) -> bool:
    """A party of the clause is named by a title it held then ("was invited by then-President Reagan", "the then
    chief minister ordered the police to fire"): the act is told of a time that is over, background to the
    news. Read on the parties of the trigger's verb (or of the noun and the verb it is the object of)."""
    verb = _clause_verb(token) if token.pos_ in {"VERB", "AUX"} else token
    heads = [verb]
    if token.pos_ in {"NOUN", "PROPN"} and token.dep_ in {"dobj", "nsubjpass"} and token.head.pos_ in {"VERB", "AUX"}:
        heads.append(token.head)  # "then-President Reagan ordered the raid"
    doc = token.doc
    for head in heads:
        for party in head.children:
            if party.dep_ not in _PARTY_ROLES and not (party.dep_ == "prep" and party.lower_ in {"by", "of"}
                                                         and head.pos_ in {"NOUN", "PROPN"}):
                continue
            start = max(party.left_edge.i - 2, 0)
            if any(_then_title(w) for w in doc[start: party.right_edge.i + 1]
                   if party.left_edge.i <= w.i + 2 and w.i + 1 <= party.right_edge.i):
                return True
    return False


# Nouns of a day that comes back each year to mark a happening: what they mark is a year or more back.
_ANNIVERSARIES = {"anniversary", "centenary", "centennial", "bicentenary", "jubilee"}


def _anniversary_of(token: Any) -> bool:
    """An event noun whose anniversary the sentence names ("on the first anniversary of the massacre", "the
    tenth anniversary of the bombing"): it lies a year or more back."""
    head = token.head
    if token.dep_ == "conj" and head.pos_ in {"NOUN", "PROPN"}:
        token, head = head, head.head  # "the anniversary of the riots and the massacre"
    return token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _ANNIVERSARIES


def _counted_after(token: Any) -> bool:
    """A past verb of an "after" clause counted back from its main clause in weeks or more ("shops stayed shut a
    week after the mob burnt the mosque", "a year after she quit, her successor pardoned her"): the act lies that
    long before what the sentence reports, as :func:`told_before` reads for an event noun ("five days after the
    riots"). Days are left alone (an act a few days before an interview or a funeral is still the news, as
    :func:`dated_weeks_before` keeps the last seven days), and so is a plain "after", which may be the same day."""
    verb = _clause_verb(token)
    if verb.tag_ not in {"VBD", "VBN"} or _modals(verb):
        return False
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "after"), None)
    if mark is None or not mark.i:
        return False
    count = mark.doc[mark.i - 1]
    return count.lemma_.lower() in _DURATIONS - {"day"} and count.dep_ in {"npadvmod", "advmod"}


# A span of rule named by its ruler ("during the Congress rule", "under Taliban rule", "during whose reign").
_RULE_SPANS = {"rule", "regime", "reign", "raj", "tenure", "era"}
# Modifiers that make the span the present one ("under the present regime").
_NOW_SPANS = {"current", "present", "new", "this", "incumbent", "ongoing", "today", "own"}


def _earlier_rule(verb: Any) -> bool:
    """A verb told in the simple past (or its passive) and placed "during/under" a rule named by its
    ruler ("during the Congress rule, similar riots were controlled", "under Taliban rule women were
    barred", "during whose reign reforms were initiated"): the act of a past government's time, told
    as background. Not the present one's ("under the current regime"), not the present perfect ("have
    been arrested under the new rule"), not "the rule of law" (no ruler named)."""
    if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in _PRESENT_AUXILIARIES | {"will", "would", "can", "could", "may",
                                                                              "might", "should", "must", "shall"}
           for c in verb.children):
        return False
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"during", "under"}:
            continue
        for span in prep.children:
            if span.dep_ not in {"pobj", "pcomp"} or span.lemma_.lower() not in _RULE_SPANS:
                continue
            rulers = [c for c in span.children if c.dep_ in {"compound", "amod", "poss", "nmod"}]
            if rulers and not any(c.lower_ in _NOW_SPANS for c in span.children):
                return True
    return False


def _modals(verb: Any) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.tag_ == "MD"}


def _perfect_day_before(verb: Any) -> bool:
    """A past perfect placed a day or days before ("a day earlier, a crowd had stoned the clinic", "the previous
    day, they had burnt the stalls"): the past perfect counts back from a past the story is telling, not
    from the dateline, so the act lies before that already past time: told against the news."""
    if verb.tag_ != "VBN" or _modals(verb) or not any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        return False
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in {"earlier", "before"} and any(
                g.dep_ == "npadvmod" and g.lemma_.lower() in {"day", "night"} for g in c.children):
            return True  # "a day earlier", "two days before"
        if c.dep_ == "npadvmod" and c.lemma_.lower() in {"day", "night"} and any(
                g.dep_ == "amod" and g.lower_ == "previous" for g in c.children):
            return True  # "the previous day"
    return False


def _when_last_week(verb: Any) -> bool:
    """A verb of a "when" clause (or a verb joined to it) whose main clause is placed last week ("last
    week, when the mob attacked the shops and set them on fire, he fled"): the clause shares the main
    clause's time, which the enrichment gives the main verb only."""
    while verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head  # "attacked the shops and set them on fire": the clause's first verb
    when = next((c for c in verb.children if c.lower_ == "when" and c.dep_ in {"advmod", "mark"}), None)
    if when is None or verb.dep_ not in {"advcl", "relcl"} or verb.tag_ not in {"VBD", "VBN"}:
        return False
    if any(c.dep_ == "npadvmod" and _last_unit(c) for c in verb.head.children):
        return True
    # read in order, as the parser may hang the clause elsewhere: "last week when ...", "on Friday last week when ..."
    before = [t.lower_ for t in verb.doc[max(when.i - 3, 0): when.i] if not t.is_punct]
    return before[-2:] in (["last", "week"], ["previous", "week"])


# Units of a stretch back in time ("three weeks back", "sometime back", "some days ago").
_BACK_UNITS = {"week", "month", "year", "fortnight", "decade", "sometime", "time", "while"}


def _some_time_back(verb: Any) -> bool:
    """A verb placed a stretch back by "back"/"ago" that the enrichment did not resolve ("was killed here
    sometime back", "was torched some days back", "was shot three weeks back"): weeks or more, or days
    counted as two or more or as "some"/"a few"; the caller asks only when the clause has no time."""
    back = [c for c in verb.children if c.dep_ == "advmod" and c.lower_ in {"back", "ago"}]
    if not back:
        return False
    units = [u for b in back for u in b.children if u.dep_ in {"npadvmod", "advmod"}]
    units += [c for c in verb.children if c.dep_ == "npadvmod"]
    for unit in units:
        lemma = unit.lemma_.lower()
        if lemma in _BACK_UNITS:
            return True
        if lemma == "day" and unit.tag_ == "NNS" and any(
                c.lower_ in {"some", "few", "several"} or (c.like_num and c.lower_ not in {"1", "one"})
                for c in unit.children):
            return True
    return False


def _years_of(token: Any) -> bool:
    """An event noun counted over decades or a century ("half a century of riots", "decades of
    bombings"): a span of the past, not one happening of the news."""
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in {"century", "decade"}


def _relative_long_ago(token: Any) -> bool:
    """An event noun whose relative clause puts it years back ("the protests that ignited the war seven
    years ago", "the raids which took place decades ago"): the clause dates the noun."""
    for child in token.children:
        if child.dep_ in {"relcl", "acl"} and child.tag_ in {"VBD", "VBN"}:
            text = " ".join(t.text for t in child.subtree)
            if era_words(text) or _LONG_AGO.search(text):
                return True
    return False


_LONG_AGO = re.compile(r"\b(?:years?|decades?|centuries|months?)\s+(?:ago|earlier|before)\b|\blast\s+(?:year|decade)\b",
                       re.IGNORECASE)


# Nouns of one happening that an article goes on naming after it ("the Godhra attack", "the massacre at
# the station"); a state that lasts (riots, violence, curfew) is left out: it is still the news.
_HAPPENINGS = {"attack", "massacre", "carnage", "killing", "incident", "bombing", "blast", "explosion", "burning",
               "arson", "tragedy", "pogrom", "ambush", "raid", "shooting", "murder", "lynching", "kidnapping",
               "hijacking", "assault"}
# Words of a name too common to tell one happening from another.
_COMMON_NAME_WORDS = {"people", "persons", "person", "members", "member", "state", "city", "country", "police",
                      "government", "area", "areas", "house", "houses", "home", "homes", "village", "town", "man",
                      "men", "women", "children", "family", "families", "community", "communities", "terror",
                      "terrorist", "militant", "day", "night", "morning", "evening", "today", "yesterday", "this",
                      "that", "it", "them", "which", "who", "same"}
_WEEKDAYS = tuple(sorted(WEEKDAYS, key=WEEKDAYS.__getitem__))  # Monday first, as date.weekday() counts
_MEMORY_KEY = "eventwire.background.named_earlier"


def _name_words(token: Any) -> set[str]:
    """The words that name a happening: its compound and possessive modifiers ("the Godhra train attack",
    "the city's bombing") and the places and targets of its "on/at/in" phrases ("the attack on the
    express at the station"), less words too common to tell happenings apart."""
    words: set[str] = set()
    for child in token.children:
        if child.i < token.i and child.dep_ in {"compound", "nmod", "poss"} and child.pos_ in {"NOUN", "PROPN", "ADJ"}:
            words.update(t.lower_ for t in child.subtree if t.pos_ in {"NOUN", "PROPN", "ADJ"})
        if child.dep_ == "prep" and child.lower_ in {"on", "at", "in"}:
            for grand in child.children:
                if grand.dep_ == "pobj":
                    words.update(t.lower_ for t in grand.subtree if t.pos_ in {"NOUN", "PROPN"})
            words.update(t.lower_ for t in _loose_object(child))
    words.update(t.lower_ for t in _in_place(token) if t.pos_ in {"NOUN", "PROPN"})
    return {w for w in words if w.isalpha() and w not in _COMMON_NAME_WORDS and w not in _WEEKDAYS
            and w not in _MONTH_NUMBERS}


def _loose_object(prep: Any) -> list[Any]:
    """The object of a preposition the parser left without one ("the attack on sabarmati express", with
    "express" hung on the main verb), read in order: the nouns right after it, at most four."""
    if any(c.dep_ in {"pobj", "pcomp"} for c in prep.children):
        return []
    words = []
    for word in prep.doc[prep.i + 1: min(prep.i + 5, prep.sent.end)]:
        if word.pos_ not in {"NOUN", "PROPN"} or not word.is_alpha:
            break
        words.append(word)
    return words


def _definite_happening(token: Any) -> bool:
    """A happening noun named as a known one: with "the", a possessive or a name of its own ("Godhra
    massacre"); "an attack on a train" is a new one."""
    if token.pos_ not in {"NOUN", "PROPN"} or token.lemma_.lower() not in _HAPPENINGS:
        return False
    if any(c.dep_ == "det" and c.lower_ in {"a", "an", "another", "any", "no", "every", "each"} for c in token.children):
        return False
    return bool(_name_words(token))


def _days_back(words: list[Any], published: Any, happening: bool = False) -> int | None:
    """How many days before the dateline the time words put a happening: a weekday (the last one up to
    the dateline, a week back with "last") or a month with its day; ``None`` without either.
    ``happening``: the words date a happening noun (:func:`days_back`), so a month and day is a known
    earlier one unless its clause looks ahead (:func:`_month_day_direction`)."""
    for i, word in enumerate(words):
        lower = word.lower_
        if lower in _WEEKDAYS:
            back = (published.weekday() - _WEEKDAYS.index(lower)) % 7
            before = words[i - 1].lower_ if i else ""
            if _last_week_after(word):
                return back + 7  # "on Friday last week": the Friday of the week before
            return back or (7 if before in {"last", "previous"} else 0)
        if lower.rstrip(".") in _MONTH_NUMBERS and word.i + 1 < len(word.doc):
            following = word.doc[word.i + 1] if word.doc[word.i + 1].like_num else (
                word.doc[word.i - 1] if word.i and word.doc[word.i - 1].like_num else None)
            if following is None:
                continue
            try:
                day = int(re.sub(r"\D", "", following.text) or "0")
                when = date(published.year, _MONTH_NUMBERS[lower.rstrip(".")], day)
            except ValueError:
                continue
            direction = _month_day_direction(word, happening)
            if (when > published if direction == "past" else (when - published).days > 183):
                when = when.replace(year=when.year - 1)  # "on December 13" in a March article
            elif direction == "future" and when < published:
                when = when.replace(year=when.year + 1)  # "will meet on February 2" in a March article
            return (published - when).days  # negative: a day still ahead ("the March 13 deadline")
    return None


def _month_day_direction(word: Any, happening: bool = False) -> str | None:
    """Which way from the dateline a month and day without a year lies. A future clause (as the time
    reader tells it, :func:`..nlp.time_tense.clause_tense` with ``calendar``) puts it after the dateline.
    A day that names a happening noun ("the bombings in the port on August 3 are still remembered",
    "arrested two men over the attack on September 28") is a known earlier one, on or before the
    dateline (as :func:`named_by_date` reads it), unless the noun is one still ahead ("the planned
    rally"). A past verb alone does not decide: the parser hangs "on March 6" on the verb in "had called
    a strike on March 6" and "has banned marches on March 15" as in "burnt the shops on March 2", and a
    day just ahead under a past verb is mostly the day of a thing planned, so the nearest reading stays."""
    try:
        tense = clause_tense(word.doc, word.idx, word.idx + len(word.text), calendar=True)
    except (AttributeError, ValueError):
        tense = None
    if tense == "future":
        return tense
    if happening:
        return "past"
    head = word
    for _ in range(6):
        if head.head is head:
            break
        head = head.head
        if head.pos_ in {"VERB", "AUX"}:
            break
        if head.pos_ in {"NOUN", "PROPN"} and head.lemma_.lower() in _HAPPENINGS:
            return None if any(c.dep_ == "amod" and c.lower_ in _AHEAD for c in head.children) else "past"
    return None


def _last_week_after(word: Any) -> bool:
    """A weekday followed by "last week" or "of last week" ("on Friday last week"): the weekday of the
    week before the one the article is written in, not the last one up to the dateline."""
    doc = word.doc
    following = [t.lower_ for t in doc[word.i + 1: word.i + 4]]
    if following[:1] == ["of"]:
        following = following[1:]
    return following[:2] in (["last", "week"], ["previous", "week"])


def _dated_before(token: Any, published: Any) -> bool:
    """The happening noun is dated two days or more before the dateline by a weekday or a month and day
    on the noun ("the attack on the train on Wednesday") or on the verb it is told with ("the attack
    took place on Wednesday"); the day before the dateline is the news itself."""
    if published is None:
        return False
    back = days_back(token, published)
    return back is not None and back >= 2


def _dates_on(head: Any) -> list[Any]:
    """The day words a word is placed on: "on Wednesday", "on February 27", "last Wednesday", and a noun's
    own date modifiers ("the Wednesday attack", "the riots of February 28")."""
    words = []
    for child in head.children:
        if child.dep_ == "prep" and (child.lower_ == "on" or child.lower_ == "of" and head.pos_ in {"NOUN", "PROPN"}):
            for grand in child.children:  # "on Wednesday"; a noun's "of Friday" ("the massacre of Friday")
                if grand.dep_ == "pobj":
                    words += [grand, *(g for g in grand.children if g.dep_ in {"nummod", "compound", "amod"})]
        elif child.dep_ == "npadvmod" or (child.dep_ in {"compound", "nmod"} and child.i < head.i
                                           and head.pos_ in {"NOUN", "PROPN"}):
            words += [child, *child.children]
    return words


# Words that may stand between a happening noun and the day that names it when read in order ("the
# attack on the express at the station in the town on Wednesday"): its name phrase, no verb or clause.
_NAME_PHRASE_WORDS = {"on", "at", "in", "near", "of", "the", "a", "an", "its", "their", "his", "her"}


def _named_day(token: Any) -> list[Any]:
    """The day a happening noun's name phrase ends with, read in order rather than on the parse ("the
    attack on the express at the station on Wednesday", which the parser often hangs on another word):
    the words after the noun up to "on <weekday>" or "on <month> <day>", crossing only prepositions of
    place, articles and names, at most ten words."""
    doc = token.doc
    end = min(token.i + 12, token.sent.end if token.sent is not None else len(doc))
    for i in range(token.i + 1, end):
        word = doc[i]
        lower = word.lower_
        if lower in ("on", "of") and i + 1 < end:
            day = doc[i + 1: min(i + 4, end)]
            if day[0].lower_ in _WEEKDAYS or (day[0].lower_ == "last" and len(day) > 1 and day[1].lower_ in _WEEKDAYS):
                return list(day[:2]) if day[0].lower_ == "last" else [day[0]]
            if any(_month_day(t) for t in day[:2]):
                return [t for t in day[:3] if t.lower_.rstrip(".") in _MONTH_NUMBERS or t.like_num]
        if lower in _NAME_PHRASE_WORDS or (word.pos_ in {"PROPN", "NOUN", "ADJ"} and word.tag_ not in {"VBG", "VBN"}
                                           and word.is_alpha):
            continue
        return []
    return []


def _time_words(token: Any) -> list[Any]:
    """The words that may date a happening: its own (also read in order, :func:`_named_day`), and those
    of the verb it is the subject of ("the attack took place on Wednesday") or is told in ("died in the
    attack on February 27")."""
    words = _dates_on(token)
    if token.pos_ in {"NOUN", "PROPN"} and token.dep_ in {"nmod", "compound"} and token.head.lemma_.lower() in _RUNS:
        return _time_words(token.head)  # "went on an assault and stabbing spree ... on February 27"
    if token.pos_ in {"NOUN", "PROPN"} and not words:
        words = _named_day(token)
    verb = token.head if token.dep_ in {"nsubj", "nsubjpass"} else (
        token.head.head if token.dep_ == "pobj" and token.head.head.pos_ in {"VERB", "AUX"} else None)
    if verb is not None:
        words += _dates_on(verb)
    return sorted(words, key=lambda t: t.i)


# Nouns of a run of acts, which the acts they are named by share their day with ("a looting spree", "an arson
# wave", "a killing and burning orgy").
_RUNS = {"spree", "wave", "orgy", "rampage", "spate", "round", "bout", "series"}


def days_back(token: Any, published: Any) -> int | None:
    """Days from the happening to the dateline by the weekday or month and day that dates it in words
    (:func:`_time_words`); ``None`` when no such day is written there."""
    if published is None:
        return None
    happening = token.pos_ in {"NOUN", "PROPN"} and token.lemma_.lower() in _HAPPENINGS and not any(
        c.dep_ == "amod" and c.lower_ in _AHEAD for c in token.children)
    return _days_back(_time_words(token), published, happening)


def dated_weeks_before(token: Any, published: Any) -> bool:
    """A happening dated by its month and day more than a week before the dateline ("on February 28,
    the mob burnt the bungalow" in a 10 March article), which the enrichment left unresolved (lower-case
    text): AP style dates by month and day only what lies beyond the last seven days, so it is told
    against the news, not as it."""
    if published is None:
        return False
    words = [t for t in _time_words(token) if t.lower_ not in _WEEKDAYS]
    back = _days_back(words, published)
    return back is not None and back > 7


def named_earlier(doc: Any, published: Any) -> list[tuple[int, frozenset[str]]]:
    """The article's memory of happenings it names as already over: each happening noun (with its
    name words) that the article recalls (:func:`recalled`) or dates two days or more before the
    dateline. Kept on the parse, read once per article."""
    key = (_MEMORY_KEY, str(published))
    if key in doc.user_data:
        return doc.user_data[key]
    found = [(t.i, frozenset(_name_words(t))) for t in doc if _definite_happening(t) and (
        recalled(t) or _dated_before(t, published))]
    doc.user_data[key] = found
    return found


def dated_happening(token: Any, published: Any) -> bool:
    """A happening named as a known one and dated in words two days or more before the dateline, on
    the noun or through the happening a verb is told in ("in view of the attack on the train on
    Wednesday" in a Saturday article, "58 were killed in the attack at the station on Wednesday"): a
    happening named with its day is the one the news came from, not the news; the day before the
    dateline is the news itself (as for :func:`named_earlier`)."""
    if published is None:
        return False
    return any((_definite_happening(noun) or _the_happening(noun)) and _dated_before(noun, published)
               for noun in _happening_nouns(token))


def named_by_place(token: Any, published: Any) -> bool:
    """A happening named as a known one by a proper name among the words that name it ("the Godhra
    massacre", "the attack on the Sabarmati Express", "passengers killed in the Orissa assembly attack"),
    told in a dated article with no time of its own: news names its own day's happening by what it
    did and where ("an attack on a train near the station"), and turns a place into the happening's name
    once it is known, so the named one is the happening the news came from, told again. The caller asks
    only when the clause has no time and the event is not future or in doubt."""
    if published is None:
        return False
    return any(_definite_happening(noun) and _proper_name(noun, published) for noun in _happening_nouns(token))


def _proper_name(token: Any, published: Any) -> bool:
    """Whether a proper noun is among a happening noun's naming modifiers or the objects of its "on"/"at"
    phrases (not its "in" phrase: "claimed the attack in a call to the BBC"), and not a name of the day's
    own news (:func:`_news_names`)."""
    words = [t for c in token.children if c.i < token.i and c.dep_ in {"compound", "nmod", "poss"} for t in c.subtree]
    words += [t for c in token.children if c.dep_ == "prep" and c.lower_ in {"on", "at"}
              for g in c.children if g.dep_ == "pobj" for t in g.subtree]
    words += [t for c in token.children if c.dep_ == "prep" and c.lower_ in {"on", "at"} for t in _loose_object(c)]
    words += _in_place(token)
    names = _article_names(token.doc)
    found = {t.lower_ for t in words if t.is_alpha and t.lower_ in names}
    if found:
        return not found & _news_names(token.doc, published)
    return _compound_name(token, published)


def _in_place(token: Any) -> list[Any]:
    """The place of a happening noun's "in" phrase when that noun also names its target ("the attack on
    pilgrims in Sabarmati Express", "the massacre of villagers in Srebrenica", the "in" phrase hung on the noun
    or on its target): the place noun and its
    compounds only, not the words hung under it ("the attack in a call to the BBC" names no place)."""
    targets = [g for c in token.children if c.dep_ == "prep" and c.lower_ in {"on", "of", "against"}
               for g in c.children if g.dep_ == "pobj"]
    if not targets and not any(c.dep_ == "prep" and c.lower_ in {"on", "of", "against"} for c in token.children):
        return []
    words: list[Any] = []
    for prep in [c for holder in [token, *targets] for c in holder.children]:  # "the bombing of the bazaar in X"
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for place in prep.children:
            if place.dep_ == "pobj":
                words += [place] + [c for c in place.children if c.dep_ == "compound"]
        words += _loose_object(prep)
    return words


def _compound_name(token: Any, published: Any) -> bool:
    """A happening named by common nouns set before it as a compound ("the train carnage", "the railway
    station carnage", "the godhra massacre" in lower-case text): news names the day's own happening by
    what was done and where ("a mob attacked a train near the station"), and a noun made into the
    happening's name marks the known one, told again. Not when those words are in a sentence of the
    day's own news (:func:`_news_words`), nor with a bare count or kind ("a gun attack", "the terror
    attack" name a kind, not one happening)."""
    if not _the_happening(token):
        return False
    words = {t.lower_ for c in token.children if c.i < token.i and c.dep_ in {"compound", "nmod"}
             and c.pos_ in {"NOUN", "PROPN"} for t in c.subtree if t.is_alpha and t.pos_ in {"NOUN", "PROPN"}}
    words = {w for w in words - _COMMON_NAME_WORDS - _KIND_WORDS if not _ADJECTIVE_ENDING.search(w)}
    return bool(words) and not words & _news_words(token.doc, published)


# Compound words that name a kind of happening, not one of them ("a gun attack", "the suicide bombing").
_KIND_WORDS = {"gun", "knife", "bomb", "grenade", "rocket", "missile", "suicide", "acid", "arson", "mob", "riot",
               "sword", "car", "truck", "drone", "air", "terror", "militant", "revenge", "retaliation", "reprisal",
               "communal", "sectarian", "copycat", "type", "style", "dowry", "honour", "honor", "hate", "sex"}
# Endings of adjectives the parser tags as nouns in lower-case text ("the retaliatory attacks").
_ADJECTIVE_ENDING = re.compile(r"(?:ory|ive|ous|ful|ic|al|ary|ible|able|ant|ent)$")
_NEWS_WORDS_KEY = "eventwire.background.news_words"


def _news_words(doc: Any, published: Any) -> set[str]:
    """The nouns of the article's own news sentences (:func:`_news_sentences`)."""
    key = (_NEWS_WORDS_KEY, str(published))
    if key not in doc.user_data:
        doc.user_data[key] = {t.lower_ for sentence in _news_sentences(doc, published) for t in sentence
                              if t.pos_ in {"NOUN", "PROPN"}}
    return doc.user_data[key]


# Verbs of a violent happening, for :func:`_news_names`.
_HAPPENING_VERBS = {"attack", "kill", "bomb", "storm", "explode", "shoot", "raid", "massacre", "burn", "torch", "blast",
                    "injure", "wound", "die"}
_NEWS_KEY = "eventwire.background.news_names"


def _news_names(doc: Any, published: Any) -> set[str]:
    """The proper names of the article's own news (:func:`_news_sentences`): a happening named by one of
    them is the news, not one told again."""
    key = (_NEWS_KEY, str(published))
    if key not in doc.user_data:
        article = _article_names(doc)
        doc.user_data[key] = {t.lower_ for sentence in _news_sentences(doc, published) for t in sentence
                              if t.lower_ in article}
    return doc.user_data[key]


_NEWS_SENTENCES_KEY = "eventwire.background.news_sentences"


def _news_sentences(doc: Any, published: Any) -> list[Any]:
    """The sentences of the article's own news: those whose violent happening (a happening noun or a verb
    of violence) is dated to the dateline or the day before by a weekday or a month and day ("eleven were
    killed on Saturday when gunmen stormed the Raghunath temple" in a Saturday article)."""
    key = (_NEWS_SENTENCES_KEY, str(published))
    if key not in doc.user_data:
        found = []
        for sentence in doc.sents:
            for word in sentence:
                if word.pos_ in {"NOUN", "PROPN"} and word.lemma_.lower() in _HAPPENINGS:
                    back = _days_back(_time_words(word), published)
                elif word.pos_ == "VERB" and word.lemma_.lower() in _HAPPENING_VERBS:
                    words = _dates_on(word)
                    if word.dep_ in {"advcl", "conj", "xcomp"} and word.head.pos_ == "VERB":
                        words += _dates_on(word.head)  # "a bomb ripped through a market on Tuesday, killing nine"
                    back = _days_back(words, published)
                else:
                    continue
                if back is not None and 0 <= back <= 1:
                    found.append(sentence)
                    break
        doc.user_data[key] = found
    return doc.user_data[key]


_NAMES_KEY = "eventwire.background.article_names"


def _article_names(doc: Any) -> set[str]:
    """Words the article uses as proper nouns somewhere (lower-case text often tags "godhra" a common noun
    in one sentence and a proper one in the next), less days, months, words too common to name and the
    words of headline-style sentences, whose capitals make common words look like names."""
    if _NAMES_KEY not in doc.user_data:
        names: set[str] = set()
        for sentence in doc.sents:
            words = [t for t in sentence if t.is_alpha]
            if len(words) > 2 and sum(t.is_title for t in words) > 0.6 * len(words):
                continue  # "Police Raid Mosque In Old Town"
            names.update(t.lower_ for t in words if t.tag_ in {"NNP", "NNPS"} and t.lower_ not in _WEEKDAYS
                         and t.lower_ not in _MONTH_NUMBERS and t.lower_ not in _COMMON_NAME_WORDS)
        doc.user_data[_NAMES_KEY] = names
    return doc.user_data[_NAMES_KEY]


def _the_happening(token: Any) -> bool:
    """A happening noun with "the", "this" or a possessive ("the attack on Wednesday", whose name phrase
    the parser may have broken off): with its day written, the known one."""
    return token.pos_ in {"NOUN", "PROPN"} and token.lemma_.lower() in _HAPPENINGS and any(
        (c.dep_ == "det" and c.lower_ in {"the", "this", "that"}) or c.dep_ == "poss" for c in token.children)


def _happening_nouns(token: Any) -> list[Any]:
    """The trigger when it is a noun, else the nouns its "in/at/during" phrases name ("killed in the
    attack")."""
    if token.pos_ in {"NOUN", "PROPN"}:
        return [token]
    nouns = [g for c in token.children if c.dep_ == "prep" and c.lower_ in {"in", "at", "during"}
             for g in c.children if g.dep_ == "pobj"]
    if token.dep_ == "relcl" and token.head.pos_ in {"NOUN", "PROPN"} and any(
            c.dep_ == "advmod" and c.lower_ == "where" for c in token.children):
        nouns.append(token.head)  # "the godhra incident where passengers were killed": the killing is the incident
    return nouns


def retold(token: Any, published: Any) -> bool:
    """A happening the article names elsewhere as already over, told again with no date of its own
    ("the Godhra train attack" after "the attack on the train at Godhra on Wednesday"); a verb counts
    through the happening it is told in ("passengers killed in the Godhra attack")."""
    if published is None:
        return False
    nouns = _happening_nouns(token)
    memory = named_earlier(token.doc, published)
    for noun in nouns:
        if not _definite_happening(noun):
            continue
        words = _name_words(noun)
        if any(i != noun.i and words & named for i, named in memory):
            return True
    return False


# A year written as a word ("1984", "the 1990s", "the 1992-93 riots"), read on the tokens rather than on
# the enrichment's times, which miss years inside side clauses, ranges and lower-case text.
_YEAR_WORD = re.compile(r"^(1[6-9]\d\d|20\d\d)(?:s|'s|[-–/]'*\d{2,4})?$")
# Prepositions that place an event in a year or a period ("riots of 1984", "killed in 1984", "captured
# during the 1967 war"); "since 1984", "by 2030" make spans and limits, not the time of the event.
_YEAR_PREPOSITIONS = {"of", "in", "during"}
# Happenings a year may name ("the 1967 war", "the 1984 riots", "the 2008 crisis").
_NAMED_BY_YEAR = {"war", "riot", "riots", "massacre", "pogrom", "uprising", "revolution", "coup", "invasion", "crisis",
                  "election", "elections", "attack", "attacks", "bombing", "bombings", "conflict", "genocide",
                  "earthquake", "famine", "rebellion", "intifada", "insurgency", "occupation"}


# Roles of a noun before its verb that may date the clause: its subject or a phrase fronted and left hanging.
_FRONTED = {"nsubj", "nsubjpass", "npadvmod", "dep"}


def _year(word: Any) -> int | None:
    match = _YEAR_WORD.match(word.text.replace("''", "'"))
    return int(match.group(1)) if match and "," not in word.text else None


def _years_on(word: Any, definite: bool) -> list[int]:
    """Years that modify a word: a year before it ("the 1984 riots", "november 1984"; a bare number
    before a noun only with "the" or a possessive, since "2000 arrests" counts), or a date whose year
    modifies it ("May 10, 2010")."""
    found = []
    for child in word.children:
        if child.dep_ in {"amod", "compound", "nmod", "npadvmod", "appos"} or (
                child.dep_ == "nummod" and (definite or word.lower_.rstrip(".") in _MONTH_NUMBERS)):
            year = _year(child)
            if year is not None:
                found.append(year)
            elif child.dep_ in {"nmod", "compound"} and child.lower_.rstrip(".") in _MONTH_NUMBERS:
                # "the december 1992 riots": the year hangs on the month word that names the happening
                found += [y for g in child.children if g.dep_ == "nummod" and g.i > child.i for y in [_year(g)] if y]
    return found


def _definite(word: Any) -> bool:
    return any((c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"}) or c.dep_ == "poss"
               for c in word.children)


def _phrase_years(word: Any) -> list[int]:
    """Years a prepositional phrase's object names: the year itself ("in 1984"), a month or period
    with its year ("in August 2016"), or an event named by its year ("during the 1967 war")."""
    own = _year(word)
    if own is not None:
        return [own]
    return _years_on(word, _definite(word))


def past_year(token: Any, reference: int | None) -> bool:
    """The event is placed in a year before the article's (``reference``) by the words around it rather
    than by a time of its own clause: a year naming an event noun ("the 1984 riots", "the riots of 1984",
    "the 1992-93 riots"), a year or a period of a year in a phrase of the verb ("captured during the
    1967 war"), or a "when" clause on a year ("what happened in 1984, when 3,000 were killed and no
    troops were deployed", "since May 10, 2010, when 110 were killed"). A conjoined verb in the past
    shares its head's year and "when"."""
    years: list[int] = []
    named: list[int] = []  # years that name a happening ("the 1967 war", "the 1984 riots")
    if token.pos_ in {"NOUN", "PROPN"}:
        own = _years_on(token, _definite(token))
        years += own
        named += own if token.lemma_.lower() in _NAMED_BY_YEAR else []
        if token.dep_ == "appos":  # "december 1992 (the demolition of the mosque)"
            years += _phrase_years(token.head)
    verbs = [token]
    while verbs[-1].dep_ == "conj" and verbs[-1].tag_ in {"VBD", "VBN"} and verbs[-1].head.pos_ in {"VERB", "AUX"} \
            and len(verbs) < 4:
        verbs.append(verbs[-1].head)  # "in 1969 the mills bore the brunt and the unions had moved in"
    for verb in verbs:
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in _YEAR_PREPOSITIONS:
                for g in child.children:
                    if g.dep_ == "pobj":
                        years += _phrase_years(g)
                        named += _years_on(g, _definite(g)) if g.lemma_.lower() in _NAMED_BY_YEAR else []
    for child in token.children if token.pos_ in {"VERB", "AUX"} else []:
        # a happening named by its year as the subject or a fronted phrase of a clause told in the past ("the
        # 1984 riots in the capital killed 3,000", "the november 1984 pogrom, 3,000 people were massacred")
        if child.dep_ in _FRONTED and child.i < token.i and child.lemma_.lower() in _NAMED_BY_YEAR \
                and _told_in_past(token):
            own = _years_on(child, _definite(child)) + [y for g in child.children if g.dep_ in {"nmod", "compound"}
                                                        and g.lower_.rstrip(".") in _MONTH_NUMBERS
                                                        for y in _years_on(g, False)]
            years += own
            named += own
    if reference is None:
        # no present to compare with: a happening named by its year is a known, past one ("seized the
        # land in the 1967 war"), as for :func:`named_year`
        return bool(named)
    clause = token
    for _ in range(4):
        if clause.dep_ == "conj" and clause.head.pos_ in {"VERB", "AUX"}:
            clause = clause.head
            continue
        break
    if clause.dep_ in {"relcl", "advcl"} and any(c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children):
        head = clause.head  # the year itself ("in 1984 when"), or the verb it dates ("happened in 1984 when")
        years += _phrase_years(head) + [y for c in head.children if c.dep_ == "nummod" for y in [_year(c)] if y]
        if head.pos_ in {"VERB", "AUX"}:
            years += [y for c in head.children if c.dep_ == "prep" and c.lower_ in _YEAR_PREPOSITIONS
                      for g in c.children if g.dep_ == "pobj" for y in _phrase_years(g)]
    return any(year < reference for year in years)


_OWN_CLAUSE_STOPS = {"relcl", "ccomp", "advcl", "conj", "parataxis", "xcomp", "csubj"}


def month_year_in_clause(token: Any) -> bool:
    """A month written with its year anywhere in the verb's own clause, however deep the parser hung it
    ("were abducted by gunmen wearing uniforms in the capital in August 2016"): as for
    :func:`year_written_out`, news writes the year of a date only when it is not the current one, so in an
    article without a dateline the clause is told against the news. Side clauses are left out, and so
    are spans and limits ("since August 2016", "by June 2030")."""
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    stack = [c for c in token.children if c.dep_ not in _OWN_CLAUSE_STOPS]
    while stack:
        word = stack.pop()
        if word.lower_.rstrip(".") in _MONTH_NUMBERS and word.dep_ == "pobj" and word.head.lower_ in {"in", "during"} \
                and any(c.dep_ == "nummod" and _year(c) is not None for c in word.children):
            return True
        stack.extend(c for c in word.children if c.dep_ not in _OWN_CLAUSE_STOPS)
    return False


# How many sentences back a bare "the incident" may reach for the happening it stands for.
_REFERS_BACK_SENTENCES = 3


def _earlier_happening(token: Any) -> Any:
    """The last happening told before the sentence of ``token``, within a few sentences: a happening
    noun or a verb of violence ("a mob set fire to the coach on Wednesday. … in the incident")."""
    doc = token.doc
    sentence = token.sent
    if sentence is None:
        return None
    start = sentence.start
    for _ in range(_REFERS_BACK_SENTENCES):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    for i in range(sentence.start - 1, start - 1, -1):
        word = doc[i]
        if (word.pos_ in {"NOUN", "PROPN"} and word.lemma_.lower() in _HAPPENINGS) or (
                word.pos_ == "VERB" and word.lemma_.lower() in _HAPPENING_VERBS):
            return word
    return None


def _earlier_day(word: Any) -> list[Any]:
    """The day words of the happening a bare "the incident" stands for: those of :func:`_time_words`
    for a noun, with its "of" day and its possessive day ("the massacre of Friday", "Wednesday's
    carnage"); those of its own phrases for a verb."""
    if word.pos_ not in {"NOUN", "PROPN"}:
        return _dates_on(word)
    words = _time_words(word)
    words += [g for c in word.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    words += [c for c in word.children if c.dep_ == "poss" and c.lower_ in _WEEKDAYS]
    return sorted(words, key=lambda t: t.i)


def refers_back(token: Any, published: Any) -> bool:
    """A bare definite happening ("killed in the incident", "the carnage", "this attack": no name words,
    no day of its own) that stands for the happening told just before it, when that one is over: dated
    in words two days or more before the dateline or told as earlier (:func:`recalled`). Such a noun
    tells the happening again; the news of the day is told by what was done, not as "the incident"."""
    if published is None:
        return False
    for noun in _happening_nouns(token):
        if not _the_happening(noun) or _name_words(noun) or _time_words(noun):
            continue
        earlier = _earlier_happening(noun)
        if earlier is None:
            continue
        back = _days_back(_earlier_day(earlier), published)
        if (back is not None and back >= 2) or recalled(earlier):
            return True
    return False


# --- fourteenth session: an undated page that retells an older year -------------------------------------

_ANCHORS_KEY = "eventwire.background.anchors"
# Words that keep a clause in the writer's own present whatever came before ("now", "today").
_NOW_WORDS = {"now", "today", "currently", "nowadays", "presently", "tonight", "still"}
# Auxiliaries of a clause told in the writer's present: "has been arrested", "is held", "are killed".
_PRESENT_AUXILIARIES = {"has", "have", "is", "are", "am", "'s", "'re", "'ve"}


def _anchors(doc: Any) -> list[tuple[int, int]]:
    """Every date of the article written with its month and year ("on Saturday, 14 March 1981", "June 3,
    1986", "in July 2004"), as (token index, year), in reading order: the dates a narrative is pinned to.
    A bare year is left out (it is often a plan, a count or another story's year)."""
    if _ANCHORS_KEY not in doc.user_data:
        found = []
        for word in doc:
            if word.lower_.rstrip(".") not in _MONTH_NUMBERS or not (word.is_title or word.is_upper):
                continue  # "may" and "march" are words too: only a capitalised month counts
            for after in doc[word.i + 1: min(word.i + 4, len(doc))]:
                year = _year(after)
                if year is not None and re.fullmatch(r"\d{4}", after.text):
                    found.append((word.i, year))
                    break
                if not (after.like_num or after.text == ","):
                    break
        doc.user_data[_ANCHORS_KEY] = found
    return doc.user_data[_ANCHORS_KEY]


def _told_in_past(token: Any) -> bool:
    """The clause is told in the simple past or the past perfect ("were killed", "had detonated", "the
    strike ended"), not in the writer's present ("has admitted", "is charged", "says"), nor with a modal.
    An event noun is read through the verb it hangs on."""
    verb = token
    for _ in range(4):
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    helpers = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.tag_ == "MD" or c.lower_ in _PRESENT_AUXILIARIES for c in helpers):
        return False
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and (verb.dep_ in {"acl", "relcl"} or any(
        c.lower_ in {"was", "were", "had"} for c in helpers))


def narrative_before(token: Any, reference: int | None) -> bool:
    """In an article without a dateline, an event told in the past with no time of its own, after a date
    that pins the narrative to a year before the article's present (``reference``: its latest year told as
    past, see ``coder.code_annotated``): a page that retells 1981 from 2006 or later ("By the evening police
    had arrested forty of the marchers" after "on Saturday, 14 March 1981") tells its undated past as that
    year's, background to its present. Only a page all of whose month-and-year dates lie before its present
    is read so: a page that dates anything by month in its present year is news that tells some background,
    which its own rules find. A clause told in the present, with "now" or dated by a weekday is the
    writer's present."""
    if reference is None:
        return False
    sentence = token.sent
    anchors = _anchors(token.doc)
    if not any(i < sentence.start for i, _ in anchors) or any(year >= reference for _, year in anchors):
        return False  # a page that dates anything by month in its present year is news with background in it
    if any(w.lower_ in _NOW_WORDS or _weekday_of_the_news(w) for w in sentence):
        return False
    return _told_in_past(token)


def _weekday_of_the_news(word: Any) -> bool:
    """A weekday with no month and year by it ("arrested them on Tuesday"): news dates its own last days by
    weekday, so the clause is the writer's present; "on Saturday, 14 March 1981" and a weekday in a name
    ("the Black Tuesday crash") are not."""
    if word.lower_ not in _WEEKDAYS or word.dep_ == "compound":
        return False
    if word.i > word.sent.start and word.doc[word.i - 1].is_title:
        return False  # "after Black Tuesday": a name
    near = word.doc[max(word.i - 3, 0): min(word.i + 4, len(word.doc))]
    return not any(t.lower_.rstrip(".") in _MONTH_NUMBERS for t in near)


# --- fifteenth session: a known thing picked out by a violent act ---------------------------------------

# Determiners of a noun the reader already knows ("the train", "that coach", "those").
_KNOWN_DETERMINERS = {"the", "this", "that", "these", "those"}
# Nouns of a state that lasts and may still be the news ("those who were killed in the riots").
_LASTING = {"riot", "riots", "violence", "clash", "clashes", "rioting", "unrest", "disturbance", "firing", "tension",
            "trouble", "agitation", "war", "fighting", "curfew"}

# Auxiliaries of a passive told in the simple past ("which was attacked", "who were killed").
_PAST_PASSIVE = {"was", "were"}
# Words that place a clause in the news of the day or the day before.
_NEWS_DAY_WORDS = {"today", "yesterday", "tonight", "overnight", "morning", "afternoon", "evening", "night"}


def identified_by_act(token: Any, published: Any) -> bool:
    """A violent act told in a restrictive relative clause in the simple past passive, on a noun the reader
    already knows ("the ferry which was burnt at the quay", "the miners who were shot at the pit gate", "the
    same bus which was bombed last month"): the clause picks the thing out by an act
    the reader is taken to know, so the act is presupposed, told again, not asserted as the day's news
    (news asserts its own acts: "gunmen shot the miners"). Not with an indefinite noun ("a man who was
    stabbed"), nor when the clause names the day or the day before ("which was attacked on Monday" in a
    Tuesday article, "this morning"). The caller asks only when the clause has no resolved time."""
    if published is None or token.pos_ != "VERB" or token.tag_ != "VBN" or token.dep_ != "relcl" or \
            token.lemma_.lower() not in _HAPPENING_VERBS:
        return False
    if not any(c.dep_ == "nsubjpass" and c.lower_ in {"who", "which", "that"} for c in token.children):
        return False
    if not any(c.dep_ == "auxpass" and c.lower_ in _PAST_PASSIVE for c in token.children) or any(
            c.dep_ == "aux" for c in token.children):
        return False  # "who have been killed", "which had been burnt": counts and stories of the news
    head = token.head
    if head.pos_ not in {"NOUN", "PROPN", "PRON"} or head.lemma_.lower() in _HAPPENINGS | _LASTING:
        return False
    determiners = [c.lower_ for c in head.children if c.dep_ in {"det", "poss"}]
    if not (determiners and all(d in _KNOWN_DETERMINERS or d in {"his", "her", "their", "its", "our"}
                                for d in determiners)) and head.lower_ != "those":
        return False
    clause = list(token.subtree)
    if any(w.lower_ in _NEWS_DAY_WORDS for w in clause):
        return False
    back = _days_back(clause, published)
    return back is None or back >= 2
