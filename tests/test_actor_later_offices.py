"""Later offices of former office-holders (tools/actor_sources/later_offices.tsv): a former head of
government who sits in parliament is LEG and one who leads a party PTY, as NGEC codes a person by the
office current on the date; ELI only when no office is. Phrases written for these tests; facts real.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventwire.nlp.actors import resolve_actor_text

SOURCES = Path(__file__).resolve().parents[1] / "tools" / "actor_sources"
LEADER_TABLES = ("leaders.tsv", "officeholders.tsv", "public_figures.tsv", "earlier_offices.tsv",
                 "spokespeople_governors.tsv")


@pytest.mark.parametrize("text, day, code, sector", [
    ("Theresa May", date(2018, 3, 1), "GBR", "GOV"),
    ("Theresa May", date(2021, 6, 1), "GBR", "LEG"),       # a backbench MP after Downing Street
    ("Boris Johnson", date(2022, 9, 6), "GBR", "GOV"),     # his last day in office
    ("Boris Johnson", date(2023, 1, 10), "GBR", "LEG"),
    ("Boris Johnson", date(2024, 1, 10), "GBR", "ELI"),    # out of the Commons from June 2023
    ("Shinzo Abe", date(2021, 5, 1), "JPN", "LEG"),
    ("Imran Khan", date(2023, 1, 15), "PAK", "PTY"),       # chairman of his party, out of office
    ("Mahinda Rajapaksa", date(2022, 8, 1), "LKA", "LEG"),
    ("Lars Løkke Rasmussen", date(2023, 5, 1), "DNK", "GOV"),  # foreign minister from December 2022
    ("Angela Merkel", date(2023, 5, 1), "DEU", "ELI"),     # no later office: a former official
])
def test_office_on_the_date(text: str, day: date, code: str, sector: str) -> None:
    actor = resolve_actor_text(text, anchor=day)
    assert actor is not None
    assert (actor.code, actor.sector) == (code, sector)


def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in (SOURCES / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def test_table_is_tidy_and_follows_the_earlier_offices() -> None:
    earlier: dict[str, list[list[str]]] = {}
    for table in LEADER_TABLES:
        for row in _rows(table):
            earlier.setdefault(row[0], []).append((row + [""] * 6)[:6])
    rows = _rows("later_offices.tsv")
    assert rows == sorted(rows, key=lambda r: (r[2], r[0], r[4]))
    for name, _aliases, code, sector, start, end in rows:
        assert name in earlier, name                      # a later office of someone the tables name
        assert sector in {"GOV", "LEG", "PTY", "OPP"}
        assert not end or start < end
        # No later office overlaps an earlier one, not even on the day or in the month it ended.
        for other in earlier[name]:
            other_end = other[5] or "9999"
            overlaps = other[4] <= start < other_end
            same_month = start[:7] == other_end[:7]
            assert not overlaps and (not same_month or start > other_end), name
