"""Build the actor dictionary shipped in ``src/eventwire/data/actors_dictionary.json.gz``.

Why a prebuilt file: the sources are TABARI-format text files (~2 MB) whose parsing rules
(synonym lines, tab-indented dated codes, shared code blocks, ``!MACRO!`` expansion in agents)
are slow and fiddly to apply at run time. Building once gives the resolver a flat table it can
load in a fraction of a second. Re-run after editing any source:

    python tools/build_actor_dictionary.py [--shared ../shared]

Sources (see src/eventwire/data/NOTICE.md):
- PETRARCH-2 / Phoenix actor dictionaries (MIT, Open Event Data Alliance): countries with their
  places, leaders and officials with dated roles, international organisations, armed non-state
  groups;
- NGEC's PLOVER agents dictionary and countries/nationalities table (MIT, NGEC-2025): common
  nouns → PLOVER sectors, demonyms;
- eventwire's own curated tables in ``tools/actor_sources/`` (capitals, country aliases and
  demonyms, peoples of one country, seats of power, organisations, state bodies, political
  parties, partially recognised entities, heads of state and government and other office-holders
  since 2014, and their earlier offices).

Output (gzip JSON): ``entries`` — one per actor: ``[name, kind, codes]`` where codes are
``[code, start, end]`` (CAMEO-style code such as ``RUSGOV`` or ``IGOWSTNAT``; dates as
YYYYMMDD ints, 0 = open); ``phrases`` — normalised phrase → entry ids; ``agents`` — normalised
noun phrase → sector string (``GOV``, ``GOVMIL``, ``JNK`` …); ``countries`` — ISO3 → name,
aliases, demonyms, capitals; ``seats`` — phrase → [code, sector, name].
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from eventwire.nlp.actor_dictionary import RENAMED, SECTORS  # noqa: E402
from eventwire.nlp.actor_text import name_variant_key, phrase_key  # noqa: E402

SOURCES = ROOT / "tools" / "actor_sources"
OUT = ROOT / "src" / "eventwire" / "data" / "actors_dictionary.json.gz"

# Curated tables in tools/actor_sources/ (see the comment at the top of each).
LEADER_TABLES = ("leaders.tsv", "officeholders.tsv", "public_figures.tsv", "earlier_offices.tsv",
                 "spokespeople_governors.tsv", "later_offices.tsv", "cabinets_and_regions.tsv")
ORGANISATION_TABLES = ("organisations.tsv", "state_bodies.tsv", "parties.tsv", "armed_and_criminal_groups.tsv",
                       "companies.tsv", "universities.tsv", "media.tsv", "india.tsv")
PHOENIX_FILES = (
    "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt",
)
# Words that mark an institution rather than a person in an undated Phoenix entry.
INSTITUTION_WORDS = {
    "ministry", "department", "council", "assembly", "party", "army", "force", "forces", "police",
    "government", "court", "parliament", "office", "agency", "service", "commission", "bank", "union",
    "front", "movement", "organization", "organisation", "house", "committee", "administration",
    "brigade", "brigades", "group", "league", "association", "federation", "institute", "university",
    "navy", "guard", "corps", "cabinet", "senate", "congress", "authority", "bureau", "church",
    "company", "corporation", "fund", "foundation", "network", "society", "center", "centre",
    "coalition", "alliance", "regime", "junta", "legislature", "tribunal", "kremlin", "secretariat",
    "presidency", "directorate", "unit", "command", "battalion", "militia", "cell", "cells", "faction",
    "republic", "state", "states", "kingdom", "islands", "province", "region",
}
# Words of institutions' names that are no one's name on their own: a Phoenix synonym that is one of
# them ("+YOUTH" for a Basque group) and a surname that is one of them or of INSTITUTION_WORDS ("National"
# of "Abbey National") would read "Kibera Youth Foundation" or "National Intelligence Service" as that
# group or person.
NAME_WORDS = {
    "national", "federal", "central", "general", "royal", "free", "united", "democratic", "popular", "islamic",
    "supreme", "special", "public", "international", "liberal", "republican", "revolutionary", "people",
    "peoples", "new", "social", "socialist", "communist", "progressive", "independent", "patriotic", "unity",
    "youth", "women", "workers", "labour", "labor", "green", "justice", "freedom", "liberation", "reform",
    "development", "action", "resistance", "martyrs", "solidarity", "hope", "change", "future", "victory",
}


# The Phoenix lists were last updated in early 2015 (their last dated entry is 2015-02-17). An
# open-ended role there ("[CIVGOV >001026]") means "still in office when the list was written", not
# "for ever": it is trusted for one four-year term after that, then the person is what the entry
# says outside its dated roles (most entries give a former-official code), else a former official
# of the role's country. The curated leaders table, written in 2025, keeps its own open ranges.
PHOENIX_TRUSTED_UNTIL = 20190217
NULL_CODE = ["---", 0, 0]
STATE_OFFICES = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY"}
OPEN_DAY = 99991231


def phoenix_date(text: str) -> int | None:
    """A TABARI date (YYMMDD, 2-digit years ≤ 30 are 20xx, or YYYYMMDD) as a YYYYMMDD int."""
    if len(text) == 8 and text.isdigit():
        return int(text)
    if len(text) == 6 and text.isdigit():
        year = int(text[:2])
        year += 2000 if year <= 30 else 1900
        return year * 10000 + int(text[2:])
    return None


def parse_code(bracket: str) -> list | None:
    """``USAGOV 010120-050120`` / ``RUSGOV >080508`` / ``RUSELI`` → [code, start, end]."""
    parts = bracket.split()
    if not parts or not re.fullmatch(r"[A-Z~]{3,18}", parts[0]):
        return None
    code = parts[0]
    rest = "".join(parts[1:])
    if not rest:
        return [code, 0, 0]
    if rest[0] in "<>":
        day = phoenix_date(re.sub(r"\D", "", rest))
        if day is None:
            return None
        return [code, 0, day] if rest[0] == "<" else [code, day, 0]
    if "-" in rest:
        first, _, second = rest.partition("-")
        start, end = phoenix_date(first), phoenix_date(second)
        if start is None or end is None or end < start:
            return None
        return [code, start, end]
    return None


def display_name(phrase: str) -> str:
    words = phrase.replace("_", " ").split()
    return " ".join(w if (len(w) <= 4 and w.isupper() and not w.isalpha()) else w.capitalize() for w in words)


def parse_phoenix(path: Path) -> list[dict]:
    """Entries of one TABARI actor file: names (primary + synonyms) and dated codes.

    As in PETRARCH, consecutive primary lines without codes share the codes that follow.
    """
    entries: list[dict] = []
    pending: list[dict] = []  # entries still waiting for their codes
    for raw in path.read_text(encoding="utf-8", errors="replace").split("\n"):
        comment = raw.partition("#")[2]
        line = raw.partition("#")[0].rstrip()
        if not line.strip():
            continue
        brackets = re.findall(r"\[([^\]]*)\]", line)
        codes = [c for c in (parse_code(b) for b in brackets) if c]
        if any(b.strip() == "---" for b in brackets):
            # TABARI's null code: alone, the phrase names no actor ("INDIAN_OCEAN [---]", a footballer who
            # shares a minister's name); beside dated codes, no code outside them. It closes the block like a
            # code, so the next name does not take it over.
            codes.append(NULL_CODE)
        text = re.sub(r"\[[^\]]*\]", "", line)
        if line[0] in "\t " and text.strip() == "":
            if pending:
                for entry in pending:
                    entry["codes"].extend(codes)
            continue
        if line[0] == "+":
            if pending:
                pending[-1]["names"].append(text[1:].strip())
            continue
        if line[0] in "\t ":  # a stray indented name (data slip): treat it as a synonym
            if pending:
                pending[-1]["names"].append(text.strip())
            continue
        if pending and pending[-1]["codes"]:
            pending = []
        entry = {"names": [text.strip()], "codes": codes, "person_hint": "CountryInfo" in comment}
        entries.append(entry)
        pending.append(entry)
        if codes:
            pending = [entry]
    for entry in entries:
        entry["codes"] = [c for c in entry["codes"] if c != NULL_CODE] if any(c != NULL_CODE for c in entry["codes"]) else []
        entry["codes"] = [[cameo_to_plover(c[0]), c[1], c[2]] for c in entry["codes"]]
    return [e for e in entries if e["codes"] and e["names"][0]]


def cameo_to_plover(code: str) -> str:
    """CAMEO's MED is the media and HLH health; PLOVER calls those JRN and MED."""
    triples = [code[i:i + 3] for i in range(0, len(code), 3)]
    renamed = {"MED": "JRN", "HLH": "MED"}
    if len(triples) == 1:
        return renamed.get(code, code)  # a bare sector: Reuters, the BBC are "[MED]", the media
    return "".join([triples[0]] + [renamed.get(t, t) for t in triples[1:]])


def after_office(country: str, roles: list[list]) -> str:
    """What a person is once their dated roles have ended: NGEC's convention (its resolver's "ELI
    block") makes a former office-holder ELI only when one of the ended offices was a government one;
    someone whose offices were all military, legislative, judicial or in a service keeps that sector
    (a retired general is MIL, a former member of parliament LEG), as NGEC then reads their
    description. PLOVER's ELI is "former government officials". Offices in international bodies
    (a secretary-general, a bank's president) are executive ones, so they too leave ELI."""
    sectors = [sector_of(code) for code, _, _ in roles]
    international = any(code[:3] in ("IGO", "NGO", "IMG", "MNC") for code, _, _ in roles)
    if not sectors or international or any(s in ("GOV", "ELI", "") for s in sectors):
        return country + "ELI"
    latest = max(roles, key=lambda c: (c[2] or OPEN_DAY, c[1]))
    return country + sector_of(latest[0])


def sector_of(code: str) -> str:
    """The primary PLOVER sector of a source code ("RUSGOV" → GOV, "USAGOVLEG" → LEG, "RUS" → "")."""
    triples = [code[i:i + 3] for i in range(3, len(code), 3)]
    if triples[:2] == ["GOV", "LEG"]:
        return "LEG"  # CAMEO's legislative branch, read LEG first as split_code does
    return next((t for t in triples if t in SECTORS), "")


def opposition_as_party(codes: list[list]) -> list[list]:
    """A person coded opposition first ("KSVOPP", a table's OPP row) as PLOVER and NGEC code one: the
    manual calls OPP "typically assigned as a secondary code", and NGEC's agents list never gives it
    first (its leader of the opposition is PTYOPP, an exiled politician ELIOPP); so an opposition
    politician is of a party (PTY) in opposition (OPP). Applied to the curated tables' people, whose
    OPP rows are opposition leaders by construction."""
    return [[code[:3] + "PTY" + code[3:] if code[3:6] == "OPP" else code, start, end] for code, start, end in codes]


def expire_open_roles(codes: list[list]) -> list[list]:
    """A Phoenix person's dated codes with open-ended roles closed at ``PHOENIX_TRUSTED_UNTIL``."""
    closed = [[c, s, PHOENIX_TRUSTED_UNTIL if s and not e and s < PHOENIX_TRUSTED_UNTIL else e] for c, s, e in codes]
    expired = [c for c, s, e in codes if s and not e and s < PHOENIX_TRUSTED_UNTIL]
    if expired and not any(not s and not e for _, s, e in codes):
        country = expired[-1][:3]
        if country not in ("IGO", "NGO", "IMG", "MNC"):
            closed.append([after_office(country, [c for c in closed if c[1] or c[2]]), PHOENIX_TRUSTED_UNTIL + 1, 0])
    return outside_roles(closed)


def outside_roles(codes: list[list]) -> list[list]:
    """A Phoenix person whose every role is dated and closed ("Bob Dole", a 2004 minister) stays of
    their country outside those roles, as the curated tables' people do (``read_leaders``): a former
    official after their first role ended, of no known sector before any. Without this they resolved
    to nothing at all on any later date."""
    if any(not s and not e for _, s, e in codes) or not codes or not all(e for _, s, e in codes if s or e):
        return codes
    national = [c for c in codes if c[0][:3] not in ("IGO", "NGO", "IMG", "MNC") and len(c[0]) >= 6]
    latest = max(national or codes, key=lambda c: c[1])
    country = latest[0][:3]
    ended = min(e for _, _, e in codes)
    former = [] if any(c.endswith("ELI") and not e for c, _, e in codes) else [[after_office(country, codes), ended, 0]]
    return codes + former + [[country, 0, 0]]


def merge_leader_codes(curated: list[list], phoenix: list[list]) -> list[list]:
    """One person's codes from the leaders table and from Phoenix.

    The leaders table (written in 2025) is right from the person's first office there on; before
    it, Phoenix's dated roles hold (open ones closed at that office or ``PHOENIX_TRUSTED_UNTIL``),
    and Phoenix's undated code ("ALBELI", "KSVOPP") replaces the table's bare country when it is
    of the same country and claims no state office (an undated office would contradict the table).
    """
    first = min((s for _, s, _ in curated if s), default=0)
    if not first:
        return curated
    merged = [c for c in curated if c[1] or c[2]]
    default = [c for c in curated if not c[1] and not c[2]]
    for code, start, end in expire_open_roles(phoenix):
        if not start and not end:
            same_country = default and RENAMED.get(code[:3], code[:3]) == default[0][0][:3]
            if same_country and len(code) > 3 and code[3:6] not in STATE_OFFICES:
                default = [[code, 0, 0]]
            continue
        end = min(end or first, first)
        if start < end:
            merged.append([code, start, end])
    return merged + default


def phoenix_kind(entry: dict, source: str) -> str:
    codes = entry["codes"]
    if any(len(c[0]) == 3 and c[0] not in SECTORS for c in codes):
        return "country"
    words = set(phrase_key(entry["names"][0]).split())
    if words & INSTITUTION_WORDS:
        return "organisation"
    if entry["person_hint"] or any(c[1] or c[2] for c in codes):
        return "person"
    if source.endswith("MilNonState.actors.txt"):
        return "group"
    if 2 <= len(words) <= 4 and not any(c[0][:3] in {"IGO", "NGO", "MNC", "IMG"} for c in codes):
        return "person"
    return "organisation"


def read_tsv(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def iso_day(text: str) -> int:
    """"2019-05-20" → 20190520; "2019-05" → 20190501 (the officeholders table is precise to the
    month, for starts and ends alike, so a successor and a former office-holder's ELI range begin
    on the same day and the narrower dated office wins); "" → 0 (open)."""
    if not text:
        return 0
    digits = text.replace("-", "")
    return int(digits + "01") if len(digits) == 6 else int(digits)


def read_leaders(*paths: Path) -> list[tuple[str, list[str], list[list]]]:
    """Office-holders with dated codes; once an office has ended they are former officials (ELI)
    except while holding another one (the narrower dated range wins).

    Rows with the same name, in one table or several (leaders.tsv, officeholders.tsv), are one
    person. The ELI code takes the country of the person's most recent national office, else of
    their most recent office; before any office only the country is known.
    """
    people: dict[str, tuple[set[str], list[list]]] = {}
    for row in (row for path in paths for row in read_tsv(path)):
        name, aliases, code, sector, start, end = (row + [""] * 6)[:6]
        person = people.setdefault(name, (set(), []))
        person[0].update(a for a in aliases.split("|") if a)
        person[1].append([code + sector, iso_day(start), iso_day(end)])
    found = []
    for name, (aliases, codes) in people.items():
        national = [c for c in codes if len(c[0]) == 6 and c[0][:3] not in ("IGO", "NGO", "IMG")]
        latest = max(national or codes, key=lambda c: c[1])
        country = latest[0][:-3]
        ended = [c[2] for c in codes if c[2]]
        former = [[after_office(country, codes), min(ended), 0]] if ended else []
        # Before any office the person is of the country but of no known sector.
        found.append((name, sorted(aliases), codes + former + [[country, 0, 0]]))
    return found


def build_countries(shared: Path) -> dict[str, dict]:
    countries: dict[str, dict] = {}
    table = shared / "data" / "dictionaries" / "plover" / "ngec_countries_nationalities.csv"
    with table.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            iso3 = row["CCA3"]
            if len(iso3) != 3 or iso3 in {"EUR", "UNO"}:
                continue
            record = countries.setdefault(iso3, {"name": row["Name"].split(" [")[0], "iso2": row["CCA2"],
                                                 "aliases": [], "demonyms": [], "capitals": []})
            for item in (x.strip() for x in row["Nationality"].split(",")):
                if not item:
                    continue
                # NGEC mixes demonyms, names and dependent territories in one column: a single
                # capitalised word ending like a demonym is one, anything else is a name.
                if re.fullmatch(r"[A-Z][a-zé]+(an|ans|ese|ish|i|is|ic|ch|er|ers|ot|ots|s)", item) and item != record["name"]:
                    record["demonyms"].append(item)
                else:
                    record["aliases"].append(item)
    for row in read_tsv(SOURCES / "countries_extra.tsv"):
        iso3, aliases, demonyms = (row + ["", "", ""])[:3]
        record = countries.setdefault(iso3, {"name": aliases.split("|")[0], "iso2": "", "aliases": [],
                                             "demonyms": [], "capitals": []})
        record["aliases"] += [a for a in aliases.split("|") if a]
        record["demonyms"] += [d for d in demonyms.split("|") if d]
    for row in read_tsv(SOURCES / "capitals.tsv"):
        if row[0] in countries:
            countries[row[0]]["capitals"] = row[1].split("|")
    # A country only our extra table knows (South Sudan is missing from NGEC's) takes its English name
    # and alpha-2 code from GeoNames' countryInfo, as shipped in data/country_codes.tsv.
    names = {row[0]: row for row in read_tsv(ROOT / "src" / "eventwire" / "data" / "country_codes.tsv")[1:]}
    for iso3, record in countries.items():
        known = names.get(iso3)
        if known and not record["name"]:
            record["name"] = known[4]
        if known and not record["iso2"]:
            record["iso2"] = known[1]
    for record in countries.values():
        for key in ("aliases", "demonyms"):
            record[key] = sorted(set(record[key]), key=record[key].index)
    return countries


def build_agents(shared: Path) -> dict[str, str]:
    """NGEC's PLOVER agents: noun phrase → sector string, with TABARI plural rules and macros."""
    agents: dict[str, str] = {}
    macros: dict[str, list[str]] = {}
    path = shared / "data" / "dictionaries" / "plover" / "ngec_PLOVER_agents.txt"

    def store(noun: str, plural: str | None, code: str, override: bool = False) -> None:
        for form in (noun, plural):
            if form:
                key = phrase_key(form.replace("_", " "))
                if key and (override or key not in agents):
                    agents[key] = code

    for raw in path.read_text(encoding="utf-8", errors="replace").split("\n"):
        line = raw.partition("#")[0].strip()
        if not line:
            continue
        if "!" in line and "=" in line:
            name = line.split("!")[1]
            macros[name] = [x.strip() for x in line.partition("=")[2].split(",")]
            continue
        if "[" not in line:
            continue
        noun, _, rest = line.partition("[")
        code = rest.partition("]")[0].strip().lstrip("~")
        noun = noun.strip()
        variants = [noun]
        if "!" in noun:
            head, name, tail = noun.split("!", 2)
            variants = [head + sub + tail for sub in macros.get(name, [])]
        for variant in variants:
            plural = None
            if "{" in variant:
                variant, _, plural = variant.partition("{")
                plural = plural.rstrip("}").strip() or None
                variant = variant.strip()
            elif variant.endswith("Y") and not variant.endswith(("AY", "EY", "OY")):
                plural = variant[:-1] + "IES"
            elif variant.endswith("S"):
                plural = variant + "ES"
            elif not variant.endswith(("MEN", "PEOPLE", "POLICE", "PERSONNEL")):
                plural = variant + "S"
            store(variant, plural, code)
    for row in read_tsv(SOURCES / "agents_extra.tsv"):
        noun, code, override = (row + [""])[:3]
        if override == "as written":
            store(noun, None, code)  # a plural with no singular of that sense ("countries" as states)
            continue
        plural = noun[:-1] + "ies" if noun.endswith("y") and noun[-2] not in "aeo" else noun + "s"
        if noun.endswith(("s", "x", "z", "ch", "sh")):
            plural = noun + "es"  # witnesses, coaches
        if noun.endswith("man"):
            plural = noun[:-3] + "men"
        invariable = noun.endswith(("police", "people", "aircraft", "artillery", "staff", "forces"))
        store(noun, None if invariable else plural, code, override == "override")
    for key, code in list(agents.items()):
        for variant in spelling_variants(key):
            agents.setdefault(variant, code)
    return agents


# American and British spellings of one word; NGEC's list says it holds "not all alternatives"
# ("laborers" but no "labourers", "defense forces" but no "defence forces"). Each row is
# (stem, American, British, ending), read both ways.
_SPELLING_ROWS = (
    ("(lab|harb|neighb|hon|rum|arm|fav|vig)", "or", "our", "((?!ary)[a-z]*)"),
    ("(\\w*[aeiou][a-z])", "iz", "is", "(e|ed|es|er|ers|ing|ation|ations)"),
    ("(def|off|lic)", "ense", "ence", "(s?)"),
    ("(cent|theat)", "er", "re", "(s?)"),
    ("(trav|couns)", "el", "ell", "(er|ers|or|ors)"),
    ("(counc)", "il", "ill", "(or|ors)"),
)
_SPELLINGS = tuple(
    (re.compile(f"^{stem}{one}{ending}$"), f"\\1{other}\\2")
    for stem, american, british, ending in _SPELLING_ROWS
    for one, other in ((american, british), (british, american))
)


def spelling_variants(key: str) -> list[str]:
    """The key with each word in its other spelling ("labourers" for "laborers"), one word at a time."""
    words = key.split()
    variants = []
    for i, word in enumerate(words):
        for pattern, replacement in _SPELLINGS:
            other = pattern.sub(replacement, word)
            if other != word:
                variants.append(" ".join(words[:i] + [other] + words[i + 1:]))
                break
    return variants


def build(shared: Path) -> dict:
    entries: list[list] = []
    phrases: dict[str, list[int]] = {}

    def add(name: str, kind: str, codes: list, names: list[str]) -> None:
        index = len(entries)
        entries.append([name, kind, codes])
        for phrase in names:
            key = phrase_key(phrase.replace("_", " "))
            if key and index not in phrases.setdefault(key, []):
                phrases[key].append(index)

    countries = build_countries(shared)
    capital_keys = {phrase_key(c): iso3 for iso3, r in countries.items() for c in r["capitals"]}
    country_keys = {phrase_key(n): iso3 for iso3, r in countries.items() for n in [r["name"], *r["aliases"]]}
    # Curated tables first: where a phrase has several entries, the resolver prefers the first.
    for iso3, record in countries.items():
        add(record["name"], "country", [[iso3, 0, 0]], [record["name"], *record["aliases"]])
        add(record["name"], "demonym", [[iso3, 0, 0]], record["demonyms"])
        for capital in record["capitals"]:
            add(capital, "capital", [[iso3 + "GOV", 0, 0]], [capital])
    # A demonym two countries share ("Congolese") is read first as the country our own table gives it to, the
    # one the news means when nothing else says which (the article's country still decides, _prefer_context).
    for row in read_tsv(SOURCES / "countries_extra.tsv"):
        iso3, demonyms = row[0], (row + ["", "", ""])[2]
        for demonym in filter(None, demonyms.split("|")):
            key = phrase_key(demonym)
            phrases[key].sort(key=lambda i: entries[i][2][0][0] != iso3)
    for row in read_tsv(SOURCES / "ethnic_groups.tsv"):
        iso3, forms, kind = (row + [""])[:3]
        for form in forms.split("|") if iso3 == "-" else [forms]:  # a region: each name its own entry
            name = form if iso3 == "-" else countries[iso3]["name"]
            add(name, kind or "demonym", [["" if iso3 == "-" else iso3, 0, 0]], form.split("|"))
    seats: dict[str, list] = {}
    for row in read_tsv(SOURCES / "seats.tsv"):
        phrase, code, sector, name = row[:4]
        seats[phrase_key(phrase)] = [code, sector, name]
        add(name, "metonym", [[code + sector, 0, 0]], [phrase])
    for row in read_tsv(SOURCES / "nonstate.tsv"):
        phrase, code, sector, name = row[:4]
        add(name, "place" if sector == "PRE" else "group", [[code + sector, 0, 0]], [phrase])
    for table in ORGANISATION_TABLES:
        for row in read_tsv(SOURCES / table):
            names, code, sector, name = row[:4]
            codes = [[code + sector, 0, 0]]
            if len(row) > 4 and row[4].strip():  # "GOV 2021-08-15": an armed group that took power that day
                later, since = row[4].split()
                codes.append([code + later, iso_day(since), 0])
            add(name, "organisation", codes, names.split("|"))
    leader_at: dict[str, int] = {}  # phrase key → the curated leader entry it names
    # People whom only the officeholders or public-figures tables name (not leaders.tsv): their surnames
    # are indexed warily.
    officeholder_only = {row[0] for table in LEADER_TABLES[1:] for row in read_tsv(SOURCES / table)} - {
        row[0] for row in read_tsv(SOURCES / "leaders.tsv")}
    for name, aliases, codes in read_leaders(*(SOURCES / table for table in LEADER_TABLES)):
        for phrase in (name, *aliases):
            leader_at.setdefault(phrase_key(phrase), len(entries))
        add(name, "person", codes, [name, *aliases])
    shared_dicts = shared / "data" / "dictionaries" / "petrarch2_phoenix"
    for filename in PHOENIX_FILES:
        for entry in parse_phoenix(shared_dicts / filename):
            kind = phoenix_kind(entry, filename)
            if kind == "country":
                # A country block's synonyms mix names, demonyms, capitals, cities and provinces.
                code = next(c[0] for c in entry["codes"] if len(c[0]) == 3)
                for phrase in entry["names"]:
                    key = phrase_key(phrase.replace("_", " "))
                    if key in phrases:
                        continue
                    place_kind = "capital" if capital_keys.get(key) == code else "place"
                    suffix = "GOV" if place_kind == "capital" else ""
                    name = display_name(phrase)
                    bare = key[4:] if key.startswith("the ") else key
                    if bare in country_keys:  # "THE_US": another name of the country itself
                        place_kind, name = "country", countries[country_keys[bare]]["name"]
                    add(name, place_kind, [[code + suffix, 0, 0]], [phrase])
                continue
            known = {leader_at[k] for k in (phrase_key(n.replace("_", " ")) for n in entry["names"]) if k in leader_at}
            if kind == "person" and len(known) == 1:
                index = known.pop()  # the same person: one entry, the curated table's dates first
                entries[index][2] = merge_leader_codes(entries[index][2], entry["codes"])
                for phrase in entry["names"]:
                    key = phrase_key(phrase.replace("_", " "))
                    if key and index not in phrases.setdefault(key, []):
                        phrases[key].append(index)
                continue
            codes = expire_open_roles(entry["codes"]) if kind == "person" else entry["codes"]
            names = [n for n in entry["names"] if phrase_key(n.replace("_", " ")) not in NAME_WORDS]
            add(display_name(entry["names"][0]), kind, codes, names)
    for index in set(leader_at.values()):  # the tables' people: Phoenix's own "OPP" persons include
        entries[index][2] = opposition_as_party(entries[index][2])  # bands, a leaker, a monitoring group
    agents = build_agents(shared)
    surnames: dict[str, list[int]] = {}
    for key, ids in phrases.items():
        words = key.split()
        # A role phrase ("US secretary of defense", "American defence secretary") has no surname: a
        # capitalised "Defence" or "Secretary" must not stand for whoever Phoenix filed under it.
        if "of" in words or words[-1] in agents or words[-1] in NAME_WORDS | INSTITUTION_WORDS:
            continue
        for index in ids:
            if len(words) >= 2 and entries[index][1] == "person":
                bucket = surnames.setdefault(name_variant_key(words[-1]), [])
                if index not in bucket:
                    bucket.append(index)
    # A bare surname of someone only officeholders.tsv knows stands for them only when no other listed
    # person shares it and it is no agent noun: "Crosetto" is Guido Crosetto, but "Blair" must not become
    # Bill Blair of Canada while Tony Blair is out of office, nor "Bishop" a minister.
    # After a title ("General Milley", "Governor Newsom") the title says which of them is meant, so the
    # newcomers set aside here stay findable there (``ActorDictionary.by_titled_surname``).
    newcomers = {leader_at[phrase_key(name)] for name in officeholder_only}
    titled: dict[str, list[int]] = {}
    for surname, bucket in surnames.items():
        crowded = len(bucket) > 1 or surname in agents or phrase_key(surname) in agents
        if crowded:
            kept = [i for i in bucket if i not in newcomers]
            if len(kept) < len(bucket):
                titled[surname] = [i for i in bucket if i in newcomers]
            bucket[:] = kept
    surnames = {k: v for k, v in surnames.items() if v}
    counts = [0] * len(entries)
    for ids in phrases.values():
        for index in ids:
            counts[index] += 1
    for entry, count in zip(entries, counts):
        entry.append(count)
    return {"entries": entries, "phrases": phrases, "agents": agents, "countries": countries,
            "seats": seats, "surnames": surnames, "titled_surnames": titled}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    data = build(args.shared)
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
    with gzip.GzipFile(args.out, "wb", mtime=0) as handle:
        handle.write(payload)
    print(f"{len(data['entries'])} entries, {len(data['phrases'])} phrases, {len(data['agents'])} agents, "
          f"{len(data['countries'])} countries → {args.out} ({args.out.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
