"""Titles before a name that NGEC's agent list lacks: abbreviations, legislators' acronyms used as
titles, Spanish and Portuguese titles left untranslated, police and local-government ranks, and
religious titles that give an unknown person a sector without overriding a known person's role.

Every phrase here was written for these tests; the names of unknown people are invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.nlp.actors import resolve_actor_text

ANCHOR = date(2022, 3, 10)


def coded(text: str) -> tuple[str | None, str | None] | None:
    """(country, primary sector) of a standalone phrase read on ANCHOR, None for no actor."""
    actor = resolve_actor_text(text, anchor=ANCHOR)
    return None if actor is None else (actor.code, actor.sector)


@pytest.mark.parametrize("text, code, sector", [
    ("Gov. Lena Marsh", None, "GOV"),               # abbreviations, capitalised
    ("Amb. Peter Kolb", None, "GOV"),
    ("Sgt. Omar Reyes", None, "MIL"),
    ("Supt. Grace Njoroge", None, "COP"),
    ("Prof. Hana Okafor", None, "EDU"),
    ("Rev. Thomas Ebo", None, "REL"),
    ("MLA Suresh Pillai", None, "LEG"),             # legislators' acronyms as titles
    ("MNA Farah Qureshi", None, "LEG"),
    ("Senadora Lucia Ibarra", None, "LEG"),         # titles kept in Spanish or Portuguese
    ("diputado Mateo Quiroga", None, "LEG"),
    ("Gobernador Ramiro Soto", None, "GOV"),
    ("Coronel Ignacio Vela", None, "MIL"),
    ("Councillor Aoife Daly", None, "GOV"),         # local government and police ranks
    ("Inspector Musa Adeyemi", None, "COP"),
    ("Kaymakam Emre Kaya", None, "GOV"),
    ("Maulana Tariq Siddiqui", None, "REL"),        # religious titles
    ("Mufti Idris Farooqui", None, "REL"),
    ("Qadi Yahya Nour", None, "JUD"),
    ("a Duma deputy", "RUS", "LEG"),                # a deputy of a legislature sits in it
    ("Rada deputies", "UKR", "LEG"),
])
def test_title_gives_the_sector(text: str, code: str | None, sector: str) -> None:
    assert coded(text) == (code, sector)


def test_honorific_keeps_a_known_persons_role() -> None:
    """A politician's religious title is no job change: Iran's supreme leader stays GOV."""
    actor = resolve_actor_text("Ayatollah Ali Khamenei", anchor=ANCHOR)
    assert actor is not None and (actor.code, actor.sector) == ("IRN", "GOV")


@pytest.mark.parametrize("text", ["the gov website", "a prof", "rev the engine"])
def test_lower_case_abbreviations_are_no_titles(text: str) -> None:
    actor = resolve_actor_text(text, anchor=ANCHOR)
    assert actor is None or actor.sector not in ("GOV", "EDU", "REL")


def test_bare_deputy_stays_police() -> None:
    """NGEC's list reads a bare "deputy" as a sheriff's deputy (COP); only a legislature's deputy is LEG."""
    actor = resolve_actor_text("a deputy", anchor=ANCHOR)
    assert actor is not None and actor.sector == "COP"


@pytest.mark.parametrize("text, code, sector", [
    ("the Chilean Senate", "CHL", "LEG"),           # a country word names a national body's country
    ("Pakistani Taliban", "PAK", "REB"),
    ("Yemeni al-Qaeda", "IMG", "REB"),              # an international group keeps its own code
    ("al-Qaeda", "IMG", "REB"),                     # a lower-case article joined by a hyphen
    ("Portuguese gendarmes", "PRT", "COP"),         # kinds of people NGEC's list lacks
    ("Kenyan poachers", "KEN", "CRM"),
    ("Ghanaian labourers", "GHA", "LAB"),           # British spellings of its American ones
    ("Australian defence forces", "AUS", "MIL"),
    ("the Moldovan security service", "MDA", "SPY"),   # security and secret services
    ("counterintelligence officers", None, "SPY"),
    ("Estonian fraudsters", "EST", "CRM"),             # everyday words NGEC's list lacks
    ("a terror group", None, "REB"),
    ("the Mombasa city council", "KEN", "GOV"),         # a council governs; "city" alone is its people
    ("a Bolivian think tank", "BOL", "EDU"),            # no tank
    ("Swedish neo-Nazis", "SWE", "CRM"),
    ("a crime boss", None, "CRM"),                      # no business boss
    ("the attackers", None, "UAF"),
    ("eyewitnesses and witnesses", None, "CVL"),        # a plural of a word ending in s
])
def test_national_bodies_and_missing_kinds(text: str, code: str, sector: str) -> None:
    assert coded(text) == (code, sector)


def test_a_national_body_is_named_as_written() -> None:
    actor = resolve_actor_text("the Chilean Senate", anchor=ANCHOR)
    assert actor is not None and actor.name == "Chilean Senate"


@pytest.mark.parametrize("text, code, sector", [
    ("the Malawi Communications Commission", "MWI", "GOV"),   # head nouns of state bodies, capitalised
    ("Uganda Investment Agency", "UGA", "GOV"),
    ("the Directorate of Criminal Investigations", None, "GOV"),  # the kind right before "of" heads it
    ("spokesman of the navy", None, "MIL"),                     # … unless it is a member noun
    ("Radio Maendeleo", None, "JRN"),
])
def test_organisation_heads(text: str, code: str | None, sector: str) -> None:
    assert coded(text) == (code, sector)


@pytest.mark.parametrize("text", ["the Carter Foundation", "the Federal Bureau of Statistics"])
def test_a_word_inside_an_organisations_name_is_no_town(text: str) -> None:
    """"Carter" and "Bureau" are towns somewhere; inside a body's name they place nothing."""
    actor = resolve_actor_text(text, anchor=ANCHOR)
    assert actor is None or actor.code is None


def test_lower_case_commission_is_no_state_body() -> None:
    actor = resolve_actor_text("a commission of five percent", anchor=ANCHOR)
    assert actor is None or actor.sector != "GOV"


@pytest.mark.parametrize("text, code, sectors", [
    ("the Department of Defense", "USA", ["GOV", "MIL"]),   # a defence ministry, as NGEC's list codes it
    ("the Ministry of Defence", "GBR", ["GOV", "MIL"]),
    ("the Pentagon", "USA", ["MIL"]),                       # the building stands for the military
])
def test_defence_ministries_are_government_first(text: str, code: str, sectors: list[str]) -> None:
    from eventwire.nlp.actor_resolve import resolve_tokens
    from eventwire.nlp.actor_dictionary import day_number
    from eventwire.nlp.parse import parse

    found = resolve_tokens(list(parse(text)), day_number(ANCHOR), loose=True)
    assert found is not None and (found.code, found.sectors[:2]) == (code, sectors)


@pytest.mark.parametrize("text, code, sector", [
    ("the Storting president", "NOR", "LEG"),    # presiding over a legislature is legislative
    ("the Vidhan Sabha", "IND", "LEG"),          # legislatures by native name: no Libyan town of Sabha
    ("the Cortes", "ESP", "LEG"),                # … nor Cortés, Honduras
    ("the Hluttaw", "MMR", "LEG"),
])
def test_legislatures_and_their_presiding_officers(text: str, code: str, sector: str) -> None:
    assert coded(text) == (code, sector)


@pytest.mark.parametrize("text, code, sector", [
    ("lisbon traffic police", "PRT", "COP"),     # a phrase typed in lower case keeps its places
    ("tunisian fishermen", "TUN", "AGR"),
    ("us soldiers", None, "MIL"),                # "us" stays a pronoun
])
def test_lower_case_phrases(text: str, code: str | None, sector: str) -> None:
    assert coded(text) == (code, sector)


def test_lower_case_places_only_in_all_lower_case_phrases() -> None:
    """With capitals elsewhere, a lower-case word is no name ("the turkey farmers of Ohio")."""
    actor = resolve_actor_text("the turkey farmers of Ohio", anchor=ANCHOR)
    assert actor is not None and actor.code != "TUR"
