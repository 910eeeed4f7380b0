"""Repair text that was encoded to UTF-8 twice ("mojibake"): ``frontâ€™s`` back to ``front’s``.

News archives and scraped corpora often hold pages that some tool decoded as Windows-1252 and
encoded again as UTF-8. The bytes are valid UTF-8, so decoding cannot notice, but every curly quote
becomes three letters glued to its word: the parser then reads ``governmentâ€™s`` as one noun
(the possessor, often an event's actor, is lost) and quotation marks no longer open a quote (the
speaker of an attributed statement is lost). ftfy (Apache-2.0) detects these sequences by their
"badness" and undoes only them, leaving correct text untouched. Only its encoding fixes are used:
quotes stay curly, HTML entities, line breaks, ligatures and Unicode normal form are left as they
are, because the extractors and the parser after this step already handle those.
"""

from __future__ import annotations

import re

import ftfy

# What any double-encoded UTF-8 character starts with: a lead byte read as Windows-1252 or Latin-1
# (Â..ô) followed by a continuation byte read the same way (U+0080..U+00BF, or one of the
# Windows-1252 letters and marks that stand for 0x80..0x9F, or a replacement mark where one was
# lost), or "Â" before a space. Text without such a pair cannot hold mojibake; one regex search
# rules out most pages, where ftfy's own check costs ~3 ms a page (it finds the same repairs on all
# 1,257 IndiaPoliceEvents texts).
_SUSPECT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\ufffd]"
    "|\u00c2 "  # a no-break space (C2 A0) whose second byte a tool turned into a plain space
)
_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=True,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)


def repair_mojibake(text: str) -> str:
    """``text`` with double-encoded UTF-8 sequences decoded once more; other text unchanged.

    Text with no lead-and-continuation pair (:data:`_SUSPECT`) is returned at once. A
    repaired no-break space (``Â`` before a space is its usual remnant) becomes an ordinary space,
    which is what the writer typed and what the tokenizer splits on.
    """
    if text.isascii() or not _SUSPECT.search(text):
        return text
    fixed = ftfy.fix_text(text, _CONFIG)
    if fixed == text:
        return text
    return fixed.replace("\xa0", " ")
