"""Writing rows in the field's everyday formats: table, JSON lines, CSV/TSV, Parquet, GeoJSON.

Conventions (sqlite-utils, datasette, the PLOVER manual): UTF-8, a header row, ISO dates, one
JSON object per line; lists become ``;``-joined cells in CSV/TSV and stay lists in JSON and
Parquet; GeoJSON puts each event with coordinates at ``[lon, lat]`` (RFC 7946 order). Writers
take rows as they stream from the database, so exporting a million events never holds them all.
"""

from __future__ import annotations

import csv
import json
import shutil
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import IO, Any

TEXT_FORMATS = ("table", "jsonl", "csv", "tsv", "geojson")
BINARY_FORMATS = ("parquet",)


def _json_default(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalars from DataFrames
        return value.item()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def to_json(data: Any) -> str:
    """One compact JSON line (UTF-8 kept as is, dates as ISO strings)."""
    return json.dumps(data, ensure_ascii=False, default=_json_default)


def cell(value: Any) -> str:
    """A value as one CSV/TSV cell: lists joined with ``;``, dates ISO, null empty."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ";".join(cell(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)


def write_jsonl(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for row in rows:
        out.write(to_json(row) + "\n")
        n += 1
    return n


def write_delimited(rows: Iterable[dict[str, Any]], out: IO[str], columns: Sequence[str], *,
                    delimiter: str = ",", header: bool = True) -> int:
    """CSV or TSV with a header row; TSV cells have tabs and newlines replaced by spaces."""
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n",
                        quoting=csv.QUOTE_MINIMAL if delimiter == "," else csv.QUOTE_NONE,
                        escapechar=None if delimiter == "," else "\\")
    if header:
        writer.writerow(columns)
    n = 0
    for row in rows:
        cells = [cell(row.get(c)) for c in columns]
        if delimiter == "\t":
            cells = [c.replace("\t", " ").replace("\n", " ").replace("\r", " ").replace("\\", "/") for c in cells]
        writer.writerow(cells)
        n += 1
    return n


def write_geojson(rows: Iterable[dict[str, Any]], out: IO[str], *, lat: str = "lat", lon: str = "lon",
                  id_field: str = "id") -> tuple[int, int]:
    """A FeatureCollection of the rows that have coordinates; returns (written, left out)."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    written = missing = 0
    for row in rows:
        y, x = row.get(lat), row.get(lon)
        if y is None or x is None:
            missing += 1
            continue
        properties = {k: v for k, v in row.items() if k not in (lat, lon)}
        feature = {"type": "Feature", "id": row.get(id_field),
                   "geometry": {"type": "Point", "coordinates": [float(x), float(y)]},
                   "properties": properties}
        out.write((",\n" if written else "") + to_json(feature))
        written += 1
    out.write("\n]}\n")
    return written, missing


def _short(value: Any, width: int) -> str:
    text = cell(value).replace("\n", " ")
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def write_table(rows: Iterable[dict[str, Any]], out: IO[str], columns: Sequence[tuple[str, str, int]],
                *, last_width: int | None = None) -> int:
    """Fixed-width columns for reading in a terminal: (key, heading, width); the last one fills the line."""
    total = last_width or max(shutil.get_terminal_size((120, 24)).columns, 80)
    fixed = sum(w + 2 for _, _, w in columns[:-1])
    widths = [w for _, _, w in columns[:-1]] + [max(total - fixed, 20)]
    out.write("  ".join(h.ljust(w) for (_, h, _), w in zip(columns, widths)).rstrip() + "\n")
    n = 0
    for row in rows:
        out.write("  ".join(_short(row.get(k), w).ljust(w) for (k, _, _), w in zip(columns, widths)).rstrip() + "\n")
        n += 1
    return n
