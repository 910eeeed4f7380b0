"""A party the sentence names but the coder left out (session 23): a "who" clause set off by a comma after a
coordination of people is about all of them. (The same session's rules for a relative pronoun object, the doer of a
blamed act and the one asked "from" were taken back: they added a wrong event on the dev check part.)"""

from __future__ import annotations

from functools import partial

import pytest

from coded import coded_event

PUBLISHED = "2002-03-12"


pytestmark = pytest.mark.usefixtures("rules_only")  # the rules themselves, without the learned gate


_event = partial(coded_event, published=PUBLISHED)  # the first such event, or the test fails


def _recipients(event) -> list[str]:
    return [r.text.lower() for r in event.recipients]


@pytest.mark.parametrize("text, event, trigger, recipients", [
    ("Police found three men and two women, who had been beaten by a mob.", "ASSAULT", "beaten", {"men", "women"}),
    ("Villagers rescued four children and an old man, who were attacked by the mob.", "PROTEST", "attacked",
     {"children", "man"}),
    ("The guards caught two students and a farmer, who were arrested later by the railway police.", "COERCE",
     "arrested", {"students", "farmer"}),
])
def test_a_clause_set_off_after_a_coordination_of_people_is_about_all_of_them(
        text: str, event: str, trigger: str, recipients: set[str]) -> None:
    assert recipients <= set(_recipients(_event(text, event, trigger)))


def test_without_the_comma_the_clause_stays_with_the_last_noun() -> None:
    event = _event("Police found three men and two women who had been beaten by a mob.", "ASSAULT", "beaten")
    assert _recipients(event) == ["women"]
