"""Lower-case personal names in an article written without capitals (parties16b): a name after an office
title or an honorific is a person, read with the titles and the body before it; the tagger's lower-case
"people" that are plural group nouns are groups. Every sentence is written for this test."""

from __future__ import annotations

from datetime import date

from eventwire.nlp.actors import find_actors
from eventwire.nlp.parse import parse

DAY = date(2002, 3, 5)
# A second sentence so the article is long enough to be read as one written without capitals.
TAIL = " the town stayed tense through the day and most shops remained shut in the old quarter of the city."


def actors_of(sentence: str) -> list:
    text = sentence + TAIL
    return [a for a in find_actors(parse(text), [], DAY) if a.start < len(sentence)]


def texts(sentence: str) -> list[str]:
    return [a.text for a in actors_of(sentence)]


def test_name_after_a_party_title_is_one_person_of_that_party() -> None:
    found = actors_of("state bjp president mohan lal verma criticised the front for its protests.")
    person = next(a for a in found if a.text.endswith("mohan lal verma"))
    assert person.kind == "person" and person.code == "IND"


def test_name_after_a_spokesman_takes_the_body_before_it() -> None:
    found = actors_of("vhp spokesman kishore trivedi accused the government of betrayal.")
    person = next(a for a in found if a.text.endswith("kishore trivedi"))
    assert person.text.startswith("vhp spokesman") and person.kind == "person"


def test_name_after_an_honorific() -> None:
    assert "ramesh patel" in texts("shri ramesh patel criticised the attack on the shops.")


def test_office_before_a_common_noun_is_no_name() -> None:
    for text in texts("the district collector office and the police station were attacked by a mob."):
        assert "office" not in text.split()[-1:] or "collector" not in text


def test_plural_group_noun_is_not_a_person() -> None:
    found = actors_of("vhp activists attacked the shops near the bus stand.")
    assert any(a.text == "vhp activists" and a.kind != "person" for a in found)


def test_capitalised_text_is_unchanged() -> None:
    found = find_actors(parse("Party spokesman Ravi Kant Yadav condemned the violence in the city on Monday."), [], DAY)
    assert any(a.text.endswith("Ravi Kant Yadav") for a in found)
