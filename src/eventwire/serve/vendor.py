"""Refresh the dashboard's vendored front-end files from the npm registry (a developer's tool).

    python -m eventwire.serve.vendor            # npm pack, extract, patch, write static/vendor/

Why vendored and committed: the dashboard must work on an air-gapped machine, so ``pip install``
ships every script, style and map shape; nothing is fetched at run time and no CDN is named.
Each file keeps its version in its name (datasette's habit) and its licence sits beside it in
``static/vendor/LICENSES/``; ``static/vendor/VENDOR.md`` lists sources, versions and checksums.

The world map is Natural Earth 4.1.0 (via world-atlas), which draws borders as they are held *de
facto*. eventwire draws them as the UN General Assembly's resolutions have them (docs/dashboard.md):
:func:`un_positions` moves Crimea to Ukraine (A/RES/68/262), the Golan to Syria (the GA's yearly
"The Syrian Golan" resolutions), Northern Cyprus to Cyprus (A/RES/37/253) and Somaliland to
Somalia, and marks territories whose final status the UN treats as unresolved. It edits the
TopoJSON topology itself (arcs stay shared), so borders between merged parts disappear from
the border mesh and nothing else moves.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

from ..store.query import country_table

STATIC = Path(__file__).resolve().parent / "static"
VENDOR = STATIC / "vendor"

# package, version, files to copy (source path in the package → name under static/vendor/)
PACKAGES: tuple[tuple[str, str, dict[str, str]], ...] = (
    ("d3-array", "3.2.5", {"dist/d3-array.min.js": "d3-array-{v}.min.js"}),
    ("d3-geo", "3.1.2", {"dist/d3-geo.min.js": "d3-geo-{v}.min.js"}),
    ("topojson-client", "3.1.0", {"dist/topojson-client.min.js": "topojson-client-{v}.min.js"}),
    ("uplot", "1.6.32", {"dist/uPlot.iife.min.js": "uPlot-{v}.iife.min.js", "dist/uPlot.min.css": "uPlot-{v}.min.css"}),
    ("world-atlas", "2.0.2", {"countries-110m.json": "countries-110m-{v}.json"}),
)
MAP_FILE = "countries-110m-2.0.2-un.json"

# Territories the UN treats as of unresolved final status: drawn with their own outline (events
# coded to their ISO code still count there), dashed, with the UN's wording in the tooltip.
UNRESOLVED = {
    "ESH": ("Western Sahara", "a Non-Self-Governing Territory on the General Assembly's list"),
    "PSE": ("State of Palestine", "a non-member observer State (A/RES/67/19); borders per the 1967 lines"),
    "XKX": ("Kosovo", "status under Security Council resolution 1244 (1999); not a UN member"),
    "TWN": ("Taiwan, Province of China", "the UN's name since A/RES/2758 (XXVI); shape kept so events coded TWN count"),
}
# Breakaway entities Natural Earth draws apart that the UN does not recognise: merged into the state.
MERGE_INTO = {"N. Cyprus": "Cyprus", "Somaliland": "Somalia"}

# The pre-1967 Israel–Syria line at 1:110m, from Banias to the Yarmouk (lon, lat): it splits the
# Golan out of Natural Earth's Israel polygon.
GOLAN_LINE = ((35.552, 33.264), (35.60, 33.05), (35.635, 32.87), (35.65, 32.74), (35.721, 32.709))


def npm_pack(name: str, version: str, into: Path) -> Path:
    """Fetch one package tarball from the npm registry (``npm pack``) and unpack it."""
    subprocess.run(["npm", "pack", f"{name}@{version}", "--silent"], cwd=into, check=True, capture_output=True)
    tarball = next(into.glob(f"{name.replace('@', '').replace('/', '-')}-{version}.tgz"))
    target = into / f"{name}-{version}"
    with tarfile.open(tarball) as archive:
        archive.extractall(target, filter="data")
    return target / "package"


# --- TopoJSON surgery ----------------------------------------------------------------------------

def _decode_arc(topology: dict[str, Any], index: int) -> list[list[int]]:
    """An arc's absolute quantized positions (arcs are delta-encoded)."""
    x = y = 0
    points = []
    for dx, dy in topology["arcs"][index]:
        x, y = x + dx, y + dy
        points.append([x, y])
    return points


def _encode_arc(points: list[list[int]]) -> list[list[int]]:
    out, px, py = [], 0, 0
    for x, y in points:
        out.append([x - px, y - py])
        px, py = x, y
    return out


def _quantize(topology: dict[str, Any], lon: float, lat: float) -> list[int]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    return [round((lon - tx) / sx), round((lat - ty) / sy)]


def _polygons(geometry: dict[str, Any]) -> list[Any]:
    return geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]


def _set_polygons(geometry: dict[str, Any], polygons: list[Any]) -> None:
    geometry["type"] = "MultiPolygon" if len(polygons) > 1 else "Polygon"
    geometry["arcs"] = polygons if len(polygons) > 1 else polygons[0]


def _by_name(geometries: list[dict[str, Any]], name: str) -> dict[str, Any]:
    return next(g for g in geometries if g["properties"]["name"] == name)


def _bbox(topology: dict[str, Any], ring: list[int]) -> tuple[float, float, float, float]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    pts = [p for i in ring for p in _decode_arc(topology, i if i >= 0 else ~i)]
    xs, ys = [p[0] * sx + tx for p in pts], [p[1] * sy + ty for p in pts]
    return min(xs), min(ys), max(xs), max(ys)


def _move_crimea(topology: dict[str, Any], geometries: list[dict[str, Any]]) -> None:
    """Crimea is one polygon of Natural Earth's Russia, sharing its isthmus arc with Ukraine."""
    russia, ukraine = _by_name(geometries, "Russia"), _by_name(geometries, "Ukraine")
    keep, crimea = [], []
    for polygon in _polygons(russia):
        west, south, east, north = _bbox(topology, polygon[0])
        (crimea if 32 <= west and east <= 37 and 44 <= south and north <= 46.5 else keep).append(polygon)
    if len(crimea) != 1:
        raise SystemExit(f"expected one Crimea polygon in Russia, found {len(crimea)}")
    _set_polygons(russia, keep)
    _set_polygons(ukraine, _polygons(ukraine) + crimea)


def _split_arc(topology: dict[str, Any], index: int, at: list[int]) -> int:
    """Cut arc ``index`` at the vertex ``at``: it keeps the first part, a new arc (returned) the rest."""
    points = _decode_arc(topology, index)
    cut = points.index(at)
    topology["arcs"][index] = _encode_arc(points[:cut + 1])
    topology["arcs"].append(_encode_arc(points[cut:]))
    return len(topology["arcs"]) - 1


def _replace_in_rings(geometries: list[dict[str, Any]], old: int, first: int, second: int) -> None:
    """Wherever arc ``old`` is used, use ``first`` then ``second`` (reversed uses reverse both)."""
    for geometry in geometries:
        for polygon in _polygons(geometry):
            for ring in polygon:
                for position in range(len(ring) - 1, -1, -1):
                    if ring[position] == old:
                        ring[position:position + 1] = [first, second]
                    elif ring[position] == ~old:
                        ring[position:position + 1] = [~second, ~first]


def _move_golan(topology: dict[str, Any], geometries: list[dict[str, Any]]) -> None:
    """Split the Golan out of Israel along :data:`GOLAN_LINE` and give it to Syria."""
    israel, syria = _by_name(geometries, "Israel"), _by_name(geometries, "Syria")
    line = [_quantize(topology, lon, lat) for lon, lat in GOLAN_LINE]
    ring = israel["arcs"][0]
    vertices = [p for i in ring for p in _decode_arc(topology, i if i >= 0 else ~i)]
    # The line's ends are vertices of Israel's ring: snap them exactly, so the rings close.
    for k in (0, -1):
        line[k] = min(vertices, key=lambda p: (p[0] - line[k][0]) ** 2 + (p[1] - line[k][1]) ** 2)
    start, end = line[0], line[-1]
    # The arc of Israel's ring that passes through the line's start (Banias) and the one ending at its end.
    through = next(i for i in ring if start in _decode_arc(topology, i)[1:-1])
    tail = _split_arc(topology, through, start)
    _replace_in_rings(geometries, through, through, tail)
    ring = israel["arcs"][0]
    # Arcs from Banias round the Golan to the Yarmouk: from ``tail`` up to the arc ending at ``end``.
    begin = ring.index(tail)
    stop = next(k for k in range(begin, len(ring)) if _decode_arc(topology, ring[k])[-1] == end)
    golan_arcs = ring[begin:stop + 1]
    topology["arcs"].append(_encode_arc(line))
    border = len(topology["arcs"]) - 1
    israel["arcs"] = [ring[:begin] + [border] + ring[stop + 1:]]
    _set_polygons(syria, _polygons(syria) + [[golan_arcs + [~border]]])


def _merge(geometries: list[dict[str, Any]], part: str, into: str) -> None:
    source, target = _by_name(geometries, part), _by_name(geometries, into)
    _set_polygons(target, _polygons(target) + _polygons(source))
    geometries.remove(source)


def un_positions(topology: dict[str, Any]) -> dict[str, Any]:
    """Redraw world-atlas's countries as the UN General Assembly has them; tag each with ISO alpha-3.

    Adds ``properties.iso3`` (joined through ``country_codes.tsv`` by ISO numeric id; Kosovo,
    which has no numeric code, gets ``XKX``) and ``properties.status`` = ``"unresolved"`` with a
    ``note`` for the territories in :data:`UNRESOLVED`.
    """
    geometries = topology["objects"]["countries"]["geometries"]
    _move_crimea(topology, geometries)
    _move_golan(topology, geometries)
    for part, into in MERGE_INTO.items():
        _merge(geometries, part, into)
    by_numeric = {row["numeric"]: iso3 for iso3, row in country_table().items()}
    for geometry in geometries:
        props = geometry["properties"]
        iso3 = by_numeric.get(str(geometry.get("id", ""))) or ("XKX" if props["name"] == "Kosovo" else None)
        if iso3:
            props["iso3"] = iso3
        if iso3 in UNRESOLVED:
            props["name"], props["note"] = UNRESOLVED[iso3]
            props["status"] = "unresolved"
    topology["objects"].pop("land", None)  # the dashboard draws countries only
    return topology


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> None:
    """npm pack every package, copy its files and licence, patch the map, write VENDOR.md."""
    if not shutil.which("npm"):
        raise SystemExit("npm is needed to refresh the vendored files (it is not needed at run time)")
    (VENDOR / "LICENSES").mkdir(parents=True, exist_ok=True)
    lines = ["# Vendored front-end files", "", "Written by `python -m eventwire.serve.vendor` from the npm "
             "registry (`npm pack`); never fetched at run time.", "",
             "| file | npm package | licence | sha256 |", "|---|---|---|---|"]
    with tempfile.TemporaryDirectory() as tmp:
        for name, version, files in PACKAGES:
            package = npm_pack(name, version, Path(tmp))
            meta = json.loads((package / "package.json").read_text())
            shutil.copy(package / "LICENSE", VENDOR / "LICENSES" / f"{name}-{version}.LICENSE")
            for source, target in files.items():
                out = VENDOR / target.format(v=version)
                if name == "world-atlas":
                    topology = un_positions(json.loads((package / source).read_text()))
                    out = VENDOR / MAP_FILE
                    out.write_text(json.dumps(topology, separators=(",", ":")))
                else:
                    shutil.copy(package / source, out)
                lines.append(f"| {out.name} | {name}@{version} ({source}) | {meta.get('license')} | "
                             f"`{_sha256(out)[:16]}` |")
    lines += ["", f"`{MAP_FILE}` is world-atlas's `countries-110m.json` (Natural Earth 4.1.0, public domain) "
              "redrawn per UN General Assembly positions by `un_positions()` in `eventwire/serve/vendor.py`; "
              "see docs/dashboard.md.", ""]
    (VENDOR / "VENDOR.md").write_text("\n".join(lines))
    print(f"wrote {VENDOR}", file=sys.stderr)


if __name__ == "__main__":
    main()
