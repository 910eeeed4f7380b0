"""The dashboard in a real browser: Debian's Chromium, driven by Playwright, against real uvicorn.

The sample pages in examples/ go through the whole pipeline into a DuckDB file (plus the hostile
article of test_serve.py); the server listens on 127.0.0.1; the browser may reach nothing else
(every other request is refused and recorded, and the test fails if there was one). Screenshots
go to ``build/screenshots/`` (or ``$EVENTWIRE_SCREENSHOTS``). Skipped, saying why, where Chromium
is missing: ``make test`` installs it as root.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("EVENTWIRE_CHROMIUM", "/usr/bin/chromium")
SCREENSHOTS = Path(os.environ.get("EVENTWIRE_SCREENSHOTS", ROOT / "build" / "screenshots"))
ARGS = ["--no-sandbox", "--headless=new", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

if not Path(CHROMIUM).exists():
    pytest.skip(f"browser tests need Chromium at {CHROMIUM}: `apt-get install chromium` (as root, `make test` "
                "does it) or set EVENTWIRE_CHROMIUM", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="browser tests need playwright (the dev extra)")
expect = sync_api.expect

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample pages run through the pipeline, plus the hand-written hostile article."""
    from eventwire.store import open_store
    from eventwire.store.writer import write_batch
    from test_serve import serve_documents

    path = tmp_path_factory.mktemp("browser") / "dashboard.duckdb"
    with open_store(path) as store:
        summary = store.run([str(ROOT / "examples")])
        assert summary.events_added >= 10
        write_batch(store.connection, [d for d in serve_documents() if d.article.doc_id == "hostile"], run_id=None)
    return path


@pytest.fixture(scope="module")
def server(database: Path) -> Iterator[str]:
    """uvicorn on 127.0.0.1 (a free port), in a thread; its base URL."""
    import uvicorn

    from eventwire.serve import Settings, create_app

    app = create_app(Settings(db=str(database), allowed_hosts=("127.0.0.1", "localhost")))
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", access_log=False)
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started:
        assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.05)
    port = uv.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    uv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, server: str) -> Iterator[object]:
    """A fresh page that can reach only the server; records refused requests, dialogs and script errors."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=server)
    outside: list[str] = []
    problems: list[str] = []

    def route(route_) -> None:
        if urlsplit(route_.request.url).netloc == urlsplit(server).netloc:
            route_.continue_()
        else:
            outside.append(route_.request.url)
            route_.abort()

    context.route("**/*", route)
    tab = context.new_page()
    tab.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    tab.on("pageerror", lambda e: problems.append(f"script error: {e}"))
    yield tab
    context.close()
    assert not outside, f"the dashboard asked for something off this machine: {outside}"
    assert not problems, problems


def shot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def test_events_table_filters_and_pages(page) -> None:
    page.goto("/")
    rows = page.locator("table.events tbody tr")
    expect(rows.first).to_be_visible()
    assert rows.count() >= 15
    page.select_option("select[name=event]", "MOBILIZE")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/events?*event=MOBILIZE*")
    badges = page.locator("table.events tbody tr td .badge").all_inner_texts()
    assert badges and set(badges) == {"MOBILIZE"}
    assert len(badges) < rows.count() + 1
    shot(page, "events-filtered")


def test_article_shows_evidence_highlighted_beside_its_slots(page) -> None:
    page.goto("/events?actor=FRA&recipient=ROU")
    page.locator("td.evidence a").first.click()
    page.wait_for_url("**/articles/*#ev-*")
    marks = page.locator("section.body mark.evidence")
    expect(marks.first).to_be_visible()
    assert marks.count() >= 3
    active = page.locator("mark.evidence.active")  # the linked event's sentence, maybe in several pieces
    expect(active.first).to_be_visible()
    assert "troops to Romania" in "".join(active.all_inner_texts())
    background = active.first.evaluate("m => getComputedStyle(m).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    card = page.locator(".card.active")
    expect(card).to_contain_text("Romania")
    expect(card).to_contain_text("destination")
    expect(page.locator(".card.active .flag.on")).to_have_text(["future"])
    shot(page, "article-evidence")


def test_map_draws_countries_points_and_an_arrow(page) -> None:
    page.goto("/map")
    expect(page.locator("#map")).to_have_attribute("data-ready", "true")
    svg = page.locator("#map svg")
    assert int(svg.get_attribute("data-countries")) >= 150
    assert int(svg.get_attribute("data-arrows")) >= 3 and int(svg.get_attribute("data-places")) >= 2
    arrows = page.locator("path.movement title").all_text_contents()
    assert any(t.startswith("Paris") and "→ Romania" in t for t in arrows), arrows
    assert any("Moscow" in t and "→ Belarus" in t for t in arrows), arrows
    shaded = page.locator('path.country[data-iso3="UKR"]').get_attribute("fill")
    assert shaded not in (None, "#e9e5dd")
    places = page.locator("circle.place title").all_text_contents()
    assert any(t.startswith("Washington (USA)") for t in places), places
    shot(page, "map")


def test_timeline_and_dyad_charts_draw(page) -> None:
    page.goto("/timeline")
    charts = page.locator("figure.chart[data-ready=true]")
    expect(charts).to_have_count(2)
    assert page.locator("figure.chart canvas").count() >= 2
    page.locator("details.numbers summary").click()
    expect(page.locator("details.numbers")).to_contain_text("2022-01-24")
    shot(page, "timeline")
    page.goto("/dyads")
    page.locator("table a", has_text="1").first.click()
    expect(page.locator("figure.chart[data-ready=true]")).to_have_count(2)
    shot(page, "dyad")


def _sample_events(database: Path) -> list[dict]:
    """The events of the seed-like sample page (a plain-text page dump), as the store has them."""
    from eventwire.store import open_store

    with open_store(database, read_only=True) as store:
        doc = next(a.doc_id for a in store.articles() if a.source.endswith("macron-moscow-talks.txt"))
        return list(store.events(doc_id=doc).rows())


def test_a_newcomer_finds_the_sample_pages_events_on_map_and_timeline(page, database: Path) -> None:
    """From the first page, by the navigation only: the page dump's events on the map and the timeline."""
    events = _sample_events(database)
    assert events, "the coder found no event in examples/macron-moscow-talks.txt"
    page.goto("/")
    page.click("header nav >> text=Map")
    expect(page.locator("#map")).to_have_attribute("data-ready", "true")
    drawn = " | ".join(page.locator("#map svg title").all_text_contents())
    located = [e for e in events if e["place"] or e["event"] in ("MOBILIZE", "AID", "AGREE")]
    on_map = [e for e in located if (e["place"] and e["place"] in drawn)
              or any(f"→ {name}" in drawn for name in e["recipient_names"] or [])
              or any(code in drawn for code in e["country_codes"] or [])]
    assert on_map, f"none of {[(e['event'], e['place'], e['recipient_names']) for e in located]} is on the map"
    expect(page.locator("table.moves")).to_contain_text("Belarus")  # "moved units into Belarus"
    page.click("header nav >> text=Timeline")
    expect(page.locator("figure.chart[data-ready=true]")).to_have_count(2)
    page.locator("details.numbers summary").click()
    numbers = page.locator("details.numbers").inner_text()
    assert all(str(e["event_date"]) in numbers for e in events if e["event_date"])
    page.click("header nav >> text=Events")
    expect(page.locator("table.events")).to_contain_text("Kremlin")
    shot(page, "newcomer-events")


def test_hostile_article_text_stays_text(page) -> None:
    page.goto("/articles/hostile")
    body = page.locator("section.body")
    expect(body).to_contain_text('<script>window.__xss = 1; alert("body")</script>')
    expect(body).to_contain_text('<img src=x onerror="window.__xss=2">')
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.locator("section.body img, section.body script, section.body a").count() == 0
    expect(page.locator("h1")).to_have_text('Ministers meet <script>alert("title")</script>')
    shot(page, "hostile-article")


def test_ingest_page_and_api_docs_work_offline(page) -> None:
    page.goto("/ingest")
    expect(page.locator("main")).to_contain_text("read-only")
    expect(page.locator("main table").first).to_contain_text("complete")
    shot(page, "ingest")
    page.goto("/docs")
    expect(page.locator(".swagger-ui .title").first).to_contain_text("eventwire", timeout=15_000)
    shot(page, "api-docs")
