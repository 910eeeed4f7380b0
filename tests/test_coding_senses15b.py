"""Everyday senses, second pass of the fifteenth session: a body sending its own people on errands, a
social occasion hosted, a firm selling itself, and doers that are no people (an illness, a machine).
Every sentence is written for this test."""

from __future__ import annotations

from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text
from eventwire.coding.everyday import everyday_doer, own_meeting
from eventwire.coding.verb_senses import _firm_sold, _hosted_occasion, _own_people_sent
from eventwire.nlp.parse import parse

PUBLISHED = "2002-03-10"


def kinds(text: str) -> list[str]:
    return [e.event for e in code_text(text, published=PUBLISHED)]


def _verb(text: str, lemma: str):
    doc = parse(text)
    return next(t for t in doc if t.lemma_.lower() == lemma)


def _words(tokens) -> set[str]:
    return {t.lower_ for t in tokens} | {t.lemma_.lower() for t in tokens}


def _sent(text: str, lemma: str = "dispatch") -> bool:
    verb = _verb(text, lemma)
    subject = _words(t for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree)
    return _own_people_sent(verb, lemma, _words(verb.subtree), subject)


def test_ministers_dispatched_on_an_errand_is_no_cooperation() -> None:
    assert "COOPERATE" not in kinds(
        "Some senior ministers have been dispatched to the affected districts to review the situation.")
    assert "COOPERATE" not in kinds("The ministry dispatched two senior officials to the district to assess the damage.")
    assert _sent("The agency dispatched two teams to look into the shooting.")


def test_forces_relief_and_police_sent_stay_events() -> None:
    assert "MOBILIZE" in kinds("The government dispatched troops to the border town.")
    assert "AID" in kinds("The ministry dispatched relief teams to the flood-hit district.")
    assert not _sent("Police were dispatched to the riot-hit area.")
    assert not _sent("The state sent doctors and medicines to the district.", "send")


def test_a_social_occasion_hosted_is_no_meeting() -> None:
    assert _hosted_occasion(_verb("Opposition members skipped the yearly garden party hosted by the mayor.", "host"),
                            "host")
    assert _hosted_occasion(_verb("The town decided to host its annual bike festival despite the rain.", "host"), "host")


def test_guests_of_state_and_political_parties_keep_the_meeting() -> None:
    assert not _hosted_occasion(_verb("The prime minister hosted a dinner for the visiting delegation.", "host"), "host")
    assert "CONSULT" in kinds("The prime minister hosted a dinner for the visiting delegation.")
    assert not _hosted_occasion(_verb("The president hosted the ruling party at his residence.", "host"), "host")
    assert "CONSULT" in kinds("The prime minister hosted the visiting delegation at his residence.")


def test_a_firm_selling_itself_is_business() -> None:
    verb = _verb("The troubled exchange agreed to be acquired by an online brokerage.", "agree")
    assert _firm_sold(verb, "agree", {"exchange", "the", "troubled"})
    verb = _verb("Pakistan agreed to buy fighter jets from China.", "agree")
    assert not _firm_sold(verb, "agree", {"pakistan"})
    assert "AGREE" in kinds("Pakistan agreed to buy fighter jets from China.")


def test_lifeless_doers_do_no_political_act() -> None:
    assert everyday_doer(_verb("The virus struck hundreds of villagers last month.", "strike"), "strike")
    assert everyday_doer(_verb("The test system executed the new code on three machines.", "execute"), "execute")
    assert everyday_doer(_verb("The space probe found traces of ice near the pole.", "find"), "find")
    assert not everyday_doer(_verb("The rebels struck the army post at night.", "strike"), "strike")
    assert not everyday_doer(_verb("The political system failed the poor.", "fail"), "fail")
    assert "ASSAULT" in kinds("The rebels struck the army post at night.")


def test_a_town_hall_meeting_is_the_body_s_own() -> None:
    doc = parse("The senator spoke at a town hall meeting on Tuesday.")
    assert own_meeting(next(t for t in doc if t.lower_ == "meeting"))
    doc = parse("The senator held a meeting with the visiting envoy.")
    assert not own_meeting(next(t for t in doc if t.lower_ == "meeting"))


def test_an_army_arriving_is_a_deployment_not_aid() -> None:
    found = kinds("The army arrived in the town a day after the riots and took positions in the old quarter.")
    assert "AID" not in found
    assert "MOBILIZE" in found
