"""The `eventwire extract` command, run as a user runs it: a real process, real files."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SCHEMA = json.loads(resources.files("eventwire").joinpath("schema/article.schema.json").read_text())

GERMAN = (
    "Außenministerin trifft Amtskollegen in Kiew\n\n"
    "Die Außenministerin ist am Montag zu Gesprächen in die ukrainische Hauptstadt gereist. "
    "Sie sicherte der Regierung weitere Unterstützung zu und warnte Russland vor einer Eskalation.\n\n"
    "Am Dienstag wird sie in Moskau erwartet, wo sie mit ihrem russischen Kollegen über die Lage "
    "an der Grenze sprechen will. Beobachter erwarten keine schnellen Fortschritte.\n"
)


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "eventwire", *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True, text=True, timeout=120,
    )


def records(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_examples_give_one_valid_record_each() -> None:
    result = run("extract", str(EXAMPLES))
    assert result.returncode == 0, result.stderr
    found = records(result.stdout)
    assert len(found) == len([p for p in EXAMPLES.iterdir() if p.suffix in {".html", ".txt"}])
    for record in found:
        jsonschema.validate(record, SCHEMA)
        assert record["status"] == "ok", record["reason"]
        assert len(record["body"]) > 300
        assert record["language"] == "en"
    assert {r["format"] for r in found} == {"html", "text"}


def test_stdin_is_read_with_a_dash() -> None:
    result = run("extract", "-", stdin=(EXAMPLES / "wire-donbas-shelling.txt").read_bytes())
    assert result.returncode == 0, result.stderr
    (record,) = records(result.stdout)
    assert record["source"] == "<stdin>" and record["status"] == "ok"


def test_bad_documents_get_a_reason_and_the_run_goes_on(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "photo.jpg.html").write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4)
    (tmp_path / "huge.txt").write_bytes(b"word " * 4000)
    (tmp_path / "good.txt").write_bytes((EXAMPLES / "wire-donbas-shelling.txt").read_bytes())
    result = run("extract", "--max-bytes", "10000", str(tmp_path), str(tmp_path / "nothing-*.txt"))
    assert result.returncode == 0
    by_source = {Path(r["source"]).name: r for r in records(result.stdout)}
    assert by_source["good.txt"]["status"] == "ok"
    assert by_source["empty.txt"]["status"] == "empty" and "empty" in by_source["empty.txt"]["reason"]
    assert by_source["photo.jpg.html"]["status"] == "rejected" and "JPEG" in by_source["photo.jpg.html"]["reason"]
    assert by_source["huge.txt"]["status"] == "rejected" and "limit" in by_source["huge.txt"]["reason"]
    assert any(r["status"] == "error" and "no file matches" in r["reason"] for r in by_source.values())
    for record in by_source.values():
        jsonschema.validate(record, SCHEMA)
    assert "Traceback" not in result.stderr
    assert "5 documents: 1 empty, 1 error, 1 ok, 2 rejected" in result.stderr


def test_exit_status_is_non_zero_only_when_nothing_could_be_done(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run("extract", str(tmp_path / "empty.txt"), str(tmp_path / "missing.html"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "no such file or directory" in result.stderr


def test_non_english_pages_are_extracted_with_their_language(tmp_path: Path) -> None:
    page = tmp_path / "kiew.txt"
    page.write_text(GERMAN, encoding="utf-8")
    (record,) = records(run("extract", str(page)).stdout)
    assert record["status"] == "ok" and record["language"] == "de"
    assert "Hauptstadt" in record["body"]


def test_bad_option_is_a_clear_error_without_traceback() -> None:
    result = run("extract", "--max-bytes", "0", str(EXAMPLES))
    assert result.returncode == 2
    assert "Invalid value" in result.stderr and "Traceback" not in result.stderr


def test_table_format_is_readable() -> None:
    result = run("extract", "--format", "table", str(EXAMPLES / "wire-donbas-shelling.txt"))
    lines = result.stdout.splitlines()
    assert lines[0].split()[:2] == ["status", "fmt"]
    assert lines[1].startswith("ok") and " text " in lines[1]


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("eventwire ")


@pytest.mark.parametrize("name", ["wire-donbas-shelling.txt", "baltic-air-policing.html"])
def test_python_api_matches_cli(name: str) -> None:
    import eventwire

    article = eventwire.extract(str(EXAMPLES / name))
    (record,) = records(run("extract", str(EXAMPLES / name)).stdout)
    assert article.to_dict() == record
