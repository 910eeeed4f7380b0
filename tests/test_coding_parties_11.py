"""Parties the verb's argument structure names in another place (issue 4, precision, eleventh session):
the noun a relative pronoun stands for, the one a fight befell, a bare count arrested or killed, the
shooter of a volley, the side fired on, the owner of a demand or decision reacted to, the one allowed
to act, the one denied entry. Every sentence is written for this test."""

from __future__ import annotations

from test_coding_parties import _no_gate, events  # noqa: F401  (_no_gate: the gate off, autouse)
from test_coding_parties_9 import texts


def test_a_mob_that_was_about_to_attack_is_the_attacker() -> None:
    found = events("police fired at mobs that were about to attack the village of karol.", "ASSAULT")
    assert any(texts(e.actors) == ["mobs"] and texts(e.recipients) == ["village"] for e in found)


def test_the_police_who_arrested_are_the_arresters() -> None:
    [event] = events("The constables, who had arrested two smugglers on Monday, were attacked by a mob.", "COERCE")
    assert texts(event.actors) == ["constables"] and texts(event.recipients) == ["smugglers"]


def test_those_who_died_in_police_firing_are_named() -> None:
    [event] = events("Three villagers died in police firing on Monday.", "ASSAULT")
    assert texts(event.actors) == ["police"] and texts(event.recipients) == ["villagers"]


def test_a_bare_count_arrested_is_named() -> None:
    [event] = events("Police detained 35 near the station.", "COERCE")
    assert texts(event.recipients) == ["35"]


def test_a_year_is_no_count() -> None:
    [event] = events("The constables arrested 3 in 2002 near the fort.", "COERCE")
    assert texts(event.recipients) == ["3"]


def test_a_volley_kills_by_its_shooters() -> None:
    found = events("The guards fired ten rounds killing three smugglers.", "ASSAULT")
    assert any(texts(e.actors) == ["guards"] and texts(e.recipients) == ["smugglers"] for e in found)


def test_fire_opened_on_rioters_looting_hits_the_rioters() -> None:
    found = events("Troops opened fire on rioters looting a warehouse.", "ASSAULT")
    assert any(texts(e.actors) == ["Troops"] and texts(e.recipients) == ["rioters"] for e in found)


def test_the_owner_of_a_rejected_demand_is_the_recipient() -> None:
    [event] = events("The governor rejected the demand of the weavers for higher wages.", "REJECT")
    assert texts(event.recipients) == ["weavers"]


def test_the_owner_of_an_accepted_suggestion_is_the_recipient() -> None:
    [event] = events("The minister agreed to the suggestion of the opposition leader.", "AGREE")
    assert texts(event.recipients) == ["opposition leader"]


def test_the_one_allowed_to_act_is_the_recipient() -> None:
    [event] = events("The court allowed the union to hold a rally on Friday.", "CONCEDE")
    assert texts(event.recipients) == ["union"]


def test_those_whose_entry_is_banned_are_the_recipient() -> None:
    [event] = events("The district administration has banned the entry of activists into the town.", "COERCE")
    assert texts(event.recipients) == ["activists"]


def test_those_denied_entry_are_the_recipient() -> None:
    [event] = events("The authorities denied entry to a batch of pilgrims on Monday.", "SANCTION")
    assert texts(event.recipients) == ["pilgrims"]


def test_the_entry_of_things_names_no_party() -> None:
    found = events("The district administration has banned the entry of trucks into the town.", "COERCE")
    assert all("trucks" not in texts(e.recipients) for e in found)
