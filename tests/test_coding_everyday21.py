"""Everyday senses of the twenty-first session (issue 4, precision, category everyday): what the page
or the trigger's object makes ordinary. A page about a game or a match (coding/everyday.py,
:func:`sport_page`) codes results and fans as no event, unless a state body, an armed group or an
armed word takes part. Every sentence and page is written for this test.
"""

from __future__ import annotations

import pytest
from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text

PUBLISHED = "2023-06-14"


def kinds(text: str) -> list[str]:
    return [e.event for e in code_text(text, published=PUBLISHED)]


# A football page: the league, the match, the coach and the goals make it one, the results are no events.
FOOTBALL_PAGE = (
    "The league season ended on Sunday with a tense final round of matches at a packed stadium. "
    "The coach said his players had scored enough goals to reach the cup final. "
    "{sentence} "
    "The goalkeeper made three saves in the second half, and the referee showed two yellow cards before the match "
    "ended. Fans sang in the stadium long after the final whistle of the season."
)

RESULTS = [
    "Norway beat Sweden two goals to one in the last game of the group.",
    "Chile had won all twelve previous meetings with their neighbours, though they had not met since 1988.",
    "Why have some Dutch fans boycotted the tournament?",
    "Croatia allowed only two shots on goal and won the game.",
]


@pytest.mark.parametrize("sentence", RESULTS)
def test_results_on_a_sports_page_are_no_events(sentence: str) -> None:
    assert kinds(FOOTBALL_PAGE.format(sentence=sentence)) == []


STATE_ACTS = [
    ("Police arrested twelve fans after they clashed with rival supporters outside the stadium.", "COERCE"),
    ("The sports ministry banned the club from European competition for two years.", "SANCTION"),
    ("Hundreds of residents protested outside the stadium against the evictions.", "PROTEST"),
]


@pytest.mark.parametrize(("sentence", "kind"), STATE_ACTS)
def test_state_acts_on_a_sports_page_stay(sentence: str, kind: str) -> None:
    found = kinds(FOOTBALL_PAGE.format(sentence=sentence))
    assert kind in found or (kind == "SANCTION" and {"COERCE", "SANCTION"} & set(found))


def test_a_political_page_with_one_match_word_is_no_sports_page() -> None:
    text = ("Germany and France signed a defence agreement in Paris on Monday. The two ministers met for three hours "
            "and agreed to match each other's spending on the new fighter jet. Talks on the next stage will begin "
            "in the autumn.")
    assert "AGREE" in kinds(text)


# Counterparts of ordinary life (rules.ordinary_counterparts): a visit to a hospital or a university, a
# meeting with a friend, a request to one's own kin are private; the families of victims and foreign
# officials stay counterparts.
ORDINARY_LIFE = [
    "The governor's visit to the hospital lasted an hour.",
    "The senator met up with an old friend from college on Saturday.",
    "The minister asked his wife to drive him to the airport.",
]


@pytest.mark.parametrize("text", ORDINARY_LIFE)
def test_ordinary_counterparts_make_no_event(text: str) -> None:
    assert not {"CONSULT", "REQUEST"} & set(kinds(text))


COUNTERPARTS = [
    "The chief minister met the families of the victims in Ahmedabad.",
    "The minister met his counterpart from France in Rome.",
    "The Chinese ambassador met the president of Harvard University.",
]


@pytest.mark.parametrize("text", COUNTERPARTS)
def test_officials_and_victims_families_stay_counterparts(text: str) -> None:
    assert "CONSULT" in kinds(text)


# A release note: the page's software words make it one, its "demonstration" and "rallying" are no protests.
SOFTWARE_PAGE = (
    "Version 4.2 of the open-source library was released on Tuesday. The developers fixed a bug in the "
    "installation script and the package now builds with the new compiler. {sentence} To install it, run the "
    "command in a terminal; the configuration file and the plugin interface are unchanged. A tutorial on the "
    "programming interface and a webcast for developers will follow, and the code is in the repository."
)

SOFTWARE_SENTENCES = [
    "The whole community is finally rallying around the new version.",
    "A short demonstration of the server shows how the tunnel works.",
    "Tracking down the bug took the developers three weeks.",
]


@pytest.mark.parametrize("sentence", SOFTWARE_SENTENCES)
def test_a_software_page_codes_no_protest_or_arrest(sentence: str) -> None:
    assert kinds(SOFTWARE_PAGE.format(sentence=sentence)) == []


def test_a_state_act_on_a_software_page_stays() -> None:
    sentence = "Police arrested two developers in Moscow on Monday over the encryption module."
    assert "COERCE" in kinds(SOFTWARE_PAGE.format(sentence=sentence))


# A music page: the band, the album and the concerts make it one; the tour is no visit.
MUSIC_PAGE = (
    "The band released its first album in twelve years on Friday. The singer wrote most of the songs with the "
    "guitarist, and the album was recorded in a studio near the festival grounds where the band first played. "
    "{sentence} Fans of the band's music can hear the new songs at concerts in June, and a film about the "
    "musicians will open the festival. The singer said the concert film, the album and the songs were a gift to the "
    "fans who kept the music alive."
)


def test_a_bands_tour_on_a_music_page_is_no_visit() -> None:
    sentence = "The singer and the guitarist will tour Canada together for the first time since 1999."
    assert kinds(MUSIC_PAGE.format(sentence=sentence)) == []


def test_a_state_act_on_a_music_page_stays() -> None:
    sentence = "Police arrested the band's drummer in Moscow after the concert."
    assert "COERCE" in kinds(MUSIC_PAGE.format(sentence=sentence))


# A page about a town council's meeting: the council, its members, the agenda and the county make it one; its
# members asking, agreeing and meeting is procedure (rules._council_business).
COUNCIL_PAGE = (
    "The town council met on Monday to go over the agenda for the county's new zoning ordinance. Council members "
    "and the county commissioner heard from residents, and councilman Reed said the council would vote on the "
    "ordinance next month. {sentence} Councilwoman Ortiz said the council and the county commissioner agreed the "
    "zoning map needed work, and the township trustees will join the next council meeting. The municipal clerk "
    "will post the agenda, and the council, the county and the township trustees will hold a joint session on "
    "the ordinance. Each councilman and councilwoman, the alderman for the east ward and the county commissioner "
    "will attend."
)


def test_a_councilmans_request_on_a_council_page_is_procedure() -> None:
    sentence = "Councilman Hale asked Hugh Barton to schedule a meeting with the planners."
    assert "REQUEST" not in kinds(COUNCIL_PAGE.format(sentence=sentence))


def test_police_on_a_council_page_stay() -> None:
    sentence = "Police arrested two men who threw stones at the council building."
    assert "COERCE" in kinds(COUNCIL_PAGE.format(sentence=sentence))
