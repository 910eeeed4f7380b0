"""Places, eighteenth session: a story that names big cities in several regions means the big
namesake of a further city name, not a small town near one of them; a local story keeps its
region's town; a town qualified by its county; a country whose listed GeoNames point only repeats
countryinfo's legacy point keeps the midpoint. Sentences written for these tests."""

from __future__ import annotations

from test_geo_rules import _resolve, gaz  # noqa: F401  (the same helper and gazetteer fixture)
from test_places_17 import _km

from eventwire.nlp.geo_rank import HAND_WEIGHTS, WEIGHTS, Toponym, resolve


def _toponyms(text: str, names: list[str]) -> list[Toponym]:
    return [Toponym(name, text.index(name), text.index(name) + len(name)) for name in names]


def test_big_city_story_reads_the_big_namesake(gaz):
    text = ("Rents rose fastest in Dallas, Houston and San Antonio last year, while Oakland, Portland "
            "and Denver saw prices level off, the survey of Texas landlords found.")
    names = ["Dallas", "Houston", "San Antonio", "Oakland", "Portland", "Denver", "Texas"]
    readings = dict(zip(names, _resolve(gaz, text, names)))
    portland = readings["Portland"]
    assert (portland.country, portland.admin1) == ("USA", "Oregon")
    assert readings["Dallas"].admin1 == "Texas" and readings["Denver"].admin1 == "Colorado"


def test_peer_feature_is_weighted_and_named(gaz):
    assert "peer" in HAND_WEIGHTS and WEIGHTS["peer"] > 0
    text = "Flights from Chicago, Atlanta and Boston to Portland were cancelled."
    toponyms = _toponyms(text, ["Chicago", "Atlanta", "Boston", "Portland"])
    trace: list = []
    resolve(toponyms, text, gaz, trace=trace)
    (members, feats), = [(m, f) for m, f in trace if m[0].text == "Portland"]
    by_place = {(c.entry.admin1, c.entry.population): dict(f) for c, f in zip(members[0].candidates, feats)}
    big = [f for (_, pop), f in by_place.items() if pop >= 100_000]
    small = [f for (_, pop), f in by_place.items() if pop < 100_000]
    assert big and all(f.get("peer") == 1.0 for f in big)
    assert small and all("peer" not in f for f in small)


def test_local_story_keeps_its_regions_small_town(gaz):
    # every other city in one region: no big-city bonus, the Ohio town stays
    text = ("Storms closed schools in Columbus and Dayton on Monday, and the county fair in "
            "Springfield was put off, Ohio officials said.")
    *_, springfield, ohio = _resolve(gaz, text, ["Columbus", "Dayton", "Springfield", "Ohio"])
    assert (springfield.country, springfield.admin1) == ("USA", "Ohio")


def test_no_peer_bonus_for_a_city_borrowing_a_context_countrys_name(gaz):
    text = "Talks in Madrid, Lisbon and Rome on Mexico's trade ended without a deal."
    *_, mexico = _resolve(gaz, text, ["Madrid", "Lisbon", "Rome", "Mexico"])
    assert mexico.feature == "country"


def test_no_peer_bonus_with_fewer_than_two_other_cities(gaz):
    text = "Portland, Maine, and Boston both cleared snow overnight."
    toponyms = _toponyms(text, ["Portland", "Maine", "Boston"])
    trace: list = []
    resolve(toponyms, text, gaz, trace=trace)
    for members, feats in trace:
        for pairs in feats:
            assert "peer" not in dict(pairs)
    assert toponyms[0].best().admin1 == "Maine"


def test_a_british_town_qualified_by_its_county_or_region(gaz):
    # the county or region after the comma picks the namesake that lies in it, not the bigger one
    text = "Floods cut the main road into Richmond, Yorkshire, on Sunday."
    richmond, _ = _resolve(gaz, text, ["Richmond", "Yorkshire"])
    assert (richmond.country, richmond.admin1) == ("GBR", "England")
    (bare,) = _resolve(gaz, "A factory closed in Richmond, the union said.", ["Richmond"])
    assert bare.country == "USA"  # without the qualifier the big Virginia city stays


def test_county_qualifier_needs_the_town_inside_it(gaz):
    from eventwire.nlp.geo_rank import _within_named_area

    ashford = [c.entry for c in gaz.lookup("Ashford") if c.entry.country == "GBR" and not c.alias]
    assert any(_within_named_area("Kent", e, gaz) for e in ashford)  # the Kent one
    assert not any(_within_named_area("Cornwall", e, gaz) for e in ashford)


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
