"""Fetching pages over HTTP: polite to the sites, safe for the machine that runs eventwire.

Why this much machinery for a GET: a URL list or a feed is input from strangers. A link can
point at ``http://169.254.169.254/`` (cloud credentials) or at ``localhost`` (SSRF), redirect
there after a first check, stall for ever, or send a gigabyte. And the sites we read deserve an
honest user agent, their robots.txt, a pause between requests and no re-download of a page that
has not changed. So every request here:

- goes only to public addresses: the address is checked when the socket connects (after DNS,
  so a rebinding trick or a redirect to a private host is caught too) unless ``allow_private``;
- follows redirects itself, re-checking scheme, address and robots.txt at every hop;
- is capped in size (``max_bytes``, also after gzip decoding) and in time (per read and overall);
- waits its turn per host (``host_delay``, or the site's Crawl-delay when longer);
- is retried with exponential backoff on timeouts, connection errors, 429 and 5xx answers;
- is conditional (ETag / Last-Modified) and cached on disk, see :mod:`.http_cache`.

Problems raise :class:`~eventwire.errors.IngestError` subclasses, whose ``status`` says whether a
later run should try again (``error``) or not (``rejected``).
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import threading
import time
import urllib.robotparser
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from ..errors import (AddressRefused, EmptyInput, EventwireError, FetchFailed, HTTPStatusError, InputTooLarge,
                      NotAPage, RobotsDisallowed)
from ..ids import doc_id
from ..records import Article, RawDocument
from .files import DEFAULT_MAX_BYTES
from .http_cache import CachedResponse, HttpCache, default_cache_dir
from .sources import is_url

log = logging.getLogger(__name__)

PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
              "text/xml", "application/feed+json", "text/html", "text/plain")
ROBOTS_AGENT = "eventwire"
_RETRY_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_ROBOTS_MAX_BYTES = 512_000
_ROBOTS_TTL = 3600.0   # seconds a host's robots.txt is trusted
_ROBOTS_RETRY = 60.0   # seconds an unreachable robots.txt is not asked for again


def user_agent() -> str:
    """An honest user agent: who we are and where to read about us (robots.txt token ``eventwire``)."""
    from .. import __version__

    return f"eventwire/{__version__} (+https://pypi.org/project/eventwire/; news event coder)"


@dataclass
class FetchOptions:
    """How politely and how safely to fetch; the CLI's options map onto these."""

    allow_private: bool = False       # also fetch from private, loopback and link-local addresses
    allow_networks: tuple[str, ...] = ()  # or only from these networks ("127.0.0.1/32", "10.1.0.0/16")
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = 20.0             # seconds to connect, and between two reads
    total_timeout: float = 60.0       # seconds for a whole response, however slowly it drips
    retries: int = 2                  # further attempts after a transient failure
    backoff: float = 1.0              # seconds before the first retry, doubling after that
    max_retry_after: float = 60.0     # a server's Retry-After is honoured up to this
    host_delay: float = 1.0           # seconds between two requests to one host
    max_redirects: int = 5
    cache_dir: str | None = field(default_factory=default_cache_dir)  # None: no disk cache
    concurrency: int = 4              # pages fetched at once by fetch_many (different hosts overlap)
    user_agent: str | None = None


@dataclass
class FetchResult:
    """One answer: the bytes and what the server said about them."""

    url: str                      # as asked
    final_url: str                # after redirects
    data: bytes
    media_type: str | None
    fetched: str                  # ISO 8601 UTC time the bytes were received
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False    # the server answered 304 to our validators
    from_cache: bool = False      # the bytes come from the disk cache (fresh, or after a 304)

    def raw(self) -> RawDocument:
        """The page as the pipeline takes it: the asked URL as its source, the final one as its address."""
        return RawDocument(source=self.url, data=self.data, url=self.final_url, fetched=self.fetched,
                           media_type=self.media_type)


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


# --- addresses -------------------------------------------------------------------------------------

def public_address(ip: str) -> bool:
    """True when ``ip`` is a global unicast address (not private, loopback, link-local, reserved…)."""
    address = ipaddress.ip_address(ip.split("%", 1)[0])
    if isinstance(address, ipaddress.IPv6Address):
        mapped = address.ipv4_mapped or address.sixtofour
        if mapped is not None:
            address = mapped
    return address.is_global and not address.is_multicast


def resolve(host: str, port: int, *, allow_private: bool, allow_networks: tuple[str, ...] = ()) -> list[str]:
    """The addresses to connect to for ``host``; refuses non-public ones unless ``allow_private``
    (or unless they lie in one of ``allow_networks``)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise httpcore.ConnectError(f"cannot resolve {host}: {exc.strerror or exc}") from exc
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    if allow_private:
        return addresses
    networks = [ipaddress.ip_network(n, strict=False) for n in allow_networks]
    refused = [a for a in addresses if not public_address(a)
               and not any(ipaddress.ip_address(a.split("%", 1)[0]) in net for net in networks)]
    if refused:  # one private answer is enough to refuse: a mixed answer is a rebinding trick
        raise AddressRefused(f"{host} resolves to {refused[0]}, a private, loopback or link-local address; "
                             "eventwire does not fetch from those unless --allow-private is given")
    return addresses


class _GuardedBackend(httpcore.SyncBackend):
    """Connects only to addresses that passed :func:`resolve`, so the check and the connection agree."""

    def __init__(self, allow_private: bool, allow_networks: tuple[str, ...]) -> None:
        self.allow_private = allow_private
        self.allow_networks = allow_networks

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        last: Exception | None = None
        for address in resolve(host, port, allow_private=self.allow_private, allow_networks=self.allow_networks):
            try:
                return super().connect_tcp(address, port, timeout, local_address, socket_options)
            except httpcore.ConnectError as exc:
                last = exc
        raise last or httpcore.ConnectError(f"no address for {host}")


class _GuardedTransport(httpx.HTTPTransport):
    """httpx's transport with the guarded backend (and no proxy: a proxy would hide the address)."""

    def __init__(self, allow_private: bool, allow_networks: tuple[str, ...]) -> None:
        super().__init__(retries=0)
        self._pool = httpcore.ConnectionPool(ssl_context=httpx.create_ssl_context(), max_connections=20,
                                             max_keepalive_connections=10, keepalive_expiry=5.0,
                                             network_backend=_GuardedBackend(allow_private, allow_networks))


# --- the fetcher -----------------------------------------------------------------------------------

@dataclass
class _Answer:
    status: int
    headers: httpx.Headers
    data: bytes = b""
    location: str | None = None


def _media_type(headers: httpx.Headers) -> str | None:
    value = headers.get("content-type")
    return value.strip() if value else None


def _retry_after(headers: httpx.Headers) -> float | None:
    value = headers.get("retry-after")
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        return max(0.0, (parsedate_to_datetime(value) - datetime.now(timezone.utc)).total_seconds())
    except (TypeError, ValueError):
        return None


def _origin(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme, parts.netloc.lower()


class Fetcher:
    """Fetches pages and feeds; one per run or watch, shared by threads (robots, pauses, connections).

    >>> with Fetcher(FetchOptions(cache_dir=None)) as fetcher:     # doctest: +SKIP
    ...     raw = fetcher.fetch("https://example.org/news/1").raw()
    """

    def __init__(self, options: FetchOptions | None = None) -> None:
        self.options = options or FetchOptions()
        o = self.options
        self.cache = HttpCache(o.cache_dir) if o.cache_dir else None
        self.client = httpx.Client(
            transport=_GuardedTransport(o.allow_private, tuple(o.allow_networks)), follow_redirects=False,
            timeout=httpx.Timeout(o.timeout), headers={"User-Agent": o.user_agent or user_agent()})
        self._lock = threading.Lock()
        self._next_turn: dict[str, float] = {}
        self._delays: dict[str, float] = {}
        self._robots: dict[tuple[str, str], tuple[float, urllib.robotparser.RobotFileParser | None]] = {}
        self._robots_locks: dict[tuple[str, str], threading.Lock] = {}
        self._robots_failed: dict[tuple[str, str], tuple[float, str]] = {}

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- public ------------------------------------------------------------------------------------
    def fetch(self, url: str, *, accept: tuple[str, ...] = PAGE_TYPES, etag: str | None = None,
              last_modified: str | None = None) -> FetchResult:
        """GET ``url`` politely; raise an :class:`~eventwire.errors.IngestError` saying why not.

        ``etag``/``last_modified`` are validators the caller kept (a feed's); without them the
        disk cache's are used. On a 304 the cached bytes are returned when the cache has them,
        else ``data`` is empty and ``not_modified`` is set.
        """
        self._check_url(url, url)
        cached = self.cache.get(url) if self.cache else None
        if cached is not None and cached.fresh():
            return self._from_cache(url, cached, not_modified=False)
        headers = {"Accept": ", ".join(accept) + ", */*;q=0.1"}
        etag = etag or (cached.etag if cached else None)
        last_modified = last_modified or (cached.last_modified if cached else None)
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        for _ in range(self.options.max_redirects + 1):
            self._check_robots(url, current)
            answer = self._with_retries(url, current, headers, accept)
            if answer.location is not None:
                following = urljoin(current, answer.location)
                self._check_url(url, following)
                log.debug("%s: %d redirect to %s", current, answer.status, following)
                current = following
                continue
            if answer.status == 304:
                if cached is not None:
                    if self.cache:
                        self.cache.touch(url, answer.headers)
                    return self._from_cache(url, cached, not_modified=True)
                return FetchResult(url, current, b"", None, _now(), etag, last_modified, not_modified=True)
            result = FetchResult(url, current, answer.data, _media_type(answer.headers), _now(),
                                 answer.headers.get("etag"), answer.headers.get("last-modified"))
            if self.cache:
                self.cache.put(url, result, answer.headers)
            return result
        raise FetchFailed(f"{url}: more than {self.options.max_redirects} redirects")

    def fetch_raw(self, url: str) -> RawDocument:
        """The page at ``url`` as a :class:`RawDocument` for the pipeline."""
        result = self.fetch(url)
        if not result.data:
            raise EmptyInput(f"{url}: the server sent no content")
        return result.raw()

    # -- checks ------------------------------------------------------------------------------------
    def _check_url(self, url: str, target: str) -> None:
        parts = urlsplit(target)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            where = "" if target == url else f" (redirected to {target})"
            raise AddressRefused(f"{url}: not an http(s) URL{where}")

    def _check_robots(self, url: str, target: str) -> None:
        parser = self._robots_for(url, target)
        if parser is not None and not parser.can_fetch(ROBOTS_AGENT, target):
            where = "" if target == url else f" (redirected to {target})"
            raise RobotsDisallowed(f"{url}: robots.txt of {urlsplit(target).netloc} disallows it for eventwire{where}")

    def _robots_for(self, url: str, target: str) -> urllib.robotparser.RobotFileParser | None:
        """The host's robots.txt rules (None: everything allowed), fetched once an hour per host."""
        origin = _origin(target)
        with self._lock:
            lock = self._robots_locks.setdefault(origin, threading.Lock())
        with lock:
            known = self._robots.get(origin)
            if known is not None and time.monotonic() - known[0] < _ROBOTS_TTL:
                return known[1]
            failed = self._robots_failed.get(origin)
            if failed is not None and time.monotonic() - failed[0] < _ROBOTS_RETRY:
                raise FetchFailed(f"{url}: {failed[1]}")  # not asked again for every page of the host
            try:
                parser = self._load_robots(url, f"{origin[0]}://{origin[1]}/robots.txt")
            except FetchFailed as exc:
                self._robots_failed[origin] = (time.monotonic(), exc.message.split(": ", 1)[-1])
                raise
            self._robots_failed.pop(origin, None)
            self._robots[origin] = (time.monotonic(), parser)
            if parser is not None:
                delay = parser.crawl_delay(ROBOTS_AGENT)
                if delay:
                    with self._lock:
                        self._delays[origin[1]] = min(float(delay), 60.0)
            return parser

    def _load_robots(self, url: str, robots_url: str) -> urllib.robotparser.RobotFileParser | None:
        """RFC 9309: a 4xx means no rules; an unreachable robots.txt means no fetching for now."""
        current = robots_url
        for _ in range(self.options.max_redirects + 1):
            try:
                answer = self._with_retries(url, current, {"Accept": "text/plain"}, None,
                                            max_bytes=_ROBOTS_MAX_BYTES)
            except (FetchFailed, InputTooLarge) as exc:
                raise FetchFailed(f"{url}: robots.txt of {urlsplit(robots_url).netloc} cannot be read, so "
                                  f"nothing is fetched from it for now ({exc.message.split(': ', 1)[-1]})") from exc
            except HTTPStatusError:
                return None
            if answer.location is None:
                break
            current = urljoin(current, answer.location)
            self._check_url(url, current)
        else:
            return None
        parser = urllib.robotparser.RobotFileParser(robots_url)
        parser.parse(answer.data.decode("utf-8", errors="replace").splitlines())
        return parser

    # -- requests ----------------------------------------------------------------------------------
    def _wait_turn(self, host: str) -> None:
        """Sleep until this host may be asked again; reservations keep threads from colliding."""
        with self._lock:
            now = time.monotonic()
            turn = max(now, self._next_turn.get(host, 0.0))
            self._next_turn[host] = turn + max(self.options.host_delay, self._delays.get(host, 0.0))
        if turn > now:
            time.sleep(turn - now)

    def _with_retries(self, url: str, target: str, headers: dict[str, str], accept: tuple[str, ...] | None,
                      *, max_bytes: int | None = None) -> _Answer:
        attempts = self.options.retries + 1
        for attempt in range(attempts):
            self._wait_turn(urlsplit(target).netloc.lower())
            try:
                return self._attempt(url, target, headers, accept, max_bytes or self.options.max_bytes)
            except _Transient as exc:
                if attempt + 1 >= attempts:
                    raise FetchFailed(f"{url}: {exc} (after {attempts} attempt{'s' if attempts > 1 else ''})") from exc
                pause = self.options.backoff * 2 ** attempt
                if exc.retry_after is not None:
                    pause = max(pause, min(exc.retry_after, self.options.max_retry_after))
                log.info("%s: %s; trying again in %.1f s", url, exc, pause)
                time.sleep(pause)
        raise AssertionError("unreachable")

    def _attempt(self, url: str, target: str, headers: dict[str, str], accept: tuple[str, ...] | None,
                 max_bytes: int) -> _Answer:
        deadline = time.monotonic() + self.options.total_timeout
        try:
            with self.client.stream("GET", target, headers=headers) as response:
                status = response.status_code
                if status in _REDIRECTS:
                    location = response.headers.get("location")
                    if not location:
                        raise HTTPStatusError(f"{url}: redirect {status} without a Location")
                    return _Answer(status, response.headers, location=location)
                if status == 304:
                    return _Answer(status, response.headers)
                if status in _RETRY_STATUS:
                    raise _Transient(f"the server answered {status} {response.reason_phrase}",
                                     _retry_after(response.headers))
                if status >= 400 or status < 200:
                    raise HTTPStatusError(f"{url}: the server answered {status} {response.reason_phrase}"
                                          + (f" for {target}" if target != url else ""))
                if status == 204:
                    raise EmptyInput(f"{url}: the server answered 204 No Content")
                if accept is not None:
                    _check_type(url, _media_type(response.headers), accept)
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > max_bytes and not response.headers.get("content-encoding"):
                    raise InputTooLarge(f"{url}: {int(declared):,} bytes, above the {max_bytes:,}-byte limit "
                                        "(raise it with --max-bytes)")
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        raise InputTooLarge(f"{url}: larger than the {max_bytes:,}-byte limit "
                                            "(raise it with --max-bytes)")
                    if time.monotonic() > deadline:
                        raise _Transient(f"the response took longer than {self.options.total_timeout:g} s")
                    chunks.append(chunk)
                return _Answer(status, response.headers, b"".join(chunks))
        except httpx.TimeoutException as exc:
            raise _Transient(f"timed out ({type(exc).__name__}, {self.options.timeout:g} s)") from exc
        except (httpx.TransportError, httpx.DecodingError) as exc:
            raise _Transient(f"network error: {exc or type(exc).__name__}") from exc
        except AddressRefused as exc:
            raise AddressRefused(f"{url}: {exc.message}") from exc

    def _from_cache(self, url: str, cached: CachedResponse, *, not_modified: bool) -> FetchResult:
        return FetchResult(url, cached.final_url, cached.body(), cached.media_type, cached.fetched, cached.etag,
                           cached.last_modified, not_modified=not_modified, from_cache=True)


class _Transient(Exception):
    """A failure worth retrying (timeout, connection, 429, 5xx), with the server's Retry-After."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


def _check_type(url: str, media_type: str | None, accept: tuple[str, ...]) -> None:
    """Refuse by the declared type before reading the body; an undeclared type is sniffed later."""
    if not media_type:
        return
    essence = media_type.split(";", 1)[0].strip().lower()
    if essence in accept or essence.endswith(("+xml",)) and "application/xhtml+xml" in accept:
        return
    raise NotAPage(f"{url}: the server sent {essence}, not a web page or text")


# --- many pages --------------------------------------------------------------------------------------

def fetch_document(fetcher: Fetcher, url: str) -> RawDocument | Article:
    """The page at ``url``, or a failed Article saying why it could not be fetched (never raises).

    A page that failed for a passing reason (status ``error``: a timeout, a 500) gets the id its
    article will have once fetched (the URL's), so when a later run fetches it the store replaces
    the failure instead of keeping both. A refusal (``rejected``) keeps an id of its own: the store
    never replaces those, and it must not stand in the way of the page once it is allowed.
    """
    from ..pipeline import failed_article

    try:
        return fetcher.fetch_raw(url)
    except Exception as exc:  # noqa: BLE001 - one odd server must not stop a run
        if not isinstance(exc, EventwireError):
            log.debug("fetch failed for %s", url, exc_info=True)
        failed = failed_article(url, exc)
        if failed.status == "error" and is_url(url):
            failed.doc_id = doc_id(url, b"")
        return failed


def fetch_many(urls: Iterable[str], fetcher: Fetcher) -> Iterator[RawDocument | Article]:
    """Fetch ``urls`` with ``options.concurrency`` threads, yielding in input order.

    Threads, not processes: fetching waits on the network, and the per-host pauses and robots
    rules must be shared. At most ``2 × concurrency`` pages are in flight or waiting to be read.
    """
    workers = max(1, fetcher.options.concurrency)
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="eventwire-fetch") as pool:
        window: list[Future[RawDocument | Article]] = []
        try:
            for url in urls:
                window.append(pool.submit(fetch_document, fetcher, url))
                if len(window) >= 2 * workers:
                    yield window.pop(0).result()
            while window:
                yield window.pop(0).result()
        finally:
            for future in window:
                future.cancel()
