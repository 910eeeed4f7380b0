"""Faults the other tests do not inject: a feed server that hangs up, and a watch killed with SIGKILL.

``tests/test_store_run.py`` kills ``eventwire run``, fills a disk and locks the database; here a
watch reads a feed site whose feed and pages hang up (before answering, or half-way through the
body), is killed with SIGKILL after its first poll, and is restarted: every item must end up
stored exactly once. ``bench/faults.py`` repeats these faults many times at random moments.
"""

from __future__ import annotations

import random
import signal
import socket
from collections import Counter
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import duckdb

from sources_pages import Page, make_pages
from test_feeds import FeedSite, Watch
from test_store_run import consistent


class FlakySite(FeedSite):
    """The suite's feed site, whose feed and pages hang up: the first ``first`` requests to each
    path, then a ``rate`` share of requests at random; half hang up before answering, half send
    half of the body they announced."""

    def __init__(self, rate: float = 0.0, rng: random.Random | None = None, first: int = 0) -> None:
        super().__init__()
        self.rate, self.rng, self.first = rate, rng or random.Random(0), first
        self.drops: Counter[str] = Counter()
        self.requests: Counter[str] = Counter()
        for path in list(self.site.routes):
            self._wrap(path)

    def _wrap(self, path: str) -> None:
        inner = self.site.routes[path]

        def route(handler: BaseHTTPRequestHandler):  # type: ignore[no-untyped-def]
            self.requests[path] += 1
            if self.requests[path] > self.first and self.rng.random() >= self.rate:
                return inner(handler)
            how = "hang-up" if (self.requests[path] + len(self.drops)) % 2 else "half-body"
            self.drops[how] += 1
            handler.close_connection = True
            reply = inner(handler) if how == "half-body" else None
            if reply is not None:
                status, headers, body = reply
                handler.send_response(status)
                for key, value in headers.items():
                    handler.send_header(key, value)
                handler.send_header("Content-Length", str(len(body) + 100))
                handler.end_headers()
                handler.wfile.write(body[: len(body) // 2])
                handler.wfile.flush()
            try:
                handler.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            return None

        self.site.routes[path] = route

    def add(self, page: Page) -> None:
        super().add(page)
        self._wrap("/" + page.slug)


def test_a_watch_killed_while_the_feed_server_hangs_up_stores_every_item_once(tmp_path: Path) -> None:
    site = FlakySite(first=1)  # every path hangs up on its first request
    try:
        pages = make_pages(5, seed=41)
        for page in pages[:3]:
            site.add(page)
        db = tmp_path / "watch.duckdb"
        args = [site.site.url("/feed.xml"), "--interval", "0.5s", "--db", str(db), "--allow-private", "--host-delay",
                "0", "--cache-dir", str(tmp_path / "cache"), "--coder", "store_fakes:code"]
        watch = Watch(*args)
        watch.wait_for(lambda: watch.said("3 new items"), "a first poll that stores items")  # hang-ups retried
        for page in pages[3:]:
            site.add(page)
        assert watch.stop(signal.SIGKILL) == -signal.SIGKILL
        consistent(db)

        again = Watch(*args, "--once")
        assert again.process.wait(timeout=180) == 0, "\n".join(again.lines)
        again.reader.join(timeout=10)
        assert "Traceback" not in "\n".join(watch.lines + again.lines)
        consistent(db)
        con = duckdb.connect(str(db), read_only=True)
        try:
            articles = dict(con.execute("SELECT source, count(*) FROM articles WHERE status = 'ok' "
                                        "GROUP BY source").fetchall())
            inputs = dict(con.execute("SELECT source, count(*) FROM inputs GROUP BY source").fetchall())
            events = con.execute("SELECT count(*), count(DISTINCT id) FROM events").fetchall()[0]
        finally:
            con.close()
        links = {site.site.url("/" + p.slug) for p in pages}
        assert articles == dict.fromkeys(links, 1) and inputs == dict.fromkeys(links, 1)
        assert events[0] == events[1] > 0
        assert site.drops["hang-up"] and site.drops["half-body"]
    finally:
        site.site.close()
