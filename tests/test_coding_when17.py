"""Flags, seventeenth session: a past tense misspelt without its "e" ("threatend") still governs; "set" plans only
as "set to"; schemes and purposes ("a plot to kill", "in order to attack", "to spark clashes") are aimed at, not
done, and a foiled one is negated; an act told as still ahead of the writer's present is not background. Every
sentence is written for this test."""

from __future__ import annotations

from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text

SUNDAY = "2002-03-10"


def found(text: str, trigger: str, published: str = SUNDAY):
    return [e.modality for e in code_text(text, published=published) if e.evidence.trigger == trigger]


def test_a_misspelt_threat_still_governs_its_act() -> None:
    modes = found("the local leader has threatend to go on a hunger strike from monday outside the collector's office.",
                  "hunger strike")
    assert modes and all(m.future for m in modes)


def test_set_afire_plans_nothing() -> None:
    modes = found("the plot held three old sheds that had been set afire by rioting mobs on february 28.", "rioting",
                  published="2002-03-11")
    assert modes and not any(m.future for m in modes)


def test_set_to_still_plans() -> None:
    modes = found("the two leaders are set to meet in the capital next month.", "meet")
    assert all(m.future for m in modes)


def test_a_caused_event_in_a_purpose_infinitive_is_aimed_at() -> None:
    modes = found("the rioters had picked the hour of the procession to spark clashes between the two groups.",
                  "clashes")
    assert modes and all(m.hypothetical for m in modes)


def test_an_event_that_sparked_clashes_stays_done() -> None:
    modes = found("the shooting of the student sparked clashes between police and protesters.", "clashes")
    assert not any(m.hypothetical or m.future for m in modes)


def test_a_plot_to_kill_is_not_a_killing() -> None:
    modes = found("the gang hatched a plot to kill the minister.", "kill")
    assert modes and all(m.future for m in modes)
    modes = found("police foiled a plot to kill the minister.", "kill")
    assert modes and all(m.negated for m in modes)


def test_in_order_to_names_a_purpose() -> None:
    modes = found("the men gathered in the market in order to attack the shops.", "attack")
    assert modes and all(m.future for m in modes)


def test_an_act_still_ahead_is_not_background() -> None:
    modes = found("the government will keep its troops in the town after the soldiers leave the border under the "
                  "accord announced last month.", "leave")
    assert modes and all(m.future and not m.historical for m in modes)


def test_a_past_act_of_last_month_stays_background() -> None:
    modes = found("soldiers attacked the border post last month, the minister said.", "attacked")
    assert modes and all(m.historical and not m.future for m in modes)


def test_a_stance_against_a_deployment_is_not_the_deployment() -> None:
    modes = found("the minister said the state government was opposed to the deployment of the army in the city.",
                  "deployment")
    assert modes and all(m.negated for m in modes)


def test_a_stance_against_violence_keeps_the_violence() -> None:
    modes = found("the minister said the party was opposed to the violence in the city.", "violence")
    assert not any(m.negated for m in modes)


def test_an_absolute_with_frame_is_not_cancelled() -> None:
    modes = found("with riots going on in the city, all the bookings have been cancelled.", "riots")
    assert modes and not any(m.negated for m in modes)


def test_a_cancelling_verb_undoes_its_object_not_its_reason() -> None:
    events = [(e.evidence.trigger, e.modality) for e in code_text(
        "the rally was cancelled for the riots in the city.", published=SUNDAY)]
    assert any(t == "rally" and m.negated for t, m in events)
    assert not any(t == "riots" and m.negated for t, m in events)


def test_not_knowing_who_did_it_keeps_the_act() -> None:
    modes = found("the villagers do not know who killed the two farmers.", "killed")
    assert modes and not any(m.negated for m in modes)


def test_an_ability_reached_only_late_is_done() -> None:
    modes = found("it was only after noon on friday that the army could march through the old city.", "march")
    assert modes and not any(m.hypothetical for m in modes)
    modes = found("the army could be deployed in the city only two days had elapsed after the attack on the train.",
                  "deployed")
    assert modes and not any(m.hypothetical for m in modes)


def test_a_could_only_of_a_condition_stays_open() -> None:
    modes = found("the army could only be deployed if the governor asked for it.", "deployed")
    assert all(m.hypothetical for m in modes)


def test_an_act_someone_tries_to_persuade_others_into_is_not_done() -> None:
    modes = found("the police tried to persuade the gunman to surrender.", "surrender")
    assert modes and all(m.hypothetical for m in modes)
    modes = found("the alliance hopes to topple the government by persuading legislators to withdraw their support.",
                  "withdraw")
    assert modes and all(m.hypothetical or m.future for m in modes)
