"""Parties of police and riot reports (issue 4, precision, ninth session): the people arrested, hurt or fired
on named by a common noun, the police who fire, forces deployed or put on alert as the actor, mobs
described by what they do. Every sentence is written for this test."""

from __future__ import annotations

from test_coding_parties import _no_gate, events  # noqa: F401  (_no_gate: the gate off, autouse)


def texts(parties) -> list[str]:
    return [p.text for p in parties]


def test_arrested_persons_are_named() -> None:
    [event] = events("The police arrested three persons near the bus depot on Sunday.", "COERCE")
    assert texts(event.actors) == ["police"] and texts(event.recipients) == ["persons"]
    assert event.recipients[0].code is None


def test_passive_arrest_names_the_arrested() -> None:
    [event] = events("Over 40 persons were arrested in raids across the district on Monday.", "COERCE")
    assert texts(event.recipients) == ["persons"]


def test_officer_who_fired_is_named_with_his_compounds() -> None:
    [event] = events("Six rounds were fired by the station house officer of the area on Monday.", "ASSAULT")
    assert texts(event.actors) == ["station house officer"]


def test_victim_stabbed_is_named() -> None:
    [event] = events("One person was stabbed near the vegetable market on Tuesday.", "ASSAULT")
    assert texts(event.recipients) == ["person"]


def test_killed_in_police_firing_names_the_police() -> None:
    found = events("Official figures show that 41 persons have been killed in police firing so far.", "ASSAULT")
    assert found and all("police" in texts(e.actors) for e in found)


def test_police_firing_parsed_as_a_participle() -> None:
    found = events("Five people were killed in police firing on mobs in the town on Tuesday.", "ASSAULT")
    assert any("police" in texts(e.actors) and "people" in texts(e.recipients) for e in found)


def test_fired_at_the_crowd_is_the_target() -> None:
    [event] = events("The police fired at the stone-throwing youths near the temple on Friday.", "ASSAULT")
    assert texts(event.actors) == ["police"] and any("youths" in t for t in texts(event.recipients))


def test_firing_at_a_town_makes_no_target() -> None:
    for event in events("Calm returned to the state after the police firing at Kelpur on Saturday.", "ASSAULT"):
        assert "Kelpur" not in texts(event.recipients)


def test_deployed_army_is_the_actor() -> None:
    [event] = events("The army was deployed in the state on Friday night.", "MOBILIZE")
    assert texts(event.actors) == ["army"] and not event.recipients


def test_deployment_of_the_army_is_the_army_acting() -> None:
    [event] = events("The petition sought the deployment of the army in the riot-hit district.", "MOBILIZE")
    assert "army" in texts(event.actors) and "army" not in texts(event.recipients)


def test_police_put_on_alert_act() -> None:
    [event] = events("Police were put on high alert in all sensitive areas of the state on Thursday.", "MOBILIZE")
    assert texts(event.actors) == ["Police"] and not event.recipients


def test_deploying_state_keeps_its_forces_out_of_the_recipients() -> None:
    [event] = events("The state government deployed police and paramilitary forces in the old city on Monday.",
                     "MOBILIZE")
    assert event.actors and not {"police", "paramilitary forces"} & set(texts(event.recipients))


def test_people_sent_to_police_stations_do_not_make_the_stations_act() -> None:
    for event in events("Their supporters were sent to nearby police stations on Monday.", "MOBILIZE"):
        assert "nearby police stations" not in texts(event.actors)


def test_rioting_mobs_riot() -> None:
    found = [e for e in events("Rioting mobs set fire to three shops in the market on Tuesday.", "PROTEST")]
    assert found and all("mobs" in " ".join(texts(e.actors)) for e in found)


def test_killed_in_police_firing_names_the_victims_of_the_firing() -> None:
    found = events("Official figures show that 41 persons have been killed in police firing so far.", "ASSAULT")
    assert any("persons" in texts(e.recipients) for e in found)
