"""Inputs named on the command line: files, directories (recursive), globs and ``-`` for stdin.

Reading is capped: a file larger than ``max_bytes`` is refused before it is read, so one huge
file costs nothing and the run goes on with the rest.
"""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import InputNotFound, InputTooLarge
from ..records import RawDocument

STDIN = "-"
DEFAULT_MAX_BYTES = 10_000_000
_HIDDEN = (".", "_")


def _walk(directory: Path) -> Iterator[str]:
    """Every regular file below ``directory`` in a stable order, skipping hidden entries."""
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith(_HIDDEN))
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(root, name)


def discover(inputs: Iterable[str]) -> Iterator[str | InputNotFound]:
    """Expand each input into file paths, in order; an input that matches nothing yields an error.

    Errors are yielded, not raised, so that one mistyped path does not hide the other inputs.
    """
    for item in inputs:
        if item == STDIN:
            yield STDIN
            continue
        path = Path(item)
        if path.is_dir():
            found = list(_walk(path))
            if not found:
                yield InputNotFound(f"{item}: the directory holds no files")
            yield from found
        elif path.is_file():
            yield item
        elif glob.has_magic(item):
            matches = sorted(m for m in glob.glob(item, recursive=True) if os.path.isfile(m))
            if not matches:
                yield InputNotFound(f"{item}: no file matches this pattern")
            yield from matches
        elif path.exists():
            yield InputNotFound(f"{item}: not a regular file")
        else:
            yield InputNotFound(f"{item}: no such file or directory")


def _read_capped(stream: BinaryIO, source: str, max_bytes: int) -> bytes:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputTooLarge(
            f"{source}: larger than the {max_bytes:,}-byte limit (raise it with --max-bytes)"
        )
    return data


def read_input(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES, stdin: BinaryIO | None = None) -> RawDocument:
    """The bytes of one file (or of stdin for ``-``), refusing anything above ``max_bytes``."""
    if path == STDIN:
        stream = stdin if stdin is not None else sys.stdin.buffer
        return RawDocument(source="<stdin>", data=_read_capped(stream, "<stdin>", max_bytes))
    try:
        size = os.path.getsize(path)
    except FileNotFoundError as exc:
        raise InputNotFound(f"{path}: no such file or directory") from exc
    except OSError as exc:
        raise InputNotFound(f"{path}: {exc.strerror or exc}") from exc
    if size > max_bytes:
        raise InputTooLarge(
            f"{path}: {size:,} bytes, above the {max_bytes:,}-byte limit (raise it with --max-bytes)"
        )
    try:
        with open(path, "rb") as handle:
            return RawDocument(source=path, data=_read_capped(handle, path, max_bytes))
    except OSError as exc:
        raise InputNotFound(f"{path}: cannot be read ({exc.strerror or exc})") from exc
