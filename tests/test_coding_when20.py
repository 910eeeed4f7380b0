"""Flags, twentieth session: an undated page's present is read from its dates other than the event's own (an
event's own year cannot be the present it is judged against), negation and doubt that belong to another clause
(a factive "must not forget that", "not only ... but"), and acts still ahead (a conjunct of a wanted infinitive,
"the eventual withdrawal", "for tomorrow", "next month" on a page without a dateline).
Every sentence is written for this test."""

from __future__ import annotations

from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text


def found(text: str, trigger: str, published: str | None = None):
    return [e.modality for e in code_text(text, published=published) if e.evidence.trigger == trigger]


def test_a_lone_written_out_year_on_an_undated_page_is_background() -> None:
    text = "In 2011, the army seized the northern town of Kidal. The town remains tense, residents say."
    modes = found(text, "seized")
    assert modes and all(m.historical for m in modes)


def test_a_lone_written_out_month_and_year_is_background() -> None:
    text = "Gunmen abducted two aid workers in the capital in August 2016. Their families still wait for news."
    modes = found(text, "abducted")
    assert modes and all(m.historical for m in modes)


def test_keep_the_news_of_an_undated_page() -> None:
    text = "Rebels attacked the depot on Tuesday and burnt three lorries, police said. In 2009 the depot was built."
    modes = found(text, "attacked")
    assert modes and not any(m.historical for m in modes)


def test_a_factive_negation_leaves_its_clause_done() -> None:
    modes = found("We must not forget that the militia seized the airport by force, the minister said.", "seized",
                  "2021-05-04")
    assert modes and not any(m.negated or m.hypothetical for m in modes)
    modes = found("The governor did not know that police had arrested forty students.", "arrested", "2021-05-04")
    assert modes and not any(m.negated for m in modes)


def test_keep_a_negated_question_or_infinitive_open() -> None:
    modes = found("The governor did not know whether police had arrested the students.", "arrested", "2021-05-04")
    assert modes and all(m.hypothetical for m in modes)  # a question stays open
    modes = found("The minister said police did not arrest the students.", "arrest", "2021-05-04")
    assert modes and all(m.negated for m in modes)


def test_not_only_but_is_no_negation() -> None:
    text = ("The poisoning is not being investigated only by Britain and its intelligence services, but by the "
            "services of other countries as well, the prime minister said.")
    modes = found(text, "investigated", "2021-05-04")
    assert modes and not any(m.negated for m in modes)
    modes = found("Kenyan troops were not only deployed to Somalia but also to South Sudan.", "deployed", "2021-05-04")
    assert modes and not any(m.negated for m in modes)


def test_keep_a_plain_negation() -> None:
    modes = found("The poisoning is not being investigated by Britain and its intelligence services, the prime "
                  "minister said.", "investigated", "2021-05-04")
    assert modes and all(m.negated for m in modes)
    modes = found("Kenyan troops were not deployed to Somalia.", "deployed", "2021-05-04")
    assert modes and all(m.negated for m in modes)


def _reading(text: str, word: str):
    from eventwire.coding.modality import read_modality
    from eventwire.nlp.parse import parse

    doc = parse(text)
    return read_modality(next(t for t in doc if t.text == word))


def test_a_bare_conjunct_shares_the_wanted_infinitive() -> None:
    modes = found("Kenya wants to close its border, recall its envoy and also expel the Somali ambassador.", "recall")
    assert modes and all(m.future for m in modes)
    reading = _reading("the union said it had determined to join the committee and make representations and also "
                       "ask for explanations from the government.", "ask")
    assert reading.future


def test_keep_done_conjuncts_done() -> None:
    modes = found("Kenya closed its border, recalled its envoy and also expelled the Somali ambassador.", "recalled")
    assert modes and not any(m.future or m.hypothetical for m in modes)


def test_an_eventual_act_is_not_known() -> None:
    assert _reading("Peace would allow for the eventual withdrawal of US troops.", "withdrawal").hypothetical
    reading = _reading("Police said they were not linking the arrests to the planned protests.", "protests")
    assert reading.future and not reading.negated  # a known planned event keeps its own reading


def test_a_time_ahead_in_the_words_is_future_without_a_dateline() -> None:
    modes = found("Diplomats arranged emergency talks between the two foreign ministers for tomorrow.", "talks")
    assert modes and all(m.future for m in modes)
    modes = found("The opposition is holding protests in the capital next month.", "protests")
    assert modes and all(m.future for m in modes)


def test_keep_times_behind_or_told_from_the_story() -> None:
    modes = found("Diplomats arranged emergency talks between the two foreign ministers on Monday.", "talks")
    assert modes and not any(m.future for m in modes)
    modes = found("The opposition held protests in the capital last week.", "protests")
    assert modes and not any(m.future for m in modes)
    assert not _reading("They should have condemned the attack the very next day.", "condemned").future


def test_a_clause_of_a_sentence_dated_only_by_a_written_out_year_is_background() -> None:
    modes = found("The talks recall 2009, when the army arrested the opposition leaders.", "arrested")
    assert modes and all(m.historical for m in modes)


def test_keep_a_clause_of_a_sentence_dated_by_a_weekday() -> None:
    modes = found("The talks recall Monday, when the army arrested the opposition leaders.", "arrested")
    assert modes and not any(m.historical for m in modes)


def test_the_negated_condition_of_a_past_counterfactual_was_done() -> None:
    modes = found("The siege could have lasted longer if soldiers had not stormed the building.", "stormed",
                  "2021-05-04")
    assert modes and not any(m.negated or m.hypothetical for m in modes)
    modes = found("The clashes could have spread if police had not arrested the ringleaders.", "arrested", "2021-05-04")
    assert modes and not any(m.negated or m.hypothetical for m in modes)


def test_keep_open_conditions_open() -> None:
    modes = found("If police had arrested the gunmen, they would have confessed.", "arrested", "2021-05-04")
    assert modes and all(m.hypothetical for m in modes)
    modes = found("If police do not arrest the gunmen, they will attack the village again.", "arrest", "2021-05-04")
    assert modes and all(m.hypothetical for m in modes)
