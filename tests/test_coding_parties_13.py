"""Parties of killings in police firing and of deployments (issue 4, precision, thirteenth session): the dead a
fight leaves or a participle of causing names, the shooters of "rounds of firing by" a force, a participle whose
"were" is left out, forces named as units "of" a force or moved as cargo, and the body a relative clause tells
rushed them. Every sentence is written for this test."""

from __future__ import annotations

from test_coding_parties import _no_gate, events  # noqa: F401  (_no_gate: the gate off, autouse)
from test_coding_parties_9 import texts


def test_a_participle_whose_auxiliary_is_left_out_is_passive() -> None:
    # "and two men [were] killed": the men were killed, the police firing killed them
    found = events("Three shops were looted and two men killed in police firing on Sunday.", "ASSAULT")
    killing = [e for e in found if e.evidence.trigger in {"killed", "firing"}]
    assert killing and texts(killing[0].actors) == ["police"] and texts(killing[0].recipients) == ["men"]


def test_rounds_of_firing_by_a_force_name_the_shooters() -> None:
    [event] = events("Six traders were killed in several rounds of firing by the police on Monday.", "ASSAULT")
    assert texts(event.actors) == ["police"] and texts(event.recipients) == ["traders"]


def test_whom_a_fight_left_dead_is_its_target() -> None:
    [event] = events("The police firing left three protesters dead on Monday.", "ASSAULT")
    assert texts(event.actors) == ["police"] and texts(event.recipients) == ["protesters"]


def test_a_volley_causing_injuries_names_the_injured() -> None:
    [event] = events("The police fired ten rounds, causing injuries to four students.", "ASSAULT")
    assert texts(event.recipients) == ["students"]


def test_the_firing_side_does_not_stab() -> None:
    found = events("The doctors treated several persons injured in police firing and stabbing.", "ASSAULT")
    assert found and all(not (e.evidence.trigger == "stabbing" and texts(e.actors) == ["police"]) for e in found)


def test_columns_of_the_army_deployed_name_the_army() -> None:
    [event] = events("Six columns of the army have been deployed in the town.", "MOBILIZE")
    assert texts(event.actors) == ["army"] and not event.recipients


def test_battalions_of_a_police_force_name_the_force() -> None:
    [event] = events("Four battalions of the state reserve police were deployed in the city.", "MOBILIZE")
    assert texts(event.actors) == ["state reserve police"]


def test_forces_rushed_by_a_body_told_in_a_relative_clause() -> None:
    [event] = events("The officials informed the district administration, which rushed police force to the area.",
                     "MOBILIZE")
    assert texts(event.actors) == ["district administration"]


def test_an_army_placed_on_alert_is_no_target() -> None:
    for event in events("Late that night the committee decided to place the army on alert.", "MOBILIZE"):
        assert "army" not in texts(event.recipients) and "alert" not in texts(event.recipients)


def test_a_passive_verb_joined_by_but_suffers_the_shared_subject() -> None:
    [event] = events("The activist fled the rally but was detained by soldiers on Friday.", "COERCE")
    assert texts(event.actors) == ["soldiers"] and texts(event.recipients) == ["activist"]
    for event in events("The opposition leader left the rally but was arrested in the capital on Friday.", "COERCE"):
        assert "opposition leader" not in texts(event.actors)


def test_a_subject_the_parser_lost_is_not_made_the_one_detained() -> None:
    # "but only Dorin and Vask have been detained": the police issued warrants, they were not detained
    for event in events("Police issued nine arrest warrants after the bombing but only Dorin and Vask have been "
                        "detained.", "COERCE"):
        assert "Police" not in texts(event.recipients)
