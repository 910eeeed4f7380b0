"""Types and everyday senses, seventeenth session: a meeting the reporter tells as scheduled stays CONSULT
(AGREE only when the actor itself says or promises it), forces rushed or despatched somewhere, a visit paid by
"calling on" someone, attacks in words, and compensation announced. Every sentence is written for this test."""

from __future__ import annotations

from test_coding_parties import _no_gate  # noqa: F401
from test_coding_senses16 import PUBLISHED, _code, events

from eventwire.coding import code_text


def _typed(text: str) -> list[tuple[str, str | None, bool]]:
    return [(e.event, e.mode, e.modality.future) for e in code_text(text, published=PUBLISHED)]


def test_a_scheduled_visit_stays_consult_flagged_future() -> None:
    assert ("CONSULT", "visit", True) in _typed("The prime minister will visit the flood-hit district on Monday.")
    found = _typed("The foreign minister is to meet his Chinese counterpart in Beijing next week.")
    assert any(kind == "CONSULT" and future for kind, _, future in found)
    assert not any(kind == "AGREE" for kind, _, _ in found)


def test_a_meeting_the_actor_itself_promises_is_agree() -> None:
    assert any(kind == "AGREE" for kind, _, _ in _typed("The chief minister promised to visit the affected villages soon."))
    assert any(kind == "AGREE" for kind, _, _ in _typed('"We will meet the opposition leaders tomorrow," the chief minister said.'))
    assert any(kind == "AGREE" for kind, _, _ in _typed("The president said he would visit Moscow in June."))


def test_forces_rushed_or_despatched_are_a_deployment() -> None:
    assert _code("More paramilitary forces were rushed to the town after the clashes.", "rushed") == "154"
    assert ("MOBILIZE", "police") in events(
        "Nearly 300 police recruits were despatched to the border districts to help the local police.")
    assert not any(kind in {"CONSULT", "COOPERATE"} for kind, _ in events(
        "Nearly 300 police recruits were despatched to the border districts to help the local police."))
    # relief sent with them stays aid; officials sent on errands stay no event
    assert _code("The army sent relief supplies and troops to the flooded valley.", "sent") != "154"
    assert _code("Two ministers were dispatched to the districts to assess the damage.", "dispatched") != "154"


def test_calling_on_someone_with_nothing_asked_is_a_visit() -> None:
    assert ("CONSULT", "visit") in events("The defence minister called on the archbishop at his residence.")
    assert _code("The defence minister called on the governor and discussed the law and order situation.",
                 "called") == "042"
    # an appeal keeps its reading
    assert ("REQUEST", None) in events("The defence minister called on the villagers to keep the peace.")
    assert _code("The bishops called on the government for an end to the evictions.", "called") != "042"


def test_attacks_in_words_are_no_assault() -> None:
    assert not any(kind == "ASSAULT" for kind, _ in events(
        "The Congress leader attacked the ruling party over the temple dispute in a long speech."))
    assert _code("The opposition leader attacked the ruling party over the temple dispute.", "attacked") == "111"
    assert not any(kind == "ASSAULT" for kind, _ in events(
        "Under attack from its own state units, the party leadership called a meeting of its executive."))
    # a violent scene keeps the assault
    assert _code("Gunmen attacked the minister over a land dispute, wounding two guards.", "attacked") != "111"
    assert _code("Militants attacked the army post over the border at night.", "attacked") != "111"


def test_aid_announced_is_aid_to_come_not_an_agreement() -> None:
    found = _typed("The chief minister announced financial assistance to the flood-hit families.")
    assert ("AID", None, True) in found
    assert not any(kind == "AGREE" for kind, _, _ in found)


def test_emergency_services_put_on_alert_are_no_military_alert() -> None:
    assert _code("All district hospitals and fire brigades have been put on high alert.", "put") == "---"
    # forces on alert keep the raised alert
    assert _code("Two army brigades were put on alert near the border.", "put") == "152"
    assert _code("Police and paramilitary forces have been put on alert in the district.", "put") == "152"


def test_forces_stationed_somewhere_are_a_deployment() -> None:
    assert _code("Companies of the reserve police and the border force have been stationed at key junctions.",
                 "stationed") == "154"
    # a reduced relative only describes the troops
    assert _code("The troops stationed in the valley went on leave.", "stationed") != "154"
