"""The `eventwire annotate` command, run as a user runs it: a real process on files we wrote.

Checks the contract the event coder relies on: sentence offsets point into the article body that
`eventwire extract` gives for the same file, every mention sits inside the sentence it is filed
under, quantities land in the sentence that states them, and a document that cannot be read still
gets its record, with a status and a reason, without stopping the run.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

PAGE = (
    "Navy sends frigates to the Baltic\n\n"
    "By Jane Doe\n\n"
    "The navy said on Monday it would send three frigates and about 400 sailors to the Baltic Sea.\n\n"
    "Officials said the deployment would cost roughly £25m in total. Between 1,500 and 2,000 troops are "
    "already stationed in Estonia, and 300 more will arrive in March.\n\n"
    "At least 12 people were injured in clashes outside the base on Saturday, police said.\n"
)
MENTION_KINDS = ("actors", "places", "times", "quantities")
pytestmark = pytest.mark.slow  # each CLI run loads the parser, gazetteer and actor dictionary


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "eventwire", *args], capture_output=True,
                          text=True, timeout=180)


def records(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("annotate")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "baltic.txt").write_text(PAGE, encoding="utf-8")
    return folder / "empty.txt", folder / "baltic.txt"


@pytest.fixture(scope="module")
def run_both(files: tuple[Path, Path]) -> tuple[subprocess.CompletedProcess[str], list[dict[str, Any]]]:
    """One annotate run over a bad and a good file (loading the resolvers takes seconds)."""
    result = run("annotate", *map(str, files))
    assert result.returncode == 0, result.stderr
    return result, records(result.stdout)


@pytest.fixture(scope="module")
def annotated(files: tuple[Path, Path], run_both: Any) -> tuple[str, dict[str, Any]]:
    extracted = run("extract", str(files[1]))
    assert extracted.returncode == 0, extracted.stderr
    (article,) = records(extracted.stdout)
    record = run_both[1][1]
    assert record["status"] == "ok" and record["doc_id"] == article["doc_id"]
    return article["body"], record


def test_sentence_offsets_point_into_the_extracted_body(annotated: tuple[str, dict[str, Any]]) -> None:
    body, record = annotated
    sentences = record["sentences"]
    assert len(sentences) == 4  # the headline and byline are not body text
    assert [s["index"] for s in sentences] == list(range(len(sentences)))
    for sentence in sentences:
        assert body[sentence["start"]:sentence["end"]] == sentence["text"]
    assert [s["start"] for s in sentences] == sorted(s["start"] for s in sentences)


def test_every_mention_lies_inside_its_sentence(annotated: tuple[str, dict[str, Any]]) -> None:
    body, record = annotated
    for sentence in record["sentences"]:
        for kind in MENTION_KINDS:
            for mention in sentence[kind]:
                assert body[mention["start"]:mention["end"]] == mention["text"], (kind, mention)
                assert sentence["start"] <= mention["start"] < mention["end"] <= sentence["end"], (kind, mention)


def test_quantities_are_filed_under_the_sentence_that_states_them(annotated: tuple[str, dict[str, Any]]) -> None:
    _, record = annotated
    filed = {
        (q["text"], q["value"], q["unit"]): s["text"] for s in record["sentences"] for q in s["quantities"]
    }
    assert filed[("three frigates", 3, "frigates")].startswith("The navy said")
    assert filed[("about 400 sailors", 400, "sailors")].startswith("The navy said")
    assert filed[("roughly £25m", 25e6, "GBP")].startswith("Officials said")
    assert filed[("Between 1,500 and 2,000 troops", 1750, "troops")].startswith("Between 1,500")
    assert filed[("300", 300, "troops")].startswith("Between 1,500")
    assert filed[("At least 12 people", 12, "injured")].startswith("At least 12")
    assert len(filed) == 6  # the headline, byline and "Monday"/"Saturday" give no quantity


def test_a_bad_document_passes_through_with_its_status_and_reason(files: tuple[Path, Path], run_both: Any) -> None:
    result, (bad, good) = run_both
    assert bad["source"] == str(files[0]) and bad["status"] != "ok"
    assert bad["reason"] and bad["sentences"] == []
    assert bad["reason"] in result.stderr
    assert good["status"] == "ok" and good["sentences"]
