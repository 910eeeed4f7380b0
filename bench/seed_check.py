"""What eventwire makes of the project's seed page, checked against issue 2's acceptance list.

    .venv/bin/python bench/seed_check.py

The expected values are derived from the seed file's own layout (its first line is the headline,
the "By …" line names the author, the article paragraphs are the prose paragraphs between the
byline and the first list of other stories), so no seed text is copied here. Nothing in the
library knows this page: this script only reads ../shared and compares.
"""

from __future__ import annotations

import sys
from pathlib import Path

import eventwire

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_f80b100d7472a4b1.txt"


def _spaces(text: str) -> str:
    """One space for every run of white space (a non-breaking space included)."""
    return " ".join(text.split())


def expected(text: str) -> dict[str, object]:
    """Headline, author and body paragraphs read off the seed's layout by hand-written rules."""
    blocks = [_spaces(b) for b in text.split("\n\n") if b.strip()]
    byline = next(i for i, b in enumerate(blocks) if b.startswith("By "))
    body: list[str] = []
    for block in blocks[byline + 1:]:
        if block.startswith("READ MORE"):
            continue
        if len(block.split()) < 8:  # the first short block after the article is the "more news" list
            break
        body.append(block)
    return {"title": blocks[0], "authors": [blocks[byline][3:]], "body": body}


def main() -> int:
    text = SEED.read_text(encoding="utf-8")
    want = expected(text)
    article = eventwire.extract(SEED)
    got_body = [_spaces(p) for p in article.body.split("\n\n") if p.strip()]
    checks = {
        "status ok": article.status == "ok",
        "title": article.title == want["title"],
        "published 2022-02-02T16:02": article.published == "2022-02-02T16:02",
        "authors": article.authors == want["authors"],
        f"body = the {len(want['body'])} article paragraphs": got_body == want["body"],  # type: ignore[arg-type]
        "no READ MORE line in the body": "READ MORE" not in article.body,
        "caption found": len(article.captions) >= 1,
        "related headlines found": len(article.related) >= 10,
    }
    print(f"title:     {article.title!r}")
    print(f"published: {article.published} ({article.published_source})   authors: {article.authors}")
    print(f"body:      {len(got_body)} paragraphs; captions {len(article.captions)}; related {len(article.related)}")
    if got_body != want["body"]:
        missing = [p[:60] for p in want["body"] if p not in got_body]  # type: ignore[union-attr]
        extra = [p[:60] for p in got_body if p not in want["body"]]  # type: ignore[operator]
        print(f"  missing paragraphs: {missing}\n  extra paragraphs:   {extra}")
    for name, ok in checks.items():
        print(f"  [{'x' if ok else ' '}] {name}")
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
