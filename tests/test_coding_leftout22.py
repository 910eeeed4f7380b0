"""Parties the sentence names but the event left out (leftout22): every member of a list of parties, when the
dictionaries know only some of them or the parser reads the list as an apposition or a measure phrase ("the shiv
sena, the kisan sabha and the bajrang dal organised a rally"); those who go "along with" a party, in its role ("the
mla, along with 200 supporters, was detained"). Every sentence is written for this test."""

from __future__ import annotations

from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text

PUBLISHED = "2023-06-14"


def parties(text: str, kind: str | None = None) -> list[tuple[list[str], list[str]]]:
    return [([a.text for a in e.actors], [r.text for r in e.recipients])
            for e in code_text(text, published=PUBLISHED) if kind in {None, e.event}]


# every member of a list of parties


def test_a_lower_case_list_of_organisers_names_all_three() -> None:
    events = parties("the shiv sena, the kisan sabha and the bajrang dal organised a rally in the city.", "PROTEST")
    assert events and all(actors == ["shiv sena", "kisan sabha", "bajrang dal"] for actors, _ in events)


def test_a_capitalised_list_with_a_name_tagged_as_a_facility() -> None:
    events = parties("The Shiv Sena, the Kisan Sabha and the Bajrang Dal organised a rally in Pune on Sunday.", "PROTEST")
    assert events and all(actors == ["Shiv Sena", "Kisan Sabha", "Bajrang Dal"] for actors, _ in events)


def test_a_list_of_parties_met_read_as_a_measure_phrase() -> None:
    events = parties("the chief minister met the rjd, the lok janshakti party and the congress on thursday.", "CONSULT")
    assert events and all(recipients == ["rjd", "lok janshakti party", "congress"] for _, recipients in events)


def test_a_list_met_with_an_unknown_name_between_two_known_ones() -> None:
    events = parties("the governor met the bsp, the apna dal and the samajwadi party on tuesday.", "CONSULT")
    assert events and all(recipients == ["bsp", "apna dal", "samajwadi party"] for _, recipients in events)


def test_a_list_whose_last_member_the_tagger_reads_as_an_adjective_name() -> None:
    events = parties("the akali dal, the apna dal and the trinamul congress have threatened to leave the "
                     "alliance over the tax.", "THREATEN")
    assert events and all(actors == ["akali dal", "apna dal", "trinamul congress"] for actors, _ in events)


def test_a_dateline_town_is_no_member_of_the_list() -> None:
    for actors, recipients in parties("rampur: the rld, the inld and the bsp organised a rally on sunday."):
        assert "rampur" not in actors + recipients


# who goes along with a party


def test_supporters_detained_along_with_an_mla() -> None:
    events = parties("The MLA, along with 200 supporters, was detained by police near the secretariat.", "COERCE")
    assert events and all(recipients == ["MLA", "supporters"] for _, recipients in events)


def test_party_workers_arrested_along_with_their_president() -> None:
    events = parties("the district president, along with 40 party workers, was arrested for blocking the national "
                     "highway.", "COERCE")
    assert events and all(recipients == ["district president", "party workers"] for _, recipients in events)


def test_a_named_companion_hung_on_a_comma() -> None:
    events = parties("the mp, along with ram lal, was detained near the secretariat.", "COERCE")
    assert events and all(recipients == ["mp", "ram lal"] for _, recipients in events)


def test_companions_of_a_march_march() -> None:
    events = parties("The union leader marched to the collectorate along with hundreds of farmers.", "PROTEST")
    assert events and all(actors == ["union leader", "farmers"] for actors, _ in events)


def test_together_with_names_a_co_marcher() -> None:
    events = parties("The farmers' leader Rakesh Tikait, together with union activists, marched towards the capital.",
                     "PROTEST")
    assert events and all(actors == ["Rakesh Tikait", "union activists"] for actors, _ in events)


def test_killed_along_with_others_read_as_two_siblings_of_the_verb() -> None:
    events = parties("Two soldiers were killed along with three policemen when militants ambushed the convoy.",
                     "ASSAULT")
    assert events and all(sorted(recipients) == ["policemen", "soldiers"] for _, recipients in events)


def test_an_active_verb_with_an_object_takes_no_companion_as_doer() -> None:
    for actors, _ in parties("police detained the talati along with two of her assistants on tuesday."):
        assert actors == ["police"]


def test_a_companion_alone_does_not_stand_for_the_party_it_goes_with() -> None:
    for actors, _ in parties("The trust, together with the Asian Development Bank, funds the farmers in the district."):
        assert actors != ["Asian Development Bank"]


# the one met is the one asked


def test_a_demand_after_meeting_a_minister_is_made_of_the_minister() -> None:
    events = parties("The union leaders met the labour minister on Tuesday and demanded a wage revision.", "REQUEST")
    assert events and all(recipients == ["labour minister"] for _, recipients in events)


def test_a_lower_case_demand_after_meeting_the_vice_chancellor() -> None:
    events = parties("the students met the vice chancellor and demanded the withdrawal of the fee hike.", "REQUEST")
    assert events and all(recipients == ["vice chancellor"] for _, recipients in events)


def test_urged_him_after_meeting_a_named_president_names_the_president() -> None:
    events = parties("Opposition MPs met President Ram Nath Kovind and urged him to intervene.", "REQUEST")
    assert events and all(recipients == ["President Ram Nath Kovind"] for _, recipients in events)
