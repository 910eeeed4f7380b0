"""News pages and a local web site for the tests of fetching, feeds, WARC and Spark.

Every page is generated here from a few sentence patterns written for eventwire's tests (no
benchmark or seed text): a headline, a date, a canonical URL and three to five sentences, most
of which report something the coder turns into an event. :class:`LocalSite` serves them from a
real ``http.server`` on 127.0.0.1 in a thread; routes can be slow, fail, redirect, or change
while a test runs. Importable as ``sources_pages`` by the tests and by ``bench/scale.py``.
"""

from __future__ import annotations

import io
import random
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Optional

COUNTRIES = (("Russian", "Russia"), ("Ukrainian", "Ukraine"), ("French", "France"), ("German", "Germany"),
             ("Chilean", "Chile"), ("Peruvian", "Peru"), ("Turkish", "Turkey"), ("Polish", "Poland"),
             ("Kenyan", "Kenya"), ("Indian", "India"))
CITIES = ("Kharkiv", "Odesa", "Lyon", "Hamburg", "Arica", "Tacna", "Izmir", "Gdansk", "Mombasa", "Pune")
EVENTS = (
    "{A} troops shelled villages near {city} on {day}, killing {n} civilians, local officials said.",
    "The foreign ministers of {X} and {Y} met in {city} on {day} to discuss a ceasefire.",
    "Thousands of people protested in {city} on {day} against the new fuel tax.",
    "{X} imposed new sanctions on {Y} on {day} over the border dispute.",
    "{X} sent {n} tonnes of food aid to {Y} after the floods.",
    "Police arrested {n} opposition activists in {city} on {day}.",
    "{X} accused {Y} of violating the grain agreement.",
    "{B} officials rejected the peace proposal from {X}.",
)
FILLER = (
    "The weather in the region stayed mild for the time of year.",
    "Markets were calm, and the local currency barely moved.",
    "A spokesman declined to give further details.",
    "Schools reopened after the holiday week.",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


@dataclass
class Page:
    """One generated news page."""

    slug: str
    title: str
    published: str
    sentences: list[str]

    def url(self, base: str = "https://news.example.org") -> str:
        return f"{base}/{self.published[:10].replace('-', '/')}/{self.slug}"

    def html(self, base: str = "https://news.example.org") -> str:
        paragraphs = "\n".join(f"<p>{escape(s)}</p>" for s in self.sentences)
        return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{escape(self.title)} | The Example Courier</title>
<meta property="og:title" content="{escape(self.title)}">
<meta property="og:site_name" content="The Example Courier">
<meta property="article:published_time" content="{self.published}">
<link rel="canonical" href="{self.url(base)}">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>{escape(self.title)}</h1>
<p class="byline">By Courier staff</p>
{paragraphs}
</article>
<footer>Copyright The Example Courier</footer>
</body></html>
"""

    def text(self) -> str:
        return f"{self.title}\n\n{self.published[:10]}\n\n" + "\n\n".join(self.sentences) + "\n"


def make_pages(n: int, seed: int = 7) -> list[Page]:
    """``n`` different pages, the same for the same seed."""
    rng = random.Random(seed)
    pages = []
    for i in range(n):
        (a, x), (b, y) = rng.sample(COUNTRIES, 2)
        values = {"A": a, "B": b, "X": x, "Y": y, "city": rng.choice(CITIES), "day": rng.choice(DAYS),
                  "n": rng.randrange(2, 90)}
        chosen = rng.sample(EVENTS, rng.randrange(1, 3))
        sentences = [s.format(**values) for s in chosen]
        sentences.insert(rng.randrange(len(sentences) + 1), rng.choice(FILLER))
        sentences.append(f"Reporting by desk {i} in {values['city']}.")
        day = 1 + i % 27
        pages.append(Page(slug=f"story-{i:05d}", title=chosen[0].format(**values).split(",")[0].rstrip("."),
                          published=f"2024-03-{day:02d}T{8 + i % 10:02d}:00:00Z", sentences=sentences))
    return pages


def write_warc(path: Path, pages: list[Page], *, extra_records: bool = True, gzip: bool = True,
               text_every: int = 0, total: int | None = None) -> int:
    """Write ``pages`` as WARC response records; returns the number of records written.

    With ``extra_records`` each page also gets Common Crawl's request and metadata records, and
    every tenth an image and a 404 response (none of which are pages); ``total`` adds metadata
    records, spread evenly after the pages, up to that many. Every ``text_every``-th page is
    served as text/plain.
    """
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    count = 0
    base = len(pages) * (3 if extra_records else 1) + (2 * ((len(pages) + 9) // 10) if extra_records else 0)
    padding = max(0, (total or 0) - base)
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)

        def write(url: str, kind: str, payload: bytes, **options: object) -> None:
            nonlocal count
            writer.write_record(writer.create_warc_record(url, kind, payload=io.BytesIO(payload), **options))
            count += 1

        for i, page in enumerate(pages):
            url = page.url()
            as_text = bool(text_every) and i % text_every == text_every - 1
            body = (page.text() if as_text else page.html()).encode("utf-8")
            kind = "text/plain; charset=utf-8" if as_text else "text/html; charset=utf-8"
            date = {"WARC-Date": page.published}
            if extra_records:
                request = StatusAndHeaders(f"GET /{page.slug} HTTP/1.1", [("Host", "news.example.org")],
                                           is_http_request=True)
                write(url, "request", b"", http_headers=request, warc_headers_dict=date)
            http = StatusAndHeaders("200 OK", [("Content-Type", kind), ("Content-Length", str(len(body)))],
                                    protocol="HTTP/1.1")
            write(url, "response", body, http_headers=http, warc_headers_dict=date)
            if extra_records:
                write(url, "metadata", b"fetchTimeMs: 12\r\n", warc_content_type="application/warc-fields",
                      warc_headers_dict=date)
            if extra_records and i % 10 == 0:
                image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
                write(url + ".png", "response", b"\x89PNG\r\n\x1a\n" + bytes(64), http_headers=image,
                      warc_headers_dict=date)
                missing = StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")], protocol="HTTP/1.1")
                write(url + "/gone", "response", b"<html>gone</html>", http_headers=missing, warc_headers_dict=date)
            for _ in range(padding * (i + 1) // len(pages) - padding * i // len(pages)):
                write(url, "metadata", b"outlinks: 0\r\n", warc_content_type="application/warc-fields",
                      warc_headers_dict=date)
    return count


# --- a local web site ---------------------------------------------------------------------------------

class _QuietServer(ThreadingHTTPServer):
    """A client that hangs up (a timeout in the test, a killed watch) is no error worth printing."""

    def handle_error(self, request: object, client_address: object) -> None:
        import sys

        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


Reply = Optional[tuple[int, dict[str, str], bytes]]


@dataclass
class LocalSite:
    """A threaded HTTP server on 127.0.0.1 whose routes a test sets and changes as it runs.

    A route is a function of the request handler returning ``(status, headers, body)``, or
    ``None`` when it wrote the response itself (to drip it slowly); it may sleep, read
    ``handler.headers`` (conditional requests) or count calls. ``hits`` counts requests per path.
    """

    routes: dict[str, Callable[[BaseHTTPRequestHandler], Reply]] = field(default_factory=dict)
    hits: Counter[str] = field(default_factory=Counter)
    agents: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                path = self.path.split("?", 1)[0]
                site.hits[path] += 1
                site.agents.append(self.headers.get("User-Agent", ""))
                route = site.routes.get(path)
                reply = route(self) if route else (404, {"Content-Type": "text/plain"}, b"no such page")
                if reply is None:
                    return
                status, headers, body = reply
                try:
                    self.send_response(status)
                    for key, value in headers.items():
                        self.send_header(key, value)
                    if "Content-Length" not in headers:
                        self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args: object) -> None:
                pass

        self.server = _QuietServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    # -- route helpers ---------------------------------------------------------------------------
    def page(self, path: str, body: str | bytes, content_type: str = "text/html; charset=utf-8",
             headers: dict[str, str] | None = None) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = lambda _h: (200, {"Content-Type": content_type, **(headers or {})}, data)

    def slow(self, path: str, seconds: float, body: str = "<html><p>late</p></html>") -> None:
        def reply(_h: BaseHTTPRequestHandler) -> Reply:
            time.sleep(seconds)
            return 200, {"Content-Type": "text/html"}, body.encode()
        self.routes[path] = reply

    def redirect(self, path: str, location: str, status: int = 302) -> None:
        self.routes[path] = lambda _h: (status, {"Location": location}, b"")
