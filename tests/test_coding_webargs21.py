"""Generic statements and modality on web pages, twenty-first session (issue 4).

Every sentence is written for this test."""

from __future__ import annotations

from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text

DATELINE = "2020-03-10"


def triggers(text: str, published: str = DATELINE) -> list[str]:
    return [(e.evidence.trigger or "").lower() for e in code_text(text, published=published)]


def test_what_a_suspect_is_accused_of_is_no_accusation() -> None:
    assert "accused" not in triggers("The former governor is accused of taking bribes from a builder.")


def test_what_a_suspect_is_charged_with_is_no_charging() -> None:
    assert "charged" not in triggers("The former governor is charged with fraud and bribery.")


def test_a_charge_brought_is_an_accusation() -> None:
    assert "charged" in triggers("The former governor has been charged with fraud and bribery.")
    assert "accused" in triggers("Prosecutors accused the former governor of taking bribes.")
    assert "accused" in triggers("The opposition leader is accused by the government of inciting the riots.")


def test_a_toll_summed_so_far_this_year_is_no_one_attack() -> None:
    assert "killed" not in triggers("More than 300 civilians have been killed in the fighting so far this year, "
                                    "the agency said.")


def test_protests_summed_over_the_past_years_are_no_one_protest() -> None:
    assert "protests" not in triggers("Over the past three years, the country has been hit by dozens of protests "
                                      "by farmers.")


def test_arrests_summed_over_the_last_two_years_are_no_one_arrest() -> None:
    assert "arrested" not in triggers("In the last two years police have arrested 40 activists in the district.")


def test_a_rate_per_year_is_a_habit() -> None:
    assert "killed" not in triggers("One worker a year is killed on that road.")


def test_a_day_after_or_a_year_ago_places_one_happening() -> None:
    assert "arrested" in triggers("A day after the riots, police arrested the mayor.")
    assert "arrested" in triggers("Police arrested the mayor a year ago.")
    assert "arrested" in triggers("Police arrested 12 protesters on Monday.")


def flags(text: str, trigger: str, published: str = DATELINE) -> set[str]:
    events = [e for e in code_text(text, published=published) if (e.evidence.trigger or "").lower() == trigger]
    assert events, f"no event on {trigger!r}"
    return {k for k in ("negated", "hypothetical", "future") if getattr(events[0].modality, k)}


def test_talks_a_way_is_paved_for_are_still_to_come() -> None:
    assert {"hypothetical", "future"} <= flags("He said he hoped the exchange would pave the way for direct talks "
                                               "between the government and the rebels.", "talks")


def test_a_summit_the_stage_is_set_for_is_still_to_come() -> None:
    assert {"hypothetical", "future"} <= flags("The deal set the stage for a summit between the two presidents.",
                                               "summit")


def test_clearing_the_way_for_a_convoy_leaves_an_arrest_done() -> None:
    assert not flags("Police cleared the way for the convoy and arrested two protesters.", "arrested")


def test_the_majority_of_rape_cases_are_a_kind() -> None:
    assert "rape" not in triggers("As with the majority of rape and assault cases, the suspect and the victim knew "
                                  "each other.")


def test_most_attacks_are_a_kind() -> None:
    assert "attacks" not in triggers("Most attacks on aid workers go unpunished.")
    assert "protests" not in triggers("The majority of protests in the region are peaceful.")


def test_most_protesters_arrested_is_one_arrest() -> None:
    assert "arrested" in triggers("Most protesters were arrested by police on Monday.")
