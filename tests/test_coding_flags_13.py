"""Flags, thirteenth session, second pass (issue 4): what is asked for is not done, whatever the parser hangs
the asked-for act on (a "for" phrase away from its request, a list item under a demand, the second verb of an
asked-for infinitive, a modal on the auxiliary "remain"); an event whose own time falls after the dateline
("next week") is future. Every sentence is written for this test."""

from __future__ import annotations

import datetime

from eventwire.coding import code_text
from eventwire.coding.coder import _ahead
from eventwire.coding.modality import read_modality
from eventwire.nlp.parse import parse

TUESDAY = datetime.date(2011, 5, 10)  # a Tuesday, ISO week 19


def reading(text: str, word: str, nth: int = 0):
    doc = parse(text)
    return read_modality([t for t in doc if t.lower_ == word][nth])


def wanted(r) -> bool:
    return r.future or r.hypothetical or r.obliged


# What is asked for


def test_a_for_phrase_hung_away_from_its_request_is_asked_for() -> None:
    text = "We have received a formal request from the provincial office for deployment of the navy, the minister said."
    assert wanted(reading(text, "deployment"))


def test_a_for_phrase_of_a_done_act_stays_done() -> None:
    text = "The minister praised the officers from the provincial office for deployment of the navy."
    assert not wanted(reading(text, "deployment"))


def test_a_list_item_under_a_demand_is_asked_for() -> None:
    text = ("The union demands prompt restoration of water supply, shelter for the displaced families and "
            "deployment of troops in the valley.")
    assert wanted(reading(text, "deployment"))


def test_a_single_phrase_under_a_demand_keeps_its_own_reading() -> None:
    text = "The union demands compensation for the families of those hurt in the ambush."
    assert not reading(text, "ambush").hypothetical


def test_the_second_verb_of_an_asked_for_infinitive_is_asked_for() -> None:
    text = ("A ruling on a second petition by a city lawyer seeking a direction to the city and provincial "
            "councils to evict the squatters and seize their tools is still awaited.")
    assert wanted(reading(text, "seize"))


def test_a_done_second_verb_stays_done() -> None:
    text = "Police came to disperse the crowd and arrested twelve people."
    assert not wanted(reading(text, "arrested"))


def test_a_modal_on_the_auxiliary_remain_is_the_verbs() -> None:
    text = "The senator was insisting marines should remain deployed indefinitely along the coast."
    assert wanted(reading(text, "deployed"))


def test_remain_without_a_modal_is_done() -> None:
    text = "The marines remain deployed along the coast."
    assert not wanted(reading(text, "deployed"))


# Set after the dateline


def test_a_week_after_the_dateline_is_ahead() -> None:
    assert _ahead(["2011-W20"], TUESDAY)
    assert not _ahead(["2011-W19"], TUESDAY)
    assert not _ahead(["2011-W18"], TUESDAY)


def test_days_months_and_years_after_the_dateline_are_ahead() -> None:
    assert _ahead(["2011-05-11"], TUESDAY)
    assert not _ahead(["2011-05-10", "2011-05-09"], TUESDAY)
    assert _ahead(["2011-06"], TUESDAY) and not _ahead(["2011-05"], TUESDAY)
    assert _ahead(["2012"], TUESDAY) and not _ahead(["2011", None, "PRESENT_REF"], TUESDAY)
    assert not _ahead(["2011-W20"], None)


def test_a_meeting_next_week_is_future() -> None:
    text = "The foreign ministers of the two countries meet in Geneva next week."
    found = [e for e in code_text(text, published="2011-05-10") if e.event == "CONSULT"]
    assert found and all(e.modality.future for e in found)


def test_a_meeting_last_week_is_not_future() -> None:
    text = "The foreign ministers of the two countries met in Geneva last week."
    found = [e for e in code_text(text, published="2011-05-10") if e.event == "CONSULT"]
    assert found and all(not e.modality.future for e in found)
