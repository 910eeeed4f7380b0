"""The public surface is small and deliberate: adding a name is a decision, so a test pins it."""

from __future__ import annotations

import eventwire
from eventwire.records import Article


def test_public_names_are_pinned() -> None:
    assert sorted(eventwire.__all__) == ["Article", "Event", "EventwireError", "__version__", "code", "extract",
                                        "open_store"]


def test_extract_accepts_text_bytes_and_paths(tmp_path) -> None:
    text = ("Envoys meet in Geneva\n\nDiplomats from both sides met on Thursday for a second round "
            "of talks on the future of the arms control treaty, officials said.\n")
    path = tmp_path / "talks.txt"
    path.write_text(text)
    from_text = eventwire.extract(text)
    from_bytes = eventwire.extract(text.encode())
    from_path = eventwire.extract(path)
    assert isinstance(from_text, Article)
    assert from_text.ok and from_bytes.ok and from_path.ok
    assert from_text.body == from_bytes.body == from_path.body
    assert from_text.doc_id == from_bytes.doc_id == from_path.doc_id  # same content, same id
    assert from_path.source == str(path)


def test_extract_never_raises_for_bad_content(tmp_path) -> None:
    assert eventwire.extract(b"").status == "empty"
    assert eventwire.extract(b"%PDF-1.4 binary").status == "rejected"
    missing = eventwire.extract(tmp_path / "missing.html")
    assert missing.status == "error" and "no such file" in (missing.reason or "")


def test_url_gives_a_stable_id_whatever_the_tracking_parameters() -> None:
    text = "Talks resume\n\nNegotiators met again on Friday to resume talks on the prisoner exchange deal.\n"
    a = eventwire.extract(text, url="https://News.example.org/world/talks?utm_source=feed#top")
    b = eventwire.extract(text + "\nUpdated.\n", url="https://news.example.org/world/talks/")
    assert a.doc_id == b.doc_id
    assert a.url == "https://News.example.org/world/talks?utm_source=feed#top"


def test_a_page_without_an_article_keeps_its_title_and_date() -> None:
    page = ("<html><head><title>Harbour closures: live map</title>"
            '<meta property="article:published_time" content="2023-03-14T09:30:00Z">'
            "</head><body><nav><a href='/a'>Home</a> <a href='/b'>World</a></nav>"
            "<div>Loading…</div></body></html>")
    record = eventwire.extract(page, url="https://news.example.org/2023/03/14/harbour-map")
    assert record.status == "empty" and "no article text" in (record.reason or "")
    assert record.body == ""
    assert record.title == "Harbour closures: live map"
    assert (record.published or "").startswith("2023-03-14")
    assert record.url == "https://news.example.org/2023/03/14/harbour-map"
