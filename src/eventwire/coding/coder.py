"""The coder: triggers, slots and modality combined into PLOVER events, precision first.

Per sentence: find trigger candidates, let a speech act swallow its content ("demanded that Nato
stop…" is one REQUEST, not also whatever the content names), fill each trigger's slots, read its
modality, apply PLOVER's coding rules, and drop what is not an event (statements, actions nobody
did to anyone). Within an article, reports of the same event are merged. Every event keeps its
sentence, offsets, trigger and the rule that produced it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from .. import __version__
from ..ids import short_hash
from ..records import (Actor, AnnotatedArticle, Entity, Event, EventPlace, EventQuantity, Evidence, Modality,
                       Sentence, TimeExpression)
from . import fallback, type_model
from .arguments import Slots, clause_counterpart, fill_slots, name_parties, pronoun_subject, speaker_object
from .background import (adverbial_dates, clause_text, dated_happening, dated_weeks_before, dominant_year, era_words,
                         identified_by_act, month_year_in_clause, named_by_place, named_year, narrative_before,
                         past_year, period_before, recalled, refers_back, retold, sentence_dated_before, since_frame,
                         then_titled, told_years, year_written_out, years_since)
from .decide import decide
from .gate import passes
from .generic import generic
from .local_parties import apply_local_codes, local_codes
from .modality import past_time, read_modality, reference_year
from .ontology import PLOVER, cameo, demand_code, intent_code, plover_score, refusal_code, threat_code
from .rules import VERBAL, keep_and_retype, newsworthy, ordinary_counterparts, plover_event, plover_rules
from .triggers import Trigger, find_triggers

CODER = f"eventwire {__version__} rules-1"

_MOVEMENT_ROOTS = {"15", "04"}
_PROMISES = {"AGREE", "CONCEDE"}  # what PLOVER makes of a promised cooperation or concession
_COOPERATIVE_ROOTS = {"03", "04", "05", "06", "07", "08"}  # acts one can promise, demand or refuse
_BASE_CONFIDENCE = {"pattern": 0.7, "rule": 0.7, "default": 0.55, "noun": 0.5}


def _entity(actor: Actor) -> Entity:
    return Entity(text=actor.text, code=actor.code, name=actor.name, sector=actor.sector, wikidata=actor.wikidata)


def _event_date(times: list[TimeExpression], published: date | None) -> tuple[str | None, str | None, str | None]:
    """(date, precision, date_text): the event's own time when the clause states one (``times``: the clause's
    times less the days ahead that date a thing the act is about, see :func:`_to_event`)."""
    for time in times:
        value = time.value or ""
        if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
            precision = {4: "year", 7: "month", 10: "day"}[len(value)]
            return value, precision, time.text
    if published is not None:
        return published.isoformat(), "day", None
    return None, None, None


def _historical(event_date: str | None, precision: str | None, published: date | None,
                present: int | None = None) -> bool:
    """Background: the event happened well before the article's news (over a month earlier).
    Without a publication date, an event dated to a year before the article's latest exact date
    (``present``, see :func:`.modality.reference_year`) is background too."""
    if event_date and published is None and present is not None and re.match(r"\d{4}", event_date):
        return int(event_date[:4]) < present
    if not event_date or published is None or precision is None:
        return False
    if precision == "year":
        return int(event_date[:4]) < published.year
    if precision == "month":
        year, month = int(event_date[:4]), int(event_date[5:7])
        return (published.year - year) * 12 + published.month - month > 1
    try:
        return (published - date.fromisoformat(event_date)).days > 31
    except ValueError:
        return False


def _ahead(values: Iterable[str | None], published: date | None) -> bool:
    """The event's own time falls after the article's dateline ("a meeting of the allies next week", "will visit
    the state on 12 March" in a 5 March article): ahead of the news, future. A time that shares the dateline's
    day, week, month or year is not."""
    if published is None:
        return False
    for value in values:
        value = value or ""
        try:
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                ahead = date.fromisoformat(value) > published
            elif re.fullmatch(r"\d{4}-W\d{2}", value):
                ahead = (int(value[:4]), int(value[6:])) > published.isocalendar()[:2]
            elif re.fullmatch(r"\d{4}-\d{2}", value):
                ahead = (int(value[:4]), int(value[5:7])) > (published.year, published.month)
            elif re.fullmatch(r"\d{4}", value):
                ahead = int(value) > published.year
            else:
                continue
        except ValueError:
            continue
        if ahead:
            return True
    return False


_SINCE = re.compile(r"\bsince\s*$", re.IGNORECASE)


def _span_start(time: TimeExpression, doc: Any) -> bool:
    """A time after "since" ("40 have died since 9 April"): where a span up to the news begins, not the
    day of the act counted in it (an act of that day itself is told by :func:`.background.since_frame`)."""
    return bool(_SINCE.search(doc.text[max(0, time.start - 12):time.start]))


def _told_as_done(trigger: Trigger) -> bool:
    """A verb in the simple past or the perfect ("banned", "has banned"): the act is done, so a day still ahead
    in its clause dates what it is about ("has banned street parades on 9 April"), not the act."""
    token = trigger.token
    if not trigger.is_verb:
        return False
    auxiliaries = [c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")]
    if token.tag_ == "VBD":
        return not auxiliaries
    return token.tag_ == "VBN" and any(a in ("has", "have", "had", "'ve") for a in auxiliaries) \
        and not any(a in ("will", "shall", "would", "'ll") for a in auxiliaries)


def _background(candidate: Candidate, published: date | None, present: int | None) -> bool:
    """Background told by words rather than by the event's own date (:mod:`.background`): "last
    year", "decades ago", an era, a decade or century over before the article's year, a year that
    names the event ("the 1989 protests"), or a sentence all of whose dates are before the article's
    year when the clause has no time of its own."""
    times = candidate.slots.times
    reference = published.year if published else present
    if candidate.era or past_time(t.text for t in times) or period_before((t.value for t in times), reference):
        return True
    if candidate.named_year is not None and (reference is None or candidate.named_year < reference):
        return True  # "the 1989 protests" in an article whose own year is unknown or later
    reading = candidate.reading
    if reading.future or reading.hypothetical:
        return not times and sentence_dated_before(candidate.sentence_dates or [], reference)
    # from here the event is told as done: the words around it may still place it before the news
    token = candidate.trigger.token
    if since_frame(token):
        return True  # "on alert since the group launched attacks in March", "since June, when the junta took power"
    # a duration ("for two weeks", "two weeks back" read as two weeks) does not place the event: the words
    # around it still may ("since the attack on the train two weeks back")
    # nor does a day counted from the story's own past ("a day earlier", "the previous day")
    dated = [t for t in times if not (t.value or "").startswith("P") and not _story_relative(t.text or "")
             and not _span_start(t, token.doc)]
    if not any(re.match(r"\d{4}", t.value or "") for t in times) and past_year(token, reference):
        return True  # "the riots of 1984", "in 1984, when 3,000 were killed", "captured during the 1967 war"
    if published is None and year_written_out(token.doc, times, months_only=present is not None):
        return True  # "was arrested in March 2017": news writes the year only of another year's dates
    if published is None and not times and month_year_in_clause(token):
        return True  # "were abducted by gunmen wearing uniforms in the capital in August 2016"
    if published is None and present is None and not times and candidate.sentence_dates and all(
            re.fullmatch(r"\d{4}(?:-\d{2})?", v or "") for v in candidate.sentence_dates):
        # a clause with no time of its own in a sentence dated only by a written-out year or month, on a page that
        # gives no present ("We must not forget that Hamas seized power in Gaza [in 2007]"): as for
        # :func:`.background.year_written_out`, news writes the year only of another year's dates
        return True
    if published is None and not _on_calendar([t.value for t in times] + (candidate.sentence_dates or [])) \
            and narrative_before(token, present):
        return True  # "police had arrested forty" after "on Saturday, 14 March 1981" on a page written after 2006
    if published is not None and any(_weeks_before_by_day(t, published) for t in dated):
        return True  # "on February 27, a mob burnt the coach" in an 18 March article: dated beyond the last week
    if not dated and (recalled(token) or retold(token, published) or dated_weeks_before(token, published)):
        return True  # "had previously served", "since the group launched attacks", a named happening told again
    if not dated and then_titled(token):
        return True  # "was invited to the breakfast by then-President Reagan": a title held then, over now
    if not dated and named_by_place(token, published):
        return True  # "in protest against the Godhra massacre" in a dated article
    if not dated and refers_back(token, published):
        return True  # "65 were killed in the incident" after "the mob set the coach on fire on Wednesday"
    if not dated and identified_by_act(token, published):
        return True  # "the miners who were shot at the pit gate": the act picks out a known thing
    if dated_happening(token, published):
        return True  # "in view of the attack on the train on Wednesday" in a Saturday article
    return not times and sentence_dated_before(candidate.sentence_dates or [], reference)


_MONTH_WORD = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*\d|\d\s*(?:jan|feb|mar|apr|"
                         r"may|jun|jul|aug|sep|sept|oct|nov|dec)", re.IGNORECASE)


def _weeks_before_by_day(time: Any, published: date) -> bool:
    """A time written as a month and day ("on February 27", "27 Feb") resolved to a day more than a week
    before the dateline: news dates by month and day only what lies beyond its last seven days (AP style), so
    the act is told against the news, as :func:`.background.dated_weeks_before` reads an unresolved one."""
    value = time.value or ""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) or not _MONTH_WORD.search(time.text or ""):
        return False
    try:
        return (published - date.fromisoformat(value)).days > 7
    except ValueError:
        return False


# A day counted from a past the story tells ("a day earlier", "the previous day", "two days before"): the
# enrichment may resolve it against the dateline, but it places the act only against the narrative.
_STORY_RELATIVE = re.compile(r"\b(?:days?|nights?)\s+(?:earlier|before)\b|\bprevious\s+(?:day|night)\b", re.IGNORECASE)


def _story_relative(text: str) -> bool:
    return bool(_STORY_RELATIVE.search(text))


def _on_calendar(values: Iterable[str | None]) -> bool:
    """Whether any time value is a calendar date ("1997", "2019-03") or the writer's present, future or past
    ("now", "soon", "recently"); spans ("10 days") and unresolved words ("earlier in the year", "that day")
    place an event only against the narrative around it."""
    return any(value and (re.match(r"\d{3}", value) or value.endswith("_REF")) for value in values)


_SPEAKING_COUNTS = {"hundreds", "thousands", "dozens", "scores", "tens", "millions"}


def _speaker(doc: Any, sentence: Sentence, token: Any) -> Actor | None:
    """Who said it: the actor at the subject of the verb of saying, else the subject's words."""
    if token is None:
        return None
    for actor in sentence.actors:
        span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
        if span is not None and token.i in {t.i for t in span} | {span.root.i}:
            return actor
        if span is not None and span.root.head.i == token.i and span.root.dep_ in {"compound", "poss", "amod"}:
            return actor
    if token.pos_ in {"PRON"}:
        return None
    counted = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
               if g.dep_ == "pobj"] if token.like_num or token.lower_ in _SPEAKING_COUNTS else []
    for actor in sentence.actors if counted else []:
        span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
        if span is not None and span.root.i == counted[0].i:
            return actor  # "hundreds of farmers rallied, saying ...": the farmers say it
    phrase = doc[token.left_edge.i: token.i + 1]
    return Actor(text=phrase.text, start=phrase.start_char, end=phrase.end_char)


def _unquoted(actor: Actor) -> Actor:
    """The actor without the quote marks and punctuation a speaker's phrase may start with ("'' babbar")."""
    text = actor.text.lstrip(" '\"‘’“”`,;:-–—")
    return replace(actor, text=text, start=actor.end - len(text)) if text != actor.text else actor


def _confidence(trigger: Trigger, slots: Slots) -> float:
    """How sure we are that this is an event: the evidence for its code, whether someone did it,
    and whether it is the sentence's main clause or a side remark."""
    score = _BASE_CONFIDENCE.get(trigger.source, 0.5)
    token = trigger.token
    if not trigger.is_verb and token.dep_ in {"dobj", "nsubj", "nsubjpass"} and token.head.pos_ in {"VERB", "AUX"}:
        token = token.head  # "began a hunger strike": the noun is the clause's event
    dep = token.dep_
    if dep == "ROOT" or (dep == "conj" and token.head.dep_ == "ROOT"):
        score += 0.1
    elif dep in {"advcl", "acl", "relcl", "pcomp", "amod", "npadvmod"}:
        score -= 0.1
    if any(a.code for a in slots.actors):
        score += 0.15
    elif not slots.actors:
        score -= 0.15
    if any(a.code for a in slots.recipients):
        score += 0.05
    if trigger.alternatives:
        score -= 0.1
    return round(min(0.95, max(0.05, score)), 2)


@dataclass
class Candidate:
    """A possible event of one sentence, with everything the decision step and the record need."""

    trigger: Trigger
    code: str
    event_type: str
    mode: str | None
    slots: Slots
    reading: Any
    speaker: Entity | None
    confidence: float
    model: str | None = None  # the learned step that re-decided it, if any (coding.type_model)
    era: bool = False  # its clause names a past era or "decades ago" (coding.background)
    sentence_dates: list[str | None] | None = None  # values of the sentence's adverbial dates
    named_year: int | None = None  # the year naming an event noun ("the 1989 protests")


def sentence_candidates(doc: Any, span: Any, sentence: Sentence) -> list[Candidate]:
    """Every trigger of a sentence read as a PLOVER event, after the coding rules."""
    found = []
    triggers, retyped = keep_and_retype(list(find_triggers(span)))
    dates = adverbial_dates(doc, sentence.times)
    for trigger in triggers:
        info = cameo(trigger.code)
        event_type, mode = retyped.get(id(trigger)) or plover_event(trigger)
        if info is None or event_type is None:
            continue  # statements and comments: no PLOVER event
        code = info.code
        slots = fill_slots(doc, sentence, trigger, movement=code[:2] in _MOVEMENT_ROOTS or event_type == "AID",
                           verbal=event_type in VERBAL)
        reading = read_modality(trigger.token)
        speaker_actor = _speaker(doc, sentence, reading.speaker)
        if speaker_actor is not None and pronoun_subject(trigger.token) and not any(a.code for a in slots.actors):
            slots.actors = [speaker_actor]  # "X said they would…": they are X
        speaker = _entity(speaker_actor) if speaker_actor is not None else None
        if not newsworthy(trigger, event_type, slots, span, mode):
            continue  # nobody political did it, or it is sport, weather or an accident
        if generic(trigger.token, slots.times):
            continue  # a kind of event or a habit, not one happening
        name_parties(slots, trigger.token, sentence.places)  # a person or firm the dictionaries do not know, as named
        side = _unquoted(speaker_actor) if speaker_actor is not None else None
        if side is not None and speaker_object(slots, trigger.token) \
                and all(side.text != a.text for a in slots.actors + slots.recipients):
            slots.recipients = [side] + slots.recipients  # '"the state gave us no security," X said': X's side
        # "had neither accepted nor rejected the proposal": neither act was done, and the negated acceptance is no
        # refusal, so the rules read the act as told and the negation is put back after them
        reading.negated = reading.negated and not reading.neither_nor
        event_type, mode = plover_rules(event_type, mode, reading, slots, speaker)
        reading.negated = reading.negated or reading.neither_nor
        if ordinary_counterparts(event_type, slots):
            continue  # "the governor's visit to the hospital", "met up with a friend": ordinary life
        if event_type in _PROMISES and reading.future and not (reading.negated or reading.hypothetical):
            code = intent_code(code)  # "will send aid": CAMEO's intent to provide aid, 033
        if reading.obliged and speaker is not None and all(speaker.code != a.code for a in slots.actors):
            # "X must withdraw, the minister said": the minister's demand on X
            event_type, mode = "REQUEST", None
            slots.recipients, slots.actors = list(slots.actors), []
            if speaker_actor is not None:
                slots.actors = [speaker_actor]
        elif reading.obliged and not reading.negated:
            reading.hypothetical = True  # "the government should support…": wanted, not done
        code = _code_for(event_type, code)
        found.append(Candidate(trigger, code, event_type, mode, slots, reading, speaker,
                               _confidence(trigger, slots), era=_era(doc, trigger, slots), sentence_dates=dates,
                               named_year=named_year(doc, trigger.token, slots.times)))
    return found


def _code_for(event_type: str, code: str) -> str:
    """The trigger's CAMEO code read the way a rule re-read the event: a refusal of a concession is
    CAMEO's "decline to yield" (12x), a demand for it a demand (10x), so that the ``cameo`` field and
    its root agree with the PLOVER type (threats: :func:`_to_event`). Appeals (02) and the conflict
    roots keep their own codes."""
    if code[:2] not in _COOPERATIVE_ROOTS:
        return code
    if event_type == "REJECT":
        return refusal_code(code)
    if event_type == "REQUEST":
        return demand_code(code)
    return code


def _era(doc: Any, trigger: Trigger, slots: Slots) -> bool:
    """Whether the trigger's clause names a past era; an event noun's own modifiers count too
    ("the September 11 attacks", "the Cold War arms race"), a verb's subject does not
    ("veterans of the Cold War marched"); so does "N years since/after" before the clause."""
    text = clause_text(doc, slots.clause)
    if years_since(trigger.token):
        return True  # "eight years after it annexed Crimea"
    if not trigger.is_verb:
        token = trigger.token
        text += " " + doc[token.left_edge.i: token.i + 1].text
    return era_words(text)


def _to_event(candidate: Candidate, sentence: Sentence, doc_id: str, published: date | None,
              present: int | None = None) -> Event:
    trigger, slots, reading = candidate.trigger, candidate.slots, candidate.reading
    event_type, mode, code = candidate.event_type, candidate.mode, candidate.code
    if event_type == "THREATEN":
        # the record says 13x (138 for "vowed to attack"); the candidate kept the code the gate and
        # the decider were trained on (the promise's 030 or the act's own code)
        code = threat_code(code, mode)
    info = cameo(code)
    doc = trigger.token.doc
    own_times = [t for t in slots.times if not (t in slots.complement_times and _ahead([t.value], published))
                 and not _span_start(t, doc)]
    event_date, precision, date_text = _event_date(own_times, published)
    modality = Modality(
        negated=reading.negated, hypothetical=reading.hypothetical,
        future=reading.future or (not reading.negated and not _told_as_done(trigger)
                                  and _ahead((t.value for t in own_times), published)),
        # an act told as still ahead of the writer's present ("will keep the base after troops leave", "is going to
        # give it priority") is not background, whatever past time its sentence names for something else
        historical=not reading.ahead_now and (_historical(event_date, precision, published, present)
                                              or _background(candidate, published, present)),
        reported_by=candidate.speaker,
    )
    actors = [_entity(a) for a in slots.actors]
    key = sorted(e.code or e.text for e in actors)
    return Event(
        id=short_hash(doc_id, str(sentence.start), event_type, *key, str(trigger.token.idx)),
        doc_id=doc_id, event=event_type, mode=mode, cameo=code,
        quad_class=PLOVER[event_type].quad_class, score=plover_score(event_type, mode),
        goldstein=info.goldstein if info else None, date=event_date, date_precision=precision,
        date_text=date_text, actors=actors, recipients=[_entity(a) for a in slots.recipients],
        locations=[EventPlace(text=p.text, country_code=p.country_code, name=p.name, admin1=p.admin1,
                              lat=p.lat, lon=p.lon, geonameid=p.geonameid, feature=p.feature, role=role)
                   for p, role in slots.places],
        quantities=[EventQuantity(value=q.value, unit=q.unit, text=q.text, low=q.low, high=q.high,
                                  approximate=q.approximate) for q in slots.quantities],
        modality=modality,
        evidence=Evidence(text=sentence.text, start=sentence.start, end=sentence.end, trigger=trigger.phrase),
        confidence=candidate.confidence,
        coder=f"{CODER} {trigger.source}:{trigger.code}" + (f" {candidate.model}" if candidate.model else ""),
    )


def _decided(doc: Any, sentence: Sentence) -> list[Candidate]:
    """A sentence's candidates that the decider and the gate keep."""
    span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    if span is None:
        return []
    kept = [c for c in decide(sentence_candidates(doc, span, sentence), span) if passes(c, span, doc)]
    if not kept and fallback.enabled():
        kept = fallback.candidates(doc, span, sentence)  # a strict reading of a silent sentence
    return kept


@dataclass
class _Completion:
    """What an event record is given only after its article's reports are merged: merging reads the parties
    by their codes, and parties the rules did not find must not make two reports of one act look like two
    acts, nor two acts one (:mod:`.local_parties`, :func:`.arguments.clause_counterpart`)."""

    countries: list[tuple[str, int, str]]  # (side, index, country) of local parties
    counterpart: Entity | None = None  # a recipient for an act the rules found none for


# Marks a record's coder when its recipient was read from the clause (:func:`.arguments.clause_counterpart`),
# not from the verb's own phrases: judged blind, such recipients were right 19 times in 37 on the dev pages.
CLAUSE_RECIPIENT = "clause-recipient"
# Acts whose nearest party after the verb is not whom they address: a force moved ("put the police and the
# reserve force on alert") or withdrawn ("pulled the troops out"), a post left.
_NO_COUNTERPART = {"MOBILIZE", "RETREAT"}


def _code_sentences(doc: Any, sentences: list[Sentence], doc_id: str, published: date | None,
                    clock: _Present | None = None) -> tuple[list[Event], dict[int, _Completion]]:
    """Events of the sentences in order, and what each record is given after merging (by the record's
    ``id()``, see :class:`_Completion`); with the type model on (:mod:`.type_model`), every sentence with a
    candidate is re-decided, embedded in one batch per call. ``clock``: without a publication date, the
    article's present as its dates tell it (:class:`_Present`)."""
    per_sentence = [_decided(doc, s) for s in sentences]
    if type_model.active():
        per_sentence = type_model.redecide([(s.text, c) for s, c in zip(sentences, per_sentence)])
    events: list[Event] = []
    completions: dict[int, _Completion] = {}
    for sentence, candidates in zip(sentences, per_sentence):
        coded = []
        for c in candidates:
            event = _to_event(c, sentence, doc_id, published, clock.without(c.slots.times) if clock else None)
            completion = _Completion(local_codes(c.slots.actors, c.slots.recipients, c.slots.places, event.event,
                                                 sentence))
            if not event.recipients and event.event not in _NO_COUNTERPART:
                other = clause_counterpart(doc, sentence, c.trigger, c.slots)
                completion.counterpart = _entity(other) if other is not None else None
            completions[id(event)] = completion
            coded.append(event)
        events.extend(_assault_over_mobilize(coded))
    return events, completions


def _completed(events: list[Event], completions: dict[int, _Completion]) -> list[Event]:
    for event in events:
        completion = completions[id(event)]  # (merging keeps one of the records it merges, never a new one)
        apply_local_codes(event, completion.countries)
        if not event.recipients and completion.counterpart is not None:
            event.recipients.append(completion.counterpart)
            event.coder = f"{event.coder} {CLAUSE_RECIPIENT}"  # about half of these are right: let users tell them
    return events


def code_sentence(doc: Any, sentence: Sentence, doc_id: str, published: date | None) -> list[Event]:
    """Every event one sentence reports."""
    return _completed(*_code_sentences(doc, [sentence], doc_id, published))


def _assault_over_mobilize(events: list[Event]) -> list[Event]:
    """PLOVER: a mobilisation reported inside an attack report is part of the attack."""
    attackers = {a.code for e in events if e.event == "ASSAULT" and not (
        e.modality.hypothetical or e.modality.negated or e.modality.future) for a in e.actors}
    return [e for e in events if not (e.event == "MOBILIZE" and {a.code for a in e.actors} & attackers)]


def _merge_key(event: Event, with_recipients: bool = True, with_date: bool = True) -> tuple[Any, ...]:
    """Same type, participants, date and modality: the same happening.

    Across sentences the places and amounts must agree too (:func:`_details`), so that "2,000
    troops to Poland" and "1,000 troops to Romania" stay two events; within one sentence two
    triggers of one happening ("scrambled jets to intercept bombers") merge even when only one of
    them names the recipient.
    """
    m = event.modality
    recipients = tuple(sorted(r.code or r.text for r in event.recipients)) if with_recipients else ()
    return (event.event, tuple(sorted(a.code or a.text for a in event.actors)), recipients,
            event.date if with_date else None, m.negated, m.hypothetical, m.future)


def _details(event: Event) -> tuple[Any, ...]:
    return (tuple(sorted({(p.name or p.text) for p in event.locations if p.role != "origin"})),
            tuple(sorted({q.value for q in event.quantities})))


def merge_duplicates(events: Iterable[Event]) -> list[Event]:
    """One event per happening in an article, keeping the most confident report and the places
    and quantities of all of them: within a sentence on type, participants, date and modality;
    across sentences only when the places and amounts agree too.

    Across sentences a report with no time of its own (dated by the dateline) is the same happening as one
    that states its day ("police arrested the two brothers on Thursday" and a later "police arrested the two
    brothers after a tip-off"), so the article key is also looked up without the date between an undated
    report and a dated one: for reports with a doer ("the riots" and "the riots of Thursday" need not be one)
    not told as background ("the riots of 1969" and "those of 1985" are two). Within a sentence two triggers
    with different dates stay two acts ("massed troops near the border and moved units in for exercises on
    Thursday")."""
    kept: list[Event] = []
    index: dict[tuple[Any, ...], int] = {}
    loose_any: dict[tuple[Any, ...], int] = {}  # without the date, every report
    loose_undated: dict[tuple[Any, ...], int] = {}  # without the date, the undated reports
    for event in events:
        keys = [(*_merge_key(event, with_recipients=False), "sentence", event.evidence.start),
                (*_merge_key(event), _details(event))]
        loose = [(*_merge_key(event, with_date=False), _details(event))] \
            if event.actors and not event.modality.historical else []
        undated = event.date_text is None
        slot = next((index[k] for k in keys if k in index), None)
        if slot is None:
            lookup = loose_any if undated else loose_undated
            slot = next((lookup[k] for k in loose if k in lookup), None)
        if slot is None:
            kept.append(event)
            slot = len(kept) - 1
        else:
            kept[slot] = _combine(kept[slot], event)
        for k in keys:
            index.setdefault(k, slot)
        for k in loose:
            loose_any.setdefault(k, slot)
            if undated:
                loose_undated.setdefault(k, slot)
    return sorted(kept, key=lambda e: (e.evidence.start, e.evidence.trigger or ""))


def _combine(first: Event, second: Event) -> Event:
    best, other = (second, first) if second.confidence > first.confidence else (first, second)
    if best.date_text is None and other.date_text is not None:
        # the report that states the day gives it ("the rally on Thursday"), not the dateline
        best.date, best.date_precision, best.date_text = other.date, other.date_precision, other.date_text
    for recipient in other.recipients:
        if all((recipient.code or recipient.text) != (r.code or r.text) for r in best.recipients):
            best.recipients.append(recipient)
    for place in other.locations:
        if all(place.text != p.text for p in best.locations):
            best.locations.append(place)
    for quantity in other.quantities:
        if all(quantity.text != q.text for q in best.quantities):
            best.quantities.append(quantity)
    return best


class _Present:
    """Without a publication date, the article's present as its dates tell it: the latest year of its exact
    dates (:func:`.modality.reference_year`) or of a year it tells as past less one ("In 2019, a review found ...":
    written in 2019 or later, so background is two years before, as for the main year); failing both, the year it
    names most, less one.

    An event's own times are left out (:meth:`without`): they are the very dates to be judged, and news writes a
    date's year only when it is not the current one ("In 2017, X signed ..." alone on a page is another year's
    act, see :func:`.background.year_written_out`), so they cannot also be the present they are judged against.
    The other clauses of its sentence count ("left in 1975, rejoined in 1981, broke with them in 1993")."""

    def __init__(self, doc: Any, sentences: list[Sentence]) -> None:
        self.times = [(t.start, t.end, t.value, told_years(doc, [t])) for s in sentences for t in s.times]

    def without(self, own: Iterable[Any]) -> int | None:
        spans = {(t.start, t.end) for t in own}
        kept = [(value, told) for start, end, value, told in self.times if (start, end) not in spans]
        values = [value for value, _ in kept]
        exact = reference_year(values)
        present = max(([exact] if exact is not None else []) + [y - 1 for _, told in kept for y in told],
                      default=None)
        if present is None and (dominant := dominant_year(values)) is not None:
            present = dominant - 1  # only bare years: background must be two years before the main one
        return present


def code_annotated(article: AnnotatedArticle) -> list[Event]:
    """Every event of an annotated article, merged within the article, in reading order."""
    doc = article.parse
    if doc is None:
        from ..nlp.parse import parse

        doc = parse(article.body)
    published = None
    if article.published:
        try:
            published = date.fromisoformat(article.published[:10])
        except ValueError:
            published = None
    clock = None
    if not published:
        clock = _Present(doc, list(article.sentences))
    events, completions = _code_sentences(doc, list(article.sentences), article.doc_id, published, clock)
    return _completed(merge_duplicates(events), completions)
