"""Places, nineteenth session: gazetteer coverage. Airports with an IATA code come from the
airportsdata wheel at build time (tools/build_gazetteer.py airport_rows). Sentences written for
these tests."""

from __future__ import annotations

from test_geo_rules import _resolve, gaz  # noqa: F401  (the gazetteer fixture)
from test_places_17 import _km


def test_a_big_city_airport_is_found_by_its_own_name(gaz):
    text = "The flight from Moscow was diverted to Heathrow after a warning, officials in Moscow said."
    moscow, heathrow = _resolve(gaz, text, ["Moscow", "Heathrow"])
    assert moscow.country == "RUS"
    assert heathrow.feature == "airport" and heathrow.country == "GBR"
    assert _km(heathrow.lat, heathrow.lon, 51.47, -0.46) < 10
    assert heathrow.geonameid is None  # no GeoNames id is made up for it


def test_an_airport_named_with_the_word_airport(gaz):
    found = [c.entry for c in gaz.lookup("Denver airport") if c.entry.feature == "airport"]
    assert found and found[0].country == "USA"
    assert _km(found[0].lat, found[0].lon, 39.86, -104.67) < 10
    assert any(c.entry.feature == "airport" for c in gaz.lookup("Gatwick Airport"))


def test_an_airport_word_never_takes_a_known_towns_name(gaz):
    # Phoenix and Wilson are towns of their own: an airport called "Sanya Phoenix" or "Nairobi Wilson"
    # is not their bare reading; nor is a generic word such as "Capital" or "City"
    for name in ("Phoenix", "Wilson", "Capital", "City", "Brandenburg"):
        assert not any(c.entry.feature == "airport" and not c.alias for c in gaz.lookup(name)), name


def test_a_town_sharing_an_airports_name_keeps_it_in_a_story_set_near_it(gaz):
    text = "Protesters gathered outside the town hall in Florida, near Heathrow and Sanford."
    places = _resolve(gaz, text, ["Florida", "Heathrow", "Sanford"])
    assert places[1].feature == "city" and places[1].country == "USA"  # the Florida town, in a Florida story


def test_a_sea_the_curated_file_lacks_comes_from_natural_earth(gaz):
    text = "Fishing boats from Ghana and Togo were boarded by pirates in the Gulf of Guinea."
    places = _resolve(gaz, text, ["Ghana", "Togo", "Gulf of Guinea"])
    sea = places[2]
    assert sea.feature == "water" and sea.country == ""
    assert _km(sea.lat, sea.lon, 2.0, 3.0) < 300  # at sea south of Ghana, not at Guinea the country
    # a sea across the antimeridian is placed in it, not on the other side of the globe
    bering = next(c.entry for c in gaz.lookup("Bering Sea") if c.entry.feature == "water")
    assert abs(bering.lon) > 160


def test_natural_earth_never_overrides_a_curated_sea_or_a_town(gaz):
    # the Black Sea keeps its one curated entry; Bahia Blanca stays the Argentine city
    assert len([c for c in gaz.lookup("Black Sea") if c.entry.feature == "water"]) == 1
    assert not any(c.entry.feature == "water" for c in gaz.lookup("Bahia Blanca"))
    assert not any(c.entry.feature == "water" for c in gaz.lookup("North Atlantic Ocean") if not c.alias)


def test_rings_centroid_unwraps_the_antimeridian():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
    from build_gazetteer import rings_centroid

    square = [(170.0, 50.0), (-170.0, 50.0), (-170.0, 60.0), (170.0, 60.0)]
    lat, lon = rings_centroid([square])
    assert abs(lat - 55.0) < 0.01 and abs(abs(lon) - 180.0) < 0.01
    lat, lon = rings_centroid([[(0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0)]])
    assert abs(lat - 1.0) < 1e-9 and abs(lon - 1.0) < 1e-9


def test_an_airport_by_its_code_with_the_word_airport_only(gaz):
    found = [c.entry for c in gaz.lookup("JFK airport") if c.entry.feature == "airport"]
    assert found and _km(found[0].lat, found[0].lon, 40.64, -73.78) < 10
    assert not any(c.entry.feature == "airport" for c in gaz.lookup("JFK"))  # the bare code is no name
