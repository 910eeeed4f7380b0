"""The actor dictionary: phrases → actors with dated codes, agent nouns → sectors.

Built by ``tools/build_actor_dictionary.py`` from the Phoenix/PETRARCH-2 dictionaries, NGEC's
PLOVER agents and eventwire's curated tables, shipped gzipped, and loaded lazily once per process
(about 0.3 s), never at import time. Codes are kept in their CAMEO-like source form (``RUSGOV``,
``IGOWSTNAT``, ``UNJUD``) and split here into a country-level code and PLOVER sectors, so the
dated choice ("which role did this person hold on the article's date?") happens before the split.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

from .actor_text import name_variant_key

DATA_FILE = "actors_dictionary.json.gz"

# PLOVER sectors, and CAMEO sector codes that map onto one of them.
SECTORS = {
    "GOV", "MIL", "COP", "JUD", "LEG", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS", "CRM",
    "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC", "NGO", "IGO",
}
CAMEO_SECTORS = {
    "HLH": "MED", "SEP": "REB", "INS": "REB", "IRC": "MED", "HRI": "SOC", "ENV": "SOC", "DEV": "",
    "CHR": "REL", "MUS": "REL", "JEW": "REL", "BUD": "REL", "HIN": "REL", "SHI": "REL", "SUN": "REL",
    "CTH": "REL", "ORT": "REL", "SIK": "REL", "ATH": "REL", "BAH": "REL", "CON": "REL", "DOX": "REL",
    "JAN": "REL", "MOS": "REL", "ITH": "REL", "PRO": "REL", "TAO": "REL", "ZRO": "REL", "RAD": "",
    "MOD": "", "UNR": "", "ELH": "", "CNT": "", "AFR": "", "ASA": "", "EUR": "", "LAM": "", "MEA": "",
    "NMR": "", "WST": "", "SAS": "", "SEA": "", "CAS": "", "BLK": "", "BAL": "", "CAU": "", "CFR": "",
    "CRB": "", "EAF": "", "EIN": "", "GRB": "", "PGS": "", "SAM": "", "SAF": "", "WAF": "", "NAF": "",
}
NONSTATE_PREFIXES = {"IGO", "NGO", "MNC", "IMG"}
ORGANISATION_CODES = NONSTATE_PREFIXES | {"NATO", "EU", "UN"}
RENAMED = {"KSV": "XKX", "KOS": "XKX", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "SRB": "SRB"}
OPEN_END = 99991231
# Dependent territories and former states that have codes of their own in the sources.
TERRITORIES = frozenset(
    "HKG MAC PRI GUM VIR ASM MNP GRL FRO GIB BMU CYM VGB FLK TCA AIA MSR SHN PCN IOT NCL PYF GUF GLP MTQ REU "
    "MYT SPM WLF ABW CUW SXM BES COK NIU TKL NFK CXR CCK IMN JEY GGY ALA SJM ESH ATA XKX USR YUG CSK DDR".split()
)


@dataclass(frozen=True)
class Entry:
    """One dictionary actor: canonical name, what kind of thing it is, its (dated) codes."""

    name: str
    kind: str
    codes: tuple[tuple[str, int, int], ...]
    names: int = 1  # how many phrases name it: a rough measure of how prominent it is

    def code_on(self, day: int) -> str | None:
        """The source code valid on ``day`` (YYYYMMDD): the narrowest dated range holding it,
        else the undated default, else None (a person out of every recorded role)."""
        best: tuple[int, str] | None = None
        default = None
        for code, start, end in self.codes:
            if not start and not end:
                default = code
                continue
            if (start or 0) <= day <= (end or OPEN_END):
                width = (end or OPEN_END) - (start or 0)
                if best is None or width < best[0]:
                    best = (width, code)
        return best[1] if best else default


def split_code(code: str, country_codes: frozenset[str]) -> tuple[str | None, list[str]]:
    """``RUSGOV`` → ("RUS", ["GOV"]); ``IGOWSTNAT`` → ("NATO", []); ``UNJUD`` → ("UN", ["JUD"])."""
    for org in ("NATO", "EU", "UN"):
        if code.startswith(org) and (len(code) - len(org)) in (0, 3) and len(code) % 3 != 0:
            rest = code[len(org):]
            return org, [rest] if rest else []
    triples = [code[i:i + 3] for i in range(0, len(code), 3)]
    head, rest = triples[0], triples[1:]
    if head in NONSTATE_PREFIXES:
        if head == "IGO" and rest[:1] == ["UNO"]:
            head, rest = "UN", rest[1:]
        elif head == "IGO" and "NAT" in rest:
            head, rest = "NATO", []
        elif head == "IGO" and "EEC" in rest:
            head, rest = "EU", []
        elif head == "MNC":
            rest = ["BUS"] + rest
    elif rest and rest[0] in country_codes and rest[0] not in SECTORS:
        head, rest = rest[0], rest[1:]  # a dependent territory or a Soviet/Yugoslav republic
    sectors: list[str] = []
    for triple in rest:
        sector = triple if triple in SECTORS else CAMEO_SECTORS.get(triple, "")
        if sector and sector not in sectors:
            sectors.append(sector)
    if sectors[:2] == ["GOV", "LEG"]:
        # CAMEO's GOVLEG is the legislative branch (Phoenix's "Senate", a speaker, an MP); PLOVER
        # has a sector of its own for it, so LEG leads, as the curated tables code legislatures.
        sectors[:2] = ["LEG", "GOV"]
    if head in SECTORS and head not in NONSTATE_PREFIXES:  # a bare sector code such as [ELI]
        return None, [head]
    head = RENAMED.get(head, head)
    if head not in country_codes and head not in ORGANISATION_CODES:
        return None, sectors  # a coder's private code ("KKL") rather than a country
    return head, sectors


class ActorDictionary:
    """Lookup tables over the built dictionary; use :func:`load_dictionary` to get the one copy."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._raw_entries: list[list[Any]] = data["entries"]
        self._entries: dict[int, Entry] = {}
        self.phrases: dict[str, list[int]] = data["phrases"]
        self.agents: dict[str, str] = data["agents"]
        self.countries: dict[str, dict[str, Any]] = data["countries"]
        self.seats: dict[str, list[str]] = data["seats"]
        self.surnames: dict[str, list[int]] = data["surnames"]  # variant key → person entries
        # People a bare surname must not stand for (it is shared), findable after a title
        self.titled_surnames: dict[str, list[int]] = data.get("titled_surnames", {})
        self.country_codes = frozenset(self.countries) | TERRITORIES
        # Every word-prefix of every phrase, so a scan can stop as soon as no phrase can match.
        prefixes: set[str] = set()
        for key in (*self.phrases, *self.agents):
            cut = key.find(" ")
            while cut != -1:
                prefixes.add(key[:cut])
                cut = key.find(" ", cut + 1)
            prefixes.add(key)
        self.prefixes = frozenset(prefixes)

    def entry(self, index: int) -> Entry:
        found = self._entries.get(index)
        if found is None:
            name, kind, codes, names = self._raw_entries[index]
            found = self._entries[index] = Entry(name, kind, tuple(tuple(c) for c in codes), names)
        return found

    def lookup(self, key: str) -> list[Entry]:
        return [self.entry(i) for i in self.phrases.get(key, ())]

    def by_surname(self, surname: str) -> list[Entry]:
        return [self.entry(i) for i in self.surnames.get(name_variant_key(surname), ())]

    def by_titled_surname(self, surname: str) -> list[Entry]:
        """Everyone of that surname, those a bare surname is not read as included: for a surname after a title."""
        key = name_variant_key(surname)
        return [self.entry(i) for i in (*self.surnames.get(key, ()), *self.titled_surnames.get(key, ()))]

    def resolve_code(self, code: str | None) -> tuple[str | None, list[str]]:
        if not code:
            return None, []
        return split_code(code, self.country_codes)


@lru_cache(maxsize=1)
def load_dictionary() -> ActorDictionary:
    """The shipped dictionary, read once per process."""
    with resources.files("eventwire").joinpath("data", DATA_FILE).open("rb") as raw:
        data = json.loads(gzip.decompress(raw.read()))
    return ActorDictionary(data)


def day_number(anchor: date | None) -> int:
    """A date as YYYYMMDD; text without one is resolved as of today.

    An article is read on its publication date (``annotate`` passes it). Undated text is read as
    of the day it is resolved: someone pasting a sentence without a date means the present, so
    "President X" is whoever holds the office now. The curated tables were compiled in 2025; an
    office they leave open is taken to continue, which can be stale for later dates. A fixed
    date chosen to suit a benchmark written years ago would be wrong for every other user.
    """
    day = anchor or date.today()
    return day.year * 10000 + day.month * 100 + day.day
