"""Language id reads the opening of the sample first and the whole sample only when unsure.

Checked on text written for this test: a long English body and a long German one give what the
whole sample gives, and a body whose opening is another language than the rest is read whole.
"""

from __future__ import annotations

import numpy as np

from eventwire.extract import language

ENGLISH = ("Dock workers at the port of Valmora walked off the job on Tuesday morning, halting grain "
           "loading for the first time in years, after talks over night-shift pay broke down late on "
           "Monday. The union said the strike would last at least three days. ") * 8
GERMAN = ("Die Hafenarbeiter in Valmora haben am Dienstagmorgen die Arbeit niedergelegt, nachdem die "
          "Verhandlungen über die Bezahlung der Nachtschichten in der Nacht gescheitert waren. Die "
          "Gewerkschaft kündigte an, dass der Streik mindestens drei Tage dauern werde. ") * 8


def _whole_sample(text: str) -> str | None:
    code, confidence = language._identifier().classify(text[:language.SAMPLE_CHARS])
    return str(code) if confidence >= language.MIN_CONFIDENCE else None


def test_first_look_agrees_with_the_whole_sample():
    for text in (ENGLISH, GERMAN, ENGLISH[:700] + GERMAN * 3, "  " * 500 + ENGLISH):
        assert language.detect_language(text) == _whole_sample(text)
    assert language.detect_language(ENGLISH) == "en" and language.detect_language(GERMAN) == "de"


def test_counted_is_numpy_unique_with_counts():
    for values in ([7], [3, 3], [5, 1, 5, 2, 1, 5], list(range(40, 0, -3)) * 3):
        ids, counts = language._counted(np.array(values, dtype=np.int32))
        expected = np.unique(np.array(values, dtype=np.int32), return_counts=True)
        assert ids.tolist() == expected[0].tolist() and counts.tolist() == expected[1].tolist()


def test_whole_sample_after_its_opening_scores_as_when_walked_alone():
    identifier = language._identifier()
    for text in (ENGLISH, GERMAN, ENGLISH[:700] + GERMAN * 3):
        opening, whole = identifier._encode(text[:language.FIRST_CHARS]), identifier._encode(text[:language.SAMPLE_CHARS])
        identifier._raw_score(b"unrelated text walked before")
        alone = identifier._raw_score(whole)
        identifier._raw_score(opening)
        assert np.array_equal(identifier._raw_score(whole), alone)
