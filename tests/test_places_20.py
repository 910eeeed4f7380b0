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
