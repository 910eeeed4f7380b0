"""Office-holders named through a possessive pronoun (spokesmen22b): "its spokesman", "their general secretary X"
speak for the body "its"/"their" stands for (the nearest body named before them in the sentence, else the main
subject of the sentence before), not for the state a bare title's list entry gives. Every sentence is written for
this test (the bodies are real or made up, the events invented)."""

from __future__ import annotations

from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text

TAIL = " the town stayed tense through the day and most shops remained shut in the old quarter of the city."


def doers(text: str, kind: str) -> list[tuple[str, str | None, str | None]]:
    return [(a.text, a.code, a.sector) for e in code_text(text + TAIL, published="2002-03-05") if e.event == kind
            for a in e.actors]


def test_its_officer_in_the_same_sentence_takes_the_body_named_before() -> None:
    assert doers("The RSS held a meeting in Nagpur on Sunday, and its spokesman criticised the chief minister.",
                 "ACCUSE") == [("spokesman", "IND", "REL")]
    assert doers("the cpi(m) met in kolkata on friday and its general secretary accused the centre of neglect.",
                 "ACCUSE") != [("general secretary", None, "GOV")]


def test_its_officer_after_a_party_in_the_sentence_before() -> None:
    got = doers("the shiv sena is angry with the bjp over the temple. its spokesman sanjay rao threatened to pull out of"
                " the coalition.", "THREATEN")
    assert got and all(sector == "PTY" for _, _, sector in got)
    got = doers("The Samajwadi Party held a rally in Lucknow. Its spokesman accused the police of excesses.", "ACCUSE")
    assert got and all(sector == "PTY" for _, _, sector in got)


def test_their_spokesmen_after_two_parties() -> None:
    got = doers("the akali dal and the tdp are unhappy with the government. their spokesmen threatened that the"
                " parties would leave the coalition.", "THREATEN")
    assert got and all(sector == "PTY" for _, _, sector in got)


def test_a_union_officer_is_not_the_government() -> None:
    got = doers("The Teachers Union met on Monday. Its general secretary accused the state government of neglect.",
                "ACCUSE")
    assert got and all(sector not in ("GOV", "PTY") for _, _, sector in got)
