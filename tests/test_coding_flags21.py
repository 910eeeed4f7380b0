"""Flags, twenty-first session (issue 4): background and modality on police and riot news.

Every sentence is written for this test."""

from __future__ import annotations

from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text

DATELINE = "2002-03-10"


def flags(text: str, trigger: str, published: str = DATELINE) -> set[str]:
    events = [e for e in code_text(text, published=published) if (e.evidence.trigger or "").lower() == trigger]
    assert events, f"no event on {trigger!r}"
    m = events[0].modality
    return {k for k in ("negated", "hypothetical", "future", "historical") if getattr(m, k)}


def test_a_happening_named_by_month_and_year_in_lower_case_is_background() -> None:
    assert "historical" in flags("the violence in the old city is a replay of the october 1989 riots in the town.",
                                 "riots")


def test_a_happening_named_by_month_and_year_is_background() -> None:
    assert "historical" in flags("The curfew brought back memories of the August 1995 massacre of the villagers.",
                                 "massacre")


def test_a_happening_named_by_this_month_and_year_is_not_background() -> None:
    assert "historical" not in flags("police said the march 2002 riots were still under investigation.", "riots")


def test_a_gerund_of_time_under_a_negated_verb_is_done() -> None:
    text = ("The regional party is upset that the federal government did not consult its allies before instructing "
            "the solicitor general to seek a stay.")
    assert "negated" not in flags(text, "instructing")
    assert "negated" in flags(text, "consult")


def test_a_gerund_after_a_negated_resignation_is_done() -> None:
    assert "negated" not in flags("The mayor did not resign after meeting the governor on Monday.", "meeting")


def test_a_gerund_of_time_shares_the_future() -> None:
    assert "future" in flags("The police will not leave the village before arresting the two suspects.", "arresting")


def test_without_still_negates() -> None:
    assert "negated" in flags("The crowd dispersed without attacking the shops.", "attacking")


def test_considering_that_takes_its_content_as_fact() -> None:
    text = "Considering that the frontier state has a heavy deployment of the army, the excuse is weak."
    assert not flags(text, "deployment") & {"hypothetical", "future"}


def test_a_government_considering_a_deployment_is_still_weighing_it() -> None:
    assert "hypothetical" in flags("The ministry is considering the deployment of troops in the province.",
                                   "deployment")


def test_it_is_necessary_for_someone_to_act_is_wanted_not_done() -> None:
    text = "It is necessary for the federal government to deploy the army in the province, the senator said."
    assert "hypothetical" in flags(text, "deploy")


def test_it_is_essential_that_someone_acts_is_wanted_not_done() -> None:
    assert "hypothetical" in flags("It is essential that the state deploys the army in the province, he said.",
                                   "deploys")


def test_a_deployment_done_because_it_was_necessary_is_done() -> None:
    text = "The government deployed the army because it was necessary to restore order."
    assert not flags(text, "deployed") & {"hypothetical", "future", "negated"}


def test_letting_a_mob_loose_is_no_concession() -> None:
    text = "Residents said the police were allowing mobs to go on a looting spree in the old quarter."
    assert not [e for e in code_text(text, published=DATELINE) if e.event == "CONCEDE"]


def test_letting_rioters_loot_is_no_concession_but_the_looting_stays() -> None:
    events = code_text("The police let the rioters loot the shops for hours, residents said.", published=DATELINE)
    assert not [e for e in events if e.event == "CONCEDE"]
    assert [e for e in events if e.evidence.trigger == "loot"]


def test_allowing_a_rally_is_still_a_concession() -> None:
    events = code_text("The government allowed the opposition to hold a rally in the square.", published=DATELINE)
    assert [e for e in events if e.event == "CONCEDE"]
