"""Background, flags and senses, thirteenth session (issue 4): a happening named by a common-noun compound
("the ferry carnage") in a dated article is told again; a year that names a war or a happening ("in the
1956 war") is background even on a page with no present; police raiding a place is coercion, not an armed
assault; a planned or upcoming event noun is ahead, "refrain from" denies its act, "eager to" intends it.
Every sentence is written for this test."""

from __future__ import annotations

import datetime

from eventwire.coding import code_text
from eventwire.coding.background import named_by_place, past_year
from eventwire.coding.modality import read_modality
from eventwire.nlp.parse import parse
from test_coding_parties import _no_gate  # noqa: F401  (_no_gate: the gate off, autouse: these test the rules)

TUESDAY = datetime.date(2011, 5, 10)  # a Tuesday


def token(text: str, word: str, nth: int = 0):
    doc = parse(text)
    return [t for t in doc if t.lower_ == word][nth]


def events(text: str, published: str | None = None, kind: str | None = None):
    return [e for e in code_text(text, published=published) if kind is None or e.event == kind]


# A happening named by a compound of common nouns


def test_a_compound_named_happening_is_told_again() -> None:
    text = "The union will hold a vigil for the victims of the ferry carnage, its leader said."
    assert named_by_place(token(text, "carnage"), TUESDAY)


def test_a_two_word_compound_is_told_again() -> None:
    text = "Relief was announced for the families of those killed in the harbour depot massacre."
    assert named_by_place(token(text, "killed"), TUESDAY)


def test_a_kind_of_attack_is_not_a_name() -> None:
    assert not named_by_place(token("The minister condemned the bomb attack.", "attack"), TUESDAY)


def test_an_adjective_tagged_as_noun_is_not_a_name() -> None:
    text = "the retaliatory attacks that followed were condemned by the council."
    assert not named_by_place(token(text, "attacks"), TUESDAY)


def test_a_compound_of_the_days_news_is_news() -> None:
    text = ("Gunmen attacked a ferry near the harbour on Monday, killing nine. "
            "The ferry carnage drew condemnation from the council.")
    assert not named_by_place(token(text, "carnage"), TUESDAY)


def test_an_indefinite_compound_happening_is_new() -> None:
    assert not named_by_place(token("A ferry attack was reported by the coast guard.", "attack"), TUESDAY)


def test_an_undated_article_leaves_the_compound_alone() -> None:
    assert not named_by_place(token("The union condemned the ferry carnage.", "carnage"), None)


def test_the_coder_flags_the_retold_carnage() -> None:
    text = "Compensation will be paid to the families of those killed in the harbour depot massacre, officials said."
    found = events(text, "2011-05-10", "ASSAULT")
    assert found and all(e.modality.historical for e in found)


# A year naming a happening, on a page with no present


def test_a_war_named_by_its_year_is_background_without_a_present() -> None:
    assert past_year(token("The army captured the valley in the 1956 war.", "captured"), None)


def test_a_bare_year_alone_needs_a_present() -> None:
    assert not past_year(token("The army captured the valley in 1956.", "captured"), None)


def test_a_year_on_a_plain_noun_needs_a_present() -> None:
    assert not past_year(token("The army captured the valley in the 1956 season.", "captured"), None)


# Police raids


def test_police_raiding_a_home_is_coercion() -> None:
    found = events("Police raided the home of a local trader on Friday.", "2011-05-10")
    assert found and all(e.event == "COERCE" for e in found)


def test_police_and_agents_raiding_a_house_is_coercion() -> None:
    found = events("Police and customs agents raided a house in the old quarter, officials said.", "2011-05-10")
    assert found and all(e.event == "COERCE" for e in found)


def test_soldiers_raiding_a_village_stay_an_assault() -> None:
    found = events("Soldiers raided the village at dawn, the rebels said.", "2011-05-10")
    assert found and any(e.event == "ASSAULT" for e in found)


# Flags


def test_planned_protests_are_ahead() -> None:
    assert read_modality(token("Police detained four men ahead of the planned protests.", "protests")).future


def test_an_upcoming_summit_is_ahead() -> None:
    assert read_modality(token("The ministers discussed the upcoming summit in Lisbon.", "summit")).future


def test_a_plain_protest_is_not_ahead() -> None:
    assert not read_modality(token("Police detained four men after the protests.", "protests")).future


def test_refraining_from_retaliation_denies_it() -> None:
    assert read_modality(token("The elders urged everyone to refrain from retaliating.", "retaliating")).negated


def test_eager_to_withdraw_is_an_intention() -> None:
    assert read_modality(token("The president has been eager to withdraw the troops.", "withdraw")).future
