"""Byline parsing: names a byline states, and nothing when the text is not a byline."""

from __future__ import annotations

import pytest

from eventwire.extract.bylines import names_from_byline, person_names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Jane Doe", ["Jane Doe"]),
        ("BY JANE DOE", ["JANE DOE"]),
        ("Von Max Muster", ["Max Muster"]),
        ("Von Max Muster, dpa", ["Max Muster"]),
        ("Por Juan Pérez | Actualizado 21.04.2022 - 10:15", ["Juan Pérez"]),
        ("Par Jean-Luc Martin et Anne Le Goff", ["Jean-Luc Martin", "Anne Le Goff"]),
        ("By Jane Doe and John Roe, Reuters", ["Jane Doe", "John Roe"]),
        ("By Ann Lee, Bo Kim & Cy Park", ["Ann Lee", "Bo Kim", "Cy Park"]),
        ("Jane Doe, Senior Reporter", ["Jane Doe"]),
        ("Written by Sam Field, PhD on April 29, 2018", ["Sam Field"]),
        ("Posted on 21. Juli 2019 by quietreader", ["quietreader"]),
        ("Veröffentlicht von lenz77", ["lenz77"]),
        ("02.02.2022, 11:30 Uhr von Karla Stein", ["Karla Stein"]),
        ("Autorin: Uta Beispiel, Projektleiterin der ABC in Tunis.", ["Uta Beispiel"]),
        ("By Dr. Alma Weiss", ["Alma Weiss"]),
        ("By Perry Ames Jr.", ["Perry Ames Jr."]),
        ("Von Ursula von der Heide", ["Ursula von der Heide"]),
        ("Tom Brink | 06.11.23", ["Tom Brink"]),
        ("Napisała Anna Nowak", ["Anna Nowak"]),
    ],
)
def test_names_a_byline_states(line: str, names: list[str]) -> None:
    assert names_from_byline(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "Reuters November 18, 2019",
        "By Staff",
        "Editorial Board",
        "Email the author",
        "Senior Reporter",
        "By The Numbers: How the vote was won",
        "Von der Leyen warnt vor neuen Sanktionen",
        "By Monday the talks had collapsed",
        "Home | News | Sport",
        "Berlin",
        "jane.doe@example.org",
        "The minister said the decision was written by John Smith and others last year.",
        "By Associated Press",
        "Von Redaktion",
    ],
)
def test_not_a_byline(line: str) -> None:
    assert names_from_byline(line) == []


def test_require_marker_rejects_a_bare_name() -> None:
    assert names_from_byline("Tom Brink", require_marker=True) == []
    assert names_from_byline("By Tom Brink", require_marker=True) == ["Tom Brink"]


def test_person_names_drops_agencies_from_a_stated_author() -> None:
    assert person_names("Jane Doe; AFP") == ["Jane Doe"]
    assert person_names("Newsroom Staff") == []


def test_one_word_user_name_needs_a_byline_context() -> None:
    assert names_from_byline("von | Creeny") == []
    assert names_from_byline("von | Creeny", allow_single=True) == ["Creeny"]
    assert names_from_byline("Posted by quietreader") == ["quietreader"]
    assert names_from_byline("by | LD", allow_single=True) == []  # initials, not a user name


def test_text_is_a_credit_only_with_a_colon() -> None:
    assert names_from_byline("Text veröffentlichen") == []
    assert names_from_byline("Text: Klara Berg | Fotos: Jan Ott") == ["Klara Berg"]


def test_names_in_separate_links_are_joined_back() -> None:
    assert names_from_byline("By | Ann Lee | and | Bo Kim | Published") == ["Ann Lee", "Bo Kim"]


def test_affiliation_after_a_comma_is_not_a_second_author() -> None:
    assert names_from_byline("Posted by Alma Ruiz, Project Marketing, Acme") == ["Alma Ruiz"]
    assert names_from_byline("By Ann Lee, Bo Kim and Cy Park") == ["Ann Lee", "Bo Kim", "Cy Park"]


def test_a_role_word_ends_the_name() -> None:
    assert names_from_byline("Christa Hohn | Chefredakteurin") == ["Christa Hohn"]
    assert person_names("Greenlab.LIVE Redaktion") == []
    assert person_names("Gavin Newsom") == ["Gavin Newsom"]


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        ("Von Redaktion", ["Redaktion"]),
        ("By Staff Writer", ["Staff Writer"]),
        ("Por Agencia EFE", ["Agencia EFE"]),
        ("Von AFP/The Local", ["AFP/The Local"]),
        ("von | Newsdesk", ["Newsdesk"]),
        ("Autor: Teufel Blog Redaktion", ["Teufel Blog Redaktion"]),
        ("Von Michael Rädel, Redaktion", ["Michael Rädel", "Redaktion"]),
        ("By Ann Lee, Bo Kim, NDR", ["Ann Lee", "Bo Kim", "NDR"]),
        ("By Jane Doe and John Roe, Reuters", ["Jane Doe", "John Roe", "Reuters"]),
        ("By Dr. Alma Weiss", ["Dr. Alma Weiss"]),
        ("Von Redaktion, 24. Januar 2022", ["Redaktion"]),
        # still no roles, junk, affiliations or sites
        ("By Senior Reporter", []),
        ("By Email the author", []),
        ("Von Montag bis Freitag", []),
        ("By The Numbers: How the vote was won", []),
        ("Posted by Alma Ruiz, Project Marketing, Acme", ["Alma Ruiz"]),
        ("by Bo Kim , Example.org", ["Bo Kim"]),
        ("von | wordpressadmin", []),
    ],
)
def test_credits_keep_desks_and_agencies_as_written(line: str, credits: list[str]) -> None:
    assert names_from_byline(line, credits=True) == credits


def test_organisation_credit_needs_a_collective_word() -> None:
    from eventwire.extract.bylines import organisation_credit

    assert organisation_credit("  Redaktion   Gelbe Liste ") == "Redaktion Gelbe Liste"
    assert organisation_credit("uncut-news.ch") == "uncut-news.ch"
    assert organisation_credit("Berlin") is None
    assert organisation_credit("Senior Reporter") is None
    assert organisation_credit("Foto: dpa") is None


def test_byline_opening_a_long_text_node() -> None:
    line = "Von Claudia Lindner 27.1.2022 - " + "Bei der Erinnerung an die Verfolgten des Regimes waren viele Opfer unsichtbar. " * 4
    assert names_from_byline(line, require_marker=True) == ["Claudia Lindner"]
    assert names_from_byline("Von Anfang an " + "war klar, dass die Brücke nicht hält. " * 8, require_marker=True) == []


def test_navigation_words_are_not_user_names() -> None:
    assert names_from_byline("Autoren | Suche | Impressum", credits=True) == []


def test_dateline_node_ending_in_a_name() -> None:
    from eventwire.extract.bylines import name_after_date, name_before_more_link

    assert name_after_date("25.10.2022 - Reiner Nagel") == ["Reiner Nagel"]
    assert name_after_date("Essay 11.12.2019 – Amelie Loevenich") == ["Amelie Loevenich"]
    assert name_after_date("01. November 2021 | Naturschutz, BUND") == []
    assert name_after_date("Berlin, 3. Mai 2022 - Die Stadt schließt die Brücke") == []
    assert name_before_more_link("Johanna Kropfitsch", "Alle Artikel") == ["Johanna Kropfitsch"]
    assert name_before_more_link("Johanna Kropfitsch", "Facebook") == []


@pytest.mark.parametrize("label", ["Weiterführende Links", "Zum Thema", "Weitere Informationen", "Meine Cookie Auswahl"])
def test_link_labels_are_not_person_names(label: str) -> None:
    assert person_names(label) == []
