"""Background, twenty-first session, second round (issue 4): a known happening named by the place in its
"in" phrase, when the noun also names its target ("the attack on pilgrims in Srinagar", "the bombing of
the bazaar in Peshawar", the "in" phrase hung on the noun or on its target), told in a dated article with
no time of its own, is the happening the news came from, told again (:func:`background.named_by_place`).
A new happening ("an attack on a convoy in ...") or one dated to the news day stays news. Every sentence
is written for this test."""

from __future__ import annotations

import pytest

from eventwire.coding import code_text

RETOLD = [
    ("Relief camps filled up across the district. Villagers said they had been shaken by the brutal attack on "
     "pilgrims in Srinagar and wanted the army to stay.", "attack", "2010-07-20"),
    ("The minister spoke for an hour. He said the country still mourned the massacre of farmers in Kandhamal "
     "and promised a memorial.", "massacre", "2009-03-11"),
    ("Traders stayed shut. Anger over the bombing of the bazaar in Peshawar had not faded, a shopkeeper told "
     "reporters.", "bombing", "2013-10-02"),
    ("Shops reopened slowly in the old quarter. Residents were still angry about the deadly raid on a mosque "
     "in Hyderabad, a trader said.", "raid", "2012-08-08"),
]

NEWS = [
    ("The convoy was hit at dawn. The attack on the convoy in Kandahar on Tuesday killed six soldiers, "
     "officials said.", "2012-08-07"),
    ("An attack on a convoy in Kandahar killed six soldiers, officials said.", "2012-08-07"),
    ("Gunmen opened fire in a market in Quetta on Tuesday. The attack on shoppers in Quetta killed nine "
     "people, police said.", "2012-08-07"),
]


@pytest.mark.parametrize("text,trigger,published", RETOLD)
def test_a_happening_named_by_its_place_is_told_again(text: str, trigger: str, published: str) -> None:
    events = [e for e in code_text(text, published=published) if e.evidence and e.evidence.trigger == trigger]
    assert events and all(e.modality.historical for e in events)


@pytest.mark.parametrize("text,published", NEWS)
def test_the_day_s_own_happening_stays_news(text: str, published: str) -> None:
    events = [e for e in code_text(text, published=published) if e.event == "ASSAULT"]
    assert events and not any(e.modality.historical for e in events)


# An act told in the simple past and placed "during/under" a rule named by its ruler: a past government's time.
EARLIER_RULE = [
    ("During the Janata Dal rule, the police arrested rioters within hours of every clash.", "arrested",
     "2008-05-06"),
    ("Under Taliban rule, hundreds of men were detained by the religious police, the report said.", "detained",
     "2015-04-02"),
    ("Singh, during whose tenure the army was deployed in Punjab, spoke at the rally.", "deployed", "2004-02-10"),
    ("Police arrested dozens of protesters during the Ershad regime, the former minister recalled.", "arrested",
     "2001-09-09"),
]

PRESENT_RULE = [
    "Under the current regime, police arrested forty students on Monday.",
    "Police arrested forty students on Monday under the rule of law, the minister said.",
    "Police have arrested hundreds of activists under the Sisi regime.",
]


@pytest.mark.parametrize("text,trigger,published", EARLIER_RULE)
def test_an_act_of_an_earlier_rule_is_background(text: str, trigger: str, published: str) -> None:
    events = [e for e in code_text(text, published=published) if e.evidence and e.evidence.trigger == trigger]
    assert events and all(e.modality.historical for e in events)


@pytest.mark.parametrize("text", PRESENT_RULE)
def test_the_present_rule_or_the_rule_of_law_is_news(text: str) -> None:
    events = [e for e in code_text(text, published="2016-05-10") if e.event == "COERCE"]
    assert events and not any(e.modality.historical for e in events)


# The day's own happening told again by its place: the lead dates it on the main verb and tells the deaths in a
# participle or a second verb ("ripped through a market on Tuesday, killing nine"); the lead is a news sentence.
NEWS_RETOLD = [
    "A bomb ripped through a market in Quetta on Tuesday, killing nine people. Police said the bombing of the "
    "market in Quetta bore the marks of a sectarian group.",
    "Gunmen stormed a hotel in Kabul on Tuesday and killed five guests. The attack on guests in Kabul drew "
    "condemnation.",
    "Militants raided a checkpoint in Bannu on Monday night, killing three soldiers. Officials said the attack on "
    "soldiers in Bannu was the worst this year.",
]


@pytest.mark.parametrize("text", NEWS_RETOLD)
def test_the_day_s_happening_named_again_by_its_place_stays_news(text: str) -> None:
    events = [e for e in code_text(text, published="2012-08-07") if e.event == "ASSAULT"]
    assert events and not any(e.modality.historical for e in events)
