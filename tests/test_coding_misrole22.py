"""Parties in the wrong place (misrole, twenty-second session): a common noun for a place in a phrase that says
where an act was done, on what ground, to or from where ("on the acquired land", "entry to the temple town",
"sent to several villages") is no party, and neither is a place named in an event noun's "in" phrase ("the
massacre in gujarat"): the place roles keep them, and a state's act abroad still targets the place's state. A
violent act aimed at a place keeps it as the target. Every sentence is written for this test."""

from __future__ import annotations

from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text

PUBLISHED = "2023-06-14"


def parties(text: str, kind: str | None = None) -> list[tuple[list[str], list[str]]]:
    return [([a.text for a in e.actors], [r.text for r in e.recipients])
            for e in code_text(text, published=PUBLISHED) if kind in {None, e.event}]


# --- a common noun for a place after a preposition says where, not whom ---

def test_prayers_refused_on_the_acquired_land() -> None:
    events = parties("The state government will never allow prayers on the acquired land.", "REJECT")
    assert events and all(actors == ["state government"] and "land" not in recipients for actors, recipients in events)


def test_gatherings_banned_on_the_land() -> None:
    events = parties("The commissioner banned all gatherings on the acquired land for a week.", "COERCE")
    assert events and all(actors == ["commissioner"] and recipients == [] for actors, recipients in events)


def test_entry_restricted_to_the_temple_town_names_the_pilgrims_only() -> None:
    events = parties("Officials restricted the entry of pilgrims to the temple town.", "COERCE")
    assert events and all(recipients == ["pilgrims"] for _, recipients in events)


def test_movement_restricted_to_a_hill_town() -> None:
    events = parties("The police restricted the movement of tourists to the hill town.", "COERCE")
    assert events and all(recipients == ["tourists"] for _, recipients in events)


def test_police_rushed_to_villages_target_no_village() -> None:
    events = parties("Police were rushed to four villages in the district to control the situation.", "MOBILIZE")
    assert events and all(actors == ["Police"] and recipients == [] for actors, recipients in events)


def test_troops_sent_to_villages_near_the_border() -> None:
    events = parties("More troops were sent to several villages near the border on Friday.", "MOBILIZE")
    assert events and all(recipients == [] for _, recipients in events)


def test_a_village_attacked_is_still_the_target() -> None:
    events = parties("Rebels attacked the village at dawn.", "ASSAULT")
    assert events and all(recipients == ["village"] for _, recipients in events)


def test_towns_fired_on_are_still_targets() -> None:
    events = parties("Russia fired on Kupiansk and other towns near the frontier.", "ASSAULT")
    assert events and all("other towns" in recipients for _, recipients in events)


def test_towns_an_infinitive_hangs_on_do_not_quell() -> None:
    for text in ("it was only by sunday evening that troops could at last be deployed in vadodara and two other "
                 "towns to stop the rioting.",
                 "Army columns were deployed in Bhuj and four other towns to control the mobs."):
        assert all("towns" not in " ".join(actors) for actors, _ in parties(text))


# --- a place named in an event noun's "in" phrase is where it happened ---

def test_a_massacre_in_a_state_does_not_target_the_state() -> None:
    events = parties("the massacre in bihar carried out by caste militias shocked the nation.", "ASSAULT")
    assert events and all("bihar" not in recipients for _, recipients in events)


def test_riots_in_a_lower_case_town_do_not_target_it() -> None:
    events = parties("the riots in naroda planned by local goons left many dead.", "PROTEST")
    assert events and all("naroda" not in recipients for _, recipients in events)


def test_an_attack_in_a_town_targets_no_town() -> None:
    events = parties("since the fatal attack on it in anand ten days back, the bus has not run.", "ASSAULT")
    assert events and all("anand" not in recipients for _, recipients in events)


def test_a_state_attack_abroad_still_targets_the_place_state() -> None:
    events = parties("Israel carried out an attack in Gaza.", "ASSAULT")
    assert events and all(recipients == ["Gaza"] for _, recipients in events)


# --- a force an act is done with is its means, not its target ---

def test_riots_controlled_with_a_police_force() -> None:
    for actors, recipients in parties("The commissioner said he would handle any trouble with the available police."):
        assert "available police" not in recipients


def test_protesters_dispersed_with_a_police_force() -> None:
    events = parties("Officials dispersed the protesters with a large police force on Sunday.", "ASSAULT")
    assert events and all(recipients == ["protesters"] for _, recipients in events)


def test_unrest_quelled_with_the_army() -> None:
    events = parties("The governor quelled the unrest with the army.", "COERCE")
    assert events and all("army" not in recipients for _, recipients in events)


def test_a_clash_with_the_army_keeps_the_army() -> None:
    events = parties("The rebels clashed with the army near the market.", "ASSAULT")
    assert events and all(recipients == ["army"] for _, recipients in events)


# --- where a march goes is a place, unless the dictionaries know it as a body ---

def test_marches_to_a_named_ground_address_no_one() -> None:
    for text in ("Hundreds of students marched to Jantar Mantar on Friday to protest the killings.",
                 "Thousands of teachers marched to Azad Maidan on Tuesday.",
                 "Angry villagers marched to Ramlila Maidan demanding compensation.",
                 "Students from the university rallied to Freedom Square after the verdict."):
        events = parties(text, "PROTEST")
        assert events and all(recipients == [] for _, recipients in events), text


def test_a_march_to_a_ministry_addresses_it() -> None:
    events = parties("Protesters marched to the Interior Ministry.", "PROTEST")
    assert events and all(recipients == ["Interior Ministry"] for _, recipients in events)
