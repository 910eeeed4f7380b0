"""The fast paths of the dump extractor give exactly what the plain algorithms give.

Each speed-up (cue phrases found from word hashes, trees walked level by level, language scores
from cached float32 rows) is checked against a slow, obvious version of the same computation on
text written for these tests.
"""

from __future__ import annotations

import json
from importlib import resources

import numpy as np

from eventwire.extract.dump_cues import CUE_PHRASES, cue_hits
from eventwire.extract.dump_features import line_features, stacked_features
from eventwire.extract.dump_model import MODEL_FILE, load_model
from eventwire.extract.dump_text import page_text

LINES = [
    "Harbour strike enters second day as talks stall",
    "READ MORE: Ferry fares to rise in spring",
    "Share this article on Facebook, Twitter or by e-mail",
    "share_button facebook_url tweetdeck retweet Print-friendly version",
    "Photo: Marta Quil/AFP © Valmora Daily 2026 (c) all rights reserved",
    "We use cookies; Cookie-Einstellungen und Datenschutzerklärung; subscribers only",
    "Readers' comments (12) Kommentare anzeigen — répondre — Antworten",
    "More from the coast: more on the strike, see also the ferry timetable",
    "Dock workers walked off the job on Tuesday, halting grain loading for the first time in years.",
    "abonnieren Sie den Newsletter; registrieren; czytajcie; meistgelesene Artikel",
    "Lire aussi: la grève continue — à lire aussi — leer más — leia também",
    "The sponsoredcontent and unrelated words must not count: shared, printer, emailed",
    "x",
    "/reuters/ /ap_ /apple /epa-efe epa-efe",
]


def _reference_cues(texts: list[str]) -> np.ndarray:
    """Every position of the lower-cased page tried against every phrase: slow and obvious."""
    page = page_text(texts)
    text = page.lowered
    out = np.zeros((len(texts), len(CUE_PHRASES)))
    for group, phrases in enumerate(CUE_PHRASES.values()):
        for phrase in phrases:
            needle = phrase.rstrip("*")
            word_start = needle[0].isalnum()
            word_end = needle[-1].isalnum() and not phrase.endswith("*")
            for at in range(len(text)):
                end = at + len(needle)
                if text.startswith(needle, at) and (not word_start or at == 0 or not text[at - 1].isalnum()) \
                        and (not word_end or end >= len(text) or not text[end].isalnum()):
                    out[page.line_of[at], group] = 1.0
    return out


def test_cue_phrases_found_from_word_hashes_match_a_full_scan():
    for texts in (LINES, [line.replace("_", " ") for line in LINES], LINES[::-1], ["Share"], ["_share_"]):
        assert np.array_equal(cue_hits(page_text(texts)), _reference_cues(texts)), texts


def _reference_logit(spec: dict, matrix: np.ndarray) -> np.ndarray:
    """Each row walked down each tree from the JSON, node by node."""
    leaves = np.zeros((len(matrix), len(spec["trees"])))
    for r, row in enumerate(matrix):
        for t, tree in enumerate(spec["trees"]):
            node = 0
            while tree["left"][node] >= 0:
                go_right = row[tree["feature"][node]] > tree["threshold"][node]
                node = tree["right"][node] if go_right else tree["left"][node]
            leaves[r, t] = tree["value"][node] * float(spec["learning_rate"])
    return float(spec["init"]) + leaves.sum(axis=1)


def test_level_by_level_tree_walk_gives_the_same_log_odds_as_a_node_by_node_walk():
    spec = json.loads(resources.files("eventwire").joinpath("data", MODEL_FILE).read_text(encoding="utf-8"))
    model = load_model()
    x = line_features(LINES * 12, "https://news.example/2026/harbour-strike-enters-second-day")
    first = model.first.logit(x)
    assert np.array_equal(first, _reference_logit(spec["first"], x))
    stacked = stacked_features(x, first)
    assert np.array_equal(model.second.logit(stacked), _reference_logit(spec["second"], stacked))
    assert len(model.first.logit(x[:0])) == 0


def test_cached_float32_language_rows_score_like_py3langid():
    from py3langid.langid import MODEL_FILE as LANGID_MODEL, LanguageIdentifier

    from eventwire.extract.language import _identifier

    plain = LanguageIdentifier.from_model_file(LANGID_MODEL, norm_probs=True)
    fast = _identifier()
    texts = [" ".join(LINES), "Die Hafenarbeiter legten am Dienstag die Arbeit nieder.",
             "Les dockers ont cessé le travail mardi dans le port.", " ".join(LINES)]
    for text in texts + texts:  # the second round reads rows widened in the first
        assert fast.classify(text) == plain.classify(text)
        assert np.allclose(fast._decide(text), plain._decide(text), rtol=1e-5, atol=1e-7)


def test_page_lowered_stays_aligned_with_the_code_points():
    from eventwire.extract.dump_text import _char_tables

    _, to_lower = _char_tables()
    for texts in (["ΟΔΟΣ ΣΟΦΟΚΛΕΟΥΣ", "Σ"], ["İstanbul İzmir"], ["Harbour STRIKE Ärger"], ["emoji 😀 Ä"]):
        page = page_text(texts)
        assert len(page.lowered) == len(page.codes)
        expected = "".join(chr(to_lower[c]) if c < 65536 else chr(c).lower()[0] for c in page.codes.tolist())
        assert page.lowered == expected


def test_control_characters_counted_in_utf8_bytes_like_the_character_class():
    import re

    from eventwire.ingest.sniff import _control_count

    pattern = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
    for text in ("", "Harbour\tstrike\r\n", "bell\x07 and escape\x1b[0m", "é€😀\x00\x7f\x80\x9f", "\x0b\x0c\x0e\x1f" * 3):
        assert _control_count(text) == len(pattern.findall(text))


def test_both_stages_sharing_one_table_of_answers_score_like_each_stage_on_its_own_matrix():
    from eventwire.extract.dump_splits import BLOCK_ROWS

    model = load_model()
    for copies in (1, 5, 40):  # under one 64-line word, several words, several blocks
        x = line_features(LINES * copies, "https://news.example/2026/harbour-strike-enters-second-day")
        first = model.first.logit(x)
        assert np.array_equal(model.logit(x), model.second.logit(stacked_features(x, first)))
    assert len(x) > 2 * BLOCK_ROWS


def test_year_gate_on_dateline_dates_skips_only_lines_find_dates_cannot_date():
    from eventwire.extract import dates
    from eventwire.extract.dump_dates import dateline_dates

    # The gate is exact only while every default pattern of find_dates states a full year.
    assert all(dates._YEAR in pattern.pattern for pattern in dates._PATTERNS)
    for line in ("Updated 3 hours ago · 5 min read", "Chapter 12 of 40", "Ferry timetable 07:45 and 19:30"):
        assert dates.find_dates(line) == [] and dateline_dates(line) == []
    assert [d.value for d in dateline_dates("Quay 4, 02.11.09")] == ["2009-11-02"]  # two-digit year: still read
    assert [d.value for d in dateline_dates("Filed 14 March 2019 at 09:10")] == ["2019-03-14T09:10"]


def test_month_word_and_digit_answer_like_the_ordered_pattern():
    import re

    from eventwire.extract.dump_meta import _DIGIT, _MONTH_WORD, _MONTH_WORDS

    ordered = re.compile(rf"\d.*\b(?:{_MONTH_WORDS})\b|\b(?:{_MONTH_WORDS})\b.*\d", re.I)
    for line in ("Posted 3 October", "October 3", "OCTOBER", "Octobers 3", "3 Octobers", "12 Juni, 9 Uhr",
                 "no month here 42", "Septembre", "", "décembre 2025 · 3 min"):
        assert bool(_DIGIT.search(line) and _MONTH_WORD.search(line)) == bool(ordered.search(line)), line
