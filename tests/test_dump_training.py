"""The dump model's training tools: line weights and the even/odd halves of the cross-fit.

Why tested: a weight scheme that did not give each page one unit, or a split that put a page in
both halves, would make every cross-fitted figure in bench/RESULTS.md quietly wrong.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

import dump_cross_fit  # noqa: E402
import train_dump_model  # noqa: E402
from eventwire.extract.dump_features import FEATURE_NAMES  # noqa: E402


def _matrix(words: list[int]) -> np.ndarray:
    x = np.zeros((len(words), len(FEATURE_NAMES)))
    x[:, FEATURE_NAMES.index("log_words")] = np.log1p(words)
    return x


def test_one_unit_a_line_is_the_unweighted_fit():
    x = _matrix([3, 40, 1])
    assert train_dump_model.line_weights(x, np.array([0, 0, 1]), "line") is None


def test_word_weights_give_every_page_the_same_share():
    words = [1, 49, 3, 3, 3, 0]
    groups = np.array([0, 0, 1, 1, 1, 2])
    w = train_dump_model.line_weights(_matrix(words), groups, "words")
    assert np.isclose(w.mean(), 1.0)
    per_page = np.bincount(groups, weights=w)
    assert np.allclose(per_page, per_page[0])
    assert np.isclose(w[1] / w[0], 50 / 2)  # words + 1 within a page


def test_blend_weights_keep_mean_one_and_favour_long_lines_less_than_words():
    words = [1, 49, 3, 3]
    groups = np.array([0, 0, 1, 1])
    blend = train_dump_model.line_weights(_matrix(words), groups, "blend")
    by_words = train_dump_model.line_weights(_matrix(words), groups, "words")
    assert np.isclose(blend.mean(), 1.0)
    assert 1 < blend[1] / blend[0] < by_words[1] / by_words[0]


def test_halves_split_by_the_id_number():
    assert dump_cross_fit.half("traf0000") == "even"
    assert dump_cross_fit.half("traf0989") == "odd"


def test_gold_segments_override_the_distant_labels():
    lines = [
        "Council votes to close the old harbour bridge",
        "The council voted on Tuesday to close the  old harbour bridge to lorries.",
        "Sign up for our morning newsletter",
        "Officials said repairs would take two years and cost far more than planned.",
        "Menu",
    ]
    distant = np.array([0, 0, 1, 1, 0], dtype=np.int8)  # the teacher missed the lead, kept a prompt
    fixed = train_dump_model.gold_corrected(
        lines, distant,
        ["voted on Tuesday to close the old harbour bridge"],  # spacing differs from the line's
        ["Sign up for our morning newsletter"],
    )
    assert fixed.tolist() == [0, 1, 0, 1, 0]
    assert distant.tolist() == [0, 0, 1, 1, 0]  # the caller's labels are left alone


def test_a_line_inside_a_longer_must_have_segment_is_body():
    lines = ["Ferry services resumed at noon.", "at noon."]
    segment = "The storm passed overnight. Ferry services resumed at noon. Trains followed later."
    fixed = train_dump_model.gold_corrected(lines, np.zeros(2, dtype=np.int8), [segment], [])
    assert fixed.tolist() == [1, 0]  # a fragment under 20 characters inside it says nothing


def test_pages_without_gold_keep_their_labels():
    labels = np.array([1, 0], dtype=np.int8)
    assert train_dump_model.gold_corrected(["a b c", "d e f"], labels, [], []) is labels


def test_the_zyte_like_proxy_subsets():
    article = " ".join(["The minister said the plan and the budget would pass."] * 40)  # 400 words
    assert dump_cross_fit.news_like({"date": "2022-02-02"}, article)
    assert not dump_cross_fit.news_like({"date": ""}, article)  # undated: not a news article
    assert not dump_cross_fit.news_like({"date": "2022-02-02"}, "A short notice and the end.")
    assert dump_cross_fit.english_like(article)
    german = " ".join(["Der Minister sagte, die Pläne und der Haushalt seien fertig."] * 40)
    assert not dump_cross_fit.english_like(german)


def test_zyte_lines_are_labelled_by_the_gold_body():
    gold = ("The harbour bridge will close to lorries from Monday, the council said.\n\n"
            "What changes\n\n"
            "Drivers of heavy vehicles must use the ring road instead.")
    lines = [
        "Home | News | Sport",
        "The harbour bridge will close to lorries from Monday, the council said.",
        "What changes",  # a subhead the gold keeps as its own paragraph
        "Drivers of heavy vehicles must use the ring road instead.",
        "Sign up for our newsletter",
    ]
    for rule in train_dump_model.ZYTE_RULES:
        assert train_dump_model.zyte_labels(lines, gold, rule).tolist() == [0, 1, 1, 1, 0]


def test_zyte_four_gram_rule_asks_half_the_lines_four_grams():
    gold = "Officials said the repairs would take two years."
    line = "Officials said the repairs would take longer than anyone planned."  # 10 words, 6 shared
    # trigrams: 4 of 8 in the gold (half: body); 4-grams: 3 of 7 (under half: not body)
    assert train_dump_model.zyte_labels([line], gold, "contain").tolist() == [1]
    assert train_dump_model.zyte_labels([line], gold, "4gram").tolist() == [0]


def test_with_zyte_appends_pages_as_new_groups_with_their_weight():
    x = _matrix([5, 6, 7])
    y = np.array([1, 0, 1], dtype=np.int8)
    groups = np.array([0, 0, 1])
    page = {"id": "z1", "url": "https://example.org/a",
            "dump": "Menu\nThe council voted to close the bridge.\nSign up now",
            "gold_body": "The council voted to close the bridge."}
    fx, fy, fg, boost = train_dump_model.with_zyte(x, y, groups, [page], "contain", 3)
    assert fx.shape == (6, len(FEATURE_NAMES))
    assert fy.tolist() == [1, 0, 1, 0, 1, 0]
    assert fg.tolist() == [0, 0, 1, 2, 2, 2]
    assert boost.tolist() == [1, 1, 1, 3, 3, 3]
    assert train_dump_model.with_zyte(x, y, groups, [page], "contain", 1)[3] is None


def test_zyte_folds_keep_a_host_together_and_are_fixed():
    import dump_zyte_cross_fit

    pages = [{"id": f"p{i}", "url": f"https://www.site{i % 7}.example/story-{i}"} for i in range(40)]
    folds = dump_zyte_cross_fit.zyte_folds(pages)
    assert folds == dump_zyte_cross_fit.zyte_folds(list(reversed(pages)))
    assert set(folds.values()) == set(range(dump_zyte_cross_fit.FOLDS))
    for i in range(40):
        assert folds[f"p{i}"] == folds[f"p{i % 7}"]
    assert dump_zyte_cross_fit.host("https://www.Example.com/x") == "example.com"
