"""Kept answers are sent before FastAPI routes the request: same bytes, same headers, never stale.

Real DuckDB file (the six events of test_serve's fixture), the real app in-process.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_serve import build_db, client_for

from eventwire.serve.app import Settings

SAME = ("content-type", "content-length", "content-security-policy", "x-content-type-options", "x-frame-options")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return build_db(tmp_path / "events.duckdb")


def test_a_repeated_get_is_sent_from_memory_exactly_as_the_route_sent_it(db: Path) -> None:
    with client_for(Settings(db=str(db), allowed_hosts=("127.0.0.1",))) as c:
        first = c.get("/api/events", params={"actor": "CHL", "limit": 2})
        hits = c.app.state.cache.stats()["hits"]
        again = c.get("/api/events", params={"actor": "CHL", "limit": 2})
        assert c.app.state.cache.stats()["hits"] == hits + 1
        assert again.status_code == first.status_code == 200 and again.content == first.content
        assert {h: again.headers.get(h) for h in SAME} == {h: first.headers.get(h) for h in SAME}
        # the guard still runs first: a foreign Host is refused even for a kept answer
        refused = c.get("/api/events", params={"actor": "CHL", "limit": 2}, headers={"host": "evil.example"})
        assert refused.status_code == 400 and refused.json()["code"] == "bad_host"


def test_refused_queries_are_never_kept_and_a_write_retires_what_was(db: Path) -> None:
    with client_for(Settings(db=str(db), token="s3cret")) as c:
        for _ in range(2):
            assert c.get("/api/events", params={"limit": 100_000}).status_code == 400
        assert c.app.state.cache.stats()["entries"] == 0
        before = c.get("/api/events", params={"limit": 100}).json()["total"]
        page = ("Santiago, 3 May 2023 - Chile accused Norway of stalling the fisheries talks on Tuesday, "
                "officials said.\n\nNorway rejected the claim on Wednesday.")
        stored = c.post("/api/articles", content=page.encode(), headers={"Authorization": "Bearer s3cret",
                                                                          "Content-Type": "text/plain"})
        assert stored.status_code == 201
        after = c.get("/api/events", params={"limit": 100}).json()
        assert after["total"] == before + len(stored.json()["events"])
