"""Everyday senses and wrong types of the twelfth session (issue 4, precision on general news):
attacks of words in an election contest or "under attack" with no arms in sight, the public asked to
do something, a task force formed, trade measures told with a verb of force, accidents (a fire that
injures, a road accident with no attacker, electric shock), campaign promises, elections won,
joining the armed forces as a career, sums wiped out, consumers' grumbles, commercial offers, an
airline's route, publications released, a verb inside a name, a side holding firm. Every sentence
is written for this test; the kept cases guard the senses that stay events."""

from __future__ import annotations

import pytest

from test_coding_everyday_10 import kinds  # the rules' events with the gate off

EVERYDAY = [
    # attacks of words
    "The senator was under constant attack last month as the new party leader.",
    "Minority communities say they feel under attack.",
    "The billionaire has not faced anything like the sustained attack that is just starting in this presidential race.",
    # the public asked
    "Lake County residents are also asked to be careful when burning leaves near their neighbours.",
    "The governor urged state residents to help fill sandbags along the river.",
    "Transport officials urged motorists to slow down near the toll plaza.",
    # a body set up
    # a trade dispute
    "The ministry said China does not want a trade war but is not afraid to fight one.",
    # accidents
    "A fire gutted the roof of a two-family house on Tuesday, injuring three firefighters.",
    "A young passenger in the second car was not injured, police said.",
    "None of the other people involved in the collisions were injured.",
    "Our thoughts are with the families of those who died or were injured from electrical shock, the minister said.",
    # campaigns and elections
    "The Democratic candidate promised to protect Medicaid and criticised the governor's plan.",
    "She said he is someone voters could see defeating President Smith in 2028.",
    # careers, sums, business
    "Since joining the Marines in 2005, he had served three tours.",
    "The Senate wiped out nearly all of those provisions on Friday.",
    "The firms cited the tax incentives being offered by the state government.",
    "The sudden withdrawal of discounts by carriers like Air France surprised travellers.",
    "New U.S. Airline Cleared to Fly to Springfield.",
    "The audit, released by the state auditor's office, found waste.",
    # moving house, a market's rally, a rally as a speech's setting
    "The family moved into the house a few months ago.",
    "Students recently moved into a new building.",
    "Former governors are moving into the race.",
    "Analysts attributed the rally in bank stocks to the court ruling.",
    "The president said at a rally in Ohio last week that the plan was dead.",
    # a leader at work, a party's own conference, an idiom, a rush to a scene
    "The party leader was personally monitoring the situation in the state over the phone.",
    "As many as 20,000 delegates would attend the party's national conference in Hyderabad.",
    "Communal parties have been taking the people for a ride, the secretary said.",
    "Police officers, firefighters and other first responders had rushed to the scene of the blast.",
    "Ten candidates meet on the debate stage once again in the Democratic presidential primary.",
    # roads closed, a press conference
    "An air ambulance landed nearby, and police closed the road while paramedics attended the scene.",
    "Authorities had closed large swaths of roads in the area on Saturday night.",
    "Closed through Thursday for water and sewer work.",
    "The mayor said he would hold a press conference on the drug problem.",
    "The officers were training at a police firing range outside the city.",
    # a name, a stance
    "NASA will deliver rovers like its new Volatiles Investigating Polar Exploration Rover to the moon.",
    "Police held firm to secure a draw against the champions.",
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_senses_make_no_event(text: str) -> None:
    assert kinds(text) == []


# The senses that stay events: (sentence, an event kind it must still give). Attacks with arms in the
# sentence, appeals for peace or from a movement, a promise to another country, forces moving or sent,
# a protest rally, a headline in title case, a charge brought, a summit, a visit abroad.
KEPT = [
    ("Rebels stepped up their attacks on army posts before the election.", "ASSAULT"),
    ("The temple came under attack on Sunday night.", "ASSAULT"),
    ("The convoy came under attack from gunmen near the border.", "ASSAULT"),
    ("The Taliban said they will commit more attacks to stop people from voting in the election.", "THREATEN"),
    ("The chief minister appealed to the people to maintain peace.", "REQUEST"),
    ("The mayor urged residents to flee as rebels advanced on the town.", "REQUEST"),
    ("The activists have appealed to people to participate in large numbers in the march.", "REQUEST"),
    ("A bus passenger was injured when stones were thrown at the bus by a mob.", "ASSAULT"),
    ("Gunmen opened fire on a car, injuring the driver.", "ASSAULT"),
    ("Russia promised to supply gas to Ukraine through the winter.", "AGREE"),
    ("Rebels defeated the army in the battle for the town.", "ASSAULT"),
    ("The army wiped out most of the rebel positions.", "ASSAULT"),
    ("The prime minister flew to Paris for talks with Macron.", "CONSULT"),
    ("The army moved into the old quarter to take control.", "MOBILIZE"),
    ("Thousands joined the rally against the new law.", "PROTEST"),
    ("City Police Find Guns, Drugs In Raids.", "COERCE"),
    ("Police charged him with murder on Friday.", "ACCUSE"),
    ("The foreign minister will attend the summit of African leaders in Addis Ababa.", "CONSULT"),  # scheduled (s17)
    ("If need be the army would be rushed there to curb the riots.", "MOBILIZE"),
    ("During the campaign, the president visited Germany and met Chancellor Scholz.", "CONSULT"),
    ("Police closed the roads leading to the mosque after the riots.", "COERCE"),
    ("Jordan closed its border with Syria.", "COERCE"),
    ("Kenya and Uganda joined forces to fight the rebels along the border.", "COOPERATE"),
    ("Militia fighters defected and joined the national army after handing in their guns.", "MOBILIZE"),
]


@pytest.mark.parametrize(("text", "kind"), KEPT)
def test_kept_senses_stay_events(text: str, kind: str) -> None:
    assert kind in kinds(text)


# Retypings: campaign attacks are criticism, tariffs in retaliation a sanction; a bombing at a campaign
# rally stays, and the rally is no protest.
RETYPED = [
    ("Other candidates have stepped up their attacks on the front-runner ahead of the primary.", ["ACCUSE"]),
    ("Beijing retaliated with tariffs on soybeans from the United States.", ["SANCTION"]),
    ("The bombing occurred at a rally for President Lopez and killed 20.", ["ASSAULT"]),
]


@pytest.mark.parametrize(("text", "expected"), RETYPED)
def test_retyped_senses(text: str, expected: list[str]) -> None:
    assert kinds(text) == expected
