"""Who speaks for a body (heads22): the head, spokesman or general secretary of a party, a faith body, a union or a
body no list knows takes that body's sector, or none, not the government's; the mention reaches over the body
named before the title, in text with capitals and without. Every sentence is written for this test (the bodies'
kinds are real, the names made up or public)."""

from __future__ import annotations

from datetime import date

from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text
from eventwire.nlp.actors import resolve_actor_text

DAY = date(2002, 3, 5)
TAIL = " the town stayed tense through the day and most shops remained shut in the old quarter of the city."


def events(sentence: str, kind: str):
    return [e for e in code_text(sentence + TAIL, published="2002-03-05")
            if e.event == kind and e.evidence.start < len(sentence)]


def doer(sentence: str, kind: str) -> tuple[str, str | None]:
    [event] = events(sentence, kind)
    [actor] = event.actors
    return actor.text, actor.sector


def test_a_known_body_before_a_ranked_title_is_the_heads() -> None:
    # a party's or a faith body's head, with a word that ranks the title between, in lower case
    assert doer("bjp national president ravi shankar rejected the demand of the state unit.", "REJECT") \
        == ("bjp national president ravi shankar", "PTY")
    assert doer("the vhp working president demanded the lifting of curbs on the pilgrims.", "REQUEST") \
        == ("vhp working president", "REL")
    assert doer("the rss acting spokesman mohan das accused the government of appeasement.", "ACCUSE") \
        == ("rss acting spokesman mohan das", "REL")


def test_the_head_of_a_body_no_list_knows_has_no_government_sector() -> None:
    # lower case: any noun compounded before the title names the body
    text, sector = doer("cova president anil varma condemned the killings in the old city.", "ACCUSE")
    assert text.startswith("cova president") and sector is None
    text, sector = doer("kisan sabha general secretary mohan lal demanded relief for farmers from the state.",
                        "REQUEST")
    assert text.startswith("kisan sabha") and sector is None
    # with capitals: an acronym before the title
    text, sector = doer("The AIMC secretary-general Peter Dsouza condemned the attack on the church.", "ACCUSE")
    assert text.startswith("AIMC") and sector is None
    text, sector = doer("The NUJ president Ravi Menon criticised the police for the assault on reporters.", "ACCUSE")
    assert text.startswith("NUJ president") and sector is None


def test_a_title_with_an_of_phrase_naming_an_unknown_body() -> None:
    assert sectors("the spokesman of the trust") == (None, None)
    assert sectors("president of the association") == (None, None)
    assert sectors("the spokesperson of the forum") == (None, None)
    text, sector = doer("the spokesman of the trust accused the police of bias.", "ACCUSE")
    assert text == "spokesman of the trust" and sector is None
    # a state's head keeps the state's sector
    assert sectors("the president of the nation")[1] == "GOV"
    assert sectors("president of india") == ("IND", "GOV")
    assert sectors("the president of the university")[1] == "EDU"


def test_state_heads_are_left_as_they_were() -> None:
    assert doer("Vice President Dick Cheney met the Saudi king on Monday.", "CONSULT") \
        == ("Vice President Dick Cheney", "GOV")
    assert doer("the president of the republic urged citizens to remain calm.", "REQUEST")[1] == "GOV"


def sectors(phrase: str) -> tuple[str | None, str | None]:
    actor = resolve_actor_text(phrase, anchor=DAY)
    assert actor is not None, phrase
    return actor.code, actor.sector


def test_a_ranked_title_after_a_party_is_the_partys_officer() -> None:
    # "state secretary" is one title in the lists (a state's); after a party it is the party's
    assert doer("The CPI(M) state secretary criticised the chief minister for the delay.", "ACCUSE") \
        == ("CPI(M) state secretary", "PTY")
    assert doer("the rjd state secretary urged the governor to dismiss the government.", "REQUEST")[1] == "PTY"
    # a phrase the parser hangs the verb on: the titled phrase is still the doer
    assert doer("cpm state secretary biman das criticised the chief minister for the delay.", "ACCUSE")[1] == "PTY"


def test_the_head_of_a_body_an_article_defines_without_a_sector() -> None:
    # an acronym the article defines for a body of no known sector: its general secretary is not a party's or a
    # government's officer
    events_ = [e for e in code_text("the all-india minority forum (aimf) wants the outfit outlawed at once. aimf "
                                    "general secretary ravi das condemned the violence in the city." + TAIL,
                                    published="2002-03-05") if e.event == "ACCUSE"]
    [actor] = events_[0].actors
    assert actor.text.startswith("aimf general secretary") and actor.sector is None
    text, sector = doer("The TWF president Ravi Das condemned the violence in the city.", "ACCUSE")
    assert text.startswith("TWF president") and sector is None
