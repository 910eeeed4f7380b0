"""Parties the sentence names but the event left out (leftout21): the owner of property a violent act harms
when the dictionaries do not know them ("the mob attacked ramesh desai's shop"); whom an event noun a verb
carries is aimed at or held with ("made a sharp attack on the opposition", "held talks with the union"), also
when the parser hangs the "with" phrase on the carrying verb. Every sentence is written for this test."""

from __future__ import annotations

from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text

PUBLISHED = "2023-06-14"


def parties(text: str, kind: str | None = None) -> list[tuple[list[str], list[str]]]:
    return [([a.text for a in e.actors], [r.text for r in e.recipients])
            for e in code_text(text, published=PUBLISHED) if kind in {None, e.event}]


# the owner of harmed property


def test_an_unknown_owner_of_a_house_attacked_is_harmed() -> None:
    events = parties("when rioters attacked hemant dholakia's house last night, the family had already left.")
    assert events and all(recipients == ["hemant dholakia"] for _, recipients in events)


def test_the_owners_of_a_residence_raided_are_named_with_their_conjunct() -> None:
    events = parties("the local police raided the house of bhikha and mohd salim on friday.", "COERCE")
    assert events and all(recipients == ["bhikha", "mohd salim"] for _, recipients in events)


def test_a_group_owns_an_office_torched() -> None:
    events = parties("the mob torched the office of the farmers union on Tuesday.")
    assert events and all(recipients == ["farmers union"] for _, recipients in events)


def test_property_with_no_owner_names_no_one() -> None:
    for _, recipients in parties("rioters torched shops in the market area on sunday."):
        assert recipients == []


def test_a_place_owning_property_is_not_a_party() -> None:
    for _, recipients in parties("a mob attacked houses of ahmedabad residents."):
        assert "ahmedabad" not in recipients


# the target of an event noun a verb carries


def test_a_scathing_attack_on_a_group_names_it() -> None:
    events = parties("the minister launched a sharp attack on the opposition.", "ACCUSE")
    assert events and all(recipients == ["opposition"] for _, recipients in events)


def test_talks_held_with_an_unknown_lower_case_name() -> None:
    events = parties("the governor held a one-to-one talk with bhavsar on tuesday.", "CONSULT")
    assert events and all(recipients == ["bhavsar"] for _, recipients in events)


def test_meetings_whose_with_phrase_hangs_on_the_carrier() -> None:
    events = parties("a senior home ministry official held several quiet meetings with the imam of the mosque.",
                     "CONSULT")
    assert events and all("imam" in " ".join(recipients) for _, recipients in events)


def test_an_attack_on_a_thing_names_no_party() -> None:
    for _, recipients in parties("the opposition made a sharp attack on the budget proposals."):
        assert "proposals" not in recipients and "budget proposals" not in recipients


# the doers an event noun's by-phrase names


def test_protests_by_organisations_the_dictionaries_do_not_know() -> None:
    events = parties("the minister was asked about the protests by dalit organisations against the move.", "PROTEST")
    assert events and all(actors == ["dalit organisations"] for actors, _ in events)


def test_a_by_phrase_of_a_thing_is_no_doer() -> None:
    for actors, _ in parties("the minister was asked about the protests sparked by the new rules."):
        assert "rules" not in " ".join(actors)


def test_a_protest_against_a_group_move_is_aimed_at_the_group() -> None:
    events = parties("the minister was asked about the protests by dalit organisations against any government move "
                     "to close the hostels.", "PROTEST")
    assert events and all(recipients == ["government"] for _, recipients in events)


# who did the harm a when-clause names


def test_people_burnt_when_a_village_was_set_on_fire_by_a_gang() -> None:
    events = parties("at least 14 persons were burnt alive in the town on friday afternoon when the whole town "
                     "was set on fire by a group of miscreants.")
    burnt = [actors for actors, recipients in events if "persons" in recipients]
    assert burnt and all(actors == ["miscreants"] for actors in burnt)


def test_people_arrested_when_police_raided_a_house() -> None:
    events = parties("two youths were arrested when the police raided the house in the old city.", "COERCE")
    assert any("police" in actors and "youths" in recipients for actors, recipients in events)
