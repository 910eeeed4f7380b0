"""Build the verb trigger lexicon from the CAMEO.2.0 verb dictionary (MIT, Open Event Data Alliance).

    .venv/bin/python tools/build_lexicon.py [--source ../shared/data/dictionaries/petrarch2_phoenix/CAMEO.2.0.txt]

Writes src/eventwire/data/cameo_verbs.json.gz: for every verb (and phrasal verb such as "call
off"), its block's default CAMEO code and the pattern blocks it shares with its synonyms. A pattern is a list of word slots that must
all occur on the verb's side of the clause (object, particles, prepositional phrases); each slot
lists the words that fill it (synonym sets are expanded; words written before the verb must be
found in its subject, under "subject"), and the code it yields ("---" = the verb
names no event in that pattern, e.g. "ship crashed"). Word forms are lower-cased and kept as
written; the matcher compares them with both the token's text and its lemma.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "dictionaries" / "petrarch2_phoenix" / "CAMEO.2.0.txt"
OUT = ROOT / "src" / "eventwire" / "data" / "cameo_verbs.json.gz"

_HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
_CODE = re.compile(r"\[([0-9]{2,4}|---)(?::[0-9-]+)?\]")
_PATTERN = re.compile(r"^-\s+(.*?)\s*\[([^\]]*)\]")


def _words(token: str) -> str:
    """Dictionary spelling to text: underscores are spaces, a trailing underscore ends a word."""
    return token.replace("_", " ").strip().lower()


def parse_sets(lines: list[str]) -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    current: str | None = None
    for line in lines:
        line = line.split("#", 1)[0].rstrip()
        if line.startswith("&"):
            current = line[1:].strip().rstrip("_")
            sets[current] = []
        elif line.startswith("+") and current is not None:
            sets[current].append(_words(line[1:].split("{", 1)[0]))
        elif not line.strip():
            continue
        else:
            current = None
    return sets


def _slots(part: str, sets: dict[str, list[str]]) -> list[list[str]]:
    """The word slots of one side of a pattern (before or after the verb's ``*``)."""
    part = part.replace("(", " ").replace(")", " ")
    slots: list[list[str]] = []
    for group in re.findall(r"\{[^}]*\}|\S+", part):
        for word in group.strip("{}").split():
            if word in {"$", "+", "%"} or word.startswith("[") or not word.strip("$+%"):
                continue
            word = word.strip("$+%")
            if word.startswith("&"):
                members = sets.get(word[1:].rstrip("_"))
                if members:
                    slots.append(sorted(set(members)))
            else:
                slots.append([_words(word)])
    return slots


def parse_verbs(lines: list[str], sets: dict[str, list[str]]) -> tuple[dict[str, dict[str, object]], list[list[dict[str, object]]]]:
    """Verbs (default code and the pattern blocks they share) and the pattern blocks."""
    verbs: dict[str, dict[str, object]] = {}
    blocks: list[list[dict[str, object]]] = []
    block: list[str] = []
    block_code: str | None = None
    patterns: list[dict[str, object]] = []

    def flush() -> None:
        if patterns:
            blocks.append(patterns)
        for verb in block:
            entry = verbs.setdefault(verb, {"code": None, "blocks": []})
            if block_code and not entry["code"]:
                entry["code"] = block_code
            if patterns:
                entry["blocks"].append(len(blocks) - 1)  # type: ignore[union-attr]

    for raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        header = _HEADER.match(line)
        if header:
            flush()
            block, patterns = [], []
            code = header.group(2).split(":", 1)[0]
            block_code = code if code not in {"---", ""} else None
            continue
        if line.startswith("-"):
            m = _PATTERN.match(line)
            if not m:
                continue
            code = _CODE.search(f"[{m.group(2)}]")
            before, _, after = m.group(1).partition("*")
            slots, subject = _slots(after, sets), _slots(before, sets)
            if code and (slots or subject):
                entry: dict[str, object] = {"slots": slots, "code": code.group(1)}
                if subject:
                    entry["subject"] = subject
                patterns.append(entry)
            continue
        # a verb line: VERB {FORMS} [code] or +PHRASAL_VERB {FORMS} [code]
        name = line.lstrip("+").split("{", 1)[0].split("[", 1)[0].strip()
        if not name or not re.match(r"^[A-Z][A-Z_'-]*$", name):
            continue
        verb = _words(name)
        block.append(verb)
        own = _CODE.search(line.split("}", 1)[-1])
        if own and own.group(1) != "---":
            verbs.setdefault(verb, {"code": None, "blocks": []})["code"] = own.group(1)
    flush()
    return verbs, blocks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    args = parser.parse_args()
    lines = args.source.read_text(encoding="utf-8", errors="replace").splitlines()
    split = next(i for i, line in enumerate(lines) if "VERB PATTERNS" in line)
    sets = parse_sets(lines[:split])
    verbs, blocks = parse_verbs(lines[split:], sets)
    data = {"source": "CAMEO.2.0.txt (Open Event Data Alliance, MIT)", "verbs": verbs, "blocks": blocks}
    with gzip.open(OUT, "wt", encoding="utf-8") as handle:
        json.dump(data, handle, separators=(",", ":"), sort_keys=True)
    n_patterns = sum(len(b) for b in blocks)
    coded = sum(1 for v in verbs.values() if v["code"])
    print(f"{len(sets)} synonym sets, {len(verbs)} verbs ({coded} with a default code), "
          f"{n_patterns} patterns -> {OUT.relative_to(ROOT)} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
