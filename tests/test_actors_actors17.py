"""Who the parties are in reports written without capitals (actors17): Indian English nouns for the press,
opposition leaders, a body's officers, names after a title whose surname the tagger calls a common noun,
"former" before an office's place, and the Vajpayee government's ministers dated from 1998. Every sentence
is written for this test."""

from __future__ import annotations

from datetime import date

from eventwire.nlp.actor_dictionary import load_dictionary
from eventwire.nlp.actor_resolve import find_matches, resolve_tokens
from eventwire.nlp.actors import find_actors
from eventwire.nlp.parse import parse

DAY = date(2002, 3, 5)
# A second sentence so the article is long enough to be read as one written without capitals.
TAIL = " the town stayed tense through the day and most shops remained shut in the old quarter of the city."


def found(sentence: str) -> dict[str, str | None]:
    return {a.text: a.sector for a in find_actors(parse(sentence + TAIL), [], DAY) if a.start < len(sentence)}


def resolved(phrase: str) -> tuple[str | None, list[str]]:
    tokens = list(parse(phrase))
    result = resolve_tokens(tokens, 20020305, matches=find_matches(tokens, caseless_text=phrase.islower()))
    assert result is not None
    return result.code, result.sectors


def test_scribes_newsmen_and_lensmen_are_the_press() -> None:
    sectors = found("rioters chased away two scribes, a newsman and a lensman near the old bridge.")
    assert sectors.get("scribes") == "JRN" and sectors.get("newsman") == "JRN" and sectors.get("lensman") == "JRN"
    assert found("a group of rioters beat up pressmen outside the court.").get("pressmen") == "JRN"


def test_opposition_leaders_are_politicians_in_opposition() -> None:
    agents = load_dictionary().agents
    assert agents["opposition leaders"] == "PTYOPP" and agents["leader of the opposition"] == "PTYOPP"
    assert found("the opposition leaders called on the governor on tuesday.").get("opposition leaders") == "PTY"


def test_a_general_secretary_is_a_party_officer() -> None:
    assert resolved("cpi general secretary a b bardhan")[1][:1] == ["PTY"]
    assert resolved("UN Secretary-General Kofi Annan")[1][:1] != ["PTY"]


def test_a_body_head_title_takes_the_body_sector() -> None:
    # a listed person whose role on the day the lists do not know: the party named before the title says it
    assert resolved("rjd chief laloo prasad yadav") == ("IND", ["PTY"])
    assert resolved("BJP president Jana Krishnamurthi")[1][:1] == ["PTY"]


def test_a_two_word_name_after_a_title_in_lower_case() -> None:
    assert "congress mla ramesh patel" in found("congress mla ramesh patel was stabbed near his house.")
    # a title compounded with a thing names no one
    assert not any("fund" in text for text in found("the chief minister relief fund got large donations."))


def test_former_before_an_office_place() -> None:
    sectors = found("former gujarat chief minister keshubhai patel met the governor on monday.")
    assert sectors.get("former gujarat chief minister keshubhai patel") == "ELI"


def test_vajpayee_government_ministers_are_government_in_2002() -> None:
    dictionary = load_dictionary()
    for name in ("george fernandes", "jaswant singh", "yashwant sinha", "lal krishna advani", "narendra modi"):
        entry = dictionary.lookup(name)[0]
        assert dictionary.resolve_code(entry.code_on(20020305)) == ("IND", ["GOV"]), name
    modi = dictionary.lookup("narendra modi")[0]
    assert dictionary.resolve_code(modi.code_on(20200101)) == ("IND", ["GOV"])
    fernandes = dictionary.lookup("george fernandes")[0]
    assert dictionary.resolve_code(fernandes.code_on(20010701))[1][:1] == ["ELI"]  # out of office that summer
