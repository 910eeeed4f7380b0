"""Background, twelfth session, second pass (issue 4): a bare "the incident" (no name words, no day of its
own) stands for the happening told just before it; when that one is dated two days or more before the
dateline, or told as earlier, the event told in "the incident" is background too. Every sentence is
written for this test."""

from __future__ import annotations

import datetime

from eventwire.coding import code_text
from eventwire.coding.background import recalled, refers_back
from eventwire.nlp.parse import parse

MONDAY = datetime.date(2011, 5, 9)  # a Monday
QUARRY = "Two clerks were charged in connection with the quarry blast of Friday. "
BUS = "Gunmen attacked a bus near the old bridge{}. Six passengers were wounded in the attack, the driver said."


def token(text: str, word: str, nth: int = 0):
    doc = parse(text)
    return [t for t in doc if t.lower_ == word][nth]


def test_the_incident_after_a_happening_of_friday_is_background() -> None:
    assert refers_back(token(QUARRY + "Nine workers were killed in the incident.", "killed"), MONDAY)


def test_the_incident_after_a_possessive_day_is_background() -> None:
    text = ("The foreman was questioned about Thursday's mine explosion. "
            "Eleven miners died in the incident.")
    assert refers_back(token(text, "died"), MONDAY)


def test_the_incident_after_a_verb_dated_days_back_is_background() -> None:
    assert refers_back(token(BUS.format(" on Wednesday"), "wounded"), MONDAY)


def test_the_incident_of_the_day_is_news() -> None:
    assert not refers_back(token(BUS.format(" on Sunday"), "wounded"), MONDAY)


def test_an_undated_earlier_happening_leaves_the_incident_alone() -> None:
    assert not refers_back(token(BUS.format(""), "wounded"), MONDAY)


def test_a_named_happening_is_not_a_bare_one() -> None:
    assert not refers_back(token(QUARRY + "Nine workers were killed in the attack on the depot.", "killed"), MONDAY)


def test_an_undated_article_is_left_alone() -> None:
    assert not refers_back(token(QUARRY + "Nine workers were killed in the incident.", "killed"), None)


def test_the_coder_flags_the_retold_deaths() -> None:
    text = QUARRY + "Nine workers were killed in the incident."
    killed = [e for e in code_text(text, published="2011-05-09") if e.event == "ASSAULT"
              and "killed" in (e.evidence.trigger if e.evidence else "")]
    assert killed and all(e.modality.historical for e in killed)


# --- a stretch back by "back"/"ago" the enrichment left unresolved ----------------------------------------

def test_a_verb_placed_sometime_back_is_told_as_earlier() -> None:
    assert recalled(token("A district officer of the party was shot here sometime back, the police said.", "shot"))
    assert recalled(token("The depot was torched some days back by a crowd.", "torched"))
    assert not recalled(token("The guards fell back as the crowd stormed the depot.", "stormed"))
    assert not recalled(token("The depot was torched a day back by a crowd.", "torched"))
