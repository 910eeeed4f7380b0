"""Background and flags, sixteenth session: a "when" clause of a main clause placed last week shares its
time ("on Friday last week, when rioters burnt a row of huts"); a weekday followed by "last week" is the
week before's; a duration among the clause's times ("two weeks back" read as two weeks) does not keep the
word rules from placing a happening before the news; "suppose that" puts its clause in doubt; "on the
brink of", "in favour of" name an act not (yet) done. Every sentence is written for this test, in lower
case where the rule is for lower-case text."""

from __future__ import annotations

from datetime import date

from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text
from eventwire.coding.background import _days_back
from eventwire.nlp.parse import parse

SUNDAY = "2002-03-10"


def found(text: str, trigger: str, published: str = SUNDAY):
    return [e.modality for e in code_text(text, published=published) if e.evidence.trigger == trigger]


def test_a_weekday_last_week_is_the_week_before() -> None:
    doc = parse("the shops were shut on saturday last week.")
    saturday = [t for t in doc if t.lower_ == "saturday"]
    assert _days_back(saturday, date(2002, 3, 10)) == 8  # not yesterday's Saturday
    assert _days_back(saturday, date(2002, 3, 13)) == 11
    plain = [t for t in parse("the shops were shut on saturday.") if t.lower_ == "saturday"]
    assert _days_back(plain, date(2002, 3, 10)) == 1


def test_a_when_clause_of_last_week_is_background() -> None:
    text = "on friday last week, when rioters looted the bakery and set six huts on fire, the baker left for his village."
    modes = found(text, "set")
    assert modes and all(m.historical for m in modes)


def test_a_when_clause_of_the_news_day_is_news() -> None:
    text = "on friday, when rioters looted the bakery and set six huts on fire, the baker left for his village."
    modes = found(text, "set")
    assert modes and not any(m.historical for m in modes)


def test_a_duration_does_not_date_a_happening_told_as_the_start() -> None:
    text = "for the first time since the brutal attack on it close to the bridge two weeks back, the night bus ran on tuesday."
    modes = found(text, "attack", "2002-03-13")
    assert modes and all(m.historical for m in modes)


def test_a_supposition_is_hypothetical() -> None:
    modes = found("now suppose that two of these men have been attacked to settle old scores.", "attacked")
    assert modes and all(m.hypothetical for m in modes)


def test_the_brink_of_a_riot_is_no_riot() -> None:
    modes = found("the town came to the brink of a riot after a minor quarrel.", "riot")
    assert modes and all(m.hypothetical for m in modes)


def test_in_favour_of_an_attack_is_no_attack() -> None:
    modes = found("she said she was not in favour of attacking the marchers.", "attacking")
    assert modes and all(m.hypothetical for m in modes)


def test_a_riot_itself_stays_news() -> None:
    modes = found("the town saw a riot after a minor quarrel.", "riot")
    assert modes and not any(m.hypothetical or m.historical for m in modes)


def test_instead_of_an_act_is_not_done() -> None:
    modes = found("the police beat the protesters instead of arresting them.", "arresting")
    assert modes and all(m.negated for m in modes)
    beaten = found("the police beat the protesters instead of arresting them.", "beat")
    assert beaten and not any(m.negated for m in beaten)


def test_certain_to_is_a_forecast() -> None:
    modes = found("the army is certain to withdraw its troops from the border.", "withdraw")
    assert modes and all(m.future for m in modes)
    done = found("the army withdrew its troops from the border.", "withdrew")
    assert done and not any(m.future for m in done)


def test_a_prayer_to_a_court_is_a_plea() -> None:
    modes = found("the board on monday prayed before the high court that the government's petition be dismissed.",
                  "dismissed")
    assert modes and all(m.hypothetical for m in modes)
    attack = found("the families prayed at the shrine after the attack on the village.", "attack")
    assert attack and not any(m.hypothetical for m in attack)


def test_no_stranger_to_riots_is_their_past() -> None:
    modes = found("old residents recalled that this town is no stranger to communal riots.", "riots")
    assert modes and all(m.historical and not m.negated for m in modes)


def test_a_past_perfect_a_day_before_the_story_is_background() -> None:
    modes = found("the previous day, the mob had torched the shops in the market.", "torched", "2002-03-09")
    assert modes and all(m.historical for m in modes)
    modes = found("a day earlier, a crowd had stoned the clinic and burnt a van.", "stoned", "2002-03-09")
    assert modes and all(m.historical for m in modes)


def test_a_simple_past_of_the_news_day_stays_news() -> None:
    modes = found("a mob stoned his house on friday.", "stoned", "2002-03-09")
    assert modes and not any(m.historical for m in modes)
