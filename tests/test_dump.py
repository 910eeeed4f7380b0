"""Plain-text page dumps: body, headline, dateline, byline, captions and related headlines.

The pages below are invented for these tests (a fictional port strike in a fictional city); they
carry the furniture real dumps carry: menus, share prompts, a picture caption and its credit,
"READ MORE" links inside the body, a list of other headlines and a footer.
"""

from __future__ import annotations

import numpy as np
import pytest

from eventwire.extract.dump import extract_dump
from eventwire.extract.dump_byline import byline_names
from eventwire.extract.dump_dates import dateline_dates
from eventwire.extract.dump_features import FEATURE_NAMES, line_features
from eventwire.extract.dump_model import load_model
from eventwire.extract.lines import split_dump

PARAGRAPHS = [
    "Dock workers in the port of Valmora walked off the job on Tuesday, halting the loading of grain "
    "ships for the first time in a decade as talks over pay and night shifts collapsed.",
    "The union representing about 3,000 stevedores said the strike would last at least 72 hours and "
    "warned that further action was likely if the port authority did not return to the table.",
    "Port officials said 14 vessels were waiting at anchor outside the harbour on Tuesday evening, and "
    "that perishable cargo was being diverted to the smaller terminal at Castel Rio.",
    "The transport minister, Elena Marsh, called the walkout irresponsible and said the government was "
    "prepared to use emergency powers to keep essential food shipments moving.",
    "Union leaders rejected the threat, saying that workers had accepted three years of pay rises below "
    "inflation and that the new shift rota would force many of them to work every night.",
    "Farmers' groups said a long stoppage would cost exporters millions of dollars a day at the height "
    "of the harvest, when most of the country's wheat leaves through Valmora.",
    "Talks are due to resume on Thursday under the supervision of a mediator appointed by the labour "
    "court, according to a statement released by the port authority late on Tuesday.",
]
RELATED = [
    "Valmora council approves new ferry terminal despite protests",
    "Grain prices climb as harvest forecasts are cut again",
    "Rail unions announce weekend of stoppages across the north",
]


def _blank_line_page() -> str:
    """A browser select-all copy: blank lines between blocks, the caption repeated with its credit."""
    body = list(PARAGRAPHS)
    body.insert(3, "READ MORE: Harbour pilots vote to join the dispute over night shifts")
    body.insert(5, "READ MORE: Why the port of Valmora matters for the wheat trade")
    parts = [
        "Home\nNews\nBusiness\nSport\nWeather",
        "Valmora dock workers strike over pay, stranding grain ships",
        "14 March 2023, 18:45",
        "Striking dock workers outside the port gates on Tuesday",
        "Striking dock workers outside the port gates on Tuesday. Picture: Valmora Daily Photo Desk",
        "By Jonas Feld",
        *body,
        "Share this article",
        "More Latest News",
        "See more More Latest News",
        *RELATED,
        "Cookie settings",
        "© 2023 Valmora Daily. All rights reserved.",
    ]
    return "\n\n".join(parts)


def _one_block_per_line_page() -> str:
    """The benchmark shape: one rendered block per line, no blank lines, bulleted menus."""
    lines = [
        "* Home", "* World", "* Politics", "* Business", "* Opinion", "Subscribe", "Sign in",
        "Politics",
        "Valmora dock workers strike over pay, stranding grain ships",
        "By Jonas Feld and Mira Costa | March 14, 2023 6:45 PM",
        "Share", "Tweet", "Email",
        *PARAGRAPHS,
        "Related",
        *(f"* {headline}" for headline in RELATED),
        "Advertisement",
        "* About us", "* Contact", "* Privacy policy", "* Terms of use",
    ]
    return "\n".join(lines)


@pytest.fixture(scope="module")
def blank_page():
    return extract_dump(_blank_line_page(), url="https://news.example.org/business/valmora-dock-strike")


@pytest.fixture(scope="module")
def block_page():
    return extract_dump(_one_block_per_line_page(),
                        url="https://example.com/2023/03/14/valmora-dock-workers-strike-pay-grain-ships/")


def test_body_keeps_the_paragraphs_in_order_and_nothing_else(blank_page):
    paragraphs = blank_page.body.split("\n\n")
    assert paragraphs == PARAGRAPHS


def test_read_more_links_go_to_related_not_the_body(blank_page):
    assert "READ MORE" not in blank_page.body
    assert "Harbour pilots vote to join the dispute over night shifts" in blank_page.related
    assert "Why the port of Valmora matters for the wheat trade" in blank_page.related


def test_headline_dateline_and_byline(blank_page):
    assert blank_page.title == "Valmora dock workers strike over pay, stranding grain ships"
    assert blank_page.published == "2023-03-14T18:45"
    assert blank_page.published_source == "dateline"
    assert blank_page.authors == ["Jonas Feld"]


def test_caption_with_credit_is_routed_once(blank_page):
    assert blank_page.captions == [
        "Striking dock workers outside the port gates on Tuesday. Picture: Valmora Daily Photo Desk"]
    assert "Picture:" not in blank_page.body


def test_list_of_other_headlines_below_the_body_is_related(blank_page):
    for headline in RELATED:
        assert headline in blank_page.related
        assert headline not in blank_page.body
    assert "Cookie settings" not in blank_page.related
    assert "All rights reserved" not in blank_page.body


def test_one_block_per_line_shape(block_page):
    assert block_page.body.split("\n\n") == PARAGRAPHS
    assert block_page.title == "Valmora dock workers strike over pay, stranding grain ships"
    assert block_page.authors == ["Jonas Feld", "Mira Costa"]
    assert block_page.published == "2023-03-14T18:45"
    assert set(RELATED) <= set(block_page.related)


def test_url_date_is_the_fallback_and_says_so():
    text = _one_block_per_line_page().replace("By Jonas Feld and Mira Costa | March 14, 2023 6:45 PM\n", "")
    parts = extract_dump(text, url="https://example.com/2023/03/14/valmora-dock-workers-strike/")
    assert (parts.published, parts.published_source) == ("2023-03-14", "url")
    assert parts.authors == []


def test_no_date_anywhere_gives_none():
    text = _one_block_per_line_page().replace("By Jonas Feld and Mira Costa | March 14, 2023 6:45 PM\n", "")
    parts = extract_dump(text, url="https://example.com/valmora-dock-workers-strike")
    assert parts.published is None and parts.published_source is None


def test_empty_and_blank_dumps():
    assert extract_dump("").body == ""
    assert extract_dump("\n \n\t\n").title is None


@pytest.mark.parametrize(("line", "names"), [
    ("By Jonas Feld", ["Jonas Feld"]),
    ("Von Anna Berger und Felix Roth, dpa", ["Anna Berger", "Felix Roth"]),
    ("Por María José Ortega", ["María José Ortega"]),
    ("Par Jean-Luc Marchand, correspondant à Lyon", ["Jean-Luc Marchand"]),
    ("Mira Costa | Reuters", ["Mira Costa"]),
    ("By SAM OKAFOR, Senior Political Correspondent", ["Sam Okafor"]),
    ("By Lena Varga in Budapest and Tom Reid in Vienna", ["Lena Varga", "Tom Reid"]),
    ("3. Mai 2021, 10:15 · von Paula", ["Paula"]),
    ("By the Associated Press", []),
    ("Photo by Jonas Feld", []),
    ("He was arrested by police in the capital", []),
    ("By continuing to use this site you agree to our cookie policy", []),
])
def test_byline_names(line, names):
    assert byline_names(line) == names


def test_numeric_datelines_day_first_unless_impossible_or_american():
    assert dateline_dates("postado em 04/05/2022 05:49")[0].value == "2022-05-04T05:49"
    assert dateline_dates("04/05/2022", month_first=True)[0].value == "2022-04-05"
    assert dateline_dates("12/31/2021")[0].value == "2021-12-31"
    assert dateline_dates("Von: Redaktion | 31.10.23")[0].value == "2023-10-31"
    assert dateline_dates("Version 2.10.5") == []


def test_split_dump_unwraps_hard_wrapped_paragraphs():
    paragraph = " ".join(PARAGRAPHS[:2])
    wrapped, line = [], ""
    for word in paragraph.split():
        if len(line) + len(word) + 1 > 72:
            wrapped.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    wrapped.append(line)
    text = "\n".join(wrapped * 3).replace(wrapped[-1] + "\n", wrapped[-1] + "\n\n")
    lines = split_dump(text)
    assert lines[0].text == paragraph
    assert lines[1].block == 1


def test_packaged_model_matches_the_feature_set():
    model = load_model()
    assert model.first.features == list(FEATURE_NAMES)
    assert model.meta["fitted_on"] == "trafilatura-eval"
    logits = model.logit(line_features(["Home", PARAGRAPHS[0], PARAGRAPHS[1], "Privacy policy"]))
    assert logits[1] > 0 > logits[3]


def test_unbulleted_list_of_long_headlines_after_a_section_label_is_not_body():
    long_headlines = [
        f"Harbour authority in {town} warns that the strike could spread to the container terminals next week"
        for town in ("Castel Rio", "Porto Vela", "Santa Brisa", "Marenza", "Lunetta", "Cabo Alto", "Verdina")
    ]
    text = "\n\n".join(["Valmora dock workers strike over pay, stranding grain ships", "By Jonas Feld",
                       *PARAGRAPHS, "More Latest News", "See more More Latest News", *long_headlines])
    parts = extract_dump(text)
    assert parts.body.split("\n\n") == PARAGRAPHS
    assert long_headlines[0] in parts.related and long_headlines[-1] in parts.related


def test_lynx_link_numbers_are_not_text():
    text = _one_block_per_line_page().replace("* Home", "* [1]Home").replace("Related\n", "[7]Related\n")
    text = text.replace(f"* {RELATED[0]}", f"* [8]{RELATED[0]}")
    parts = extract_dump(text, url="https://example.com/2023/03/14/valmora-dock-workers-strike-pay-grain-ships/")
    assert parts.body.split("\n\n") == PARAGRAPHS
    assert RELATED[0] in parts.related


def test_bare_name_under_the_headline_counts_only_on_pages_that_are_not_german():
    english = "\n".join(["Valmora dock workers strike over pay, stranding grain ships", "Jonas Feld", *PARAGRAPHS])
    assert extract_dump(english).authors == ["Jonas Feld"]
    german_body = [
        "Die Hafenarbeiter in Valmora haben am Dienstag die Arbeit niedergelegt, und die Verladung von Getreide "
        "ist nach dem Scheitern der Gespräche über Löhne und Nachtschichten zum ersten Mal seit zehn Jahren gestoppt.",
        "Die Gewerkschaft, die rund 3.000 Hafenarbeiter vertritt, sagte, der Streik werde mindestens 72 Stunden "
        "dauern, und sie drohte mit weiteren Maßnahmen, falls die Hafenbehörde nicht an den Tisch zurückkehre.",
        "Nach Angaben der Hafenbehörde warteten am Dienstagabend 14 Schiffe vor dem Hafen, und verderbliche Ladung "
        "wurde an das kleinere Terminal in Castel Rio umgeleitet, wie die Behörde nicht ohne Sorge mitteilte.",
    ]
    german = "\n".join(["Hafenarbeiter in Valmora streiken für mehr Lohn", "Checkliste Werkzeug", *german_body])
    assert extract_dump(german).authors == []


def test_author_box_closing_the_article():
    text = "\n".join(["Valmora dock workers strike over pay, stranding grain ships", *PARAGRAPHS,
                      "Share this article", "Print", "Author: Mira Costa", "Comments (3)"])
    assert extract_dump(text).authors == ["Mira Costa"]


def test_page_arrays_agree_with_plain_python():
    """The page-wide arrays (dump_text) must give what str/re would give line by line."""
    import numpy as np

    from eventwire.extract.dump_text import hash_set, member, page_text, prefix_set, word_hash
    from eventwire.extract.lines import words

    lines = ["Straße im Überblick: 12.30 Uhr", "«Quoted» line — with 2024 and_underscores", "x", "Read more: İstanbul",
             "emoji 🚢 ship", PARAGRAPHS[0]]
    page = page_text(lines)
    assert page.joined.split("\n") == lines
    assert [len(line) for line in lines] == page.lengths.tolist()
    per_line = [[w.lower() for w in words(line)] for line in lines]
    assert np.bincount(page.word_line, minlength=len(lines)).tolist() == [len(w) for w in per_line]
    flat = [w for ws in per_line for w in ws]
    assert page.word_hashes.tolist() == [word_hash(page.lowered[a:b + 1]) for a, b in zip(page.first, page.last)]
    assert [page.joined[a:b + 1].lower() for a, b in zip(page.first, page.last)][:4] == flat[:4]
    assert member(np.array([word_hash("straße"), word_hash("harbour")], dtype=np.uint64),
                  hash_set(["straße", "ship"])).tolist() == [True, False]
    assert page.starts_with(prefix_set(["read more", "emo"])).tolist() == [False, False, False, True, True, False]
    whole = page.slice_hash(page.starts, page.ends)
    assert whole[2] == word_hash("x")


def test_line_features_read_characters_at_line_edges():
    """The vectorised character tests against what the same lines plainly show."""
    names = FEATURE_NAMES.index
    lines = ["Home", "home", "Home", "“We will not go back,” one docker said.”", "1. First point", "- a dash",
             "12) twelve", "Updated 14.03.2023 at 18:45", "Strike: what we know so far about the stoppage",
             "Strike: what we know so far about the stoppage. Picture: Desk", "Wait for it...", "Yes",
             PARAGRAPHS[0]]
    x = line_features(lines)
    assert x[:3, names("dup_count")].tolist() == [2, 1, 2]  # case-sensitive repeats
    assert x[3, names("final_punct")] == 1 and x[8, names("final_punct")] == 0
    assert x[4:8, names("bullet")].tolist() == [1, 1, 1, 0]
    assert x[7, names("date_like")] == 1 and x[4, names("date_like")] == 0
    assert x[8, names("prefix_of_next")] == 1 and x[9, names("next_prefix_of_this")] == 1
    assert x[10, names("ellipsis")] == 1 and x[11, names("ellipsis")] == 0
    assert x[12, names("long_line")] == 1 and x[11, names("long_line")] == 0


def test_max_span():
    from eventwire.extract.dump_features import max_span

    assert max_span(np.array([])) == (0, 0)
    assert max_span(np.array([-1.0, -2.0])) == (0, 0)
    assert max_span(np.array([-5.0, 3.0, -1.0, 4.0, -9.0, 2.0])) == (1, 4)


def test_tree_scores_do_not_depend_on_row_blocks():
    from eventwire.extract.dump_model import BLOCK_ROWS

    lines = [*PARAGRAPHS, "Share", "Home"] * 60
    x = line_features(lines)
    model = load_model().first
    assert len(x) > 2 * BLOCK_ROWS
    whole = model.logit(x)
    one_by_one = np.concatenate([model.logit(x[i:i + 1]) for i in range(len(x))])
    assert np.allclose(whole, one_by_one)
