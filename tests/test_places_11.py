"""Places, eleventh session: a compass word before a place the gazetteer lacks, England's counties
that GeoNames' admin lists lack under their own names, and mid-sized foreign towns that are the
namesakes of a local place. Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_geo_rules import _resolve, gaz  # noqa: F401  (the same helper and gazetteer fixture)


def test_a_compass_word_before_an_english_county_reads_the_county(gaz):
    text = ("Storms cut power to farms in West Surrey overnight, and trains between Guildford and "
            "Woking were cancelled, the rail operator in England said.")
    west_surrey, *_ = _resolve(gaz, text, ["West Surrey", "Guildford", "Woking", "England"])
    assert (west_surrey.country, west_surrey.feature) == ("GBR", "admin2")


def test_a_compass_word_before_a_canadian_city_keeps_the_city(gaz):
    text = ("A new bus line will link Vancouver and Burnaby with North Surrey from May, officials in "
            "British Columbia said.")
    *_, north_surrey, _ = _resolve(gaz, text, ["Vancouver", "Burnaby", "North Surrey", "British Columbia"])
    assert (north_surrey.country, north_surrey.admin1) == ("CAN", "British Columbia")


def test_a_compass_word_never_reads_an_unknown_rest(gaz):
    (name,) = _resolve(gaz, "She now teaches in West Qwxyzville.", ["West Qwxyzville"])
    assert name is None


@pytest.mark.parametrize("county", ["Berkshire", "Cheshire", "Merseyside", "West Yorkshire", "Yorkshire"])
def test_englands_counties_missing_from_geonames_admin_lists_are_known(gaz, county):
    text = f"Heavy rain flooded roads across {county} and in Manchester, the Met Office in England said."
    place, *_ = _resolve(gaz, text, [county, "Manchester", "England"])
    assert place.country == "GBR" and place.feature in ("admin2", "region")
    assert 50.0 < place.lat < 55.5 and -3.5 < place.lon < 0.5


def test_a_mid_sized_dutch_namesake_in_a_cape_town_story_is_approximated_locally(gaz):
    text = ("Families in Delft waited for water trucks on Monday. The City of Cape Town said supply "
            "across the Western Cape would improve, and Stellenbosch was also affected.")
    delft, *_ = _resolve(gaz, text, ["Delft", "Cape Town", "Western Cape", "Stellenbosch"])
    assert delft.country == "ZAF" and delft.feature == "local"


def test_a_mid_sized_town_in_the_articles_own_country_stays(gaz):
    text = ("The festival moves from Amsterdam to Delft next year, and Rotterdam and Utrecht will "
            "host its smaller stages, the Dutch organisers said.")
    _, delft, *_ = _resolve(gaz, text, ["Amsterdam", "Delft", "Rotterdam", "Utrecht"])
    assert (delft.country, delft.feature) == ("NLD", "city")


def test_a_big_foreign_city_is_never_a_stray(gaz):
    text = ("Farmers from Fresno and Bakersfield flew to Nagoya for the trade talks, growers in "
            "Sacramento said.")
    _, _, nagoya, _ = _resolve(gaz, text, ["Fresno", "Bakersfield", "Nagoya", "Sacramento"])
    assert nagoya.country == "JPN" and nagoya.feature in ("city", "capital")
