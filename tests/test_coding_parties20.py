"""Parties of the twentieth session (parties20): a preposition the parser calls the dative is no recipient,
its object is ("gave an assurance to the weavers"); a bare count's "of" phrase names who acts ("hundreds of
journalists protested", "dozens of villagers blocked the road"); the side met in talks; the owner of property
attacked; a protest hung as a participle on its doers; "us" in a speaker's words is the speaker's side.
Every sentence is written for this test."""

from __future__ import annotations

from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text
from eventwire.coding.arguments import _verb_recipients
from eventwire.nlp.parse import parse

PUBLISHED = "2023-06-14"


def parties(text: str, kind: str | None = None) -> list[tuple[list[str], list[str | None], list[str]]]:
    return [([a.text for a in e.actors], [a.sector for a in e.actors], [r.text for r in e.recipients])
            for e in code_text(text, published=PUBLISHED) if kind in {None, e.event}]


def test_a_dative_preposition_gives_its_object_not_itself() -> None:
    doc = parse("The police gave protection to the witnesses.")
    verb = next(t for t in doc if t.lower_ == "gave")
    assert any(c.dep_ == "dative" and c.pos_ == "ADP" for c in verb.children)  # the parse this guards against
    assert [h.lower_ for h in _verb_recipients(verb, False, False)] == ["protection", "witnesses"]


def test_an_assurance_given_to_someone_names_them() -> None:
    events = parties("The minister gave an assurance to the protesting students.", "AGREE")
    assert events and all(recipients == ["students"] for _, _, recipients in events)


def test_dozens_of_villagers_block_a_road() -> None:
    events = parties("Dozens of villagers blocked the highway near the dam.", "PROTEST")
    assert events and all(actors == ["villagers"] for actors, _, _ in events)


def test_thousands_of_farmers_march_with_their_sector() -> None:
    events = parties("Thousands of farmers marched to the state assembly.", "PROTEST")
    assert [(actors, sectors) for actors, sectors, _ in events] == [(["farmers"], ["AGR"])]


def test_scores_of_students_attacked_a_van() -> None:
    events = parties("Scores of students attacked a police van.")
    assert events and all(actors == ["students"] for actors, _, _ in events)


def test_a_count_of_residents_staging_a_protest() -> None:
    events = parties("Dozens of residents staged a protest outside the municipal office.", "PROTEST")
    assert [sectors for _, sectors, _ in events] == [["CVL"]]


def test_a_count_of_people_arrested_stays_the_recipient() -> None:
    for actors, _, recipients in parties("Police arrested dozens of protesters after the march.", "COERCE"):
        assert "protesters" not in actors


def test_talks_with_a_group_the_dictionaries_do_not_know_name_it() -> None:
    events = parties("the chief minister held talks with the agitating weavers on monday.", "CONSULT")
    assert [recipients for _, _, recipients in events] == [["weavers"]]


def test_a_meeting_with_people_names_them() -> None:
    events = parties("the chief minister held a meeting with the striking potters in gandhinagar.", "CONSULT")
    assert events and all(recipients == ["striking potters"] for _, _, recipients in events)


def test_a_meeting_with_a_thing_in_mind_names_no_one() -> None:
    for _, _, recipients in parties("the commissioner had a meeting with the problem in mind.", "CONSULT"):
        assert recipients == []


def test_the_owner_of_a_house_attacked_is_the_target() -> None:
    events = parties("a mob attacked the councillor's house on sunday night.")
    assert events and all(recipients == ["councillor"] for _, _, recipients in events)


def test_the_owner_of_a_car_set_on_fire_is_the_target() -> None:
    events = parties("the mob set fire to the minister's car.")
    assert events and all(recipients == ["minister"] for _, _, recipients in events)


def test_a_pronoun_owner_is_no_target() -> None:
    for _, _, recipients in parties("the mob attacked his house on sunday night."):
        assert "his" not in recipients


def test_a_protest_hung_on_a_place_in_the_subject_is_the_subjects() -> None:
    events = parties("new delhi: hundreds of journalists in the capital protested on monday against the state "
                     "government's attempt to muzzle the press.", "PROTEST")
    assert [actors for actors, _, _ in events] == [["journalists"]]


def test_a_protest_hung_on_its_count_as_a_participle() -> None:
    events = parties("Hundreds of journalists protested outside the ministry on Tuesday.", "PROTEST")
    assert [actors for actors, _, _ in events] == [["journalists"]]


def test_us_in_a_speakers_words_is_the_speakers_side() -> None:
    events = parties('"The state government did not provide us any security," the actor Raj Kumar said.', "AID")
    assert events and all(recipients[:1] == ["actor Raj Kumar"] for _, _, recipients in events)


def test_an_assurance_given_us_is_given_the_speaker() -> None:
    events = parties('"The prime minister has given us an assurance, but we will wait," union leader Mohan Patel '
                     'said.', "AGREE")
    assert events and all(recipients == ["union leader Mohan Patel"] for _, _, recipients in events)


def test_the_united_states_written_in_capitals_is_no_us() -> None:
    for _, _, recipients in parties('"The sanctions hurt the US more than anyone," the economist Ravi Rao said.'):
        assert "economist Ravi Rao" not in recipients


def test_the_speaker_side_is_written_without_the_quote_marks() -> None:
    events = parties("‘‘we came to help but the state government did not provide us any security,’’ kumar said.", "AID")
    assert events and all(recipients == ["kumar"] for _, _, recipients in events)


def test_a_list_line_of_the_dead_names_them_as_killed() -> None:
    events = parties("four policemen and two civilians also killed.", "ASSAULT")
    assert events and all(actors == [] and recipients == ["policemen", "civilians"]
                          for actors, _, recipients in events)


def test_killers_with_their_object_still_kill() -> None:
    assert [(actors, recipients) for actors, _, recipients in parties("the rebels killed two soldiers.", "ASSAULT")] \
        == [(["rebels"], ["soldiers"])]


def test_two_verbs_sharing_their_object_keep_their_doer() -> None:
    for actors, _, _ in parties("the gunman shot and killed two guards.", "ASSAULT"):
        assert actors == ["gunman"]
