"""PLOVER's coding rules, and the decision whether a candidate is a political event at all.

Kept apart from the coder so the rules read as a list: each one is a sentence of the PLOVER
manual (promised cooperation is AGREE; an announced withdrawal is CONCEDE; refusals are REJECT;
conflict announced by its own actor is a THREATEN; joint exercises are COOPERATE; obstruction by
civilians is PROTEST) or a precision guard (sport, disasters and business are not political events;
somebody political must take part).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..records import Entity
from .arguments import Slots
from .everyday import (ELECTION_WORDS, accidental, armed_words, council_page, craft_travelling, ordinary_place,
                       personal_tie, show_page, software_page, sport_page)
from .ontology import cameo
from .triggers import Trigger
from .verb_senses import ENDORSED_STEPS, SIGNABLES, announced_aid

# PLOVER events that are speech acts: what they govern is their content, not another event.
VERBAL = {"AGREE", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "CONCEDE", "SUPPORT"}
_PROMISED = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
_ACCEPTING = {"AGREE", "CONCEDE"}
_THREAT_MODE = {"SANCTION": "relations", "PROTEST": "restrict", "COERCE": "restrict", "ASSAULT": "violence",
                "MOBILIZE": "violence"}
# Withdrawals and ceasefires that are only announced are CONCEDE; other promised concessions
# (to release, to allow access) are expressions of intent, AGREE, as in CAMEO's 035.
_ANNOUNCED_CONCESSIONS = {"withdraw", "ceasefire"}
_CIVILIAN_SECTORS = {"CVL", "LAB", "OPP", "EDU", "AGR", "REL", "SOC", "REF", "BUS", "JRN", "MED"}
# Someone of these sectors (or anyone with a country or organisation code) makes an event
# political; a business, a driver or "young children" alone do not.
_STATE_SECTORS = {"GOV", "MIL", "COP", "REB", "UAF", "JUD", "LEG", "PTY", "SPY", "PRM", "PRE", "OPP", "ELI", "IGO",
                  "NGO", "IMG", "INS", "SEP"}
# Violence against people is an event even when the report names no perpetrator ("a woman was
# raped", "two villagers were shot dead"); other agentless verbs are not.
_VIOLENCE = {"kill", "rape", "molest", "abduct", "kidnap", "shoot", "stab", "attack", "torture", "behead", "lynch",
             "beat", "assault", "massacre", "bomb", "shell", "wound", "injure", "murder", "execute", "hack",
             "loot", "torch", "burn", "bombing", "shooting", "killing", "attack"}
# Civilian groups (residents, elders, activists) are political actors when they demand, accuse,
# refuse, threaten or clash; their deals and visits are not the news this coder is for.
_CIVIC = {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "ASSAULT", "COERCE"}
_PERSONAL = {"he", "she", "they", "we"}  # a pronoun the resolver left open still names people
# People who protest: a crowd clashing with police is a riot, "suspects smashed a door" is a crime.
_CROWDS = {"protesters", "protestors", "demonstrators", "rioters", "activists", "students", "workers", "crowd",
           "crowds", "supporters", "residents", "villagers", "mob", "mobs", "strikers", "farmers", "opponents",
           "marchers", "youths", "fans", "locals", "thousands", "hundreds", "dozens", "people", "citizens"}
# Those whose protest is violent by their very name.
_RIOTERS = {"rioters", "rioter", "arsonists", "arsonist", "mob", "mobs", "looters"}
_TOLLS = {"killed", "injured", "dead", "wounded", "arrested", "detained", "missing", "displaced"}
_CONFLICT = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"}
# Causes that kill without an actor to code ("an earthquake killed nine people").
_DISASTERS = {"earthquake", "quake", "flood", "rain", "storm", "hurricane", "cyclone", "typhoon", "wildfire",
              "blaze", "crash", "accident", "ferry", "landslide", "avalanche", "drought", "heatwave", "tsunami",
              "eruption", "capsize", "tornado", "mudslide", "collapse", "virus", "disease", "outbreak", "flooding",
              "collision", "electrocution"}
# Sport: "Argentina beat France" is not an assault.
_SPORT = {"match", "penalty", "tournament", "league", "cup", "olympic", "championship", "goal", "striker",
          "coach", "relay", "medal", "semi-final", "final", "set", "innings", "wicket", "race", "title",
          "grand", "slam", "fixture", "squad", "stadium", "season", "playoff", "world", "champion", "team",
          "teammate", "scorer", "club"}
# Words only a game or a match is told in: one is enough ("made two substitutions to sharpen his side's
# attack", "parrying the enemy attacks").
_SPORT_ONLY = {"penalty", "olympic", "tournament", "medal", "substitution", "referee", "goalkeeper", "midfielder",
               "playoff", "gameplay", "parry", "gamer", "quarterback", "touchdown"}
# Those who play: "both teams will clash again", "the clubs meet in the final". A team with a name of
# its trade before it ("a SWAT team", "a rescue team") is left alone.
_TEAMS = {"team", "club", "side", "squad", "champion", "player", "rival"}
# Bodies of local government, by their own name or by the place kind before it ("the county commission",
# "aldermen", "Lancashire councils"). Their approvals, offers and refusals are procedure, unless a
# state or armed party is on the other side.
_LOCAL_MEMBERS = {"commissioners", "aldermen", "alderman", "selectmen", "supervisors", "councillors", "councilors",
                  "councilmen", "councilwomen", "trustees", "freeholders", "councils"}
_LOCAL_BODIES = {"council", "commission", "board", "committee", "authority"}
_LOCAL_KINDS = {"county", "city", "town", "borough", "parish", "village", "municipal", "township", "district",
                "school", "planning", "zoning", "metropolitan", "regional", "local", "water", "park", "parks"}
_LOCAL_BUSINESS = {"CONCEDE", "AGREE", "REJECT", "SANCTION", "SUPPORT", "REQUEST", "CONSULT", "AID", "COOPERATE"}


def _local_body(actor: Any) -> bool:
    """A council, a commission or a board of a county, a town or a school district, or its members."""
    words = actor.text.lower().replace("’", "'").split()
    if not words or actor.code in _ARMED_CODES or "security" in words:
        return False
    return words[-1] in _LOCAL_MEMBERS or (words[-1] in _LOCAL_BODIES and bool(set(words[:-1]) & _LOCAL_KINDS))


def _local_procedure(event_type: str, slots: Slots) -> bool:
    """"The county commission voted to deny a request", "the city council is sanctioning two housing
    developments", "councils offer help to firms": local government at its own business."""
    if event_type not in _LOCAL_BUSINESS or not slots.actors or not all(_local_body(a) for a in slots.actors):
        return False
    return not any(_state_actor(r) and not _local_body(r) and r.kind != "place" for r in slots.recipients)


# Who stays a party on a council's page: a country or an organisation by its code, forces, police, courts,
# rebels and the like; a council's members, its mayor and the people it names (GOV, LEG, ELI, none) do not.
_BEYOND_COUNCIL = {"MIL", "COP", "REB", "UAF", "JUD", "SPY", "PRM", "IGO", "IMG", "INS", "SEP"}


def _council_business(trigger: Trigger, event_type: str, slots: Slots, sentence: Any) -> bool:
    """A procedural kind of event (:data:`_LOCAL_BUSINESS`) on a page about a local council's or
    commission's business (:func:`.everyday.council_page`) whose parties hold no country or organisation
    code and no sector of forces, police or courts, in a sentence with no armed word: "the councilman
    asked the city manager to schedule a meeting", "commissioners heard the treasurer's report". It
    widens :func:`_local_procedure` to the members and officials the page names one by one."""
    if event_type not in _LOCAL_BUSINESS or not council_page(sentence.doc):
        return False
    if any(p.code or p.sector in _BEYOND_COUNCIL for p in slots.actors + slots.recipients):
        return False
    return not armed_words(trigger.token)


def _played(trigger: Trigger, slots: Slots, lemmas: set[str]) -> bool:
    """A game or a match: sport words in the sentence, or teams as the doer with no state or armed
    party and no police or troops in the sentence ("both teams will clash again next week")."""
    if len(lemmas & _SPORT) >= 2 or lemmas & _SPORT_ONLY:
        return True
    subject = next((c for c in trigger.token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and subject.lemma_.lower() in _TEAMS and not any(
        c.dep_ in {"compound", "amod"} for c in subject.children) and not lemmas & _STATE_NOUNS and not any(
        a.code or a.sector for a in slots.actors + slots.recipients)


def _on_a_pastime_page(trigger: Trigger, event_type: str, slots: Slots, sentence: Any) -> bool:
    """A candidate on a page about a game or a match (:func:`.everyday.sport_page`) with no state body,
    armed group or organisation among its parties and no armed word in its sentence: a result, a
    team's or a fan's doing ("the visitors allowed a single shot on goal", "the hosts had won every
    earlier meeting"), not an act between political actors. A ministry banning a club or police arresting
    fans on the same page stay, and so do protests: residents marching against evictions for a stadium
    protest whatever page tells it. A page about software or gadgets (:func:`.everyday.software_page`)
    is read the same way, its protests too: "the community is rallying around the new version", "a
    demonstration of the tunnel"; so is a page about music, film, fashion or food
    (:func:`.everyday.show_page`): "the band will tour together", "a festival draws fans"."""
    doc = sentence.doc
    if not ((event_type != "PROTEST" and sport_page(doc)) or software_page(doc) or show_page(doc)):
        return False
    if any(p.sector in _STATE_SECTORS - {"ELI"} or p.code in _ARMED_CODES
           for p in slots.actors + slots.recipients):
        return False
    return not armed_words(trigger.token)


def ordinary_counterparts(event_type: str, slots: Slots) -> bool:
    """Every recipient of a diplomatic kind of event is a place (for a visit or a meeting) or a
    person of ordinary life, with no code of a state, an armed group or an organisation: "the
    governor's visit to the hospital", "headed to the University of Georgia", "met up with a friend",
    "asked his wife to drive" (:func:`.everyday.ordinary_place`, :func:`.everyday.personal_tie`). Read
    after the parties are named (:func:`.arguments.name_parties`) and the rules have typed the event."""
    if event_type not in _DIPLOMATIC or not slots.recipients:
        return False
    if any(r.code in _ARMED_CODES or r.sector in _STATE_SECTORS for r in slots.recipients):
        return False
    return all(personal_tie(r.text) or (event_type == "CONSULT" and ordinary_place(r.text))
               for r in slots.recipients)


def _business_rivals(trigger: Trigger, slots: Slots) -> bool:
    """Firms competing ("to take on Netflix", "the carmaker attacked its rival's prices"): a business
    as the target and every party a business, and no killing, shooting or burning."""
    parties = slots.actors + slots.recipients
    return bool(slots.recipients) and all(p.code == "MNC" or p.sector == "BUS" for p in parties) \
        and trigger.token.lemma_.lower() not in _VIOLENCE


_PROMISING = {"promise", "pledge", "vow"}


def _campaign_promise(trigger: Trigger, event_type: str, slots: Slots, sentence: Any) -> bool:
    """A promise made in an election contest to no one and about no country named ("the candidate
    promised to protect Medicaid"): a promise to voters, no agreement between parties (twelfth session)."""
    if event_type != "AGREE" or trigger.token.lemma_.lower() not in _PROMISING or slots.recipients:
        return False
    if any(t.ent_type_ in {"GPE", "NORP"} for c in trigger.token.children
           if c.dep_ not in {"nsubj", "nsubjpass", "poss"} for t in c.subtree):
        return False  # "pledged during his campaign stop to send aid to Kenya": another country named
    return bool({t.lemma_.lower() for t in sentence} & (ELECTION_WORDS | {"vote", "votes"}))


# Words of a campaign under way (an "election" alone may date a term: "since his election").
_CAMPAIGNING = ELECTION_WORDS - {"election", "elections", "electoral", "ballot", "ballots", "manifesto"}


def _campaign_trail(event_type: str, slots: Slots, sentence: Any) -> bool:
    """Visits and meetings on a campaign trail: campaign words in the sentence, and no one met but
    places and people of the doer's own country (twelfth session)."""
    if event_type != "CONSULT" or not {t.lemma_.lower() for t in sentence} & _CAMPAIGNING:
        return False
    own = {a.code for a in slots.actors if a.code}
    return all(r.kind == "place" or not r.code or r.code in own for r in slots.recipients)


def plover_event(trigger: Trigger) -> tuple[str | None, str | None]:
    """The PLOVER event and mode a trigger names before any rule applies."""
    if trigger.plover is not None:
        return trigger.plover
    info = cameo(trigger.code)
    return (info.plover_event, info.plover_mode) if info else (None, None)


def _governed_by(token: Any, governor: Any, max_steps: int = 4) -> bool:
    current = token
    for _ in range(max_steps):
        if current.head.i == current.i:
            return False
        current = current.head
        if current.i == governor.i:
            return True
    return False


# Verbs that only carry an event noun ("stage a protest", "hold talks", "launch an offensive").
LIGHT_VERBS = {"stage", "hold", "gather", "organize", "organise", "join", "attend", "lead", "launch", "conduct",
               "carry", "mount", "take", "begin", "start", "continue", "resume", "hold", "converge"}


def _purpose(token: Any, governor: Any) -> bool:
    """A "to"-infinitive hanging off another trigger says what that action is for."""
    return token.head.i == governor.i and token.dep_ in {"xcomp", "advcl"} and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _nested(trigger: Trigger, speech: Trigger, triggers: list[Trigger]) -> bool:
    """Whether another candidate stands between a speech act and this one, so that this one is part
    of the content's content: "agreed to lift a blockade" promises the lifting, not a blockade."""
    return any(mid is not trigger and mid is not speech and _governed_by(trigger.token, mid.token)
               and _governed_by(mid.token, speech.token) for mid in triggers)


# Verbs by which a body approves what others will do ("the Council approved the deployment") or
# offers its own forces ("offered to send troops to help"): an authorisation or an offer of help,
# not a threat of force.
_NOT_THREATS = {"approve", "authorize", "authorise", "endorse", "ratify", "adopt", "sanction", "okay", "greenlight",
                "offer", "volunteer"}
# Verbs that end or put off what they govern: a promise to do them to a conflict is a concession.
_EASING = {"end", "stop", "halt", "cease", "suspend", "postpone", "defer", "delay", "cancel", "abandon", "drop",
           "discontinue", "lift", "ease", "scrap", "withdraw", "call", "wind", "scale", "de-escalate", "calm"}


def _easing(token: Any, promise: Any, max_steps: int = 5) -> bool:
    """Whether a verb of ending stands between a conflict and the promise that governs it ("agreed
    to call off their protest", "agreed to a ceasefire to end months of fighting")."""
    current = token
    for _ in range(max_steps):
        if current.head.i == current.i or current.head.i == promise.i:
            return False
        current = current.head
        if current.pos_ == "VERB" and current.lemma_.lower() in _EASING:
            return True
    return False


# What sending people somewhere is coded as when nothing else is said of the errand.
_SENDING = {"MOBILIZE", "AID", "COOPERATE"}


# Words that make a "strike" an attack, not a walkout: "a possible terrorist strike", "criminals
# use e-mail to plan strikes" (the tenth session; CAMEO's noun table reads a bare strike as 143).
_TERROR_WORDS = {"terrorist", "terrorists", "terror", "militant", "militants", "jehadi", "jehadis", "jihadi",
                 "jihadis", "insurgent", "insurgents", "criminal", "criminals", "gunman", "gunmen", "suicide",
                 "fidayeen", "guerrilla", "guerrillas"}
# Words that make a "strike" one from the air: "563 strikes, largely by drones", "the drone programme
# … more strikes in his first year" (the eleventh session; CAMEO's noun table reads them as walkouts).
_AERIAL_WORDS = {"drone", "drones", "airstrike", "airstrikes", "missile", "missiles", "warplane", "warplanes",
                 "bomber", "bombers", "aerial"}
_LABOUR_WORDS = {"union", "unions", "worker", "workers", "employee", "employees", "staff", "teacher", "teachers",
                 "bandh", "hartal", "wage", "wages", "pay", "labour", "labor", "trader", "traders", "transporter",
                 "transporters", "driver", "drivers", "doctor", "doctors", "nurse", "nurses", "lawyer", "lawyers",
                 "hunger", "general", "token", "indefinite", "call", "called"}


def _attack_strike(trigger: Trigger) -> Trigger:
    """A "strike" noun that terrorists, militants or criminals carry out is an attack (190)."""
    token = trigger.token
    if trigger.is_verb or trigger.code != "143" or token.lemma_.lower() != "strike":
        return trigger
    words = {t.lower_ for t in token.sent}
    if words & _TERROR_WORDS and not words & _LABOUR_WORDS:
        return replace(trigger, code="190", matched=tuple(sorted(words & _TERROR_WORDS)))
    if words & _AERIAL_WORDS and not words & _LABOUR_WORDS:
        return replace(trigger, code="195", matched=tuple(sorted(words & _AERIAL_WORDS)))
    return trigger


def keep_and_retype(triggers: list[Trigger]) -> tuple[list[Trigger], dict[int, tuple[str, str | None]]]:
    """Drop candidates that are part of another one, and re-read a promise by what it promises.

    A speech act swallows its content ("demanded that Nato stop…"); a verb swallows its event noun
    ("held talks"). A promise of conflict is a threat ("vowed to annex"); a promise of a
    concession is a concession ("promised to hand over power").
    """
    triggers = [_attack_strike(t) for t in triggers]
    readings = {id(t): plover_event(t) for t in triggers}
    events = {key: reading[0] for key, reading in readings.items()}
    light = {id(v) for v in triggers if v.is_verb and v.token.lemma_.lower() in LIGHT_VERBS
             and any(not n.is_verb and _governed_by(n.token, v.token, 3) for n in triggers)}
    probes = {key for key, reading in readings.items() if reading == ("ACCUSE", "investigate")}
    kept, retyped = [], {}
    for trigger in triggers:
        if id(trigger) in light:
            continue  # "staged a protest", "gathered in a protest": the noun names the event
        if events[id(trigger)] in _SENDING and any(
                id(p) in probes and _purpose(p.token, trigger.token) for p in triggers):
            continue  # "sent experts to investigate the attacks": PLOVER codes the investigation
        absorbed = False
        for other in triggers:
            if other is trigger or id(other) in light or not _governed_by(trigger.token, other.token):
                continue
            if events[id(other)] in VERBAL:
                absorbed = True
                if _nested(trigger, other, triggers):
                    pass  # "agreed to lift a blockade": the promise is read by "lift", not by "blockade"
                elif events[id(other)] == "AGREE" and events[id(trigger)] in _THREAT_MODE and _easing(
                        trigger.token, other.token):
                    retyped[id(other)] = ("CONCEDE", None)  # "agreed to end the strike / to call off the protest"
                elif events[id(other)] == "AGREE" and events[id(trigger)] in _THREAT_MODE \
                        and other.token.lemma_.lower() not in _NOT_THREATS \
                        and not (not trigger.is_verb and background_noun(trigger.token)):
                    retyped[id(other)] = ("THREATEN", _THREAT_MODE[events[id(trigger)] or ""])
                elif events[id(other)] == "AGREE" and (readings[id(trigger)][1] in _ANNOUNCED_CONCESSIONS
                                                        or events[id(trigger)] == "CONCEDE"):
                    retyped[id(other)] = ("CONCEDE", None)  # promised easing or withdrawal
            elif not trigger.is_verb and other.is_verb and events[id(other)] is not None and id(other) not in light:
                absorbed = True
            elif events[id(other)] is not None and _purpose(trigger.token, other.token) and not (
                    id(trigger) in probes and events[id(other)] in _SENDING):
                absorbed = True  # "sent ships to join…", "scrambled jets to intercept…": the purpose
        if not absorbed:
            kept.append(trigger)
    return kept, retyped


# Meetings and visits: PLOVER's AGREE (CAMEO 036, intent to meet) only when the actor itself says or
# promises it; one the reporter tells as scheduled ("will visit on Monday", "is to meet the envoy") stays
# CONSULT, flagged future.
_SCHEDULED = {"CONSULT"}
# Verbs by which an actor commits itself to what it governs ("promised to visit", "agreed to meet").
_COMMITTING = {"promise", "pledge", "vow", "assure", "agree", "offer", "undertake", "commit", "decide", "resolve",
               "announce", "say", "tell", "declare", "confirm", "accept", "invite"}


def _own_intent(slots: Slots, speaker: Entity | None) -> bool:
    """Whether the acting party itself states the future act: a speaker who is (or is referred to as)
    the actor ("we will meet them", he said), or an actor that is the subject of a verb of promising
    or announcing that governs the act ("X promised to visit", "X announced it would hold talks")."""
    if speaker is not None and slots.actors and any(
            speaker.text.lower() == a.text.lower()
            or a.text.lower() in _PERSONAL | {"i", "it"} for a in slots.actors):
        return True
    for head in slots.actor_heads:
        verb = getattr(head, "head", None)
        if verb is not None and head.dep_ in {"nsubj", "nsubjpass"} and verb.lemma_.lower() in _COMMITTING:
            return True
    return False


def _announced(slots: Slots) -> bool:
    """Aid read from an announcement (:func:`verb_senses.announced_aid`): the trigger is the verb of announcing."""
    token = _trigger_of(slots)
    return token is not None and announced_aid(token, token.lemma_.lower())


def plover_rules(event_type: str, mode: str | None, reading: Any, slots: Slots, speaker: Entity | None
                 ) -> tuple[str, str | None]:
    """PLOVER's rules that depend on modality and on who acts."""
    # A refusal read from a negated acceptance says the negation itself: the REJECT is what happened,
    # so it is not flagged negated as well ("will not allow them" is a refusal, not a refusal denied).
    if reading.negated and event_type in _ACCEPTING and slots.actors and \
            (not reading.hypothetical or reading.conditional) and (reading.future or not _not_done(slots)):
        reading.negated = False
        return "REJECT", None  # "will not accept", "has not agreed": a refusal
    if reading.negated and reading.future and event_type == "RETREAT" and slots.actors and \
            (not reading.hypothetical or reading.conditional):
        reading.negated = False
        return "REJECT", None  # "will not lift the embargo", "will not release them": declines to yield
    own_words = speaker is None or any(speaker.code and speaker.code == a.code for a in slots.actors) \
        or any(a.text.lower() in {"they", "he", "she", "it", "we"} for a in slots.actors)
    if reading.future and not reading.negated and event_type in _THREAT_MODE and event_type != "MOBILIZE" \
            and slots.actors and (reading.conditional or (speaker is not None and own_words)):
        return "THREATEN", _THREAT_MODE[event_type]  # "said they would boycott", "unless …, we will"
    if reading.conditional and reading.future and not reading.negated and event_type == "RETREAT" and slots.actors:
        return "THREATEN", "relations"  # "will withdraw its peacekeepers unless…": a withdrawal used as leverage
    if event_type in {"AID", "AGREE"} and not (reading.negated or reading.hypothetical) and _announced(slots):
        reading.future = True  # "announced compensation for the victims": aid to be paid, not an agreement
        return "AID", None
    if reading.hypothetical:
        return event_type, mode
    if reading.future and not reading.negated:
        if event_type in _SCHEDULED and not reading.offered and not _own_intent(slots, speaker):
            return event_type, mode  # "will visit on Monday", "is to meet": a meeting told as scheduled, CONSULT ahead
        if event_type in _PROMISED or (reading.offered and event_type in {"CONCEDE", "RETREAT"}):
            return "AGREE", None  # promised cooperation; a concession offered ("is prepared to lift the ban")
        if event_type == "RETREAT":
            # an announced withdrawal or ceasefire concedes; a promised release is an intent
            return ("CONCEDE", None) if mode in _ANNOUNCED_CONCESSIONS else ("AGREE", None)
    countries = {a.code for a in slots.actors if a.code}
    if event_type == "MOBILIZE" and len(countries) > 1:
        return "COOPERATE", None  # joint exercises and manoeuvres
    if event_type == "PROTEST" and mode in {None, "demo"} and slots.actors and all(
            set(a.text.lower().split()) & _RIOTERS for a in slots.actors):
        return "PROTEST", "riot"  # "rioters and arsonists took to the streets": by its doers, a riot
    sectors = {a.sector for a in slots.actors if a.sector}
    crowd = any(word in _CROWDS for a in slots.actors for word in a.text.lower().split())
    if sectors and sectors <= _CIVILIAN_SECTORS and crowd:
        if event_type == "COERCE" and mode in {None, "restrict"}:
            return "PROTEST", "obstruct"  # civilians blocking a road protest; authorities coerce
        if event_type == "ASSAULT" and mode is None:
            return "PROTEST", "riot"  # "protesters clashed with police"
    return event_type, mode


# Verbs that answer someone else's demand or proposal: their negation is a refusal ("will not accept",
# "did not allow the march"). A negated initiative told in the past or present is only something that
# did not happen: "never invited the union", "is not inviting the party", "has not lifted the curfew";
# told of the future it declares a refusal ("will not end the strike", "will not lift the ban").
_ACCEPTANCE_VERBS = {"accept", "agree", "allow", "permit", "let", "approve", "consent", "concede", "accede", "grant",
                     "yield", "budge", "entertain", "heed", "endorse", "recognise", "recognize", "sanction", "give",
                     "bow", "relent", "comply", "honour", "honor", "oblige", "succumb", "submit", "cede"}


def _trigger_of(slots: Slots) -> Any:
    """The trigger word, read back from its clause (the clause is the trigger's subtree)."""
    heads = slots.actor_heads + slots.recipient_heads
    if not heads or not slots.clause:
        return None
    doc = heads[0].doc
    roots = [doc[i] for i in slots.clause if i < len(doc) and (doc[i].head.i not in slots.clause
                                                                 or doc[i].head.i == i)]
    return roots[0] if len(roots) == 1 else None


def _not_done(slots: Slots) -> bool:
    """A negated acceptance that refuses nothing: the verb is an initiative, not an answer to a
    demand ("never invited them", "has not lifted the ban"), the negation is "not yet" (pending,
    "has not yet approved the plan"), or the acceptance failed ("failed to reach a consensus")."""
    token = _trigger_of(slots)
    if token is None:
        return False
    if token.dep_ == "xcomp" and token.head.lemma_.lower() == "fail":
        return True  # "failed to reach a consensus": a failure, not a refusal
    if not any(c.dep_ == "neg" for c in token.children):
        return False
    if any(c.lower_ == "yet" and c.dep_ in {"advmod", "neg"} for c in token.children):
        return True
    return token.lemma_.lower() not in _ACCEPTANCE_VERBS


# Lawless doers a report leaves unnamed ("miscreants", "a group of goons", "unidentified assailants").
_LAWLESS = {"miscreant", "criminal", "goon", "vandal", "hooligan", "arsonist", "rioter", "troublemaker", "ruffian",
            "thug", "assailant", "attacker", "element", "anti-social", "antisocial", "culprit", "lumpen"}
# Words that set a sentence in communal or political strife: riots, mobs, curfews, a shutdown.
_STRIFE = {"riot", "rioting", "rioter", "communal", "mob", "curfew", "violence", "clash", "bandh", "carnage",
           "tension", "rampage", "rampaging", "lawlessness", "arson", "mayhem", "sectarian", "pogrom", "strife",
           "disturbance", "unrest", "pelting", "frenzy", "hartal", "shutdown"}
# Acts that burn or wreck property: in a report they are political violence whoever is named doing them.
_WRECKING = {"torch", "burn", "gut", "damage", "destroy", "vandalise", "vandalize", "ransack", "raze", "demolish",
             "blaze", "ablaze"}
# Ordinary crime: robbery, theft, extortion. A robber's shot is no riot.
_THEFT = {"rob", "robber", "robbery", "snatch", "snatcher", "extortion", "extort", "ransom", "burglar", "burglary",
          "theft", "thief", "steal", "dacoit", "dacoity", "heist", "mug", "mugging", "pickpocket", "loan", "debt",
          "dowry", "jewellery", "cash"}


def _lawless(actor: Any, heads: list[Any]) -> bool:
    """A criminal-sector doer, or one of no sector read from "a group/gang of miscreants"."""
    if actor.sector == "CRM":
        return True
    return actor.sector == "UNK" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.lemma_.lower() in _LAWLESS
                                                    for g in c.children)
        for h in heads for c in h.children)


def _strife_violence(trigger: Trigger, event_type: str, slots: Slots, sentence: Any) -> bool:
    """Violence by lawless doers set in communal or political strife: "a shop was set ablaze by miscreants",
    "miscreants stabbed him during the riots". Robbery, theft and extortion stay ordinary crime, and a criminal's
    attack told with nothing of strife around it is crime news too."""
    if event_type not in {"ASSAULT", "COERCE"} or not any(_lawless(a, slots.actor_heads) for a in slots.actors):
        return False
    lemmas = {t.lemma_.lower() for t in sentence} | {t.lower_ for t in sentence}
    if lemmas & _THEFT:
        return False
    lemma = trigger.token.lemma_.lower()
    arson = lemma in _WRECKING or (lemma == "set" and bool(lemmas & {"fire", "ablaze", "afire", "alight"}))
    return arson or bool(lemmas & _STRIFE)


def _political(actor: Any) -> bool:
    """A country, an organisation or a state body; not a business (an international body with a business sector,
    such as a development bank, is an organisation of states)."""
    business = actor.sector in {"BUS"} and actor.code not in _ARMED_CODES  # the IMF (IGO, BUS) is no business
    return (bool(actor.code) and actor.code not in {"MNC"} and not business) or actor.sector in _STATE_SECTORS


# Non-state codes of armed groups and international organisations: political whatever their sector.
_ARMED_CODES = {"IMG", "IGO", "UAF", "REB", "INS", "SEP", "NATO", "UN", "EU", "AU"}


def _state_actor(actor: Any) -> bool:
    """Someone who can agree, ask, accuse or visit on a state's behalf: a state body, an armed group,
    an organisation or a country itself, not a private person or firm that merely lives in one
    ("Americans can make the trip", "customers complained")."""
    if actor.kind == "demonym" and not actor.sector and actor.text[-1:] == "s":
        return False  # "Russians travelling", "Americans can": people of a country, not its state
    return actor.sector in _STATE_SECTORS or actor.code in _ARMED_CODES or (
        bool(actor.code) and actor.code not in {"MNC"} and actor.sector not in _CIVILIAN_SECTORS)


# Groups of people who speak as one when they demand, accuse or refuse.
_GROUPS = {"elders", "leaders", "families", "relatives", "tribes", "clans", "unions", "chiefs"}


def _crowd(actor: Any) -> bool:
    return any(word in _CROWDS or word in _GROUPS for word in actor.text.lower().split())


def _procedure(event_type: str, mode: str | None, slots: Slots) -> bool:
    """Police and courts act through arrests, charges, sentences and investigations of someone;
    their other requests, orders, offers and refusals are procedure ("a judge ordered the defendant
    to pay", "police are asking the public for help", "the court rejected the document"), and an
    investigation of nobody in particular ("police are investigating two deaths") accuses no one."""
    sectors = {a.sector for a in slots.actors}
    if not slots.actors or not sectors <= {"COP", "JUD"}:
        return False
    if event_type == "ACCUSE" and mode == "investigate":
        return not slots.recipients
    return event_type in _PROCEDURAL and not any(_political(r) for r in slots.recipients)


# Event types that happen between political actors by words or agreements: a private person or firm
# doing them is not the news this coder is for.
_DIPLOMATIC = {"AGREE", "SUPPORT", "CONSULT", "COOPERATE", "AID", "REQUEST", "ACCUSE", "REJECT", "THREATEN",
               "CONCEDE", "RETREAT"}
# What police and courts do only as procedure unless a political actor is on the other side.
_PROCEDURAL = _DIPLOMATIC - {"ACCUSE", "CONCEDE", "RETREAT"}
# What a private person can do to a state: sue or accuse it, make demands of it, agree or refuse.
_CLAIMS = {"ACCUSE", "REQUEST", "REJECT", "AGREE", "THREATEN"}
# Event types that are done to someone: without a recipient they are a description.
_GIVING = {"SUPPORT"}
# Prepositions and heads that put an event noun in the background or make it a crime's name:
# "after an attack", "since the protests", "charged with assault", "a victim of sexual assault".
_BACKGROUND_PREPS = {"after", "since", "following", "before", "despite"}
_CRIME_NAMES = {"count", "charge", "victim", "accuse", "convict", "suspect", "guilty", "plead", "allegation",
                "conviction", "arrest", "sentence", "case", "history", "record", "report", "risk", "threat", "fear",
                "wave", "spate", "series", "string", "time", "scene", "site", "anniversary", "aftermath", "wake"}


def background_noun(token: Any) -> bool:
    """An event noun that sets the scene or names an offence instead of reporting an event."""
    if token.dep_ != "pobj" or token.head.dep_ not in {"prep", "agent"}:
        return False
    prep = token.head
    if prep.lower_ in _BACKGROUND_PREPS:
        return True
    return prep.lower_ in {"of", "with", "for", "in"} and prep.head.lemma_.lower() in _CRIME_NAMES


_MONEY_WORDS = {"money", "fund", "funds", "funding", "loan", "grant", "billion", "million", "$", "€", "£", "dollar",
                "euro", "credit", "cash", "budget"}


def _spending(trigger: Trigger, event_type: str, slots: Slots) -> bool:
    """Money moved with no state or organisation on either side is spending, not aid: "legislators
    funded the schools programme", "the county will be given $8,900". Aid has a coded giver or
    receiver ("$500 million to Ukraine", "Saudi Arabia deposited $3 billion"). A cut in such money is a
    budget cut, not a sanction: "the county reduced funding for public libraries" (the twenty-second
    session); "cut aid to Ukraine" names a coded receiver and stays."""
    if event_type not in {"AID", "COOPERATE", "SANCTION"}:
        return False
    money = set(trigger.matched) & _MONEY_WORDS or (
        event_type != "SANCTION" and trigger.token.lemma_.lower() in {"fund", "finance", "bankroll"})
    if not money:
        return False
    return not any(a.code for a in slots.actors + slots.recipients)


# Instruments of a legislature's or a treasury's own business: a bill passed, a budget asked for, an
# ordinance refused (thirteenth session, second round). What a body approves, asks for, refuses or backs
# when it is one of these is procedure, not an agreement, request or refusal between parties.
_LAW_MAKING = frozenset("""
bill bills legislation ordinance ordinances budget budgets appropriation appropriations amendment amendments
statute statutes bylaw bylaws by-law by-laws zoning calendar levy levies
""".split())
_ENACTING = {"CONCEDE", "AGREE", "REJECT", "REQUEST", "SUPPORT", "COOPERATE"}


def _enacted(token: Any) -> list[Any]:
    """What a verb approves, passes, asks for or refuses: its object or passive subject, the noun a
    relative clause of it hangs on ("the bill, which must be approved"), the object of an infinitive
    it governs ("refused to consider the bills"), and a "for" phrase ("approved for money")."""
    things = [c for c in token.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]
    if token.dep_ in {"relcl", "acl"}:
        things.append(token.head)
    for child in token.children:
        if child.dep_ == "xcomp":
            things.extend(g for g in child.children if g.dep_ in {"dobj", "obj"})
        if child.dep_ == "prep" and child.lower_ == "for":
            things.extend(g for g in child.children if g.dep_ == "pobj")
        if child.dep_ == "prep":  # "approved in a final reading a bill": the object hung on the phrase
            things.extend(o for g in child.children if g.dep_ == "pobj"
                          for o in g.children if o.dep_ in {"dobj", "obj"})
        if child.dep_ == "nsubjpass" and child.lemma_.lower() in {"which", "that"} and token.dep_ != "relcl":
            things.append(token.head)
    return things


def _law_making(trigger: Trigger, event_type: str, slots: Slots) -> bool:
    """A legislature's or a government's own bills and budgets ("the parliament approved the bill in a
    third reading", "refused to consider the bills", "the money the agency requested in its budget
    amendment"): procedure, unless another state is on the other side."""
    if event_type not in _ENACTING or not trigger.is_verb:
        return False
    things = _enacted(trigger.token)
    told = {g.lemma_.lower() for c in trigger.token.children if c.dep_ not in {"nsubj", "nsubjpass"}
            for g in c.subtree} | {g.lemma_.lower() for t in things for g in t.subtree}
    if not things or not any(t.lemma_.lower() in _LAW_MAKING or t.lower_ in _LAW_MAKING
                             or (t.lemma_.lower() in _MONEY_WORDS | {"money"} and told & _LAW_MAKING)
                             for t in things):
        return False
    own = {a.code for a in slots.actors if a.code}
    return not any(_state_actor(r) and r.code and r.kind != "place" and r.code not in own for r in slots.recipients)


def _fragment(token: Any) -> bool:
    """A noun in a sentence without a verb ("Alfa attack."): a caption or heading, not a report."""
    return not token.is_sent_start and all(t.pos_ not in {"VERB", "AUX"} for t in token.sent)


# Titles of those who head or speak for a body (actor_resolve.UNKNOWN_BODY_HEADS): a faith body's, a union's or a
# civic council's president, general secretary or spokesman speaks for that organised body.
_OFFICER_WORDS = {"president", "chairman", "chairwoman", "chairperson", "convenor", "convener", "treasurer",
                  "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokespersons", "spokeswomen"}
_SECRETARIES = {("general", "secretary"), ("secretary", "general")}


_YIELDING = {"CONCEDE", "RETREAT"}  # what a state yields: no body's officer's act


def _body_officer(actor: Any) -> bool:
    """The head or spokesman of an organised body that is not a firm: a religious, labour or civic body's (the
    "VHP working president", a "teachers union president") or one no list knows (no code, no sector): when he
    demands, accuses, agrees or meets, his body does, as a party's or a state's officer would."""
    if actor.kind not in ("agent", "person", "name", "pronoun") \
            or actor.sector not in (_CIVILIAN_SECTORS - {"BUS"}) | {None, ""}:
        return False
    words = f"{actor.text} {actor.name or ''}".lower().replace("-", " ").split()  # a pronoun: its antecedent's name
    return bool(set(words) & _OFFICER_WORDS) or any(pair in _SECRETARIES for pair in zip(words, words[1:]))


def _allowed_doer(actor: Any, event_type: str, slots: Slots) -> bool:
    """Whether this actor can do a diplomatic event: a state actor always; groups of people when
    they demand, accuse, refuse or threaten ("the Albanians of southern Serbia are demanding"); a
    private person or aid worker when the other side is a state ("a businessman is suing the
    United States") or when it is aid."""
    if _state_actor(actor) or _body_officer(actor) and event_type not in _YIELDING:
        return True
    if event_type in _CIVIC and (_crowd(actor) or actor.kind == "demonym"):
        return True
    return event_type == "AID" or (event_type in _CLAIMS and any(
        _state_actor(r) and r.code and r.kind != "place" for r in slots.recipients))


def _state_act(code: str) -> bool:
    """Acts only a state does: raising forces or alerts (CAMEO 15), cutting relations (16), a curfew,
    a state of emergency or martial law (1721-1724). A named person doing one is an official the
    dictionaries do not know ("General Ramos declared martial law and sent in the army")."""
    return code[:2] in {"15", "16"} or code[:4] in {"1721", "1722", "1723", "1724"}


# Headings of a web page's list of links: "Related stories", "Also read". The headlines that follow
# are other articles' news, run together without a verb of their own.
_LINK_LIST_HEADINGS = ("related stories", "related articles", "related news", "also read", "read also", "see also",
                       "more stories", "top stories")
# Bodies that meet by themselves: "the union cabinet met", "the party convened an emergency meeting".
_OWN_BODIES = {"cabinet", "party", "committee", "board", "government", "administration", "ministry", "department",
               "secretariat", "politburo", "executive", "caucus", "panel", "commission", "congress", "council",
               # the second pass: a group or its members meeting among themselves ("task force members",
               # "a regional water planning group", "the aldermen met as the beer board")
               "group", "members", "force", "forum", "aldermen", "commissioners", "trustees", "councillors",
               "councilors", "legislators", "lawmakers", "assembly", "legislature", "leadership"}
_MEETING_WORDS = {"meet", "meeting", "convene", "hold", "discuss"}


# A headline run together with the next by a no-break space read in the wrong encoding ("toll to
# 158\u00c2 oppn seeks …"): the separator sticks to the end of a word, as no sentence's spacing does.
_GLUED_SEPARATOR = re.compile("[\\w:'\")]\u00c2")


def _link_list(sentence: Any) -> bool:
    """A run of headlines under a "Related stories" heading, or several headlines glued by a
    separator when the heading fell into the sentence before: no event is told in it."""
    text = sentence.text.lower()
    return any(heading in text for heading in _LINK_LIST_HEADINGS) or len(_GLUED_SEPARATOR.findall(sentence.text)) >= 2


def _own_meeting(trigger: Trigger, event_type: str, slots: Slots) -> bool:
    """A body meeting by itself ("the cabinet met on Thursday", "the party convened an emergency
    meeting"): one actor, no one else named, so no consultation between parties."""
    if event_type != "CONSULT" or slots.recipients or len(slots.actors) != 1:
        return False
    token = trigger.token
    if token.lemma_.lower() not in _MEETING_WORDS:
        return False
    held = [token, *(c for c in token.children if c.dep_ in {"dobj", "obj"})]
    if any(c.dep_ == "prep" and c.lower_ in {"with", "between", "of", "among"} for t in held for c in t.children):
        return False  # "convened a meeting of the chief secretaries": others are named
    if any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_.lower() == "session" for g in c.children)
           for t in held for c in t.children):
        return True  # "the leaders were meeting in emergency session": a body sitting
    words = slots.actors[0].text.lower().split()
    if bool(words) and words[-1] in _OWN_BODIES:
        return True
    # the subject names the body when the actor is its parent ("the full rights commission will meet",
    # coded as the country's commission; "the state party committee will discuss the farmers' problems")
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in _OWN_BODIES and not any(
        c.dep_ == "conj" for c in subject.children)


_MEMBERS = {"member", "members", "mla", "mlas", "mp", "mps", "legislator", "legislators", "councillor",
            "councillors", "leader", "leaders", "worker", "workers", "activist", "activists", "rebel", "rebels",
            "dissident", "dissidents"}


_ENTITLEMENTS = {"right", "rights", "freedom", "liberty", "power", "powers", "prerogative", "authority", "licence",
                 "license", "mandate"}


def _entitled_only(token: Any) -> bool:
    """An act named only as what someone may do: the infinitive of a right or a power ("his right to
    visit", "powers to detain suspects"). Having the right reports no visit and no detention."""
    if any(c.dep_ == "neg" for c in token.children) or any(
            c.dep_ in {"det", "neg"} and c.lower_ in {"no", "not"} for c in token.head.children):
        return False  # "no right to ban", "the right not to be held without trial": the denial is itself reported
    return token.dep_ in {"acl", "relcl"} and token.head.lemma_.lower() in _ENTITLEMENTS and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _party_expulsion(event_type: str, mode: str | None, slots: Slots) -> bool:
    """An expulsion from a party: a party expels, or those expelled are (party) members. PLOVER's
    deportation sends people out of a country; a party's discipline of its own is its own business."""
    if event_type != "COERCE" or mode != "deport":
        return False
    if any(a.sector not in {"PTY"} for a in slots.actors):
        return False
    return bool(slots.actors) or any(set(r.text.lower().split()) & _MEMBERS and r.kind != "place"
                                     for r in slots.recipients)


# What a state welcomes, hails or endorses, or ratifies, when its support needs no one named beside it: an accord
# or a plan others made ("the EU welcomed the ceasefire agreement", "Poland ratified the treaty").
_ENDORSED = SIGNABLES | ENDORSED_STEPS | {"talks"}
_ENDORSING_CODES = {"051", "057"}
_ENDORSING = {"welcome", "hail", "praise", "laud", "applaud", "commend", "endorse", "back", "sign", "ratify", "initial"}


def _accord_endorsed(trigger: Trigger, slots: Slots) -> bool:
    """A praise, endorsement, signature or ratification (051, 057) by a country or an international body (an actor
    with a code) of an accord or a plan: support given without a named recipient, since the accord names its parties
    ("the African Union hailed the peace deal"). Support of a person, a cause or a project stays support to no one."""
    if trigger.code not in _ENDORSING_CODES or not trigger.is_verb or trigger.token.lemma_.lower() not in _ENDORSING:
        return False  # "approved a deal to sell drones": a state's own business, not support of others' accord
    if not any(a.code for a in slots.actors):
        return False
    endorsed = {c.lemma_.lower() for c in trigger.token.children if c.dep_ in {"dobj", "obj", "nsubjpass"}}
    return bool(endorsed & _ENDORSED)


def newsworthy(trigger: Trigger, event_type: str, slots: Slots, sentence: Any, mode: str | None = None) -> bool:
    """Whether a candidate is a political event: someone political takes part, and the sentence is
    not about sport, a natural disaster or an accident."""
    political = _political
    if _link_list(sentence):
        return False  # "Related stories: 50 kar sevaks arrested …": other articles' headlines
    if _own_meeting(trigger, event_type, slots):
        return False  # "the union cabinet met late on Thursday": no counterpart
    if not trigger.is_verb and event_type not in _CONFLICT and background_noun(trigger.token) and not any(
            political(a) for a in slots.actors):
        return False  # attacks and protests named in passing are kept: a report often names them no other way
    if _local_procedure(event_type, slots):
        return False  # a county commission's, a town council's own business
    if _council_business(trigger, event_type, slots, sentence):
        return False  # "Alderman Reyes asked the clerk to set a hearing" on a page about a council's meeting
    if _on_a_pastime_page(trigger, event_type, slots, sentence):
        return False  # "Norway booked its place by beating Chile" on a football page, a release note
    if _campaign_promise(trigger, event_type, slots, sentence):
        return False  # "the Democratic candidate promised to protect Medicaid": a promise to voters
    if event_type == "CONSULT" and trigger.is_verb and craft_travelling(trigger.token):
        return False  # "the small jet was headed to Billings": where a craft travels, no visit between actors
    if _campaign_trail(event_type, slots, sentence):
        return False  # "candidates meet on the debate stage", "a tour of early-voting states, visiting Nevada"
    if _spending(trigger, event_type, slots):
        return False  # "the state will provide money for classrooms": a budget, not aid to another actor
    if _law_making(trigger, event_type, slots):
        return False  # "the Duma approved the bill", "refused to consider said bills": law-making
    if _entitled_only(trigger.token):
        return False  # "was within his right to visit any place", "the power to arrest": a right, not an act
    if _party_expulsion(event_type, mode, slots):
        return False  # "the party expelled six legislators": a party's own discipline, no deportation
    if trigger.code == "082" and any(_crowd(a) or a.sector in _CIVILIAN_SECTORS for a in slots.actors):
        return True  # strikers ending (or refusing to end) their strike: as political as the strike
    if event_type in _DIPLOMATIC:
        if slots.actors and not any(_allowed_doer(a, event_type, slots) for a in slots.actors):
            return False  # a private person's deal, visit or complaint
        if _procedure(event_type, mode, slots):
            return False
        if event_type in _GIVING and not slots.recipients and len({a.code for a in slots.actors if a.code}) < 2 \
                and not _accord_endorsed(trigger, slots):
            return False  # support or aid to no one: "expressed gratitude", "a project supporting…"
    if not slots.actors and _state_subject(trigger.token):
        if event_type in _PROCEDURAL and _subject_lemma(trigger.token) in _LAW_NOUNS and not any(
                _political(r) for r in slots.recipients):
            return False  # "the court rejected the document": procedure, as in :func:`_procedure`
        return True  # "officers seized…", "troops shelled…": the doer is the state even if unnamed
    if event_type == "PROTEST":
        # a protest is political by nature: the protest itself is enough
        ok = True
    elif slots.actors:
        # whoever did it must be political: a country, an organisation, a state body, armed men, a
        # named person; not a loan, a tariff or "young children". Civilians who clash or block
        # roads count: the rules below make that a protest.
        ok = any(political(a) or _body_officer(a) for a in slots.actors) or (
            event_type in _CIVIC and any(a.sector in _CIVILIAN_SECTORS for a in slots.actors)) or (
            _state_act(trigger.code) and any(a.kind == "person" and not a.sector for a in slots.actors)) or (
            _strife_violence(trigger, event_type, slots, sentence))
    else:
        token = trigger.token
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in token.children) or (
            token.tag_ == "VBN" and token.dep_ == "acl")
        tolls = any(q.unit in _TOLLS for q in slots.quantities)
        # no one named as doing it: only an attack, arrest or crackdown that names its toll or its
        # political target, or a passive report on a political target ("Kyiv was shelled")
        ok = (event_type in _CONFLICT and (tolls or (trigger.source == "rule" and trigger.matched)
                                           or any(political(r) for r in slots.recipients)
                                           or any(p.country_code for p, _ in slots.places))) \
            or (passive and any(political(r) for r in slots.recipients)) \
            or (event_type == "ASSAULT" and (bool(slots.recipients) or passive or not trigger.is_verb)
                and trigger.token.lemma_.lower() in _VIOLENCE and not _fragment(trigger.token))
    if not ok:
        return False
    lemmas = {t.lemma_.lower() for t in sentence}
    if event_type in {"ASSAULT", "COERCE"}:
        armed = any(a.code or a.sector in {"MIL", "REB", "COP", "UAF"} for a in slots.actors)
        if (lemmas & _DISASTERS or accidental(trigger.token, lemmas)) and not armed:
            return False  # "a fire destroyed three homes", "killed in a car crash": a toll, not an attack
        if _played(trigger, slots, lemmas):
            return False  # a match or a game
        if _business_rivals(trigger, slots):
            return False  # firms competing
    return True


# Common nouns that name state or armed actors when the resolver left them uncoded.
_STATE_NOUNS = {"officer", "police", "policeman", "soldier", "troop", "force", "army", "military", "security",
                "guard", "authority", "government", "ministry", "court", "judge", "prosecutor", "navy",
                "coastguard", "customs", "militant", "rebel", "insurgent", "gunman", "fighter", "jihadist",
                "official", "agent", "detective", "commando", "militia", "regime"}


_LAW_NOUNS = {"court", "judge", "police", "officer", "policeman", "prosecutor", "detective", "jury", "magistrate"}


def _subject_lemma(token: Any) -> str | None:
    """The lemma of the verb's subject (or of its passive agent)."""
    for child in token.children:
        if child.dep_ in {"nsubj", "agent"}:
            head = child if child.dep_ == "nsubj" else next((g for g in child.children if g.dep_ == "pobj"), child)
            return head.lemma_.lower()
    return None


def _state_subject(token: Any) -> bool:
    return _subject_lemma(token) in _STATE_NOUNS
