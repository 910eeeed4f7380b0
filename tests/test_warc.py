"""WARC archives written with warcio from pages made for the tests: pages with their record URL and
date, non-pages skipped and counted, damage found and reported after the pages before it, and
``eventwire run archive.warc.gz``."""

from __future__ import annotations

import gzip
import io
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from eventwire.ingest.warc import ArchiveStats, is_archive, iter_archive, read_archive
from eventwire.records import Article, RawDocument
from sources_pages import make_pages, write_warc

TESTS = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def pages():
    return make_pages(30, seed=5)


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory, pages) -> Path:
    path = tmp_path_factory.mktemp("warc") / "news.warc.gz"
    write_warc(path, pages, text_every=7)
    return path


def test_archive_names() -> None:
    assert all(is_archive(n) for n in ("a.warc", "a.warc.gz", "CC-NEWS-2024.WARC.GZ", "old.arc", "old.arc.gz"))
    assert not any(is_archive(n) for n in ("a.html", "a.gz", "warc.txt", "a.warc.bz2"))


def test_pages_keep_their_record_url_date_and_offset(archive: Path, pages) -> None:
    stats = ArchiveStats()
    docs = list(read_archive(str(archive), stats=stats))
    assert all(isinstance(d, RawDocument) for d in docs) and stats.damaged is None
    assert [d.url for d in docs] == [p.url() for p in pages]
    assert [d.fetched for d in docs] == [p.published for p in pages]
    assert docs[6].media_type.startswith("text/plain") and docs[6].data.decode() == pages[6].text()
    assert docs[0].data.decode() == pages[0].html()
    assert stats.pages == 30 and stats.records == 30 * 3 + 3 * 2
    assert stats.skipped == {"request record": 30, "metadata record": 30, "content type image/png": 3,
                             "HTTP status 404": 3}
    name, offset = docs[5].source.rsplit("@", 1)  # the offset finds the record again
    with open(name, "rb") as handle:
        handle.seek(int(offset))
        again = next(iter_archive(handle, name))
    assert isinstance(again, RawDocument) and again.url == docs[5].url


def test_an_uncompressed_archive_reads_the_same(tmp_path: Path, pages) -> None:
    plain = tmp_path / "news.warc"
    write_warc(plain, pages[:5], gzip=False)
    assert [d.url for d in read_archive(str(plain))] == [p.url() for p in pages[:5]]


def test_a_truncated_archive_gives_the_pages_before_the_damage_and_a_reason(archive: Path, pages,
                                                                                tmp_path: Path) -> None:
    data = archive.read_bytes()
    for cut in (0.5, 0.77):
        truncated = tmp_path / f"cut{cut}.warc.gz"
        truncated.write_bytes(data[:int(len(data) * cut)])
        stats = ArchiveStats()
        docs = list(read_archive(str(truncated), stats=stats))
        *kept, last = docs
        assert isinstance(last, Article) and last.status == "rejected"
        assert last.reason.startswith(f"[E520] {truncated}: truncated or corrupt from byte ")
        assert f"({len(kept)} pages kept)" in last.reason and stats.damaged
        assert [d.url for d in kept] == [p.url() for p in pages[:len(kept)]]
        assert 0 < len(kept) < len(pages)


def test_corrupt_bytes_and_files_that_are_no_archive(archive: Path, tmp_path: Path) -> None:
    data = bytearray(archive.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 200] = bytes(200)
    corrupt = tmp_path / "corrupt.warc.gz"
    corrupt.write_bytes(bytes(data))
    docs = list(read_archive(str(corrupt)))
    assert isinstance(docs[-1], Article) and "[E520]" in docs[-1].reason
    assert sum(isinstance(d, RawDocument) for d in docs) >= 10

    page = tmp_path / "page.warc"
    page.write_text("<html><body><p>A page saved under the wrong name.</p></body></html>")
    (only,) = list(read_archive(str(page)))
    assert "not a WARC or ARC archive" in only.reason
    (tmp_path / "empty.warc.gz").write_bytes(gzip.compress(b""))
    assert list(read_archive(str(tmp_path / "empty.warc.gz"))) == []
    (missing,) = list(read_archive(str(tmp_path / "missing.warc")))
    assert missing.reason.startswith("[E101]")


def test_a_page_above_the_size_cap_is_refused_and_the_next_ones_still_read(tmp_path: Path, pages) -> None:
    path = tmp_path / "big.warc.gz"
    write_warc(path, pages[:3], extra_records=False)
    limit = len(pages[1].html().encode()) - 1
    docs = list(iter_archive(io.BytesIO(path.read_bytes()), "big", max_bytes=limit))
    big = [d for d in docs if isinstance(d, Article)]
    assert len(docs) == 3 and len(big) >= 1 and all(d.reason.startswith("[E102]") for d in big)


def test_eventwire_run_stores_archive_pages_with_their_origin(archive: Path, tmp_path: Path, pages) -> None:
    truncated = tmp_path / "cut.warc.gz"
    truncated.write_bytes(archive.read_bytes()[: archive.stat().st_size * 2 // 3])
    db = tmp_path / "warc.duckdb"
    env = {**os.environ, "PYTHONPATH": str(TESTS)}
    env.pop("EVENTWIRE_DB", None)
    command = [sys.executable, "-m", "eventwire", "run", str(archive), str(truncated), "--db", str(db),
               "--coder", "store_fakes:code"]
    first = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    assert first.returncode == 0, first.stderr
    assert "[E520]" in first.stderr and "truncated or corrupt" in first.stderr
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute("SELECT source, url FROM articles WHERE status = 'ok' AND source LIKE ? ORDER BY url",
                           [f"{archive}@%"]).fetchall()
        copies = con.execute("SELECT count(*) FROM inputs WHERE source LIKE ?", [f"{truncated}@%"]).fetchall()
    finally:
        con.close()
    assert [u for _, u in rows] == sorted(p.url() for p in pages)
    assert copies[0][0] > 0  # the truncated copy's pages are inputs too, duplicates of stored articles
    again = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    assert again.returncode == 0 and "0 new articles, 0 new events" in again.stderr


def test_old_arc_files_are_read_too() -> None:
    """ARC (the Internet Archive's format before WARC) written by hand: warcio reads it as WARC."""
    desc = b"1 0 eventwire\nURL IP-address Archive-date Content-type Archive-length\n"
    data = b"filedesc://test.arc 0.0.0.0 20240301000000 text/plain %d\n" % len(desc) + desc + b"\n"
    for name, body in (("a", b"<html><p>one</p></html>"), ("b", b"<html><p>two</p></html>")):
        block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
        data += b"http://news.example.org/%s 93.184.216.34 20240301120000 text/html %d\n%s\n" % (
            name.encode(), len(block), block)
    docs = list(iter_archive(io.BytesIO(data), "old.arc"))
    assert [(d.url, d.fetched, d.data) for d in docs] == [
        ("http://news.example.org/a", "2024-03-01T12:00:00Z", b"<html><p>one</p></html>"),
        ("http://news.example.org/b", "2024-03-01T12:00:00Z", b"<html><p>two</p></html>")]
