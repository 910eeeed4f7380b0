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

import ftfy

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

    Plain ASCII cannot hold mojibake and is returned at once (most pages of English news). A
    repaired no-break space (``Â`` before a space is its usual remnant) becomes an ordinary space,
    which is what the writer typed and what the tokenizer splits on.
    """
    if text.isascii():
        return text
    fixed = ftfy.fix_text(text, _CONFIG)
    if fixed == text:
        return text
    return fixed.replace("\xa0", " ")
