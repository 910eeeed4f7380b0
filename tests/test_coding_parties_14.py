"""Parties of the fourteenth session (issue 4, precision): a dateline's town the parser takes for a second
subject or the head of the report's sentence, a "by" phrase left bare by a lower-case state's initials, the
one asked in a "that" clause of a demand (not what a passive there says is to be done), a name or a group
compounded on the words reacted to, and words aimed "at" someone. Every sentence is written for this test,
in lower case like the Indian police reports the rules were found on."""

from __future__ import annotations

from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text

PUBLISHED = "2002-03-05"


def events(text: str, kind: str):
    return [e for e in code_text(text, published=PUBLISHED) if e.event == kind]


def test_dateline_town_is_no_second_subject() -> None:
    found = events("This story is from March 5, 2002\n\nchandigarh: the district administration tonight issued "
                   "prohibitory orders banning the assembly of five or more persons.", "COERCE")
    assert found and any(a.text == "district administration" for e in found for a in e.actors), found


def test_dateline_town_does_not_make_the_arresters_arrested() -> None:
    found = events("surat: police arrested over 40 youths when the latter tried to stone a bus on friday.",
                   "COERCE")
    assert found
    assert any(a.text == "police" for e in found for a in e.actors), found
    assert all(r.text != "police" for e in found for r in e.recipients), found


def test_bare_by_phrase_names_the_arresters() -> None:
    found = events("the legislator and his supporters were arrested by up police at the border on sunday.",
                   "COERCE")
    assert found
    assert all(r.text != "police" for e in found for r in e.recipients), found
    assert any("police" in a.text for e in found for a in e.actors), found


def test_subject_of_a_demanded_clause_is_asked() -> None:
    [event] = events("the congress on monday demanded that the tdp quit the ruling alliance.", "REQUEST")
    assert [r.text for r in event.recipients] == ["tdp"]


def test_passive_subject_of_a_demanded_clause_is_not_asked() -> None:
    for event in events("the leader urged that a special tribunal be set up to try the rioters.", "REQUEST"):
        assert all("tribunal" not in r.text for r in event.recipients), event.recipients


def test_compounded_owner_of_words_is_the_target() -> None:
    found = events("lashing out at the congress allegation of inaction, the bjp spokesman said the army "
                   "had been called in time.", "ACCUSE")
    assert found and any(r.text == "congress" for e in found for r in e.recipients), found


def test_agent_of_the_participle_carrying_a_protest_holds_it() -> None:
    [event] = events("the protest organised by the students union ended peacefully on monday.", "PROTEST")
    assert [a.text for a in event.actors] == ["students union"]


def test_lone_initial_is_no_party() -> None:
    for event in events("bangalore: chief minister s m krishna on thursday staged a dharna in protest against "
                        "the killings.", "PROTEST"):
        assert all(len(a.text) > 1 for a in event.actors), event.actors
