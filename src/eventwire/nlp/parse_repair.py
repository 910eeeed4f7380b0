"""Repairs of parse errors of the small English model that hide events from the coder.

Why: in a second verb phrase that shares its subject with the first and opens with a time
adverbial ("X invaded A in 2008, and in 2014 annexed B's region"), ``en_core_web_sm`` reads the
past-tense verb as an adjective of the noun phrase after it ("annexed" → amod of "B") and the time
phrase as the head of that noun phrase. No verb is left, so no trigger is found and the event of
the second clause is lost. News writes history this way ("and in 1999 signed the treaty").

The repair is grammatical, not lexical: a word ending in "-ed" tagged as an adjective, right
after a time adverbial that follows a coordinating conjunction of a verb, and right before the
start of a noun phrase (a determiner, a possessive or a name), is a past-tense verb conjoined to
that verb; the time phrase is its modifier and the noun phrase its object. Nothing else in the
parse changes. The component runs after the named-entity recogniser, which marks the time phrase.

A second, smaller repair: the tagger also reads some past forms as adjectives where the parse is
right ("and in 1981 annexed the heights": "annexed" a conjoined clause head, tagged JJ). An adjective
never takes a direct object, so an "-ed" word heading a clause with one is retagged as the verb it
is; a following "by" ("unfazed by the change") keeps it an adjective.
"""

from __future__ import annotations

from typing import Any

COMPONENT = "eventwire_parse_repairs"

_CONJUNCTIONS = frozenset({"and", "but", "then"})
_TIME_PREPOSITIONS = frozenset({"in", "on", "by", "during", "after", "later", "since", "until"})
# Tags that open a noun phrase an adjective would not stand before without an article.
_NP_OPENERS = frozenset({"DT", "PRP$", "NNP", "NNPS"})
_NP_INNER = frozenset({"poss", "compound", "amod", "nummod", "det", "case", "nmod", "quantmod"})
_TIME_ENTITIES = frozenset({"DATE", "TIME"})
_MAX_ADVERBIAL = 5


def _time_adverbial(tokens: list[Any]) -> bool:
    """A short time phrase: date or time words, after at most one preposition ("in 2014", "last year")."""
    if not tokens or len(tokens) > _MAX_ADVERBIAL:
        return False
    rest = tokens[1:] if tokens[0].lower_ in _TIME_PREPOSITIONS else tokens
    return bool(rest) and all(t.ent_type_ in _TIME_ENTITIES for t in rest)


def _noun_phrase_root(first: Any, verb: Any) -> Any | None:
    """The head of the noun phrase that starts at ``first``: climb while the attachment stays inside it."""
    token = first
    while token.dep_ in _NP_INNER and token.head.i > verb.i and token.head is not token:
        token = token.head
    return token if token.pos_ in {"NOUN", "PROPN", "PRON"} else None


def _misread_verb(word: Any) -> tuple[Any, list[Any], Any] | None:
    """(the verb it is conjoined to, the time phrase, the object's head) when ``word`` is a verb read as an
    adjective."""
    doc = word.doc
    if word.tag_ not in {"JJ", "VBN"} or not word.lower_.endswith("ed") or word.dep_ != "amod":
        return None
    if word.i + 1 >= len(doc) or doc[word.i + 1].tag_ not in _NP_OPENERS:
        return None
    start = word.i - 1
    while start >= 0 and doc[start].lower_ not in _CONJUNCTIONS and word.i - start <= _MAX_ADVERBIAL + 1:
        start -= 1
    if start < 0 or doc[start].lower_ not in _CONJUNCTIONS or doc[start].dep_ != "cc":
        return None
    first_verb = doc[start].head
    adverbial = list(doc[start + 1:word.i])
    if first_verb.pos_ not in {"VERB", "AUX"} or first_verb.i > start or not _time_adverbial(adverbial):
        return None
    obj = _noun_phrase_root(doc[word.i + 1], word)
    if obj is None or obj.i <= word.i:
        return None
    return first_verb, adverbial, obj


_CLAUSE_HEADS = frozenset({"ROOT", "conj", "ccomp", "advcl", "relcl", "xcomp"})


def _adjective_with_object(word: Any) -> bool:
    """An "-ed" word tagged as an adjective that heads a clause and takes a direct object: a verb."""
    return (word.pos_ == "ADJ" and word.lower_.endswith("ed") and word.dep_ in _CLAUSE_HEADS
            and any(c.dep_ == "dobj" for c in word.children)
            and not any(c.lower_ == "by" for c in word.children))


def _as_verb(word: Any, lemmatizer: Any | None) -> None:
    """Retag ``word`` as a past-tense verb (a participle after an auxiliary) with the verb's lemma."""
    participle = any(c.dep_ in {"aux", "auxpass"} for c in word.children)
    word.tag_, word.pos_ = ("VBN" if participle else "VBD"), "VERB"
    word.set_morph("Aspect=Perf|Tense=Past|VerbForm=Part" if participle else "Tense=Past|VerbForm=Fin")
    if lemmatizer is not None:
        word.lemma_ = lemmatizer.rule_lemmatize(word)[0]


def _reattach(word: Any, first_verb: Any, adverbial: list[Any], obj: Any, lemmatizer: Any | None) -> None:
    """Make ``word`` a past-tense verb conjoined to ``first_verb``, with its time phrase and object."""
    word.head, word.dep_ = first_verb, "conj"
    _as_verb(word, lemmatizer)
    span = {t.i for t in adverbial}
    nominal = adverbial[-1]
    if adverbial[0].lower_ in _TIME_PREPOSITIONS and len(adverbial) > 1:
        adverbial[0].head, adverbial[0].dep_ = word, "prep"
        nominal.head, nominal.dep_ = adverbial[0], "pobj"
    else:
        nominal.head, nominal.dep_ = word, "npadvmod"
    for token in adverbial[1:-1] if adverbial[0].lower_ in _TIME_PREPOSITIONS else adverbial[:-1]:
        if token.head.i not in span:
            token.head = nominal
    obj.head, obj.dep_ = word, "dobj"


def repair(doc: Any, lemmatizer: Any | None = None) -> Any:
    """The doc with every verb the model read as an adjective read as a verb."""
    for word in doc:
        found = _misread_verb(word)
        if found is not None:
            _reattach(word, *found, lemmatizer)
        elif _adjective_with_object(word):
            _as_verb(word, lemmatizer)
    return doc


def make_component(nlp: Any) -> Any:
    """The pipeline component: ``repair`` with the model's own lemmatizer for the verb's lemma."""
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    return lambda doc: repair(doc, lemmatizer)
