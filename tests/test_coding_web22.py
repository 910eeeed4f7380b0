"""Web pages, twenty-second session (issue 4, precision, category everyday): everyday senses of
political-looking words on ordinary web news (coding/everyday.py, verb_senses.py, rules.py). Each rule
has sentences where it must fire and sentences where the event must stay. Every sentence is written for
this test, varying the nouns, names, numbers and word order.
"""

from __future__ import annotations

import pytest
from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text

PUBLISHED = "2023-06-14"


def kinds(text: str) -> list[str]:
    return [e.event for e in code_text(text, published=PUBLISHED)]


FIRE_FIGHTING = [
    "Firefighters launched an attack on the flames from the roof of the barn.",
    "Rescuers launched an attack on the wildfire from three sides.",
    "Firefighters launched an attack on the fire from the kitchen.",
    "Volunteers began an assault on the flames at dawn.",
    "Two engine companies made an aggressive attack on the blaze.",
]


@pytest.mark.parametrize("sentence", FIRE_FIGHTING)
def test_an_attack_on_a_fire_is_no_assault(sentence: str) -> None:
    assert kinds(sentence) == []


ATTACKS_ON_PEOPLE = [
    "Gunmen launched an attack on the police station in Quetta on Monday.",
    "Rebels launched an assault on the army garrison at dawn.",
    "A mob launched an attack on the fire station and set two trucks alight.",
]


@pytest.mark.parametrize("sentence", ATTACKS_ON_PEOPLE)
def test_an_attack_on_people_or_a_fire_station_stays(sentence: str) -> None:
    assert set(kinds(sentence)) & {"ASSAULT", "PROTEST"}  # a mob's attack is coded a riot


CARRIED_TO_CARE = [
    "The driver was later airlifted to Harborview Medical Center in Seattle, where he died.",
    "Smith was airlifted to Baptist Hospital in Miami.",
    "The Oakdale man was flown to Hennepin County Medical Center in Minneapolis, where he remains in "
    "serious condition.",
    "A 12-year-old girl was flown to Children's Hospital in Omaha.",
    "Medics rushed the two victims to Mercy Hospital on Saturday night.",
]


@pytest.mark.parametrize("sentence", CARRIED_TO_CARE)
def test_a_patient_carried_to_a_hospital_is_no_event(sentence: str) -> None:
    assert kinds(sentence) == []


def test_goods_flown_to_hospitals_stay_aid() -> None:
    assert "AID" in kinds("The UN airlifted medicines to hospitals in Aleppo.")


LEFT_UNSAID = [
    "Police declined to call the shooting an act of terrorism.",
    "The governor's office declined to make her available for comment.",
    "The defence ministry declined to make the admiral available for an interview.",
    "The minister declined to predict how long the talks would last.",
    "The engineer declined afterwards to state when the satellite would be finished.",
]


@pytest.mark.parametrize("sentence", LEFT_UNSAID)
def test_declining_to_say_something_is_no_rejection(sentence: str) -> None:
    assert kinds(sentence) == []


REFUSALS = [
    "The junta refused to release the prisoners.",
    "The president declined to call early elections.",
    "Iran refused to give inspectors access to the site.",
]


@pytest.mark.parametrize("sentence", REFUSALS)
def test_refusing_a_demand_stays_a_rejection(sentence: str) -> None:
    assert "REJECT" in kinds(sentence)


FOUND_DEAD = [
    "Teen found dead in Omaha park.",
    "A Turkish citizen was found dead in Athens on Monday.",
    "Two hikers found dead near Aspen trail.",
    "Woman, man found dead in Fresno apartment.",
]


@pytest.mark.parametrize("sentence", FOUND_DEAD)
def test_found_dead_with_no_killing_word_is_no_assault(sentence: str) -> None:
    assert kinds(sentence) == []


def test_found_dead_with_a_stabbing_stays_an_assault() -> None:
    assert "ASSAULT" in kinds("Police: man found dead in Dayton home was stabbed.")


KEPT_IN_CARE = [
    "Ninety residents were detained in hospital overnight.",
    "Sixty pupils were detained in hospital on Tuesday.",
    "Twelve passengers were detained in hospital with burns.",
]


@pytest.mark.parametrize("sentence", KEPT_IN_CARE)
def test_patients_detained_in_hospital_are_no_arrest(sentence: str) -> None:
    assert kinds(sentence) == []


@pytest.mark.parametrize("sentence", ["Police detained two men at the hospital.",
                                      "The suspect was detained in hospital by police."])
def test_an_arrest_at_a_hospital_stays(sentence: str) -> None:
    assert "COERCE" in kinds(sentence)


CRAFT_TRAVELLING = [
    "The light aircraft was headed to Billings, Mont., but landed in Helena.",
    "The chartered jet was headed to Aspen when it turned back.",
    "The helicopter was headed to Juneau, Alaska, when it went down.",
    "The twin-engine plane was headed to Tulsa, Okla., but diverted to Wichita.",
    "The private jet was headed to Geneva on Friday.",
]


@pytest.mark.parametrize("sentence", CRAFT_TRAVELLING)
def test_a_craft_travelling_is_no_visit(sentence: str) -> None:
    assert kinds(sentence) == []


@pytest.mark.parametrize("sentence", ["A naval frigate will visit Manila next week.",
                                      "The French president will travel to Berlin on Monday."])
def test_a_navy_or_a_leader_travelling_stays_a_visit(sentence: str) -> None:
    assert "CONSULT" in kinds(sentence)


BUDGET_CUTS = [
    "The county reduced funding for public libraries in every district by 3 percent this spring.",
    "The legislature reduced funding for state universities again.",
    "The city reduced funding for community colleges by 4 percent last year.",
]


@pytest.mark.parametrize("sentence", BUDGET_CUTS)
def test_a_budget_cut_with_no_coded_party_is_no_sanction(sentence: str) -> None:
    assert kinds(sentence) == []


@pytest.mark.parametrize("sentence", ["The United States cut funding to the Palestinian Authority.",
                                      "Washington halted aid to Honduras after the coup."])
def test_cutting_aid_to_a_coded_party_stays_a_sanction(sentence: str) -> None:
    assert "SANCTION" in kinds(sentence)


OUSTED_FROM_JOBS = [
    "The governor ousted three top aides on Monday.",
    "The company ousted its chief financial officer last week.",
    "In recent weeks, the mayor has moved fast, ousting aides and issuing new orders.",
]


@pytest.mark.parametrize("sentence", OUSTED_FROM_JOBS)
def test_ousting_staff_is_no_deportation(sentence: str) -> None:
    assert "COERCE" not in kinds(sentence)


@pytest.mark.parametrize("sentence", ["The army ousted President Morsi in 2013.",
                                      "Rebels ousted the governor of the province."])
def test_ousting_a_leader_stays(sentence: str) -> None:
    assert "COERCE" in kinds(sentence)


STRUCK = [
    "A cyclist aged 19 also was struck and needed stitches to his arm.",
    "Two nurses were struck by a reversing ambulance outside the hospital.",
    "The truck's driver was also struck and taken to hospital with cuts.",
]


@pytest.mark.parametrize("sentence", STRUCK)
def test_a_worker_struck_in_the_passive_is_no_labour_strike(sentence: str) -> None:
    assert "PROTEST" not in kinds(sentence)


@pytest.mark.parametrize("sentence", ["Teachers struck for a third day on Friday.",
                                      "Bus drivers in Leeds are striking over pay."])
def test_workers_striking_stay_a_strike(sentence: str) -> None:
    assert "PROTEST" in kinds(sentence)


ASKED_TO_SPEAK = [
    "Last spring, our vicar was delighted to be asked to lecture at a gardening festival in Wales.",
    "Three professors invited the Kenyan novelist to Oslo to deliver a lecture.",
    "The senator was asked to speak at the graduation ceremony in Tulsa.",
]


@pytest.mark.parametrize("sentence", ASKED_TO_SPEAK)
def test_an_invitation_to_speak_is_no_request(sentence: str) -> None:
    assert kinds(sentence) == []


@pytest.mark.parametrize("sentence", ["The UN asked Iran to present its report to the council.",
                                      "The US asked China to release the detained journalists."])
def test_asking_a_state_to_act_stays_a_request(sentence: str) -> None:
    assert "REQUEST" in kinds(sentence)


PROTESTED_THAT = [
    "He protested that he had never seen the letter.",
    "The senator protested that the vote had been rushed.",
    "“It scares the neighbours,” she once told a reporter, protesting that she was not a noisy woman.",
]


@pytest.mark.parametrize("sentence", PROTESTED_THAT)
def test_protesting_that_something_is_so_is_no_protest(sentence: str) -> None:
    assert kinds(sentence) == []


def test_people_protesting_in_the_street_stay_a_protest() -> None:
    assert "PROTEST" in kinds("Thousands protested in Paris on Saturday against the pension reform.")
