"""From untrusted bytes to a readable page: gzip, binary formats, encodings, HTML or plain text.

Files arrive without a reliable name or type (a dump saved as ``.html``, a page saved without an
extension, gzip from a crawler), so everything is decided from the bytes. Each refusal raises an
:class:`~eventwire.errors.InputError` whose message tells the user what the file seems to be.
"""

from __future__ import annotations

import codecs
import gzip
import re
import zlib

from ..errors import BinaryInput, EmptyInput, InputTooLarge, UndecodableInput
from ..records import Page, RawDocument
from .mojibake import repair_mojibake

# Magic numbers of formats people feed to text tools by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a RIFF media file (WebP, WAV or AVI)"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x7fELF", "an executable program"),
    (b"MZ", "a Windows executable"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"SQLite format 3", "an SQLite database"),
    (b"ID3", "an MP3 audio file"),
    (b"\x00\x00\x00\x18ftyp", "an MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "an MP4 video"),
    (b"OggS", "an Ogg media file"),
    (b"wOFF", "a web font"),
)
_GZIP_MAGIC = b"\x1f\x8b"
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|\?xml[^>]*>\s*<(?:!doctype\s+html|html))", re.I | re.S)
_HTML_TAG = re.compile(r"</?(?:p|div|span|a|br|li|ul|h[1-6]|table|td|article|section|img|script|style|meta|link)\b[^>]*>", re.I)
# Control characters that have no place in a text page (tab, line feed, carriage return do).
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])


def _gunzip(data: bytes, source: str, max_bytes: int) -> bytes:
    """Decompress with the same size cap as plain files: a small gzip can hide a huge page."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, max_bytes + 1)
    except zlib.error as exc:
        raise UndecodableInput(f"{source}: a damaged gzip file ({exc})") from exc
    if len(out) > max_bytes:
        raise InputTooLarge(f"{source}: unpacks to more than the {max_bytes:,}-byte limit")
    if not inflater.eof:
        try:  # a truncated stream: keep what came out if it is readable
            out = gzip.decompress(data)[: max_bytes + 1]
        except (OSError, EOFError):
            pass
    return out


def _sniff_binary(data: bytes, source: str) -> None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise BinaryInput(f"{source}: this is {kind}, not a web page or text")
    head = data[:8192]
    if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise BinaryInput(f"{source}: binary data (contains NUL bytes), not a web page or text")


def _decode(data: bytes, source: str) -> tuple[str, str]:
    """Text and the encoding that produced it: BOM, valid non-ASCII UTF-8, a declared charset, UTF-8, detection."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name.replace("-sig", "")
            except UnicodeDecodeError as exc:
                raise UndecodableInput(f"{source}: starts with a {name} mark but is not {name} text") from exc
    if not data.isascii():
        # Bytes that are valid UTF-8 and not plain ASCII are UTF-8 whatever the page declares:
        # legacy single-byte text almost never forms valid multi-byte sequences by chance, while
        # pages re-encoded by a server, a proxy or a crawler often keep a stale ``charset=``.
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    declared = _DECLARED.search(data[:4096])
    candidates: list[str] = []
    if declared:
        candidates.append((declared.group(1) or declared.group(2)).decode("ascii").lower())
    candidates.append("utf-8")
    for name in candidates:
        try:
            codecs.lookup(name)
            return data.decode(name), codecs.lookup(name).name
        except (LookupError, UnicodeDecodeError):
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise UndecodableInput(f"{source}: the bytes fit no known text encoding")
    return data.decode(best.encoding, errors="replace"), best.encoding


def _control_count(text: str) -> int:
    """How many :data:`_CONTROL_BYTES` characters ``text`` holds.

    Counted in its UTF-8 bytes, where a character below 0x80 is always its own byte: a bytes
    deletion is ~10x faster than a regex character class over the text.
    """
    data = text.encode("utf-8", "surrogatepass")
    return len(data) - len(data.translate(None, _CONTROL_BYTES))


def looks_like_html(text: str) -> bool:
    """True for markup pages; plain dumps may contain a stray ``<`` but few real tags."""
    head = text[:20_000]
    if _HTML_START.match(head):
        return True
    return len(_HTML_TAG.findall(head)) >= 5


def decode_page(raw: RawDocument, *, max_bytes: int) -> Page:
    """Turn raw bytes into a :class:`Page`, or raise an InputError that says why not.

    The size cap is checked here too, not only where files are read: bytes handed over in memory
    (``eventwire.extract(data)``, a server submission) would otherwise skip it, and a 50 MB page
    takes 4 GB to extract.
    """
    data = raw.data
    if len(data) > max_bytes:
        raise InputTooLarge(f"{raw.source}: {len(data):,} bytes, above the {max_bytes:,}-byte limit "
                            "(raise it with max_bytes / --max-bytes)")
    if data.startswith(_GZIP_MAGIC):
        data = _gunzip(data, raw.source, max_bytes)
    if not data.strip():
        raise EmptyInput(f"{raw.source}: the file is empty")
    _sniff_binary(data, raw.source)
    text, encoding = _decode(data, raw.source)
    text = repair_mojibake(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise EmptyInput(f"{raw.source}: the file holds only white space")
    controls = _control_count(text[:20_000])
    if controls > 0.05 * min(len(text), 20_000):
        raise BinaryInput(f"{raw.source}: mostly control characters, not a web page or text")
    if "\ufffd" in text and text.count("\ufffd") > 0.2 * len(text):
        raise UndecodableInput(f"{raw.source}: most characters could not be decoded")
    is_html = bool(raw.media_type and "html" in raw.media_type) or looks_like_html(text)
    return Page(
        source=raw.source,
        text=text,
        format="html" if is_html else "text",
        encoding=encoding,
        url=raw.url,
        fetched=raw.fetched,
    )
