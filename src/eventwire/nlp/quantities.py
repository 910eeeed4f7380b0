"""Quantities: counts and amounts with what they count. (First version: finds nothing.)"""

from __future__ import annotations

from typing import Any

from ..records import Quantity


def find_quantities(doc: Any) -> list[Quantity]:
    """Every count or amount in the parsed body."""
    return []
