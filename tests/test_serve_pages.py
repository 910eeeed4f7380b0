"""The dashboard's pages in-process: each renders, keeps its filters, and shows article text inert.

"Inert" is checked by parsing the HTML: the only scripts are our own files or JSON data blocks,
no element carries an ``on…`` handler, no link or source is ``javascript:``, and the hostile
article's markup appears as text. The browser tests check the same page in Chromium.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.serve import Settings
from test_serve import build_db, client_for

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
HTML = {"accept": "text/html"}


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text of each script element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False if tag == "script" else self._in_script

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data


def parse(html: str) -> Tags:
    tags = Tags()
    tags.feed(html)
    return tags


def assert_inert(html: str) -> Tags:
    """No script but ours, no event handler attribute, no javascript: URL anywhere."""
    tags = parse(html)
    for tag, attrs in tags.tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name, value)
            assert not (value or "").strip().lower().startswith("javascript:"), (tag, name, value)
        if tag == "script":
            assert attrs.get("src", "").startswith("/static/") or attrs.get("type") == "application/json", attrs
    for script in tags.scripts:
        if script.strip():
            json.loads(script)  # data blocks only, and they parse
    return tags


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory):
    path = build_db(tmp_path_factory.mktemp("pages") / "events.duckdb")
    with client_for(Settings(db=str(path))) as c:
        yield c


def test_events_page_lists_rows_and_keeps_filters(client) -> None:
    page = client.get("/events", params={"actor": "CHL", "since": "2023"}, headers=HTML)
    assert page.status_code == 200
    tags = assert_inert(page.text)
    assert "2 matching" in page.text and 'Chile <b class="trigger">accused</b> Norway' in page.text
    assert "Germany" not in page.text
    inputs = {a.get("name"): a.get("value") for t, a in tags.tags if t == "input"}
    assert inputs["actor"] == "CHL" and inputs["since"] == "2023"
    links = [a["href"] for t, a in tags.tags if t == "a" and "href" in a]
    assert "/api/events.csv?actor=CHL&since=2023" in links
    assert "/articles/talks#ev-talks-accuse-0" in links


def test_events_page_pages_through_results(tmp_path: Path) -> None:
    from eventwire.store import open_store
    from eventwire.store.synthetic import documents
    from eventwire.store.writer import write_batch
    from test_serve import TestClient  # noqa: F401 - the warning-free import

    path = tmp_path / "many.duckdb"
    with open_store(path) as store:
        write_batch(store.connection, list(documents(120, seed=3)), run_id=None)
    with client_for(Settings(db=str(path))) as c:
        first = c.get("/events", headers=HTML).text
        assert "page 1 of 3" in first and 'rel="next" href="/events?page=2"' in first
        third = c.get("/events", params={"page": 3}, headers=HTML).text
        assert "Showing 101–120 of 120" in third and 'rel="next"' not in third


def test_hostile_article_renders_inert_with_its_evidence_marked(client) -> None:
    page = client.get("/articles/hostile", headers=HTML)
    assert page.status_code == 200
    tags = assert_inert(page.text)
    assert "&lt;script&gt;window.__xss = 1" in page.text and "<script>window.__xss" not in page.text
    assert "onerror=&#34;window.__xss=2&#34;" in page.text or "onerror=&quot;window.__xss=2&quot;" in page.text
    assert 'Ministers meet &lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;' in page.text
    assert "Example &lt;b&gt;Bold&lt;/b&gt; Daily" in page.text
    marks = [a for t, a in tags.tags if t == "mark"]
    assert marks and marks[0]["data-events"] == "hostile-consult-0" and "q1" in marks[0]["class"]
    assert ("b", {"class": "trigger"}) in tags.tags
    assert not any(t == "a" and a.get("href", "").startswith("javascript") for t, a in tags.tags)
    assert '<span class="url">javascript:alert(3)</span>' in page.text  # shown, never linked


def test_article_page_shows_each_events_slots(client) -> None:
    page = client.get("/articles/deploy", headers=HTML).text
    assert_inert(page)
    cards = re.findall(r'<section class="card q4" id="card-([^"]+)"', page)
    assert cards == ["deploy-mobilize-0", "deploy-mobilize-93"]
    assert "300 troops" in page and "destination" in page and "origin" in page
    assert '<span class="flag on">future</span>' in page  # Poland's frigates are announced


def test_map_page_carries_its_data_safely(client) -> None:
    page = client.get("/map", headers=HTML).text
    tags = assert_inert(page)
    data = json.loads(next(s for s in tags.scripts if s.strip()))
    assert data["type"] == "FeatureCollection" and data["moving"] == 2
    assert "Warsaw" in page and "(actor)" in page  # the inferred origin is said to be inferred
    assert 'src="/static/vendor/d3-geo-3.1.2.min.js"' in page


def test_timeline_and_dyad_pages(client) -> None:
    page = client.get("/timeline", params={"country": "ROU"}, headers=HTML).text
    tags = assert_inert(page)
    charts = [json.loads(s) for s in tags.scripts if s.strip()]
    assert charts[0]["x"] == ["2023-03-03", "2023-04-01"] and charts[0]["series"][0]["label"] == "material conflict"
    dyads = client.get("/dyads", headers=HTML).text
    assert 'href="/dyads?a=CHL&amp;b=NOR"' in dyads
    pair = client.get("/dyads", params={"a": "CHL", "b": "NOR"}, headers=HTML).text
    charts = [json.loads(s) for s in parse(pair).scripts if s.strip()]
    assert [s["label"] for s in charts[0]["series"]] == ["CHL → NOR", "NOR → CHL"]
    assert charts[0]["series"][0]["values"] == [-3.5, None, 4.0] and charts[0]["series"][1]["values"] == [None, -2.0, None]


def test_ingest_page(client) -> None:
    page = client.get("/ingest", headers=HTML).text
    assert "read-only" in page and "6 events" in page.replace(",", "") and "No runs recorded" in page


def test_bad_filters_and_missing_articles_are_error_pages(client) -> None:
    page = client.get("/events", params={"event": "<b>x</b>"}, headers=HTML)
    assert page.status_code == 400 and "&#39;&lt;b&gt;x&lt;/b&gt;&#39; is not a PLOVER event type" in page.text
    assert client.get("/articles/none-such", headers=HTML).status_code == 404


def test_vendored_files_are_served_with_their_licences(client) -> None:
    for name in ("d3-array-3.2.5.min.js", "d3-geo-3.1.2.min.js", "topojson-client-3.1.0.min.js",
                 "uPlot-1.6.32.iife.min.js", "countries-110m-2.0.2-un.json", "LICENSES/world-atlas-2.0.2.LICENSE"):
        assert client.get(f"/static/vendor/{name}").status_code == 200, name
    assert client.get("/docs").status_code == 200
    swagger = client.get("/docs").text
    assert "cdn." not in swagger and "/static-docs/swagger-ui-bundle.js" in swagger


def test_serve_get_answers_one_request_from_the_command_line(tmp_path: Path) -> None:
    from eventwire.cli import cli

    path = build_db(tmp_path / "cli.duckdb")
    result = CliRunner().invoke(cli, ["serve", "--db", str(path), "--get", "/api/events?actor=DEU"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["total"] == 1
    missing = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "no.duckdb"), "--get", "/"])
    assert missing.exit_code == 1 and "[E401]" in missing.output and "Traceback" not in missing.output
    bad = CliRunner().invoke(cli, ["serve", "--db", str(path), "--get", "/api/events?limit=5000"])
    assert bad.exit_code == 1 and "HTTP 400" in bad.output
