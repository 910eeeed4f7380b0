"""Double-encoded UTF-8 is repaired when a page is decoded, and nothing else is touched.

The sentences are written for this test. The mojibake is made the way it arises in the wild: UTF-8
bytes read as Windows-1252 and written out again as UTF-8.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from eventwire import extract
from eventwire.coding import code_text, gate
from eventwire.ingest import decode_page
from eventwire.ingest.mojibake import repair_mojibake
from eventwire.records import RawDocument

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))


def garble(text: str) -> str:
    """What a tool that misreads UTF-8 as Windows-1252 makes of ``text`` (the five bytes
    Windows-1252 leaves undefined pass through as the control characters of the same number)."""
    import ftfy.bad_codecs  # noqa: F401  registers "sloppy-windows-1252"

    return text.encode("utf-8").decode("sloppy-windows-1252")


CLEAN = "The council’s chairman said “we will rebuild the bridge” — and the crowd cheered."


def test_garble_makes_the_sequences_seen_in_news_archives() -> None:
    assert "â€™" in garble(CLEAN) and "â€œ" in garble(CLEAN)


def test_double_encoded_quotes_and_dashes_are_restored() -> None:
    assert repair_mojibake(garble(CLEAN)) == CLEAN


@pytest.mark.parametrize("text", [
    "Plain ASCII news text, with 'straight' quotes and -- dashes.",
    CLEAN,
    "Der Bürgermeister von Köln äußerte sich am Dienstag.",
    "Le président a déclaré que l’accord était « historique ».",
    "Prices rose 5 % to €12 and ¥300; the index fell 3°.",
])
def test_correct_text_is_left_alone(text: str) -> None:
    assert repair_mojibake(text) == text


def test_a_garbled_no_break_space_becomes_a_space() -> None:
    garbled = "police fired" + garble("\u00a0") + "tear gas"
    assert repair_mojibake(garbled) == "police fired tear gas"


def test_decoding_a_page_repairs_it() -> None:
    page = decode_page(RawDocument(source="t.txt", data=garble(CLEAN).encode("utf-8")), max_bytes=10_000)
    assert page.text == CLEAN


def test_extracted_article_holds_the_repaired_text() -> None:
    body = ("The mayor’s office announced the closure of the old harbour on Monday. "
            "Officials said “repairs will take two years” and that ferries would move to the north pier.")
    article = extract(garble(body))
    assert article.status == "ok"
    assert "mayor’s office" in (article.body or "") and "â€" not in (article.body or "")


@pytest.fixture
def no_gate():
    gate.set_enabled(False)  # the rules themselves, whatever the learned gate keeps
    yield
    gate.set_enabled(None)


def test_the_possessor_of_a_repaired_possessive_is_a_party(no_gate: None) -> None:
    # before the repair "Kenyaâ€™s" was one token and the country was lost to the event
    text = repair_mojibake(garble("Kenya’s police arrested six men in Nairobi on Monday."))
    assert [a.code for e in code_text(text, published="2024-03-05") for a in e.actors] == ["KEN"]
    text = repair_mojibake(garble("The chief minister’s convoy was attacked by a mob on Monday."))
    assert any(r.text == "chief minister" for e in code_text(text, published="2024-03-05") for r in e.recipients)


def test_bench_spans_follow_the_repair() -> None:
    from events_data import _offset_map

    raw = garble("He said “going” and left. She stayed’s end.")
    fixed = repair_mojibake(raw)
    moved = _offset_map(raw, fixed)
    start = raw.index("She")
    assert fixed[moved(start, False):moved(len(raw), True)] == "She stayed’s end."
    assert fixed[moved(0, False):moved(raw.index(" She"), True)] == "He said “going” and left."
    # a boundary inside a repaired sequence: the start goes to the repaired character's start
    cut = raw.index("â€") + 2
    assert moved(cut, False) == fixed.index("“")
    assert moved(cut, True) == fixed.index("“") + 1
