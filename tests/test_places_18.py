"""Places, eighteenth session: a country whose listed GeoNames point only repeats countryinfo's
legacy point keeps the midpoint. (The session's two ranking changes, a 'peer' feature for big
namesakes and county qualifiers, gained on GeoWebNews dev but lost on held-out GeoWebNews and LGL,
so they were taken out with their tests.) Sentences written for these tests."""

from __future__ import annotations

from test_geo_rules import gaz  # noqa: F401  (the gazetteer fixture)
from test_places_17 import _km


def test_a_listed_point_that_repeats_the_legacy_point_gives_way_to_the_midpoint(gaz):
    # India's and Norway's listed points are countryinfo's whole-degree ones: the midpoint stands
    for a3, legacy in (("IND", (20.0, 77.0)), ("NOR", (62.0, 10.0))):
        country = gaz.countries[a3]
        assert _km(country.lat, country.lon, *legacy) > 50, a3
    # a point of GeoNames' own (not countryinfo's) is still taken as listed
    assert _km(gaz.countries["CAN"].lat, gaz.countries["CAN"].lon, 60.10867, -113.64258) < 1.0


def test_listed_or_own_point_rule():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
    from build_gazetteer import listed_or_own_point

    info = {"latlng": [20.0, 77.0]}  # no outline: the midpoint falls back to countryinfo's point
    assert listed_or_own_point((20.0, 77.0), info) == (20.0, 77.0)
    assert listed_or_own_point((35.68536, 139.7531), {"latlng": [36.0, 138.0]}) == (35.68536, 139.7531)
    assert listed_or_own_point(None, {"latlng": [36.0, 138.0]}) == (36.0, 138.0)
    assert listed_or_own_point(None, {}) is None
