"""Parties named in the sentence before (issue 4, session 15): a subject "it"/"they" with no party of its own
stands for the body or group that was the subject of the sentence before; "he said" after a quotation means
the one who speaks, not a person spoken of inside the quotation or in a reported clause. Every sentence is
written for this test."""

from __future__ import annotations

from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text
from eventwire.ids import doc_id
from eventwire.nlp import annotate
from eventwire.records import Article

PUBLISHED = "2023-06-14"


def events(text: str, kind: str):
    return [e for e in code_text(text, published=PUBLISHED) if e.event == kind]


def pronoun_actors(text: str) -> list[tuple[str, str | None, str | None]]:
    article = Article(doc_id=doc_id(None, text), source="<text>", status="ok", body=text, published=PUBLISHED)
    return [(a.text, a.name, a.sector) for s in annotate(article).sentences for a in s.actors if a.kind == "pronoun"]


def test_they_stands_for_the_police_of_the_sentence_before() -> None:
    [event] = events("Police reached the village on Monday. They arrested twelve men.", "COERCE")
    assert [(a.text, a.sector) for a in event.actors] == [("They", "COP")]


def test_it_stands_for_the_army_of_the_sentence_before() -> None:
    [event] = events("The Kenyan army moved into the border town on Monday. It arrested twelve smugglers.", "COERCE")
    assert [(a.code, a.sector) for a in event.actors] == [("KEN", "MIL")]


def test_it_stands_for_a_party_of_the_sentence_before() -> None:
    [event] = events("The opposition party met in the capital on Monday. It demanded the resignation of the interior "
                     "minister.", "REQUEST")
    assert [(a.text, a.sector) for a in event.actors] == [("It", "PTY")]


def test_expletive_it_stands_for_nothing() -> None:
    assert pronoun_actors("The interior ministry met on Monday. It was decided that the smugglers would be "
                          "arrested.") == []


def test_a_nearer_group_in_the_same_sentence_blocks_the_sentence_before() -> None:
    # "they" may be the smugglers of its own sentence: no reaching back to the police
    found = pronoun_actors("Police raided the harbour on Monday. Questioning of the smugglers showed that they "
                           "had bribed guards.")
    assert all(sector != "COP" for _, _, sector in found)


def test_they_does_not_reach_two_sentences_back() -> None:
    found = pronoun_actors("Police raided the harbour on Monday. The weather was cold. They arrested twelve men.")
    assert found == []


def test_a_subject_of_a_reported_clause_is_not_the_later_speaker() -> None:
    [event] = events("The home minister spoke to reporters on Monday. He said that the army would act firmly against "
                     "rioters. He appealed to both communities to keep the peace.", "REQUEST")
    assert [a.sector for a in event.actors] == ["GOV"]


def test_he_after_a_quotation_is_the_speaker_not_the_person_quoted_about() -> None:
    found = pronoun_actors('Home Minister Rahul Verma visited the camp on Monday. "Governor Anil Rao has done his '
                           'job well," he said, and appealed to both communities to keep the peace.')
    assert [name for text, name, _ in found if text == "he"] == ["Rahul Verma"]


def test_they_does_not_stand_for_a_firm() -> None:
    found = pronoun_actors("Shipping companies raised their freight rates on Monday. They blamed the port strike.")
    assert found == []
