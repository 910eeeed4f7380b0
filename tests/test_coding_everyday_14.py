"""Senses and types of the fourteenth session (issue 4, precision): a meeting on the calendar is a
consultation flagged future, not an agreement; a body meeting or discussing by itself and "meeting"
expenses are no consultation; offices taken up, election shares captured, powers taken away and
people brought somewhere are no assault, nor is an attack in words or a fire fought; what a law bans
is no coercion; "demonstrate" followed by what it shows is no protest; troops marching or a flag march
show force (MOBILIZE).
Every sentence is written for this test."""

from __future__ import annotations

import pytest
from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text


def coded(text: str) -> list:
    return code_text(text, published="2023-06-14")


def kinds(text: str) -> list[str]:
    return [e.event for e in coded(text)]


SCHEDULED_MEETINGS = [
    "The foreign minister will meet his Chinese counterpart in Beijing on Thursday.",
    "The president is to visit Japan next month.",
    "Israel's foreign minister would meet his Egyptian counterpart on Friday, a spokesman said.",
]


@pytest.mark.parametrize("text", SCHEDULED_MEETINGS)
def test_a_scheduled_meeting_is_an_intent_to_meet(text: str) -> None:
    # Seventeenth session, the lead's policy: a meeting or visit the reporter (or a third party) tells
    # as scheduled is CONSULT flagged future; AGREE (CAMEO 036, intent to meet) only when the actor
    # itself says or promises it (tests/test_coding_senses17.py)
    found = coded(text)
    assert any(e.event == "CONSULT" and e.modality.future for e in found)
    assert "AGREE" not in kinds(text)


def test_an_offer_to_meet_stays_an_agreement() -> None:
    assert "AGREE" in kinds("Kenya is ready to hold talks with the rebels.")


OWN_BUSINESS = [
    "The full human rights commission will meet soon on the issue, its chairman said.",
    "The state party committee will discuss the problems of farmers at a two-day camp.",
    "The federal government will meet the expenses of the new clinics.",
]


@pytest.mark.parametrize("text", OWN_BUSINESS)
def test_own_business_is_no_consultation(text: str) -> None:
    assert not {"CONSULT", "AGREE"} & set(kinds(text))


NOT_ASSAULTS = [
    "The colonel took up his post as governor in 1840.",
    "She won the mayor's seat in 2001 and has occupied it ever since.",
    "The general took office in March.",
    "The far-right candidate captured 12 percent of the vote.",
    "The county commissioners voted to take away the board's power over hiring.",
    "District officials took the minister's convoy to the governor's residence.",
    "The state today occupies the fifth position in the country in terms of trade.",
]


@pytest.mark.parametrize("text", NOT_ASSAULTS)
def test_everyday_taking_is_no_assault(text: str) -> None:
    assert not {"ASSAULT", "COERCE"} & set(kinds(text))


LAW_CONTENT = [
    "The state has had a marriage act since 2000, which bars it from recognising such unions.",
    "The senator is pushing a bill which would prohibit towns from restricting mobile homes.",
    "Barring an isolated incident, calm returned to the city, police said.",
]


@pytest.mark.parametrize("text", LAW_CONTENT)
def test_what_a_law_says_is_no_coercion(text: str) -> None:
    assert "COERCE" not in kinds(text)


WORDS_AND_ACCIDENTS = [
    "No firefighters were injured fighting the fire.",
    "Under attack from various quarters, the party dropped its plan to march.",
    "The opposition said the minister's remarks amounted to an assault on parliament.",
]


@pytest.mark.parametrize("text", WORDS_AND_ACCIDENTS)
def test_attacks_in_words_and_fires_fought_are_no_assault(text: str) -> None:
    assert "ASSAULT" not in kinds(text)


SHOWN = [
    "The study demonstrates not only that the plan works but also that it is cheap.",
    "No party was able to demonstrate to the governor that it had a majority.",
    "There will be how-to demonstrations for visitors who like crafts.",
]


@pytest.mark.parametrize("text", SHOWN)
def test_demonstrating_a_point_is_no_protest(text: str) -> None:
    assert "PROTEST" not in kinds(text)


FORCE_SHOWN = [
    "Soldiers held flag marches in sensitive areas.",
    "Security personnel in riot gear marched through the city on Friday.",
]


@pytest.mark.parametrize("text", FORCE_SHOWN)
def test_a_flag_march_is_force_shown_not_a_protest(text: str) -> None:
    found = kinds(text)
    assert "MOBILIZE" in found and "PROTEST" not in found


KEPT = [
    ("Rebels occupied the party's offices in the capital.", "ASSAULT"),
    ("Troops occupied key positions around the airport.", "ASSAULT"),
    ("Police, barring journalists from the site, sealed the area.", "COERCE"),
    ("The government banned the group on Monday.", "COERCE"),
    ("Two soldiers were injured fighting the rebels near the border.", "ASSAULT"),
    ("The shelling amounted to an assault on civilians, the UN said.", "ASSAULT"),
    ("The rebels took control of the town on Sunday.", "ASSAULT"),
    ("Thousands demonstrated outside parliament against the law.", "PROTEST"),
    ("Students held a demonstration outside the embassy.", "PROTEST"),
    ("Retired soldiers marched to parliament to demand higher pensions.", "PROTEST"),
    ("Thousands of students marched through the capital.", "PROTEST"),
    ("The defence ministers of both countries met in Geneva on Monday.", "CONSULT"),
]


@pytest.mark.parametrize(("text", "kind"), KEPT)
def test_kept_events(text: str, kind: str) -> None:
    assert kind in kinds(text)
