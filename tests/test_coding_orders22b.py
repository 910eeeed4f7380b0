"""Orders that are themselves force, twenty-second session, second round (issue 4, type).

In PLOVER the one who orders an act of force is its actor: an order to arrest someone is an arrest, an order
for air strikes an air strike, an order that a party or a paper disband or close a ban. Every sentence is
written for this test."""

from __future__ import annotations

from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text


def coded(text: str, trigger: str) -> list:
    return [e for e in code_text(text, published="2021-06-01") if (e.evidence.trigger or "").lower() == trigger]


def codes(text: str, trigger: str) -> set[str]:
    return {e.cameo for e in coded(text, trigger)}


def test_an_order_to_disband_a_party_is_a_ban() -> None:
    assert codes("Thai authorities ordered the opposition party to disband on Monday.", "ordered") == {"1722"}
    assert codes("on friday the election commission ordered two regional parties to dissolve.", "ordered") == {"1722"}


def test_an_order_to_dissolve_or_close_a_body_is_a_restriction() -> None:
    assert codes("the state government on tuesday ordered the youth outfit to dissolve with immediate effect.",
                 "ordered") == {"172"}
    assert codes("A military court ordered two opposition newspapers to close last week.", "ordered") == {"172"}
    assert codes("The junta has ordered the student union to shut down its offices.", "ordered") == {"172"}


def test_an_order_to_arrest_is_an_arrest_by_the_one_who_orders() -> None:
    assert codes("The governor ordered the arrest of the village headman.", "ordered") == {"173"}
    events = coded("The army ordered the arrest of opposition leader Juan Perez.", "ordered")
    assert events and events[0].cameo == "173"
    assert [a.text for a in events[0].actors] == ["army"]
    assert any("Juan Perez" in r.text for r in events[0].recipients)
    assert codes("police commissioner ramesh patil has ordered the arrest of six local leaders.", "ordered") == {"173"}


def test_ordered_air_strikes_are_air_strikes() -> None:
    assert codes("The president ordered air strikes on rebel positions in the north.", "ordered") == {"195"}
    assert codes("In 2015 the prime minister ordered drone strikes against camps in the hills.", "ordered") == {"195"}
    assert codes("The king authorised missile strikes against the insurgents.", "authorised") == {"195"}


def test_orders_that_are_no_force_stay_as_they_were() -> None:
    assert codes("The judge ordered the man to pay a fine.", "ordered") <= {"100", "---", ""} or not codes(
        "The judge ordered the man to pay a fine.", "ordered")
    assert not codes("The court ordered the company to close the factory for a week.", "ordered") & {"172", "1722"}
    assert codes("Iran ordered two British diplomats to leave the country.", "ordered") == {"166"}


def test_an_order_to_disband_read_with_the_party_as_the_infinitive_subject() -> None:
    # the parser may hang the party on "disband" rather than on "ordered"
    text = ("Jakarta: Indonesian authorities ordered former President Widodo's party to disband on Friday, dealing "
            "a setback to its rivals.")
    assert codes(text, "ordered") == {"1722"}
    assert codes("Indonesian authorities ordered the retired general's nationalist party to temporarily dissolve.",
                 "ordered") == {"1722"}


def test_forcing_someone_after_a_first_verb_keeps_that_verbs_subject() -> None:
    text = ("on monday local officials and the police entered the school and forced the headmaster and teachers to "
            "leave the building.")
    assert codes(text, "forced") == {"170"}
    assert codes("The rebels took the town and then compelled the mayor to sign a statement.", "compelled") == {"170"}
    events = code_text("Soldiers surrounded the village on Sunday, detained two elders and forced residents to "
                       "gather in the square.", published="2021-06-01")
    assert not any(e.cameo == "020" for e in events)
    assert any("residents" in [r.text for r in e.recipients] for e in events if e.cameo[:2] == "17")
    assert not code_text("Rising costs hit the firm and forced it to cut jobs.", published="2021-06-01")


def test_dismissing_an_office_holder_is_no_rejection() -> None:
    # a sacking is employment, as "fired"/"sacked" already are; dismissing words or a plea stays a rejection
    assert not codes("The chief minister dismissed the police commissioner on Friday.", "dismissed")
    assert not codes("On Monday the president dismissed his defence minister and two generals.", "dismissed")
    assert not codes("the governor has dismissed superintendent of police r k sharma.", "dismissed")
    assert codes("The minister dismissed the demand for an inquiry.", "dismissed") == {"120"}
    assert codes("Moscow dismissed Washington's proposal.", "dismissed") == {"120"}
    assert codes("The prime minister dismissed the opposition leader as a puppet of foreign powers.",
                 "dismissed") == {"120"}
