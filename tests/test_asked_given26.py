"""Wire phrases of appeals, aid, ties and verdicts the coder left uncoded (session 26), on sentences written for
this project: assistance asked for or sought, an aid package signed, sorties against a target, intelligence sharing
begun, a letter of support, a state thanked or lauded, recognition withdrawn, a place taken over, a guilty verdict,
forces pulled out, a relationship suspended. Each family has readings beside it that must stay uncoded."""

from __future__ import annotations

from functools import partial

import pytest

from coded import coded_event
from eventwire.coding import code_text

PUBLISHED = "2024-03-01"

pytestmark = pytest.mark.usefixtures("rules_only")  # the rules themselves, without the learned gate

_event = partial(coded_event, published=PUBLISHED)


def _events(text: str) -> list:
    return code_text(text, published=PUBLISHED)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    ("Bolivia asked Brazil for military assistance against the smugglers.", "0232", "BOL", "BRA"),
    ("The Georgian government asked Poland for anti-aircraft systems.", "0232", "GEO", "POL"),
    ("Tunisia has asked the IMF for new loans to cover its deficit.", "0231", "TUN", "IGO"),
    ("Malawi sought assistance from Zambia after the cyclone.", "023", "MWI", "ZMB"),
    ("Honduras asked Canada for food and medicine for the flood victims.", "0233", "HND", "CAN"),
])
def test_assistance_asked_for_is_an_appeal(text: str, cameo: str, actor: str, recipient: str) -> None:
    found = _event(text, "REQUEST")
    assert found.cameo == cameo
    assert actor in {a.code for a in found.actors}
    assert recipient in {r.code for r in found.recipients}


def test_a_review_asked_for_is_a_request() -> None:
    assert _event("The main opposition party asked for an independent review of the vote count.", "REQUEST")


@pytest.mark.parametrize("text", [
    "Officials asked for comment did not respond.",
    "The minister asked for patience from commuters.",
    "The senator is seeking re-election next year.",
    "The midfielder asked for a transfer to a rival club.",
])
def test_other_things_asked_for_stay_uncoded(text: str) -> None:
    assert not [e for e in _events(text) if e.event == "REQUEST"]


def test_an_aid_package_signed_is_aid() -> None:
    found = _event("The Korean president signed a $500 million aid package for Ethiopia.", "AID")
    assert "ETH" in {r.code for r in found.recipients}


def test_a_loan_programme_topped_up_is_no_aid() -> None:
    assert not [e for e in _events("The bank added $5 million to its loan programme for farmers.") if e.event == "AID"]


def test_sorties_against_a_target_are_air_strikes() -> None:
    found = _event("Russian warplanes launched scores of sorties against militant camps on Sunday.", "ASSAULT")
    assert found.cameo == "195"


def test_sorties_with_no_target_are_no_attack() -> None:
    assert not [e for e in _events("The air force flew several sorties over the Baltic Sea.") if e.event == "ASSAULT"]


def test_intelligence_sharing_begun_is_cooperation() -> None:
    found = _event("Ghana began intelligence sharing with Togo on Monday.", "COOPERATE")
    assert found.cameo == "064"
    assert "TGO" in {r.code for r in found.recipients}


def test_a_letter_of_support_is_support() -> None:
    found = _event("Portugal sent a letter of solidarity to Mozambique.", "SUPPORT")
    assert "MOZ" in {r.code for r in found.recipients}


def test_a_letter_to_an_editor_is_nothing() -> None:
    assert not _events("He sent a letter to the editor of the newspaper.")


@pytest.mark.parametrize("text, recipient", [
    ("The Kenyan president thanked Norway for its help with the refugees.", "NOR"),
    ("The foreign minister lauded Senegal for its peaceful election.", "SEN"),
])
def test_a_state_thanked_or_lauded_is_praise(text: str, recipient: str) -> None:
    found = _event(text, "SUPPORT")
    assert found.cameo == "051"
    assert recipient in {r.code for r in found.recipients}


@pytest.mark.parametrize("text", [
    "The general thanked the soldiers for their service.",
    "The president thanked voters for their patience.",
])
def test_thanks_to_people_are_courtesy(text: str) -> None:
    assert not [e for e in _events(text) if e.event == "SUPPORT"]


def test_recognition_withdrawn_breaks_relations() -> None:
    found = _event("Paraguay withdrew its recognition of the breakaway region.", "SANCTION")
    assert found.cameo == "161"
    assert not [e for e in _events("Paraguay withdrew its recognition of the breakaway region.")
                if e.event == "RETREAT"]


def test_a_building_taken_over_by_rebels_is_ground_taken() -> None:
    found = _event("Armed rebels took over the state broadcaster on Saturday.", "ASSAULT")
    assert found.cameo == "192"


@pytest.mark.parametrize("text", [
    "The company took over the airport's cargo business.",
    "The new coach took over the team in March.",
    "Detectives took over the investigation from the local force.",
])
def test_other_things_taken_over_stay_no_attack(text: str) -> None:
    assert not [e for e in _events(text) if e.event in {"ASSAULT", "PROTEST"}]


def test_a_guilty_verdict_is_a_conviction() -> None:
    found = _event("A court in Lagos found three journalists guilty of sedition.", "SANCTION")
    assert found.cameo == "116"


def test_forces_pulled_out_of_a_place_retreat() -> None:
    assert _event("The Ethiopian army has pulled most of its troops out of the town.", "RETREAT")


def test_a_relationship_suspended_is_a_sanction() -> None:
    found = _event("Belize has suspended its relationship with Guatemala.", "SANCTION")
    assert "GTM" in {r.code for r in found.recipients}


@pytest.mark.parametrize("text", [
    "Sudan halted its military offensive in Darfur on Saturday.",
    "The navy suspended air strikes on the port city.",
    "Both armies ended their military operations in the border zone on Friday.",
    "The insurgents stopped their attacks on the highway.",
])
def test_military_acts_ended_are_de_escalation(text: str) -> None:
    found = _event(text, "RETREAT")
    assert found.cameo == "087"
    assert not [e for e in _events(text) if e.event in {"ASSAULT", "CONCEDE"}]


def test_a_halt_not_made_is_negated() -> None:
    found = _event("The army did not halt its offensive in the south.", "RETREAT")
    assert found.modality.negated


def test_an_arms_embargo_imposed_is_a_sanction() -> None:
    found = _event("The Security Council imposed an arms embargo on Libya.", "SANCTION")
    assert found.cameo == "163"


@pytest.mark.parametrize("text, actor", [
    ("The Arab League welcomed the truce agreement.", "IGO"),
    ("Canada endorsed the peace plan on Monday.", "CAN"),
    ("Chile's senate ratified the trade treaty.", "CHL"),
    ("Norway lauded the prisoners' release.", "NOR"),
])
def test_an_accord_endorsed_needs_no_named_recipient(text: str, actor: str) -> None:
    found = _event(text, "SUPPORT")
    assert found.actors[0].code == actor or actor in {a.code for a in found.actors}


@pytest.mark.parametrize("text", [
    "The mayor welcomed the new park.",
    "The company welcomed the decision.",
])
def test_other_things_welcomed_stay_uncoded(text: str) -> None:
    assert not [e for e in _events(text) if e.event == "SUPPORT"]


def test_a_crossing_reopened_is_coded_as_opened() -> None:
    text = "Jordan reopened the border crossing with Syria for trucks."
    reopened = [(e.event, e.cameo) for e in _events(text)]
    assert reopened and reopened == [(e.event, e.cameo) for e in _events(text.replace("reopened", "opened"))]


def test_a_street_reopened_is_nothing() -> None:
    assert not _events("The city reopened the main street after repairs.")


def test_attacks_a_change_would_stop_are_still_told() -> None:
    text = "Officials argue that capturing the ridge would stop missile attacks against the port."
    assert _event(text, "ASSAULT", "attacks")


@pytest.mark.parametrize("text", [
    "The city council sought the support of local businesses for the festival.",
    "The governor asked for an emergency declaration because of the costs.",
    "The US approved a deal to sell four patrol boats to Ghana.",
])
def test_support_sought_or_a_deal_approved_is_no_new_event(text: str) -> None:
    assert not [e for e in _events(text) if e.event in {"REQUEST", "SUPPORT"}]


@pytest.mark.parametrize("text", [
    "A county jury found the defendant guilty of fraud on Tuesday.",
    "Residents say people should be able to seek help from doctors.",
])
def test_private_verdicts_and_private_help_stay_uncoded(text: str) -> None:
    assert not [e for e in _events(text) if e.event in {"SANCTION", "REQUEST"}]


@pytest.mark.parametrize("text", [
    "The Peruvian president stood down on Sunday after the vote.",
    "The Maltese prime minister has quit.",
])
def test_a_head_standing_down_or_quitting_resigns(text: str) -> None:
    assert _event(text, "RETREAT").cameo == "0831"


def test_troops_standing_down_resign_nothing() -> None:
    assert not [e for e in _events("The troops stood down after the alert.") if e.cameo == "0831"]


def test_the_opposition_alone_is_an_actor() -> None:
    found = _event("The opposition accused the interior minister of rigging the count.", "ACCUSE")
    assert found.actors[0].sector == "OPP"


def test_opposition_to_a_plan_is_no_actor() -> None:
    assert not [e for e in _events("The dam project met strong opposition from farmers.")
                if any(a.sector == "OPP" for a in [*e.actors, *e.recipients])]


@pytest.mark.parametrize("text, cameo", [
    ("The prime minister ordered troops to guard the airport.", "154"),
    ("The president ordered extra police into the eastern region.", "154"),
    ("The general ordered his soldiers to withdraw from the valley.", "0874"),
])
def test_an_order_to_ones_own_forces_is_their_move(text: str, cameo: str) -> None:
    found = [e for e in _events(text) if e.cameo == cameo]
    assert found and not [e for e in _events(text) if e.event == "REQUEST"]


def test_observers_fired_are_sent_away_and_staff_fired_is_nothing() -> None:
    assert _event("The president fired four foreign observers on Monday.", "SANCTION").cameo == "1662"
    assert not [e for e in _events("The governor fired his chief of staff.") if e.event == "ASSAULT"]


def test_conscripts_called_up_are_a_mobilisation() -> None:
    assert _event("The army called up conscripts for a new offensive.", "MOBILIZE")
