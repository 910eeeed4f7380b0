"""Flags and background, sixteenth session, second round: "should/must" on a verb whose infinitive or "in"
gerund holds the act ("should try to arrest them", "must take the lead in organising protests"); a gerund
under a noun of a topic ("raised the issue of providing a force"); a clause of time told in the present under
a future main clause ("will quit the coalition the day the cabinet permits it"); a happening named by a past
year as the subject or a fronted phrase of a past clause; a happening whose "on" phrase the parser left
without an object, read in order. Every sentence is written for this test, in lower case where the rule is
for lower-case text."""

from __future__ import annotations

from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text

SUNDAY = "2002-03-10"


def found(text: str, trigger: str, published: str = SUNDAY):
    return [e.modality for e in code_text(text, published=published) if e.evidence.trigger == trigger]


def test_an_obligation_on_the_governing_verb_is_not_done() -> None:
    modes = found("the minister said the police should try to arrest the culprits.", "arrest")
    assert modes and all(m.hypothetical for m in modes)


def test_an_obligation_reaches_an_in_gerund() -> None:
    events = [e for e in code_text("the leader said the parties must take the lead in organising protests against the law.",
                                   published=SUNDAY) if e.evidence.trigger == "protests"]
    assert events and all(e.event == "REQUEST" or e.modality.hypothetical for e in events)


def test_a_reason_for_punishment_stays_done() -> None:
    modes = found("the court said the man should be punished for attacking the police.", "attacking")
    assert not any(m.hypothetical for m in modes)


def test_a_gerund_under_a_topic_noun_is_not_done() -> None:
    modes = found("the lawyer asked whether the state had raised the issue of providing a mixed security force.",
                  "providing")
    assert modes and all(m.hypothetical for m in modes)


def test_a_present_time_clause_under_a_future_is_ahead() -> None:
    modes = found("we will pull out of the alliance the day the cabinet allows the gangs to defy the courts.",
                  "allows")
    assert modes and all(m.future for m in modes)
    modes = found("the party will hold talks once the army withdraws from the city.", "withdraws")
    assert modes and all(m.future for m in modes)


def test_a_past_time_clause_stays_done() -> None:
    modes = found("troops left the town when the two sides signed the accord.", "left")
    assert modes and not any(m.future for m in modes)


def test_a_fronted_happening_named_by_a_past_year_dates_its_clause() -> None:
    text = "by contrast, she said, the june 1991 riots in the port city, then under a rival party, 400 were killed in a week."
    modes = found(text, "killed")
    assert modes and all(m.historical for m in modes)


def test_an_unattached_on_phrase_still_names_the_happening() -> None:
    text = ("the trust has offered one lakh each to the kin of the pilgrims killed in the attack on "
            "sabarmati express at godhra and half that sum to the wounded.")
    modes = found(text, "killed")
    assert modes and all(m.historical for m in modes)


def test_a_conjunct_shares_its_heads_whether() -> None:
    text = ("the petitioner asked whether the ministry considered or discussed the issue for providing a bigger "
            "security force.")
    modes = found(text, "providing")
    assert modes and all(m.hypothetical for m in modes)


def test_a_killing_told_as_where_a_known_happening_was_is_background() -> None:
    text = "the officer said the root of the violence was the godhra incident where passengers on a train were killed."
    modes = found(text, "killed", "2002-03-07")
    assert modes and all(m.historical for m in modes)
    text = "the officer said the root of the violence was the village where passengers on a train were killed."
    modes = found(text, "killed", "2002-03-07")
    assert modes and not any(m.historical for m in modes)
