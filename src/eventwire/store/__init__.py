"""The event store: DuckDB tables for sources, articles, events, stories and runs.

Modules, one concern each: :mod:`.schema` (tables and migrations), :mod:`.connection` (opening a
file, errors users can act on), :mod:`.rows` (records ⇄ columns), :mod:`.writer` (transactional,
idempotent batches), :mod:`.stories` (linking reports of one happening), :mod:`.run` and
:mod:`.workers` (``eventwire run``, ``-j N``), :mod:`.query` and :mod:`.results` (filters,
records, DataFrames), :mod:`.formats`, :mod:`.gdelt` and :mod:`.acled` (exports), :mod:`.api`
(``open_store``). Stages never import this package; the runner moves their records into it.
"""

from .api import Store, open_store
from .results import Story
from .run import RunSummary

__all__ = ["RunSummary", "Store", "Story", "open_store"]
