"""Background and flags, twelfth session (issue 4): a year before the article's that names an event or
sets its "when" clause is background; a happening whose name phrase ends with a day two days or more
before the dateline is background even when the parser breaks the phrase off; "neither ... nor" as the
subject negates. Every sentence is written for this test."""

from __future__ import annotations

from eventwire.coding import code_text
from eventwire.coding.background import past_year
from eventwire.coding.modality import read_modality
from eventwire.nlp.parse import parse


def token(text: str, word: str, nth: int = 0):
    doc = parse(text)
    return [t for t in doc if t.lower_ == word][nth]


def flagged(text: str, published: str, event: str) -> list[bool]:
    return [e.modality.historical for e in code_text(text, published=published) if e.event == event]


# --- a year before the article's, read on the words -----------------------------------------------------

def test_a_year_naming_the_riots_is_background() -> None:
    assert past_year(token("The lawyer said it was plain during the riots of 1969 in the port.", "riots"), 2005)
    assert past_year(token("The lawyer said it was plain during the 1987-'88 riots in the port.", "riots"), 2005)
    assert not past_year(token("The lawyer said it was plain during the riots in the port.", "riots"), 2005)


def test_a_year_still_ahead_is_not_background() -> None:
    assert not past_year(token("The lawyer spoke of the riots of 2009 in the port.", "riots"), 2005)


def test_a_when_clause_on_a_year_is_background() -> None:
    text = "He reminded them of what took place in the capital in 1975, when 200 traders were killed."
    assert past_year(token(text, "killed"), 2003)
    text = "The toll is the worst since June 3, 1998, when 40 villagers were killed."
    assert past_year(token(text, "killed"), 2003)


def test_a_conjoined_verb_shares_the_when_clause() -> None:
    text = ("He recalled the flood year of 1975, when 200 traders were killed and the police were deployed "
            "too late.")
    assert past_year(token(text, "deployed"), 2003)


def test_a_war_named_by_its_year_dates_its_verb() -> None:
    text = "The valley, which the army seized during the 1971 war, is still disputed, the envoy said."
    assert past_year(token(text, "seized"), 2010)


def test_a_count_before_a_noun_is_not_a_year() -> None:
    assert not past_year(token("Police made 1990 arrests across the province on Monday.", "arrests"), 2005)


def test_the_coder_flags_the_old_riots() -> None:
    text = "The mayor said the town had not seen such fear since the riots of 1969 in the port."
    assert all(flagged(text, "2004-06-10", "PROTEST"))


# --- a happening whose name phrase ends with its day ------------------------------------------------------

def test_the_day_at_the_end_of_the_name_phrase_dates_the_attack() -> None:
    text = "traders stayed home in view of the attack on the ferry at the jetty in the harbour on monday."
    assert all(flagged(text, "2004-06-10", "ASSAULT"))  # a Thursday: Monday is three days back
    assert not any(flagged(text, "2004-06-08", "ASSAULT"))  # the day before: the news itself


def test_a_day_after_a_verb_does_not_date_the_attack() -> None:
    text = "The attack on the ferry was condemned by the mayor, who visited the jetty on monday."
    assert not any(flagged(text, "2004-06-10", "ASSAULT"))


# --- neither ... nor ------------------------------------------------------------------------------------

def test_neither_nor_subject_negates() -> None:
    assert read_modality(token("Neither the police nor the army was deployed in the old quarter.", "deployed")).negated
    assert not read_modality(token("Both the police and the army were deployed in the old quarter.",
                                   "deployed")).negated


# --- a happening named by a proper name, told again -------------------------------------------------------

def test_a_happening_named_by_its_place_is_told_again() -> None:
    text = ("The council met in Lisbon on Tuesday. The members held a silent march in protest against the "
            "Tarvona massacre and the looting that followed.")
    found = [e for e in code_text(text, published="2011-05-18") if e.event == "ASSAULT"]
    assert found and all(e.modality.historical for e in found)


def test_an_attack_named_by_what_it_hit_is_not_told_again() -> None:
    text = "Shops stayed shut in the market after the attack on a bus near the old bridge, the police said."
    assert not any(flagged(text, "2011-05-18", "ASSAULT"))


def test_the_day_s_own_happening_keeps_its_name() -> None:
    text = ("Nine people were killed on Wednesday when gunmen stormed the Tarvona shrine. Pilgrims fled the "
            "town after the attack on the Tarvona shrine, a police spokesman said.")
    attacks = [e for e in code_text(text, published="2011-05-18") if e.evidence.trigger == "attack"]
    assert attacks and not any(e.modality.historical for e in attacks)


def test_without_a_dateline_a_named_happening_is_left_alone() -> None:
    text = "The members held a silent march in protest against the Tarvona massacre."
    assert not any(flagged(text, None, "ASSAULT"))


# --- spans of the past, conjoined verbs, deep month-and-year dates -------------------------------------

def test_a_conjoined_past_verb_shares_its_head_s_year() -> None:
    text = "Even in 1971 the mills bore the brunt of the violence and the unions had moved in with the army."
    assert past_year(token(text, "moved"), 2002)
    assert not past_year(token("In 1999 the rebels seized the port and now they attack convoys.", "attack"), 2002)


def test_a_century_of_riots_is_background() -> None:
    text = "A dry summer, a half century of communal riots and power cuts are what the opposition will raise."
    assert all(flagged(text, "2002-03-13", "PROTEST"))


def test_a_verb_told_in_a_past_era_is_background() -> None:
    text = "The book is about the Cultural Revolution, in which thousands of teachers were killed."
    assert all(flagged(text, "2002-03-13", "ASSAULT"))


def test_a_month_and_year_hung_deep_in_the_clause_is_background_without_a_dateline() -> None:
    text = "The two engineers were kidnapped by gunmen wearing police uniforms near the dam in May 2014."
    assert all(flagged(text, None, "ASSAULT"))
    text = "The two engineers have been held by gunmen wearing police uniforms near the dam since May 2014."
    assert not any(e.modality.historical for e in code_text(text) if e.evidence.trigger == "held")


# --- denied reports -------------------------------------------------------------------------------------

def test_a_denied_report_negates_its_content() -> None:
    text = "The minister refuted reports that the district had deployed soldiers in the old town."
    assert read_modality(token(text, "deployed")).negated
    text = "The minister confirmed reports that the district had deployed soldiers in the old town."
    assert not read_modality(token(text, "deployed")).negated
