"""An article body as HTML with each event's evidence sentence and trigger highlighted.

Why split the body at every span boundary: several events often come from one sentence, and
spans may overlap; cutting the text into segments and marking each segment with the events that
cover it gives well-nested HTML whatever the overlaps. Every piece of article text goes through
``markupsafe.escape``: the body is untrusted (a page can say ``<script>`` in its prose), and the
only markup here is ours.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape


def _trigger_span(body: str, start: int, end: int, trigger: str | None) -> tuple[int, int] | None:
    """Where the trigger word sits inside the evidence (exact case first, then any case)."""
    if not trigger:
        return None
    at = body.find(trigger, start, end)
    if at < 0:
        at = body.lower().find(trigger.lower(), start, end)
    return (at, at + len(trigger)) if at >= 0 else None


def highlight(body: str, events: list[dict[str, Any]]) -> Markup:
    """The body with ``<mark>`` around evidence, ``<b class="trigger">`` around triggers, anchors per event."""
    length = len(body)
    spans: list[tuple[int, int, dict[str, Any]]] = []
    triggers: list[tuple[int, int]] = []
    for event in events:
        evidence = event.get("evidence") or {}
        start, end = int(evidence.get("start") or 0), int(evidence.get("end") or 0)
        start, end = max(0, min(start, length)), max(0, min(end, length))
        if end <= start:
            continue
        spans.append((start, end, event))
        found = _trigger_span(body, start, end, evidence.get("trigger"))
        if found:
            triggers.append(found)
    cuts = sorted({0, length, *(s for s, _, _ in spans), *(e for _, e, _ in spans),
                   *(s for s, _ in triggers), *(e for _, e in triggers)})
    anchors: dict[int, list[str]] = {}
    for start, _, event in spans:
        anchors.setdefault(start, []).append(str(event["id"]))
    out: list[Markup] = []
    for a, b in zip(cuts, cuts[1:]):
        for event_id in anchors.pop(a, []):
            out.append(Markup('<span class="anchor" id="ev-{}"></span>').format(event_id))
        text = escape(body[a:b])
        if any(s <= a and b <= e for s, e in triggers):
            text = Markup('<b class="trigger">{}</b>').format(text)
        covering = [event for s, e, event in spans if s <= a and b <= e]
        if covering:
            quads = {event.get("quad_class") for event in covering}
            quad = quads.pop() if len(quads) == 1 else "mixed"
            ids = " ".join(str(event["id"]) for event in covering)
            text = Markup('<mark class="evidence q{}" data-events="{}">{}</mark>').format(quad, ids, text)
        out.append(text)
    return Markup("").join(out)


def safe_url(url: str | None) -> str | None:
    """The address if it is an http(s) URL a reader may follow, else None (shown as text, never linked)."""
    if url and url.strip().lower().startswith(("http://", "https://")) and not any(c in url for c in "\"'<> \n\r\t"):
        return url.strip()
    return None
