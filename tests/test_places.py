"""Places: the gazetteer, the context ranker and find_places on sentences written for these tests."""

from __future__ import annotations

import gzip
from importlib import resources

import pytest

from eventwire.nlp.gazetteer import load_gazetteer, name_key
from eventwire.nlp.geo_rank import Toponym, resolve
from eventwire.nlp.places import find_places


@pytest.fixture(scope="module")
def nlp():
    from eventwire.nlp.parse import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def places(nlp, text: str, **kwargs):
    found = find_places(nlp(text), **kwargs)
    for p in found:
        assert text[p.start:p.end] == p.text
    return found


def by_text(found, text: str):
    matches = [p for p in found if p.text == text]
    assert matches, f"{text!r} not found among {[p.text for p in found]}"
    return matches[0]


# --- gazetteer ---------------------------------------------------------------------------------

def test_name_key_folds_case_accents_dots_and_saint():
    assert name_key("U.S.") == name_key("US") == name_key("U. S.") == "us"
    assert name_key("Kyïv") == name_key("KYIV") == "kyiv"
    assert name_key("St. Louis") == name_key("Saint Louis")
    assert name_key("the Netherlands") == "netherlands"


def test_shipped_keys_match_name_key():
    """The shipped file stores precomputed keys: a stale build would silently break lookups."""
    data = resources.files("eventwire.data").joinpath("places_gazetteer.tsv.gz").read_bytes()
    rows = [line.split("\t") for line in gzip.decompress(data).decode().splitlines()[1:5001]]
    assert all((row[8] or row[1].casefold()) == name_key(row[1]) for row in rows)


def test_lookup_alternate_names_and_countries(gaz):
    assert {c.entry.name for c in gaz.lookup("Kiev")} == {"Kyiv"}
    assert any(c.entry.country == "GBR" and c.entry.feature == "country" for c in gaz.lookup("Britain"))
    assert {c.entry.feature for c in gaz.lookup("Georgia")} >= {"country", "admin1"}
    assert gaz.demonym("Ukrainians").country == "UKR"
    assert gaz.demonym("American").country == "USA"  # not the Northern Mariana Islands


def test_curated_regions_carry_the_un_position(gaz):
    crimea = [c.entry for c in gaz.lookup("Crimea")]
    assert crimea and all(e.country == "UKR" for e in crimea)
    assert gaz.lookup("Donbass")[0].entry.country == "UKR"
    assert gaz.lookup("Golan Heights")[0].entry.country == "SYR"


# --- ranker ------------------------------------------------------------------------------------

def _resolve(gaz, text: str, names: list[str]):
    toponyms = []
    for name in names:
        start = text.index(name)
        toponyms.append(Toponym(name, start, start + len(name)))
    return resolve(toponyms, text, gaz)


def test_country_outranks_us_state_without_us_context(gaz):
    text = "Troops moved from Armenia towards Georgia and Azerbaijan."
    georgia = _resolve(gaz, text, ["Armenia", "Georgia", "Azerbaijan"])[1]
    assert (georgia.country, georgia.feature) == ("GEO", "country")


def test_us_towns_make_georgia_the_state(gaz):
    text = "Storms hit Savannah and Macon on Monday; Georgia declared an emergency, as did Alabama."
    georgia = _resolve(gaz, text, ["Savannah", "Macon", "Georgia", "Alabama"])[2]
    assert (georgia.country, georgia.feature) == ("USA", "admin1")


def test_region_context_picks_the_local_town(gaz):
    text = "A barn burned near Alexandria on Friday, deputies in Rapides Parish said."
    alexandria = _resolve(gaz, text, ["Alexandria", "Rapides Parish"])[0]
    assert (alexandria.country, alexandria.admin1) == ("USA", "Louisiana")


def test_qualifier_after_a_comma(gaz):
    text = "She grew up in Paris, Texas, and moved away at 18."
    paris = _resolve(gaz, text, ["Paris", "Texas"])[0]
    assert paris.country == "USA" and paris.admin1 == "Texas"
    alone = _resolve(gaz, "She grew up in Paris and moved away at 18.", ["Paris"])[0]
    assert alone.country == "FRA"


def test_unknown_name_resolves_to_none(gaz):
    assert _resolve(gaz, "They met in Qwzxlandia.", ["Qwzxlandia"]) == [None]


# --- find_places -------------------------------------------------------------------------------

def test_find_places_in_a_news_paragraph(nlp):
    text = ("Britain sent extra jets to Poland and Romania on Monday. Russia, which fought a war with "
            "Georgia in 2008 and seized the Crimean peninsula in 2014, denied plans to attack. "
            "Fighting continued in eastern Ukraine, and the RAF flew patrols north of Scotland.")
    found = places(nlp, text)
    assert by_text(found, "Poland").country_code == "POL"
    assert by_text(found, "Romania").country_code == "ROU"
    georgia = by_text(found, "Georgia")
    assert (georgia.country_code, georgia.feature, georgia.geonameid) == ("GEO", "country", 614540)
    scotland = by_text(found, "Scotland")
    assert (scotland.country_code, scotland.feature) == ("GBR", "admin1")
    crimea = by_text(found, "Crimean peninsula")
    assert (crimea.name, crimea.country_code) == ("Crimea", "UKR")
    assert by_text(found, "eastern Ukraine").country_code == "UKR"
    assert by_text(found, "Britain").name == "United Kingdom"
    assert not [p for p in found if p.text == "RAF"]


def test_places_carry_coordinates_and_ids(nlp):
    kyiv = by_text(places(nlp, "The minister flew to Kyiv for talks."), "Kyiv")
    assert kyiv.geonameid and kyiv.country_code == "UKR" and kyiv.feature == "city"
    assert 50 < kyiv.lat < 51 and 30 < kyiv.lon < 31


def test_demonyms_only_when_asked(nlp):
    text = "Ukrainian soldiers dug trenches near the border."
    assert not places(nlp, text)
    found = places(nlp, text, demonyms=True)
    assert by_text(found, "Ukrainian").country_code == "UKR"


def test_no_places_in_a_sentence_without_any(nlp):
    assert places(nlp, "The committee voted to postpone the decision until next week.") == []
