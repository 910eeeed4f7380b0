"""Background and flags, ninth session (issue 4): an earlier happening the news is told against is
historical (the start of a span, the cause named, an event named by its date or by last week or
last month); flags follow what happened ("police had to fire", "were able to arrest", "the riots were
planned by", "efforts to control the riots", "the arrests were not valid") and what is only asked
for ("demanded the arrest of"). Every sentence is written for this test."""

from __future__ import annotations

import pytest

from eventwire.coding import code_text
from eventwire.coding.background import era_words, named_by_date, recalled, told_before
from eventwire.coding.modality import past_time, read_modality
from eventwire.nlp.parse import parse


def token(text: str, word: str):
    doc = parse(text)
    return next(t for t in doc if t.lower_ == word)


@pytest.mark.parametrize("text, word", [
    ("The port has stayed closed ever since the bombing.", "bombing"),
    ("Trade has slumped since the October 3 blockade.", "blockade"),
    ("Three days after the ambush, soldiers searched the hills.", "ambush"),
    ("A full month after the massacre, the villages are still empty.", "massacre"),
    ("In the aftermath of the bombardment, aid groups left the town.", "bombardment"),
    ("Shops stayed shut in the wake of the riots.", "riots"),
    ("The clashes were sparked off by an attack on a bus.", "attack"),
    ("The toll in the raid which triggered the reprisals rose to 40.", "raid"),
    ("Officers blamed the looting that followed the bombing.", "bombing"),
    ("The tribunal examined the massacre of March 14 in the valley.", "massacre"),
    ("Security stayed tight after last week's bombing.", "bombing"),
])
def test_earlier_happenings_are_recalled(text: str, word: str) -> None:
    assert recalled(token(text, word)), text


@pytest.mark.parametrize("text, word", [
    ("Police fired tear gas after the clashes.", "clashes"),
    ("The bombing killed twelve people in the market.", "bombing"),
    ("Rebels attacked a convoy near the border.", "attacked"),
    ("The protest on Monday drew thousands.", "protest"),
    ("Troops were deployed after gunmen attacked the station.", "attacked"),
    ("The riots that broke out on Tuesday spread to the suburbs.", "riots"),
    ("Shops have borne the brunt of the riots that sparked off on Tuesday.", "riots"),
    ("Organisers spoke about the planned May 2 rally.", "rally"),
])
def test_news_of_the_day_is_not_recalled(text: str, word: str) -> None:
    assert not recalled(token(text, word)), text


@pytest.mark.parametrize("text, word", [
    ("Two guards were wounded in the raid which triggered the reprisals.", "wounded"),
    ("The court has in the past overturned such bans.", None),
])
def test_part_of_an_earlier_event_or_in_the_past(text: str, word: str | None) -> None:
    if word:
        assert recalled(token(text, word)), text
    else:
        assert era_words(text) and not era_words("Police made 40 arrests in the past few days.")


def test_named_and_told_before_apart() -> None:
    assert named_by_date(token("The February 9 bombing changed the city.", "bombing"))
    assert not told_before(token("The February 9 bombing changed the city.", "bombing"))
    assert told_before(token("Curfew has held since the bombing.", "bombing"))
    assert not named_by_date(token("Curfew has held since the bombing.", "bombing"))


@pytest.mark.parametrize("text", ["arrested last month", "killed three weeks ago", "the previous week",
                                  "a fortnight back", "last year"])
def test_past_times_a_week_or_more_back(text: str) -> None:
    assert past_time([text])


@pytest.mark.parametrize("text", ["on Monday", "yesterday", "last night", "two days ago", "this week"])
def test_recent_times_stay_news(text: str) -> None:
    assert not past_time([text])


def reading(text: str, word: str):
    return read_modality(token(text, word))


@pytest.mark.parametrize("text, word", [
    ("Police had to fire six rounds to scatter the crowd.", "fire"),
    ("Officers opened fire and were able to arrest 12 looters.", "arrest"),
    ("The governor praised the army's efforts to quell the riots.", "riots"),
    ("The minister said the first attack on the convoy was not an accident.", "attack"),
    ("He said the arrests made last week were not lawful.", "arrests"),
    ("Prosecutors said the bombing was planned by the cell's leader.", "bombing"),
    ("The council banned the militia, but it has taken no action against the others.", "banned"),
    ("The festival was cancelled due to riots in the city.", "riots"),
    ("One delegate shouted, amid protests, that the vote was rigged.", "protests"),
    ("The rebellion could not be contained by the local garrison.", "rebellion"),
])
def test_what_happened_is_not_flagged(text: str, word: str) -> None:
    found = reading(text, word)
    assert not (found.negated or found.hypothetical or found.future), text


@pytest.mark.parametrize("text, word", [
    ("The union demanded the arrest of the officers.", "arrest"),
    ("The opposition called for the dismissal of the minister.", "dismissal"),
    ("Lawyers urged the court to release the prisoners.", "release"),
    ("The mayor asked the army to withdraw its troops.", "withdraw"),
])
def test_what_is_asked_for_is_hypothetical(text: str, word: str) -> None:
    assert reading(text, word).hypothetical, text


@pytest.mark.parametrize("text, word, flag", [
    ("Police would have to open fire.", "open", "hypothetical"),
    ("A march is planned for Sunday.", "march", "future"),
    ("No soldiers were killed.", "killed", "negated"),
    ("Reporters asked how many soldiers were killed.", "killed", None),
    ("Nobody could be able to stop the fighting.", "fighting", None),
])
def test_flags_that_stay(text: str, word: str, flag: str | None) -> None:
    found = reading(text, word)
    if flag:
        assert getattr(found, flag), text
    if text.startswith("Reporters"):
        assert not found.hypothetical  # a question about what happened asks for nothing


def test_end_to_end_background_and_news() -> None:
    events = code_text("Soldiers have guarded the bridge ever since the attack on the convoy.", published="2024-05-20")
    attacks = [e for e in events if e.evidence.trigger == "attack"]
    assert attacks and all(e.modality.historical for e in attacks)
    events = code_text("Police arrested 40 protesters in Nairobi on Monday.", published="2024-05-20")
    assert events and not any(e.modality.historical for e in events)


def test_seed_like_dates_unchanged() -> None:
    """A visit the day before the dateline stays news; an invasion years back stays historical."""
    visit = code_text("The British prime minister visited Kyiv on Tuesday.", published="2022-02-02")
    assert visit and not any(e.modality.historical for e in visit)
    old = code_text("Russia invaded Georgia in 2008.", published="2022-02-02")
    assert old and all(e.modality.historical for e in old)
