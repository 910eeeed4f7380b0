"""Flags, twenty-second session (issue 4): background and modality.

Every sentence is written for this test."""

from __future__ import annotations

from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text

DATELINE = "2002-03-10"


def flags(text: str, trigger: str, published: str | None = DATELINE) -> set[str]:
    events = [e for e in code_text(text, published=published) if (e.evidence.trigger or "").lower() == trigger]
    assert events, f"no event on {trigger!r}"
    m = events[0].modality
    return {k for k in ("negated", "hypothetical", "future", "historical") if getattr(m, k)}


# since_frame: the act a span up to the news is counted from


def test_a_participle_of_a_since_clause_is_background() -> None:
    text = ("The capital has been on alert since the militant group launched a wave of attacks on cafes, killing "
            "thirty people and injuring dozens more.")
    assert "historical" in flags(text, "injuring", published=None)


def test_a_dated_since_clause_is_background() -> None:
    assert "historical" in flags("The town has stayed tense since gunmen stormed a church in March, killing nine "
                                 "worshippers.", "stormed")


def test_a_since_clause_in_a_subordinate_clause_is_background() -> None:
    text = "Traders say business has not recovered since rioters looted the grain market and burnt the depot."
    assert "historical" in flags(text, "looted")


def test_a_when_clause_on_the_time_a_since_counts_from_is_background() -> None:
    text = ("Such trials have been held in military tribunals since last August, when the colonels seized control "
            "of the capital, the attorney said.")
    assert "historical" in flags(text, "seized", published=None)


def test_a_when_clause_on_a_full_date_after_since_is_background() -> None:
    assert "historical" in flags("Friday's death count was the worst since 12 October 2014, when 37 people were "
                                 "killed.", "killed", published=None)
    assert "historical" in flags("it was the worst day in the valley since january 3, when militants "
                                 "ambushed a convoy near the bridge.", "ambushed")


def test_since_giving_a_reason_is_not_background() -> None:
    assert "historical" not in flags("Since the union is on strike, the buses are not running.", "strike")


def test_a_plain_after_clause_is_not_background() -> None:
    assert "historical" not in flags("Police arrested two men on Monday after rioters burnt a bus.", "arrested")


# a plea to a charge asks for nothing


def test_pleading_guilty_to_an_act_is_no_request_for_it() -> None:
    assert "hypothetical" not in flags("A Texas man pleaded guilty on Tuesday to threatening to kill a senator.",
                                       "threatening")
    assert "hypothetical" not in flags("two brothers pleaded guilty to assaulting a police officer during the march.",
                                       "assaulting")
    assert "hypothetical" not in flags("The farmer pleads guilty to setting fire to the council office, his lawyer "
                                       "said.", "setting")


def test_pleading_guilty_to_a_charge_of_an_act_is_no_request() -> None:
    assert "hypothetical" not in flags("Three officers pleaded guilty to the charge of beating a prisoner in custody.",
                                       "beating")


def test_pleading_guilty_on_a_day_to_an_act_is_no_request() -> None:
    text = "An Ohio man pleaded guilty Thursday to threatening to shoot a state lawmaker in April, prosecutors said."
    assert "hypothetical" not in flags(text, "threatening", published=None)


def test_pleading_with_someone_to_act_still_asks() -> None:
    assert "hypothetical" in flags("The mother pleaded with the gunmen to free her son.", "free")


# a "would" of narrative: the future of a past the story tells


def test_would_later_tells_what_was_done() -> None:
    assert "hypothetical" not in flags("The rebel unit would later seize the port and execute its mayor.", "seize",
                                       published=None)


def test_would_subsequently_tells_what_was_done() -> None:
    assert "hypothetical" not in flags("Years later, the same officers would subsequently arrest the journalist.",
                                       "arrest", published=None)


def test_a_joined_verb_of_would_later_is_done_too() -> None:
    text = "in 1971 the militia would later storm the palace and detain the king's brothers."
    assert "hypothetical" not in flags(text, "detain", published=None)


def test_would_later_in_what_someone_said_is_still_ahead() -> None:
    assert "future" in flags("The minister said the troops would later withdraw from the town.", "withdraw",
                             published=None)


def test_would_go_on_strike_is_still_ahead() -> None:
    text = "the nurses would go on a two-day strike from the 12th because the hospital is cutting their shifts."
    assert "hypothetical" in flags(text, "strike", published=None)


def test_would_eventually_under_a_condition_is_supposed() -> None:
    assert "hypothetical" in flags("If the talks fail, the army would eventually attack the city.", "attack",
                                   published=None)


# then_titled: a party named by a title it held then


def test_a_then_hyphen_title_of_the_agent_is_background() -> None:
    assert "historical" in flags("Okafor was invited to a state dinner by then-President Bill Clinton.",
                                 "invited", published=None)


def test_the_then_title_of_the_subject_is_background() -> None:
    assert "historical" in flags("the then chief minister ordered the police to fire on the crowd.", "ordered",
                                 published=None)
    assert "historical" in flags("Paramilitary units were deployed by the then administration of the province.",
                                 "deployed", published=None)


def test_then_before_a_capitalised_title_is_background() -> None:
    assert "historical" in flags("The raid was ordered by then Prime Minister John Major.", "ordered",
                                 published=None)
    assert "historical" in flags("Then-Governor Smith ordered the arrest of the strike leaders.", "ordered",
                                 published=None)


def test_a_then_title_of_the_target_is_background() -> None:
    assert "historical" in flags("The rebels attacked the convoy of then-defence minister Ahmed Khan near the border.",
                                 "attacked", published=None)


def test_then_of_a_sequence_is_not_background() -> None:
    assert "historical" not in flags("Then police opened fire on the crowd, killing two.", "opened", published=None)
    assert "historical" not in flags("By then the army had surrounded the village.", "surrounded", published=None)


# what a verb of halting stops was going on


def test_a_protest_halted_after_an_hour_took_place() -> None:
    assert "negated" not in flags("Police halted the protest after an hour.", "protest")


def test_attacks_a_truce_would_stop_are_going_on() -> None:
    assert not flags("A truce would stop mortar attacks on the border villages, the envoy said.", "attacks") & {
        "negated", "hypothetical"}


def test_stopping_someone_from_an_act_still_negates_it() -> None:
    assert "negated" in flags("The army stopped the rebels from attacking the town.", "attacking")


# an anniversary names a happening a year or more back


def test_the_anniversary_of_a_massacre_is_background() -> None:
    assert "historical" in flags("Hundreds gathered on the first anniversary of the massacre at the mosque.",
                                 "massacre")
    assert "historical" in flags("the tenth anniversary of the bombing of the embassy passed quietly.", "bombing")


# an "after" clause counted back in days or more


def test_an_after_clause_counted_in_days_is_background() -> None:
    assert "historical" in flags("Shops remained shut a week after the mob burnt the mosque.", "burnt")
    assert "historical" in flags("the curfew was lifted two weeks after rioters torched the market.", "torched")
    assert "historical" in flags("Shops in the old city stayed shut a month after a mob burnt the mosque.", "burnt",
                                 published=None)


def test_an_after_clause_counted_in_months_reaches_its_joined_verbs() -> None:
    text = "The families returned months after soldiers had raided the village and detained the men."
    assert "historical" in flags(text, "detained")


def test_a_plain_or_minutes_or_days_after_clause_is_news() -> None:
    assert "historical" not in flags("Police fired in the air minutes after the crowd attacked the station.",
                                     "attacked")
    assert "historical" not in flags("Shops in the old city stayed shut two days after a mob burnt the mosque.",
                                     "burnt")


# a month and day resolved to more than a week before the dateline


def test_a_month_and_day_weeks_before_the_dateline_is_background() -> None:
    assert "historical" in flags("On February 27, a mob attacked the police station in the town.", "attacked",
                                 published="2002-03-18")
    assert "historical" in flags("Rioters looted the grain market on 2 March, the trader said.", "looted",
                                 published="2002-03-18")


def test_a_month_and_day_within_the_last_week_is_news() -> None:
    assert "historical" not in flags("A mob attacked the police station in the town on March 14.", "attacked",
                                     published="2002-03-18")
