"""Background and flags, eleventh session (issue 4): what is asked for in a petition, plea or request is
not done; "not a single" negates; an event noun that frames its clause ("killed in the riots") is not
negated by the clause; "could be seen", "could finally" tell what was done; a bare conjoined verb shares
its head's modal; a named happening dated two days or more before the dateline is background. Every
sentence is written for this test."""

from __future__ import annotations

from datetime import date

from eventwire.coding import code_text
from eventwire.coding.background import dated_happening
from eventwire.coding.modality import read_modality
from eventwire.nlp.parse import parse


def token(text: str, word: str, nth: int = 0):
    doc = parse(text)
    return [t for t in doc if t.lower_ == word][nth]


# --- asked for, not done ------------------------------------------------------------------------------

def test_a_request_for_the_deployment_is_not_a_deployment() -> None:
    reading = read_modality(token("A request for the deployment of the army was sent by the district.", "deployment"))
    assert reading.future or reading.hypothetical


def test_petitions_for_deployment_are_not_a_deployment() -> None:
    text = "The court will hear two petitions for deployment of troops in the old town on Monday."
    reading = read_modality(token(text, "deployment"))
    assert reading.future or reading.hypothetical


def test_pleading_for_deployment_is_asking() -> None:
    assert read_modality(token("The traders pleaded for deployment of the police near the market.",
                               "deployment")).hypothetical


def test_a_deployment_that_was_made_stays_done() -> None:
    reading = read_modality(token("The deployment of the army in the port was completed on Monday.", "deployment"))
    assert not (reading.future or reading.hypothetical or reading.negated)


# --- negation -----------------------------------------------------------------------------------------

def test_not_a_single_one_arrested_is_negated() -> None:
    assert read_modality(token("Not a single rioter has been arrested so far, the mayor said.", "arrested")).negated
    assert read_modality(token("Not one protester was detained.", "detained")).negated


def test_an_event_that_frames_its_clause_is_not_negated() -> None:
    assert not read_modality(token("In the 1990 riots the police were not called in for days.", "riots")).negated
    assert not read_modality(token("The old bakery has not been the same after riots.", "riots")).negated
    assert read_modality(token("There were no riots in the valley.", "riots")).negated


# --- "could" of what was done, shared modals ----------------------------------------------------------

def test_could_be_seen_is_what_was_seen() -> None:
    assert not read_modality(token("Guards could be seen patrolling the bridge.", "patrolling")).hypothetical
    assert not read_modality(token("The troops could finally be deployed in the valley by noon.",
                                   "deployed")).hypothetical
    assert read_modality(token("The troops could be deployed in the valley.", "deployed")).hypothetical


def test_a_bare_conjoined_verb_shares_its_modal() -> None:
    assert read_modality(token("The rebels could storm and occupy the airport.", "occupy")).hypothetical
    assert not read_modality(token("The rebels could storm the airport, and have shelled the port.",
                                   "shelled")).hypothetical


def test_reluctance_is_no_meeting() -> None:
    assert read_modality(token("The ministers have been reluctant to commit to a meeting with the envoy.",
                               "meeting")).hypothetical


# --- a named happening dated days before the dateline -------------------------------------------------

def test_a_named_happening_dated_days_before_is_background() -> None:
    text = "Gunmen killed nine passengers in the attack on the ferry at Kessel on Wednesday."
    published = date(2003, 5, 10)  # a Saturday: Wednesday is three days back
    assert dated_happening(token(text, "attack"), published)
    assert not dated_happening(token(text, "attack"), date(2003, 5, 8))  # Thursday: the day before is the news


def test_a_verb_told_in_a_dated_happening_is_background() -> None:
    text = "Nine passengers were killed in the attack on the ferry at Kessel on Wednesday."
    assert dated_happening(token(text, "killed"), date(2003, 5, 10))
    assert not dated_happening(token(text, "killed"), None)


def test_the_coder_flags_the_dated_happening_historical() -> None:
    text = "Gunmen killed nine passengers in the attack on the ferry at Kessel on Wednesday."
    found = [e for e in code_text(text, published="2003-05-10") if e.event == "ASSAULT"]
    assert found and all(e.modality.historical for e in found)
    found = [e for e in code_text(text, published="2003-05-08") if e.event == "ASSAULT"]
    assert found and not any(e.modality.historical for e in found)


# --- a violent happening named as known -----------------------------------------------------------------

def test_a_known_happening_is_not_ahead() -> None:
    assert not read_modality(token("The riots will drive away the investors, the economist said.", "riots")).future
    assert not read_modality(token("The mayor scorned the attempt to relate the harbour riots to the strike.",
                                   "riots")).future


def test_a_happening_still_ahead_keeps_its_flags() -> None:
    assert read_modality(token("The attack could happen at any time, the police warned.", "attack")).hypothetical
    assert read_modality(token("Further riots could break out after the verdict.", "riots")).hypothetical


def test_a_relative_clause_years_back_recalls_its_noun() -> None:
    from eventwire.coding.background import recalled
    assert recalled(token("Marchers recalled the protests that ignited the war seven years ago.", "protests"))
    assert not recalled(token("Marchers joined the protests that started on Monday.", "protests"))


def test_a_known_happening_in_a_pair_is_not_ahead() -> None:
    assert not read_modality(token("The flood and the riots will deepen the slump, the banker said.", "riots")).future
