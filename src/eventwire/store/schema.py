"""The store's tables, as a list of numbered migrations applied in order.

Why migrations from day one: analysts keep databases for years and re-run pipelines into them, so
a newer eventwire must upgrade an older file in place (each step in its own transaction) and an
older eventwire must refuse a newer file instead of misreading it. ``docs/schema.md`` describes
every table and column; a test checks that the two agree.

Ids are content hashes made upstream (``doc_id``, event ``id``) or here (``input_id``, ``run_id``,
``story_id``), so writing the same thing twice is a no-op (``ON CONFLICT DO NOTHING``).
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb


@dataclass(frozen=True)
class Migration:
    """One schema step: a version number, a name people can read, and its statements."""

    version: int
    name: str
    statements: tuple[str, ...]


ACTOR_STRUCT = ("STRUCT(role VARCHAR, position INTEGER, text VARCHAR, code VARCHAR, name VARCHAR, "
                "sector VARCHAR, wikidata VARCHAR)")
LOCATION_STRUCT = ("STRUCT(position INTEGER, text VARCHAR, name VARCHAR, country_code VARCHAR, admin1 VARCHAR, "
                   "lat DOUBLE, lon DOUBLE, geonameid BIGINT, feature VARCHAR, role VARCHAR)")
QUANTITY_STRUCT = ("STRUCT(position INTEGER, value DOUBLE, low DOUBLE, high DOUBLE, approximate BOOLEAN, "
                   "unit VARCHAR, text VARCHAR)")

_V1 = (
    """CREATE TABLE schema_migrations (
        version INTEGER PRIMARY KEY,
        name VARCHAR NOT NULL,
        applied_at TIMESTAMP NOT NULL
    )""",
    """CREATE TABLE runs (
        run_id VARCHAR PRIMARY KEY,
        inputs VARCHAR[] NOT NULL,
        coder VARCHAR,
        eventwire_version VARCHAR,
        started_at TIMESTAMP,
        finished_at TIMESTAMP,
        attempts INTEGER NOT NULL,
        status VARCHAR NOT NULL,
        documents BIGINT,
        already_stored BIGINT,
        articles_added BIGINT,
        events_added BIGINT,
        skipped BIGINT
    )""",
    """CREATE TABLE sources (
        source_id VARCHAR PRIMARY KEY,
        name VARCHAR,
        domain VARCHAR,
        num_articles BIGINT NOT NULL,
        first_published TIMESTAMP,
        last_published TIMESTAMP
    )""",
    """CREATE TABLE inputs (
        input_id VARCHAR PRIMARY KEY,
        source VARCHAR NOT NULL,
        doc_id VARCHAR NOT NULL,
        bytes BIGINT,
        run_id VARCHAR
    )""",
    """CREATE TABLE articles (
        doc_id VARCHAR PRIMARY KEY,
        source VARCHAR NOT NULL,
        url VARCHAR,
        site VARCHAR,
        source_id VARCHAR,
        title VARCHAR,
        published VARCHAR,
        published_at TIMESTAMP,
        published_source VARCHAR,
        language VARCHAR,
        format VARCHAR,
        authors VARCHAR[],
        captions VARCHAR[],
        related VARCHAR[],
        body VARCHAR,
        status VARCHAR NOT NULL,
        reason VARCHAR,
        reason_code VARCHAR,
        num_events INTEGER NOT NULL,
        run_id VARCHAR
    )""",
    # Wide on purpose: a page of results is one top-N scan of this table, no joins. The article
    # fields are copies (articles never change once stored), the story counts are kept current by
    # the writer, and the child lists repeat the normalised tables below for exact records.
    f"""CREATE TABLE events (
        id VARCHAR PRIMARY KEY,
        event_key BIGINT NOT NULL,
        doc_id VARCHAR NOT NULL,
        story_id VARCHAR NOT NULL,
        event VARCHAR NOT NULL,
        mode VARCHAR,
        context VARCHAR[],
        cameo VARCHAR,
        quad_class TINYINT,
        score DOUBLE,
        goldstein DOUBLE,
        date VARCHAR,
        date_precision VARCHAR,
        date_text VARCHAR,
        event_date DATE,
        negated BOOLEAN NOT NULL,
        hypothetical BOOLEAN NOT NULL,
        future BOOLEAN NOT NULL,
        historical BOOLEAN NOT NULL,
        evidence_text VARCHAR NOT NULL,
        evidence_start INTEGER NOT NULL,
        evidence_end INTEGER NOT NULL,
        trigger VARCHAR,
        confidence DOUBLE NOT NULL,
        coder VARCHAR,
        actor_codes VARCHAR[] NOT NULL,
        recipient_codes VARCHAR[] NOT NULL,
        country_codes VARCHAR[] NOT NULL,
        actors {ACTOR_STRUCT}[] NOT NULL,
        locations {LOCATION_STRUCT}[] NOT NULL,
        quantities {QUANTITY_STRUCT}[] NOT NULL,
        url VARCHAR,
        source_id VARCHAR,
        site VARCHAR,
        title VARCHAR,
        published VARCHAR,
        published_at TIMESTAMP,
        in_lead BOOLEAN NOT NULL,
        story_events INTEGER NOT NULL,
        story_articles INTEGER NOT NULL,
        story_sources INTEGER NOT NULL,
        block_key VARCHAR NOT NULL,
        run_id VARCHAR
    )""",
    """CREATE TABLE event_actors (
        event_id VARCHAR NOT NULL,
        role VARCHAR NOT NULL,
        position INTEGER NOT NULL,
        text VARCHAR NOT NULL,
        code VARCHAR,
        name VARCHAR,
        sector VARCHAR,
        wikidata VARCHAR
    )""",
    """CREATE TABLE event_locations (
        event_id VARCHAR NOT NULL,
        position INTEGER NOT NULL,
        text VARCHAR NOT NULL,
        name VARCHAR,
        country_code VARCHAR,
        admin1 VARCHAR,
        lat DOUBLE,
        lon DOUBLE,
        geonameid BIGINT,
        feature VARCHAR,
        role VARCHAR
    )""",
    """CREATE TABLE event_quantities (
        event_id VARCHAR NOT NULL,
        position INTEGER NOT NULL,
        value DOUBLE NOT NULL,
        low DOUBLE,
        high DOUBLE,
        approximate BOOLEAN NOT NULL,
        unit VARCHAR NOT NULL,
        text VARCHAR NOT NULL
    )""",
    """CREATE TABLE stories (
        story_id VARCHAR PRIMARY KEY,
        event VARCHAR NOT NULL,
        actor_codes VARCHAR[] NOT NULL,
        recipient_codes VARCHAR[] NOT NULL,
        country_codes VARCHAR[] NOT NULL,
        date_first DATE,
        date_last DATE,
        first_seen TIMESTAMP,
        last_seen TIMESTAMP,
        num_events INTEGER NOT NULL,
        num_articles INTEGER NOT NULL,
        num_sources INTEGER NOT NULL,
        lead_event_id VARCHAR NOT NULL,
        title VARCHAR
    )""",
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "sources, inputs, articles, events with actors/locations/quantities, stories, runs", _V1),
)

SCHEMA_VERSION = MIGRATIONS[-1].version
TABLES = ("schema_migrations", "runs", "sources", "inputs", "articles", "events", "event_actors",
          "event_locations", "event_quantities", "stories")


def applied_version(con: duckdb.DuckDBPyConnection) -> int | None:
    """The schema version a database is at: ``None`` when it has no eventwire tables at all."""
    names = {row[0] for row in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
    if "schema_migrations" not in names:
        return 0 if not names else None
    rows = con.execute("SELECT max(version) FROM schema_migrations").fetchall()
    return int(rows[0][0] or 0)


def pending(version: int) -> list[Migration]:
    """Migrations a database at ``version`` still needs, in order."""
    return [m for m in MIGRATIONS if m.version > version]


def migrate(con: duckdb.DuckDBPyConnection, version: int) -> None:
    """Apply every pending migration, each in its own transaction, recording it when done."""
    for migration in pending(version):
        con.execute("BEGIN TRANSACTION")
        try:
            for statement in migration.statements:
                con.execute(statement)
            con.execute("INSERT INTO schema_migrations VALUES (?, ?, current_timestamp::TIMESTAMP)",
                        [migration.version, migration.name])
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
