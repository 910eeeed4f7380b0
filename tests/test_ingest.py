"""Ingest: inputs are expanded, capped and sniffed from their bytes, never from their names."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from eventwire.errors import BinaryInput, EmptyInput, InputNotFound, InputTooLarge, UndecodableInput
from eventwire.ingest import decode_page, discover, read_input
from eventwire.records import RawDocument

PAGE = "<!DOCTYPE html><html><head><title>Talks</title></head><body><p>Envoys met in Geneva.</p></body></html>"
DUMP = "Envoys meet in Geneva\n\n3 March 2022\n\nDiplomats from both sides met on Thursday for a second round of talks.\n"


def decode(data: bytes, **kw: object) -> object:
    return decode_page(RawDocument(source="doc", data=data, **kw), max_bytes=1_000_000)  # type: ignore[arg-type]


def test_html_and_plain_text_are_told_apart_by_content() -> None:
    assert decode(PAGE.encode()).format == "html"
    assert decode(DUMP.encode()).format == "text"
    # a dump mentioning a tag in prose stays text
    assert decode(b"Officials said the <p> tag was irrelevant to the talks in Geneva.\n" * 3).format == "text"
    # a fragment without <html> but full of tags is HTML
    fragment = "".join(f"<p>Paragraph {i} of the report.</p>" for i in range(6))
    assert decode(fragment.encode()).format == "html"


def test_gzip_is_unpacked() -> None:
    page = decode(gzip.compress(DUMP.encode()))
    assert "second round of talks" in page.text


def test_gzip_bomb_is_refused_by_the_size_cap() -> None:
    bomb = gzip.compress(b"a" * 5_000_000)
    with pytest.raises(InputTooLarge):
        decode_page(RawDocument(source="bomb.gz", data=bomb), max_bytes=1_000_000)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"%PDF-1.7\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (b"PK\x03\x04\x14\x00", "ZIP"),
        (b"\x7fELF\x02\x01\x01", "executable"),
        (b"abc\x00\x01\x02def" * 10, "NUL"),
    ],
)
def test_binary_files_are_rejected_with_what_they_are(data: bytes, words: str) -> None:
    with pytest.raises(BinaryInput, match=words):
        decode(data)


@pytest.mark.parametrize("data", [b"", b"   \n\t\n  "])
def test_empty_input_is_reported_as_empty(data: bytes) -> None:
    with pytest.raises(EmptyInput):
        decode(data)


def test_declared_charset_is_honoured() -> None:
    html = '<html><head><meta charset="iso-8859-1"></head><body><p>Zürich, Genève</p></body></html>'
    page = decode(html.encode("latin-1"))
    assert "Zürich, Genève" in page.text
    assert page.encoding == "iso8859-1"


def test_valid_utf8_wins_over_a_stale_declared_legacy_charset() -> None:
    # A page re-encoded to UTF-8 by a proxy that kept its old <meta charset>.
    html = ('<html><head><meta charset="iso-8859-1"></head><body>'
            '<p>Die Gebühren für Kühe in Zürich steigen.</p></body></html>')
    page = decode(html.encode("utf-8"))
    assert "Gebühren für Kühe in Zürich" in page.text
    assert page.encoding == "utf-8"


def test_declared_charset_is_kept_for_pure_ascii_bytes() -> None:
    html = '<html><head><meta charset="windows-1252"></head><body><p>plain words</p></body></html>'
    assert decode(html.encode("ascii")).encoding == "cp1252"


def test_undeclared_legacy_encoding_is_detected() -> None:
    text = ("Die Außenminister trafen sich am Donnerstag in München, um über die Lage "
            "in der Ukraine zu beraten. Größere Fortschritte blieben aus.\n") * 4
    page = decode(text.encode("cp1252"))
    assert "Außenminister" in page.text and "München" in page.text


def test_utf16_with_bom_is_decoded() -> None:
    page = decode(DUMP.encode("utf-16"))
    assert page.text.startswith("Envoys meet in Geneva")


def test_mostly_undecodable_bytes_are_rejected() -> None:
    with pytest.raises((UndecodableInput, BinaryInput)):
        decode(bytes(range(128, 256)) * 50)


def test_files_above_the_cap_are_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.html"
    big.write_bytes(b"x" * 2048)
    with pytest.raises(InputTooLarge, match="--max-bytes"):
        read_input(str(big), max_bytes=1024)
    assert read_input(str(big), max_bytes=4096).data == b"x" * 2048


def test_discover_expands_directories_and_globs_in_order(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("b")
    (tmp_path / "a.html").write_text("a")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text("c")
    (tmp_path / ".hidden").write_text("h")
    found = list(discover([str(tmp_path)]))
    assert [Path(p).name for p in found] == ["a.html", "b.txt", "c.txt"]  # type: ignore[arg-type]
    globbed = list(discover([str(tmp_path / "*.txt")]))
    assert [Path(p).name for p in globbed] == ["b.txt"]  # type: ignore[arg-type]


def test_discover_yields_an_error_for_each_missing_input_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("a")
    found = list(discover([str(tmp_path / "missing.txt"), str(tmp_path / "*.none"), str(tmp_path / "a.txt")]))
    assert isinstance(found[0], InputNotFound) and "no such file" in found[0].message
    assert isinstance(found[1], InputNotFound) and "no file matches" in found[1].message
    assert found[2] == str(tmp_path / "a.txt")
