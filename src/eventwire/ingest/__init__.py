"""Ingest: raw bytes from files, directories, globs and stdin, sniffed into readable pages."""

from .files import discover, read_input
from .sniff import decode_page

__all__ = ["decode_page", "discover", "read_input"]
