"""CLI commands over the event store: run, events, articles, stories, export.

Kept apart from :mod:`eventwire.cli` so the store's commands grow in one place; registered on the
main command group by :func:`register_store_commands`.
"""

from __future__ import annotations

import click


def register_store_commands(group: click.Group) -> None:
    """Add the store's commands to the ``eventwire`` group."""
