"""Named parties the parser hangs away from the trigger (issue 4, precision, eighth session, late):
states joined by "and" in front of one noun, the sides of the fight a killing happened in, and the
party an attack is blamed on. Every sentence is written for this test."""

from __future__ import annotations

from test_coding_parties import PUBLISHED, _no_gate, events  # noqa: F401  (_no_gate: the gate off, autouse)

from eventwire.coding import code_text


def codes(parties) -> set[str | None]:
    return {p.code for p in parties}


def test_adjectives_joined_on_one_noun_are_both_parties() -> None:
    [event] = events("The Russian and Syrian foreign ministries accused the United States of lying on Monday.",
                     "ACCUSE")
    assert {"RUS", "SYR"} <= codes(event.actors)


def test_fight_in_the_subject_names_its_sides() -> None:
    found = events("Heavy fighting between Turkish troops and Kurdish fighters killed 12 people on Monday.", "ASSAULT")
    assert any("TUR" in codes(e.actors) for e in found)


def test_attack_by_phrase_in_the_subject_names_the_attacker() -> None:
    found = events("An airstrike by Turkish warplanes killed 12 civilians in Afrin on Monday.", "ASSAULT")
    assert any("TUR" in codes(e.actors) for e in found)


def test_victims_killed_in_a_named_attack() -> None:
    found = events("Five Iraqi soldiers were killed in an Islamic State attack near Mosul on Monday.", "ASSAULT")
    assert any(e.actors and "IRQ" in codes(e.recipients) and "IRQ" not in codes(e.actors) for e in found)


def test_blamed_party_is_the_attacker() -> None:
    found = events("Al-Shabaab was blamed for the bombing of the hotel in Mogadishu, which killed six people "
                   "on Monday.", "ASSAULT")
    assert any("SOM" in codes(e.actors) for e in found)


def test_a_place_in_the_fight_is_no_attacker() -> None:
    found = events("Five Iraqi soldiers were killed in an attack in Mosul on Monday.", "ASSAULT")
    assert all(not e.actors for e in found)


def test_blame_on_a_party_not_on_a_date() -> None:
    found = events("On Friday, Colombia blamed the leftist ELN for the bombing of a police "
                   "academy that killed 20 people.", "ASSAULT")
    assert found and all([a.text for a in e.actors] == ["ELN"] for e in found)


def test_killed_when_a_side_shelled() -> None:
    found = events("Two civilians were killed when Sudanese troops shelled the town of Kadugli on Monday.", "ASSAULT")
    assert any("civilians" in [r.text for r in e.recipients] and "SDN" in codes(e.actors) for e in found)


def test_killed_in_the_wake_of_airstrikes() -> None:
    found = events("Seventy civilians were killed last week in the wake of Turkish airstrikes on Afrin.", "ASSAULT")
    assert any("TUR" in codes(e.actors) for e in found)


def test_the_side_hurt_in_a_clash_is_a_side() -> None:
    found = [e for e in code_text("Three students were injured in clashes with Kenyan police in Nairobi on Monday.",
                                  published=PUBLISHED) if "KEN" in codes(e.recipients)]
    assert found and all(e.actors for e in found)


def test_camel_case_firm_is_named() -> None:
    [event] = events("QuillMart is reportedly being investigated by the state attorney general.", "ACCUSE")
    assert [r.text for r in event.recipients] == ["QuillMart"]
