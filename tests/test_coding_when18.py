"""Flags, eighteenth session: attempts (an attempted act of force is coded as the act; an attempted arrest,
capture or agreement is only tried for), events still to be held ("a rally to be held on Sunday"), "going to"
with the event as subject, acts named by a run of acts ("an arson and looting spree") dated through it,
"determined to" as an intention, and "neither ... nor" negating both verbs without making the first a refusal.
Every sentence is written for this test."""

from __future__ import annotations

from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text

SUNDAY = "2002-03-10"


def found(text: str, trigger: str, published: str = SUNDAY):
    return [e.modality for e in code_text(text, published=published) if e.evidence.trigger == trigger]


def test_an_attempted_arrest_is_only_tried_for() -> None:
    modes = found("police attempted to arrest the protest leader but he escaped.", "arrest")
    assert modes and all(m.hypothetical for m in modes)
    modes = found("the soldiers tried to capture the rebel commander but he fled.", "capture")
    assert modes and all(m.hypothetical for m in modes)


def test_an_attempted_attack_is_the_attack() -> None:
    modes = found("the rebels attempted to storm the base.", "storm")
    assert modes and not any(m.hypothetical or m.future or m.negated for m in modes)
    modes = found("the mob tried to set fire to the shops.", "set")
    assert modes and not any(m.hypothetical or m.future or m.negated for m in modes)


def test_a_done_arrest_stays_done() -> None:
    modes = found("police arrested the protest leader after he tried to flee.", "arrested")
    assert modes and not any(m.hypothetical for m in modes)


def test_a_meeting_to_be_held_is_ahead() -> None:
    text = "the bharatiya kisan sangh organised protest public meeting to be held at the stadium grounds in pune " \
           "on sunday against the killings will be addressed by two monks."
    modes = found(text, "protest", published="2002-03-08")
    assert modes and all(m.future for m in modes)


def test_events_going_to_go_on_are_ahead() -> None:
    modes = found("the strikes are going to spread to other towns, the union said.", "strikes")
    assert modes and all(m.future for m in modes)


def test_events_going_on_now_are_not_ahead() -> None:
    modes = found("the clashes going on in the old city have left ten dead.", "clashes")
    assert not any(m.future for m in modes)


def test_an_act_named_by_its_spree_shares_its_day() -> None:
    text = "the trouble began on the very first day, when a mob went on an assault-and-stabbing spree at the bus " \
           "depot on february 27."
    modes = found(text, "assault", published="2002-03-18")
    assert modes and all(m.historical for m in modes)


def test_determined_to_is_an_intention() -> None:
    modes = found("the police are determined to arrest the culprits, the commissioner said.", "arrest")
    assert modes and all(m.future for m in modes)
    modes = found("investigators determined that the mob had set fire to the bus.", "set")
    assert modes and not any(m.future for m in modes)


def test_neither_nor_negates_both_acts_without_a_refusal() -> None:
    events = [e for e in code_text("the board spokesman said they had neither accepted nor rejected the proposal yet.",
                                   published=SUNDAY) if e.evidence.trigger == "accepted"]
    assert events and all(e.modality.negated and e.event == "AGREE" for e in events)
    modes = found("the minister neither condemned the attack nor visited the victims.", "condemned")
    assert modes and all(m.negated for m in modes)


def test_a_plain_acceptance_stays_done() -> None:
    modes = found("the government accepted the proposal and rejected the demand for a probe.", "accepted")
    assert modes and not any(m.negated for m in modes)
