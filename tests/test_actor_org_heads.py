"""Eighth-session head nouns of organisation names (actor_resolve.NAMED_HEADS, MEMBER_BODIES;
tools/actor_sources/agents_extra.tsv): a capitalised name ending in Union, Association, Council,
Foundation, Front, Movement, Alliance or Coalition, or a newspaper's title word, is an organisation of
that kind; a body of members takes its members' kind; alone or in lower case the head names nothing.

Every phrase here was written for these tests (names invented where no real one is meant).
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.nlp.actors import resolve_actor_text


@pytest.mark.parametrize("text, code, sector", [
    ("the Kalvora Mineworkers Union", None, "LAB"),
    ("National Union of Mineworkers", None, "LAB"),
    ("Union of Journalists", None, "LAB"),
    ("Farmers Union", None, "AGR"),                         # the members' kind names the body
    ("Teachers Association", None, "EDU"),
    ("the Muslim Council of Britain", "GBR", "REL"),
    ("the Mountain Patriotic Front", None, "PTY"),
    ("Popular Front for Renewal", None, "PTY"),
    ("the Coastal Liberation Front", None, "REB"),         # NGEC's "liberation front"
    ("United Democratic Movement", None, "PTY"),
    ("the Freedom Alliance", None, "PTY"),                 # not Alliance, Nebraska
    ("National Coalition for Reform", None, "PTY"),
    ("the Okonkwo Foundation", None, "NGO"),
    ("the Daily Post", None, "JRN"),
    ("Kenya Broadcasting Corporation", "KEN", "JRN"),
    ("Nairobi County Assembly", "KEN", "LEG"),
    ("the Africa Union", "IGO", None),                     # a common misspelling of the African Union
    ("the European Union", "EU", None),                    # a known name wins over its head noun
    ("the ruling coalition", None, "GOV"),                 # NGEC's own phrase
    ("trade unions", None, "LAB"),
    ("hoodlums", None, "CRM"),
    ("offenders", None, "CRM"),
    ("locals", None, "CVL"),
    ("agricultural workers", None, "AGR"),                 # farm work, as NGEC's "farm worker"
    ("displaced Syrians", "SYR", "REF"),
    ("human rights defenders", None, "NGO"),
])
def test_head_nouns(text: str, code: str | None, sector: str | None) -> None:
    actor = resolve_actor_text(text)
    assert actor is not None
    assert (actor.code, actor.sector) == (code, sector)


@pytest.mark.parametrize("text", ["the Union", "the Movement", "a movement", "a coalition"])
def test_a_head_alone_names_nothing(text: str) -> None:
    assert resolve_actor_text(text) is None


@pytest.mark.parametrize("day, sector", [(date(2023, 5, 1), "REB"), (date(2025, 3, 1), "GOV")])
def test_an_armed_group_that_took_power(day: date, sector: str) -> None:
    """organisations.tsv's fifth column: Hayat Tahrir al-Sham governs Syria from December 2024."""
    actor = resolve_actor_text("Hayat Tahrir al-Sham", anchor=day)
    assert actor is not None
    assert (actor.code, actor.sector) == ("SYR", sector)


@pytest.mark.parametrize("sentence, text, code, sector", [
    ("The Department of Education suspended the grants.", "Department of Education", None, "GOV"),
    ("The National Union of Mineworkers threatened a strike.", "National Union of Mineworkers", None, "LAB"),
    ("Bosnian Serbs protested on Sunday.", "Bosnian Serbs", "BIH", None),   # one people, not two countries
    ("The Africa Union condemned the coup.", "Africa Union", "IGO", None),
])
def test_mentions_in_an_article(sentence: str, text: str, code: str | None, sector: str | None) -> None:
    from eventwire.nlp.actors import find_actors
    from eventwire.nlp.parse import parse

    actors = find_actors(parse(sentence), [], date(2023, 5, 1))
    assert any((a.text, a.code, a.sector) == (text, code, sector) for a in actors), [(a.text, a.code) for a in actors]
