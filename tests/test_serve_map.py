"""The vendored world map: UN General Assembly positions, ISO codes, licences, nothing remote.

The map file is decoded here with a few lines of TopoJSON arithmetic, and known towns are
located in it: Simferopol must fall in Ukraine, Katzrin in Syria, Kyrenia in Cyprus, Hargeisa in
Somalia. Natural Earth (which world-atlas redistributes) draws the first two elsewhere.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

SERVE = Path(__file__).resolve().parent.parent / "src" / "eventwire" / "serve"
VENDOR = SERVE / "static" / "vendor"


@lru_cache(maxsize=1)
def topology() -> dict[str, Any]:
    return json.loads((VENDOR / "countries-110m-2.0.2-un.json").read_text())


def _ring(topo: dict[str, Any], arcs: list[int]) -> list[tuple[float, float]]:
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    points: list[tuple[float, float]] = []
    for index in arcs:
        x = y = 0
        decoded = []
        for dx, dy in topo["arcs"][index if index >= 0 else ~index]:
            x, y = x + dx, y + dy
            decoded.append((x * sx + tx, y * sy + ty))
        points += decoded if index >= 0 else decoded[::-1]
    return points


def _inside(point: tuple[float, float], ring: list[tuple[float, float]]) -> bool:
    x, y = point
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            inside = not inside
    return inside


def country_at(lon: float, lat: float) -> str | None:
    """The ``iso3`` of the shape holding the point (outer rings; 110m has no holes that matter here)."""
    topo = topology()
    for geometry in topo["objects"]["countries"]["geometries"]:
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        if any(_inside((lon, lat), _ring(topo, polygon[0])) for polygon in polygons):
            return geometry["properties"].get("iso3")
    return None


@pytest.mark.parametrize("town, lon, lat, iso3", [
    ("Simferopol", 34.10, 44.95, "UKR"),   # A/RES/68/262; Natural Earth: Russia
    ("Sevastopol", 33.52, 44.60, "UKR"),
    ("Katzrin", 35.69, 32.99, "SYR"),      # the GA's "The Syrian Golan" resolutions; Natural Earth: Israel
    ("Tel Aviv", 34.78, 32.08, "ISR"),
    ("Kyrenia", 33.32, 35.33, "CYP"),      # A/RES/37/253; Natural Earth: "N. Cyprus"
    ("Hargeisa", 44.06, 9.56, "SOM"),      # Natural Earth: "Somaliland"
    ("Moscow", 37.62, 55.75, "RUS"),
    ("Kharkiv", 36.23, 49.99, "UKR"),
    ("Damascus", 36.29, 33.51, "SYR"),
    ("Pristina", 21.17, 42.67, "XKX"),
])
def test_towns_fall_in_the_state_the_general_assembly_recognises(town: str, lon: float, lat: float,
                                                                  iso3: str) -> None:
    assert country_at(lon, lat) == iso3, town


def test_every_shape_has_an_iso_code_and_unresolved_territories_are_marked() -> None:
    geometries = topology()["objects"]["countries"]["geometries"]
    names = {g["properties"]["name"] for g in geometries}
    assert not names & {"N. Cyprus", "Somaliland"}
    assert all(g["properties"].get("iso3") for g in geometries)
    unresolved = {g["properties"]["iso3"] for g in geometries if g["properties"].get("status") == "unresolved"}
    assert unresolved == {"ESH", "PSE", "XKX", "TWN"}
    assert len(geometries) == 175


def test_vendored_files_have_versions_licences_and_checksums() -> None:
    listing = (VENDOR / "VENDOR.md").read_text()
    for path in VENDOR.glob("*.*"):
        if path.name == "VENDOR.md":
            continue
        assert re.search(r"-\d+\.\d+\.\d+", path.name), path.name
        assert path.name in listing, path.name
    licences = {p.name for p in (VENDOR / "LICENSES").iterdir()}
    assert licences == {"d3-array-3.2.5.LICENSE", "d3-geo-3.1.2.LICENSE", "topojson-client-3.1.0.LICENSE",
                        "uplot-1.6.32.LICENSE", "world-atlas-2.0.2.LICENSE"}


def test_no_page_or_script_of_ours_names_a_remote_address() -> None:
    ours = list((SERVE / "templates").glob("*.html")) + list((SERVE / "static").glob("*.js")) + \
        list((SERVE / "static").glob("*.css"))
    for path in ours:
        text = path.read_text().replace("http://www.w3.org/2000/svg", "")  # a namespace name, never fetched
        assert not re.search(r"(https?:)?//[a-z0-9.-]+\.[a-z]{2,}", text), path.name
