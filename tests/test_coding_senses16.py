"""Types and everyday senses, sixteenth session: a call for a halt is a plain appeal, a request made at a
meeting is no request to meet, naming something is no appeal, a police sweep is coercion, a consequence
that "forces" someone is no act, forcing someone is coercion, figurative lending, and a leader
instructing his own staff. Every sentence is written for this test."""

from __future__ import annotations

from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text
from eventwire.coding.triggers import verb_trigger
from eventwire.nlp.parse import parse

PUBLISHED = "2002-03-10"


def events(text: str) -> list[tuple[str, str | None]]:
    return [(e.event, e.mode) for e in code_text(text, published=PUBLISHED)]


def _code(text: str, word: str) -> str | None:
    doc = parse(text)
    verb = next(t for t in doc if t.lower_ == word)
    trigger = verb_trigger(verb)
    return trigger.code if trigger else None


def test_call_for_a_halt_is_a_plain_appeal() -> None:
    assert _code("The bishops called for an immediate halt to the burning of homes in the district.", "called") == "020"
    assert _code("The council urged an end to the clashes between the two villages.", "urged") == "020"
    assert ("REQUEST", "meet") not in events(
        "The bishops called on the government for an immediate halt to the burning of homes.")


def test_request_made_at_a_meeting_is_no_request_to_meet() -> None:
    assert _code("the traders were asked by the collector at a meeting on monday to reopen their shops.",
                 "asked") == "020"
    # what is asked for is still read: a call for talks stays a request to meet
    assert _code("The mediators called for talks between the two factions.", "called") != "020"


def test_naming_something_is_no_appeal() -> None:
    assert "REQUEST" not in [kind for kind, _ in events("The mayor called the fire a tragedy for the whole town.")]
    assert _code("The mayor called the fire a tragedy for the whole town.", "called") == "---"


def test_police_sweep_is_coercion_not_assault() -> None:
    found = events("The city police launched a combing operation against the arsonists on Friday.")
    assert ("COERCE", None) in found and not any(kind == "ASSAULT" for kind, _ in found)
    # an army's operation against rebels stays an assault
    assert any(kind == "ASSAULT" for kind, _ in events("The army launched an operation against the rebels in the hills."))


def test_consequence_that_forces_is_no_act() -> None:
    assert _code("A crowd threw stones at the station, forcing the guards to shut the gates.", "forcing") == "---"


def test_forcing_someone_is_coercion() -> None:
    assert _code("The militia forced the villagers to leave their homes.", "forced") == "170"
    assert ("COERCE", None) in events("The militia forced the villagers to leave their homes.")


def test_figurative_lending_is_no_cooperation() -> None:
    assert _code("The strike is lending a fresh urgency to the talks.", "lending") == "---"
    assert _code("The neighbours are lending support to the rebels.", "lending") != "---"


def test_leader_instructing_own_staff_is_no_request() -> None:
    assert _code("The governor instructed his aides to prepare a report on the floods.", "instructed") == "---"
    assert "REQUEST" not in [kind for kind, _ in events(
        "The governor instructed his aides to prepare a report on the floods.")]
    # instructions to the police are still requests
    assert _code("The governor instructed the police to arrest the looters.", "instructed") != "---"


def test_hyphenated_modifier_is_no_event() -> None:
    assert not any(kind == "PROTEST" for kind, _ in events(
        "The party sent lawyers to help families in the riot-camps file their complaints."))
    # a coordination inside the compound still names the acts
    assert any(kind == "ASSAULT" for kind, _ in events("A mob went on an assault-and-looting spree in the market."))


def test_everyday_approval_sanction_stand_message() -> None:
    assert _code("The speech ended to approving nods from the ruling benches.", "approving") == "---"
    assert _code("The centre has sanctioned two more companies of the reserve police for the district.",
                 "sanctioned") == "---"
    assert _code("The council sanctioned the regime for its missile tests.", "sanctioned") != "---"
    assert _code("Several ministers refuse to take a stand on the dispute.", "refuse") == "---"
    assert _code("What message is he conveying to the nation with this tour?", "conveying") == "---"


def test_people_described_as_stationed_are_no_deployment() -> None:
    assert _code("The officers stationed in the valley planned the raids.", "stationed") == "---"
    assert _code("The ministry has stationed two battalions along the border.", "stationed") != "---"


def test_an_order_for_an_administrative_step_is_no_request() -> None:
    assert _code("The state government ordered the postponement of the civic polls by three months.",
                 "ordered") == "---"
    assert _code("The embassy ordered the departure of its non-essential staff.", "ordered") == "---"
    # orders to someone, or for an act the lexicon names, are kept
    assert _code("The court ordered the government to maintain the status quo.", "ordered") != "---"
    assert _code("The home minister ordered the arrest of the two leaders.", "ordered") != "---"
