"""Types and everyday senses, sixteenth session, second round: things found that are no contraband, choosing
or preferring to act, standing in an election, joining relief work, a walkout from a sitting, gearing up.
Every sentence is written for this test."""

from __future__ import annotations

from test_coding_parties import _no_gate  # noqa: F401
from test_coding_senses16 import _code, events


def test_finding_things_that_are_no_contraband_is_no_seizure() -> None:
    assert _code("The inspectors found a receipt for a rifle in his car.", "found") == "---"
    assert ("COERCE", "seize") not in events("Officers said they found large amounts of drug paraphernalia in the flat.")
    # weapons found, or a quantity of them, are still seized
    assert _code("The police found two rifles and a grenade in the shed.", "found") == "171"
    assert _code("A collection of rifles and machine guns were found in the hideout.", "found") == "171"


def test_choosing_or_preferring_to_act_is_no_event_itself() -> None:
    assert _code("The rebel legislators chose to embarrass the ministers with pointed questions.", "chose") == "---"
    assert not events("The party preferred not to mention the quarrel with the governor.")


def test_contesting_an_election_is_no_disapproval() -> None:
    assert _code("The party said it would contest all the elections in the state alone.", "contest") == "---"


def test_joining_relief_work_is_no_demonstration() -> None:
    assert not any(kind == "PROTEST" for kind, _ in events(
        "Student volunteers will join in relief and rehabilitation work from next week."))
    assert any(kind == "PROTEST" for kind, _ in events("The dock workers joined the strike on Monday."))


def test_walkout_is_dissent_not_consultation() -> None:
    found = events("The opposition members walked out shouting slogans.")
    assert ("PROTEST", None) in found and not any(kind == "CONSULT" for kind, _ in found)
    assert not events("The prisoner walked out of the jail on bail.")


def test_gearing_up_is_no_agreement() -> None:
    assert _code("The party is gearing up for a change of leadership.", "gearing") == "---"


def test_allowing_as_a_purpose_or_by_a_text_is_no_concession() -> None:
    assert _code("Officials reopened the bridge on Monday to allow villagers access to their fields.", "allow") == "---"
    assert _code("The new scheme allows farmers to borrow at low rates.", "allows") == "---"
    assert ("CONCEDE", None) in events("The government allowed the opposition leader to leave for the capital.")
