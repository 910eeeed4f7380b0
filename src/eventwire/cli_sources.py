"""``eventwire watch FEED...``: poll RSS/Atom feeds, fetch and code the new items, store them.

Why the store decides what is new: a watch is a long-lived process that will be killed, restarted,
and pointed at a database other runs also fill. The pages a feed links to are looked up in the
store by their URL (its ``inputs`` and ``articles``) before each fetch, so an item is coded
exactly once however often the watch restarts, and an item whose page could not be fetched (a
timeout, a 500) is tried again at the next poll, up to ``MAX_ATTEMPTS`` times.

The database is opened only while a poll stores what it found, so ``eventwire events`` can read
it between polls (DuckDB lets one process write at a time). SIGINT and SIGTERM stop the watch
cleanly: the batch being written is rolled back whole, and the next start picks it up again.
"""

from __future__ import annotations

import re
import signal
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

import click

from .cli_store import db_option, fetch_options, make_fetch_options
from .errors import StoreError
from .ingest.feeds import FeedState, poll_feed
from .pipeline import ExtractOptions
from .store import Store
from .store.run import run_inputs
from .store.workers import CoderSpec

if TYPE_CHECKING:
    from .ingest.fetch import Fetcher

MAX_ATTEMPTS = 3
_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*(h|m|s|ms)?", re.I)
_UNITS = {"h": 3600.0, "m": 60.0, "s": 1.0, "ms": 0.001, None: 1.0}


def parse_interval(text: str) -> float:
    """Seconds in ``15m``, ``1h30m``, ``45s``, ``90`` (seconds); raises ValueError otherwise."""
    compact = text.strip().lower().replace(" ", "")
    parts = list(_DURATION.finditer(compact))
    if not compact or "".join(p.group(0) for p in parts) != compact:
        raise ValueError(f"{text!r} is not a duration such as 15m, 1h30m or 45s")
    return sum(float(p.group(1)) * _UNITS[p.group(2)] for p in parts)


@dataclass
class Totals:
    """What a watch has done so far, for its log lines and its last words."""

    polls: int = 0
    items: set[str] = field(default_factory=set)  # links of the new items tried (once each, however often)
    articles: int = 0
    events: int = 0
    skipped: Counter[str] = field(default_factory=Counter)


class Watcher:
    """Polls feeds and stores their new items; :meth:`poll` does one round, the command loops."""

    def __init__(self, feeds: list[str], db: str, fetcher: Fetcher, *, coder: CoderSpec = None,
                 options: ExtractOptions | None = None, say: Callable[[str], None] = print) -> None:
        self.states = {url: FeedState(url) for url in dict.fromkeys(feeds)}
        self.db, self.fetcher, self.coder = db, fetcher, coder
        self.options = options or ExtractOptions()
        self.say = say
        self.seen: set[str] = set()        # links stored, or given up on
        self.links_by_id: dict[str, str] = {}  # feed entry id -> the first link it came with
        self.attempts: Counter[str] = Counter()
        self.current: dict[str, dict[str, str]] = {}  # feed -> the ids and links it listed last
        self.totals = Totals()

    def poll(self) -> int:
        """Poll every feed once and store the new items; returns how many feeds could be read."""
        self.totals.polls += 1
        links: list[str] = []
        readable = 0
        for state in self.states.values():
            result = poll_feed(self.fetcher, state)
            if result.error:
                again = " (it is polled again next time)" if state.failures == 1 else \
                    f" ({state.failures} polls in a row)"
                self.say(f"{result.error}{again}")
                continue
            readable += 1
            if not result.not_modified:
                self.current[state.url] = {item.id: item.link for item in result.items}
            for item in result.items:
                first_link = self.links_by_id.setdefault(item.id, item.link)  # an item whose link changed
                if item.link not in self.seen and first_link not in self.seen:
                    links.append(item.link)
        retries = [link for link in self.attempts if link not in self.seen]  # even when the feed is unchanged
        links = list(dict.fromkeys(retries + links))
        if links:
            self._store(links)
        self._forget()
        return readable

    def _forget(self) -> None:
        """Keep in memory only what the feeds still list: a watch may run for months."""
        ids = {i for items in self.current.values() for i in items}
        listed = {link for items in self.current.values() for link in items.values()}
        self.attempts = Counter({link: n for link, n in self.attempts.items() if link in listed or n < MAX_ATTEMPTS})
        live = listed | set(self.attempts)
        self.links_by_id = {i: link for i, link in self.links_by_id.items() if i in ids}
        self.seen &= live | set(self.links_by_id.values())

    def _store(self, links: list[str]) -> None:
        try:
            with Store(self.db) as store:
                stored = _stored(store, links)
                self.seen |= stored
                new = [link for link in links if link not in stored]
                if not new:
                    return
                summary = run_inputs(store.connection, new, path=store.path, coder=self.coder, options=self.options,
                                     fetch=self.fetcher)
                done = _stored(store, new)
        except StoreError as exc:  # locked by another writer, disk full: try again next poll
            self.say(f"{exc} (the new items are tried again next poll)")
            return
        self.seen |= done
        for link in new:
            if link in done:
                continue
            self.attempts[link] += 1
            if self.attempts[link] >= MAX_ATTEMPTS:
                self.seen.add(link)
                self.say(f"{link}: given up after {MAX_ATTEMPTS} attempts")
        self.totals.items.update(new)
        self.totals.articles += summary.articles_added
        self.totals.events += summary.events_added
        self.totals.skipped.update(summary.skipped)
        self.say(f"poll {self.totals.polls}: {len(new)} new item{'s' if len(new) != 1 else ''}: "
                 f"{summary.articles_added} new articles, {summary.events_added} new events"
                 + (f", {summary.skipped_total} skipped" if summary.skipped_total else ""))
        for reason, count in summary.skipped.most_common():
            self.say(f"  {count:>4}  {reason}")


def _stored(store: Store, links: list[str]) -> set[str]:
    """The links whose page the store holds (read, or refused for good): not to be fetched again."""
    rows = store.connection.execute(
        """SELECT source FROM inputs WHERE source IN (SELECT unnest(?::VARCHAR[]))
           UNION SELECT source FROM articles WHERE status <> 'error' AND source IN (SELECT unnest(?::VARCHAR[]))""",
        [links, links]).fetchall()
    return {source for (source,) in rows}


def _interrupt(_signum: int, _frame: Any) -> None:
    raise KeyboardInterrupt


def _say(message: str) -> None:
    click.echo(f"{datetime.now().strftime('%H:%M:%S')} {message}", err=True)



@click.command()
@click.argument("feeds", nargs=-1, required=True, metavar="FEED...")
@click.option("--interval", default="15m", show_default=True, metavar="DURATION",
              help="Time between two polls of the feeds: 15m, 1h, 90s...")
@click.option("--once", is_flag=True, help="Poll each feed once, store what is new, and exit (for cron).")
@fetch_options
@db_option
@click.option("--coder", metavar="MODULE:FUNCTION", default=None,
              help="Code events with your own function (AnnotatedArticle -> list of Event).")
@click.option("--max-bytes", type=click.IntRange(min=1), default=ExtractOptions.max_bytes, show_default=True,
              envvar="EVENTWIRE_MAX_BYTES", help="Refuse pages larger than this.")
def watch(feeds: tuple[str, ...], interval: str, once: bool, db: str, coder: str | None, max_bytes: int,
          **fetching: Any) -> None:
    """Poll RSS/Atom feeds and store the events of every new item, until stopped.

    Each poll asks the feeds for what changed (ETag, Last-Modified), fetches the pages of items
    the database does not hold yet, codes and stores them. A feed or page that fails is logged
    and tried again at the next poll. Ctrl-C or SIGTERM stops it cleanly.
    """
    try:
        seconds = parse_interval(interval)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--interval") from None
    if seconds <= 0:
        raise click.BadParameter("must be more than 0", param_hint="--interval")
    bad = [f for f in feeds if not f.startswith(("http://", "https://"))]
    if bad:
        raise click.BadParameter(f"{bad[0]!r} is not an http(s) URL", param_hint="FEED")
    from .ingest.fetch import Fetcher

    fetcher = Fetcher(make_fetch_options(max_bytes=max_bytes, **fetching))
    watcher = Watcher(list(feeds), db, fetcher, coder=coder, options=ExtractOptions(max_bytes=max_bytes), say=_say)
    previous = signal.signal(signal.SIGTERM, _interrupt)
    readable = 0
    try:
        if not once:
            _say(f"watching {len(watcher.states)} feed{'s' if len(feeds) > 1 else ''} every {interval} "
                 f"into {db}; Ctrl-C stops")
        while True:
            started = time.monotonic()
            readable = watcher.poll()
            if once:
                break
            time.sleep(max(0.0, seconds - (time.monotonic() - started)))
    except KeyboardInterrupt:
        _say("stopping: the batches already stored are kept")
    finally:
        signal.signal(signal.SIGTERM, previous)
        fetcher.close()
    t = watcher.totals
    _say(f"{t.polls} poll{'s' if t.polls != 1 else ''}: {len(t.items)} new items, {t.articles} new articles, "
         f"{t.events} new events")
    if once and readable == 0:
        raise click.exceptions.Exit(1)  # no feed could be read: nothing could be done


def register_source_commands(group: click.Group) -> None:
    """Add ``watch`` to the ``eventwire`` group, with the CLI's -v and friendly errors."""
    from .cli import _friendly_errors, verbose_option

    verbose = verbose_option(lambda: None).__click_params__[0]  # type: ignore[attr-defined]
    watch.callback = _friendly_errors(watch.callback)
    watch.params.append(verbose)
    group.add_command(watch)


__all__ = ["Watcher", "parse_interval", "register_source_commands", "watch"]
