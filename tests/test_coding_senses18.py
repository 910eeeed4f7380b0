"""Types and newsworthiness, eighteenth session: violence by lawless doers ("miscreants", "a gang of goons") set
in communal strife is political violence, while robbery and ordinary crime stay out; pressing on or
pushing to do something oneself is no demand; a book or a sketch "released" is published, not freed. Every sentence
is written for this test."""

from __future__ import annotations

from test_coding_parties import _no_gate  # noqa: F401
from test_coding_senses16 import PUBLISHED

from eventwire.coding import code_text


def _typed(text: str) -> list[tuple[str, bool, list[str]]]:
    return [(e.event, e.modality.negated, [a.sector or "" for a in e.actors])
            for e in code_text(text, published=PUBLISHED)]


def test_arson_by_miscreants_is_an_attack() -> None:
    found = _typed("Two shops were set ablaze by miscreants in the old city on Sunday.")
    assert any(kind == "ASSAULT" and "CRM" in sectors for kind, _, sectors in found)
    found = _typed("A group of miscreants set fire to a bus near the railway station after the curfew was relaxed.")
    assert any(kind == "ASSAULT" for kind, _, _ in found)


def test_lawless_doers_in_a_riot_are_political_violence() -> None:
    found = _typed("Miscreants stabbed a vegetable vendor during the communal riots in the walled city.")
    assert any(kind == "ASSAULT" for kind, _, _ in found)
    found = _typed("Unidentified assailants attacked the temple priest amid communal tension in the town.")
    assert any(kind == "ASSAULT" for kind, _, _ in found)


def test_robbery_and_ordinary_crime_stay_out() -> None:
    assert not _typed("A robber fired at the shopkeeper before snatching the cash box and escaping.")
    assert not _typed("Criminals shot a jeweller dead in his shop and fled with the jewellery.")
    assert not _typed("The thief smashed a ticket machine while trying to break into it, the police said.")
    assert not any(kind == "ASSAULT" for kind, _, _ in _typed("Vandals struck several parked cars overnight."))


def test_pressing_on_is_no_demand() -> None:
    for text in ("Government troops pressed into the rebel-held valley for a third day.",
                 "Soldiers were pushing to break the enemy line near the river."):
        assert not any(kind == "REQUEST" for kind, _, _ in _typed(text))
    # a demand made of someone stays one
    assert any(kind == "REQUEST" for kind, _, _ in _typed("Western governments are pushing Iran to accept inspections."))
    assert any(kind == "REQUEST" for kind, _, _ in _typed("The minister was pressed to resign by his own party."))


def test_a_book_released_is_published_not_freed() -> None:
    text = "The book on the floods had already been released by the prime minister in Delhi last month."
    assert not any(kind == "RETREAT" for kind, _, _ in _typed(text))
    assert any(kind == "RETREAT" for kind, _, _ in _typed("The hostages were released by the rebels after talks."))
