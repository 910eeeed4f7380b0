"""Places, twentieth session: rivers. Sentences written for these tests."""

from __future__ import annotations

from test_geo_rules import _resolve, gaz  # noqa: F401  (the gazetteer fixture)
from test_places_17 import _km

from eventwire.nlp.gazetteer import name_key


def test_a_river_in_a_water_dispute_is_the_river_at_its_mouth(gaz):
    text = ("Farmers in Karnataka blocked a highway on Tuesday, demanding that less water from the Kaveri "
            "be released to Tamil Nadu.")
    karnataka, river, tamil_nadu = _resolve(gaz, text, ["Karnataka", "Kaveri", "Tamil Nadu"])
    assert river.feature == "water" and river.country == ""
    assert _km(river.lat, river.lon, 11.1, 79.8) < 60  # where it meets the Bay of Bengal
    assert karnataka.country == tamil_nadu.country == "IND"
    assert any(c.entry.feature == "water" for c in gaz.lookup("the Cauvery river"))


def test_rivers_named_with_the_word_river(gaz):
    for name, point in [("the Zambezi River", (-18.8, 36.3)), ("River Loire", (47.3, -2.2)),
                        ("Columbia River", (46.2, -124.0)), ("the Yellow River", (37.8, 119.2))]:
        water = [c.entry for c in gaz.lookup(name) if c.entry.feature == "water"]
        assert len(water) == 1, name
        assert _km(water[0].lat, water[0].lon, *point) < 100, name


def test_a_river_sharing_a_regions_or_a_persons_name_needs_the_word_river(gaz):
    # Krishna (a district and a given name), Loire (a departement), Zambezi (a Namibian region):
    # the bare word keeps its other readings and no river is added to them
    for name in ("Krishna", "Loire", "Zambezi", "Jhelum", "Senegal", "Po", "Lena"):
        assert not any(c.entry.feature == "water" for c in gaz.lookup(name)), name


def test_bare_river_names_never_shadow_a_country_region_or_town():
    # the rule the curated file states for its block of rivers (added in session 20); a town's old
    # name does not count (Toledo, Ohio was once called Vistula)
    from importlib import resources

    from eventwire.nlp.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    text = resources.files("eventwire.data").joinpath("places_curated.tsv").read_text(encoding="utf-8")
    lines = text[text.index("# More rivers news names"):].splitlines()
    while lines[0].startswith("#"):
        lines.pop(0)
    rivers = []
    for line in lines:
        row = line.split("\t")
        if line.startswith("#") or len(row) < 3 or row[2] != "water":
            break  # the block ends where the mountains begin
        rivers.append(row)
    assert len(rivers) > 80
    for row in rivers:
        for name in [row[0], *row[1].split("|")]:
            if not name or "river" in name_key(name).split():
                continue
            others = [c.entry for c in gazetteer.lookup(name) if c.entry.feature != "water" and not c.alias]
            assert not any(e.feature in ("country", "admin1", "admin2") or e.population >= 15_000
                           for e in others), (name, others[:2])


def test_large_islands_lakes_and_mountains_are_places_of_their_own(gaz):
    text = "Volcanic ash from an eruption on Java closed airports as far away as Bali and Jakarta."
    java, bali, jakarta = _resolve(gaz, text, ["Java", "Bali", "Jakarta"])
    assert java.country == "IDN" and java.feature == "region"  # not a village in Georgia
    assert _km(java.lat, java.lon, -7.3, 110.0) < 200
    text = "Scientists sampled the ice of Lake Baikal, east of Irkutsk, and the slopes of Mount Elbrus."
    baikal, irkutsk, elbrus = _resolve(gaz, text, ["Lake Baikal", "Irkutsk", "Mount Elbrus"])
    assert baikal.feature == "water" and _km(baikal.lat, baikal.lon, 53.5, 108.0) < 150
    assert elbrus.country == "RUS" and _km(elbrus.lat, elbrus.lon, 43.35, 42.44) < 20


def test_a_russian_republic_by_its_english_name(gaz):
    text = "Gunmen attacked a police post in Dagestan, near the border with Chechnya."
    dagestan, chechnya = _resolve(gaz, text, ["Dagestan", "Chechnya"])
    assert dagestan.feature == "admin1" and dagestan.country == "RUS"
    assert chechnya.feature == "admin1" and chechnya.country == "RUS"
    kursk = [c.entry for c in gaz.lookup("Kursk Oblast")]
    assert kursk and kursk[0].feature == "admin1" and kursk[0].country == "RUS"


def test_a_breakaway_region_is_placed_in_the_country_it_belongs_to(gaz):
    text = "Voters in Somaliland, which broke away from Somalia in 1991, chose a new president."
    somaliland, somalia = _resolve(gaz, text, ["Somaliland", "Somalia"])
    assert somaliland.country == "SOM" and somaliland.feature == "region"
    assert _km(somaliland.lat, somaliland.lon, 9.5, 45.0) < 200
    # disputed islets carry no country
    senkaku = [c.entry for c in gaz.lookup("Diaoyu Islands") if c.entry.feature == "region"]
    assert senkaku and senkaku[0].country == ""


def test_a_country_word_in_an_airports_name_is_the_airports_country():
    # the places stage reads the airport (in New Hampshire); its officials are not Lebanon's
    from test_actor_guards import codes

    found = codes("Lebanon Municipal Airport officials said the runway would reopen on Friday.")
    assert "LBN" not in found.values(), found
    assert codes("Travellers at Kuwait International Airport waited for hours.").get(
        "Kuwait International Airport", "KWT") in ("KWT", None)
