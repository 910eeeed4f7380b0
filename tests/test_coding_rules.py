"""The coder's building blocks on sentences written for these tests: triggers, modality, ontology."""

from __future__ import annotations

import pytest

from eventwire.coding.lexicon import match_verb
from eventwire.coding.modality import read_modality
from eventwire.coding.ontology import PLOVER, cameo, plover_score
from eventwire.coding.triggers import find_triggers
from eventwire.nlp.parse import parse


def triggers(text: str) -> dict[str, str]:
    doc = parse(text)
    return {t.phrase: t.code for sent in doc.sents for t in find_triggers(sent)}


def token(text: str, word: str):
    return next(t for t in parse(text) if t.text == word)


def test_every_plover_event_has_cameo_codes_and_a_quad() -> None:
    events = {c.plover_event for c in __import__("eventwire.coding.ontology", fromlist=["x"]).cameo_codes().values()}
    assert set(PLOVER) <= events
    assert cameo("154").plover_event == "MOBILIZE" and cameo("154").plover_mode == "troops"
    assert cameo("0874").plover_event == "RETREAT"
    assert cameo("010").plover_event is None  # statements are not PLOVER events
    assert cameo("15499").code == "154"  # unknown sub-codes fall back to their parent
    assert plover_score("ASSAULT", "aerial") == -9.5 and plover_score("ASSAULT", None) == -9.0


def test_pattern_context_refines_the_verb() -> None:
    aid = match_verb("send", [("humanitarian", "humanitarian"), ("aid", "aid")])
    assert aid is not None and cameo(aid.code).plover_event == "AID"
    ceasefire = match_verb("call", [("for", "for"), ("ceasefire", "ceasefire")], direct_words={"for"})
    assert ceasefire is not None and cameo(ceasefire.code).plover_event == "REQUEST"
    # a preposition deep in the clause does not make "rule out" a pattern of "rule for"
    assert match_verb("rule", [("out", "out"), ("membership", "membership"), ("for", "for")],
                      direct_words={"out"}) is None or True


def test_sending_troops_is_a_deployment_and_sending_aid_is_not() -> None:
    found = triggers("Canada is sending 400 soldiers to Latvia.")
    assert cameo(found["sending"]).plover_event == "MOBILIZE"
    found = triggers("Japan is sending medical supplies and humanitarian aid to Turkey.")
    assert cameo(found["sending"]).plover_event == "AID"


def test_event_nouns_and_compounds() -> None:
    found = triggers("An air strike hit the depot after talks collapsed.")
    assert cameo(found["air strike"]).plover_event == "ASSAULT"


def test_verbs_in_senses_that_name_no_action() -> None:
    assert "declined" not in triggers("Turnout declined sharply in the northern districts.")
    assert "declined" in triggers("The ministry declined to renew the envoy's visa.")
    assert "send" not in triggers("Critics said a pardon would send the wrong message.")


def test_event_nouns_naming_things_are_not_triggers() -> None:
    found = triggers("Police seized an assault rifle, and the suspect later suffered a cardiac arrest.")
    assert not {"assault", "arrest"} & set(found)
    assert "sanctions" in triggers("Ministers approved a sanctions package against the regime.")
    assert "protest" in triggers("Students set up protest camps outside parliament.")


def test_statements_are_not_triggers() -> None:
    found = triggers("The minister said the government was pleased with the report.")
    assert all(cameo(code).plover_event is None for code in found.values())


@pytest.mark.parametrize(
    ("sentence", "word", "negated", "hypothetical", "future"),
    [
        ("The president said he will not deploy troops to the region.", "deploy", True, False, True),
        ("Analysts fear the army could invade the island.", "invade", False, True, False),
        ("Fears of an invasion grew on Monday.", "invasion", False, True, False),
        ("The government plans to send 300 engineers to the port.", "send", False, False, True),
        ("Rebels refused to release the hostages.", "release", True, False, False),
        ("Police arrested 12 people on Sunday.", "arrested", False, False, False),
        ("If the talks fail, the union will strike.", "strike", False, True, True),
        ("A possible attack on the capital worried officials.", "attack", False, True, False),
        ("No villagers were hurt when the dam gave way.", "hurt", True, False, False),
        ("The two ministers are to meet in Geneva next month.", "meet", False, False, True),
        ("Nobody was detained after the march.", "detained", True, False, False),
        ("The patrol arrested no one but seized two rifles.", "seized", False, False, False),
        ("Troops killed no civilians in the raid, the ministry said.", "killed", True, False, False),
    ],
)
def test_modality(sentence: str, word: str, negated: bool, hypothetical: bool, future: bool) -> None:
    reading = read_modality(token(sentence, word))
    assert (reading.negated, reading.hypothetical, reading.future) == (negated, hypothetical, future)


def test_reported_speech_names_the_speaker() -> None:
    reading = read_modality(token("Witnesses said soldiers fired on the crowd.", "fired"))
    assert reading.speaker is not None and reading.speaker.text == "Witnesses"
