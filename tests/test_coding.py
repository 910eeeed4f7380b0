"""The event coder end to end, on sentences written for these tests (facts real, wording ours)."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

from eventwire.coding import code_text

SCHEMA = json.loads(resources.files("eventwire").joinpath("schema/event.schema.json").read_text())
PUBLISHED = "2022-03-02"  # a Wednesday


def events(text: str, published: str = PUBLISHED):
    found = code_text(text, published=published)
    for event in found:
        jsonschema.validate(event.to_dict(), SCHEMA)
        assert text[event.evidence.start:event.evidence.end] == event.evidence.text
    return found


def only(found, event_type: str):
    chosen = [e for e in found if e.event == event_type]
    assert chosen, [(e.event, e.evidence.trigger) for e in found]
    return chosen[0]


def codes(entities) -> set[str | None]:
    return {e.code for e in entities}


def test_deployment_with_destination_and_count() -> None:
    event = only(events("Canada is sending 460 soldiers to Latvia to reinforce NATO's eastern flank."), "MOBILIZE")
    assert codes(event.actors) == {"CAN"}
    assert any(p.role == "destination" and p.country_code == "LVA" for p in event.locations)
    assert any(q.value == 460 and q.unit in {"soldiers", "troops"} for q in event.quantities)
    assert event.cameo == "154" and event.quad_class == 4


def test_moved_forces_keep_origin_and_destination() -> None:
    text = "Germany sent 700 soldiers to Lithuania, while 300 already stationed in Poland will move to Slovakia."
    moved = [e for e in events(text) if e.evidence.trigger == "move"]
    assert moved, "the elided '300 [soldiers] will move' is a deployment"
    roles = {(p.country_code, p.role) for p in moved[0].locations}
    assert ("POL", "origin") in roles and ("SVK", "destination") in roles
    assert moved[0].modality.future


def test_negated_and_hypothetical_events_are_flagged() -> None:
    negated = only(events("The president said he will not send American troops to Ukraine."), "MOBILIZE")
    assert negated.modality.negated and negated.modality.future
    feared = only(events("Western officials fear Russia could invade Ukraine within weeks."), "ASSAULT")
    assert feared.modality.hypothetical and not feared.modality.negated


def test_historical_event_is_dated_from_the_text() -> None:
    event = only(events("Russian forces invaded Georgia in August 2008."), "ASSAULT")
    assert event.date == "2008-08" and event.date_precision == "month" and event.modality.historical
    assert "GEO" in codes(event.recipients)


def test_weekday_resolved_against_the_dateline() -> None:
    event = only(events("French President Emmanuel Macron visited Moscow on Monday for talks with Vladimir Putin."),
                 "CONSULT")
    assert event.date == "2022-02-28" and event.date_text and "Monday" in event.date_text
    assert "FRA" in codes(event.actors)


def test_accusation_with_actor_and_recipient() -> None:
    event = only(events("China accused the United States of stoking tension in the Taiwan Strait."), "ACCUSE")
    assert codes(event.actors) == {"CHN"} and "USA" in codes(event.recipients)


def test_promised_aid_is_agree() -> None:
    event = only(events("Japan pledged $100 million in humanitarian aid to Ukraine on Tuesday."), "AGREE")
    assert codes(event.actors) == {"JPN"}
    assert any(q.unit == "USD" and q.value == 100_000_000 for q in event.quantities)


def test_demand_is_a_request_on_its_addressee() -> None:
    event = only(events("Turkey demanded that Sweden extradite dozens of suspects."), "REQUEST")
    assert codes(event.actors) == {"TUR"} and "SWE" in codes(event.recipients)


@pytest.mark.parametrize("text", [
    "Argentina beat France on penalties to win the World Cup final in Qatar.",
    "An earthquake killed at least 20 people in the mountains of western Nepal.",
    "The finance minister said the budget figures were encouraging.",
])
def test_sport_disasters_and_statements_are_not_events(text: str) -> None:
    assert events(text) == []


def test_events_of_one_happening_merge_within_a_sentence() -> None:
    found = events("Britain scrambled fighter jets to intercept two Russian bombers near Scotland.")
    assert len([e for e in found if e.event == "MOBILIZE"]) == 1


def test_ids_are_stable() -> None:
    text = "Poland closed its border crossing with Belarus on Tuesday."
    assert [e.id for e in events(text)] == [e.id for e in events(text)]


def test_season_and_other_non_calendar_times_do_not_break_dating() -> None:
    found = events("Police in Hong Kong arrested hundreds of protesters during the summer of 2019.")
    assert all(e.date is None or len(e.date) in (4, 7, 10) for e in found)
