"""Code the pages of many WARC archives on Spark and write the events as one Parquet table.

The job follows commoncrawl/cc-pyspark's shape, so people who ran one of its jobs know this one:
a manifest of WARC paths (local, ``file://``, ``http(s)://``, ``s3://``; relative ones joined to
``--input_base_url``), one line per archive spread over ``--num_input_partitions``, records
processed per partition, snake_case options, accumulators logged at the end. Unlike its word
counts, ours is map-only: each page goes through the same extract → enrich → code functions as
``eventwire run`` (:func:`eventwire.store.workers.process_chunk`), and each event becomes one row
of the store's flat event layout (:data:`eventwire.store.rows.EVENT_SCHEMA`, the columns of
``eventwire events --format parquet``) plus where it came from: ``source`` (``archive@offset``),
``record_url``, ``fetched`` (WARC-Date) and ``crawl_date``, the partition column.

Why partition by the capture day rather than the event day: a month of CC-NEWS then writes
about thirty partitions of even size, and re-running one month's archives replaces exactly that
month (``partitionOverwriteMode=dynamic``); the event's own day stays a column (``event_date``)
for filters. Events are deduplicated downstream by ``id`` (the store's idempotent ids).

Each Python worker loads the spaCy model once (Spark reuses Python workers between tasks) and
counts it in ``model_loads``. A damaged archive yields its records up to the damage, then counts
in ``warc_input_failed`` and ``records_failed``; no archive or page ever fails the task.

    spark-submit $(python -c 'import eventwire.spark.job as j; print(j.__file__)') manifest.txt out/
    python -m eventwire.spark --input manifest.txt --output out/ --master 'local[2]'
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO, Any

import pyarrow as pa

from eventwire.pipeline import ExtractOptions
from eventwire.records import Article, Event, RawDocument

log = logging.getLogger("eventwire.spark")

COUNTERS = ("warc_input_processed", "warc_input_failed", "records_processed", "records_skipped", "records_failed",
            "documents_extracted", "documents_empty", "events_coded", "model_loads", "task_cpu_ms")
_DROPPED = ("story_id", "story_events", "story_articles", "story_sources", "run_id")
_ORIGIN = [("source", pa.string()), ("record_url", pa.string()), ("fetched", pa.string()),
           ("crawl_date", pa.string())]
CHUNK = 16       # pages per pipeline call (one spaCy batch)
ROWS = 1024      # event rows per Arrow batch handed back to Spark


def output_schema() -> pa.Schema:
    """The Parquet table's columns: the store's event row without story columns, plus the origin."""
    from eventwire.store.rows import EVENT_SCHEMA

    kept = [f for f in EVENT_SCHEMA if f.name not in _DROPPED]
    return pa.schema(kept + [pa.field(name, kind) for name, kind in _ORIGIN])


@dataclass
class Settings:
    """What each task needs to know; small and picklable, shipped with the task."""

    coder: str | None = None
    max_bytes: int = ExtractOptions.max_bytes
    local_temp_dir: str | None = None


class Counters:
    """The job's accumulators: created on the driver, added to by the tasks, logged at the end."""

    def __init__(self, context: Any) -> None:
        for name in COUNTERS:
            setattr(self, name, context.accumulator(0))

    def values(self) -> dict[str, int]:
        return {name: int(getattr(self, name).value) for name in COUNTERS}


class _LocalCounts:
    """Counts of one task, added to the accumulators once at its end (fewer updates to ship)."""

    def __init__(self) -> None:
        self.counts = dict.fromkeys(COUNTERS, 0)

    def flush(self, counters: Counters | None) -> None:
        if counters is None:
            return
        for name, value in self.counts.items():
            if value:
                getattr(counters, name).add(value)
        self.counts = dict.fromkeys(COUNTERS, 0)


# --- reading archives --------------------------------------------------------------------------------

@contextmanager
def open_warc(path: str, local_temp_dir: str | None = None) -> Iterator[IO[bytes]]:
    """A readable stream for a manifest entry: a local path, file://, http(s):// or s3://.

    Remote archives are copied to a temporary file first (as cc-pyspark does), so a dropped
    connection fails that archive cleanly instead of cutting records in the middle.
    """
    if path.startswith("file://"):
        path = path[len("file://"):]
    if "://" not in path:
        with open(path, "rb") as handle:
            yield handle
        return
    with tempfile.TemporaryFile(dir=local_temp_dir, suffix=".warc") as spool:
        if path.startswith(("http://", "https://")):
            import httpx

            with httpx.stream("GET", path, timeout=60.0, follow_redirects=True) as response:
                response.raise_for_status()
                for block in response.iter_raw():
                    spool.write(block)
        elif path.startswith("s3://"):
            try:
                import boto3  # type: ignore[import-not-found]
            except ImportError as exc:
                raise OSError("s3:// paths need boto3 on the executors (pip install boto3)") from exc
            bucket, _, key = path[len("s3://"):].partition("/")
            boto3.client("s3").download_fileobj(bucket, key, spool)
        else:
            raise OSError(f"{path}: unsupported scheme (use a local path, file://, http(s):// or s3://)")
        spool.seek(0)
        yield spool


def _pages(path: str, settings: Settings, counts: _LocalCounts) -> Iterator[RawDocument | Article]:
    """The pages of one archive; an archive that cannot be opened or is damaged counts as failed."""
    from eventwire.errors import InputNotFound
    from eventwire.ingest.warc import ArchiveStats, iter_archive
    from eventwire.pipeline import failed_article

    stats = ArchiveStats()
    try:
        with open_warc(path, settings.local_temp_dir) as stream:
            yield from iter_archive(stream, path, max_bytes=settings.max_bytes, stats=stats)
    except Exception as exc:  # noqa: BLE001 - one bad archive must not fail the task
        log.warning("%s: cannot be read: %s", path, exc)
        stats.damaged = stats.damaged or str(exc)
        yield failed_article(path, InputNotFound(f"{path}: cannot be read ({exc})"))
    counts.counts["records_processed"] += stats.records
    counts.counts["records_skipped"] += sum(stats.skipped.values())
    counts.counts["warc_input_failed" if stats.damaged else "warc_input_processed"] += 1


# --- processing ------------------------------------------------------------------------------------------

def _ensure_model(counts: _LocalCounts) -> None:
    """Load the spaCy model once per Python worker (reused across tasks) and count each load."""
    from eventwire.nlp import load_pipeline

    if load_pipeline.cache_info().currsize == 0:
        load_pipeline()
        counts.counts["model_loads"] += 1


def event_rows(raw: RawDocument | Article, article: Article, events: list[Event]) -> list[dict[str, Any]]:
    """The output rows of one page's events: the store's event row, and the page's origin."""
    from eventwire.store.rows import article_row
    from eventwire.store.rows import event_rows as store_event_rows

    row = article_row(article, num_events=len(events), run_id=None)
    origin_url = raw.url if isinstance(raw, RawDocument) else article.url
    fetched = raw.fetched if isinstance(raw, RawDocument) else None
    out = []
    for event in events:
        values = store_event_rows(event, article=row, run_id=None)[0]
        for name in _DROPPED:
            values.pop(name, None)
        values.update(source=article.source, record_url=origin_url, fetched=fetched,
                      crawl_date=(fetched or "")[:10] or None)
        out.append(values)
    return out


def process_paths(paths: Iterable[str], settings: Settings, counters: Counters | None = None
                  ) -> Iterator[list[dict[str, Any]]]:
    """Event rows of every page of every archive, in batches; counts what happened on the way."""
    from eventwire.store.workers import resolve_coder

    coder = resolve_coder(settings.coder)
    options = ExtractOptions(max_bytes=settings.max_bytes)
    counts = _LocalCounts()
    rows: list[dict[str, Any]] = []
    cpu = time.process_time()  # this Python worker's CPU: what the pages cost, however loaded the machine
    try:
        for path in paths:
            chunk: list[RawDocument | Article] = []
            for item in _pages(path, settings, counts):
                chunk.append(item)
                if len(chunk) >= CHUNK:
                    rows += _process(chunk, coder, options, counts)
                    chunk = []
                if len(rows) >= ROWS:
                    yield rows
                    rows = []
            if chunk:
                rows += _process(chunk, coder, options, counts)
        if rows:
            yield rows
    finally:
        counts.counts["task_cpu_ms"] += round((time.process_time() - cpu) * 1000)
        counts.flush(counters)


def _process(chunk: list[RawDocument | Article], coder: Any, options: ExtractOptions,
             counts: _LocalCounts) -> list[dict[str, Any]]:
    from eventwire.store.workers import process_chunk

    if any(isinstance(item, RawDocument) for item in chunk):
        _ensure_model(counts)
    rows = []
    for item, (article, events) in zip(chunk, process_chunk(chunk, coder, options)):
        if article.ok:
            counts.counts["documents_extracted"] += 1
        elif article.status == "empty":
            counts.counts["documents_empty"] += 1
        else:
            counts.counts["records_failed"] += 1
            log.info("%s", article.reason)
        counts.counts["events_coded"] += len(events)
        rows += event_rows(item, article, events)
    return rows


# --- the job ---------------------------------------------------------------------------------------------

class EventJob:
    """cc-pyspark's job shape: arguments, a session, one map over the manifest, counters at the end."""

    name = "eventwire-events"

    def parser(self) -> argparse.ArgumentParser:
        p = argparse.ArgumentParser(prog="python -m eventwire.spark", description=__doc__.split("\n\n")[0])
        p.add_argument("input_manifest", nargs="?", help="text file of WARC paths or URLs, one a line")
        p.add_argument("output_dir", nargs="?", help="directory of the Parquet table (partitioned by crawl_date)")
        p.add_argument("--input", dest="input_alias", help="the manifest (same as the first argument)")
        p.add_argument("--output", dest="output_alias", help="the output directory (same as the second argument)")
        p.add_argument("--input_base_url", default="", help="prefix for relative manifest paths, e.g. "
                       "https://data.commoncrawl.org/ or s3://commoncrawl/")
        p.add_argument("--num_input_partitions", type=int, default=0,
                       help="partitions of the manifest (default: one per archive, at most 10000)")
        p.add_argument("--num_output_partitions", type=int, default=0, help="coalesce to this many before writing")
        p.add_argument("--output_format", default="parquet", choices=("parquet", "orc", "json"))
        p.add_argument("--output_compression", default="zstd")
        p.add_argument("--output_option", action="append", default=[], metavar="KEY=VALUE",
                       help="extra option of the writer; repeatable")
        p.add_argument("--local_temp_dir", default=None, help="where remote archives are copied while read")
        p.add_argument("--log_level", default="WARN", help="Spark's log level (INFO, WARN, ERROR)")
        p.add_argument("--master", default=None, help="Spark master when run with python -m (default local[*])")
        p.add_argument("--coder", default=None, metavar="MODULE:FUNCTION", help="code events with your own function")
        p.add_argument("--max_bytes", type=int, default=ExtractOptions.max_bytes, help="refuse larger pages")
        return p

    def parse(self, argv: list[str] | None) -> argparse.Namespace:
        p = self.parser()
        args = p.parse_args(argv)
        args.input = args.input_alias or args.input_manifest
        args.output = args.output_alias or args.output_dir
        if not args.input or not args.output:
            p.error("give the manifest and the output directory (positionally, or with --input and --output)")
        return args

    def run(self, argv: list[str] | None = None, spark: Any = None) -> dict[str, int]:
        """Run the job; returns the counters. ``spark`` reuses a session (tests, notebooks)."""
        args = self.parse(argv)
        owned = spark is None
        if owned:
            from eventwire.spark.session import spark_session

            spark = spark_session(args.master, self.name)
        spark.sparkContext.setLogLevel(args.log_level)
        started = time.monotonic()
        try:
            counters = self.run_job(spark, args)
        finally:
            if owned:
                spark.stop()
        values = counters.values()
        for name, value in values.items():
            log.warning("%s = %d", name, value)
        log.warning("done in %.1f s", time.monotonic() - started)
        return values

    def manifest(self, args: argparse.Namespace) -> list[str]:
        with open(args.input, encoding="utf-8") as handle:
            lines = [line.strip() for line in handle if line.strip() and not line.startswith("#")]
        base = args.input_base_url
        return [line if "://" in line or os.path.isabs(line) or not base else base.rstrip("/") + "/" + line
                for line in lines]

    def run_job(self, spark: Any, args: argparse.Namespace) -> Counters:
        from pyspark.sql.pandas.types import from_arrow_schema

        paths = self.manifest(args)
        context = spark.sparkContext
        counters = Counters(context)
        settings = Settings(coder=args.coder, max_bytes=args.max_bytes, local_temp_dir=args.local_temp_dir)
        schema = output_schema()
        slices = args.num_input_partitions or min(max(len(paths), 1), 10_000)

        def map_partition(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
            names = (str(p) for batch in batches for p in batch.column(0).to_pylist())
            for rows in process_paths(names, settings, counters):
                yield pa.RecordBatch.from_pylist(rows, schema=schema)

        manifest = context.parallelize(paths, slices).map(lambda p: (p,)).toDF("path string")
        events = manifest.mapInArrow(map_partition, from_arrow_schema(schema, prefer_timestamp_ntz=True))
        if args.num_output_partitions:
            events = events.coalesce(args.num_output_partitions)
        writer = (events.write.mode("overwrite").format(args.output_format).partitionBy("crawl_date")
                  .option("partitionOverwriteMode", "dynamic").option("compression", args.output_compression))
        for option in args.output_option:
            key, _, value = option.partition("=")
            writer = writer.option(key, value)
        writer.save(args.output)
        return counters


def main(argv: list[str] | None = None) -> None:
    """Entry point of ``python -m eventwire.spark`` and of ``spark-submit job.py``."""
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                        stream=sys.stderr)
    EventJob().run(argv)


if __name__ == "__main__":
    main()
