"""Doers named as a group with its members, or as a count of states (sentences of our own)."""

from eventwire.coding import code_text


def _actors(text: str, event: str) -> list[list[str | None]]:
    return [[a.code for a in e.actors] for e in code_text(text) if e.event == event]


def test_members_named_with_including_act_with_the_group() -> None:
    found = _actors("Critics, including the European Union, accused the government of silencing the press.", "ACCUSE")
    assert any("EU" in codes for codes in found)


def test_members_in_apposition_to_a_plural_group_act() -> None:
    found = _actors("Two neighbouring states — Chile and Peru — rejected the border proposal on Monday.", "REJECT")
    assert any({"CHL", "PER"} <= set(codes) for codes in found)


def test_a_count_of_countries_is_a_state_actor() -> None:
    events = code_text("Nearly forty countries agreed to share tax records with each other.")
    assert any(e.event == "AGREE" and any(a.sector == "GOV" for a in e.actors) for e in events)
