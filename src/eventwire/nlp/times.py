"""Time expressions resolved against the publication date. (First version: finds nothing.)"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..records import TimeExpression


def find_times(doc: Any, anchor: date | None) -> list[TimeExpression]:
    """Every time expression in the parsed body, resolved against ``anchor`` when relative."""
    return []
