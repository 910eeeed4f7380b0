"""The two systems every event benchmark row compares: eventwire's coder and the dictionary floor.

Both are reduced to the same neutral record (`Pred`), so each benchmark is scored by one piece of
code whatever produced the events. The floor is the research note's heuristic
(`shared/research/events.md`): the first word of the sentence that is a verb of the CAMEO.2.0
dictionary gives that verb's default CAMEO code, with no parse, no patterns and no modality.
It is the bar a learned or rule-based coder must clear to be worth its cost. Its actors are the
first country (or police noun) named before that verb (actor) and after it (recipient), the
crudest dyad rule.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from eventwire.coding.ontology import PLOVER, cameo

SHARED = Path(__file__).resolve().parents[2] / "shared"
DICTS = SHARED / "data" / "dictionaries"
LEXICON = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data" / "cameo_verbs.json.gz"

# A representative CAMEO root for a PLOVER type, used only when an event carries no CAMEO code.
ROOT_OF_EVENT = {"AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "CONCEDE": "08", "COOPERATE": "06",
                 "AID": "07", "RETREAT": "08", "REQUEST": "10", "ACCUSE": "11", "REJECT": "12",
                 "THREATEN": "13", "PROTEST": "14", "SANCTION": "16", "MOBILIZE": "15", "COERCE": "17",
                 "ASSAULT": "19"}


@dataclass
class Party:
    """An actor or recipient as a benchmark sees it: the words, a country-level code, a sector."""

    text: str
    code: str | None = None
    sector: str | None = None
    start: int | None = None  # character offsets in the coded text, when the system knows them
    end: int | None = None


@dataclass
class Pred:
    """One event a system coded, in the fields the benchmarks score."""

    event: str | None  # PLOVER type; None for a CAMEO-only code (01 statements) from the floor
    cameo: str | None = None
    mode: str | None = None
    actors: list[Party] = field(default_factory=list)
    recipients: list[Party] = field(default_factory=list)
    confidence: float = 0.0
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    historical: bool = False
    start: int | None = None  # the evidence sentence's span in the coded text
    end: int | None = None
    trigger: str | None = None
    units: list[str] = field(default_factory=list)  # quantity units ("killed", "arrested", ...)

    @property
    def root(self) -> str | None:
        """Two-digit CAMEO root: the code's, else a representative root of the PLOVER type."""
        if self.cameo:
            return self.cameo[:2]
        return ROOT_OF_EVENT.get(self.event or "")


System = Callable[[str, "str | None"], list[Pred]]


def top(preds: list[Pred], *, plover_only: bool = False) -> Pred | None:
    """The highest-confidence event (the first on ties); with ``plover_only`` only PLOVER events."""
    pool = [p for p in preds if p.event] if plover_only else preds
    return max(pool, key=lambda p: p.confidence) if pool else None


# --- eventwire -------------------------------------------------------------------------------

CODER_ERRORS: list[str] = []  # one line per text the coder raised on; the run reports the count


def eventwire_system(text: str, published: str | None) -> list[Pred]:
    """eventwire's `code_text`, each Event reduced to a `Pred`.

    A coder exception on one text counts as "no event" for that text and is recorded, so that a
    long run still finishes and says how often it happened (the shared tree moves while we work).
    """
    from eventwire.coding import code_text

    try:
        events = code_text(text, published=published)
    except Exception as exc:  # noqa: BLE001 - a crash on one sentence must not lose the run
        CODER_ERRORS.append(f"{type(exc).__name__}: {exc} | {text[:60]!r}")
        return []
    preds = []
    for ev in events:
        preds.append(Pred(
            event=ev.event, cameo=ev.cameo, mode=ev.mode, confidence=ev.confidence,
            actors=[Party(a.text, a.code, a.sector) for a in ev.actors],
            recipients=[Party(r.text, r.code, r.sector) for r in ev.recipients],
            negated=ev.modality.negated, hypothetical=ev.modality.hypothetical,
            future=ev.modality.future, historical=ev.modality.historical,
            start=ev.evidence.start, end=ev.evidence.end, trigger=ev.evidence.trigger,
            units=[q.unit for q in ev.quantities]))
    return preds


# --- the dictionary floor ----------------------------------------------------------------------

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def _inflections(verb: str) -> set[str]:
    """Regular English forms of a base verb (PETRARCH generates these the same way)."""
    forms = {verb, verb + "s", verb + "ed", verb + "ing", verb + "d"}
    if verb.endswith(("s", "x", "z", "ch", "sh", "o")):
        forms.add(verb + "es")
    if verb.endswith("e"):
        forms |= {verb[:-1] + "ing", verb + "d"}
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied"}
    if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", verb):
        forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    return forms


@lru_cache(maxsize=1)
def verb_forms() -> dict[tuple[str, ...], str]:
    """Word sequence (a verb form, or a phrasal verb whose first word is inflected) → default code.

    Codes come from the shipped lexicon (built from CAMEO.2.0.txt); irregular forms are read from
    the dictionary's ``{FORMS}`` lists in ../shared.
    """
    with gzip.open(LEXICON, "rt", encoding="utf-8") as handle:
        verbs = json.load(handle)["verbs"]
    irregular: dict[str, set[str]] = {}
    text = (DICTS / "petrarch2_phoenix" / "CAMEO.2.0.txt").read_text(encoding="utf-8", errors="replace")
    for m in re.finditer(r"^\+?([A-Z][A-Z_'-]*)\s*\{([^}]*)\}", text, re.M):
        irregular.setdefault(m.group(1).replace("_", " ").strip().lower(), set()).update(
            w.replace("_", " ").strip().lower() for w in m.group(2).split())
    table: dict[tuple[str, ...], str] = {}
    for verb, entry in verbs.items():
        code = entry.get("code")
        if not code:
            continue
        words = verb.split()
        for form in _inflections(words[0]) | {f.split()[0] for f in irregular.get(verb, ())}:
            table.setdefault((form, *words[1:]), code)
    return table


@lru_cache(maxsize=1)
def country_names() -> dict[tuple[str, ...], str]:
    """Country names and nationality words (NGEC table, MIT) → ISO3, as lower-cased word tuples."""
    names: dict[tuple[str, ...], str] = {}
    with (DICTS / "plover" / "ngec_countries_nationalities.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            for name in [row["Name"], *row["Nationality"].split(",")]:
                words = tuple(w.lower() for w in _WORD.findall(name))
                if words:
                    names.setdefault(words, row["CCA3"])
    for alias, code in {"us": "USA", "u.s.": "USA", "america": "USA", "britain": "GBR", "uk": "GBR",
                        "british": "GBR", "palestinian": "PSE", "palestinians": "PSE", "gaza": "PSE",
                        "kosovo": "KOS", "moscow": "RUS", "beijing": "CHN", "washington": "USA",
                        "tehran": "IRN", "baghdad": "IRQ", "un": "UNO", "nato": "IGO"}.items():
        names.setdefault(tuple(alias.replace(".", " ").split()), code)
    return names


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group().lower(), m.start(), m.end()) for m in _WORD.finditer(text.replace(".", " "))]


_POLICE = {"police", "policemen", "policeman", "cops", "cop", "constables", "constable", "srp", "crpf", "raf"}


def _countries(tokens: list[tuple[str, int, int]]) -> list[Party]:
    """Country names and nationality words (code), and police nouns (sector COP), in order."""
    names = country_names()
    found, i = [], 0
    while i < len(tokens):
        if tokens[i][0] in _POLICE:
            found.append(Party("", None, "COP", tokens[i][1], tokens[i][2]))
            i += 1
            continue
        for n in (3, 2, 1):
            key = tuple(t[0] for t in tokens[i:i + n])
            if len(key) == n and key in names:
                start, end = tokens[i][1], tokens[i + n - 1][2]
                found.append(Party("", names[key], None, start, end))
                i += n
                break
        else:
            i += 1
    return found


def floor_system(text: str, published: str | None = None) -> list[Pred]:
    """The first dictionary verb's default code as the sentence's only event (see module doc).

    The event is the CAMEO code's PLOVER type (None for 01 statements, which PLOVER drops); the
    PLOVER benchmarks therefore look for the first verb whose code has a PLOVER type (``top(...,
    plover_only=True)``), the CAMEO ones take the first coded verb of any kind (``top``): both are
    returned, the first coded verb with the higher confidence.
    """
    table = verb_forms()
    tokens = _tokens(text)
    parties = _countries(tokens)
    for p in parties:
        p.text = text[p.start:p.end]  # type: ignore[index]
    inside = {start for p in parties for _w, start, _e in tokens if p.start <= start < p.end}  # type: ignore[operator]
    preds: list[Pred] = []
    for i, (word, start, _end) in enumerate(tokens):
        if start in inside:
            continue  # "United" in "United States" is a name, not the verb "unite"
        for n in (3, 2, 1):
            key = (word, *(t[0] for t in tokens[i + 1:i + n]))
            code = table.get(key) if len(key) == n else None
            if code:
                break
        else:
            continue
        info = cameo(code)
        event = info.plover_event if info else None
        if preds and (event is None or any(p.event for p in preds)):
            continue  # keep the first coded verb and the first PLOVER-typed verb only
        before = [p for p in parties if p.end is not None and p.end <= start]
        after = [p for p in parties if p.start is not None and p.start > start]
        preds.append(Pred(event=event, cameo=code, mode=info.plover_mode if info else None,
                          actors=before[:1], recipients=after[:1], trigger=" ".join(key),
                          confidence=0.4 if preds else 0.5, start=0, end=len(text)))
        if event:
            break
    return preds


def type_model_system(text: str, published: str | None) -> list[Pred]:
    """eventwire with the embedding type model switched on (``coding.type_model``) for this call."""
    from eventwire.coding import type_model

    type_model.set_enabled(True)
    try:
        return eventwire_system(text, published)
    finally:
        type_model.set_enabled(None)


def _with_type_model() -> dict[str, System]:
    """The type-model column, when its weights and the ``embed`` extra are installed."""
    from eventwire.coding import type_model

    return {"ew+embed": type_model_system} if type_model.installed() else {}


SYSTEMS: dict[str, System] = {"eventwire": eventwire_system, **_with_type_model(), "floor": floor_system}
assert set(ROOT_OF_EVENT) == set(PLOVER)
