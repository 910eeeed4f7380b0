"""A "he"/"she" is a person, not an armed body or a crowd (issue 4, precision, category party): a subject agent
noun for the army, the police, troops or a mob ("the army said", "the police said") is not filed as a titled
person a later "he" or "she" may mean (nlp/actor_coref.py, ``BODY_NOUNS``); an office one person holds still is
("the president said ... he urged"), and a body still stands for a later "it"/"they". Every sentence is written
for this test."""

from __future__ import annotations

import pytest
from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text

PUBLISHED = "2023-06-14"


def pronoun_sectors(text: str) -> list[str | None]:
    """Sectors given to a "he"/"she" actor of any event."""
    return [a.sector for e in code_text(text, published=PUBLISHED) for a in e.actors
            if a.text.lower() in {"he", "she"}]


BODY_THEN_PRONOUN = [
    "The army was deployed in Surat on Monday and said the town was calm. He demanded that the Bajrang Dal be banned.",
    "The navy said on Tuesday that six more ships had been sent to the coast. She urged the fishermen to stay "
    "ashore.",
    "Two days after the blast the police force said that 30 suspects were held. He accused the minister of neglect.",
    "Late on Sunday the paramilitary force reported that 14 villages were quiet. He demanded that the "
    "policemen be suspended.",
]


@pytest.mark.parametrize("text", BODY_THEN_PRONOUN)
def test_a_pronoun_is_not_the_body_named_before(text: str) -> None:
    assert pronoun_sectors(text) == []


def test_an_office_holder_is_still_the_pronouns_person() -> None:
    text = "The president said the curfew would stay. He urged the traders to reopen their shops."
    events = [e for e in code_text(text, published=PUBLISHED) if e.event == "REQUEST"]
    assert [a.sector for e in events for a in e.actors] == ["GOV"]


def test_a_body_still_stands_for_a_later_it() -> None:
    text = "The home ministry met in Delhi on Monday. It demanded a report from the state government."
    sectors = [a.sector for e in code_text(text, published=PUBLISHED) if e.event == "REQUEST" for a in e.actors]
    assert sectors == ["GOV"]


# "President's rule" (India's central rule over a state) is a form of government: the president or governor in
# it is not the one an imposition hits (coding/arguments.py, ``_participant_tokens``); "the president's rule",
# a regime, still names him.
RULE_IMPOSED = [
    "The centre imposed president's rule in Bihar on Tuesday.",
    "President's rule has been imposed in Uttar Pradesh since last week, the minister said.",
    "On Friday the cabinet decided to impose governor's rule in Jammu and Kashmir for six months.",
]


@pytest.mark.parametrize("text", RULE_IMPOSED)
def test_presidents_rule_does_not_make_the_president_a_target(text: str) -> None:
    recipients = [(r.name or r.text).lower() for e in code_text(text, published=PUBLISHED) for r in e.recipients]
    assert not any(word in r for r in recipients for word in ("president", "governor")), recipients


def test_the_presidents_rule_as_a_regime_still_names_him() -> None:
    text = "The protesters demanded an end to the president's rule over the country."
    recipients = [(r.name or r.text).lower() for e in code_text(text, published=PUBLISHED) for r in e.recipients]
    assert any("president" in r for r in recipients), recipients
