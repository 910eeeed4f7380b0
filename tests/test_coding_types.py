"""Event types and CAMEO codes (issue 4, seventh session): phone calls, failed talks, sending people
to investigate, labour strikes on a weekday, promises to end a conflict, offers and approvals, and
threat codes. The causes came from the dev halves (GSR odd ids, ConfliBERT training sentences);
every sentence here was written for this test."""

from __future__ import annotations

from eventwire.coding import code_text
from eventwire.coding.ontology import threat_code

PUBLISHED = "2023-06-14"


def kinds(text: str) -> list[tuple[str, str]]:
    return [(e.event, e.cameo) for e in code_text(text, published=PUBLISHED)]


def test_a_leader_phoning_another_is_a_consultation() -> None:
    assert ("CONSULT", "041") in kinds("President Macron called Chancellor Scholz on Tuesday to congratulate him.")
    assert ("CONSULT", "041") in kinds("Joe Biden called Vladimir Putin on Saturday.")


def test_calling_on_someone_to_act_stays_an_appeal() -> None:
    found = kinds("Germany called on Russia to withdraw its forces from the border.")
    assert found and all(event != "CONSULT" for event, _ in found), found


def test_failing_to_reach_agreement_is_a_rejection() -> None:
    found = kinds("Serbia and Kosovo failed to reach agreement on the border on Thursday.")
    assert ("REJECT", "120") in found and all(event != "AGREE" for event, _ in found), found


def test_failing_to_attend_is_still_nothing() -> None:
    assert all(event != "REJECT" for event, _ in kinds("The Greek minister failed to attend the summit in Sofia."))


def test_experts_sent_to_investigate_are_an_investigation() -> None:
    found = kinds("Norway sent a team of experts to investigate the attack on the pipeline.")
    assert found and found[0][0] == "ACCUSE", found
    assert all(event not in {"MOBILIZE", "AID"} for event, _ in found), found


def test_a_strike_on_a_weekday_is_a_labour_strike() -> None:
    found = kinds("Thousands of Italian railway workers began a strike on Monday over pay.")
    assert ("PROTEST", "143") in found and all(event != "ASSAULT" for event, _ in found), found


def test_agreeing_to_end_a_conflict_is_no_threat() -> None:
    for text in ("India and Pakistan agreed to a ceasefire to end the fighting in Kashmir.",
                 "The Ethiopian government agreed to call off its offensive in Tigray."):
        assert all(event != "THREATEN" for event, _ in kinds(text)), (text, kinds(text))


def test_offering_troops_to_help_is_no_threat() -> None:
    found = kinds("Kenya has offered to send troops to Haiti to help the police.")
    assert all(event != "THREATEN" for event, _ in found), found


def test_a_council_approving_a_deployment_is_no_threat() -> None:
    found = kinds("The UN Security Council approved the deployment of peacekeepers to Mali on Friday.")
    assert all(event != "THREATEN" for event, _ in found), found


def test_a_vow_to_attack_is_a_threat_with_a_threat_code() -> None:
    found = kinds("The Houthis vowed on Sunday to attack Saudi oil facilities.")
    assert any(event == "THREATEN" and code.startswith("13") for event, code in found), found


def test_threat_codes_follow_what_is_threatened() -> None:
    assert threat_code("190", None) == "138" and threat_code("143", "restrict") == "133"
    assert threat_code("030", "violence") == "138" and threat_code("0874", "relations") == "136"
    assert threat_code("1312", "restrict") == "1312"


def test_refusing_to_end_a_strike_is_a_refusal_and_ending_it_a_concession() -> None:
    refused = kinds("Chilean copper miners will not end the strike until the company raises wages.")
    assert ("REJECT", "1242") in refused and all(event != "PROTEST" for event, _ in refused), refused
    assert ("CONCEDE", "082") in kinds("The teachers' union ended its strike on Friday after the government raised salaries.")


def test_diplomatic_ties_raised_or_lowered() -> None:
    assert ("SUPPORT", "050") in kinds("Portugal and Angola upgraded their diplomatic ties on Tuesday.")
    assert ("SANCTION", "161") in kinds("Turkey downgraded its diplomatic ties with the Netherlands on Monday.")


def test_sharing_intelligence_with_a_state_is_cooperation() -> None:
    assert ("COOPERATE", "064") in kinds("Norway has been sharing intelligence with Poland about the border.")
    assert all(event != "COOPERATE" for event, _ in kinds("The company shared the video with reporters."))


def test_a_force_engaged_in_ethnic_cleansing_is_mass_violence() -> None:
    assert ("ASSAULT", "203") in kinds("Militia forces engaged in ethnic cleansing in the region, the UN said on Monday.")


def test_fighters_laying_down_their_arms_demobilise() -> None:
    assert ("RETREAT", "0873") in kinds("The rebels laid down their arms in Goma on Sunday.")


def test_hitting_people_or_towns_with_arms_is_an_attack() -> None:
    for text in ("A rocket hit the town of Sderot.",
                 "A police officer hit a student with his baton during the protest in Nairobi."):
        assert any(event == "ASSAULT" for event, _ in kinds(text)), (text, kinds(text))
    for text in ("The storm hit the coast of Florida.", "Shares hit a record high on Monday."):
        assert all(event != "ASSAULT" for event, _ in kinds(text)), (text, kinds(text))
