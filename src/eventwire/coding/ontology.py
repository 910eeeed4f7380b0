"""PLOVER event types and the CAMEO codes behind them, as data.

PLOVER is what we code; CAMEO codes, Goldstein values and GDELT's quad classes ride along for
GDELT and ICEWS users. The CAMEO table (``data/cameo_codes.tsv``) is built by
``tools/build_ontology.py``; the PLOVER facts below (quad class, whether a recipient is required,
the cooperation/conflict scores of each event and mode) are the PLOVER manual's, restated here.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class PloverEvent:
    """One of PLOVER's 16 event types."""

    name: str
    quad_class: int  # 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
    requires_recipient: bool
    score: float  # the manual's base cooperation/conflict score (-10..10)
    mode_scores: dict[str, float]


def _event(name: str, quad: int, recipient: bool, score: float, **modes: float) -> PloverEvent:
    return PloverEvent(name, quad, recipient, score, {k.rstrip("_").replace("_", "-"): v for k, v in modes.items()})


PLOVER: dict[str, PloverEvent] = {e.name: e for e in (
    _event("AGREE", 1, False, 2.5),
    _event("CONSULT", 1, False, 2.5, visit=4.0, third_party=1.0, multilateral=4.0, phone=1.5),
    _event("SUPPORT", 1, False, 5.0),
    _event("CONCEDE", 1, False, 4.5),
    _event("COOPERATE", 2, True, 9.5),
    _event("AID", 2, True, 10.0),
    _event("RETREAT", 2, False, 6.5, withdraw=8.0, release=6.5, disarm=10.0, ceasefire=7.5, access=6.5,
           resign=4.5),
    _event("REQUEST", 3, False, 0.0, assist=0.5, change=-1.0, yield_=-1.0, meet=0.0),
    # The manual's table prints +3 for ACCUSE while all its modes are negative: a sign slip.
    _event("ACCUSE", 3, False, -3.0, disapprove=-2.0, investigate=-3.5, allege=-3.5),
    _event("REJECT", 3, False, -2.0, assist=-1.5, change=-2.0, yield_=-2.0, meet=-2.0),
    _event("THREATEN", 3, False, -3.5, restrict=-3.0, arrest=-3.5, relations=-3.5, expel=-3.5,
           territory=-4.0, violence=-3.5),
    _event("PROTEST", 4, False, -5.0, demo=-5.0, riot=-7.0, strike=-5.0, hunger=-4.5, boycott=-4.5,
           obstruct=-4.5),
    _event("SANCTION", 4, True, -6.0, convict=-6.0, expel=-5.5, withdraw=-6.0, discontinue=-6.0),
    _event("MOBILIZE", 4, False, -5.5, troops=-6.5, weapons=-6.5, police=-5.5, militia=-6.0),
    _event("COERCE", 4, False, -7.0, seize=-7.0, restrict=-7.0, censor=-6.5, curfew=-6.5,
           martial_law=-7.5, arrest=-7.0, deport=-7.0, withhold=-7.0, misinformation=-6.5, cyber=-7.0),
    _event("ASSAULT", 4, False, -9.0, abduct=-8.5, beat=-7.5, torture=-8.5, sexual=-8.5, targeted=-9.5,
           destroy=-8.5, primitive=-8.0, firearms=-9.0, explosives=-9.0, suicide_attack=-9.5,
           aerial=-9.5, drone=-9.5, heavy_weapons=-9.5, crowd_control=-7.5, unconventional=-10.0),
)}


# The CAMEO code an event carries when the decision step gives it a type its trigger's code did
# not have: the root's generic code.
DEFAULT_CAMEO: dict[str, str] = {
    "AGREE": "030", "CONSULT": "040", "SUPPORT": "050", "CONCEDE": "080", "COOPERATE": "060", "AID": "070",
    "RETREAT": "084", "REQUEST": "100", "ACCUSE": "110", "REJECT": "120", "THREATEN": "130", "PROTEST": "140",
    "SANCTION": "160", "MOBILIZE": "150", "COERCE": "170", "ASSAULT": "190",
}


@dataclass(frozen=True)
class CameoCode:
    """A CAMEO event code with its Goldstein value and our PLOVER reading of it."""

    code: str
    name: str
    goldstein: float | None
    gdelt_quad_class: int
    plover_event: str | None
    plover_mode: str | None

    @property
    def root(self) -> str:
        return self.code[:2]


@lru_cache(maxsize=1)
def cameo_codes() -> dict[str, CameoCode]:
    """Every CAMEO code by its string code ("154", "0874")."""
    text = resources.files("eventwire").joinpath("data/cameo_codes.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader(text.splitlines(), delimiter="\t")
    return {
        r["code"]: CameoCode(
            code=r["code"], name=r["name"], goldstein=float(r["goldstein"]) if r["goldstein"] else None,
            gdelt_quad_class=int(r["quad_class"]), plover_event=r["plover_event"] or None,
            plover_mode=r["plover_mode"] or None,
        )
        for r in rows
    }


def cameo(code: str) -> CameoCode | None:
    """The CAMEO entry for ``code``, falling back to its parent code when the code is unknown."""
    table = cameo_codes()
    while code and code not in table:
        code = code[:-1]
    return table.get(code)


def plover_score(event: str, mode: str | None) -> float:
    """PLOVER's cooperation/conflict score for an event and mode."""
    info = PLOVER[event]
    return info.mode_scores.get(mode or "", info.score)


# CAMEO codes a promise of an act, by the promised act's code: "will send aid" is 033 (intent to
# provide material aid), not 07 (aid given). Longest prefix first; the CAMEO 1.1b3 codebook's 03x.
_INTENT = {"061": "0311", "062": "0312", "063": "0313", "064": "0314", "06": "031",
           "071": "0331", "072": "0332", "073": "0333", "074": "0334", "07": "033",
           "081": "0351", "082": "0352", "083": "034", "084": "0353", "085": "0354", "086": "0355",
           "087": "0356", "08": "035", "045": "039", "046": "036", "04": "036", "05": "032"}


def intent_code(code: str) -> str:
    """The CAMEO code of the intention to do ``code`` (itself when it names no cooperative act).

    PLOVER codes a promised cooperation as AGREE and an announced concession as CONCEDE (the
    issue's rule); CAMEO records both as an expressed intent, so the event's ``cameo`` field
    must say 03x, or a GDELT user reading the code would count aid that was only promised."""
    if code[:2] == "03":
        return code
    for size in (3, 2):
        if code[:size] in _INTENT:
            return _INTENT[code[:size]]
    return code


# CAMEO's demands (10x) and rejections (12x) mirror its intents (03x) family by family.
_DEMAND = {"030": "100", "031": "101", "032": "102", "033": "103", "034": "104", "035": "105", "036": "106",
           "037": "107", "038": "108", "039": "108"}
_REJECT = {"030": "120", "031": "121", "032": "120", "033": "122", "034": "123", "035": "124", "036": "125",
           "037": "127", "038": "126", "039": "126"}


def demand_code(code: str) -> str:
    """The CAMEO code of demanding ``code`` of someone: "X must withdraw its troops" is 1056, not
    the withdrawal 0874; a demand whose content has no CAMEO demand code is a plain 100."""
    return _mirror(code, "10", _DEMAND)


def refusal_code(code: str) -> str:
    """The CAMEO code of refusing ``code``: "will not lift the embargo" is 1244 (decline to ease an
    embargo), "will not accept refugees" 1223, not the concession they refuse."""
    return _mirror(code, "12", _REJECT)


def _mirror(code: str, root: str, family: dict[str, str]) -> str:
    """``code`` moved into CAMEO root ``root`` through its intent code (0874 → 0356 → 1056); a
    fourth digit the codebook lacks under that root falls back to the three-digit code."""
    if code[:2] == root:
        return code
    intent = intent_code(code)
    if intent[:2] != "03":
        return root + "0"
    mirrored = family[intent[:3]] + intent[3:]
    known = cameo(mirrored)
    return mirrored if known is not None and known.code == mirrored else mirrored[:3]


# CAMEO's threats (13x) by what is threatened: the root of the act, else PLOVER's threat mode.
_THREAT_BY_ROOT = {"14": "133", "15": "138", "16": "131", "17": "137", "18": "138", "19": "138", "20": "1385",
                   "08": "136", "07": "1311", "06": "1313", "04": "134"}
_THREAT_BY_MODE = {"violence": "138", "restrict": "132", "relations": "131", "expel": "136", "territory": "1382"}


def threat_code(code: str, mode: str | None) -> str:
    """The CAMEO code of threatening ``code``: "vowed to attack" is 138 (threaten with military
    force), "said they would boycott" 133, "will withdraw its peacekeepers unless" 136, not the
    promise (030) or the act (190) it was read from, so that the ``cameo`` root says 13 whenever
    the PLOVER event is THREATEN (a root-03 threat is counted as cooperation by CAMEO users)."""
    if code[:2] == "13":
        return code
    if code[:2] == "03" or code[:2] not in _THREAT_BY_ROOT:
        return _THREAT_BY_MODE.get(mode or "", "130")
    return _THREAT_BY_ROOT[code[:2]]
