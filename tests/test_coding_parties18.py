"""Parties the sentence names but the event left out or filled wrongly, session 18 (parties18): forces a show of
force puts in place that the dictionaries do not know ("an army column", "reinforcements") or name through a
unit ("a column of the army"); a lower-case two-word place name the parser split; a participle hung on the goal
of a march; "rampaging mobs" read as an object; the one whose meeting is boycotted; a count attacked. Every
sentence is written for this test."""

from __future__ import annotations

from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text

PUBLISHED = "2002-03-05"


def parties(text: str, kind: str, trigger: str | None = None) -> list[tuple[list[str], list[str]]]:
    return [([a.text for a in e.actors], [r.text for r in e.recipients]) for e in code_text(text, published=PUBLISHED)
            if e.event == kind and trigger in {None, e.evidence.trigger}]


def test_a_single_column_of_the_army_names_the_army() -> None:
    assert [actors for actors, _ in parties("one column of the army was sent to the district on monday night.",
                                            "MOBILIZE")] == [["army"]]


def test_an_army_column_the_dictionaries_do_not_know_is_written_as_named() -> None:
    assert [actors for actors, _ in parties("an army column was dispatched to the hill district after the clashes.",
                                            "MOBILIZE")] == [["army column"]]


def test_reinforcements_sent_are_the_doers() -> None:
    assert [actors for actors, _ in parties("fresh reinforcements have been sent to the villages to restore calm.",
                                            "MOBILIZE")] == [["fresh reinforcements"]]


def test_the_people_arrested_near_a_combing_operation_are_no_force() -> None:
    for actors, _ in parties("over 20 persons were arrested after a search operation, carried out on monday in the "
                             "old city, police said.", "MOBILIZE"):
        assert actors == []


def test_a_two_word_town_split_by_the_parser_is_one_recipient() -> None:
    events = parties("officials said one column of the army was sent to chota udepur on friday evening.", "MOBILIZE")
    assert events == [(["army"], ["chota udepur"])]


def test_the_marchers_protest_not_the_place_they_march_to() -> None:
    events = parties("the opposition took out a march to the parliament house protesting against the killings.",
                     "PROTEST", "protesting")
    assert events == [(["opposition"], [])]


def test_people_a_letter_is_sent_to_may_protest() -> None:
    assert [actors for actors, _ in parties("the police sent a letter to the workers protesting the closure.",
                                            "REJECT", "protesting")] == [["workers"]]


def test_rampaging_mobs_read_as_an_object_torched() -> None:
    events = parties('"three men died in police firing as rampaging mobs torched several shops," the officer said.',
                     "ASSAULT", "torched")
    assert [actors for actors, _ in events] == [["mobs"]]


def test_the_convener_of_a_boycotted_meeting_is_the_recipient() -> None:
    assert parties("the congress boycotted the meeting called by the governor.", "REJECT") \
        == [(["congress"], ["governor"])]


def test_a_count_attacked_by_a_mob_is_the_recipient() -> None:
    assert parties("she told the police that the two were attacked by a fierce mob in the evening with swords.", "ASSAULT") \
        == [(["fierce mob"], ["two"])]


def test_the_subject_of_a_carrier_protests_in_its_purpose_clause() -> None:
    assert [actors for actors, _ in parties("instead, the party will stage a silent sit-in at the memorial to "
                                            "protest against the riots.", "PROTEST", "protest")] == [["party"]]
