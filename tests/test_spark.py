"""The Spark job on a real local[2] session: a WARC of 1,000 records gives exactly the events that
eventwire's own pipeline gives for the same pages, and a truncated copy is read up to the damage,
with the failure counted.

The expected events are computed here, in this process, by the functions ``eventwire code`` runs
(extract → enrich → code, :func:`eventwire.store.workers.process_chunk`), from the pages as
generated, with their URLs: not from the archive, so the WARC reader is checked as well.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from eventwire.ingest.warc import read_archive
from eventwire.records import RawDocument
from sources_pages import make_pages, write_warc

if shutil.which("java") is None:
    pytest.skip("Spark needs Java 17 or 21 on PATH (apt-get install openjdk-17-jre-headless); "
                "the Spark tests are skipped", allow_module_level=True)


@pytest.fixture(scope="session")
def spark():
    from eventwire.spark.session import spark_session

    session = spark_session("local[2]", "eventwire-tests")
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def expected_events(pages) -> dict[str, list[dict]]:
    """Events per page URL, as eventwire's pipeline codes the page fetched from that URL."""
    from eventwire.pipeline import ExtractOptions
    from eventwire.store.workers import process_chunk, resolve_coder

    raws = [RawDocument(source=p.url(), data=p.html().encode(), url=p.url(), media_type="text/html; charset=utf-8")
            for p in pages]
    coder, options = resolve_coder(None), ExtractOptions()
    out: dict[str, list[dict]] = {}
    for start in range(0, len(raws), 16):
        chunk = raws[start:start + 16]
        for raw, (article, events) in zip(chunk, process_chunk(chunk, coder, options)):
            assert article.ok, article.reason
            out[raw.url] = sorted((e.to_dict() for e in events), key=lambda e: e["id"])
    return out


def mid_record_cut(path: Path) -> int:
    """A byte offset in the middle of the compressed body of a record ~45% into the archive.

    Why not simply 45% of the file: a cut that lands in the last few bytes of a gzip member (its
    CRC trailer) leaves every record whole, which no reader can tell from a shorter archive.
    """
    from warcio.archiveiterator import ArchiveIterator

    size = path.stat().st_size
    with open(path, "rb") as handle:
        archive = ArchiveIterator(handle)
        for record in archive:
            record.content_stream().read()
            if archive.offset >= size * 45 // 100:
                start = archive.offset
                break
        for _ in archive:  # the next record's start is where this one ends
            return start + (archive.offset - start) // 2
    raise AssertionError("the archive is too short to cut")


def test_spark_codes_a_thousand_record_warc_like_eventwire_and_counts_the_damage(spark, tmp_path: Path) -> None:
    import pyarrow.dataset as ds

    from eventwire.spark.job import EventJob, output_schema
    from eventwire.store.rows import event_from_row

    pages = make_pages(160, seed=13)
    full = tmp_path / "CC-NEWS-20240301-00000.warc.gz"
    assert write_warc(full, pages, total=1000) == 1000
    (tmp_path / "truncated").mkdir()
    truncated = tmp_path / "truncated" / "CC-NEWS-20240301-00001.warc.gz"
    truncated.write_bytes(full.read_bytes()[: mid_record_cut(full)])
    before_damage = [d for d in read_archive(str(truncated)) if isinstance(d, RawDocument)]
    assert 0 < len(before_damage) < len(pages)
    manifest = tmp_path / "manifest.txt"
    manifest.write_text(f"# two archives, one damaged\n{full}\ntruncated/{truncated.name}\n")
    out = tmp_path / "events"

    counters = EventJob().run(["--input", str(manifest), "--output", str(out), "--input_base_url", f"file://{tmp_path}",
                               "--num_input_partitions", "2"], spark=spark)

    table = ds.dataset(str(out), format="parquet", partitioning="hive").to_table()
    assert set(output_schema().names) <= set(table.column_names)
    rows = table.to_pylist()
    got: dict[str, dict[str, list[dict]]] = {str(full): {}, f"file://{truncated}": {}}
    for row in rows:
        archive = row["source"].rsplit("@", 1)[0]
        got[archive].setdefault(row["record_url"], []).append(event_from_row(row).to_dict())
        page = pages[int(row["record_url"].rsplit("-", 1)[1])]
        assert row["fetched"] == page.published and str(row["crawl_date"]) == page.published[:10]
    for events in (e for per_archive in got.values() for e in per_archive.values()):
        events.sort(key=lambda e: e["id"])

    expected = expected_events(pages)
    assert got[str(full)] == {url: events for url, events in expected.items() if events}
    kept = {d.url for d in before_damage}
    assert got[f"file://{truncated}"] == {url: events for url, events in expected.items() if events and url in kept}

    assert counters["warc_input_processed"] == 1 and counters["warc_input_failed"] == 1
    assert counters["records_failed"] == 1  # the damage; every page that was read was coded
    assert counters["documents_extracted"] == len(pages) + len(before_damage)
    # the cut record was started (its header read) and failed: neither skipped nor extracted
    assert counters["records_skipped"] == (counters["records_processed"] - counters["documents_extracted"]
                                           - counters["records_failed"])
    assert 1000 < counters["records_processed"] < 1500
    assert counters["events_coded"] == len(rows) > len(pages)
    assert 1 <= counters["model_loads"] <= 2  # once per Python worker of local[2], however many tasks
