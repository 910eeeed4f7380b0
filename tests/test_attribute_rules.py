"""The indexed attribute rules give exactly what spaCy's own attribute ruler gives."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from eventwire.nlp.attribute_rules import index_attribute_rules  # noqa: E402
from eventwire.nlp.parse import MODEL_NAMES, load_pipeline  # noqa: E402

# Written for this test: the rules' corners (contractions, pronoun cases, "there is", auxiliaries
# used as main verbs, determiners as pronouns, runs of whitespace) inside ordinary news prose.
TEXTS = [
    "The ministry said on Monday that it had sent 300 engineers to the port, and that more would follow.",
    "\"We ain't gonna leave,\" a fisherman told reporters. \"Y'all can see it: there is no work here.\"",
    "Let's be clear, the mayor said. Gotta say, c'mon, nobody wanted this.  \n\n  It was what it was.",
    "Do you have the figures? She did. They had done that before, and this is the one that we wanted.",
    "I told him and he told me; you know it, and it knows you.\n\n\t  Whose plan was that?",
    "Police in Lagos arrested 12 protesters who were blocking the highway, officials said.",
]


def _spacy_pipeline() -> object:
    for name in MODEL_NAMES:
        try:
            return spacy.load(name)
        except OSError:
            continue
    pytest.skip("no English model")


def _annotations(doc: object) -> list[tuple[str, ...]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]  # type: ignore[attr-defined]


def test_the_pipeline_uses_the_indexed_rules() -> None:
    names = load_pipeline().pipe_names
    assert "eventwire_attribute_rules" in names and "attribute_ruler" not in names
    assert names.index("eventwire_attribute_rules") < names.index("lemmatizer")


def test_every_token_gets_what_spacys_ruler_gives() -> None:
    original = _spacy_pipeline()
    indexed = _spacy_pipeline()
    assert index_attribute_rules(indexed)
    for expected, got in zip(original.pipe(TEXTS), indexed.pipe(TEXTS)):
        assert _annotations(got) == _annotations(expected)


def test_a_rule_it_cannot_read_keeps_spacys_ruler() -> None:
    nlp = _spacy_pipeline()
    nlp.get_pipe("attribute_ruler").add([[{"LOWER": "talks"}, {"IS_PUNCT": True, "OP": "?"}]], {"POS": "NOUN"})
    assert not index_attribute_rules(nlp)
    assert "attribute_ruler" in nlp.pipe_names and "eventwire_attribute_rules" not in nlp.pipe_names
