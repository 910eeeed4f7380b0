"""Fetching URLs against real HTTP servers on 127.0.0.1: slow, redirecting, oversized, robots-denied,
failing and wrongly typed pages, the SSRF guard, the cache and ``eventwire run URL``.

Loopback is refused by default, so these tests allow exactly ``127.0.0.1/32`` (the "explicit
allow"): a redirect from there to any other private address must still be refused.
"""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import duckdb
import pytest

from eventwire.errors import (AddressRefused, FetchFailed, HTTPStatusError, InputTooLarge, NotAPage,
                              RobotsDisallowed)
from eventwire.ingest.fetch import FetchOptions, Fetcher, fetch_many, public_address
from sources_pages import LocalSite, make_pages

LOOPBACK = ("127.0.0.1/32",)


@pytest.fixture
def site() -> Iterator[LocalSite]:
    server = LocalSite()
    yield server
    server.close()


def fetcher(tmp_path: Path | None = None, **overrides: object) -> Fetcher:
    options = dict(allow_networks=LOOPBACK, host_delay=0.0, backoff=0.05, timeout=2.0,
                   cache_dir=str(tmp_path / "cache") if tmp_path else None)
    options.update(overrides)
    return Fetcher(FetchOptions(**options))  # type: ignore[arg-type]


def test_a_page_comes_with_its_address_type_and_an_honest_user_agent(site: LocalSite) -> None:
    page = make_pages(1)[0]
    site.page("/news/1", page.html(base=site.base))
    with fetcher() as f:
        raw = f.fetch_raw(site.url("/news/1"))
    assert raw.source == raw.url == site.url("/news/1")
    assert raw.media_type == "text/html; charset=utf-8" and raw.fetched and raw.fetched.endswith("Z")
    assert raw.data.decode() == page.html(base=site.base)
    assert site.agents and all(a.startswith("eventwire/") for a in site.agents)


def test_robots_txt_is_read_once_per_host_and_obeyed(site: LocalSite) -> None:
    site.page("/robots.txt", "User-agent: *\nDisallow: /members/\n\nUser-agent: eventwire\nDisallow: /wire/\n",
              "text/plain")
    site.page("/news/1", "<html><p>open</p></html>")
    site.page("/wire/1", "<html><p>closed to us</p></html>")
    with fetcher() as f:
        f.fetch(site.url("/news/1"))
        with pytest.raises(RobotsDisallowed) as caught:
            f.fetch(site.url("/wire/1"))
        f.fetch(site.url("/news/1"))
    assert caught.value.code == "E502" and caught.value.status == "rejected"
    assert site.hits["/robots.txt"] == 1 and site.hits["/wire/1"] == 0


def test_an_unreadable_robots_txt_means_no_fetching_for_now_and_a_missing_one_means_all_allowed(
        site: LocalSite) -> None:
    site.routes["/robots.txt"] = lambda _h: (503, {}, b"busy")
    site.page("/news/1", "<html><p>text</p></html>")
    with fetcher(retries=0) as f:
        for _ in range(2):  # the second page of the host does not ask for robots.txt again at once
            with pytest.raises(FetchFailed) as caught:
                f.fetch(site.url("/news/1"))
    assert "robots.txt" in caught.value.message and caught.value.status == "error"
    assert site.hits["/news/1"] == 0 and site.hits["/robots.txt"] == 1
    del site.routes["/robots.txt"]  # now a 404: no rules
    with fetcher() as f:
        assert f.fetch(site.url("/news/1")).data


def test_a_slow_server_times_out_after_the_retries(site: LocalSite) -> None:
    site.slow("/slow", 1.5)
    started = time.monotonic()
    with fetcher(timeout=0.3, retries=1) as f, pytest.raises(FetchFailed) as caught:
        f.fetch(site.url("/slow"))
    assert "timed out" in caught.value.message and "2 attempts" in caught.value.message
    assert site.hits["/slow"] == 2 and time.monotonic() - started < 5


def test_a_page_that_drips_is_cut_off_by_the_total_time_limit(site: LocalSite) -> None:
    def drip(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.end_headers()
        try:
            for _ in range(40):
                handler.wfile.write(b"<p>a few more words</p>" * 20)
                handler.wfile.flush()
                time.sleep(0.1)
        except (BrokenPipeError, ConnectionResetError):
            pass
        handler.close_connection = True

    site.routes["/drip"] = drip
    with fetcher(timeout=1.0, total_timeout=0.8, retries=0) as f, pytest.raises(FetchFailed) as caught:
        f.fetch(site.url("/drip"))
    assert "longer than 0.8 s" in caught.value.message


def test_server_errors_are_retried_with_backoff_and_then_reported(site: LocalSite) -> None:
    answers = iter([(500, {}, b"oops"), (502, {}, b"oops"), (200, {"Content-Type": "text/html"}, b"<p>fine</p>")])
    site.routes["/flaky"] = lambda _h: next(answers)
    site.routes["/down"] = lambda _h: (500, {}, b"down")
    with fetcher(retries=2) as f:
        assert f.fetch(site.url("/flaky")).data == b"<p>fine</p>"
        with pytest.raises(FetchFailed) as caught:
            f.fetch(site.url("/down"))
    assert site.hits["/flaky"] == 3 and site.hits["/down"] == 3
    assert "500" in caught.value.message and caught.value.status == "error"


def test_a_429_is_retried_after_the_pause_the_server_asks_for(site: LocalSite) -> None:
    answers = iter([(429, {"Retry-After": "1"}, b"slow down"), (200, {"Content-Type": "text/html"}, b"<p>ok</p>")])
    site.routes["/busy"] = lambda _h: next(answers)
    started = time.monotonic()
    with fetcher(retries=1) as f:
        assert f.fetch(site.url("/busy")).data == b"<p>ok</p>"
    assert time.monotonic() - started >= 1.0


def test_client_errors_are_final(site: LocalSite) -> None:
    with fetcher() as f, pytest.raises(HTTPStatusError) as caught:
        f.fetch(site.url("/nowhere"))
    assert "404" in caught.value.message and caught.value.status == "rejected" and site.hits["/nowhere"] == 1


def test_redirects_are_followed_and_every_hop_is_checked_again(site: LocalSite) -> None:
    site.page("/final", "<html><p>here</p></html>")
    site.redirect("/old", "/final", 301)
    site.redirect("/loop", "/loop")
    site.redirect("/to-metadata", "http://169.254.169.254/latest/meta-data/")
    site.redirect("/to-intranet", "http://10.0.0.1/admin", 307)
    site.redirect("/to-ftp", "ftp://files.example.org/x")
    with fetcher(max_redirects=3) as f:
        result = f.fetch(site.url("/old"))
        assert result.final_url == site.url("/final") and result.raw().source == site.url("/old")
        with pytest.raises(FetchFailed, match="more than 3 redirects"):
            f.fetch(site.url("/loop"))
        for path in ("/to-metadata", "/to-intranet", "/to-ftp"):
            with pytest.raises(AddressRefused):
                f.fetch(site.url(path))


def test_oversized_pages_are_refused_declared_or_not(site: LocalSite) -> None:
    site.page("/big", "<p>" + "x" * 50_000 + "</p>")

    def undeclared(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Connection", "close")
        handler.end_headers()
        handler.wfile.write(b"<p>" + b"y" * 50_000 + b"</p>")
        handler.close_connection = True

    site.routes["/undeclared"] = undeclared
    bomb = gzip.compress(b"<p>" + b"z" * 2_000_000 + b"</p>")
    site.routes["/bomb"] = lambda _h: (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"}, bomb)
    with fetcher(max_bytes=20_000) as f:
        for path in ("/big", "/undeclared", "/bomb"):
            with pytest.raises(InputTooLarge, match="20,000-byte limit"):
                f.fetch(site.url(path))
    assert len(bomb) < 20_000


def test_images_pdfs_and_json_are_not_pages_but_an_undeclared_type_is_sniffed_later(site: LocalSite) -> None:
    site.page("/photo", b"\x89PNG\r\n\x1a\n" + bytes(100), "image/png")
    site.page("/report", b"%PDF-1.4 ...", "application/pdf")
    site.page("/api", b'{"a": 1}', "application/json")
    site.routes["/plain"] = lambda _h: (200, {}, b"<html><p>no type declared</p></html>")
    with fetcher() as f:
        for path in ("/photo", "/report", "/api"):
            with pytest.raises(NotAPage) as caught:
                f.fetch(site.url(path))
            assert caught.value.code == "E505"
        assert f.fetch(site.url("/plain")).media_type is None


def test_conditional_requests_and_the_disk_cache(site: LocalSite, tmp_path: Path) -> None:
    seen: list[str | None] = []

    def tagged(handler: BaseHTTPRequestHandler) -> tuple[int, dict[str, str], bytes]:
        seen.append(handler.headers.get("If-None-Match"))
        if handler.headers.get("If-None-Match") == '"v1"':
            return 304, {"ETag": '"v1"'}, b""
        return 200, {"Content-Type": "text/html", "ETag": '"v1"'}, b"<p>version one</p>"

    site.routes["/tagged"] = tagged
    site.page("/fresh", "<p>fresh for a minute</p>", headers={"Cache-Control": "max-age=60"})
    site.page("/private", "<p>do not keep</p>", headers={"Cache-Control": "no-store", "ETag": '"x"'})
    with fetcher(tmp_path) as f:
        first = f.fetch(site.url("/tagged"))
    with fetcher(tmp_path) as f:  # a later run, same cache
        second = f.fetch(site.url("/tagged"))
        for _ in range(2):
            f.fetch(site.url("/fresh"))
            f.fetch(site.url("/private"))
    assert seen == [None, '"v1"']
    assert not first.not_modified and second.not_modified and second.from_cache
    assert second.data == first.data == b"<p>version one</p>"
    assert site.hits["/fresh"] == 1 and site.hits["/private"] == 2


def test_last_modified_alone_is_enough_to_ask_again_conditionally(site: LocalSite, tmp_path: Path) -> None:
    stamp = "Fri, 01 Mar 2024 10:00:00 GMT"
    asked: list[str | None] = []

    def dated(handler: BaseHTTPRequestHandler) -> tuple[int, dict[str, str], bytes]:
        asked.append(handler.headers.get("If-Modified-Since"))
        if handler.headers.get("If-Modified-Since") == stamp:
            return 304, {"Last-Modified": stamp}, b""
        return 200, {"Content-Type": "text/html", "Last-Modified": stamp}, b"<p>dated</p>"

    site.routes["/dated"] = dated
    for _ in range(2):  # two runs sharing the cache
        with fetcher(tmp_path) as f:
            result = f.fetch(site.url("/dated"))
    assert asked == [None, stamp] and result.not_modified and result.data == b"<p>dated</p>"


def test_retries_wait_longer_each_time(site: LocalSite) -> None:
    times: list[float] = []

    def down(_h: BaseHTTPRequestHandler) -> tuple[int, dict[str, str], bytes]:
        times.append(time.monotonic())
        return 503, {}, b"down"

    site.routes["/down"] = down
    with fetcher(retries=2, backoff=0.3) as f, pytest.raises(FetchFailed, match="3 attempts"):
        f.fetch(site.url("/down"))
    first, second = times[1] - times[0], times[2] - times[1]
    assert first >= 0.3 and second >= 0.6  # 0.3 s, then twice that


def test_a_crawl_delay_in_robots_txt_spaces_the_requests_to_its_host(site: LocalSite) -> None:
    site.page("/robots.txt", "User-agent: *\nCrawl-delay: 1\n", "text/plain")
    times: dict[str, float] = {}
    for path in ("/a", "/b"):
        site.routes[path] = lambda h: (times.__setitem__(h.path, time.monotonic()),
                                       (200, {"Content-Type": "text/html"}, b"<p>x</p>"))[1]
    with fetcher(host_delay=0.0) as f:
        f.fetch(site.url("/a"))
        f.fetch(site.url("/b"))
    assert times["/b"] - times["/a"] >= 0.95  # the site's 1 s, not our 0


def test_requests_to_one_host_wait_their_turn_and_many_urls_keep_their_order(site: LocalSite) -> None:
    for i in range(4):
        site.page(f"/p{i}", f"<p>page {i}</p>")
    urls = [site.url(f"/p{i}") for i in range(4)] + [site.url("/missing")]
    started = time.monotonic()
    with fetcher(host_delay=0.25, concurrency=3) as f:
        results = list(fetch_many(urls, f))
    assert time.monotonic() - started >= 4 * 0.25  # robots.txt + 5 pages, 0.25 s apart
    assert [r.data for r in results[:4]] == [f"<p>page {i}</p>".encode() for i in range(4)]
    assert results[4].status == "rejected" and "404" in (results[4].reason or "")


def test_private_loopback_and_link_local_addresses_are_refused_by_default(site: LocalSite) -> None:
    site.page("/news/1", "<p>local</p>")
    with Fetcher(FetchOptions(cache_dir=None, host_delay=0)) as f:
        for url in (site.url("/news/1"), f"http://localhost:{site.server.server_address[1]}/news/1",
                    "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://10.1.2.3/",
                    "file:///etc/passwd"):
            with pytest.raises(AddressRefused) as caught:
                f.fetch(url)
            assert caught.value.code == "E501" and caught.value.status == "rejected"
    assert site.hits["/news/1"] == 0 and site.hits["/robots.txt"] == 0
    refused = ("127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
               "::1", "fe80::1", "fc00::1", "::ffff:127.0.0.1", "224.0.0.1")
    assert not any(public_address(ip) for ip in refused)
    assert all(public_address(ip) for ip in ("93.184.216.34", "8.8.8.8", "2606:4700:4700::1111"))


# --- eventwire run URL ----------------------------------------------------------------------------

def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent)}
    env.pop("EVENTWIRE_DB", None)
    return subprocess.run([sys.executable, "-m", "eventwire", "run", *args], capture_output=True, text=True,
                          env=env, timeout=300)


def test_eventwire_run_refuses_local_urls_unless_allowed(site: LocalSite, tmp_path: Path) -> None:
    pages = make_pages(3, seed=3)
    for page in pages:
        site.page(f"/{page.slug}", page.html(base=site.base))
    site.page("/robots.txt", "User-agent: *\nDisallow: /members/\n", "text/plain")
    site.page("/members/1", "<html><p>members only</p></html>")
    site.page("/logo", b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png")
    urls = tmp_path / "urls.txt"
    urls.write_text("# pages for the test\n" + "\n".join(site.url(f"/{p.slug}") for p in pages[1:]) +
                    f"\n{site.url('/members/1')}\n{site.url('/logo')}\n\n")
    db = tmp_path / "news.duckdb"
    common = ["--db", str(db), "--cache-dir", str(tmp_path / "cache"), "--host-delay", "0",
              "--coder", "store_fakes:code"]

    refused = _run(site.url(f"/{pages[0].slug}"), "--urls", str(urls), *common)
    assert refused.returncode == 1, refused.stderr
    assert "5 documents" in refused.stderr and "[E501]" in refused.stderr and "--allow-private" in refused.stderr
    assert sum(site.hits.values()) == 0

    allowed = _run(site.url(f"/{pages[0].slug}"), "--urls", str(urls), "--allow-private", *common)
    assert allowed.returncode == 0, allowed.stderr
    assert "[E502]" in allowed.stderr and "[E505]" in allowed.stderr
    con = duckdb.connect(str(db), read_only=True)
    try:
        ok = con.execute("SELECT url FROM articles WHERE status = 'ok' ORDER BY url").fetchall()
    finally:
        con.close()
    assert [u for (u,) in ok] == sorted(site.url(f"/{p.slug}") for p in pages)

    again = _run(site.url(f"/{pages[0].slug}"), "--urls", str(urls), "--allow-private", *common)
    assert again.returncode == 0 and "0 new articles" in again.stderr and "3 already stored" in again.stderr
