"""Stories: the events of different articles that report the same happening, counted once.

GDELT's NumArticles counts every syndicated copy of a wire story as another mention; analysts
then see forty events where one thing happened. Here two events from different articles are
linked when they share the event type, the actors and the recipients (codes, or names when
uncoded), their days are at most ``WINDOW_DAYS`` apart, their places do not contradict each
other, and their evidence sentences share most of their content words. A story is a connected
component of those links.

Why components and not greedy assignment: the result depends only on the set of events, never
on the order or batch they arrived in, so a run killed and resumed ends with exactly the stories
an uninterrupted run makes. Each batch recomputes only the components its new events touch
(events of the same block within the window, and the whole stories those belong to), which is
the same as recomputing everything because stories only ever grow or merge.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import duckdb
import pyarrow as pa

from ..ids import short_hash

WINDOW_DAYS = 2
MIN_OVERLAP = 0.5  # share of the shorter sentence's content words the other must contain
_BROAD_FEATURES = {"country", "admin1", "region", "continent", "water"}
_WORD = re.compile(r"[^\W_]+")
_STOPWORDS = frozenset("""
a an and are as at be been but by for from had has have he her his in into is it its of on or our
said says say that the their them they this to was were which who will with would after before over
also than then there these those not no new one two three its about against amid more most
""".split())


@dataclass
class Member:
    """What clustering needs to know about one event (new in this batch, or already stored)."""

    id: str
    doc_id: str
    block_key: str
    event: str
    actor_codes: list[str]
    recipient_codes: list[str]
    countries: frozenset[str]
    places: frozenset[str]
    evidence: str
    day: date | None
    day_known: bool
    source_id: str | None
    published_at: datetime | None
    title: str | None
    story_id: str | None = None
    counts: tuple[int, int, int] | None = None  # (events, articles, sources) of its story as stored
    _words: frozenset[str] | None = field(default=None, compare=False, repr=False)

    @property
    def words(self) -> frozenset[str]:
        """Content words of the evidence, computed only when two events are actually compared."""
        if self._words is None:
            self._words = content_words(self.evidence)
        return self._words


def content_words(text: str) -> frozenset[str]:
    """Lower-cased words that carry content: what two reports of one happening have in common."""
    return frozenset(w for w in _WORD.findall(text.lower())
                     if w not in _STOPWORDS and (len(w) > 2 or w.isdigit()))


def place_keys(locations: Iterable[dict[str, Any]]) -> tuple[frozenset[str], frozenset[str]]:
    """(countries, fine places) of an event's locations where it happened (role event or unset)."""
    countries, places = set(), set()
    for loc in locations:
        if loc.get("role") not in (None, "event"):
            continue
        if loc.get("country_code"):
            countries.add(loc["country_code"])
        if (loc.get("feature") or "") not in _BROAD_FEATURES:
            places.add(str(loc["geonameid"]) if loc.get("geonameid") is not None
                       else (loc.get("name") or loc.get("text") or "").strip().lower())
    return frozenset(countries), frozenset(places)


def _compatible(a: frozenset[str], b: frozenset[str]) -> bool:
    return not a or not b or bool(a & b)


def same_happening(a: Member, b: Member) -> bool:
    """True when two events from different articles report one happening."""
    if a.doc_id == b.doc_id or a.block_key != b.block_key:
        return False
    if not (a.day_known and b.day_known and a.day and b.day and abs((a.day - b.day).days) <= WINDOW_DAYS):
        return False
    if not (_compatible(a.countries, b.countries) and _compatible(a.places, b.places)):
        return False
    shorter = min(len(a.words), len(b.words))
    return shorter == 0 or len(a.words & b.words) / shorter >= MIN_OVERLAP


def components(members: list[Member]) -> list[list[Member]]:
    """Connected components of the same-happening links, each sorted by id, in a stable order."""
    parent = {m.id: m.id for m in members}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    by_block: dict[str, list[Member]] = {}
    for m in members:
        if m.day_known and m.day:
            by_block.setdefault(m.block_key, []).append(m)
    for block in by_block.values():
        block.sort(key=lambda m: (m.day, m.id))
        for i, a in enumerate(block):
            for b in block[i + 1:]:
                if (b.day - a.day).days > WINDOW_DAYS:  # type: ignore[operator]
                    break
                if same_happening(a, b):
                    ra, rb = root(a.id), root(b.id)
                    if ra != rb:
                        parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[Member]] = {}
    for m in members:
        groups.setdefault(root(m.id), []).append(m)
    return sorted((sorted(g, key=lambda m: m.id) for g in groups.values()), key=lambda g: g[0].id)


def story_row(group: list[Member]) -> dict[str, Any]:
    """The ``stories`` row of one component; its id is a hash of its smallest event id."""
    lead = min(group, key=lambda m: (m.published_at or datetime.max, m.id))
    seen = [m.published_at for m in group if m.published_at]
    days = [m.day for m in group if m.day]
    return {
        "story_id": short_hash("story", group[0].id),
        "event": lead.event,
        "actor_codes": lead.actor_codes,
        "recipient_codes": lead.recipient_codes,
        "country_codes": sorted(set().union(*(m.countries for m in group))),
        "date_first": min(days) if days else None,
        "date_last": max(days) if days else None,
        "first_seen": min(seen) if seen else None,
        "last_seen": max(seen) if seen else None,
        "num_events": len(group),
        "num_articles": len({m.doc_id for m in group}),
        "num_sources": len({m.source_id or "doc:" + m.doc_id for m in group}),
        "lead_event_id": lead.id,
        "title": lead.title,
    }


STORY_SCHEMA = pa.schema([
    ("story_id", pa.string()), ("event", pa.string()), ("actor_codes", pa.list_(pa.string())),
    ("recipient_codes", pa.list_(pa.string())), ("country_codes", pa.list_(pa.string())),
    ("date_first", pa.date32()), ("date_last", pa.date32()), ("first_seen", pa.timestamp("us")),
    ("last_seen", pa.timestamp("us")), ("num_events", pa.int32()), ("num_articles", pa.int32()),
    ("num_sources", pa.int32()), ("lead_event_id", pa.string()), ("title", pa.string()),
])

_MEMBER_SQL = """
SELECT id, doc_id, block_key, event, actor_codes, recipient_codes, evidence_text, date, event_date, story_id,
       source_id, published_at, title, locations, story_events, story_articles, story_sources
FROM events WHERE story_id IN (SELECT story_id FROM _story_ids)
"""


def _stored_members(con: duckdb.DuckDBPyConnection, new: list[Member]) -> list[Member]:
    """Stored events whose stories a batch's new events may join: same block, within the window."""
    keyed = [(m.block_key, m.day) for m in new if m.day_known and m.day]
    if not keyed:
        return []
    con.register("_story_keys", pa.table({"block_key": [k for k, _ in keyed], "day": [d for _, d in keyed]},
                                         schema=pa.schema([("block_key", pa.string()), ("day", pa.date32())])))
    try:
        story_ids = [r[0] for r in con.execute(
            f"""SELECT DISTINCT e.story_id FROM events e JOIN _story_keys k ON e.block_key = k.block_key
                AND e.event_date BETWEEN k.day - {WINDOW_DAYS} AND k.day + {WINDOW_DAYS}
                WHERE e.story_id IS NOT NULL""").fetchall()]
    finally:
        con.unregister("_story_keys")
    if not story_ids:
        return []
    con.register("_story_ids", pa.table({"story_id": story_ids}))
    try:
        cursor = con.execute(_MEMBER_SQL)
        names = [d[0] for d in cursor.description]
        rows = [dict(zip(names, r)) for r in cursor.fetchall()]
    finally:
        con.unregister("_story_ids")
    return [member_from_row(row) for row in rows]


def member_from_row(row: dict[str, Any]) -> Member:
    """A Member from a stored event's columns (see ``_MEMBER_SQL``) or a batch's new rows."""
    countries, places = place_keys(row.get("locations") or [])
    raw_date = row.get("date")
    return Member(
        id=row["id"], doc_id=row["doc_id"], block_key=row["block_key"], event=row["event"],
        actor_codes=list(row["actor_codes"] or []), recipient_codes=list(row["recipient_codes"] or []),
        countries=countries, places=places, evidence=row["evidence_text"], day=row["event_date"],
        day_known=raw_date is None or len(raw_date) == 10, source_id=row.get("source_id"),
        published_at=row.get("published_at"), title=row.get("title"), story_id=row.get("story_id"),
        counts=(row["story_events"], row["story_articles"], row["story_sources"]) if row.get("story_id") else None,
    )


@dataclass
class StoryUpdate:
    """What one batch changes: the story of each new event, old events whose story changed, rows to replace.

    Story assignments are ``(story_id, num_events, num_articles, num_sources)``: each event row
    carries its story's counts so a page of events needs no join.
    """

    new_story: dict[str, tuple[str, int, int, int]]
    moved: dict[str, tuple[str, int, int, int]]
    removed: list[str]
    rows: list[dict[str, Any]]


def plan(con: duckdb.DuckDBPyConnection, new: list[Member]) -> StoryUpdate:
    """Recompute the stories a batch of new events touches."""
    old = _stored_members(con, new)
    new_ids = {m.id for m in new}
    members = [m for m in old if m.id not in new_ids] + new
    update = StoryUpdate({}, {}, sorted({m.story_id for m in old if m.story_id}), [])
    for group in components(members):
        row = story_row(group)
        update.rows.append(row)
        assigned = (row["story_id"], row["num_events"], row["num_articles"], row["num_sources"])
        for m in group:
            if m.id in new_ids:
                update.new_story[m.id] = assigned
            elif (m.story_id, *(m.counts or ())) != assigned:
                update.moved[m.id] = assigned
    return update


_MOVED_SCHEMA = pa.schema([("id", pa.string()), ("story_id", pa.string()), ("story_events", pa.int32()),
                           ("story_articles", pa.int32()), ("story_sources", pa.int32())])


def apply(con: duckdb.DuckDBPyConnection, update: StoryUpdate) -> None:
    """Write a planned update inside the caller's transaction (new events already inserted)."""
    if update.removed:
        con.register("_gone", pa.table({"story_id": update.removed}))
        try:
            con.execute("DELETE FROM stories WHERE story_id IN (SELECT story_id FROM _gone)")
        finally:
            con.unregister("_gone")
    if update.moved:
        moved = [dict(zip(_MOVED_SCHEMA.names, (event_id, *assigned))) for event_id, assigned in update.moved.items()]
        con.register("_moved", pa.Table.from_pylist(moved, schema=_MOVED_SCHEMA))
        try:
            con.execute("""UPDATE events SET story_id = m.story_id, story_events = m.story_events,
                           story_articles = m.story_articles, story_sources = m.story_sources
                           FROM _moved m WHERE events.id = m.id""")
        finally:
            con.unregister("_moved")
    if update.rows:
        con.register("_stories", pa.Table.from_pylist(update.rows, schema=STORY_SCHEMA))
        try:
            con.execute("INSERT INTO stories BY NAME SELECT * FROM _stories")
        finally:
            con.unregister("_stories")
