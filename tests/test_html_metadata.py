"""The HTML metadata layer on small pages written for these tests."""

from __future__ import annotations

import pytest

from eventwire.extract.html import extract_html
from eventwire.extract.metadata import read_metadata

BODY = (
    "<p>The city council voted on Tuesday to close the old bridge after engineers found cracks "
    "in two of its pillars, officials said.</p>"
    "<p>Repairs are expected to take at least six months and will cost the city several million "
    "euros, according to the council's own estimate.</p>"
    "<p>Residents will have to use the ferry or a detour through the northern district.</p>"
)


def page(head: str = "", header: str = "", aside: str = "", footer: str = "", title: str = "") -> str:
    return (
        f"<html><head><title>{title}</title>{head}</head><body>"
        f"<nav><a href='/'>Home</a> <a href='/politics'>Politics</a></nav>"
        f"<article><header>{header}</header>{BODY}{footer}</article>"
        f"<aside class='sidebar'>{aside}</aside>"
        f"<footer>© 2023 Example Media</footer></body></html>"
    )


def meta(html: str, url: str | None = "https://news.example.com/politics/bridge-closed"):
    return read_metadata(html, url=url, body=BODY.replace("<p>", "").replace("</p>", "\n"))


# --- titles --------------------------------------------------------------------------------------

def test_site_suffix_is_stripped_when_h1_confirms_the_headline() -> None:
    html = page(title="Council closes old bridge | Example News",
                head="<meta property='og:site_name' content='Example News'>",
                header="<h1>Council closes old bridge</h1>")
    assert meta(html).title == "Council closes old bridge"


def test_site_prefix_is_stripped_without_any_h1() -> None:
    html = page(title="Example News - Council closes old bridge",
                head="<meta property='og:site_name' content='Example News'>")
    assert meta(html).title == "Council closes old bridge"


def test_suffix_matching_the_hostname_is_stripped() -> None:
    html = page(title="Council closes old bridge – news.example.com")
    assert meta(html).title == "Council closes old bridge"


def test_site_name_h1_is_not_the_headline() -> None:
    html = page(title="Council closes old bridge | Example News",
                head="<meta property='og:site_name' content='Example News'>",
                header="<h1>Example News</h1>") .replace("<header>", "<header><h1>Council closes old bridge</h1>", 1)
    assert meta(html).title == "Council closes old bridge"


def test_kicker_in_h1_gives_the_title_headline() -> None:
    html = page(title="Council closes old bridge | Example News",
                head="<meta property='og:site_name' content='Example News'>",
                header="<h1><span>Infrastructure</span><span>Council closes old bridge</span></h1>")
    assert meta(html).title == "Council closes old bridge"


# --- authors -------------------------------------------------------------------------------------

def test_byline_names_are_split_and_the_agency_kept() -> None:
    html = page(header="<h1>Council closes old bridge</h1>"
                       "<p class='byline'>By Jane Doe and John Roe, Reuters | Senior Reporters</p>")
    assert meta(html).authors == ["Jane Doe", "John Roe", "Reuters"]


def test_no_author_is_invented_on_a_page_without_byline() -> None:
    html = page(header="<h1>Council closes old bridge</h1>",
                aside="<div class='widget'><h3>Popular</h3><a href='/x'>Mayor resigns</a></div>")
    assert meta(html).authors == []


def test_organisation_in_meta_author_is_not_an_author() -> None:
    html = page(head="<meta name='author' content='Example News Desk'>",
                header="<h1>Council closes old bridge</h1>")
    assert meta(html).authors == []


def authors_with_json_ld(ld: str, footer: str = "<p>Maria Keller reports on the city.</p>") -> list[str]:
    """Authors of the test page with a JSON-LD script in its head and ``footer`` below the body."""
    html = page(head=f'<script type="application/ld+json">{ld}</script>',
                header="<h1>Council closes old bridge</h1>", footer=footer)
    return meta(html).authors


def test_json_ld_person_confirmed_by_the_page_is_an_author() -> None:
    ld = ('{"@type": "NewsArticle", "headline": "Council closes old bridge", "author": [{"@type": "Person",'
          ' "name": "Maria Keller"}, {"@type": "Organization", "name": "Example News"}]}')
    assert authors_with_json_ld(ld) == ["Maria Keller"]


def test_json_ld_author_given_by_reference_into_the_graph() -> None:
    # WordPress SEO plugins write the author as {"@id": ...} and the Person elsewhere in @graph.
    ld = ('{"@graph": [{"@type": "Article", "author": {"@id": "https://x.example/#/person/1"}},'
          ' {"@type": "Person", "@id": "https://x.example/#/person/1", "name": "Maria Keller"}]}')
    assert authors_with_json_ld(ld) == ["Maria Keller"]
    # Unconfirmed by the visible page, the referenced name is not taken.
    assert authors_with_json_ld(ld, footer="") == []


def test_role_and_email_lines_are_not_names() -> None:
    html = page(header="<h1>Council closes old bridge</h1>"
                       "<div class='author'>Senior Reporter</div><div class='author'>Email the author</div>")
    assert meta(html).authors == []


def test_desk_or_agency_byline_is_returned_as_written() -> None:
    html = page(header="<h1>Council closes old bridge</h1><p class='byline'>Von  Redaktion</p>")
    assert meta(html).authors == ["Redaktion"]
    html = page(header="<h1>Council closes old bridge</h1><p>Por Agencia EFE | 04.05.2022</p>")
    assert meta(html).authors == ["Agencia EFE"]
    html = page(header="<h1>Council closes old bridge</h1><p>By Ann Lee, Bo Kim, NDR</p>")
    assert meta(html).authors == ["Ann Lee", "Bo Kim", "NDR"]


def test_desk_named_only_outside_the_byline_slot_is_not_an_author() -> None:
    html = page(head="<meta name='author' content='Example News Redaktion'>",
                header="<h1>Council closes old bridge</h1>",
                aside="<ul>" + "<li><a href='/x'>Mayor opens the new market hall downtown</a></li>" * 30
                      + "</ul><p>Von Redaktion</p>")
    assert meta(html).authors == []


# --- dates ---------------------------------------------------------------------------------------

def test_json_ld_date_wins_over_a_sidebar_date() -> None:
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2022-05-03T09:30:00+02:00",'
          ' "dateModified": "2022-05-04T10:00:00+02:00"}</script>')
    html = page(head=ld, header="<h1>Council closes old bridge</h1><time datetime='2022-05-03'>3 May 2022</time>",
                aside="<ul><li>Mayor resigns <span class='date'>12 April 2022</span></li></ul>")
    found = meta(html)
    assert (found.published, found.published_source) == ("2022-05-03T09:30", "json-ld")


def test_no_date_on_an_undated_page() -> None:
    ld = '<script type="application/ld+json">{"@type": "WebPage", "datePublished": "2019-01-10T10:44:43+01:00"}</script>'
    html = page(head=ld, header="<h1>Council closes old bridge</h1>",
                aside="<ul><li>Mayor resigns <span class='date'>12 April 2022</span></li></ul>")
    assert meta(html, url="https://news.example.com/bridge").published is None


def test_dateline_under_the_headline() -> None:
    html = page(header="<h1>Council closes old bridge</h1><p class='meta'>Veröffentlicht am 2. Februar 2022, 16:02 Uhr</p>")
    found = meta(html, url="https://news.example.com/bridge")
    assert (found.published, found.published_source) == ("2022-02-02T16:02", "dateline")


def test_updated_date_is_not_taken_for_the_published_one() -> None:
    html = page(header="<h1>Council closes old bridge</h1>"
                       "<p>Updated 5 March 2022</p><p>Published 1 March 2022</p>")
    assert meta(html, url="https://news.example.com/bridge").published == "2022-03-01"


def test_date_from_the_url() -> None:
    html = page(header="<h1>Council closes old bridge</h1>")
    found = meta(html, url="https://news.example.com/2021/07/09/bridge-closed/")
    assert (found.published, found.published_source) == ("2021-07-09", "url")


def test_unconfirmed_meta_date_is_not_used() -> None:
    html = page(head="<meta property='article:published_time' content='2015-10-02T12:15:54+02:00'>",
                header="<h1>Council closes old bridge</h1>")
    assert meta(html, url="https://news.example.com/bridge").published is None


def test_meta_date_confirmed_by_the_visible_page() -> None:
    html = page(head="<meta property='article:published_time' content='2015-10-02T12:15:54+02:00'>",
                header="<h1>Council closes old bridge</h1><span>02.10.2015</span>")
    found = meta(html, url="https://news.example.com/bridge")
    assert (found.published, found.published_source) == ("2015-10-02T12:15", "meta")


# --- site and the whole path ---------------------------------------------------------------------

def test_site_prefers_og_site_name_then_hostname() -> None:
    assert meta(page(head="<meta property='og:site_name' content='Example News'>")).site == "Example News"
    assert meta(page()).site == "news.example.com"


@pytest.mark.parametrize("broken", ["", "<html></html>", "not html at all"])
def test_broken_pages_give_empty_metadata_not_errors(broken: str) -> None:
    parts = read_metadata(broken, url=None)
    assert parts.authors == [] and parts.published is None


def test_extract_html_gives_body_and_metadata_from_one_parse() -> None:
    html = page(title="Council closes old bridge | Example News",
                head="<meta property='og:site_name' content='Example News'>",
                header="<h1>Council closes old bridge</h1><p class='byline'>Von Max Muster</p>")
    parts = extract_html(html, url="https://news.example.com/2022/02/02/bridge")
    assert "six months" in parts.body
    assert parts.title == "Council closes old bridge"
    assert parts.authors == ["Max Muster"]
    assert parts.published == "2022-02-02"
    assert parts.site == "Example News"


# --- additions to extract/dates.py ------------------------------------------------------------

def test_short_years_only_on_request() -> None:
    from datetime import date

    from eventwire.extract.dates import find_date, find_dates

    assert find_dates("Kultur, 2.11.22") == []
    assert find_date("Kultur, 2.11.22 14:30", short_years=True).value == "2022-11-02T14:30"
    assert find_date("am 31.12.99", short_years=True, latest=date(2020, 1, 1)).value == "1999-12-31"


def test_date_told_in_the_story_is_not_a_dateline() -> None:
    html = page(header="<h1>Council closes old bridge</h1><p>The council said it had warned about the "
                       "bridge before, and that on 12 May 2006 engineers first reported cracks in the pillars "
                       "to the city's building department.</p>")
    assert meta(html, url="https://news.example.com/bridge").published is None


def test_event_date_range_is_not_a_dateline() -> None:
    html = page(header="<h1>Council closes old bridge</h1><p>Exhibition 9-23 Feb 2017</p>")
    assert meta(html, url="https://news.example.com/bridge").published is None


def test_byline_in_the_article_footer_counts() -> None:
    html = page(header="<h1>Council closes old bridge</h1>",
                footer="<footer><span class='author'>Text: Klara Berg</span></footer>")
    assert meta(html).authors == ["Klara Berg"]


def test_site_named_one_word_author_is_dropped() -> None:
    html = page(header="<h1>Council closes old bridge</h1><span class='author'>example</span>")
    assert meta(html, url="https://www.example.com/bridge").authors == []


def test_url_dates_unpadded_and_day_first() -> None:
    from eventwire.extract.meta_dates import url_date

    assert url_date("https://blog.example.org/2017/7/12/summer-notes") == "2017-07-12"
    assert url_date("https://example.org/news/29-10-2021") == "2021-10-29"
    assert url_date("https://example.org/news/05-10-2021") is None  # 5 Oct or 10 May?
    assert url_date("https://example.org/2022/5/slug") is None


def test_posting_credit_labels_the_date() -> None:
    html = page(header="<h1>Council closes old bridge</h1>",
                footer="<p>Sidebar teaser 3 March 2021</p><p>Gespeichert von lenz am 24. Juli 2017 - 18:55</p>")
    assert meta(html, url="https://news.example.com/bridge").published == "2017-07-24T18:55"


def test_dateline_forms_only_datelines_print() -> None:
    from eventwire.extract.dates import find_dates

    def values(text: str, **kw: bool) -> list[str]:
        return [d.value for d in find_dates(text, dateline=True, **kw)]

    assert values("Familie 17/02/2022") == ["2022-02-17"]
    assert values("3/5/2022 22:41") == ["2022-05-03T22:41"]
    assert values("3/5/2022 22:41", month_first=True) == ["2022-03-05T22:41"]
    assert values("26 | 01 | 2022 Schweiz") == ["2022-01-26"]
    assert values("Datum: 03.Mär.19") == ["2019-03-03"]
    assert values("4. května 2021") == ["2021-05-04"]
    assert values("12. maaliskuuta 2020") == ["2020-03-12"]
    assert find_dates("Familie 17/02/2022") == []  # not in running text


def test_slashed_dateline_is_read_the_way_the_page_writes_dates() -> None:
    header = "<h1>Council closes old bridge</h1><p class='meta'>05/03/2022 10:15</p>"
    html = page(header=header).replace("<html>", "<html lang='de'>", 1)
    assert meta(html, url="https://news.example.de/bridge").published == "2022-03-05T10:15"
    html = page(header=header).replace("<html>", "<html lang='en-US'>", 1)
    assert meta(html, url="https://news.example.com/bridge").published == "2022-05-03T10:15"


def test_url_year_and_month_confirm_a_structured_date() -> None:
    html = page(head="<meta property='article:published_time' content='2020-08-29T09:46:00+06:00'>",
                header="<h1>Council closes old bridge</h1>")
    assert meta(html, url="https://news.example.com/2020/08/23646/").published == "2020-08-29T09:46"
    assert meta(html, url="https://news.example.com/2020/09/23646/").published is None


def test_dateline_opening_the_first_paragraph() -> None:
    html = page(header="<h1>Council closes old bridge</h1>").replace(
        "<p>The city council", "<p>27.1.2022 - The city council", 1)
    assert meta(html, url="https://news.example.com/bridge").published == "2022-01-27"


def test_author_credit_labels_the_date_below_the_article() -> None:
    html = page(header="<h1>Council closes old bridge</h1>",
                footer="<p>Author: lenz77 am 29.12.2010, 13:36 Uhr</p>")
    assert meta(html, url="https://news.example.com/bridge").published == "2010-12-29T13:36"


def test_label_after_the_date_and_the_last_paragraph_found_by_its_predecessor() -> None:
    html = page(header="<h1>Council closes old bridge</h1>",
                footer="<ul><li>Tags: bridge</li></ul><p>Dieser Beitrag wurde am 19. Mai 2010 um 23:03 Uhr gepostet</p>")
    body = BODY.replace("<p>", "").replace("</p>", "\n") + "Tags: bridge, council, repairs\n"
    found = read_metadata(html, url="https://news.example.com/bridge", body=body)
    assert found.published == "2010-05-19T23:03"


def test_capture_time_rules_out_later_datelines() -> None:
    from eventwire.extract import extract_page
    from eventwire.records import Page

    html = page(header="<h1>Council closes old bridge</h1><p class='meta'>2 February 2022</p>")

    def published(fetched: str | None) -> str | None:
        doc = Page(source="t", text=html, format="html", encoding="utf-8",
                   url="https://news.example.com/bridge", fetched=fetched)
        return extract_page(doc).published

    assert published("2022-03-01T10:00:00Z") == "2022-02-02"
    assert published(None) == "2022-02-02"
    assert published("2021-12-31T10:00:00Z") is None


def test_sentence_leading_up_to_a_date_is_prose_but_a_place_is_a_dateline() -> None:
    told = page(header="<h1>Council closes old bridge</h1><p>Ich habe am 12. Mai 2006 eine Mail an alle "
                       "Mitglieder des Rates geschickt.</p>")
    assert meta(told, url="https://news.example.com/bridge").published is None
    dateline = page(header="<h1>Council closes old bridge</h1><p>Bern, 17.08.2007 - Rede des Ministers beim "
                           "Städtegipfel in Basel über die Zukunft der Brücke.</p>")
    assert meta(dateline, url="https://news.example.com/bridge").published == "2007-08-17"
    updated = page(header="<h1>Council closes old bridge</h1><p>Last updated on 20 Feb, 2020. 3 min read "
                          "for anyone who wants the details.</p>")
    assert meta(updated, url="https://news.example.com/bridge").published == "2020-02-20"


def test_author_box_below_the_article_counts_when_labelled() -> None:
    box = "<aside class='sidebar'><div class='author-info'><a>Harald Bauer</a> <span>Autor</span></div></aside>"
    html = page(header="<h1>Council closes old bridge</h1>").replace("</article>", "</article>" + box, 1)
    assert meta(html).authors == ["Harald Bauer"]
    unlabelled = box.replace("<span>Autor</span>", "")
    html = page(header="<h1>Council closes old bridge</h1>" + "<p>Filler about the city.</p>" * 30).replace(
        "</article>", "</article>" + unlabelled, 1)
    assert meta(html).authors == []


def test_teaser_byline_above_the_headline_loses_to_the_article_byline() -> None:
    teaser = "<div class='related'><a>Mayor resigns</a><span class='writer'>Mia Stone</span></div>"
    html = page(header=teaser + "<h1>Council closes old bridge</h1><span class='writer'>Nora Field</span>")
    assert meta(html).authors == ["Nora Field"]


def test_the_one_labelled_publication_day_counts_wherever_it_stands() -> None:
    # Nothing dates the article next to it; the page's footer box says when it appeared.
    html = page(header="<h1>Council closes old bridge</h1>",
                aside="<p>Letzte Änderung: 31.10.2023</p><p>Erschienen am: 01.11.2023</p>")
    parts = meta(html)
    assert (parts.published, parts.published_source) == ("2023-11-01", "dateline")


def test_several_labelled_days_far_from_the_article_give_no_date() -> None:
    # Two "posted" days in a sidebar are comments or teasers: which one is the article's is a guess.
    html = page(header="<h1>Council closes old bridge</h1>",
                aside="<p>Posted on 3 March 2021</p><p>Posted on 9 April 2022</p>")
    assert meta(html).published is None


def test_a_stamp_printed_only_in_teasers_far_below_does_not_beat_the_dateline() -> None:
    filler = "".join(f"<p>Other story number {i} about the harbour and the new tram line</p>" for i in range(8))
    head = "<meta property='article:published_time' content='2020-04-30'>"
    html = page(head=head, header="<h1>Council closes old bridge</h1><p>Von Jana Roth 29.04.2020, 12:01 Uhr</p>",
                aside=filler + "<p>Related: 30.04.2020 / Jana Roth</p>")
    assert meta(html).published == "2020-04-29T12:01"
    # Printed just below the article ("posted on"), the stamp is confirmed and wins.
    html = page(head=head, header="<h1>Council closes old bridge</h1><p>Von Jana Roth 29.04.2020, 12:01 Uhr</p>",
                footer="<p>Dieser Beitrag wurde am 30.04.2020 gepostet</p>")
    assert meta(html).published == "2020-04-30"


def test_byline_classed_photo_credit_is_not_the_author() -> None:
    # Some CMSs mark the picture credit with the author class: "Foto: <span class=autor>…".
    html = page(header="<figure><figcaption>Foto: <span class='autor'>Pablo Ruiz</span></figcaption></figure>"
                       "<h1>Council closes old bridge</h1><div class='byline'>Por Lucía Gómez</div>")
    assert meta(html).authors == ["Lucía Gómez"]


def test_a_dateline_ending_a_sentence_is_read() -> None:
    html = page(header="<h1>Council closes old bridge</h1><p>Veröffentlicht am 17.01.2021.</p>")
    assert meta(html).published == "2021-01-17"


def test_kicker_inside_the_h1_is_not_part_of_the_title() -> None:
    html = page(title="Nach Corona-Lockerungen: Council closes old bridge | Example News",
                header="<h1><span class='dachzeile'>Nach Corona-Lockerungen</span>"
                       "<span class='headline'>Council closes old bridge</span></h1>")
    assert meta(html).title == "Council closes old bridge"
    html = page(title="Council closes old bridge", header="<h1><small>Week in review</small><br>Council closes old bridge</h1>")
    assert meta(html).title == "Council closes old bridge"


def test_site_owner_named_as_author_is_not_an_author_even_with_umlauts_spelled_out() -> None:
    html = page(head="<meta name='author' content='Jörg Müller'>", header="<h1>Council closes old bridge</h1>",
                footer="<p>Jörg Müller, Hundetrainer</p>")
    assert meta(html, url="https://www.joergmueller.de/aktuelles/bridge").authors == []
    assert meta(html, url="https://news.example.com/politics/bridge").authors == ["Jörg Müller"]


def test_named_month_between_separators() -> None:
    from eventwire.extract.dates import find_dates

    def values(text: str) -> list[str]:
        return [d.value for d in find_dates(text, dateline=True)]

    assert values("von Klara Berg Reisen 14 / März / 2023 Wer") == ["2023-03-14"]
    assert values("Posted 07-Sep-2021 08:45") == ["2021-09-07T08:45"]
    assert values("build v2-may-2020") == []  # not a day: a letter leads the number
    assert values("14 / März - 2023") == []  # mixed separators are no date


def test_dateline_found_well_above_the_body_without_a_headline() -> None:
    # No <h1> locates the article: the dateline sits above a menu, five hundred characters
    # before the first paragraph.
    menu = " ".join(f"<a href='/s{i}'>Section {i:02d}</a>" for i in range(40))
    html = (f"<html><body><div class='top'>Mar 9, 2021</div><div class='links'>{menu}</div>"
            f"<div class='text'>{BODY}</div></body></html>")
    found = meta(html, url="https://news.example.com/bridge")
    assert (found.published, found.published_source) == ("2021-03-09", "dateline")


def test_plain_time_element_when_nothing_else_dates_the_article() -> None:
    # A <time> with no "published" class between a chapter's paragraphs, far from the headline
    # and the body's opening where datelines are looked for; the page prints its day there.
    paragraphs = [f"Chapter paragraph {i}: the ferry left the northern pier late again, and the "
                  f"passengers waited in the rain while the crew argued about the broken ramp." for i in range(14)]
    html = ("<html><body><article><h1>Chapter one: the ferry</h1>"
            + "".join(f"<p>{p}</p>" for p in paragraphs[:12])
            + "<p><time datetime='2020-08-06T09:09:24Z'>Thursday, August 6, 2020 9:09:24 AM</time></p>"
            + "".join(f"<p>{p}</p>" for p in paragraphs[12:]) + "</article></body></html>")
    found = read_metadata(html, url="https://fiction.example.com/chapter-1", body="\n".join(paragraphs))
    assert (found.published, found.published_source) == ("2020-08-06T09:09", "meta")


def test_plain_time_element_below_the_article_is_a_teasers() -> None:
    html = page(header="<h1>Council closes old bridge</h1>") .replace(
        "</article>", "</article><div><p>Mayor opens the new market hall</p>"
        "<time datetime='2020-06-05T21:36:45+02:00'>5 June 2020</time></div>")
    assert meta(html, url="https://news.example.com/bridge").published is None


def test_plain_time_element_does_not_overrule_a_dateline() -> None:
    html = page(header="<h1>Council closes old bridge</h1><p>31 October 2023</p>"
                       "<p>Column: <time datetime='2023-11-01T13:56:20+01:00'>1 November 2023</time></p>")
    assert meta(html, url="https://news.example.com/bridge").published == "2023-10-31"


def test_stand_dateline_beats_a_stamp_of_another_day_printed_elsewhere() -> None:
    html = page(head="<meta name='date' content='2021-06-15T08:30:00'>",
                header="<h1>Council closes old bridge</h1><p>Stand: 14.06.2021 19:00 Uhr</p>",
                aside="<ul><li>Mayor opens the new market hall, 15.06.2021</li></ul>")
    found = meta(html, url="https://news.example.com/bridge")
    assert (found.published, found.published_source) == ("2021-06-14T19:00", "dateline")


def test_originally_created_is_the_published_date_not_last_updated() -> None:
    html = page(head="<script type='application/ld+json'>{\"@type\": \"BlogPosting\", "
                     "\"datePublished\": \"2019-06-17T00:00:00+00:00\", \"dateModified\": \"2020-06-04T16:41:46+00:00\"}</script>",
                header="<h1>Council closes old bridge</h1>"
                       "<p>by Ann Lee Last updated 04 Jun 2020, originally created 17 Jun 2019</p>")
    assert meta(html, url="https://news.example.com/bridge").published == "2019-06-17"


def test_an_events_own_date_next_to_the_headline_is_not_the_articles() -> None:
    ld = ('<script type="application/ld+json">{"@type": "SportsEvent", "name": "Riverside v Harbour",'
          ' "startDate": "2021-09-12"}</script>')
    html = page(head=ld, header="<h1>Riverside v Harbour</h1><p>Kick-off 12.09.2021 18:00</p>")
    assert meta(html, url="https://sport.example.com/match/riverside-harbour").published is None
    labelled = page(head=ld, header="<h1>Riverside v Harbour</h1><p>Published 12.09.2021 20:15</p>")
    assert meta(labelled, url="https://sport.example.com/match/riverside-harbour").published == "2021-09-12T20:15"


def test_year_first_datelines() -> None:
    from eventwire.extract.dates import find_dates

    def values(text: str) -> list[str]:
        return [d.value for d in find_dates(text, dateline=True)]

    assert values("기사입력 2021.03.05 14:20") == ["2021-03-05T14:20"]
    assert values("2021. 3. 5. 오후") == ["2021-03-05"]
    assert values("2021年3月5日（金） 14:20") == ["2021-03-05T14:20"]
    assert values("2021년 3월 5일") == ["2021-03-05"]
    assert values("Budapest, 2021. március 5.") == ["2021-03-05"]
    assert values("Stand 2021-3-5") == ["2021-03-05"]
    assert values("Build 2021.3.5.2 released") == []  # a version number, not a date
    assert find_dates("2021.03.05") == []  # datelines only, not running text


def test_spaced_dots_and_time_before_year_datelines() -> None:
    from eventwire.extract.dates import find_dates

    assert [d.value for d in find_dates("Zürich, 5. 3. 2021", dateline=True)] == ["2021-03-05"]
    assert [d.value for d in find_dates("Mar 05 14:20 2021", dateline=True)] == ["2021-03-05T14:20"]


def test_east_asian_labels_mark_published_and_updated() -> None:
    header = ("<h1>Council closes old bridge</h1><p>更新时间：2021-03-07 09:00</p>"
              "<p>发布时间：2021-03-05 14:20</p>")
    assert meta(page(header=header), url="https://news.example.cn/bridge").published == "2021-03-05T14:20"
    updated_only = "<h1>Council closes old bridge</h1><p>更新时间：2021-03-07 09:00</p>"
    assert meta(page(header=updated_only), url="https://news.example.cn/bridge").published == "2021-03-07T09:00"


STAMP = "<meta property='article:published_time' content='2021-03-05T14:20:00+01:00'>"


@pytest.mark.parametrize("line", ["Mar 5", "5. März", "Friday 2:20 PM", "Freitag, 14:20 Uhr",
                                  "Published 3 hours ago", "vor 3 Stunden"])
def test_a_partial_dateline_confirms_the_stamp(line: str) -> None:
    html = page(head=STAMP, header=f"<h1>Council closes old bridge</h1><p class='meta'>{line}</p>")
    assert meta(html).published == "2021-03-05T14:20"


@pytest.mark.parametrize("line", ["Mar 6", "Saturday 2:20 PM", "Residents met on Friday at the town hall "
                                  "to discuss the closure and heard from the engineers for two hours"])
def test_a_partial_dateline_of_another_day_or_a_sentence_does_not(line: str) -> None:
    html = page(head=STAMP, header=f"<h1>Council closes old bridge</h1><p>{line}</p>")
    assert meta(html).published is None


def test_month_first_dotted_dateline_confirms_the_stamp() -> None:
    stamp = "<meta property='article:published_time' content='2019-11-14T14:00:00Z'>"
    html = page(head=stamp, header="<h1>Council closes old bridge</h1><p>11.14.2019 09:00 AM</p>")
    assert meta(html).published == "2019-11-14T14:00"


def test_broken_json_ld_still_gives_its_dates() -> None:
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",'
          ' "author": Jane Doe, "datePublished": "2021-03-05T14:20:00+01:00"}</script>')
    html = page(head=ld, header="<h1>Council closes old bridge</h1><p>5 March 2021</p>")
    assert meta(html).published == "2021-03-05T14:20"
    assert meta(html).authors == []  # nothing but the type and dates is read from a broken block


def test_html5_pubdate_attribute_and_unix_style_stamps() -> None:
    header = "<h1>Council closes old bridge</h1><time pubdate datetime='2021-03-05T14:20'>5 March</time>"
    assert meta(page(header=header)).published == "2021-03-05T14:20"
    ctime = "<meta property='article:published_time' content='Fri Mar 05 14:20:00 CET 2021'>"
    html = page(head=ctime, header="<h1>Council closes old bridge</h1><p>05.03.2021</p>")
    assert meta(html).published == "2021-03-05T14:20"


def test_epoch_stamp_is_not_a_date_and_dashed_datelines_are_read() -> None:
    epoch = "<meta property='article:published_time' content='1970-01-01T01:00:00+01:00'>"
    html = page(head=epoch, header="<h1>Council closes old bridge</h1><p>Data: 28-04-2021, 09:29</p>")
    assert meta(html).published == "2021-04-28T09:29"


# --- time zones of structured stamps --------------------------------------------------------------

EVENING_STAMP = "<meta property='article:published_time' content='2019-11-19T01:19:34.819Z'>"


@pytest.mark.parametrize("url", ["https://news.example.com/politics/bridge-closed",
                                 "https://news.example.com/2019/11/19/bridge-closed"])
def test_a_utc_stamp_takes_the_readers_day_from_the_dateline(url: str) -> None:
    # 01:19 UTC on the 19th is the evening of the 18th in the Americas; the dateline shows it,
    # and a URL built from the UTC day does not overrule it.
    html = page(head=EVENING_STAMP, header="<h1>Council closes old bridge</h1><p>November 18, 2019 8:19 PM</p>")
    assert meta(html, url=url).published == "2019-11-18T20:19"


def test_a_utc_stamp_takes_the_day_of_a_yearless_dateline_with_its_minutes() -> None:
    html = page(head=EVENING_STAMP, header="<h1>Council closes old bridge</h1><p>Posted Nov 18, 8:19 PM</p>")
    assert meta(html).published == "2019-11-18"
    other_minute = page(head=EVENING_STAMP, header="<h1>Council closes old bridge</h1><p>Posted Nov 18, 8:45 PM</p>")
    assert meta(other_minute).published != "2019-11-18"


def test_a_stamp_with_its_own_offset_keeps_its_day() -> None:
    stamp = "<meta property='article:published_time' content='2019-11-19T01:19:34-05:00'>"
    html = page(head=stamp, header="<h1>Council closes old bridge</h1><p>Posted Nov 18, 8:19 PM</p>")
    assert meta(html).published != "2019-11-18"


@pytest.mark.parametrize(("stamp", "printed", "day"), [
    ("2022-11-06T23:00:00.000Z", "6.11.22", "2022-11-07"),  # winter: midnight in Berlin is 23:00 UTC
    ("2022-06-06T22:00:00Z", "6.6.22", "2022-06-07"),  # summer: 22:00 UTC
])
def test_central_european_midnight_written_in_utc_is_the_next_day(stamp: str, printed: str, day: str) -> None:
    html = page(head=f"<meta property='article:published_time' content='{stamp}'>",
                header=f"<h1>Council closes old bridge</h1><time datetime='{stamp}'>{printed}</time>")
    assert meta(html, url="https://news.example.de/reise/bruecke").published == day


def test_utc_stamps_that_are_not_local_midnight_keep_their_day() -> None:
    winter_ten = "2022-11-06T22:00:00Z"  # 23:00 in Berlin in November
    html = page(head=f"<meta property='article:published_time' content='{winter_ten}'>",
                header=f"<h1>Council closes old bridge</h1><time datetime='{winter_ten}'>6.11.22</time>")
    assert meta(html, url="https://news.example.de/reise/bruecke").published == "2022-11-06T22:00"
    midnight = "2022-11-06T23:00:00.000Z"  # a page with no Central European host or language
    html = page(head=f"<meta property='article:published_time' content='{midnight}'>",
                header=f"<h1>Council closes old bridge</h1><time datetime='{midnight}'>11/6/22</time>")
    assert meta(html, url="https://news.example.com/travel/bridge").published == "2022-11-06T23:00"


# --- where the article sits, spans and blog post lines (eighth session) ---------------------------

def test_a_headline_repeated_in_a_teaser_list_does_not_place_the_body() -> None:
    # trafilatura's body opens with the headline; a "latest news" list above the article lists
    # it with another story's date. The byline's date under the article's own headline counts.
    teasers = ("<ul class='teaser-list'><li>Ferry timetable changes for winter 22.11.2022</li>"
               "<li>Council closes old bridge after engineers find cracks 21.11.2022</li></ul>")
    html = ("<html><body><nav><a href='/'>Home</a></nav>" + teasers
            + "<div class='content'><h2>Council closes old bridge after engineers find cracks</h2>"
            "<p>By Klara Berg (20. November 2022)</p>" + BODY + "</div></body></html>")
    body = "Council closes old bridge after engineers find cracks\n" + BODY.replace("<p>", "").replace("</p>", "\n")
    parts = read_metadata(html, url="https://news.example.com/bridge", body=body)
    assert parts.published == "2022-11-20"


def test_the_second_paragraph_places_a_body_whose_first_one_is_not_on_the_page() -> None:
    # trafilatura joins a table row's cells ("|  | Council …"); the next paragraph is found and
    # the dateline above the article is read as for any other page.
    html = "<html><body><div><p>Bern, 17.08.2021</p>" + BODY + "</div></body></html>"
    body = "|  | Council statement in full |\n" + BODY.replace("<p>", "").replace("</p>", "\n")
    assert read_metadata(html, url="https://news.example.com/bridge", body=body).published == "2021-08-17"


def test_a_date_that_opens_a_span_is_not_a_dateline() -> None:
    html = page(header="<h1>Council closes old bridge</h1><p>Exhibition 21 Feb 2017 - 23 Mar 2017</p>")
    assert meta(html, url="https://news.example.com/bridge").published is None
    html = page(header="<h1>Council closes old bridge</h1><p>Bern, 17.08.2021 - Die Stadt hat</p>")
    assert meta(html, url="https://news.example.com/bridge").published == "2021-08-17"


def test_a_blog_post_line_below_the_article_in_the_urls_month() -> None:
    html = page(header="<h1>Council closes old bridge</h1>", footer="<p>Mai 03, 2017 / Sandra / 1 Kommentar</p>")
    assert meta(html, url="https://blog.example.com/2017/05/bridge.html").published == "2017-05-03"
    # Without the month in the URL an unlabelled date below the article is not the post's, and
    # two days of that month there (a comment's) leave it open.
    assert meta(html, url="https://blog.example.com/bridge.html").published is None
    two = page(header="<h1>Council closes old bridge</h1>",
               footer="<p>Mai 03, 2017 / Sandra / 1 Kommentar</p><p>Jana: Mai 10, 2017 4:14 PM</p>")
    assert meta(two, url="https://blog.example.com/2017/05/bridge.html").published is None


def test_datelines_in_arabic_greek_ukrainian_bengali_and_eastern_digits() -> None:
    from eventwire.extract.dates import find_dates

    def values(text: str) -> list[str]:
        return [d.value for d in find_dates(text, dateline=True)]

    assert values("الجمعة 8 فيفري 2019") == ["2019-02-08"]  # Maghreb month name
    assert values("١٩ نوفمبر ٢٠١٩") == ["2019-11-19"]  # Arabic-Indic digits
    assert values("15 تشرين الثاني 2019") == ["2019-11-15"]  # Levantine, two words
    assert values("2 Μαΐου 2019") == ["2019-05-02"]
    assert values("19 листопада 2019") == ["2019-11-19"]
    assert values("১৯ নভেম্বর ২০১৯") == ["2019-11-19"]
    assert values("19. novembra 2019") == ["2019-11-19"]
    assert find_dates("١٩ نوفمبر ٢٠١٩") == []  # running text keeps the narrow table


def test_a_time_element_saying_how_long_ago_dates_the_article() -> None:
    # "1 day ago" next to the byline, the instant only in the element's datetime attribute.
    header = ("<h1>Council closes old bridge</h1><span class='byline'>By Klara Berg</span>"
              "<time datetime='2019-11-19T11:45:59.000Z'>1 day ago</time>")
    assert meta(page(header=header)).published == "2019-11-19T11:45"
    undated = "<h1>Council closes old bridge</h1><time datetime='2019-11-19T11:45:59.000Z'>Share</time>"
    assert meta(page(header=undated)).published is None


def test_a_copyright_line_is_not_the_articles_last_paragraph() -> None:
    # trafilatura keeps the site's "©" line as the body's last paragraph; the "updated" credit
    # line above it is then just below the article, where such a line is read.
    more = [f"Engineers inspected pillar number {i} and wrote a long report on its cracks and joints." for i in range(12)]
    lines = more + ["Aktualisiert am 17.01.2021.", "© 1996 - 2022 Example Chemie"]
    html = page(header="<h1>Council closes old bridge</h1>", footer="".join(f"<p>{x}</p>" for x in lines))
    body = BODY.replace("<p>", "").replace("</p>", "\n") + "\n".join(lines) + "\n"
    assert read_metadata(html, url="https://news.example.com/bridge", body=body).published == "2021-01-17"
