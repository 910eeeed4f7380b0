"""Parties the sentence names but the event left out, session 17 (parties17): a noun for a body or a group as
the subject of any event verb ("the opposition walked out"), a carrier verb with "on" ("went on strike"), a name
that a relative "which" clause describes as acting ("the cpi, which called for a bandh"), and the agent of a
passive "when" clause as the doer of the harm the main clause reports ("killed when the village was set on fire
by a mob"). Every sentence is written for this test."""

from __future__ import annotations

from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text

PUBLISHED = "2023-06-14"


def parties(text: str, kind: str, trigger: str | None = None) -> list[tuple[list[str], list[str]]]:
    return [([a.text for a in e.actors], [r.text for r in e.recipients]) for e in code_text(text, published=PUBLISHED)
            if e.event == kind and trigger in {None, e.evidence.trigger}]


def test_the_opposition_walking_out_is_the_doer() -> None:
    assert parties("the opposition walked out protesting against the speaker's ruling.", "PROTEST") \
        == [(["opposition"], [])]


def test_a_union_going_on_strike_strikes() -> None:
    assert parties("The union went on strike on Monday.", "PROTEST") == [(["union"], [])]


def test_named_parties_a_which_clause_describes_called_the_strike() -> None:
    events = parties("The left parties, including the CPI and the RSP, which had called for a strike on Friday, "
                     "postponed it.", "PROTEST", "called")
    assert events == [(["CPI", "RSP"], [])]


def test_a_town_a_which_clause_describes_is_no_doer() -> None:
    for actors, _ in parties("Mumbai, which saw riots last year, was calm on Sunday.", "PROTEST"):
        assert "Mumbai" not in actors


def test_the_agent_of_a_passive_when_clause_killed() -> None:
    assert [actors for actors, _ in parties("Ten people were killed when the village was set on fire by a mob.",
                                            "PROTEST", "killed")] == [["mob"]]


def test_a_group_of_rioters_in_the_passive_clause_names_the_rioters() -> None:
    events = [e for e in code_text("Ten people were killed when their houses were set on fire by a group of rioters.",
                                   published=PUBLISHED) if e.evidence.trigger == "killed"]
    assert [[a.text for a in e.actors] for e in events] == [["rioters"]]


def test_the_agent_stabbed_the_trader() -> None:
    assert parties("The trader was stabbed as his shop was surrounded by a group of armed men.", "ASSAULT") \
        == [(["armed men"], ["trader"])]


def test_a_passive_when_clause_does_not_name_the_doer_of_a_feeling() -> None:
    for kind in ("ASSAULT", "PROTEST"):
        for actors, recipients in parties("Many were rightly appalled when a man was set on fire by a protester.",
                                          kind, "appalled"):
            assert actors == []


def test_a_by_phrase_hung_on_an_active_infinitive_is_the_passive_verbs_agent() -> None:
    assert parties("The mayor was asked to step down by the chief minister last week.", "REQUEST") \
        == [(["chief minister"], ["mayor"])]


def test_a_by_phrase_hung_on_a_gerund_names_the_attackers() -> None:
    assert parties("A farmer was beaten on suspicion of stealing cattle by villagers on Sunday.", "ASSAULT") \
        == [(["villagers"], ["farmer"])]


def test_a_means_of_travel_is_no_agent() -> None:
    assert parties("The delegates were asked to travel by bus.", "REQUEST") == [([], ["delegates"])]


def test_the_agent_of_the_verb_carrying_an_event_noun_does_it() -> None:
    assert parties("The strike was called by the transport union.", "PROTEST") == [(["transport union"], [])]
    assert parties("The ambush was carried out by the rebels on Monday.", "ASSAULT") == [(["rebels"], [])]
