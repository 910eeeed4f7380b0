"""eventwire: read news like an analyst and write down what happened.

The public surface is small and pinned by a test: extract an article from a page, code the events
it reports, the records both return; open an event store (``open_store``) to run pages into it
and query them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .api import code, extract
from .errors import EventwireError
from .records import Article, Event

if TYPE_CHECKING:
    from .store import Store

__version__ = "0.1.0"
__all__ = ["Article", "Event", "EventwireError", "__version__", "code", "extract", "open_store"]


def open_store(path: Any = None, *, read_only: bool = False) -> Store:
    """Open (or create) an event store: ``store.run(inputs)``, ``store.events(...)``, ``.df()``.

    Imported on first use so ``import eventwire`` stays light (DuckDB and pyarrow load here).
    """
    from .store import open_store as _open_store

    return _open_store(path, read_only=read_only)
