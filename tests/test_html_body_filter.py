"""Boilerplate lines inside the extracted HTML body, on pages written for these tests."""

from __future__ import annotations

from eventwire.extract.html import extract_html, is_boilerplate_line, split_boilerplate

PARAGRAPHS = [
    "The regional water board said on Wednesday that the reservoir above the valley had fallen to "
    "its lowest level in thirty years after a dry spring and an unusually hot summer.",
    "Farmers in the lower valley have been asked to water their fields only at night, and the "
    "board will review the restriction at the end of the month, its chairwoman told reporters.",
    "The operator of the hydroelectric plant declined to comment on how long it could keep running.",
    "Engineers expect the level to recover only if the autumn rains arrive on time, the board said, "
    "adding that a second pipeline from the northern lake would not be ready before next year.",
]


def test_read_more_links_and_prompts_are_not_article_lines() -> None:
    assert is_boilerplate_line("READ MORE: Mayor opens the new ferry terminal")
    assert is_boilerplate_line("Lesen Sie auch: Neue Brücke für die Altstadt")
    assert is_boilerplate_line("Subscribe to our free morning newsletter")
    assert is_boilerplate_line("Related")
    assert not is_boilerplate_line(PARAGRAPHS[2])  # "declined to comment" is reporting
    assert not is_boilerplate_line(PARAGRAPHS[0])


def test_long_prose_that_mentions_a_newsletter_stays() -> None:
    line = ("The council's own newsletter, which every household receives, had warned in March that "
            "the reservoir would not last the summer, and residents were asked to sign up for text alerts.")
    assert not is_boilerplate_line(line)


def test_split_boilerplate_keeps_order_and_collects_the_linked_headlines() -> None:
    text = "\n".join([PARAGRAPHS[0], "READ MORE: Mayor opens the new ferry terminal", PARAGRAPHS[1],
                      "Subscribe to our free morning newsletter", PARAGRAPHS[2]])
    body, related = split_boilerplate(text)
    assert body.splitlines() == PARAGRAPHS[:3]
    assert related == ["Mayor opens the new ferry terminal"]


def test_html_body_drops_an_inline_read_more_link_and_lists_it_as_related() -> None:
    paragraphs = [f"<p>{p}</p>" for p in PARAGRAPHS]
    paragraphs.insert(2, "<p><strong>READ MORE:</strong> <a href='/ferry'>Mayor opens the new ferry terminal</a></p>")
    paragraphs.append("<p>Subscribe to our free morning newsletter</p>")
    html = ("<html><head><title>Reservoir at a thirty-year low | Valley Courier</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/region'>Region</a></nav>"
            "<article><h1>Reservoir at a thirty-year low</h1>" + "".join(paragraphs) + "</article>"
            "<footer>Valley Courier</footer></body></html>")
    parts = extract_html(html, url="https://courier.example.org/region/reservoir-low")
    assert "declined to comment" in parts.body
    assert "second pipeline" in parts.body
    assert "READ MORE" not in parts.body and "newsletter" not in parts.body
    assert parts.related == ["Mayor opens the new ferry terminal"]


def test_paragraph_chars_counts_visible_paragraph_text() -> None:
    from trafilatura.utils import load_html

    from eventwire.extract.html import paragraph_chars

    tree = load_html("<html><body><p>One  two\n three.</p><div>not a paragraph</div><p>Four.</p></body></html>")
    assert paragraph_chars(tree) == len("One two three.") + len("Four.")
    assert paragraph_chars("<p>not parsed</p>") is None


def test_page_whose_paragraphs_precision_mode_keeps_gets_its_full_body() -> None:
    # Every <p> of the page is article text, so the second (default-mode) pass is not needed.
    html = ("<html><head><title>Reservoir at a thirty-year low</title></head><body><article>"
            "<h1>Reservoir at a thirty-year low</h1>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
            + "</article></body></html>")
    parts = extract_html(html, url="https://courier.example.org/region/reservoir-low")
    assert parts.body.split("\n\n")[-4:] == PARAGRAPHS
