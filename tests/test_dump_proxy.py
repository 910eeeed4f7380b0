"""tools/dump_proxy.py: reading the labelled-pages package, halves, the comments rule, paired scores."""

from __future__ import annotations

import io
import json
import sys
import tarfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

dump_proxy = pytest.importorskip("dump_proxy")


def _package(path: Path, pages: dict[str, tuple[str, bytes, dict | None]], unlabeled: str | None = None) -> Path:
    """A tarball laid out as the npm package is: datamap plus source/expected files per key."""
    datamap = [{"labeled": True, "key": key, "href": url, "why": "test", "state": "4-4-4"}
               for key, (url, _, _) in pages.items()]
    if unlabeled:
        datamap.append({"labeled": False, "key": unlabeled, "href": "http://example.org/x", "why": "test"})
    files = {dump_proxy.PREFIX + "datamap.json": json.dumps(datamap).encode()}
    for key, (_, html, expected) in pages.items():
        files[dump_proxy.PREFIX + f"source/{key}.html"] = html
        if expected is not None:
            files[dump_proxy.PREFIX + f"expected/{key}.json"] = json.dumps(expected).encode()
    with tarfile.open(path, "w:gz") as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def test_read_pages_keeps_labelled_pages_with_text(tmp_path: Path) -> None:
    html = "<html><body><h1>Harbour reopens</h1><p>The harbour reopened on Monday after repairs.</p></body></html>"
    tarball = _package(tmp_path / "p.tgz", {
        "a" * 64: ("http://www.example.com/news/harbour", html.encode(), {"title": "Harbour reopens",
                                                                           "text": "The harbour reopened on Monday after repairs."}),
        "b" * 64: ("http://example.net/empty", b"<p>x</p>", {"title": "t", "text": "  "}),
        "c" * 64: ("http://example.net/missing", b"<p>x</p>", None),
    }, unlabeled="d" * 64)
    pages = dump_proxy.read_pages(tarball)
    assert [p["id"] for p in pages] == ["a" * 16]
    page = pages[0]
    assert page["gold_body"].startswith("The harbour reopened")
    assert page["half"] in ("dev", "held")
    assert "Harbour reopens" in page["html"]


def test_decode_falls_back_to_the_declared_charset() -> None:
    text = '<meta charset="iso-8859-1"><p>Café am Marktplatz</p>'
    assert "Café" in dump_proxy.decode(text.encode("iso-8859-1"))
    assert dump_proxy.decode("Grüße".encode()) == "Grüße"


def test_site_half_keeps_a_site_together() -> None:
    assert dump_proxy.site_half("http://www.example.com/a") == dump_proxy.site_half("https://example.com/b/c")
    halves = {dump_proxy.site_half(f"http://site{i}.example/") for i in range(40)}
    assert halves == {"dev", "held"}


def test_comments_heading_ends_the_body() -> None:
    texts = ["Headline of the story", "First paragraph of the story with words.", "Second paragraph here.",
             "Third paragraph of it.", "Fourth paragraph of it.", "12 Comments", "A reader wrote this reply."]
    n_words = [len(t.split()) for t in texts]
    keep = [0, 1, 2, 3, 4, 6]
    assert dump_proxy.cut_at_comments(keep, texts, n_words) == [0, 1, 2, 3, 4]
    # too early in the body (before the third body line): left alone
    early = ["Comments", "One.", "Two.", "Three.", "Four."]
    assert dump_proxy.cut_at_comments([0, 1, 2, 3, 4], early, [1] * 5) == [0, 1, 2, 3, 4]
    # a sentence that merely mentions comments is not a heading
    talk = texts[:5] + ["Officials declined to comment on the plan and left.", texts[6]]
    assert dump_proxy.cut_at_comments(keep, talk, [len(t.split()) for t in talk]) == keep


def test_paired_difference_and_changed_pages() -> None:
    golds = ["the river rose above the old stone bridge on friday night"] * 4
    old = ["the river rose above the old stone bridge on friday night plus some menu words here"] * 4
    new = list(golds[:2]) + old[2:]
    delta, sd, share, changed = dump_proxy.paired(golds, old, new, resamples=50)
    assert delta > 0 and changed == 2 and 0.0 <= share <= 1.0 and sd >= 0.0
