"""Event types, twenty-second session: general type confusions (issue 4). Firing someone from a post is no
shooting. Every sentence is written for this test."""

from __future__ import annotations

import pytest
from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text


def types(text: str, trigger: str, published: str | None = "2021-05-04") -> list[str]:
    return [e.event for e in code_text(text, published=published) if e.evidence.trigger == trigger]


@pytest.mark.parametrize("text,trigger", [
    ("The prime minister fired the finance minister.", "fired"),
    ("Governor Ortiz sacked three district judges on Tuesday.", "sacked"),
    ("the chief minister fired two ministers from his cabinet.", "fired"),
    ("The president fired Kovacs on Friday after the scandal.", "fired"),
    ("Former President Lugo fired Ramirez, the chief justice, in 2009.", "fired"),
])
def test_firing_an_office_holder_is_no_assault(text: str, trigger: str) -> None:
    assert "ASSAULT" not in types(text, trigger)


@pytest.mark.parametrize("text,trigger", [
    ("Police fired on the crowd near the station.", "fired"),
    ("Troops fired tear gas at the protesters.", "fired"),
    ("Hamas fired a Katyusha at Sderot.", "fired"),
    ("Gunmen fired at the police commissioner's car.", "fired"),
])
def test_firing_at_someone_stays_an_assault(text: str, trigger: str) -> None:
    assert "ASSAULT" in types(text, trigger)


@pytest.mark.parametrize("text,trigger", [
    ("At least nine labourers were burnt alive in a village near Modasa.", "burnt"),
    ("Twelve people were burned to death in their homes in Kenton town.", "burned"),
    ("two elderly men had been burnt alive in Sonpur village, police said.", "burnt"),
    ("Rioters burned a family of five to death in their home near Vadodara.", "burned"),
])
def test_people_burnt_alive_are_killed_not_property_destroyed(text: str, trigger: str) -> None:
    # the dictionary's "burn + village/home/town" pattern reads a place the people died in as property burnt
    events = [e for e in code_text(text, published="2021-05-04") if e.evidence.trigger == trigger]
    assert events and all(e.mode != "destroy" and e.cameo == "1823" for e in events)


def test_houses_burnt_down_stay_property_destroyed() -> None:
    events = [e for e in code_text("Rioters burnt down twenty houses in the village.", published="2021-05-04")
              if e.evidence.trigger == "burnt"]
    assert events and all(e.mode == "destroy" for e in events)


@pytest.mark.parametrize("text,trigger", [
    ("Retired justice Iyer faulted the panel. She suggests an inquiry headed by a high court judge.", "suggests"),
    ("The panel chairman Rao recommended an inquiry into the killings on Monday.", "recommended"),
    ("Senator Ames advocated an independent investigation of the shooting.", "advocated"),
    ("The opposition leader suggested a CBI probe into the Surat riots.", "suggested"),
])
def test_suggesting_an_inquiry_is_no_investigation(text: str, trigger: str) -> None:
    assert "ACCUSE" not in types(text, trigger)


@pytest.mark.parametrize("text,trigger", [
    ("Our plan was to use what the state of Ohio had to offer.", "offer"),
    ("The region has much to offer to foreign investors, the minister said.", "offer"),
    ('"The building will find new tenants," the mayor said, offering as one example a school for nurses.', "offering"),
    ("Senator Wu spoke for the bill, offering as an illustration the flood in Sacramento.", "offering"),
    ("The meeting was about Tokyo offering fresh advice to the region's mayors.", "offering"),
])
def test_what_a_place_has_to_offer_or_an_example_offered_is_no_offer(text: str, trigger: str) -> None:
    assert types(text, trigger) == []


@pytest.mark.parametrize("text,trigger", [
    ("Japan offered Indonesia a loan of $2 billion.", "offered"),
    ("Brazil offered to mediate between the two sides.", "offered"),
])
def test_offers_to_a_party_stay(text: str, trigger: str) -> None:
    assert types(text, trigger) == ["AGREE"]


@pytest.mark.parametrize("text,trigger", [
    ("The village headman was suspended from her post on Friday.", "suspended"),
    ("The provincial cabinet suspended the revenue officer from his post.", "suspended"),
    ("Mayor Okafor was suspended from office for two months.", "suspended"),
    ("Two inspectors were suspended from duty for negligence.", "suspended"),
])
def test_suspended_from_a_post_is_no_resignation(text: str, trigger: str) -> None:
    assert "RETREAT" not in types(text, trigger)


def test_suspended_talks_stay_a_sanction() -> None:
    assert types("The government suspended talks with the rebels.", "suspended") == ["SANCTION"]
