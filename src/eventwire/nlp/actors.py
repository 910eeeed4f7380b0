"""Actors: who, coded with country and sector. (First version: finds nothing.)"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..records import Actor, Place


def find_actors(doc: Any, places: list[Place], anchor: date | None) -> list[Actor]:
    """Every actor mention in the parsed body, resolved and linked by coreference."""
    return []
