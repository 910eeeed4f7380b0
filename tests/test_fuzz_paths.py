"""Path traversal against the running server; hostile links, external entities and entity bombs in feeds.

A real ``eventwire serve`` on loopback gets raw HTTP request lines that climb out of its static
folder (plain, percent-encoded, double-encoded, backslashes, NUL): none may return a byte of a file
outside it. Feed item links that are relative, climb with ``..`` or name another scheme must come
out as absolute http(s) links on the feed's own site, or be refused when fetched.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventwire.errors import AddressRefused
from eventwire.ingest.feeds import parse_feed
from eventwire.ingest.fetch import Fetcher, FetchOptions
from test_serve import build_db

SECRET = "eventwire-test-secret-a91f"
CLIMBS = ("/static/../app.py", "/static/../../../../etc/passwd", "/static/%2e%2e/app.py", "/static/%2e%2e%2fapp.py",
          "/static/..%2f..%2f..%2fetc%2fpasswd", "/static/%252e%252e/app.py", "/static/..\\app.py",
          "/static/vendor/../../app.py", "/static//etc/passwd", "/static/%00../app.py", "/../../etc/passwd",
          "/static/..;/app.py", "/static/.%2e/.%2e/secret.txt", "/static/" + "../" * 12 + "{secret}")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _raw_get(port: int, target: str) -> tuple[int, bytes]:
    """One GET with the request line exactly as given (no client normalises the path)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n".encode("latin-1"))
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split(b" ", 2)[1]), body


def test_the_server_serves_nothing_outside_its_static_folder(tmp_path: Path) -> None:
    db = build_db(tmp_path / "events.duckdb")
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent)}
    server = subprocess.Popen([sys.executable, "-m", "eventwire", "serve", "--db", str(db), "--port", str(port),
                               "--no-warm"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=tmp_path)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if _raw_get(port, "/api/health")[0] < 500:
                    break
            except (OSError, IndexError, ValueError):  # not listening yet, or closed before answering
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                raise AssertionError(f"the server did not start: {server.communicate()[1].decode()[-2000:]}")
            time.sleep(0.3)
        for target in CLIMBS:
            status, body = _raw_get(port, target.format(secret=str(secret).lstrip("/")))
            assert status in (400, 404, 405), (target, status)
            assert SECRET.encode() not in body and b"import " not in body and b"root:" not in body, target
        status, body = _raw_get(port, "/static/vendor/LICENSES/" + "x" * 5000)
        assert status in (400, 404, 414) and b"Traceback" not in body
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_hostile_feed_links_become_absolute_web_links_or_are_refused() -> None:
    feed = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://news.example.org/</link>
    <item><title>a</title><link>../../../../etc/passwd</link><guid>a</guid></item>
    <item><title>b</title><link>/world/../../story-1</link><guid>b</guid></item>
    <item><title>c</title><link>file:///etc/passwd</link><guid>c</guid></item>
    <item><title>d</title><link>http://169.254.169.254/latest/meta-data/</link><guid>d</guid></item>
    <item><title>e</title><link>javascript:alert(1)</link><guid>e</guid></item>
    </channel></rss>"""
    _, items = parse_feed(feed, "https://news.example.org/feeds/world.xml")
    links = {item.id: item.link for item in items}
    assert links.get("a", "https://news.example.org/etc/passwd") == "https://news.example.org/etc/passwd"
    assert links.get("b", "https://news.example.org/story-1") == "https://news.example.org/story-1"
    with Fetcher(FetchOptions(cache_dir=None, host_delay=0)) as fetcher:
        for guid in ("c", "d", "e"):
            if guid in links:  # kept by the parser: then the fetcher must refuse it before any request
                with pytest.raises(AddressRefused):
                    fetcher.fetch(links[guid])


def test_feeds_with_external_entities_or_entity_bombs_read_no_file_and_stay_small(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    xxe = (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]><rss version="2.0">'
           "<channel><title>&x;</title><link>https://a.example/</link><item><title>&x;</title>"
           "<link>https://a.example/1</link><guid>g1</guid><description>&x;</description></item></channel></rss>")
    entities = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    bomb = (f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY l0 "lollollollol">{entities}]><rss version="2.0">'
            "<channel><title>&l9;</title><link>https://a.example/</link><item><title>&l9;</title>"
            "<link>https://a.example/2</link><guid>g2</guid></item></channel></rss>")
    for feed in (xxe, bomb):  # a billion "lol"s if expanded: must not be
        title, items = parse_feed(feed.encode(), "https://a.example/feed.xml")
        text = repr((title, [vars(i) for i in items]))
        assert SECRET not in text and len(text) < 10_000
        assert [i.link for i in items] in (["https://a.example/1"], ["https://a.example/2"])
