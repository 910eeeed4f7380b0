"""Ministers, legislators and regional heads by country (tools/actor_sources/cabinets_and_regions.tsv).
Phrases written for these tests; facts real."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventwire.nlp.actors import resolve_actor_text

TABLE = Path(__file__).resolve().parents[1] / "tools" / "actor_sources" / "cabinets_and_regions.tsv"


@pytest.mark.parametrize("text, day, code, sector", [
    ("Anton Siluanov", date(2022, 6, 1), "RUS", "GOV"),
    ("Governor Gleb Nikitin", date(2023, 2, 1), "RUS", "GOV"),   # the title alone gave no country
    ("Valentina Matviyenko", date(2023, 2, 1), "RUS", "LEG"),
    ("Gennady Zyuganov", date(2021, 9, 1), "RUS", "PTY"),
    ("Senator Susan Collins", date(2022, 6, 1), "USA", "LEG"),
    ("Pete Buttigieg", date(2022, 6, 1), "USA", "GOV"),
    ("Pete Buttigieg", date(2025, 6, 1), "USA", "ELI"),            # out of office in January 2025
    ("Mitt Romney", date(2023, 6, 1), "USA", "LEG"),
])
def test_officials_on_the_date(text: str, day: date, code: str, sector: str) -> None:
    actor = resolve_actor_text(text, anchor=day)
    assert actor is not None
    assert (actor.code, actor.sector) == (code, sector)


def test_table_is_tidy() -> None:
    rows = [line.split("\t") for line in TABLE.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    assert rows == sorted(rows, key=lambda r: (r[2], r[0], r[4]))
    for name, _aliases, code, sector, start, end in rows:
        assert len(code) == 3 and sector in {"GOV", "LEG", "PTY", "MIL", "COP", "JUD", "SPY"}, name
        assert len(start) == 7 and (not end or start < end), name
