"""Party acronyms checked against the article's own countries (actor_guards.foreign_party_acronym)."""

from __future__ import annotations

from datetime import date

from eventwire.nlp.actors import find_actors
from eventwire.nlp.parse import parse

ANCHOR = date(2022, 3, 1)


def _codes(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(a.text, a.code, a.sector) for a in find_actors(parse(text), [], ANCHOR)]


def test_party_acronym_of_a_country_the_article_never_names_is_dropped() -> None:
    found = _codes("Shoppers in Chennai must link their PAN to a bank account by June, Indian tax officials said.")
    assert not any(text == "PAN" for text, _, _ in found)


def test_party_acronym_kept_where_its_country_is_named() -> None:
    found = _codes("The PAN gained seats in Guadalajara, and its leaders toured Mexico after the vote.")
    assert ("PAN", "MEX", "PTY") in found


def test_party_acronym_kept_when_the_article_names_no_country() -> None:
    assert ("PRI", "MEX", "PTY") in _codes("The PRI lost the vote, its leader said.")
