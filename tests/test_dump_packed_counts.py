"""The packed per-line counts and the slug overlap of the dump features equal the plain sums.

The line features count lower-case, upper-case and digit characters per word and punctuation,
commas and pipes per line with one packed segmented sum each (``dump_features._class_counts``,
``_mark_counts``); the slug overlap uses an equality table. Each is checked here against an
obvious per-character or per-word Python count on text written for these tests, including
characters beyond the Basic Multilingual Plane (a mathematical digit counts as a digit).
"""

from __future__ import annotations

import numpy as np

from eventwire.extract import dump_features
from eventwire.extract.dump_text import page_text
from eventwire.extract.lines import words

LINES = [
    "Ferry Workers' Union | Valmora Harbour, 3 March 2026",
    "PORT AUTHORITY: talks resume at 9:30, union says; 1,200 jobs at stake.",
    "Überstunden, Lärm und Nachtarbeit: die Gewerkschaft (VHG) droht mit Streik",
    "Scores 𝟏𝟐 to 𝟗, 𝒜𝓁𝓅𝒽𝒶 team || beta team — «final» …",
    "x",
    "snake_case_words and CamelCase and 2026_report",
]


def test_packed_character_counts_equal_plain_sums():
    page = page_text(LINES)
    lower, upper, digits = dump_features._class_counts(page.flags, page.first)
    bounds = [*page.first.tolist(), len(page.codes)]
    for k, (start, stop) in enumerate(zip(bounds, bounds[1:])):
        chunk = page.joined[start:stop]
        assert lower[k] == sum(c.islower() for c in chunk), chunk
        assert upper[k] == sum(c.isupper() for c in chunk), chunk
        assert digits[k] == sum(c.isdecimal() for c in chunk), chunk
    punct, commas, pipes = dump_features._mark_counts(page)
    for k, line in enumerate(LINES):
        assert punct[k] == page.chars_per_line(page.punct)[k], line
        assert (commas[k], pipes[k]) == (line.count(","), line.count("|")), line


def test_line_features_with_the_plain_sums_are_the_same(monkeypatch):
    packed = dump_features.line_features(LINES, "https://example.org/news/ferry-workers-union-strike-talks")
    monkeypatch.setattr(dump_features, "_FIELD_MASK", 8)  # every page now "too long" to pack
    plain = dump_features.line_features(LINES, "https://example.org/news/ferry-workers-union-strike-talks")
    assert packed.tobytes() == plain.tobytes()


def test_slug_overlap_counts_each_slug_word_once_per_line():
    texts = ["Ferry union strike: ferry ferry talks", "Harbour news", "The union and the talks"]
    url = "https://example.org/2026/03/ferry-union-strike-talks.html"
    slug = dump_features.slug_words(url)
    expected = [len(slug & {w.lower() for w in words(t)}) / len(slug) for t in texts]
    assert dump_features._slug_overlap(page_text(texts), url).tolist() == expected


def test_sentence_end_looks_past_closing_quotes_and_brackets():
    texts = ['He said "the talks are over."', "(Reuters)", '"")', "Talks resume (2026).", "Talks resume.)’»", "x", '"?']
    final = dump_features.line_features(texts)[:, dump_features.FEATURE_NAMES.index("final_punct")]
    expected = [float(t.rstrip("\"'”’»)]")[-1:] in (".", "!", "?", "…")) if t.rstrip("\"'”’»)]") else 0.0 for t in texts]
    assert final.tolist() == expected


def _plain_max_span(scores: list[float]) -> tuple[int, int]:
    """Kadane's running sums over every score, then the first strictly best one."""
    sums: list[tuple[float, int, int]] = []  # (running sum, its start, end) after each score
    running, start = 0.0, 0
    for i, score in enumerate(scores):
        running, start = (running + score, start) if running > 0 else (0.0 + score, i)
        sums.append((running, start, i + 1))
    best = (0.0, 0, 0)
    for candidate in sums:
        best = candidate if candidate[0] > best[0] else best
    return best[1], best[2]


def test_max_span_skipping_the_ends_without_positive_scores_is_kadanes_loop():
    rng = np.random.default_rng(7)
    for _ in range(3000):
        scores = np.round(rng.normal(-1.0, 3.0, int(rng.integers(0, 25))), 1)
        assert dump_features.max_span(scores) == _plain_max_span(scores.tolist()), scores


def test_line_starts_from_the_union_of_prefixes_match_each_group_on_its_own():
    texts = ["More from the coast", "Read more: ferry fares", "MORE ON THIS STORY", "Morale is low at the port",
             "By Marta Quil", "Home | News | Sport", "mo", "x", *LINES]
    page = page_text(texts)
    expected = np.array([page.starts_with(group) for group in dump_features._START_GROUPS])
    assert np.array_equal(dump_features._line_starts(page), expected)


def test_date_like_words_are_years_and_clock_times():
    texts = ["Updated 9:30 on 3 March 2026", "12.05 pm", "Room 101 and 1999", "2026", "9:3 or 9:300", "1850 fans",
             "at 10:45", "12.5", "7.", "x 19.15"]
    date_like = dump_features.line_features(texts)[:, dump_features.FEATURE_NAMES.index("date_like")]
    assert date_like.tolist() == [1.0, 1.0, 1.0, 1.0, 0.0, 0.0, 1.0, 0.0, 0.0, 1.0]
