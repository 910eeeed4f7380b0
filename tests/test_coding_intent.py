"""Promises, denials, peacekeeping and joint acts (issue 4): what the ConfliBERT training sentences
(our dev set for the cooperation/conflict classes) showed the coder getting wrong, checked on
sentences written for this test."""

from __future__ import annotations

from eventwire.coding import code_text
from eventwire.coding.ontology import intent_code

PUBLISHED = "2023-06-14"


def events(text: str) -> list:
    return code_text(text, published=PUBLISHED)


def test_a_state_that_is_willing_to_act_is_its_actor() -> None:
    found = [e for e in events("Chile is willing to withdraw its engineers' battalion from Haiti.")]
    assert found and all("CHL" in {a.code for a in e.actors} for e in found)
    assert found[0].event == "AGREE" and found[0].modality.future  # an offer to withdraw (PLOVER AGREE)


def test_a_promise_of_aid_has_cameos_intent_code() -> None:
    found = events("Norway will send emergency food aid to Malawi next month.")
    agree = [e for e in found if e.event == "AGREE"]
    assert agree and agree[0].cameo.startswith("033"), [(e.event, e.cameo) for e in found]
    assert intent_code("073") == "0333" and intent_code("0874") == "0356" and intent_code("190") == "190"


def test_aid_already_sent_keeps_its_own_code() -> None:
    found = events("Norway sent emergency food aid to Malawi on Monday.")
    assert any(e.event == "AID" and e.cameo.startswith("07") for e in found)


def test_agreeing_to_lift_a_blockade_is_no_threat() -> None:
    kinds = {e.event for e in events("The rebel council agreed on Friday to lift its blockade of the northern port.")}
    assert "THREATEN" not in kinds


def test_rejecting_an_accusation_is_a_denial_not_a_refusal() -> None:
    assert not [e for e in events("Bolivia's interior ministry rejected accusations of torture in its prisons.")
                if e.event == "REJECT"]
    assert any(e.event == "REJECT" for e in events("Bolivia rejected the ceasefire proposal put forward by Chile."))


def test_troops_sent_to_a_peacekeeping_mission_are_aid() -> None:
    found = events("Ghana is sending 400 troops to the United Nations peacekeeping mission in Lebanon.")
    assert any(e.event == "AID" and e.cameo.startswith("074") for e in found)
    assert not any(e.event == "MOBILIZE" for e in found)
    assert any(e.event == "MOBILIZE" for e in events("Ghana is sending 400 troops to its northern border."))


def test_a_round_of_joint_exercises_belongs_to_its_participants() -> None:
    found = events("Peru and Ecuador began a new round of joint naval exercises on Tuesday.")
    joint = [e for e in found if e.event == "COOPERATE"]
    assert joint and {a.code for a in joint[0].actors} >= {"PER", "ECU"}


def test_the_venue_of_joint_talks_is_not_their_recipient() -> None:
    found = [e for e in events("Serbia and Kosovo held a new round of talks in Brussels.") if e.event == "CONSULT"]
    assert found and "BEL" not in {r.code for r in found[0].recipients}


def test_withdrawn_troops_are_cargo_not_the_recipient() -> None:
    found = events("Chad withdrew its troops from the border town on Sunday.")
    assert found and not any("troops" in r.text for e in found for r in e.recipients)


def test_refusals_and_demands_carry_cameos_reject_and_demand_codes() -> None:
    refused = [e for e in events("Greece said it will not accept more migrants from the island camps.")
               if e.event == "REJECT"]
    assert refused and refused[0].cameo.startswith("12"), [(e.event, e.cameo) for e in events(
        "Greece said it will not accept more migrants from the island camps.")]
    embargo = [e for e in events("Canada said it will not lift the embargo until the junta frees the prisoners.")
               if e.event == "REJECT"]
    assert embargo and embargo[0].cameo == "1244"
    demanded = [e for e in events("The Egyptian foreign minister said Ethiopia must withdraw its troops.")
                if e.event == "REQUEST"]
    assert demanded and demanded[0].cameo.startswith("10")
    appeal = [e for e in events("Egypt urged Ethiopia to resume the talks.") if e.event == "REQUEST"]
    assert appeal and appeal[0].cameo.startswith("02")  # an appeal stays an appeal


def test_defying_a_ban_halting_mediation_and_returning_property(monkeypatch) -> None:
    # The rules' reading, before the learned gate: the gate refitted in the twenty-first session (threshold 0.45)
    # withholds this lone sentence (scored under its threshold); what the gate keeps is test_coding_gate's business.
    monkeypatch.setenv("EVENTWIRE_GATE", "0")
    assert any(e.event == "REJECT" and e.cameo == "128"
               for e in events("Tehran has violated a ban on enriching uranium beyond the agreed level."))
    monkeypatch.delenv("EVENTWIRE_GATE")
    assert any(e.event == "ASSAULT" for e in events("Eritrean troops violated the ceasefire near the border."))
    assert any(e.cameo == "165" for e in events("The Swiss envoy ended mediation efforts between the two parties."))
    assert any(e.event == "RETREAT" and e.cameo == "0842"
               for e in events("Germany returned three bronze sculptures to the government of Nigeria."))
    assert any(e.event == "RETREAT" for e in events("Eritrea let free twenty jailed journalists on Sunday."))
    assert any(e.cameo == "0871" for e in events("Sudan's president announced a three-day cease-fire in Darfur."))


def test_defending_a_policy_in_words_endorses_its_owner() -> None:
    found = [e for e in events("The Hungarian prime minister defended Poland's handling of the border crisis.")
             if e.event == "SUPPORT"]
    assert found and "POL" in {r.code for r in found[0].recipients}
    assert not any(e.event == "SUPPORT" for e in events("Ukrainian troops defended the town against the assault."))


def test_aid_cut_is_a_reduction_of_relations() -> None:
    assert any(e.event == "SANCTION" and e.cameo == "160"
               for e in events("Sweden cut development aid to the military government in Bamako."))


def test_a_lifted_blockade_is_a_retreat_and_observers_received_give_access() -> None:
    assert any(e.event == "RETREAT" and e.cameo == "0872"
               for e in events("The navy lifted its blockade of the southern port on Friday."))
    assert any(e.event == "RETREAT" and e.cameo == "0862"
               for e in events("Belarus received a team of election observers from the OSCE."))
    assert any(e.event == "CONCEDE" for e in events("Jordan lifted the curfew in the northern town on Monday."))


def test_escalation_alerts_sieges_and_lifted_sanctions() -> None:
    assert any(e.event == "ASSAULT" for e in events("Al-Shabaab fighters have stepped up attacks on army bases."))
    assert any(e.event == "MOBILIZE" for e in events("Armenian troops remained on alert along the border."))
    assert any(e.event == "MOBILIZE" for e in events("Belarus has strengthened its forces near the Polish border."))
    assert any(e.event == "COERCE" and e.cameo == "1724"
               for e in events("Peru's government declared a state of siege in two northern provinces."))
    assert not any(e.event == "COERCE" for e in events("The governor declared a state of emergency after the floods."))
    assert any(e.event == "RETREAT" and e.cameo == "085"
               for e in events("The European Union removed the sanctions on the Belarusian potash firm."))


def test_agreeing_with_someone_about_a_fact_is_no_agreement() -> None:
    assert not any(e.event == "AGREE" for e in events(
        "Officials in Ohio said they agree with the inspectors that the bridge was unsafe."))
    assert any(e.event == "AGREE" for e in events("Armenia agreed with Azerbaijan to reopen the rail link."))


def test_a_concession_offered_is_an_offer_and_one_used_as_leverage_a_threat() -> None:
    offered = events("The Algerian president said he is prepared to lift the ban on the opposition party.")
    assert any(e.event == "AGREE" for e in offered), [(e.event, e.cameo) for e in offered]
    announced = events("Israel will withdraw its troops from the town next month.")
    assert any(e.event == "CONCEDE" for e in announced)
    leverage = events("Kenya said it will withdraw its peacekeepers from Somalia unless it is paid.")
    assert any(e.event == "THREATEN" for e in leverage), [(e.event, e.cameo) for e in leverage]
