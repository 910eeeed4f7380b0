"""Lower-case names in an article written without capitals fill the doer's slot (parties16b), and the head of
a party is coded with the party's sector. Every sentence is written for this test."""

from __future__ import annotations

from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text
from eventwire.nlp.actor_resolve import resolve_tokens
from eventwire.nlp.parse import parse

TAIL = " the town stayed tense through the day and most shops remained shut in the old quarter of the city."


def events(sentence: str, kind: str):
    return [e for e in code_text(sentence + TAIL, published="2002-03-05")
            if e.event == kind and e.evidence.start < len(sentence)]


def test_titled_lower_case_name_is_the_accuser() -> None:
    [event] = events("vhp spokesman kishore trivedi accused the government of betrayal.", "ACCUSE")
    assert [a.text for a in event.actors] == ["vhp spokesman kishore trivedi"]


def test_party_president_has_the_party_sector() -> None:
    found = resolve_tokens(list(parse("BJP president Mahesh Joshi")), 20020305)
    assert found is not None and found.code == "IND" and found.sectors[:1] == ["PTY"]


def test_group_read_as_a_person_by_the_tagger_is_the_doer() -> None:
    [event] = events("vhp activists attacked the shops near the bus stand.", "PROTEST")
    assert [a.text for a in event.actors] == ["vhp activists"] and event.actors[0].sector == "CVL"
