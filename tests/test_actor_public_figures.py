"""People outside the officeholder categories: regional chief ministers, chiefs of defence, business
leaders, activists and opposition leaders (tools/actor_sources/public_figures.tsv), read by date."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from eventwire.nlp.actors import resolve_actor_text

TABLE = Path(__file__).resolve().parents[1] / "tools" / "actor_sources" / "public_figures.tsv"


@pytest.mark.parametrize("text, when, code, sector", [
    ("Mamata Banerjee", date(2021, 5, 10), "IND", "GOV"),        # a state chief minister
    ("Naveen Patnaik", date(2025, 1, 10), "IND", "ELI"),         # after his office ended
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


def test_public_figures_table_is_tidy() -> None:
    """Six fields, month dates, an end after the start, sorted by code, name and start."""
    rows = [line.split("\t") for line in TABLE.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    for row in rows:
        assert len(row) == 6, row
        _, _, code, sector, start, end = row
        assert re.fullmatch(r"\d{4}-\d{2}", start), row
        assert end == "" or (re.fullmatch(r"\d{4}-\d{2}", end) and end >= start), row
        assert re.fullmatch(r"[A-Z]{3}", code) and re.fullmatch(r"[A-Z]{3}", sector), row
    assert rows == sorted(rows, key=lambda r: (r[2], r[0], r[4]))
