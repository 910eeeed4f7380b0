"""Wrong types and everyday senses (fifteenth session): a negated initiative is no refusal, failing is
no refusal, rioters riot, a party's expulsions are its own business,
police stopping people show no military force, a right to act is no act, idioms and the "suspect"
sense of "apprehend". Every sentence is written for this test."""

from __future__ import annotations

from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text

PUBLISHED = "2002-03-10"


def coded(text: str) -> list:
    return list(code_text(text, published=PUBLISHED))


def kinds(text: str) -> list[str]:
    return [e.event for e in coded(text)]


def test_never_invited_is_no_refusal() -> None:
    events = coded("the ministry never invited the union to present its demands.")
    assert "REJECT" not in [e.event for e in events]
    assert all(e.modality.negated for e in events if e.event == "AGREE")


def test_not_yet_lifted_is_no_refusal() -> None:
    events = coded("the government has not yet lifted the restrictions in the town.")
    assert "REJECT" not in [e.event for e in events]
    assert all(e.modality.negated for e in events)


def test_negated_acceptance_is_still_a_refusal() -> None:
    assert "REJECT" in kinds("the police did not allow the march.")
    assert "REJECT" in kinds("the prime minister did not accept the conditions.")


def test_failing_is_no_refusal() -> None:
    assert "REJECT" not in kinds("the ministry failed to come up with a coherent policy on the border.")
    assert "REJECT" not in kinds("the cartel failed to fulfil the output cuts it had promised.")


def test_failing_to_reach_agreement_stays_a_rejection() -> None:
    assert "REJECT" in kinds("Armenia and Azerbaijan failed to reach an agreement on the corridor on Friday.")


def test_no_right_to_ban_is_kept() -> None:
    assert "COERCE" in kinds("the minister said the government has no right to ban the march.")


def test_rioters_on_the_streets_riot() -> None:
    events = [e for e in coded("rioters took to the streets in several areas on sunday.") if e.event == "PROTEST"]
    assert events and all(e.mode == "riot" for e in events)


def test_voice_raised_for_a_settlement_is_an_appeal() -> None:
    found = kinds("traders and residents have started raising their voices for a permanent settlement of the dispute.")
    assert "REQUEST" in found and "ACCUSE" not in found


def test_party_expulsion_is_no_deportation() -> None:
    assert "COERCE" not in kinds("the bjp has expelled the six legislators it suspects of cross-voting.")


def test_state_expelling_foreigners_is_kept() -> None:
    assert "COERCE" in kinds("the government expelled the foreign journalists.")


def test_police_stopping_a_convoy_is_no_mobilisation() -> None:
    found = kinds("the leader and his aides had reached the gate before they were intercepted by some nervous "
                  "police officials.")
    assert "MOBILIZE" not in found


def test_jets_intercepting_bombers_show_force() -> None:
    assert "MOBILIZE" in kinds("fighter jets intercepted two bombers near the border.")


def test_charging_to_the_podium_is_no_accusation() -> None:
    assert "ACCUSE" not in kinds("the opposition leader charged to the podium to register his protest.")


def test_police_charging_a_man_is_an_accusation() -> None:
    assert "ACCUSE" in kinds("police charged him with fraud.")


def test_a_right_to_visit_is_no_visit() -> None:
    assert kinds("the commission chairman was well within his right to visit any place in the state.") == []


def test_strike_a_balance_is_an_idiom() -> None:
    assert "ASSAULT" not in kinds("the minister said we have to strike a balance between security and the public.")


def test_apprehended_hand_is_a_suspicion() -> None:
    assert "COERCE" not in kinds("the former chief minister apprehended the hand of a foreign spy agency.")


def test_apprehended_suspects_are_arrested() -> None:
    assert "COERCE" in kinds("police apprehended three suspects on monday.")


def test_surrounding_to_demand_is_a_protest() -> None:
    found = kinds("several thousand teachers surrounded the statehouse on tuesday to call for better pay.")
    assert "PROTEST" in found and "ASSAULT" not in found


def test_crowd_surrounding_with_slogans_is_a_demonstration() -> None:
    events = [e for e in coded("some thirty students surrounded the dean and began shouting slogans about the fees.")
              if e.event == "PROTEST"]
    assert events and events[0].mode == "demo"


def test_mob_surrounding_and_attacking_stays_violent() -> None:
    events = coded("the mob surrounded the premises and attacked the two youths.")
    assert any(e.event == "ASSAULT" or e.mode == "riot" for e in events)


def test_forces_surrounding_a_town_stay_an_assault() -> None:
    assert "ASSAULT" in kinds("the town is surrounded by government forces.")


def test_will_not_end_a_strike_stays_a_refusal() -> None:
    assert "REJECT" in kinds("the dock workers will not end the strike until the port raises wages.")


def test_failing_with_settlements_in_the_sentence_is_no_refusal() -> None:
    found = kinds("the ministry failed to come up with a policy and ignored the question of settlements.")
    assert "REJECT" not in found
