"""Resolve one actor phrase ("Armenian Prime Minister Nikol Pashinyan", "Kyiv police",
"Russian-backed separatists") to a country-level code and PLOVER sectors.

A phrase is read the way a coder reads it: find the named things inside it (people,
organisations, countries, demonyms, capitals) with the dictionary, find the agent noun that
says what kind of actor it is (troops → MIL, police → COP), then combine:

- country: a known person's or organisation's own country first, then a place or demonym in
  the phrase, then the caller's context. A demonym in "Russian-backed" / "Iranian-funded" names
  the backer, not the actor, and is not used for the country (the caller may supply one from
  the article instead): "Russian-backed separatists" in Donbas are coded REB of the country where
  they fight, not RUS.
- sector: "former"/"ex-" → ELI; a known person's role on the article's date; an organisation's
  own sector over a generic member noun ("Boko Haram gunmen" → REB); else the agent noun;
  a capital or seat of power alone stands for its government (Moscow → RUS GOV, the Pentagon →
  USA MIL); a country or demonym alone has no sector.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .actor_dictionary import OPEN_END, ORGANISATION_CODES, ActorDictionary, Entry, load_dictionary
from .actor_places import place_country
from .actor_spelling import respell
from .actor_text import pieces
from .countries import country_in_name

FUNCTION_WORDS = {
    "of", "the", "and", "for", "de", "del", "la", "al", "el", "bin", "ibn", "von", "van", "der", "du",
    "des", "le", "y", "da", "do", "dos", "e", "on", "in", "to", "'s", "s", "at", "i", "-", "wa", "'",
    "d", "di", "ben", "abu", "bint", "ul", "ud", "u", "das", "et", "les", "los", "las", "a", "an",
}
BACKER_WORDS = {
    "backed", "sponsored", "supported", "funded", "allied", "aligned", "armed", "trained", "installed",
    "appointed", "controlled", "occupied", "annexed", "held", "friendly", "affiliated", "inspired",
}
FORMER_WORDS = {"former", "ex", "ousted", "exiled", "deposed", "onetime", "erstwhile", "toppled", "retired", "late"}
# Member nouns that take the sector of the organisation they belong to.
WEAK_AGENT_SECTORS = {"UNK", "UAF", "CVL", ""}
MEMBER_NOUNS = {
    "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople", "official",
    "officials", "member", "members", "representative", "representatives", "envoy", "envoys", "aide", "aides",
    "source", "sources", "staff", "employee", "employees", "personnel", "delegation", "delegate", "delegates",
    "negotiator", "negotiators", "adviser", "advisers", "advisor", "advisors", "leader", "leaders", "chief",
    "head", "commander", "commanders", "fighter", "fighters", "militant", "militants", "gunman", "gunmen",
    "supporter", "supporters", "forces", "force", "troops", "unit", "units", "emir", "emirs", "amir", "amirs",
    "deputy", "deputies",  # "a Duma deputy" sits in the Duma (LEG); a bare "deputy" stays NGEC's COP
}
# Words that rank the title after them: "Deputy President", "the deputy spokesman", "the party's deputy
# leader", "deputy director" hold that title's office (or one the lists do not know). NGEC's bare "deputy"
# (COP, a sheriff's deputy) is a title only alone or before a name ("Deputy John Smith", "a Duma deputy").
RANK_PREFIXES = {"deputy", "deputies"}
# Ranks the armed forces and the police share: after a police word they are police ranks ("a police
# sergeant", "Police Lt.", "the Paris Police Department Sgt", "a police general", "the police commander"), as
# PLOVER's COP takes in "police forces, officers"; alone or after an army word they stay MIL.
SHARED_RANKS = {
    "sergeant", "sgt", "master sergeant", "lieutenant", "lt", "first lieutenant", "second lieutenant", "captain", "capt",
    "colonel", "col", "lieutenant colonel", "lt col", "corporal", "commander", "cdr", "commandant", "general", "gen",
    "brigadier", "brigadier general", "brig gen", "major general", "maj gen", "lieutenant general", "lt gen",
    "commanding officer", "junior officer", "cadet",
}
# A political or faith body's rank and file: "BJP workers", "VHP workers" are that body's members (its
# sector), not labour; a company's or a union's workers stay workers.
RANK_AND_FILE = {"worker", "workers"}
RANK_AND_FILE_BODIES = {"PTY", "REL"}
# Titles of heads whose listed sector is the state's (a bare "president" or "chief executive" heads a
# state or a government, GOV): after the kind of body they head they take that body's sector ("the
# university president" EDU, "the company's chief executive" BUS, "the court president" JUD).
HEAD_TITLES = {"president", "vice president", "chief executive", "director general"}
# Bodies named only with capitals ("a party was held", "the Union") that are that body in lower case
# too when a member or head noun follows them ("party officials", "a party spokesman", "union members").
MEMBER_LED = {"party", "parties", "union", "unions"}
# Words for what a party stands for, before a lower-case "party" ("a far-right party"; "far-right" is
# three tokens, the last one read).
POLITICAL_LEANINGS = {
    "right", "left", "wing", "far-right", "far-left", "right-wing", "left-wing", "centrist", "centre-right",
    "centre-left", "center-right", "center-left", "nationalist", "ultranationalist", "populist", "conservative",
    "liberal", "socialist", "communist", "green", "separatist", "secessionist", "islamist", "secular", "royalist",
    "monarchist", "ruling", "governing", "opposition", "political", "pro-government", "pro-independence",
}
# Titles of those who preside over a body: over a legislature they are legislators (LEG).
# Offices that head a body ("the BJP president", "the CPI general secretary"): the officer named after a
# party, a union or a faith's body belongs to that body's sector, not to government.
BODY_HEADS = {"president", "vice president", "secretary", "general secretary", "secretary general", "chairman",
              "chairwoman", "chairperson", "convenor", "convener", "treasurer"}
# Officers' titles that, before "of", take the sector of the body after it (actor_resolve._head_before_of).
OFFICERS_OF = HEAD_TITLES | BODY_HEADS | {"chancellor"}
POSSESSIVES = {"'s", "’s", "'", "’"}
# Words that put a newspaper, a station or a company in the state's hands: "state television", "state-run
# news agency", "a government-owned newspaper", "the official news agency" (NGEC's "state media", "state-owned
# television", "official news agency" GOVJRN, "state-owned" GOVBUS): the state first, the trade second.
STATE_OWNERS = {"state", "government"}
OWNING_WORDS = {"run", "owned", "controlled", "operated"}
STATE_TRADES = {"JRN", "BUS"}
OPPOSING = {"shadow", "opposition"}  # words that put a minister's or spokesman's title in the opposition
# Words for a person's kin: PLOVER's ELI takes in "family members of (former) government officials", so
# "the president's son", "the minister's wife", "Putin's daughter" are elites, not the government.
KIN_WORDS = {"son", "sons", "daughter", "daughters", "wife", "husband", "brother", "brothers", "sister", "sisters",
             "father", "mother", "nephew", "nephews", "niece", "nieces", "cousin", "cousins", "widow", "son-in-law",
             "daughter-in-law", "brother-in-law", "grandson", "granddaughter", "relative", "relatives", "family"}
# Sectors of office-holders whose kin are elites.
OFFICE_SECTORS = {"GOV", "MIL", "LEG", "JUD", "ELI", "COP", "SPY"}
PRESIDING = {"president", "speaker", "chairman", "chairwoman", "chair", "vice president", "deputy speaker"}
PLACE_KINDS = {"country", "demonym", "capital", "place"}
ORG_KINDS = {"organisation", "group", "metonym"}
TITLE_WORDS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "mme", "m"}
PERSONAL_PRONOUNS = {"he", "she", "they", "him", "her", "them", "i", "we", "you"}
# Agent nouns read only as part of a name: "the Labour Party" is a political party, "a party
# was held" is not an actor.
NAME_ONLY_AGENTS = {"party", "parties", "pm"}  # "PM" is the prime minister, "5 pm" a time
# Abbreviated titles and legislators' acronyms, titles only when capitalised ("Gov. X", "MLA X"):
# in lower case they are other words or parts of addresses.
NAME_ONLY_AGENTS |= {
    abbreviation + plural for abbreviation in ("gov", "pres", "amb", "rev", "prof", "sgt", "cdr", "insp", "supt",
                                               "mla", "mna", "mpa", "mep", "cpl") for plural in ("", "s")
} | {"commission", "commissions", "agency", "agencies", "bureau", "bureaus", "directorate", "directorates",
     "institute", "institutes", "herald", "tribune"}  # heads of names: "the commission's fee" is none
# Titles read only capitalised and right before a capitalised name ("Speaker Mwangi", "Justice Okello",
# "Father Brown", "Fr. Kamau"): alone or in lower case they are other words ("a speaker at the rally",
# "seek justice", "his father").
TITLES_BEFORE_NAMES = {"speaker", "speakers", "justice", "justices", "father", "fathers", "fr", "patriarch"}
NAME_ONLY_AGENTS |= TITLES_BEFORE_NAMES
# Legislators' acronyms that an article written without capitals can only write in lower case ("three
# congress mlas"): there nothing else spells them, so they are titles in lower case too.
CASELESS_TITLES = {"mla", "mlas"}
# Head nouns of organisation names, read only at the end of a capitalised name with a name word before
# them ("the Zambian Mineworkers Union", "Patriotic Front", "the Okonkwo Foundation") or before "of"
# ("Union of Journalists"): alone, "the Union" or "the Movement" names nothing the head can tell.
NAMED_HEADS = {"union", "council", "front", "movement", "alliance", "coalition", "foundation",
               "times", "post", "posts", "journal", "chronicle", "telegraph",
               "news", "fm", "daily", "motors", "pharmaceuticals", "bank"}  # not "Banks", a surname
# Words before "Bank" that make it a central or an intergovernmental bank, not a company ("the National Bank
# of Ethiopia", "Federal Reserve Bank", "the People's Bank of China", "the European Investment Bank").
STATE_BANK_WORDS = {"national", "reserve", "central", "federal", "people", "peoples", "development", "investment",
                    "state", "west", "world", "export", "import", "exim"}
NAME_ONLY_AGENTS |= NAMED_HEADS
# Heads of bodies of members: a kind of member named before the head gives the body its sector
# ("Farmers Union" AGR, "Teachers Association" EDU); a party, front or movement is political whoever joins it.
MEMBER_BODIES = {"union", "unions", "association", "associations", "council", "councils", "federation",
                 "federations", "foundation", "foundations"}  # plurals: bodies of one kind ("teachers' unions")
# Heads that the lists read as a state's body ("council" GOV, "congress" LEG) but that civil bodies of members
# also use; the members' sectors that make such a body civil when named after "of" (_head_before_of's head).
STATE_LIKE_BODIES = {"congress", "congresses", "conference", "conferences"}
CIVIL_MEMBERS = {"LAB", "REL", "BUS", "EDU", "MED", "JRN", "AGR"}
# Religious titles that politicians also carry ("Maulana Fazlur Rehman" leads a party, "Ayatollah
# Khamenei" heads a state): they give an unknown person a sector but never override a known one's role.
HONORIFICS = {"ayatollah", "hojatoleslam", "maulana", "maulvi", "mufti", "grand mufti", "rev", "reverend", "pastor",
              "mullah", "imam", "swami", "lama", "rinpoche", "mahant", "acharya", "shankaracharya", "sadhvi"}
# Organisations' acronyms that are also everyday words or name other things in text without capitals
# ("raw", "who", "ice", "inc" after a company's name, "aur" the Hindi "and"): read only in capitals.
CASELESS_WORDS = {"raw", "who", "ice", "inc", "aur", "rim", "sis", "ola", "nab", "biff", "mep", "dap", "lse", "mod"}


@dataclass
class Match:
    """A dictionary hit over tokens ``start``..``end`` (exclusive) of the phrase."""

    start: int
    end: int
    key: str
    entry: Entry | None = None      # a named actor
    agent: str | None = None        # an agent noun's sector string
    country: str | None = None
    sectors: list[str] = field(default_factory=list)
    backer: bool = False            # "Russian" in "Russian-backed"


@dataclass
class Resolution:
    """What one phrase stands for."""

    name: str | None
    code: str | None
    sectors: list[str]
    kind: str
    entry: Entry | None = None

    @property
    def sector(self) -> str | None:
        return self.sectors[0] if self.sectors else None


def _capitalised(token: Any) -> bool:
    text = token.text
    return bool(text) and (text[0].isupper() or text[0].isdigit())


def _proper_case_ok(tokens: Sequence[Any], key: str) -> bool:
    """Names need capitals: "us" is a pronoun, "US" a country; "general" is not "General X"."""
    if len(tokens) == 1 and len(key) <= 3 and " " not in key:
        text = tokens[0].text.replace(".", "")
        return text.isupper() and len(text) >= 2
    content = [t for i, t in enumerate(tokens) if t.text.lower() not in FUNCTION_WORDS
               and any(c.isalpha() for c in t.text)
               and not (i > 0 and tokens[i - 1].text == "-")]  # "Co-operation", "Al-Jaber"
    if not content:  # "al-Qaeda": every word but the article follows a hyphen
        content = [t for t in tokens if t.text.lower() not in FUNCTION_WORDS and any(c.isalpha() for c in t.text)]
    return bool(content) and all(_capitalised(t) for t in content)


def _piece_table(tokens: Sequence[Any]) -> list[tuple[str, int]]:
    table = []
    for i, token in enumerate(tokens):
        for piece in pieces(token.text):
            table.append((piece, i))
    return table


def find_matches(tokens: Sequence[Any], dictionary: ActorDictionary | None = None,
                 agents: bool = True, loose: bool = False, caseless_text: bool = False) -> list[Match]:
    """Dictionary matches aligned on token boundaries, longest first, never overlapping.

    Every token start proposes its longest hit; hits are then kept longest-first, so "the UN
    Security Council" keeps "UN Security Council" rather than "the UN" + "Security Council".
    ``caseless_text``: the tokens come from an article written without capitals, whose names are
    read as :func:`_caseless_name` says.
    """
    dictionary = dictionary or load_dictionary()
    # A standalone phrase typed all in lower case ("paris railway police") has lost its capitals, not
    # its places: country, demonym and city words are then read without them.
    caseless = loose and not any(c.isupper() for t in tokens for c in t.text)
    table = _piece_table(tokens)
    proposals: list[tuple[int, Match]] = []
    prefixes = dictionary.prefixes
    for p, (piece, first_token) in enumerate(table):
        if p > 0 and table[p - 1][1] == first_token:  # not at a token start
            continue
        key, end_piece, best = piece, p + 1, None
        while key in prefixes:
            last_token = table[end_piece - 1][1]
            if end_piece == len(table) or table[end_piece][1] != last_token:  # ends on a token boundary
                span = tokens[first_token:last_token + 1]
                if key in dictionary.phrases and (_proper_case_ok(span, key) or caseless and _caseless_place(dictionary, key)) \
                        and (loose or _name_ok(span, dictionary, key)) \
                        or key in dictionary.phrases and caseless_text \
                        and _caseless_name(span, dictionary, key, tokens[last_token + 1:last_token + 2]) \
                        and not _hyphen_joined(tokens, first_token, last_token):
                    best = (end_piece - p, Match(first_token, last_token + 1, key, entry=dictionary.lookup(key)[0]))
                elif agents and key in dictionary.agents and (loose or _agent_ok(span, tokens[last_token + 1:last_token + 2])) \
                        and (key not in NAME_ONLY_AGENTS or _capitalised(span[-1])
                             or caseless_text and key in CASELESS_TITLES
                             or _member_follows(tokens, first_token, last_token, key)
                             or _party_of_kind(tokens, first_token, key, dictionary)) \
                        and (key not in TITLES_BEFORE_NAMES or _name_follows(tokens, last_token)) \
                        and (key not in NAMED_HEADS or _named_head(tokens, first_token, last_token)
                             or _member_follows(tokens, first_token, last_token, key)):
                    best = (end_piece - p, Match(first_token, last_token + 1, key, agent=dictionary.agents[key]))
            if end_piece == len(table):
                break
            key = key + " " + table[end_piece][0]
            end_piece += 1
        if best:
            proposals.append(best)
    taken: set[int] = set()
    found: list[Match] = []
    for _, hit in sorted(proposals, key=lambda item: (-item[0], item[1].start)):
        if not any(i in taken for i in range(hit.start, hit.end)):
            taken.update(range(hit.start, hit.end))
            found.append(hit)
    return sorted(found, key=lambda m: m.start)


def _party_of_kind(tokens: Sequence[Any], first: int, key: str, dictionary: ActorDictionary) -> bool:
    """A lower-case "party" after a word saying what politics it stands for is a political party ("an
    Islamist party", "a far-right party", "the ruling party"); after other words it stays an occasion
    ("a Christmas party", "a birthday party")."""
    if key not in ("party", "parties") or first == 0:
        return False
    before = tokens[first - 1].text.lower()
    return before in POLITICAL_LEANINGS or dictionary.agents.get(before, "")[:3] in ("REL", "REB", "PTY")


def _member_follows(tokens: Sequence[Any], first: int, last: int, key: str) -> bool:
    """A body named only with capitals ("party", "union") heads a phrase in lower case when a member or
    head noun follows it ("party officials", "the union president"), not after a hyphen ("third-party")."""
    if key not in MEMBER_LED or last + 1 >= len(tokens) or _hyphen_joined(tokens, first, first):
        return False
    following = tokens[last + 1].text.lower()
    if following in POSSESSIVES and last + 2 < len(tokens):
        # "the party's leaders", "the union's general secretary": the body owns the member or officer
        following = tokens[last + 2].text.lower()
        if last + 3 < len(tokens) and following + " " + tokens[last + 3].text.lower() in BODY_HEADS:
            return True
        return following in MEMBER_NOUNS or following in HEAD_TITLES or following in BODY_HEADS
    return following in MEMBER_NOUNS or following in HEAD_TITLES or following in ("chairman", "chairwoman", "chairperson")


def _name_follows(tokens: Sequence[Any], last: int) -> bool:
    """A capitalised name word follows the title ("Speaker Mwangi"; "Fr. Kamau" past the full stop)."""
    i = last + 1
    if i < len(tokens) and tokens[i].text == ".":
        i += 1
    if i >= len(tokens):
        return False
    following = tokens[i]
    return following.text[:1].isupper() and following.text.isalpha() and following.text.lower() not in FUNCTION_WORDS \
        and getattr(following, "pos_", "PROPN") in ("PROPN", "")


def _named_head(tokens: Sequence[Any], first: int, last: int) -> bool:
    """An organisation's head noun ends a name: a capitalised name word comes right before it, or "of"
    right after it ("the Union of Journalists"). A bank only after a name ("Equity Bank"): a "Bank of"
    a country is mostly its central bank."""
    bank = tokens[first].text.lower() == "bank"
    if bank and any(t.text.lower().strip("'’") in STATE_BANK_WORDS for t in tokens[max(first - 3, 0):first]):
        return False
    if not bank and last + 1 < len(tokens) and tokens[last + 1].text.lower() == "of":
        return True
    if first == 0:
        return False
    before = tokens[first - 1]
    return _capitalised(before) and before.text.lower() not in FUNCTION_WORDS and any(c.isalpha() for c in before.text)


def _caseless_name(span: Sequence[Any], dictionary: ActorDictionary, key: str, following: Sequence[Any] = ()) -> bool:
    """A name in an article without capitals: a person's or organisation's name of two or more words
    ("vishwa hindu parishad", "atal bihari vajpayee"), a country or demonym word of more than three
    letters, a capital's name of two or more words ("male" is a word before it is a capital), or an
    organisation's acronym of three letters or more that the initials of its name spell in order
    ("bjp", "crpf", "cpm") and that is no agent noun or everyday word. A town ("place") is left to the
    places stage; a one-word name other than an acronym ("hamas") stays unread. A demonym before a noun
    that names no kind of actor is part of a name whose capitals are lost ("the american center attack",
    "american bollworm"), not a people."""
    if any(c.isupper() for t in span for c in t.text):
        return False
    entry = dictionary.lookup(key)[0]
    if entry.kind == "demonym" and following and getattr(following[0], "pos_", "") in ("NOUN", "PROPN") \
            and following[0].text.lower() not in dictionary.agents:
        return False
    if entry.kind in ("country", "demonym") or entry.kind == "capital" and " " in key:
        return _caseless_place(dictionary, key)
    if len([w for w in key.split() if w not in FUNCTION_WORDS]) >= 2:
        return entry.kind in ORG_KINDS or entry.kind == "person"
    return (entry.kind in ("organisation", "group") and len(key) >= 3 and key.isalpha()
            and key not in dictionary.agents and key not in CASELESS_WORDS and _abbreviates(key, initials(entry.name)[0]))


def _abbreviates(key: str, letters: str) -> bool:
    """The acronym's letters come in order from the name's initials, the first from the first ("cpm"
    from the Communist Party of India (Marxist)'s "cpoim")."""
    if not letters or key[0] != letters[0]:
        return False
    rest = iter(letters)
    return all(c in rest for c in key)


def _hyphen_joined(tokens: Sequence[Any], first: int, last: int) -> bool:
    """The words are hyphened to a word before or after them, part of a longer name without capitals
    ("all-india", "air-india")."""
    return (first > 0 and tokens[first - 1].text == "-") or (last + 1 < len(tokens) and tokens[last + 1].text == "-")


def initials(name: str) -> tuple[str, str]:
    """The initials of a name's words, with and without its function words ("Research and Analysis
    Wing" → "raaw", "raw"; "Inter-Services Intelligence" → "isi")."""
    words = [w for w in re.split(r"[\s\-/]+", re.sub(r"[()'’.,]", " ", name)) if w]
    return ("".join(w[0] for w in words).lower(),
            "".join(w[0] for w in words if w.lower() not in FUNCTION_WORDS and w != "&").lower())


def _caseless_place(dictionary: ActorDictionary, key: str) -> bool:
    """A place word of more than three letters ("us" stays a pronoun, "chad" and "jordan" need
    the first entry to be the place)."""
    return len(key) > 3 and dictionary.lookup(key)[0].kind in PLACE_KINDS


def _name_ok(span: Sequence[Any], dictionary: ActorDictionary, key: str) -> bool:
    """A one-word organisation or person name must be tagged as a name or be an acronym: a
    sentence-initial common noun ("Organization", "Business") is not the group of that name."""
    if len(span) > 1 or getattr(span[0], "pos_", "PROPN") in ("PROPN", ""):
        return True
    if span[0].text.isupper():
        return True
    return dictionary.lookup(key)[0].kind not in ("organisation", "group", "person")


def _agent_ok(span: Sequence[Any], following: Sequence[Any] = ()) -> bool:
    """An agent noun must be a noun; an agent adjective counts only before a noun, as the modifier
    that says what kind of "leader" or "aides" they are ("Buddhist community leader")."""
    last = span[-1]
    pos = getattr(last, "pos_", "NOUN")
    if pos == "ADJ" and following and getattr(following[0], "pos_", "") in ("NOUN", "PROPN"):
        return True
    return pos in ("NOUN", "PROPN", "") or (pos == "ADJ" and len(span) == 1 and last.text.lower().endswith("s"))


def _is_backer(tokens: Sequence[Any], match: Match) -> bool:
    """"Russian-backed", "Iran-funded", "Kremlin-appointed", "pro-Russian": the match names a
    sponsor or a side, not the actor's own country."""
    before = [t.text.lower() for t in tokens[max(match.start - 2, 0):match.start]]
    if before[-1:] == ["-"] and before[:1] and before[0] in ("pro", "anti"):
        return True  # "pro-Russian separatists" are not Russian
    if match.start > 0 and tokens[match.start - 1].text.lower() in ("pro-", "anti-"):
        return True
    after = [t.text.lower() for t in tokens[match.end:match.end + 2]]
    if after[:1] == ["-"] and len(after) > 1 and after[1] in BACKER_WORDS:
        return True
    return bool(after) and after[0].lstrip("-") in BACKER_WORDS and tokens[match.end].text.startswith("-")


def _prefer_context(match: Match, context_code: str | None, dictionary: ActorDictionary, day: int) -> None:
    """Among homonymous entries ("PAN" in several countries) take the one in the context country."""
    if not context_code or match.entry is None:
        return
    for entry in dictionary.lookup(match.key):
        code, _ = dictionary.resolve_code(entry.code_on(day))
        if code == context_code:
            match.entry = entry
            return
    if " " not in match.key and len(match.key) <= 5 and match.entry.kind in ORG_KINDS:
        match.entry = None  # an acronym from another country names some other organisation


def _fill(match: Match, dictionary: ActorDictionary, day: int) -> None:
    if match.entry is not None:
        match.country, match.sectors = dictionary.resolve_code(match.entry.code_on(day))
        if match.country is None and match.entry.kind == "person":
            match.country, match.sectors = _out_of_office(match.entry, dictionary, day)
    elif match.agent:
        code = match.agent
        match.sectors = [code[i:i + 3] for i in range(0, len(code), 3)]


def _out_of_office(entry: Entry, dictionary: ActorDictionary, day: int) -> tuple[str | None, list[str]]:
    """A listed person holding none of their recorded roles on the day still has the country of those roles.
    After the last of them has ended they are a former office-holder (PLOVER's ELI: "former government
    officials who currently do not hold positions"); before the first they have no sector yet."""
    dated = [(start or 0, end or OPEN_END, code) for code, start, end in entry.codes if start or end]
    if not dated:
        return None, []
    ended = [row for row in dated if row[1] < day]
    if ended and not any(start > day for start, _, _ in dated):
        country, sectors = dictionary.resolve_code(max(ended, key=lambda row: row[1])[2])
        return country, ["ELI"] if sectors[:1] and sectors[0] in OFFICE_SECTORS else []
    country, _ = dictionary.resolve_code(min(dated)[2])
    return country, []


def _surname_person(tokens: Sequence[Any], matches: list[Match], dictionary: ActorDictionary,
                    day: int) -> Match | None:
    """A capitalised word no dictionary phrase covered, read as the surname of a known person.

    Only taken when exactly one person with that surname holds a recorded role on the day
    ("Museveni" → Yoweri Museveni, not Janet Museveni who has none then).
    """
    covered = {i for m in matches for i in range(m.start, m.end)}
    for i in range(len(tokens) - 1, -1, -1):
        token = tokens[i]
        title = _title_at(matches, i)
        if title is not None and _capitalised(token) and token.text.isalpha() and len(token.text) >= 3 \
                and all(m.entry is not None and m.entry.kind == "place" for m in matches if m.start <= i < m.end):
            titled = _titled_surname(token.text, title, dictionary, day)
            if titled is not None:
                return Match(i, i + 1, token.text.lower(), entry=titled)
        if i in covered or not _capitalised(token) or not token.text.isalpha() or len(token.text) < 3:
            continue
        if getattr(token, "pos_", "PROPN") not in ("PROPN", "NOUN", "ADJ", ""):
            continue
        before = tokens[i - 1] if i > 0 else None
        if before is not None and (i - 1) not in covered and _capitalised(before) and before.text.isalpha() \
                and before.text.lower().rstrip(".") not in TITLE_WORDS:
            return None  # "Ben Wallace": an unknown full name, not the surname of a known person
        listed = dictionary.by_surname(token.text)
        spelt = [e for e in dictionary.by_titled_surname(token.text)
                 if _fold_name(e.name.split()[-1]) == _fold_name(token.text)]
        if spelt and not any(e in spelt for e in listed):
            return None  # "Milley" is a listed person's own surname, not a variant of another's ("Milei")
        active = []
        for entry in listed:
            code, sectors = dictionary.resolve_code(entry.code_on(day))
            if code and sectors and sectors[0] != "ELI":
                active.append(entry)
        active.sort(key=lambda e: -e.names)
        if len(active) == 1 or (len(active) > 1 and active[0].names > 2 * active[1].names):
            return Match(i, i + 1, token.text.lower(), entry=active[0])
        return None
    return None


IGO_CODES = {"IGO", "UN", "EU", "NATO"}  # intergovernmental bodies, whose officials are GOV
HEAD_WORDS = {"head", "chief", "leader", "boss", "director", "envoy", "commissioner", "representative", "official",
              "officials"}
FUNCTION_POS = {"DET", "ADP", "CCONJ", "SCONJ", "PRON", "AUX", "PART"}
COMMON_SURNAME = 6  # listed people of one surname beyond which a title does not pick one out ("Khan", "Singh")
# Titles followed by a given name, not a surname ("Prince Andrew", "King Charles", "Sheikh Tamim")
GIVEN_NAME_TITLES = {"king", "queen", "prince", "princess", "crown prince", "emir", "amir", "sheikh", "sheik",
                     "sultan", "emperor", "empress", "pope", "grand duke", "duke", "duchess", "crown princess"}


def _title_at(matches: Sequence[Match], i: int) -> str | None:
    """The office sector of a title ending right before token ``i`` ("Deputy Secretary", "General"), if any."""
    for match in matches:
        if match.end == i and match.entry is None and match.agent and match.sectors[:1] \
                and match.key.split()[-1] not in GIVEN_NAME_TITLES and match.key not in GIVEN_NAME_TITLES \
                and match.sectors[0] in OFFICE_SECTORS - {"ELI"}:
            return match.sectors[0]
    return None


def _titled_surname(surname: str, sector: str, dictionary: ActorDictionary, day: int) -> Entry | None:
    """The one listed person of that surname a title of ``sector`` names: "General Milley" is the general
    of that name, "Governor Newsom" the governor, though neither bare surname is read (it is shared, or
    spelt like another's). The one holding such an office on the day; failing any, the one who held
    such an office before it (the text's title is its own, "Deputy Secretary Hicks" after she left).
    A surname spelt exactly so is preferred to a variant spelling of it ("Milley" is not "Milei")."""
    found = dictionary.by_titled_surname(surname)
    exact = [e for e in found if _fold_name(e.name.split()[-1]) == _fold_name(surname)]
    found = exact or found
    if not found or len(found) > COMMON_SURNAME:
        return None  # "Minister Khan", "General Kim": a title does not single out one of so many

    def holds(code: str | None) -> bool:
        # the office's own sector first: a defence minister is no "General"; a minister may be coded LEG first
        sectors = dictionary.resolve_code(code)[1]
        return sectors[:1] == [sector] or sector == "GOV" and sector in sectors

    now = [e for e in found if holds(e.code_on(day))]
    if len(now) == 1:
        return now[0]
    if now:
        return None
    before = [e for e in found if any(holds(code) for code, start, _ in e.codes if (start or 0) <= day)]
    return before[0] if len(before) == 1 else None


def _fold_name(word: str) -> str:
    """A name word without case or accents ("Erdoğan" → "erdogan")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def _inside_person(tokens: Sequence[Any], match: Match, matches: Sequence[Match] = ()) -> bool:
    """A place word that is part of a longer personal name ("Sabah" in "Nawaf Al-Sabah"); a neighbour
    that is itself a country word or a group ("Yemeni al-Qaeda", tagged one PERSON) is no name word."""
    if match.entry is None or match.entry.kind == "person":
        return False
    inside = [getattr(t, "ent_type_", "") == "PERSON" for t in tokens[match.start:match.end]]
    if not all(inside):
        return False
    others = {i for m in matches if m is not match and m.entry is not None and m.entry.kind != "person"
              for i in range(m.start, m.end)}

    def name_word(i: int) -> bool:
        # an article or a preposition the tagger swept into a name ("the" before "Lok Sabha") is no name word
        return (0 <= i < len(tokens) and getattr(tokens[i], "ent_type_", "") == "PERSON" and tokens[i].text.isalpha()
                and getattr(tokens[i], "pos_", "") not in FUNCTION_POS and i not in others)

    return name_word(match.start - 1) or name_word(match.end)


def resolve_tokens(tokens: Sequence[Any], day: int, context_code: str | None = None,
                   dictionary: ActorDictionary | None = None, loose: bool = False,
                   matches: list[Match] | None = None) -> Resolution | None:
    """Resolve a phrase given as tokens (spaCy tokens or anything with ``.text``/``.pos_``).

    ``loose`` accepts agent nouns whatever their part of speech, for short standalone phrases
    where the tagger has little to go on ("savages" tagged as a verb). ``matches`` are the
    phrase's dictionary matches when the caller has them already (offsets within ``tokens``).
    """
    dictionary = dictionary or load_dictionary()
    if len(tokens) == 1 and tokens[0].text.lower() in PERSONAL_PRONOUNS:
        return Resolution(None, None, ["UNK"], "pronoun")
    if matches is None:
        matches = find_matches(tokens, dictionary, loose=loose)
        respelt = respell(tokens, {i for m in matches for i in range(m.start, m.end)}, dictionary) if loose else None
        if respelt is not None:
            tokens, matches = respelt, find_matches(respelt, dictionary, loose=loose)
    matches = [m for m in matches if not _inside_person(tokens, m, matches) and not _rank_prefix(tokens, m)]
    for match in matches:
        _prefer_context(match, context_code, dictionary, day)
        _fill(match, dictionary, day)
        match.backer = match.entry is not None and _is_backer(tokens, match)
    named = [m for m in matches if m.entry is not None and not m.backer]
    named = [m for m in named if not _destination(tokens, m, named)]
    person = next((m for m in named if m.entry.kind == "person"), None)
    if person is None and not any(m.entry.kind in ORG_KINDS for m in named):
        person = _surname_person(tokens, matches, dictionary, day)
        if person is not None:
            _fill(person, dictionary, day)
            named.append(person)
    org = next((m for m in named if m.entry.kind in ORG_KINDS), None)
    place = next((m for m in named if m.entry.kind in PLACE_KINDS), None)
    agent_matches = [m for m in matches if m.agent and m.agent not in ("JNK", "NON")]
    agent = agent_matches[-1] if agent_matches else None
    if agent is not None and agent.sectors[:1] == ["UNK"]:
        agent = next((m for m in reversed(agent_matches) if m.sectors[:1] != ["UNK"]), agent)
    if agent is not None and _member_of_kind(agent):
        # "a Buddhist community leader", "parliamentary aides": a leader or member of a kind of
        # group takes that group's sector, as a member of a named organisation takes its sector.
        kind = next((m for m in reversed(agent_matches) if m.end <= agent.start
                     and not set(m.sectors[:1]) & WEAK_AGENT_SECTORS), agent)
        if kind is not agent and kind.sectors[:1] == ["REL"] and agent.sectors[:1] == ["UAF"]:
            # "Islamist fighters", "Sunni gunmen": armed men of a faith are armed men (PLOVER's REL is
            # religious bodies and clergy), the faith a second sector.
            agent.sectors = agent.sectors[:1] + ["REL"] + [s for s in agent.sectors[1:] if s != "REL"]
        else:
            agent = kind
    if agent is not None and agent.sectors[:1] == ["MIL"] and (agent.key in SHARED_RANKS or agent.key[:-1] in SHARED_RANKS) \
            and _police_before(tokens, agent, matches):
        agent = Match(agent.start, agent.end, agent.key, agent="COP", sectors=["COP"])
    if agent is not None and agent.key in BODY_HEADS and agent.start >= 2 \
            and tokens[agent.start - 1].text.lower() in POSSESSIVES:
        # "the party's general secretary", "the union's treasurer": an officer of the body named before him
        agent = next((m for m in reversed(agent_matches) if m.end == agent.start - 1
                      and not set(m.sectors[:1]) & WEAK_AGENT_SECTORS), agent)
    headed = _head_before_of(tokens, agent_matches)
    if headed is not None and headed.key in MEMBER_BODIES:  # "the Muslim Council of Britain" is REL
        headed = next((m for m in reversed(agent_matches) if m.end <= headed.start
                       and not set(m.sectors[:1]) & WEAK_AGENT_SECTORS), headed)
    if headed is not None and headed.key in MEMBER_BODIES | STATE_LIKE_BODIES and headed.sectors[:1] in (["GOV"], ["LEG"]):
        # "the Congress of South African Trade Unions", "the Council of Churches of Kenya": members of a
        # civil kind named after "of" make the body theirs, not a state council or a legislature
        headed = next((m for m in agent_matches if m.start > headed.end
                       and set(m.sectors[:1]) & CIVIL_MEMBERS), headed)
    agent = headed or agent
    if not agent_matches and any(m.agent for m in matches) and not named:
        return None  # only junk nouns ("a demand")
    words = {t.text.lower().strip(".-") for t in tokens}
    former = bool(words & FORMER_WORDS)

    country = None
    for source in (person, org, place):
        if source is not None and source.country:
            country = source.country
            break
    national = person is None and _national_of(tokens, place, org)
    if national:
        country = place.country  # "the Mexican Senate" is Mexico's, though the lists bind "Senate" to the US
    if country is None and org is not None and org.entry.kind in ORG_KINDS:
        country = country_in_name(org.entry.name)  # a private source code: the name says where
    fallback_place = None
    if country is None and person is None and context_code is None:
        covered = {i for m in matches for i in range(m.start, m.end)}
        fallback_place = place_country(tokens, covered, loose)
        if fallback_place is not None and any(m.end == fallback_place[1] for m in agent_matches):
            fallback_place = None  # "Queen Rania", "Governor Vadim": a title's name, not a town
        if fallback_place is not None:
            country = fallback_place[0]
    country = country or context_code

    sectors: list[str] = []
    owned = person is not None and agent is not None and _owned_by(tokens, person, agent)
    if owned:
        sectors = list(agent.sectors)  # "Kadyrov's forces" are MIL of Kadyrov's country, not Kadyrov
    elif person is not None:
        sectors = list(person.sectors)
        if agent is not None and _title_before(person, agent) and agent.sectors[:1] != ["UNK"] \
                and not (agent.key in HONORIFICS and sectors):
            # The text's own title is more current than the dictionary ("Senator Marco Rubio")
            sectors = list(agent.sectors)
            if agent.key in BODY_HEADS and org is not None and org.end <= agent.start and org.sectors:
                sectors = list(org.sectors)  # "Congress president Sonia Gandhi" heads a party, not a state
        if not sectors and org is not None and org.end <= person.start and org.sectors:
            sectors = list(org.sectors)  # "RJD chief X", a person of no listed role that day: his body's sector
    elif org is not None and org.sectors[:1] == ["LEG"] and agent is not None and agent.key in PRESIDING:
        sectors = ["LEG"]  # "the Storting president", "the Senate speaker" preside over a legislature
    elif org is not None and org.sectors and (agent is None or org.entry.kind == "group"
                                               or set(agent.sectors[:1]) & WEAK_AGENT_SECTORS
                                               or agent.key.rsplit(" ", 1)[-1] in MEMBER_NOUNS
                                               or _body_head_key(agent.key) and agent.start >= org.end
                                               or agent.key in HEAD_TITLES and agent.start >= org.end
                                               or agent.key in RANK_AND_FILE and agent.start >= org.end
                                               and org.sectors[0] in RANK_AND_FILE_BODIES
                                               or agent.start < org.start):
        sectors = list(org.sectors)
    elif org is not None and agent is not None and agent.key in BODY_HEADS | HEAD_TITLES and agent.start >= org.end \
            and org.country == "NGO":
        # "Amnesty's secretary general": an NGO's head is the NGO's (an IGO's head stays GOV)
        sectors = list(org.sectors)
    elif agent is not None and org is not None and agent.sectors[:1] == ["UNK"]:
        sectors = list(org.sectors)  # "members of Nato": Nato's (no) sector, not "unknown"
    elif agent is not None:
        sectors = list(agent.sectors)
    elif org is not None:
        sectors = list(org.sectors)
    elif place is not None and (place.entry.kind != "capital" or len(named) == 1):
        sectors = list(place.sectors)  # a capital alone is its government; a breakaway region is PRE
        if not sectors and place.entry.kind == "place" and len(named) == 1 and place.country:
            sectors = ["CVL"]  # a town named as an actor stands for its people (a region of several states does not)
        elif not sectors and place.entry.kind in ("country", "demonym") and _unknown_noun_after(tokens, place, matches):
            sectors = ["UNK"]  # "a Syrian vessel": someone of that country, of no known sector
    if person is None and org is None and agent is not None and sectors[:1] == ["GOV"] \
            and words & OPPOSING and not words & {"government", "governments", "ministry"} \
            and min(i for i, t in enumerate(tokens) if t.text.lower().strip(".-") in OPPOSING) < agent.end:
        # "the shadow health minister", "the opposition's finance spokesman": the opposition's own politicians
        # (NGEC's "shadow minister", "spokesman for the opposition": PTY with OPP), not the government
        sectors = ["PTY", "OPP"]
    if person is None and agent is not None and agent.key == "opposition" and agent_matches[-1] is not agent:
        if agent.end < len(tokens) and tokens[agent.end].text.lower() in POSSESSIVES:
            sectors = ["PTY", "OPP"]  # "the opposition's finance spokesman": an officer of the opposition
        else:
            agent = agent_matches[-1]  # "opposition members", "opposition supporters": the noun's own sector
            sectors = list(agent.sectors)
    if not sectors and person is None and org is not None and org.country in IGO_CODES \
            and any(t.text.lower() in HEAD_WORDS and not org.start <= i < org.end for i, t in enumerate(tokens)):
        # "the head of the IAEA", "the EU's foreign policy chief": an international body's head is an official
        # (GOV), as its secretary general is; the body itself has no sector
        sectors = ["GOV"]
    if person is None and agent is not None and sectors[:1] == agent.sectors[:1] and sectors[:1] \
            and sectors[0] in STATE_TRADES and _state_owned(tokens, agent, matches):
        sectors = ["GOV"] + [s for s in sectors if s != "GOV"]
    if person is None and org is not None and not org.sectors and agent is not None and sectors == agent.sectors \
            and org.end <= agent.start and org.entry.kind in ORG_KINDS and org.country not in IGO_CODES \
            and (agent.key in UNKNOWN_BODY_HEADS or _body_head_key(agent.key)):
        sectors = []  # "AICC secretary-general X", the AICC an article's acronym of a body of no known sector: his
    unknown_head = person is None and org is None and agent is not None and sectors == agent.sectors \
        and (_unknown_body_head(tokens, agent, matches) or place is None and _unknown_body_of(tokens, agent, matches))
    if unknown_head:
        sectors = []  # "Cova president X", "AICC secretary-general X": the head of a body no list knows
    kin = _kin_of_office(tokens) and bool(set(sectors[:1]) & OFFICE_SECTORS)
    if kin:
        sectors = ["ELI"]
    if former and (person is not None or agent is not None or org is not None):
        sectors = ["ELI"] + [s for s in sectors if s != "ELI"]
    text = " ".join(t.text.lower() for t in tokens)
    if "opposition" in words and sectors[:1] in ([], ["UNK"]) and (agent or org or place) is not None:
        sectors = ["OPP"]  # "opposition groups", "the Venezuelan opposition"
    if sectors and "OPP" not in sectors and ("opposition" in words or "anti - government" in text
                                             or "anti - regime" in text or "anti-government" in words):
        sectors.append("OPP")  # "anti-government protesters": CVL, and in opposition

    if person is None and org is None and place is None and agent is None:
        if fallback_place is None:
            return None
        start, end = fallback_place[1], fallback_place[2]
        return Resolution(" ".join(t.text for t in tokens[start:end]), country, ["CVL"], "place")
    if person is not None and not owned and not kin:
        return Resolution(person.entry.name, country, sectors, "person", person.entry)
    if owned or kin:
        return Resolution(_agent_name(tokens), country, sectors, "agent", None)
    head = agent if agent is not None and (org is None or agent.end >= org.end) else None
    if head is None and org is not None:
        name = _agent_name(tokens) if national else org.entry.name  # not "United States Congress"
        return Resolution(name, country, sectors, _org_kind(org.entry), org.entry)
    if head is None and place is not None:
        kind = "metonym" if place.entry.kind == "capital" and sectors else place.entry.kind
        return Resolution(place.entry.name, country, sectors, kind, place.entry)
    if unknown_head and not sectors:
        return Resolution(_agent_name(tokens), country, sectors, "name", None)  # kept with no sector
    return Resolution(_agent_name(tokens), country, sectors, "agent", None)


# Words between a body's name and its head's title that rank or date the title, not name the body ("the VHP
# working president", "BJP national president X", "the union's acting general secretary").
TITLE_MODIFIERS = RANK_PREFIXES | FORMER_WORDS | {
    "vice", "acting", "interim", "senior", "executive", "honorary", "working", "founding", "associate", "assistant",
    "elected", "incumbent", "outgoing", "incoming", "new", "current", "national", "general", "joint", "co", "elect",
    "sitting", "caretaker", "transitional", "provisional", "first", "lady", "madam", "mr", "mrs", "ms", "dr", "state",
    "district", "city", "regional", "provincial", "central", "all-india"}
SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespersons", "spokespeople"}
# Titles that head or speak for a body of any kind (a plain "secretary" heads a ministry's department: "home
# secretary"); after a body no list knows they say nothing of its sector.
UNKNOWN_BODY_HEADS = (HEAD_TITLES | BODY_HEADS | SPOKESPEOPLE) - {"secretary"}
NOT_BODY_ENTITIES = {"GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "PERSON", "MONEY", "QUANTITY",
                     "PERCENT"}


def unknown_name_word(token: Any, caseless: bool) -> bool:
    """A word that can be part of a body's name no list holds, right before its head's title: an acronym
    ("ZNTA", "AICC") or a word of an organisation entity; in text written without capitals any noun
    ("cova", "trust"), as nothing else marks a name there. Not a place, a people, a date or a person."""
    text = token.text
    if not text.isalpha() or len(text) < 2 or text.lower() in TITLE_MODIFIERS or text.lower() in FUNCTION_WORDS \
            or getattr(token, "is_stop", False) or getattr(token, "ent_type_", "") in NOT_BODY_ENTITIES:
        return False
    pos = getattr(token, "pos_", "")
    if caseless:
        return pos in ("NOUN", "PROPN") and getattr(token, "tag_", "") not in ("NNS", "NNPS")
    return text.isupper() or getattr(token, "ent_type_", "") == "ORG" and text[:1].isupper()


def _body_head_key(key: str) -> bool:
    """A body's head's title, bare or ranked by a word the lists joined to it ("state secretary", "national
    president"): after a party or a union it is that body's officer."""
    words = key.split()
    return key in BODY_HEADS or len(words) > 1 and words[0] in TITLE_MODIFIERS and " ".join(words[1:]) in BODY_HEADS


def _unknown_body_head(tokens: Sequence[Any], agent: Match, matches: Sequence[Match]) -> bool:
    """A head's or spokesman's title ("president", "secretary general", "chairman", "spokesperson") after a
    name no list holds and no gazetteer knows as a place, with only words that rank the title between ("FIFA
    president", "Cova working president", "AICC secretary-general"): he heads that body, whose sector is
    unknown, not a state (the lists' "president" is GOV, "general secretary" PTY)."""
    if agent.key not in UNKNOWN_BODY_HEADS or agent.start == 0:
        return False
    covered = {i for m in matches for i in range(m.start, m.end)}
    caseless = not any(c.isupper() for t in tokens for c in t.text)
    i = agent.start - 1
    while i > 0 and i not in covered and tokens[i].text.lower() in TITLE_MODIFIERS:
        i -= 1
    if i in covered or not unknown_name_word(tokens[i], caseless):
        return False
    start = i
    while start > 0 and start - 1 not in covered and unknown_name_word(tokens[start - 1], caseless):
        start -= 1
    return place_country(tokens[start:i + 1], set(), loose=True) is None


# Nouns after a head's "of" that name a state, whatever else the phrase holds ("the president of the nation").
STATE_NOUNS = {"country", "nation", "republic", "state", "states", "government", "union", "federation", "kingdom",
               "territory", "province", "commonwealth", "assembly", "parliament", "senate", "house"}


def _unknown_body_of(tokens: Sequence[Any], agent: Match, matches: Sequence[Match]) -> bool:
    """A head's or spokesman's title before "of" and a body no list knows and no place names ("the
    spokesman of the trust", "president of the association"): the body's sector is unknown, not a state's."""
    if agent.key not in UNKNOWN_BODY_HEADS or agent.end >= len(tokens) - 1 or tokens[agent.end].text.lower() != "of":
        return False
    rest = tokens[agent.end + 1:]
    if any(m.start > agent.end and (m.entry is not None or m.sectors) for m in matches):
        return False
    nouns = [t for t in rest if getattr(t, "pos_", "") in ("NOUN", "PROPN") and t.text.isalpha()]
    if not nouns or nouns[-1].text.lower() in STATE_NOUNS \
            or any(getattr(t, "ent_type_", "") in NOT_BODY_ENTITIES for t in rest):
        return False
    return place_country(rest, set(), loose=True) is None


def _police_before(tokens: Sequence[Any], agent: Match, matches: Sequence[Match]) -> bool:
    """A police word or body names whose rank the agent is: the nearest match before it is the police's, with
    no "and", "or" or comma between ("police and army generals" are not all police)."""
    before = [m for m in matches if m.end <= agent.start and m.sectors]
    if not before:
        return False
    nearest = max(before, key=lambda m: m.end)
    between = {t.text.lower() for t in tokens[nearest.end:agent.start]}
    return nearest.sectors[0] == "COP" and not between & {"and", "or", ",", "&", "/"}


def _rank_prefix(tokens: Sequence[Any], match: Match) -> bool:
    """A "deputy" that ranks the word after it ("deputy director", "Deputy Sheriff"), not a name's."""
    if match.key not in RANK_PREFIXES or match.end >= len(tokens):
        return False
    following = tokens[match.end]
    return following.text.isalpha() and getattr(following, "pos_", "") in ("NOUN", "PROPN", "ADJ") \
        and getattr(following, "ent_type_", "") != "PERSON"


def _state_owned(tokens: Sequence[Any], agent: Match, matches: Sequence[Match]) -> bool:
    """The media or business noun is owned by the state: "state" or "government" before it, bare
    ("state television") or joined to "run", "owned", "controlled" ("state-run news agency"), or "official"
    right before a news noun ("the official news agency"). Not a name's word ("Islamic State"), not the
    possessive of a state ("the state's newspapers"), not across "and" or a comma."""
    named = {i for m in matches if m.entry is not None for i in range(m.start, m.end)}
    for i in range(agent.start - 1, -1, -1):
        word = tokens[i].text.lower()
        if word in ("and", "or", ",", "&", "'s", "’s") or i in named:
            return False
        if word in OWNING_WORDS and i >= 2 and tokens[i - 1].text == "-" \
                and tokens[i - 2].text.lower() in STATE_OWNERS and i - 2 not in named:
            return True
        if word in STATE_OWNERS and i + 1 < len(tokens) and tokens[i + 1].text not in ("'s", "’s", "-") \
                and not _place_word_before(i, matches):  # "Washington state", "Rivers State": a place's word
            return word == "state" or i + 1 == agent.start
        if word == "official" and i + 1 == agent.start and agent.sectors[:1] == ["JRN"]:
            return True
    return False


def _place_word_before(i: int, matches: Sequence[Match]) -> bool:
    """A town's or region's name ends right before token ``i`` (a country's or a demonym does not)."""
    return any(m.end == i and m.entry is not None and m.entry.kind not in ("country", "demonym") for m in matches)


def _national_of(tokens: Sequence[Any], place: Match | None, org: Match | None) -> bool:
    """A country word right before a national body of another country names that body's country:
    "the Mexican Senate", "the Pakistani Taliban", "Canada's Supreme Court". Only for bodies the lists
    give a country; an international one ("the American UN envoy") keeps its own reading."""
    if place is None or org is None or not place.country or not org.country or place.country == org.country:
        return False
    if place.entry.kind not in ("country", "demonym") or org.country in ORGANISATION_CODES or place.backer:
        return False
    between = [t.text for t in tokens[place.end:org.start]]
    return between in ([], ["'s"], ["’s"])


def _head_before_of(tokens: Sequence[Any], agent_matches: list[Match]) -> Match | None:
    """"the Directorate of Criminal Investigations", "the Union of Journalists": the kind named right
    before "of" heads the phrase. A member noun ("head of", "spokesman of") is not a head: its
    sector is that of what follows. Nor is an officer's title ("president of the
    university", "chairman of the Joint Chiefs of Staff"): the body he heads says his sector, as a named
    body's does ("president of the World Bank"); before a country ("president of Kenya") or a person's
    religious title ("vice president of vhp acharya ...") the title's stays."""
    def body_after(match: Match) -> bool:
        return any(m.start > match.end and m.key not in HONORIFICS
                   and not set(m.sectors[:1]) & (WEAK_AGENT_SECTORS | {"UNK"}) for m in agent_matches)

    for match in agent_matches:
        if match.end < len(tokens) and tokens[match.end].text.lower() == "of" \
                and match.key.rsplit(" ", 1)[-1] not in MEMBER_NOUNS \
                and not (match.key in OFFICERS_OF and body_after(match)) \
                and not set(match.sectors[:1]) & (WEAK_AGENT_SECTORS | {"UNK"}):
            return match
    return None


def _unknown_noun_after(tokens: Sequence[Any], place: Match, matches: list[Match]) -> bool:
    """A common noun after the country word that no dictionary phrase explains ("Syrian vessel");
    a bare "Syria" or "Syrians" stays without a sector."""
    covered = {i for m in matches for i in range(m.start, m.end)}
    return any(getattr(t, "pos_", "") == "NOUN" and t.text.isalpha() and t.text.islower()
               for i, t in enumerate(tokens) if i >= place.end and i not in covered)


def _member_of_kind(agent: Match) -> bool:
    """A generic head ("community leader", "group", "officials", "spokesman") whose sector says less
    than a modifier before it would: a member noun with a weak sector, or with the government sector
    the lists give a bare "spokesman" or "official" — an "army spokesman" speaks for the army (MIL),
    a "rebel spokesman" for rebels (REB), a "police spokesman" for the police (COP). A body of
    members ("union", "association", "council") is named by its members' kind ("Farmers Union" AGR)."""
    weak = WEAK_AGENT_SECTORS | {"GOV"}
    head = agent.key.rsplit(" ", 1)[-1]
    return bool(set(agent.sectors[:1]) & weak) and (head in MEMBER_NOUNS or agent.key in HEAD_TITLES) \
        or agent.key in MEMBER_BODIES


def _destination(tokens: Sequence[Any], match: Match, named: list[Match]) -> bool:
    """"the Kenyan ambassador to the UN": a name after "to" is where the actor is sent, not whose
    actor it is, when an earlier name in the phrase says that."""
    i = match.start - 1
    if i >= 0 and tokens[i].text.lower() == "the":
        i -= 1
    return i >= 0 and tokens[i].text.lower() == "to" and any(m.end <= i for m in named if m is not match)


def _owned_by(tokens: Sequence[Any], person: Match, agent: Match) -> bool:
    """"Assad's forces", "Putin's spokesman": an agent of a named person, with a sector of its own."""
    between = [t.text for t in tokens[person.end:agent.start]]
    return (agent.start >= person.end and bool(between) and between[0] in ("'s", "’s", "'")
            and not set(agent.sectors[:1]) & WEAK_AGENT_SECTORS)


def _kin_of_office(tokens: Sequence[Any]) -> bool:
    """The phrase names someone's kin: "the president's son", "Putin's daughter", "the son of the
    president" (the caller checks that the one whose kin they are holds an office)."""
    words = [t.text.lower() for t in tokens]
    if len(words) >= 3 and words[-1] in KIN_WORDS and words[-2] in POSSESSIVES:
        return True
    first = next((i for i, w in enumerate(words) if w not in ("the", "a", "an")), len(words))
    return first + 2 < len(words) and words[first] in KIN_WORDS and words[first + 1] == "of"


def _title_before(person: Match, agent: Match) -> bool:
    return agent.end <= person.start


def _org_kind(entry: Entry) -> str:
    return "metonym" if entry.kind == "metonym" else "organisation"


def _agent_name(tokens: Sequence[Any]) -> str:
    """The phrase as written, without a leading article or number ("the 300 Russian troops" →
    "Russian troops")."""
    start = 0
    while start < len(tokens) - 1 and (getattr(tokens[start], "pos_", "") in ("DET", "NUM")
                                       or tokens[start].text.lower() in ("a", "an", "the")):
        start += 1
    return "".join(getattr(t, "text_with_ws", t.text + " ") for t in tokens[start:]).strip()
