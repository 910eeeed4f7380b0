"""Parties the enrichment found no actor for (issue 4, precision): a person, firm or group the
dictionaries do not know is written as the sentence names it, uncoded, rather than left out; and a
place is not made the target of an appeal, a protest, an arrest or a meeting held there. Every
sentence is written for this test."""

from __future__ import annotations

import pytest

from eventwire.coding import code_text
from eventwire.coding import gate

PUBLISHED = "2023-06-14"


@pytest.fixture(autouse=True)
def _no_gate():
    gate.set_enabled(False)  # the rules themselves, whatever the learned gate keeps
    yield
    gate.set_enabled(None)


def events(text: str, kind: str):
    return [e for e in code_text(text, published=PUBLISHED) if e.event == kind]


def test_unknown_person_charged_is_named() -> None:
    [event] = events("Police charged Okonkwo with fraud on Monday.", "ACCUSE")
    assert [r.text for r in event.recipients] == ["Okonkwo"]
    assert event.recipients[0].code is None


def test_pronoun_target_is_kept() -> None:
    [event] = events("The Interior Ministry accused him of spying for a foreign power on Monday.", "ACCUSE")
    assert [r.text for r in event.recipients] == ["him"]


def test_unknown_firm_investigated_is_named() -> None:
    [event] = events("The state attorney general is investigating Quillmart over its hiring.", "ACCUSE")
    assert [r.text for r in event.recipients] == ["Quillmart"]


def test_relative_clause_doer_is_named() -> None:
    found = events("Prosecutors named Dario Velk, who bombed the courthouse in Lagos on Monday.", "ASSAULT")
    assert found and [a.text for a in found[0].actors] == ["Dario Velk"]


def test_owner_of_an_arrest_is_not_the_arrester() -> None:
    for event in events("After Velkov's arrest in Sofia on Monday, his lawyer appealed.", "COERCE"):
        assert all(a.text != "Velkov" for a in event.actors)


def test_no_inherited_subject_is_named() -> None:
    for event in events("By Monday evening, the Ossetians counted two dead and nine wounded.", "ASSAULT"):
        assert not event.actors


def test_dateline_is_no_party() -> None:
    for event in events("BRADFORD — A man wanted for robbery has been arrested by city police.", "COERCE"):
        assert all(r.text != "BRADFORD" for r in event.recipients)


def test_headline_words_are_no_party() -> None:
    for event in events("Envoy Condemns Border Attack That Killed Two Guards.", "ASSAULT"):
        assert not event.actors


def test_known_actors_stay_coded() -> None:
    [event] = events("Russian troops shelled Kharkiv on Monday.", "ASSAULT")
    assert event.recipients and event.recipients[0].code == "UKR"


@pytest.mark.parametrize("text, kind", [
    ("At a rally in Ohio, the president called for tougher border security.", "REQUEST"),
    ("Teachers rallied in Oklahoma for higher pay on Monday.", "PROTEST"),
    ("Police arrested Marten Sook near the Latvian border on Monday.", "COERCE"),
])
def test_place_is_no_target(text: str, kind: str) -> None:
    for event in events(text, kind):
        assert all(r.code not in {"USA", "LVA"} for r in event.recipients), event.recipients


def test_prior_arrests_are_background() -> None:
    for event in events("He has prior arrests for theft and trespassing.", "COERCE"):
        assert event.modality.historical


def test_decided_act_is_no_intention() -> None:
    for event in code_text("The European Union decided on Monday to ease sanctions on Belarus.", published=PUBLISHED):
        if event.event in {"CONCEDE", "AGREE"}:
            assert not event.modality.future


def test_undecided_act_stays_open() -> None:
    found = [e for e in code_text("The European Union may decide to ease sanctions on Belarus.", published=PUBLISHED)
             if e.event in {"CONCEDE", "AGREE"}]
    assert all(e.modality.hypothetical or e.modality.future for e in found)


def test_presupposed_attack_not_negated() -> None:
    found = events("Police have not determined whether the stabbing was linked to the bombing in Lagos.", "ASSAULT")
    assert any(e.evidence.trigger == "bombing" and not e.modality.negated for e in found)


def test_who_condemns_an_attack_is_not_its_doer() -> None:
    for event in events("The Foreign Ministry condemned the attack on the embassy in Kabul on Monday.", "ASSAULT"):
        assert all(a.sector != "GOV" for a in event.actors), event.actors


def test_members_of_a_group_are_the_target() -> None:
    [event] = events("The Interior Minister accused a clique of judges of shielding smugglers on Monday.", "ACCUSE")
    assert any("judges" in r.text for r in event.recipients)


def test_which_clause_names_no_doer() -> None:
    for event in events("A bomb hit a rally for Governor Tamsin Okafor which killed twelve people on Monday.", "ASSAULT"):
        assert all("Okafor" not in a.text for a in event.actors), event.actors


def test_bare_participle_subject_is_no_doer() -> None:
    for event in events("Teen Arrested In Oxford Bar After Fight.", "COERCE"):
        assert not event.actors
    for event in events("He has seen his new Vauxhall attacked outside his home four times.", "ASSAULT"):
        assert all(a.text != "Vauxhall" for a in event.actors)
