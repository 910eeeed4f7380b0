"""The one coded event a test asks for, from a sentence written for the test (shared by the coding tests, which
otherwise each kept a copy of this helper)."""

from __future__ import annotations

from typing import Any

from eventwire.coding import code_text


def coded_event(text: str, event: str, trigger: str | None = None, *, published: str) -> Any:
    """The first event of type ``event`` (on ``trigger``, lower-cased, when given) coded from ``text``; the test
    fails, listing what was coded, when there is none."""
    coded = code_text(text, published=published)
    found = [e for e in coded if e.event == event and (trigger is None or e.evidence.trigger.lower() == trigger)]
    on = f" on {trigger!r}" if trigger else ""
    assert found, f"no {event} event{on} in {text!r}: {coded}"
    return found[0]
