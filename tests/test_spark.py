"""The Spark job on a real local[2] session: a WARC of 1,000 records gives exactly the events that
eventwire's own pipeline gives for the same pages, and a truncated copy is read up to the damage,
with the failure counted.

The expected events are computed here, in this process, by the functions ``eventwire code`` runs
(extract → enrich → code, :func:`eventwire.store.workers.process_chunk`), from the pages as
generated, with their URLs: not from the archive, so the WARC reader is checked as well.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
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
    assert counters["task_cpu_ms"] > 0


@pytest.mark.slow
def test_spark_submit_runs_the_job_file_as_the_docs_say(tmp_path: Path) -> None:
    """``spark-submit job.py manifest out/`` with eventwire's environment first on PATH, as in docs/spark.md."""
    import pyarrow.dataset as ds

    import eventwire.spark.job as job

    pages = make_pages(4, seed=17)
    write_warc(tmp_path / "a.warc.gz", pages)
    (tmp_path / "manifest.txt").write_text(f"{tmp_path / 'a.warc.gz'}\n")
    bin_dir = os.path.dirname(sys.executable)
    env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", ""), "SPARK_LOCAL_IP": "127.0.0.1"}
    for name in ("PYSPARK_PYTHON", "PYSPARK_DRIVER_PYTHON", "PYSPARK_GATEWAY_PORT", "SPARK_HOME"):
        env.pop(name, None)
    done = subprocess.run([os.path.join(bin_dir, "spark-submit"), "--master", "local[1]", "--conf",
                           "spark.ui.enabled=false", job.__file__, "manifest.txt", "out"],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    said = done.stdout + done.stderr  # spark-submit sends its Python driver's stderr to stdout
    assert done.returncode == 0, said[-3000:]
    assert "documents_extracted = 4" in said and "warc_input_processed = 1" in said
    rows = ds.dataset(str(tmp_path / "out"), format="parquet", partitioning="hive").to_table().to_pylist()
    assert rows and {r["record_url"] for r in rows} <= {p.url() for p in pages}
