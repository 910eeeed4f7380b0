"""Article-level gate features (fourteenth session): what the gate reads of the whole article, and that a
gate model without them scores as before. Every article is written for this test."""

from __future__ import annotations

from eventwire.coding.gate import article_level, article_summary, gate_features, passes, probability
from eventwire.nlp import annotate
from eventwire.records import Article

from test_coding_gate import candidates as _candidates
from test_coding_parties import _no_gate  # noqa: F401

NEWS = ("Police in Lagos arrested twelve protesters outside the parliament on Tuesday. "
        "The interior minister said the army would not be deployed. "
        "Nigerian officials met a delegation from Ghana to discuss the border.")
GADGETS = ("Our team tested the new phone for two weeks. The battery lasted a full day. "
           "The camera struggles in low light, and the charger is sold separately.")


def _doc(text: str):
    return annotate(Article(doc_id="t", source="<test>", status="ok", body=text, published="2023-06-14"))


def test_summary_counts_sentences_countries_and_organs() -> None:
    doc = _doc(NEWS).parse
    summary = article_summary(doc)
    assert summary["sentences"] == 3
    assert summary["country_share"] >= 1 / 3  # Ghana, Nigerian
    assert summary["organ_share"] == 1.0  # police, minister / army, officials
    assert {"arrest", "protester", "border"} <= summary["words"]
    assert article_summary(doc) is summary  # worked out once per parse
    gadgets = article_summary(_doc(GADGETS).parse)
    assert gadgets["country_share"] == 0.0 and gadgets["organ_share"] == 0.0
    assert {"battery", "camera"} <= gadgets["words"]


def test_article_level_reads_only_the_groups_a_model_asks_for() -> None:
    summary = article_summary(_doc(NEWS).parse)
    assert article_level(summary, {}) == {}
    found = article_level(summary, {"groups": ["countries", "organs"]})
    assert found == {"a_countries=some": 1.0, "a_organs=most": 1.0}
    topic = {"groups": ["topic"], "topic": {"arrest": 0.5, "protester": 0.25, "battery": -1.0}, "topic_bias": -0.1}
    assert article_level(summary, topic) == {"a_topic": 0.65}
    gadgets = article_summary(_doc(GADGETS).parse)
    assert article_level(gadgets, topic) == {"a_topic": -1.1}
    # the topic is clipped, so that a long page of one vocabulary does not decide alone
    assert article_level(summary, {**topic, "topic_bias": 9.0})["a_topic"] == 4.0


def test_a_model_without_article_keys_scores_as_before() -> None:
    found = _candidates(NEWS)
    assert found
    model = {"intercept": 0.0, "weights": {"confidence": 1.0, "a_topic": 5.0, "a_organs=most": 5.0},
             "threshold": 0.6}
    with_article = {**model, "article": {"groups": ["organs", "topic"], "topic": {"arrest": -3.0}, "topic_bias": 0.0}}
    for cand, span, doc in found:
        feats = gate_features(cand, span, doc)
        assert not any(name.startswith("a_") for name in feats)  # opt-in: never in the candidate's own features
        p = probability(feats, model)
        assert passes(cand, span, doc, model) == (p >= 0.6)
        boosted = probability({**feats, **article_level(article_summary(doc), with_article["article"])}, with_article)
        assert boosted != p
        assert passes(cand, span, doc, with_article) == (boosted >= 0.6)
