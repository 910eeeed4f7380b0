"""Parties named by whatever noun the verb's argument structure puts there (issue 4, precision, tenth
session): whoever is arrested or stabbed, whoever is met, accused or asked to act, nouns joined by "and",
and the subject of the verb that carries a protest noun. Things that do no act (a blast, the violence) and
datelines stay out. Every sentence is written for this test."""

from __future__ import annotations

from test_coding_parties import _no_gate, events  # noqa: F401  (_no_gate: the gate off, autouse)
from test_coding_parties_9 import texts


def test_whoever_is_detained_is_named() -> None:
    [event] = events("Four porters were detained at the railway yard on Monday.", "COERCE")
    assert texts(event.recipients) == ["porters"] and event.recipients[0].code is None


def test_whoever_is_stabbed_is_named() -> None:
    [event] = events("A cook was stabbed to death in the old city on Tuesday.", "ASSAULT")
    assert texts(event.recipients) == ["cook"]


def test_the_one_urged_to_act_is_named() -> None:
    [event] = events("The governor urged the chairman of the commission to visit the district.", "REQUEST")
    assert texts(event.recipients) == ["chairman"]


def test_the_one_asked_to_act_is_named_with_its_compound() -> None:
    [event] = events("The ministry asked the railway board to halt the trains.", "REQUEST")
    assert texts(event.recipients) == ["railway board"]


def test_the_one_met_is_named() -> None:
    [event] = events("The chief minister met the abbot on Monday.", "CONSULT")
    assert texts(event.recipients) == ["abbot"]


def test_the_one_prevented_from_acting_is_named() -> None:
    [event] = events("The state government prevented the cyclists from entering the town.", "COERCE")
    assert texts(event.recipients) == ["cyclists"]


def test_nouns_joined_by_and_are_both_named() -> None:
    [event] = events("Police arrested a tailor and a plumber on Friday.", "COERCE")
    assert texts(event.recipients) == ["tailor", "plumber"]


def test_the_organiser_of_rallies_protests() -> None:
    [event] = events("The leftists organised two rallies on Wednesday.", "PROTEST")
    assert texts(event.actors) == ["leftists"]


def test_a_shared_subject_marches() -> None:
    [event] = events("The legislators left their seats and marched into the well of the house.", "PROTEST")
    assert texts(event.actors) == ["legislators"]


def test_the_members_of_a_section_attack() -> None:
    # (residents now resolved as civilians, whose attack on the police the coder types a riot)
    [event] = events("A section of residents attacked the police on Sunday.", "ASSAULT") \
        or events("A section of residents attacked the police on Sunday.", "PROTEST")
    assert texts(event.actors) == ["residents"]


def test_a_blast_is_no_doer() -> None:
    for event in events("The blast killed six people near the market.", "ASSAULT"):
        assert "blast" not in texts(event.actors)


def test_condemned_violence_is_no_party() -> None:
    for event in events("The minister condemned the violence in the district.", "ACCUSE"):
        assert "violence" not in texts(event.recipients)


def test_a_dateline_is_no_protester() -> None:
    for event in events("Rampur: the members staged a walk-out in protest against the order.", "PROTEST"):
        assert "Rampur" not in texts(event.actors)


def test_killed_in_police_firing_names_the_police_as_written() -> None:
    found = events("As many as thirty people were killed in police firing, the officer said.", "ASSAULT")
    assert any(texts(e.actors) == ["police"] and texts(e.recipients) == ["people"] for e in found)


def test_hurt_when_a_mob_acted_names_the_mob() -> None:
    found = events("Six shopkeepers were injured when a mob set their stalls on fire at night.", "ASSAULT")
    assert any(texts(e.actors) == ["mob"] for e in found)


def test_who_seeks_a_deployment_does_not_deploy() -> None:
    for event in events("The state government sought deployment of the army in the town on Saturday.", "MOBILIZE"):
        assert texts(event.actors) == ["army"]
