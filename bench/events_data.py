"""Readers for the event benchmarks in ../shared/bench/events, and the actor-code conventions.

Nothing here is copied into the repository: every benchmark is read from ../shared at run time.
Each reader returns plain dicts with the fields the scorers need and nothing else, so the scorers
in bench/events.py do not know any file format.

Actor codes are compared at country level. Gold and system codes are reduced to a *family* set:
an ISO3 country stays itself; the GSR's three non-ISO spellings are corrected (JAP→JPN, ITL→ITA,
VTN→VNM); Phoenix codes (PETRARCH-2) keep their first three letters when those are a country
(``IRQGOVMIL``→IRQ), ``IGOUNO…``→{UNO, IGO}, ``IGOEUR…``→{EUR, IGO}, other ``IGO…``→{IGO}, ``IMG…``,
``NGO…`` likewise, ``---…`` (no country) → nothing. A system code for an international body
(UNO, EUR, eventwire's own UN and EU read as those two, or an organisation code such as NATO)
also counts as IGO, because the GSR codes the UN and NATO as IGO. Two codes agree when their
families intersect.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

EVENTS = Path(__file__).resolve().parents[2] / "shared" / "bench" / "events"
COUNTRIES = Path(__file__).resolve().parents[2] / "shared" / "data" / "dictionaries" / "plover" / "ngec_countries_nationalities.csv"

NON_STATE = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}
GSR_FIXES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
# eventwire's own codes for the two bodies Phoenix spells IGOUNO / IGOEUR (actor_dictionary.ORGANISATION_CODES)
SYSTEM_BODIES = {"UN": "UNO", "EU": "EUR"}
PLOVER_QUAD = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
               "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "PROTEST": 4, "SANCTION": 4,
               "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4}


@lru_cache(maxsize=1)
def iso3() -> frozenset[str]:
    """ISO 3166-1 alpha-3 codes (NGEC's table) plus the two PLOVER uses for disputed entities."""
    with COUNTRIES.open(encoding="utf-8") as handle:
        return frozenset({row["CCA3"] for row in csv.DictReader(handle)} | {"KOS", "PSE"})


def family(code: str | None) -> set[str]:
    """The set of country-level codes a gold or system code stands for (see module doc)."""
    if not code:
        return set()
    code = GSR_FIXES.get(code.upper(), code.upper())
    code = SYSTEM_BODIES.get(code, code)
    if code.startswith("---"):
        return set()
    if code.startswith("IGO"):
        rest = code[3:6]
        return {rest, "IGO"} if rest in {"UNO", "EUR"} else {"IGO"}
    head = code[:3]
    if head in iso3() or head in NON_STATE:
        return {head} | ({"IGO"} if head in {"UNO", "EUR"} else set())
    return {code, "IGO"} if len(code) > 3 else {code}  # NATO, ASEAN, …: international bodies


def families(codes: list[str | None]) -> set[str]:
    return set().union(*(family(c) for c in codes)) if codes else set()


def penta(root: str | None) -> int | None:
    """ConfliBERT's PentaClass of a CAMEO root: 01–02→0, 03–05→1, 06–08→2, 09–13→3, 14–20→4 (the
    Phoenix convention its DATA.md reads), except 16, reduce relations (sanctions, expulsions, aid
    suspended), → 3: the labels of the *training* half put 44 of the 49 sentences we code 16 in
    verbal conflict and 1 in material conflict (``tools/conflibert_dev.py``), so that is the
    convention the test labels follow too; the test half was not looked at for this."""
    if not root:
        return None
    r = int(root[:2])
    if r == 16:
        return 3
    return 0 if r <= 2 else 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


# --- PLOVER GSR ---------------------------------------------------------------------------------

def gsr_split(record_id: str) -> str:
    """The fixed development rule: GSR ids whose numeric suffix is odd are the dev half.

    ``PLOVER-GSR01-AGREE-0001`` → dev, ``…-0002`` → held-out. Numbering restarts within each event
    type, so both halves keep the type mix. Only the dev half may be looked at while developing.
    """
    return "dev" if int(re.search(r"(\d+)$", record_id).group(1)) % 2 else "heldout"  # type: ignore[union-attr]


def load_gsr() -> list[dict[str, Any]]:
    rows = []
    with (EVENTS / "plover_gsr_cameo" / "plover_gsr_cameo.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            r = json.loads(line)
            codes = lambda parties: [p.get("code") for p in parties if isinstance(p, dict)]  # noqa: E731
            rows.append({"id": r["id"], "text": r["text"], "event": r["event_plover_current"],
                         "actors": codes(r["actor"]), "recipients": codes(r["recipient"]),
                         "split": gsr_split(r["id"]), "published": "2000-01-01"})
    return rows


# --- PETRARCH-2 GSR validation -------------------------------------------------------------------

def load_petr() -> list[dict[str, Any]]:
    rows = []
    with (EVENTS / "petrarch2_gsr_validation" / "petr2_gsr_validation.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            r = json.loads(line)
            d = r.get("date") or ""
            published = f"{d[:4]}-{d[4:6]}-{d[6:8]}" if re.fullmatch(r"\d{8}", d) else None
            rows.append({"id": r["id"], "text": r["text"], "published": published, "expected": r["expected"],
                         "noevents": bool(r.get("noevents")) or not r["expected"]})
    return rows


# --- ConfliBERT CAMEO test ----------------------------------------------------------------------

def _bio_spans(tags: list[str]) -> list[tuple[str, int, int]]:
    """(label, first token, last token + 1) of each B-/I- run."""
    spans, current = [], None
    for i, tag in enumerate(tags + ["O"]):
        if current and not (tag.startswith("I-") and tag[2:] == current[0]):
            spans.append((current[0], current[1], i))
            current = None
        if tag.startswith("B-") or (tag.startswith("I-") and current is None):
            current = (tag[2:], i)
    return spans


def _align(text: str, tokens: list[str]) -> list[tuple[int, int]]:
    """Character span of each CoNLL token in the raw sentence (tokens appear in order)."""
    offsets, pos = [], 0
    for tok in tokens:
        i = text.find(tok, pos)
        if i < 0:  # tokenisation changed a character: keep the token where it would be
            i = pos
        offsets.append((i, i + len(tok)))
        pos = i + len(tok) if i >= pos else pos
    return offsets


def _bio_blocks(path: Path) -> list[list[list[str]]]:
    """The sentences of a CoNLL-style BIO file: per sentence, its [token, tag] pairs."""
    blocks, block = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if block:
                blocks.append(block)
            block = []
        else:
            block.append(line.rsplit(" ", 1))
    if block:
        blocks.append(block)
    return blocks


def _with_spans(text: str, label: int, toks: list[list[str]] | None) -> dict[str, Any]:
    if not toks:
        return {"text": text, "label": label, "tokens": [], "offsets": [], "S": [], "T": [], "published": None}
    words = [t[0] for t in toks]
    spans = _bio_spans([t[1] for t in toks])
    return {"text": text, "label": label, "tokens": words, "offsets": _align(text, words),
            "S": [(a, b) for lab, a, b in spans if lab in {"S", "R"}],
            "T": [(a, b) for lab, a, b in spans if lab in {"T", "R"}], "published": None}


def load_conflibert(split: str = "test") -> list[dict[str, Any]]:
    """The 451 test sentences with their PentaClass and S/T spans (R counted as both); with
    ``split="train"`` the 1,349 training sentences with their PentaClass: our dev set for the
    quad/penta classes, since the test half is held out entirely. The training span file holds
    1,153 sentences in another order; a training sentence gets its spans when the span file has
    the same text (compared without white space: 922 do), and ``tokens`` stays empty otherwise,
    which tells the span scores to skip it."""
    folder = EVENTS / "conflibert_cameo"
    with (folder / f"cameo_class_{split}.tsv").open(encoding="utf-8") as handle:
        classes = [line.rstrip("\n").rsplit("\t", 1) for line in handle if line.strip()]
    blocks = _bio_blocks(folder / f"cameo_ner_{split}.txt")
    if split != "test":
        by_text: dict[str, list[list[str]]] = {}
        for block in blocks:
            by_text.setdefault("".join(t[0] for t in block), block)
        return [_with_spans(text, int(label), by_text.get(re.sub(r"\s+", "", text))) for text, label in classes]
    assert len(blocks) == len(classes), (len(blocks), len(classes))
    return [_with_spans(text, int(label), toks) for (text, label), toks in zip(classes, blocks)]


# --- CASE 2021 task 2 ---------------------------------------------------------------------------

def load_case() -> tuple[list[dict[str, Any]], dict[str, dict[str, str]]]:
    folder = EVENTS / "case2021_task2_finegrained"
    with (folder / "label_map_plover_cameo.tsv").open(encoding="utf-8") as handle:
        label_map = {r["case_label"]: r for r in csv.DictReader(handle, delimiter="\t")}
    with (folder / "test_set_final_release_with_labels.tsv").open(encoding="utf-8") as handle:
        rows = [{"id": r["id"], "text": r["EventSnippet"], "label": r["SubType"], "published": None}
                for r in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)]
    return rows, label_map


# --- IndiaPoliceEvents ----------------------------------------------------------------------------

def _offset_map(old: str, new: str) -> Callable[[int, bool], int]:
    """Where an offset of ``old`` lands in ``new``, a copy of it with short local edits (the mojibake
    repair): inside an unchanged stretch it moves with it; inside an edited one a start goes to the
    edit's start and an end to its end, so a span never loses the characters an edit produced.

    The two texts are walked side by side; at a difference the walk looks for the nearest point
    where both go on alike for a few characters (a repair replaces at most a few dozen characters;
    difflib takes ~0.03 s an article for the same answer)."""
    if old == new:
        return lambda offset, end: offset
    edits: list[tuple[int, int, int, int]] = []  # old start, old end, new start, new end
    i = j = 0
    while i < len(old) and j < len(new):
        if old[i] == new[j]:
            i, j = i + 1, j + 1
            continue
        k, m = _resync(old, new, i, j)
        edits.append((i, i + k, j, j + m))
        i, j = i + k, j + m
    edits.append((i, len(old), j, len(new)))
    starts = [e[0] for e in edits]

    def moved(offset: int, end: bool) -> int:
        at = bisect_right(starts, offset) - 1
        if at < 0:
            return offset
        a1, a2, b1, b2 = edits[at]
        if offset >= a2:  # in the unchanged stretch after this edit
            return b2 + offset - a2
        if end and offset == a1:
            return b1
        return b2 if end else b1

    return moved


def _resync(old: str, new: str, i: int, j: int, window: int = 3, reach: int = 60) -> tuple[int, int]:
    """The shortest (old length, new length) of the edit starting at ``old[i]`` / ``new[j]``: the
    nearest point after which ``window`` characters (or both texts' ends) agree."""
    for total in range(1, 2 * reach):
        for k in range(min(total, reach), -1, -1):
            m = total - k
            if m > reach:
                break
            a, b = old[i + k:i + k + window], new[j + m:j + m + window]
            if a == b and (len(a) == window or (i + k + len(a) == len(old) and j + m + len(b) == len(new))):
                return k, m
    return len(old) - i, len(new) - j


def load_india() -> list[dict[str, Any]]:
    """Documents with their gold sentences and each sentence's character span in the document.

    A third of the Times of India texts hold double-encoded UTF-8 ("â€™" for "’"). The pipeline
    repairs it when it decodes a page (``eventwire.ingest.mojibake``); these texts reach the coder as
    ready-made articles, without that step, so the same repair is applied here, to the documents and
    to their gold sentences alike (the sentences are then found in the repaired text)."""
    from eventwire.ingest.mojibake import repair_mojibake

    folder = EVENTS / "india_police_events"

    def read(name: str) -> list[dict[str, Any]]:
        with gzip.open(folder / name, "rt", encoding="utf-8") as handle:
            return [json.loads(line) for line in handle]

    dates = {m["doc_id"]: m.get("date") for m in read("metadata.jsonl.gz")}
    sents: dict[int, list[dict[str, Any]]] = {}
    for s in read("sents.jsonl.gz"):
        sents.setdefault(s["doc_id"], []).append(s)
    docs = []
    for d in read("docs.jsonl.gz"):
        raw, pos, found = d["doc_text"], 0, []
        for s in sorted(sents.get(d["doc_id"], []), key=lambda s: s["sent_id"]):
            i = raw.find(s["sent_text"], pos)
            i = pos if i < 0 else i
            found.append((s, i, i + len(s["sent_text"])))
            pos = i + len(s["sent_text"])
        # the corpus's own sentence splits sometimes cut a mojibake sequence in two ("pujanâ€" |
        # "™, even ..."), so the spans are found in the raw text and carried over to the repaired one
        text = repair_mojibake(raw)
        moved = _offset_map(raw, text)
        spans = [{"text": text[moved(a, False):moved(b, True)], "labels": set(s["sent_labels"]),
                  "start": moved(a, False), "end": moved(b, True)} for s, a, b in found]
        docs.append({"id": d["doc_id"], "text": text, "published": dates.get(d["doc_id"]), "sents": spans,
                     "labels": set(d["doc_labels"])})
    return docs
