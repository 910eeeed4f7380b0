"""Feeds: parsing RSS and Atom, and ``eventwire watch`` against a local feed server that adds items,
fails and recovers, with every item coded exactly once (also across a restart)."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import duckdb
import pytest

from eventwire.cli_sources import parse_interval
from eventwire.errors import FeedUnreadable
from eventwire.ingest.feeds import parse_feed
from sources_pages import LocalSite, Page, make_pages

TESTS = Path(__file__).resolve().parent


def rss(site: LocalSite, pages: list[Page]) -> bytes:
    """An RSS 2.0 feed of ``pages``, newest first as feeds list them."""
    items = "".join(
        f"<item><title>{p.title}</title><link>{site.url('/' + p.slug)}</link><guid>tag:courier,{p.slug}</guid>"
        f"<pubDate>{formatdate(1709280000 + 3600 * i, usegmt=True)}</pubDate></item>"
        for i, p in reversed(list(enumerate(pages))))
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Courier</title>'
            f"<link>{site.base}/</link><description>news</description>{items}</channel></rss>").encode()


def test_rss_and_atom_items_come_oldest_first_with_absolute_links() -> None:
    atom = b"""<?xml version="1.0" encoding="utf-8"?>
    <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:wire</id><updated>2024-03-02T10:00:00Z</updated>
    <entry><title>Second</title><id>urn:wire:2</id><link href="/news/2"/><updated>2024-03-02T10:00:00Z</updated></entry>
    <entry><title>First</title><id>urn:wire:1</id><link href="/news/1"/><updated>2024-03-01T10:00:00Z</updated></entry>
    <entry><title>No link</title><id>urn:wire:3</id><updated>2024-03-03T10:00:00Z</updated></entry>
    </feed>"""
    title, items = parse_feed(atom, "https://wire.example.org/atom.xml")
    assert title == "Wire"
    assert [(i.id, i.link) for i in items] == [("urn:wire:1", "https://wire.example.org/news/1"),
                                              ("urn:wire:2", "https://wire.example.org/news/2")]
    broken = b"<rss version='2.0'><channel><title>T</title><item><title>A & B</title><link>https://x.example/a</link></item>"
    assert [i.link for i in parse_feed(broken, "https://x.example/rss")[1]] == ["https://x.example/a"]
    for junk in (b"<html><body><p>Not a feed</p></body></html>", b"\x00\x01garbage", b""):
        with pytest.raises(FeedUnreadable):
            parse_feed(junk, "https://x.example/feed")


def test_intervals() -> None:
    assert parse_interval("15m") == 900 and parse_interval("1h30m") == 5400 and parse_interval("45") == 45
    assert parse_interval("0.5s") == 0.5
    for bad in ("soon", "15 minutes", "", "m"):
        with pytest.raises(ValueError):
            parse_interval(bad)


class FeedSite:
    """A feed whose items the test adds, which can go down, with pages that can fail for a while."""

    def __init__(self) -> None:
        self.site = LocalSite()
        self.items: list[Page] = []
        self.feed_down = False
        self.failing: dict[str, int] = {}  # path -> how many more requests answer 500
        self.served: dict[str, int] = {}    # path -> pages served with 200
        self.not_modified = 0
        self.site.routes["/feed.xml"] = self.feed

    def feed(self, handler: BaseHTTPRequestHandler) -> tuple[int, dict[str, str], bytes]:
        if self.feed_down:
            return 500, {"Content-Type": "text/plain"}, b"feed generator crashed"
        body = rss(self.site, self.items)
        tag = '"' + hashlib.sha256(body).hexdigest()[:12] + '"'
        if handler.headers.get("If-None-Match") == tag:
            self.not_modified += 1
            return 304, {"ETag": tag}, b""
        return 200, {"Content-Type": "application/rss+xml", "ETag": tag}, body

    def add(self, page: Page) -> None:
        path = "/" + page.slug
        html = page.html(base=self.site.base).encode()

        def serve(_h: BaseHTTPRequestHandler) -> tuple[int, dict[str, str], bytes]:
            if self.failing.get(path, 0) > 0:
                self.failing[path] -= 1
                return 500, {"Content-Type": "text/plain"}, b"try later"
            self.served[path] = self.served.get(path, 0) + 1
            return 200, {"Content-Type": "text/html; charset=utf-8"}, html

        self.site.routes[path] = serve
        self.items.append(page)


class Watch:
    """``eventwire watch`` in a subprocess, its stderr collected line by line."""

    def __init__(self, *args: str) -> None:
        env = {**os.environ, "PYTHONPATH": str(TESTS)}
        env.pop("EVENTWIRE_DB", None)
        # Ctrl-C's default disposition in the child: a test run started in the background (``make test &``)
        # ignores SIGINT, and a child would inherit that and never see the Ctrl-C this file sends.
        self.process = subprocess.Popen([sys.executable, "-m", "eventwire", "watch", *args], stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True, env=env,
                                        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        self.lines: list[str] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.lines.append(line.rstrip("\n"))

    def wait_for(self, check: Callable[[], bool], what: str, timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if check():
                return
            if self.process.poll() is not None:
                break
            time.sleep(0.1)
        raise AssertionError(f"waited for {what}; the watch said:\n" + "\n".join(self.lines))

    def said(self, text: str) -> int:
        return sum(text in line for line in self.lines)

    def stop(self, how: int = signal.SIGTERM) -> int:
        self.process.send_signal(how)
        code = self.process.wait(timeout=60)
        self.reader.join(timeout=10)
        return code


@pytest.fixture
def feed_site() -> Iterator[FeedSite]:
    site = FeedSite()
    yield site
    site.site.close()


def test_watch_codes_every_item_once_through_feed_and_page_failures(feed_site: FeedSite, tmp_path: Path) -> None:
    pages = make_pages(6, seed=21)
    for page in pages[:3]:
        feed_site.add(page)
    feed_site.failing["/" + pages[1].slug] = 3  # down for the whole first poll (three attempts)
    db = tmp_path / "watch.duckdb"
    args = [feed_site.site.url("/feed.xml"), "--interval", "0.5s", "--db", str(db), "--allow-private", "--host-delay",
            "0", "--cache-dir", str(tmp_path / "cache"), "--coder", "store_fakes:code"]
    watch = Watch(*args)
    served = feed_site.served
    watch.wait_for(lambda: watch.said("3 new items"), "the first poll")
    assert watch.said("[E503]") and watch.said("500")  # the failing page, with its reason
    watch.wait_for(lambda: served.get("/" + pages[1].slug) == 1, "the failed page to be fetched again")

    feed_site.feed_down = True
    watch.wait_for(lambda: watch.said("feed.xml: the server answered 500"), "the feed failure to be logged")
    for page in pages[3:]:
        feed_site.add(page)
    feed_site.feed_down = False
    watch.wait_for(lambda: all(served.get("/" + p.slug) == 1 for p in pages), "the new items")
    watch.wait_for(lambda: feed_site.not_modified >= 2, "polls of an unchanged feed")
    assert watch.stop() == 0
    assert watch.said("stopping") and watch.said("polls: 6 new items")

    restarted = Watch(*args, "--once")  # a restart finds everything stored: nothing is fetched again
    assert restarted.process.wait(timeout=120) == 0
    restarted.reader.join(timeout=10)
    assert all(n == 1 for n in served.values()) and len(served) == 6, served
    assert any("1 poll: 0 new items" in line for line in restarted.lines), restarted.lines

    con = duckdb.connect(str(db), read_only=True)
    try:
        ok = con.execute("SELECT source, count(*) FROM articles GROUP BY source").fetchall()  # the failure replaced
        inputs = con.execute("SELECT source, count(*) FROM inputs GROUP BY source").fetchall()
        events = con.execute("SELECT count(*), count(DISTINCT id) FROM events").fetchall()[0]
    finally:
        con.close()
    links = {feed_site.site.url("/" + p.slug) for p in pages}
    assert dict(ok) == dict.fromkeys(links, 1) and dict(inputs) == dict.fromkeys(links, 1)
    assert events[0] == events[1] > 0


def test_watch_once_exits_non_zero_when_no_feed_can_be_read(tmp_path: Path) -> None:
    site = LocalSite()
    try:
        site.page("/not-a-feed", "<html><body><p>hello</p></body></html>")
        watch = Watch(site.url("/not-a-feed"), site.url("/missing.xml"), "--once", "--allow-private", "--host-delay",
                      "0", "--no-cache", "--db", str(tmp_path / "w.duckdb"))
        assert watch.process.wait(timeout=60) == 1
        watch.reader.join(timeout=10)
    finally:
        site.close()
    assert watch.said("[E510]") and watch.said("[E504]") and not (tmp_path / "w.duckdb").exists()


def test_watch_asks_with_last_modified_and_stops_cleanly_on_ctrl_c(tmp_path: Path) -> None:
    site = LocalSite()
    stamp = "Fri, 01 Mar 2024 10:00:00 GMT"
    page = make_pages(1, seed=31)[0]
    site.page("/" + page.slug, page.html(base=site.base))
    unchanged: list[str] = []

    def feed(handler: BaseHTTPRequestHandler) -> tuple[int, dict[str, str], bytes]:
        if handler.headers.get("If-Modified-Since") == stamp:
            unchanged.append(stamp)
            return 304, {"Last-Modified": stamp}, b""
        return 200, {"Content-Type": "application/rss+xml", "Last-Modified": stamp}, rss(site, [page])

    site.routes["/feed.xml"] = feed
    try:
        watch = Watch(site.url("/feed.xml"), "--interval", "0.3s", "--db", str(tmp_path / "w.duckdb"),
                      "--allow-private", "--host-delay", "0", "--no-cache", "--coder", "store_fakes:code")
        watch.wait_for(lambda: watch.said("1 new item"), "the first poll")
        watch.wait_for(lambda: len(unchanged) >= 2, "polls answered 304 Not Modified")
        assert watch.stop(signal.SIGINT) == 0
    finally:
        site.close()
    assert watch.said("stopping") and watch.said("1 new items") and not watch.said("Traceback")
    assert site.hits["/" + page.slug] == 1


def test_an_item_whose_link_changes_is_not_coded_again_in_the_same_watch(tmp_path: Path) -> None:
    """Feeds re-publish an entry under a new link (a tracking parameter, a new slug): its id says it is old."""
    from eventwire.cli_sources import Watcher
    from eventwire.ingest.fetch import FetchOptions, Fetcher

    site = LocalSite()
    page = make_pages(1, seed=41)[0]
    for path in ("/first-link", "/second-link"):
        site.page(path, page.html(base=site.base))
    link = ["/first-link"]
    site.routes["/feed.xml"] = lambda _h: (200, {"Content-Type": "application/rss+xml"}, (
        f'<rss version="2.0"><channel><title>Courier</title><item><title>{page.title}</title>'
        f"<link>{site.url(link[0])}</link><guid>tag:courier,{page.slug}</guid></item></channel></rss>").encode())
    said: list[str] = []
    try:
        with Fetcher(FetchOptions(allow_private=True, host_delay=0.0, cache_dir=None)) as fetcher:
            watcher = Watcher([site.url("/feed.xml")], str(tmp_path / "w.duckdb"), fetcher,
                              coder="store_fakes:code", say=said.append)
            watcher.poll()
            link[0] = "/second-link"
            watcher.poll()
    finally:
        site.close()
    assert site.hits["/first-link"] == 1 and site.hits["/second-link"] == 0, said
    assert len(watcher.totals.items) == 1 and watcher.totals.articles == 1
