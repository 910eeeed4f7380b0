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


def test_a_mall_named_after_a_continent_is_placed_where_the_story_is(gaz):
    text = ("Shoppers fled the Grand Asia Mall when the roof leaked, police in Quezon City said, "
            "and roads to Makati were closed.")
    mall, *_ = _resolve(gaz, text, ["Grand Asia Mall", "Quezon City", "Makati"])
    assert mall.country == "PHL" and mall.feature == "local"


def test_an_organisation_named_after_a_continent_keeps_the_continent(gaz):
    text = "Leaders met in Nairobi as the African Union weighed new sanctions, and Europe waited."
    _, union, europe = _resolve(gaz, text, ["Nairobi", "African Union", "Europe"])
    assert union.feature == "continent" and europe.feature == "continent"


def test_a_seat_of_government_is_the_building_not_a_namesake_town(gaz):
    text = "The White House said on Friday that talks with Beijing would resume, and Congress agreed."
    house, _ = _resolve(gaz, text, ["White House", "Beijing"])
    assert house.country == "USA" and abs(house.lat - 38.9) < 0.1 and abs(house.lon + 77.04) < 0.1


def test_broadway_in_a_theatre_story_is_in_new_york(gaz):
    text = "The musical opens on Broadway in March after a run in Chicago and Boston."
    broadway, *_ = _resolve(gaz, text, ["Broadway", "Chicago", "Boston"])
    assert broadway.country == "USA" and abs(broadway.lat - 40.76) < 0.1


def test_a_namesake_town_still_wins_when_the_story_is_about_its_state(gaz):
    text = ("Volunteers in Whitehall cleaned the riverbank on Saturday, and crews from Columbus and "
            "Dayton in Ohio joined them.")
    whitehall, *_ = _resolve(gaz, text, ["Whitehall", "Columbus", "Dayton", "Ohio"])
    assert (whitehall.country, whitehall.admin1) == ("USA", "Ohio")


def test_the_white_house_in_a_story_about_three_us_states_is_still_in_washington(gaz):
    text = "The White House sent aid to Florida and Georgia after the storm hit Tampa."
    house, *_ = _resolve(gaz, text, ["White House", "Florida", "Georgia", "Tampa"])
    assert house.country == "USA" and abs(house.lon + 77.04) < 0.1


def test_the_west_coast_in_an_american_story_is_the_us_coast(gaz):
    text = "Wildfire smoke drifted along the West Coast, and flights from Seattle were delayed."
    coast, _ = _resolve(gaz, text, ["West Coast", "Seattle"])
    assert (coast.country, coast.feature) == ("USA", "region")


def test_the_west_coast_in_a_new_zealand_story_is_the_region(gaz):
    text = "Heavy rain closed roads on the West Coast, and Greymouth and Hokitika lost power."
    coast, *_ = _resolve(gaz, text, ["West Coast", "Greymouth", "Hokitika"])
    assert coast.country == "NZL"


def test_a_town_qualified_once_keeps_its_reading_when_repeated_bare(gaz):
    text = "A storm hit Athens, Ga., overnight. In Athens, trees fell on cars, officials said."
    first, second = _resolve(gaz, text, ["Athens", "Athens"])
    assert (first.country, first.admin1) == ("USA", "Georgia")
    assert (second.country, second.admin1) == ("USA", "Georgia")


def test_two_differently_qualified_namesakes_both_stand(gaz):
    text = ("Flights from Portland, Maine, to Portland, Ore., were cancelled. Portland, Maine, "
            "reopened its airport first.")
    maine, oregon, again = _resolve(gaz, text, ["Portland", "Portland", "Portland"])
    assert maine.admin1 == "Maine" and oregon.admin1 == "Oregon" and again.admin1 == "Maine"


def test_a_kind_word_outweighs_an_earlier_qualified_namesake(gaz):
    text = "He flew from Washington, D.C., to Seattle, and Washington state officials met him."
    capital, _, state = _resolve(gaz, text, ["Washington", "Seattle", "Washington"])
    assert capital.feature in ("city", "capital") and state.feature == "admin1"


def test_a_campus_named_after_its_state_is_placed_at_the_storys_town(gaz):
    text = ("Florida Northern Polytechnic University offered her a place, and friends in Tampa and "
            "St. Petersburg cheered.")
    campus, tampa, _ = _resolve(gaz, text, ["Florida Northern Polytechnic University", "Tampa", "St. Petersburg"])
    assert campus.feature == "local" and campus.admin1 == "Florida" and abs(campus.lat - tampa.lat) < 0.5


def test_a_body_of_the_whole_state_stays_the_state(gaz):
    text = "The Ohio Board of Regents met in Columbus, and members from Dayton and Toledo attended."
    board, *_ = _resolve(gaz, text, ["Ohio Board of Regents", "Columbus", "Dayton", "Toledo"])
    assert (board.feature, board.name) == ("admin1", "Ohio")


def test_a_campus_in_another_state_than_the_story_stays_that_state(gaz):
    text = ("Ohio Valley Technical University accepted him, his coach in Tampa and Orlando "
            "said, and Miami schools agreed.")
    campus, *_ = _resolve(gaz, text, ["Ohio Valley Technical University", "Tampa", "Orlando", "Miami"])
    assert campus.country == "USA" and campus.admin1 == "Ohio" and campus.feature == "admin1"


def test_a_compass_word_before_a_generic_word_or_a_village_name_reads_nothing_new(gaz):
    from eventwire.nlp.geo_rank import _fallback

    for name in ("Eastern Valley", "Western Bay", "Northern Ham"):  # not in the gazetteer whole
        assert not gaz.lookup(name)
        assert _fallback(gaz, name)[0] == []
