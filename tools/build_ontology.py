"""Build eventwire's CAMEO code table with our PLOVER crosswalk: src/eventwire/data/cameo_codes.tsv.

    .venv/bin/python tools/build_ontology.py [--source ../shared/data/dictionaries/cameo_codes/cameo_event_codes.tsv]

From the source table we take only the CAMEO facts: the codes, their names (CAMEO codebook) and
Goldstein values (GDELT's public lookup). The PLOVER event and mode of each code are assigned here
by our own rules, written from the PLOVER manual's category definitions (see
docs/ontology.md), not copied from any crosswalk. GDELT's quad class follows from the root.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "dictionaries" / "cameo_codes" / "cameo_event_codes.tsv"
OUT = ROOT / "src" / "eventwire" / "data" / "cameo_codes.tsv"

# PLOVER event for each CAMEO root. 01 (public statements) has no PLOVER category; 02 (appeals)
# is a request in PLOVER's terms.
ROOT_EVENT = {
    "01": None, "02": "REQUEST", "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE",
    "07": "AID", "08": "CONCEDE", "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT",
    "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE",
    "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT",
}

# Codes whose PLOVER event differs from their root's, with the reason from the manual:
EVENT_BY_CODE = {
    # implemented concessions are RETREAT; promised or verbal ones stay CONCEDE
    "084": "RETREAT", "0841": "RETREAT", "0842": "RETREAT", "085": "RETREAT", "086": "RETREAT",
    "0861": "RETREAT", "0862": "RETREAT", "0863": "RETREAT", "087": "RETREAT", "0871": "RETREAT",
    "0872": "RETREAT", "0873": "RETREAT", "0874": "RETREAT",
    # a leader stepping down at others' demand is an implemented concession: RETREAT, mode resign
    "0831": "RETREAT",
    # destroying property and violent repression cause physical harm
    "1712": "ASSAULT", "175": "ASSAULT",
    # blockades restrict rather than attack; taking territory by force is an assault
    "191": "COERCE",
    # a conviction or sentence is a sanction by a court (PLOVER SANCTION, mode convict)
    "116": "SANCTION",
}

# PLOVER modes (only those the manual defines), by code prefix: the longest prefix wins.
MODE_BY_PREFIX = {
    "021": "assist", "022": "assist", "023": "assist", "024": "change", "025": "yield", "026": "meet",
    "027": "meet", "028": "meet",
    "041": "phone", "042": "visit", "043": "visit", "044": "third-party",
    "0831": "resign", "0841": "release", "0842": "release", "086": "access", "0871": "ceasefire",
    "0872": "withdraw", "0873": "disarm", "0874": "withdraw", "087": "withdraw",
    "09": "investigate",
    "101": "assist", "102": "assist", "103": "assist", "104": "change", "105": "yield", "106": "meet",
    "107": "meet", "108": "meet",
    "110": "disapprove", "111": "disapprove", "112": "allege", "113": "disapprove", "114": "allege",
    "115": "allege", "116": "convict",
    "121": "assist", "122": "assist", "123": "change", "124": "yield", "125": "meet", "126": "meet",
    "127": "meet", "128": "change", "129": "change",
    "1311": "relations", "1312": "restrict", "1313": "relations", "1321": "restrict", "1322": "restrict",
    "1323": "restrict", "1324": "restrict", "133": "relations", "134": "relations", "135": "relations",
    "136": "expel", "137": "violence", "138": "violence", "1381": "restrict", "1382": "territory",
    "139": "violence",
    "141": "demo", "142": "hunger", "143": "strike", "144": "obstruct", "145": "riot",
    "151": "police", "152": "troops", "153": "police", "154": "troops",
    "161": "discontinue", "162": "withdraw", "163": "discontinue", "164": "discontinue",
    "165": "discontinue", "166": "expel",
    "171": "seize", "1712": "destroy", "172": "restrict", "1722": "restrict", "1723": "curfew",
    "1724": "martial-law", "173": "arrest", "174": "deport", "175": "crowd-control",
    "181": "abduct", "182": "beat", "1821": "sexual", "1822": "torture", "183": "explosives",
    "1831": "suicide-attack", "184": "abduct", "185": "targeted", "186": "targeted",
    "191": "restrict", "193": "firearms", "194": "heavy-weapons", "195": "aerial",
    "204": "unconventional",
}


def quad_class(root: str) -> int:
    """GDELT's QuadClass: verbal/material cooperation, verbal/material conflict."""
    number = int(root)
    return 1 if number <= 5 else 2 if number <= 9 else 3 if number <= 14 else 4


def mode_for(code: str) -> str:
    for length in range(len(code), 1, -1):
        if code[:length] in MODE_BY_PREFIX:
            return MODE_BY_PREFIX[code[:length]]
    return ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    args = parser.parse_args()
    with args.source.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["code", "name", "goldstein", "quad_class", "plover_event", "plover_mode"])
        for row in rows:
            code = row["code"]
            root = code[:2]
            event = EVENT_BY_CODE.get(code, ROOT_EVENT[root]) or ""
            writer.writerow([code, row["cameo_name"], row["goldstein"], quad_class(root), event,
                             mode_for(code) if event else ""])
    print(f"wrote {len(rows)} codes to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
