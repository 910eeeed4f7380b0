"""A town is where something happened, not whom it was done to, unless the actor came from
another country; a whole country still stands for its state (CAMEO's practice).

Every sentence here was written for these tests.
"""

from __future__ import annotations

import pytest

from eventwire.coding.coder import code_annotated
from eventwire.nlp import annotate
from eventwire.records import Article


def annotated(text: str):
    return annotate(Article(doc_id="t", source="test", status="ok", body=text, published="2026-11-20"))


def recipients(text: str) -> list[tuple[str, str | None]]:
    return [(r.text, r.code) for e in code_annotated(annotated(text)) for r in e.recipients]


@pytest.mark.parametrize("text", [
    "Police made three arrests in Dayton on Saturday.",
    "Officers seized a rifle at a home in Fresno.",
])
def test_a_town_where_it_happened_is_no_recipient(text: str) -> None:
    assert recipients(text) == []


@pytest.mark.parametrize("text, code", [
    ("Israeli jets struck targets in Gaza.", "PSE"),
    ("The government lifted the curfew in Montenegro.", "MNE"),
    ("The United States sent weapons to Pakistan.", "PAK"),
])
def test_a_country_or_a_foreign_actor_s_target_still_is(text: str, code: str) -> None:
    assert code in [c for _, c in recipients(text)]


def test_a_named_political_actor_s_act_in_a_town_addresses_its_state() -> None:
    assert "NGA" in [c for _, c in recipients("The governor threatened to close every market in Kano.")]
