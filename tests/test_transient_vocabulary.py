"""The pipeline forgets the words it parsed: a long-running process must not grow with every page."""

from __future__ import annotations

from eventwire.coding import code_article
from eventwire.nlp import annotate_many
from eventwire.nlp.parse import _warmed_pipeline, transient_vocabulary
from eventwire.pipeline import process_articles
from eventwire.records import Article

STORY = ("Troops from {land} shelled positions held by rebels near Karvelstad on Tuesday, killing {n} "
         "fighters, the defence ministry of {land} said.\n\n"
         "Brigadier Omeru {name} told reporters that {n} more soldiers would be sent to the border region.")


def _article(number: int) -> Article:
    # Invented names and numbers: words spaCy's vocabulary cannot have met before this test.
    body = STORY.format(land="Estonia" if number % 2 else "Finland", n=7000 + number,
                        name=f"Quarvelinski{number}x")
    return Article(doc_id=f"vocab-{number}", source=f"story-{number}.txt", title=None,
                   published="2024-03-06T09:00:00", body=body, language="en", status="ok")


def _lexemes() -> int:
    return sum(1 for _ in _warmed_pipeline().vocab)


def test_coding_pages_leaves_the_vocabulary_as_it_was() -> None:
    nlp = _warmed_pipeline()
    list(process_articles([_article(0)]))  # first use loads the coder's tables
    strings, lexemes = len(nlp.vocab.strings), _lexemes()
    done = list(process_articles([_article(i) for i in range(1, 41)]))
    assert all(d.article.ok for d in done) and any(d.events for d in done)
    assert "Quarvelinski7x" not in nlp.vocab.strings
    assert len(nlp.vocab.strings) == strings
    assert _lexemes() == lexemes
    assert not nlp.vocab.in_memory_zone


def test_events_are_the_same_with_and_without_the_block() -> None:
    articles = [_article(i) for i in range(100, 106)]
    inside = [[e.to_dict() for e in d.events] for d in process_articles(articles)]
    outside = [[e.to_dict() for e in code_article(a)] for a in annotate_many(articles)]
    assert inside == outside
    assert any(inside)


def test_records_keep_no_parse_and_inner_blocks_do_nothing() -> None:
    done = list(process_articles([_article(200)]))
    assert done[0].annotated is not None and done[0].annotated.parse is None
    nlp = _warmed_pipeline()
    with transient_vocabulary():
        with transient_vocabulary():  # nested: the outer block stays in charge
            nlp("Quarvelinski999x arrived.")
        assert nlp.vocab.in_memory_zone
        assert "Quarvelinski999x" in nlp.vocab.strings
    assert "Quarvelinski999x" not in nlp.vocab.strings
