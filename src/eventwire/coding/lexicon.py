"""Trigger lexicon: which words name an action, and which CAMEO code that action has.

Verbs come from the CAMEO.2.0 verb dictionary (``data/cameo_verbs.json.gz``, built by
``tools/build_lexicon.py``): a verb has a default code and patterns over the words on its side of
the clause ("send + troops" → 154, "send + aid" → 070, "ship + crashed" → no event). The most
specific pattern that matches wins, so context refines the verb's default. Nouns that name events
on their own ("the invasion", "talks", "an air strike") come from a small table of ours below,
since the CAMEO dictionary only knows verbs.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

NO_EVENT = "---"

# Function words: a pattern made of these alone ("call (FOR)") must find them attached to the verb
# itself, not anywhere in its clause, or "rule out membership for Ukraine" reads as "rule for".
FUNCTION_WORDS = {"to", "for", "in", "on", "with", "at", "against", "by", "of", "from", "into", "over", "up",
                  "out", "down", "off", "back", "not", "upon", "about", "as", "under", "through", "after"}


@dataclass(frozen=True)
class LexiconMatch:
    """A trigger's code and the evidence for it (the pattern words that matched)."""

    code: str
    matched: tuple[str, ...]  # the pattern words found in the clause; empty for a default code
    source: str  # "pattern", "default" or "noun"
    alternatives: tuple[str, ...] = ()  # other codes that equally specific patterns give


@lru_cache(maxsize=1)
def _verbs() -> tuple[dict[str, Any], list[list[dict[str, Any]]]]:
    path = resources.files("eventwire").joinpath("data/cameo_verbs.json.gz")
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
        data = json.load(handle)
    return data["verbs"], data["blocks"]


def known_verb(lemma: str) -> bool:
    return lemma in _verbs()[0]


def default_code(lemma: str) -> str | None:
    """The dictionary's default code of a verb, if any."""
    entry = _verbs()[0].get(lemma)
    return entry["code"] if entry else None


def _slot_matches(slot: Sequence[str], words: Sequence[tuple[str, str]], vocabulary: set[str]) -> str | None:
    """The slot member found in the clause's words (each word as (text, lemma)), if any.

    ``vocabulary`` (every text and lemma of the clause) rejects most members without a scan.
    """
    for member in slot:
        parts = member.split()
        if parts[0] not in vocabulary:
            continue
        if len(parts) == 1:
            return member
        n = len(parts)
        for i in range(len(words) - n + 1):
            if all(parts[k] in words[i + k] for k in range(n)):
                return member
    return None


def _all_slots(slots: Sequence[Sequence[str]], words: Sequence[tuple[str, str]], vocabulary: set[str]
               ) -> list[str] | None:
    matched = []
    for slot in slots:
        found = _slot_matches(slot, words, vocabulary)
        if found is None:
            return None
        matched.append(found)
    return matched


def match_verb(lemma: str, clause_words: Sequence[tuple[str, str]],
               subject_words: Sequence[tuple[str, str]] = (), direct_words: set[str] | None = None
               ) -> LexiconMatch | None:
    """The code of verb ``lemma`` given the lower-cased (text, lemma) pairs of its clause.

    Patterns that name words before the verb ("talks * collapse") also need those words in the
    verb's subject (``subject_words``); patterns of function words only need them among the
    verb's own dependents (``direct_words``), when given.

    ``None`` when the verb is not in the lexicon; a match with code ``---`` when its best pattern
    says the verb names no event here.
    """
    verbs, blocks = _verbs()
    entry = verbs.get(lemma)
    if entry is None:
        return None
    vocabulary = {w for pair in clause_words for w in pair}
    subject_vocabulary = {w for pair in subject_words for w in pair}
    best: list[tuple[str, tuple[str, ...]]] = []
    for block in entry["blocks"]:
        for pattern in blocks[block]:
            matched = _all_slots(pattern["slots"], clause_words, vocabulary)
            if matched is None:
                continue
            if direct_words is not None and matched and all(w in FUNCTION_WORDS for w in matched) \
                    and not set(matched) <= direct_words:
                continue
            if "subject" in pattern:
                before = _all_slots(pattern["subject"], subject_words, subject_vocabulary)
                if before is None:
                    continue
                matched = before + matched
            if matched:
                if not best or len(matched) > len(best[0][1]):
                    best = [(pattern["code"], tuple(matched))]
                elif len(matched) == len(best[0][1]):
                    best.append((pattern["code"], tuple(matched)))
    if best:
        # Equally specific patterns can disagree (the dictionary lists "send troops" under three
        # codes); the code most of them give wins, the first listed breaks a tie.
        counts = Counter(code for code, _ in best)
        code, matched = max(best, key=lambda item: counts[item[0]])
        others = tuple(sorted(set(counts) - {code}))
        return LexiconMatch(code, matched, "pattern", others)
    if entry["code"]:
        return LexiconMatch(entry["code"], (), "default")
    return None


# Nouns that name an event even without a verb of the lexicon ("the invasion of Ukraine", "talks
# with Moscow"). Codes are CAMEO; the coder maps them to PLOVER like verb codes. Nouns of speech
# acts (demand, warning, criticism) are left out: as nouns they are mostly the topic of another
# clause ("ignoring Russia's demands"), not an event of their own.
EVENT_NOUNS: dict[str, str] = {
    "invasion": "190", "incursion": "190", "occupation": "192", "annexation": "192",
    "attack": "190", "offensive": "190", "assault": "190", "airstrike": "195", "bombardment": "194",
    "shelling": "194", "bombing": "183", "massacre": "202", "clash": "190", "fighting": "190",
    "ambush": "190", "raid": "190", "assassination": "186", "kidnapping": "181", "abduction": "181",
    "rape": "1821", "looting": "1712", "arson": "1712", "lynching": "182", "beheading": "190",
    "talks": "046", "negotiation": "046", "mediation": "045", "summit": "040", "visit": "042", "meeting": "040",
    "ceasefire": "0871", "truce": "0871", "pause": "0871", "withdrawal": "0874", "pullout": "0874",
    "sanction": "163", "embargo": "163", "suspension": "160",
    "protest": "141", "demonstration": "141", "rally": "141", "riot": "145", "strike": "143",
    "sit-in": "141",
    "deployment": "154", "mobilization": "154", "mobilisation": "154", "buildup": "154",
    "build-up": "154",
    "arrest": "173", "crackdown": "175", "blockade": "191", "curfew": "1723", "deportation": "174",
    "expulsion": "166", "evacuation": "0874",
}

# Compound nouns, read before their head (the head alone would give another code).
EVENT_COMPOUNDS: dict[tuple[str, str], str] = {
    ("air", "strike"): "195", ("drone", "strike"): "195", ("missile", "strike"): "195",
    ("hunger", "strike"): "142", ("phone", "call"): "041", ("peace", "talks"): "046",
    ("peace", "deal"): "057", ("arms", "deal"): "072", ("military", "aid"): "072",
    ("humanitarian", "aid"): "073", ("economic", "aid"): "071", ("car", "bomb"): "1832",
    ("suicide", "bombing"): "1831", ("roadside", "bomb"): "1833", ("peace", "agreement"): "057",
    ("troop", "deployment"): "154", ("military", "exercise"): "150", ("joint", "exercise"): "062",
    ("military", "operation"): "190", ("ground", "offensive"): "190", ("sexual", "assault"): "1821", ("gang", "rape"): "1821", ("sexual", "violence"): "1821",
}


def match_noun(lemma: str, modifier_lemmas: Sequence[str]) -> LexiconMatch | None:
    """The code of an event noun, reading compounds first ("air strike" before "strike")."""
    for modifier in modifier_lemmas:
        code = EVENT_COMPOUNDS.get((modifier, lemma))
        if code:
            return LexiconMatch(code, (modifier, lemma), "noun")
    code = EVENT_NOUNS.get(lemma)
    return LexiconMatch(code, (lemma,), "noun") if code else None
