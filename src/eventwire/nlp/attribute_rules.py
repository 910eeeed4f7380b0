"""The model's attribute rules (tag → POS, morphology, pronoun lemmas), applied by lookup.

Why: ``en_core_web_sm`` turns fine tags into POS and morphology with an ``attribute_ruler``
whose 179 rules run through spaCy's general token Matcher. On ~600-word news articles that
took 23–28 ms of CPU an article (measured 2026-11-26), more than the tagger and the lemmatizer
together and about an eighth of the whole parse, although almost every rule tests one token's
tag or lower-cased form. Here the same rules are indexed by the tag and the word they name, so
each token looks at the few rules that can match it; the rules that test other things (the
dependency label, whitespace, sets or patterns over two tokens) are checked as well. The
result is the ruler's own, token for token: the same attribute values, set by spaCy's own
``set_token_attrs``, matched against the values before any rule ran, later rules winning.
When a model brings a rule this module cannot read, its ruler is kept as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

# What a token pattern may test here, in the order a token's view holds them.
_FIELDS = ("TAG", "LOWER", "DEP", "IS_SPACE")
TokenView = tuple[str, str, str, bool]


class UnsupportedRule(ValueError):
    """A rule uses a Matcher feature this module does not implement: keep spaCy's ruler."""


def _value_test(value: Any) -> Callable[[Any], bool]:
    """One attribute's test, with the Matcher's meaning of plain values, IN, NOT_IN and REGEX."""
    if isinstance(value, (str, bool)):
        return lambda seen: seen == value
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op == "IN":
            allowed = frozenset(arg)
            return lambda seen: seen in allowed
        if op == "NOT_IN":
            barred = frozenset(arg)
            return lambda seen: seen not in barred
        if op == "REGEX":
            search = re.compile(arg).search
            return lambda seen: search(seen) is not None
    raise UnsupportedRule(f"unsupported pattern value {value!r}")


def _checks(spec: dict[str, Any], skip: str | None = None) -> tuple[tuple[int, Callable[[Any], bool]], ...]:
    """The tests one pattern position makes of a token's view, less the one its index answers."""
    if not spec or any(key not in _FIELDS for key in spec):
        raise UnsupportedRule(f"unsupported token pattern {spec!r}")
    return tuple((_FIELDS.index(key), _value_test(value)) for key, value in spec.items() if key != skip)


def _index_keys(spec: dict[str, Any]) -> tuple[str | None, tuple[Any, ...]]:
    """The attribute and values under which a rule is filed: only tokens with one of them can match."""
    for key in _FIELDS:
        value = spec.get(key)
        if isinstance(value, (str, bool)) and (key != "IS_SPACE" or value):
            return key, (value,)
        if isinstance(value, dict) and list(value) == ["IN"]:
            return key, tuple(value["IN"])
    return None, ()


@dataclass(frozen=True)
class _Rule:
    """One pattern of one rule: the rule's place in the ruler's order, what it sets, its tests.

    ``first`` tests the anchoring token (less what the index answered), ``rest`` the tokens after it.
    """

    order: int
    attrs: dict[int, int]
    index: int
    width: int
    first: tuple[tuple[int, Callable[[Any], bool]], ...]
    rest: tuple[tuple[tuple[int, Callable[[Any], bool]], ...], ...]


def _passes(checks: tuple[tuple[int, Callable[[Any], bool]], ...], view: TokenView) -> bool:
    for field, test in checks:
        if not test(view[field]):
            return False
    return True


class AttributeRules:
    """A spaCy pipeline component equal to an ``attribute_ruler``, with its rules indexed."""

    def __init__(self, ruler: Any) -> None:
        try:  # the setter spaCy's own ruler uses; without it the rules would not be the same
            from spacy.tokens._retokenize import set_token_attrs
        except ImportError as missing:
            raise UnsupportedRule("this spaCy has no set_token_attrs") from missing
        self._set = set_token_attrs
        self._filed: dict[str, dict[Any, list[_Rule]]] = {key: {} for key in _FIELDS}
        self._any_token: list[_Rule] = []
        for order, (described, attrs, index) in enumerate(zip(ruler.patterns, ruler.attrs, ruler.indices)):
            for pattern in described["patterns"]:
                key, values = _index_keys(pattern[0])
                rule = _Rule(order, attrs, index, len(pattern), _checks(pattern[0], key),
                             tuple(_checks(spec) for spec in pattern[1:]))
                if key is None:
                    self._any_token.append(rule)
                for value in values:
                    self._filed[key].setdefault(value, []).append(rule)

    def _candidates(self, view: TokenView) -> list[_Rule]:
        """The rules filed under this token's tag, word, label or whitespace, and the unfiled ones."""
        found: list[_Rule] = []
        for field, value in zip(_FIELDS, view):
            filed = self._filed[field].get(value)
            if filed:
                found += filed
        return found + self._any_token if self._any_token else found

    def __call__(self, doc: Any) -> Any:
        views: list[TokenView] = [(t.tag_, t.lower_, t.dep_, t.is_space) for t in doc]
        size = len(views)
        found: list[tuple[int, int, _Rule]] = []  # matched on the values before any rule is applied
        for start, view in enumerate(views):
            for rule in self._candidates(view):
                if rule.first and not _passes(rule.first, view):
                    continue
                if rule.rest:
                    if start + rule.width > size or not all(
                            _passes(checks, views[start + k]) for k, checks in enumerate(rule.rest, 1)):
                        continue
                at = start + (rule.index if rule.index >= 0 else rule.width + rule.index)
                found.append((rule.order, at, rule))
        found.sort(key=lambda hit: (hit[0], hit[1]))  # later rules win, as in spaCy's ruler
        for _, at, rule in found:
            self._set(doc[at], rule.attrs)
        return doc

    def pipe(self, docs: Iterable[Any], batch_size: int = 128) -> Iterable[Any]:
        for doc in docs:
            yield self(doc)


FACTORY = "eventwire_attribute_rules"


def _make_rules(nlp: Any, name: str, source: str) -> AttributeRules:
    """spaCy factory: the indexed copy of the pipeline's component ``source``."""
    return AttributeRules(nlp.get_pipe(source))


def index_attribute_rules(nlp: Any, source: str = "attribute_ruler") -> bool:
    """Put :class:`AttributeRules` in the place of the pipeline's attribute ruler.

    Returns False, leaving the pipeline as it was, when there is no ruler or it has a rule this
    module cannot read.
    """
    from spacy.language import Language

    if source not in nlp.pipe_names:
        return False
    if FACTORY not in Language.factories:
        Language.factory(FACTORY, default_config={"source": source}, func=_make_rules)
    try:
        nlp.add_pipe(FACTORY, after=source, config={"source": source})
    except UnsupportedRule:
        return False
    nlp.remove_pipe(source)
    return True
