"""People outside the officeholder categories: regional chief ministers, chiefs of defence, business
leaders, activists and opposition leaders (tools/actor_sources/public_figures.tsv), read by date.
The table's tidiness is checked beside officeholders.tsv's (test_actor_officeholders)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.nlp.actors import resolve_actor_text


@pytest.mark.parametrize("text, when, code, sector", [
    ("Mamata Banerjee", date(2021, 5, 10), "IND", "GOV"),        # a state chief minister
    ("Naveen Patnaik", date(2025, 1, 10), "IND", "PTY"),         # then leader of the opposition
    ("General Carsten Breuer", date(2024, 2, 1), "DEU", "MIL"),  # a chief of defence
    ("Jeff Bezos", date(2020, 1, 1), "USA", "BUS"),
    ("Greta Thunberg", date(2019, 9, 23), "SWE", "CVL"),
    ("Nelson Chamisa", date(2023, 8, 1), "ZWE", "PTY"),
    ("Governor Sergei Sobyanin", date(2022, 3, 1), "RUS", "GOV"),  # an alias, the title agrees
])
def test_public_figure(text: str, when: date, code: str, sector: str) -> None:
    actor = resolve_actor_text(text, anchor=when)
    assert actor is not None
    assert (actor.code, actor.sector) == (code, sector)

