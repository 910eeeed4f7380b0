"""Lines of a plain-text page dump, normalised the same way for training and for extraction.

Why a module of its own: the line classifier is trained on benchmark pages rendered to dumps
(one rendered block per line, no blank lines) but meets real dumps (browser select-all, ``lynx
-dump``) whose paragraphs are separated by blank lines and whose lines may be hard-wrapped. Both
shapes must reach the classifier as the same thing: one non-empty, whitespace-collapsed block per
line, with the blank-line structure kept on the side for the rules that need it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Zero-width characters and the byte-order mark: invisible, but they break exact line matches.
_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
_WORD = re.compile(r"\w+")
# "[12]Home", "[3]READ MORE: ..." — lynx numbers every link; the numbers are not page text.
_LINK_NUMBER = re.compile(r"\[\d{1,4}\](?=\S)")


@dataclass(frozen=True)
class DumpLine:
    """One non-empty line of a dump.

    ``block`` numbers the runs of lines between blank lines (all 0 when the dump has none) and
    ``block_size`` is the length of that run, so a rule can tell a lone paragraph from a stack of
    menu entries.
    """

    text: str
    index: int
    block: int
    block_size: int


def normalise_line(line: str) -> str:
    """A line as the classifier sees it: invisible characters dropped, whitespace collapsed."""
    return " ".join(_INVISIBLE.sub("", line).split())


def words(text: str) -> list[str]:
    """Word tokens (``\\w+``), the unit of every length measure here and in the benchmarks."""
    return _WORD.findall(text)


def _unwrap(raw_lines: list[str]) -> list[str]:
    """Join hard-wrapped prose (``lynx -dump`` wraps at ~78 columns) back into paragraphs.

    Only applies when most long lines have nearly the same width, which is how wrapped text
    looks; a dump whose blocks are one line each is returned unchanged.
    """
    widths = [len(line) for line in raw_lines if len(line) >= 40]
    if len(widths) < 8:
        return raw_lines
    widths.sort()
    top = widths[int(len(widths) * 0.9)]
    near = sum(1 for w in widths if top - 12 <= w <= top)
    if top > 100 or near < 0.5 * len(widths):
        return raw_lines
    joined: list[str] = []
    carry = ""
    for line in raw_lines:
        stripped = line.strip()
        if not stripped:
            if carry:
                joined.append(carry)
                carry = ""
            joined.append("")
            continue
        carry = f"{carry} {stripped}" if carry else stripped
        if len(line.rstrip()) < top - 15:
            joined.append(carry)
            carry = ""
    if carry:
        joined.append(carry)
    return joined


def _raw_lines(text: str) -> list[str]:
    """Physical lines, invisible characters and ``lynx -dump`` link numbers removed, hard wraps joined."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if any(char in text for char in _INVISIBLE_CHARS):  # six fast scans, usually instead of the regex's one slow one
        text = _INVISIBLE.sub("", text)
    if "]" in text:
        text = _LINK_NUMBER.sub("", text)
    return _unwrap(text.split("\n"))


def dump_lines(text: str) -> list[str]:
    """Just the normalised non-empty lines of ``text`` (the fast path of :func:`split_dump`).

    Most dump lines are clean already, and for those four C-level tests replace the split into
    word objects and the join (a third of the line splitting's time): every white-space
    character but the plain space is unprintable (categories Zs, Zl, Zp and the control
    characters), so a printable line without a doubled, leading or trailing space is what
    ``" ".join(line.split())`` returns. The tests are spelled out in the loop: a function call a
    line cost as much as they do.
    """
    return [norm for norm in (line if line.isprintable() and "  " not in line and line[:1] != " "
                              and line[-1:] != " " else " ".join(line.split()) for line in _raw_lines(text)) if norm]


def split_dump(text: str) -> list[DumpLine]:
    """The non-empty lines of ``text`` with their blank-line block structure."""
    cleaned: list[tuple[str, int]] = []
    block = 0
    previous_blank = False
    for line in _raw_lines(text):
        norm = " ".join(line.split())
        if not norm:
            previous_blank = True
            continue
        if previous_blank and cleaned:
            block += 1
        previous_blank = False
        cleaned.append((norm, block))
    sizes: dict[int, int] = {}
    for _, b in cleaned:
        sizes[b] = sizes.get(b, 0) + 1
    return [DumpLine(t, i, b, sizes[b]) for i, (t, b) in enumerate(cleaned)]
