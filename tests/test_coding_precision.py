"""The coder's precision guards (issue 4): sentences that read like events but report none, and the
real events next to them that must survive. Every sentence is written for this test."""

from __future__ import annotations

import pytest

from eventwire.coding import code_text

PUBLISHED = "2023-06-14"


def kinds(text: str) -> set[str]:
    return {e.event for e in code_text(text, published=PUBLISHED)}


@pytest.mark.parametrize("text", [
    # everyday senses of verbs that the dictionary codes as political actions
    "The county fire department offered safety tips for the holiday weekend.",
    "She has been accepted to three universities in Ohio.",
    "The mayor signed a birthday card for the retiring clerk.",
    "The town council will host a pancake fundraiser on Saturday.",
    "The city's water utility is warning swimmers to stay away from the outfall.",
    "The festival came to a close on Sunday evening.",
    "The firefighters attacked the flames from the roof of the barn.",
    "The incumbent beat her rival by 400 votes in the county election.",
    "The tennis pair rallied to win the final set.",
    "Crews reopened the street after the gas leak was fixed.",
    "Investigators say the driver caught fire while refuelling.",
    # police and courts at work: procedure, not diplomacy
    "Police are asking residents for help in finding a stolen trailer.",
    "The judge ordered the defendant to pay the costs of the hearing.",
    "The court dismissed the charges against the landlord.",
    # a private person's deal or complaint
    "Several customers complained that the broker had mishandled their savings.",
])
def test_not_political_events(text: str) -> None:
    assert kinds(text) == set(), text


def test_real_events_next_to_the_guards_survive() -> None:
    assert "AGREE" in kinds("Turkey offered to mediate between the two governments.")
    assert "COERCE" in kinds("Police arrested two men after the robbery in Leeds.")
    assert "ACCUSE" in kinds("Kenya's foreign ministry accused Somalia of violating the border agreement.")
    assert "ASSAULT" in kinds("Gunmen attacked a police station in northern Mali, killing four officers.")
    assert "PROTEST" in kinds("Thousands of teachers were striking across the state on Monday.") | kinds(
        "Thousands of teachers went on strike across the state on Monday.")


def test_captured_fugitives_are_arrests() -> None:
    assert "COERCE" in kinds("Two escaped inmates were captured by marshals in Tennessee.")


def test_agreeing_with_someone_that_is_an_opinion() -> None:
    assert "AGREE" not in kinds("The police chief agrees with the governor that patrols should increase.")


def test_what_should_be_done_is_not_reported_as_done() -> None:
    found = code_text("The opposition said the government should support farmers hit by the drought.",
                      published=PUBLISHED)
    assert all(e.modality.hypothetical or e.modality.future for e in found if e.event == "SUPPORT")


def test_hosting_a_named_leader_is_a_meeting() -> None:
    assert "CONSULT" in kinds("On Tuesday the Kenyan president hosted Mr Ramaphosa at State House in Nairobi.")
