"""Wire-copy phrasing the coder missed (session 25), on sentences written for this project: a party named
through the head that stands for it ("the Pacific nation of Tonga", "the leader of Hamas"), and phrases whose verb
alone says nothing or something else ("shot down a drone", "made concessions", "handed down sentences", "pulling
out of", "took legal action against", "sealed off", "rounded up", "walked off the job", "turned down", "brushed
aside", "balked at", "ruled out", "warned X against", "to crush the revolt", "shut down newspapers", "inked a deal",
a sit-in split at its hyphen). Each has a reading that must stay uncoded beside it."""

from __future__ import annotations

from functools import partial

import pytest

from coded import coded_event
from eventwire.coding import code_text

PUBLISHED = "2024-03-01"

pytestmark = pytest.mark.usefixtures("rules_only")  # the rules themselves, without the learned gate


def _events(text: str) -> list:
    return code_text(text, published=PUBLISHED)


_event = partial(coded_event, published=PUBLISHED)  # the first such event, or the test fails


@pytest.mark.parametrize("text, event, actor_code", [
    ("The Pacific nation of Tonga has condemned Fiji over the arrests.", "ACCUSE", "TON"),
    ("The tiny country of Lesotho criticised South Africa on Friday.", "ACCUSE", "LSO"),
    ("The leader of Hezbollah threatened Israel in a televised speech.", "THREATEN", "LBN"),
    ("The chief of the Kenyan army declined to meet the envoy.", "REJECT", "KEN"),
])
def test_party_named_through_the_head_standing_for_it(text: str, event: str, actor_code: str) -> None:
    found = _event(text, event)
    assert actor_code in {a.code for a in found.actors}


def test_a_former_head_stands_for_no_body() -> None:
    found = _event("Police in Nairobi arrested the former chief of the Kenyan army.", "COERCE")
    assert "KEN" not in {r.code for r in found.recipients if "army" in r.text.lower()}, found.recipients
    found = _event("Police in Nairobi arrested the chief of the Kenyan army.", "COERCE")
    assert any("army" in r.text.lower() and r.code == "KEN" for r in found.recipients), found.recipients


def test_leaders_of_two_countries_are_both_parties() -> None:
    found = _event("The leaders of Bolivia and Peru rejected the mining plan.", "REJECT")
    assert {"PER", "BOL"} <= {a.code for a in found.actors}


@pytest.mark.parametrize("text, event, cameo", [
    ("Ukrainian forces shot down two Russian drones overnight.", "ASSAULT", "190"),
    ("An army transport helicopter was shot down over the delta on Monday.", "ASSAULT", "190"),
    ("Serbia made concessions to Kosovo on vehicle plates.", "CONCEDE", "080"),
    ("The government offered concessions to the striking miners.", "CONCEDE", "080"),
    ("A court in Abuja handed down prison sentences to four former ministers.", "SANCTION", "116"),
    ("Spanish troops began pulling out of the mission in Mali on Monday.", "RETREAT", "0874"),
    ("Chilean prosecutors took legal action against the former interior minister.", "ACCUSE", "115"),
    ("Troops sealed off the provincial capital on Tuesday.", "COERCE", "191"),
    ("The governor announced martial law across the province.", "COERCE", "1724"),
    ("Police rounded up dozens of opposition activists in the capital.", "COERCE", "173"),
    ("Dock workers walked off the job at the port of Santos.", "PROTEST", "143"),
    ("The prime minister of Nepal turned down an invitation to visit Beijing.", "REJECT", "120"),
    ("Caracas brushed aside calls by Brazil for new elections.", "REJECT", "120"),
    ("Portugal balked at the terms of the fishing accord.", "REJECT", "120"),
    ("Japan ruled out a return to the negotiations over the islands.", "REJECT", "120"),
    ("Tokyo warned Beijing against any change to the status quo.", "THREATEN", "130"),
    ("The junta shut down two independent newspapers.", "COERCE", "1721"),
    ("Ecuador and Peru inked a deal on their river border.", "SUPPORT", "057"),
    ("Nurses in Nairobi staged a sit-in at the gates of the health ministry.", "PROTEST", "141"),
    ("The militia handed over twelve captives to the Red Crescent.", "RETREAT", "0841"),
    ("Spain handed over two suspects to the Moroccan police.", "COOPERATE", "063"),
    ("Burkina Faso declared the French military attache persona non grata.", "SANCTION", "166"),
    ("Rebel fighters laid siege to the provincial capital.", "COERCE", "191"),
    ("Militants launched rockets at the air base overnight.", "ASSAULT", "194"),
    ("Militants fired rockets into northern Israel on Sunday.", "ASSAULT", "194"),
])
def test_wire_phrase_coded(text: str, event: str, cameo: str) -> None:
    assert _event(text, event).cameo == cameo


def test_talks_between_two_sides_name_both() -> None:
    found = _event("Talks between Serbia and Kosovo resumed in Brussels on Monday.", "CONSULT")
    assert {"SRB", "XKX"} <= {p.code for p in found.actors + found.recipients}


def test_an_international_lender_is_political() -> None:
    found = _event("The African Development Bank approved a loan of 90 million dollars for Malawi.", "AGREE")
    assert "MWI" in {r.code for r in found.recipients}


def test_a_league_of_states_is_no_sports_body() -> None:
    found = _event("The Arab League demanded a halt to the shelling of the port city.", "REQUEST")
    assert found.actors and found.actors[0].text.endswith("Arab League")
    assert not [e for e in _events("The Premier League postponed two matches because of the storm.")]


def test_who_names_an_attack_did_not_carry_it_out() -> None:
    for event in _events("The foreign minister called the bombing a cowardly act of terror."):
        assert not [a for a in event.actors if "minister" in a.text.lower()], event


def test_vow_to_crush_a_revolt_is_a_threat() -> None:
    found = _event("Ankara vowed to crush the revolt in the southeast.", "THREATEN")
    assert found.actors and found.actors[0].code == "TUR"


@pytest.mark.parametrize("text", [
    "The senate shot down the proposal by a wide margin.",
    "The new system is meant to shoot down incoming missiles.",
    "The company pulled out of the takeover deal.",
    "Police cordoned off the area after the blast.",
    "The ministry warned citizens against travel to the border.",
    "He turned down the volume of the radio.",
    "She brushed aside a strand of hair.",
    "Liverpool crushed Everton 4-0 on Saturday.",
    "The shop closed down last year.",
    "The farmers rounded up their cattle before the storm.",
    "The space agency launched a rocket into orbit.",
    "North Korea fired a missile into the sea on Monday.",
    "He handed over the keys to the new owner.",
    "The army ruled out any involvement of its soldiers in the blast.",
    "Activists condemned the use of live ammunition to crush the protests.",
])
def test_other_readings_stay_uncoded(text: str) -> None:
    assert not [e for e in _events(text) if e.event in {"ASSAULT", "RETREAT", "COERCE", "THREATEN", "REJECT"}], \
        _events(text)


def test_a_demand_put_forward_is_a_request_not_the_act_demanded() -> None:
    events = _events("The rebels renewed their demand that the army leave the town.")
    found = [e for e in events if e.event == "REQUEST"]
    assert found and any("army" in r.text.lower() for r in found[0].recipients), events
    assert not [e for e in events if e.event == "RETREAT"], events
    assert not [e for e in _events("The government ignored the demands of the striking nurses.") if e.event == "REQUEST"]
    assert not [e for e in _events("The premier made a brief telephone call to Kuwait's emir on Sunday.")
                if e.event == "REQUEST"]


def test_a_warning_with_a_condition_was_still_given() -> None:
    found = _event("Tirana warned Belgrade of consequences if it closes the border crossing.", "THREATEN")
    assert not found.modality.hypothetical and found.actors and found.recipients
    found = _event("The militia will shell the port if the navy sails in.", "THREATEN")
    assert found.modality.hypothetical
