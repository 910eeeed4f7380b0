"""Event-coding benchmarks: eventwire's coder next to the dictionary floor, in one run.

    .venv/bin/python bench/events.py                          # every benchmark (India is the slow one)
    .venv/bin/python bench/events.py --only gsr,petr --limit 50
    .venv/bin/python bench/events.py --dev                    # PLOVER GSR dev half only (for tuning)
    .venv/bin/python bench/events.py --only ours              # our labelled sentences

Benchmarks (data read from ../shared/bench/events; readers in bench/events_data.py):
- gsr: PLOVER GSR, 322 sentences with one gold event. Our event is the top-confidence one; no event
  is wrong. Type and quad accuracy, macro-F1 over the gold types, coverage, actor and recipient
  country accuracy (on records whose gold has a code: right when our codes' families meet the gold
  ones, see events_data). **Split rule:** ids with an odd numeric suffix are the dev half, even
  ones are held out; only dev may be used while developing. Figures for dev, held-out and all.
- petr: PETRARCH-2 GSR validation, held out entirely. CAMEO root accuracy on the 66 eventful
  sentences (right when our top event's root is one of the expected roots), the same on the
  sentences with a PLOVER-codable root (03–20; a PLOVER coder emits no 01 statements), exact code
  accuracy, source/target country agreement, and how many of the 12 no-event sentences we code.
- conflibert: ConfliBERT CAMEO test (451), held out entirely. PentaClass of our top event's root
  (no event → class 0, "neutral statement": a sentence we do not code is read as a statement);
  macro-F1 and accuracy; source (actors) and target (recipients) span F1 against the BIO spans,
  exact and overlapping (R spans count as both S and T).
- conflibert_dev: the same PentaClass scores on ConfliBERT's 1,349 training sentences, the dev set for
  the cooperation/conflict classes, and the span scores on the 922 of them the training span file
  holds, a dev set for actors and recipients (rules may be written from it; not run unless named).
- case: CASE 2021 task 2 mapped to PLOVER with the folder's label map (odd ids: the dev half the
  coder's rules were tuned on; even ids held out): weighted F1 and accuracy
  on the seen ACLED types that map to an event (OTHER has no mapping), event+mode accuracy, the
  share of disaster/crime snippets we code (should be none), DIPLO (any listed type) and ATTRIB.
- india: IndiaPoliceEvents, see bench/events_india.py.  ours: our labelled set, events_ours.py.
- speed: sentences/s of each system on the GSR sentences, and articles/s of eventwire on
  IndiaPoliceEvents documents of 500–700 words (code_text, and extract+enrich+code from bytes),
  per CPU second of this one-threaded process (the per-core figure on a shared machine); the
  wall-clock rate and the load average are saved beside it.
Results: printed, and saved to bench/out/events-<date>.json.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # "per core" figures: keep numeric libraries on one thread

import argparse  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import events_data as data  # noqa: E402
from events_metrics import NONE, accuracy, macro_f1, prf, ratio, span_counts, weighted_f1  # noqa: E402
from events_systems import CODER_ERRORS, SYSTEMS, Party, Pred, System, top  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
Row = tuple[str, str, str, dict[str, Any], int]  # benchmark, metric, target, value by system, n


def code_all(system: System, items: list[dict[str, Any]]) -> tuple[list[list[Pred]], float]:
    """Every item coded by one system, and the items per CPU second it took.

    CPU time of this single-threaded process, not wall clock: the machine is shared, and CPU
    seconds are what "per core" means however busy the other cores are.
    """
    start = time.process_time()
    preds = [system(item["text"], item.get("published")) for item in items]
    elapsed = time.process_time() - start
    return preds, (len(items) / elapsed if elapsed else float("inf"))


def warm_up() -> None:
    """Load models before any timing, so that no benchmark pays for imports."""
    for system in SYSTEMS.values():
        system("Police arrested three protesters in Paris on Monday.", "2020-01-01")


def codes(parties: list[Party]) -> list[str | None]:
    return [p.code for p in parties]


def country_hit(gold: list[str | None], parties: list[Party] | None) -> bool:
    return bool(parties) and bool(data.families(gold) & data.families(codes(parties)))  # type: ignore[arg-type]


# --- PLOVER GSR ---------------------------------------------------------------------------------

def gsr_scores(records: list[dict[str, Any]], preds: list[list[Pred]]) -> dict[str, Any]:
    tops = [top(p, plover_only=True) for p in preds]
    gold = [r["event"] for r in records]
    guess = [t.event if t else NONE for t in tops]
    with_actor = [(r, t) for r, t in zip(records, tops) if data.families(r["actors"])]
    with_recip = [(r, t) for r, t in zip(records, tops) if data.families(r["recipients"])]
    return {
        "n": len(records), "type_acc": accuracy(gold, guess),
        "quad_acc": accuracy([data.PLOVER_QUAD[g] for g in gold], [data.PLOVER_QUAD.get(p) for p in guess]),
        "macro_f1": macro_f1(gold, guess), "coverage": ratio(sum(t is not None for t in tops), len(tops)),
        "actor_acc": ratio(sum(country_hit(r["actors"], t.actors if t else None) for r, t in with_actor), len(with_actor)),
        "recipient_acc": ratio(sum(country_hit(r["recipients"], t.recipients if t else None) for r, t in with_recip),
                               len(with_recip)),
        "n_actor": len(with_actor), "n_recipient": len(with_recip),
    }


def bench_gsr(limit: int, dev_only: bool) -> tuple[dict[str, Any], list[Row], dict[str, float]]:
    records = data.load_gsr()
    if dev_only:
        records = [r for r in records if r["split"] == "dev"]
    records = records[:limit] if limit else records
    result: dict[str, Any] = {}
    speed: dict[str, float] = {"n": len(records)}
    for name, system in SYSTEMS.items():
        preds, speed[name] = code_all(system, records)
        result[name] = {split: gsr_scores([r for r in records if split in ("all", r["split"])],
                                          [p for r, p in zip(records, preds) if split in ("all", r["split"])])
                        for split in (("dev",) if dev_only else ("dev", "heldout", "all"))}
    rows: list[Row] = []
    targets = {"type_acc": "≥0.70", "quad_acc": "≥0.85"}
    for split in result["floor"]:
        for metric in ("type_acc", "quad_acc", "macro_f1", "actor_acc", "recipient_acc", "coverage"):
            rows.append((f"gsr:{split}", metric, targets.get(metric, ""),
                         {s: result[s][split][metric] for s in SYSTEMS}, result["floor"][split]["n"]))
    return result, rows, speed


# --- PETRARCH-2 GSR validation --------------------------------------------------------------------

def petr_scores(records: list[dict[str, Any]], preds: list[list[Pred]]) -> dict[str, Any]:
    eventful = [(r, top(p)) for r, p in zip(records, preds) if not r["noevents"]]
    codable = [(r, t) for r, t in eventful if any(int(e["code"][:2]) >= 3 for e in r["expected"])]

    def root_hit(r: dict[str, Any], t: Pred | None) -> bool:
        return t is not None and t.root in {e["code"][:2] for e in r["expected"]}

    def side(key: str, attr: str) -> tuple[float | None, int]:
        scored = [(r, t) for r, t in eventful if data.families([e[key] for e in r["expected"]])]
        hits = sum(country_hit([e[key] for e in r["expected"]], getattr(t, attr) if t else None) for r, t in scored)
        return ratio(hits, len(scored)), len(scored)

    quiet = [p for r, p in zip(records, preds) if r["noevents"]]
    (src, n_src), (tgt, n_tgt) = side("source", "actors"), side("target", "recipients")
    return {
        "n_eventful": len(eventful), "root_acc": ratio(sum(root_hit(r, t) for r, t in eventful), len(eventful)),
        "root_acc_plover": ratio(sum(root_hit(r, t) for r, t in codable), len(codable)), "n_plover": len(codable),
        "code_acc": ratio(sum(t is not None and t.cameo in {e["code"] for e in r["expected"]} for r, t in eventful),
                          len(eventful)),
        "source_acc": src, "n_source": n_src, "target_acc": tgt, "n_target": n_tgt,
        "coverage": ratio(sum(t is not None for _, t in eventful), len(eventful)),
        "noevent_coded": sum(bool(p) for p in quiet), "n_noevent": len(quiet),
    }


def bench_petr(limit: int) -> tuple[dict[str, Any], list[Row]]:
    records = data.load_petr()
    records = records[:limit] if limit else records
    result = {name: petr_scores(records, code_all(system, records)[0]) for name, system in SYSTEMS.items()}
    f = result["floor"]
    rows: list[Row] = [("petr", m, "≥0.70" if m == "root_acc" else "", {s: result[s][m] for s in SYSTEMS}, n)
                       for m, n in (("root_acc", f["n_eventful"]), ("root_acc_plover", f["n_plover"]),
                                    ("code_acc", f["n_eventful"]), ("source_acc", f["n_source"]),
                                    ("target_acc", f["n_target"]), ("coverage", f["n_eventful"]))]
    rows.append(("petr", "no-event sentences coded (count)", "0", {s: result[s]["noevent_coded"] for s in SYSTEMS},
                 f["n_noevent"]))
    return result, rows


# --- ConfliBERT CAMEO test ---------------------------------------------------------------------

def token_span(record: dict[str, Any], party: Party) -> tuple[int, int] | None:
    """Token span of a party: its offsets when the system gives them, else the first mention."""
    start, end = party.start, party.end
    if start is None or end is None:
        text = record["text"]
        i = text.find(party.text) if party.text else -1
        i = text.lower().find(party.text.lower()) if i < 0 and party.text else i
        if i < 0:
            return None
        start, end = i, i + len(party.text)
    toks = [k for k, (a, b) in enumerate(record["offsets"]) if a < end and start < b]
    return (toks[0], toks[-1] + 1) if toks else None


def conflibert_scores(records: list[dict[str, Any]], preds: list[list[Pred]]) -> dict[str, Any]:
    tops = [top(p) for p in preds]
    guess = [data.penta(t.root) if t else 0 for t in tops]
    gold = [r["label"] for r in records]
    out: dict[str, Any] = {"n": len(records), "penta_macro_f1": macro_f1(gold, guess), "penta_acc": accuracy(gold, guess),
                           "coverage": ratio(sum(t is not None for t in tops), len(tops))}
    for overlap in (False, True):
        pooled = [0, 0, 0]
        for role, attr in (("S", "actors"), ("T", "recipients")):
            counts = [0, 0, 0]
            for r, t in zip(records, tops):
                if not r["tokens"]:
                    continue  # a training sentence the span file does not hold
                spans = [s for s in (token_span(r, p) for p in (getattr(t, attr) if t else [])) if s]
                for k, v in enumerate(span_counts(r[role], sorted(set(spans)), overlap=overlap)):
                    counts[k] += v
                    pooled[k] += v
            out[f"{role}_span_{'overlap' if overlap else 'exact'}"] = prf(*counts)
        out[f"ST_span_{'overlap' if overlap else 'exact'}"] = prf(*pooled)
    return out


def bench_conflibert(limit: int, split: str = "test") -> tuple[dict[str, Any], list[Row]]:
    records = data.load_conflibert(split)
    records = records[:limit] if limit else records
    result = {name: conflibert_scores(records, code_all(system, records)[0]) for name, system in SYSTEMS.items()}
    n = result["floor"]["n"]
    label = "conflibert" if split == "test" else "cbert:dev"
    rows: list[Row] = [(label, "penta_macro_f1", "≥0.70", {s: result[s]["penta_macro_f1"] for s in SYSTEMS}, n),
                       (label, "penta_acc", "", {s: result[s]["penta_acc"] for s in SYSTEMS}, n),
                       (label, "coverage", "", {s: result[s]["coverage"] for s in SYSTEMS}, n)]
    n = sum(bool(r["tokens"]) for r in records)  # the training sentences with spans (922 of 1,349)
    for key in ("S_span_exact", "T_span_exact", "S_span_overlap", "T_span_overlap"):
        rows.append((label, f"{key} F1", "", {s: result[s][key]["f1"] for s in SYSTEMS}, n))
    return result, rows


# --- CASE 2021 task 2 -----------------------------------------------------------------------------

UNSEEN_NO_EVENT = {"ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER"}


def case_scores(records: list[dict[str, Any]], preds: list[list[Pred]], label_map: dict[str, dict[str, str]]
                ) -> dict[str, Any]:
    tops = [top(p, plover_only=True) for p in preds]
    guess = [t.event if t else NONE for t in tops]

    def mapped(label: str) -> str:
        return (label_map.get(label, {}).get("plover_event") or "").strip()

    seen = [(r, g, t) for r, g, t in zip(records, guess, tops)
            if label_map.get(r["label"], {}).get("origin") == "ACLED" and mapped(r["label"])]
    gold_seen, guess_seen = [mapped(r["label"]) for r, _, _ in seen], [g for _, g, _ in seen]
    with_mode = [(r, t) for r, _, t in seen if label_map[r["label"]]["plover_mode"].strip()]
    mode_hits = sum(t is not None and t.event == mapped(r["label"])
                    and (t.mode or "") in label_map[r["label"]]["plover_mode"].split("|") for r, t in with_mode)
    noise = [g for r, g in zip(records, guess) if r["label"] in UNSEEN_NO_EVENT]
    diplo = [(r, g) for r, g in zip(records, guess) if r["label"] == "DIPLO"]
    attrib = [g for r, g in zip(records, guess) if r["label"] == "ATTRIB"]
    return {
        "n_seen": len(seen), "weighted_f1_seen": weighted_f1(gold_seen, guess_seen),
        "macro_f1_seen": macro_f1(gold_seen, guess_seen), "acc_seen": accuracy(gold_seen, guess_seen),
        "event_mode_acc": ratio(mode_hits, len(with_mode)), "n_mode": len(with_mode),
        "coverage_seen": ratio(sum(g != NONE for g in guess_seen), len(guess_seen)),
        "disaster_crime_coded": ratio(sum(g != NONE for g in noise), len(noise)), "n_disaster_crime": len(noise),
        "diplo_acc": ratio(sum(g in mapped("DIPLO").split("|") for _, g in diplo), len(diplo)), "n_diplo": len(diplo),
        "attrib_acc": ratio(sum(g == "ACCUSE" for g in attrib), len(attrib)), "n_attrib": len(attrib),
    }


def bench_case(limit: int) -> tuple[dict[str, Any], list[Row]]:
    """CASE 2021 task 2; snippets with an odd id are the dev half the coder's rules were tuned on
    (from 2026-11-25), even ids are held out: figures for dev, held-out and all."""
    records, label_map = data.load_case()
    records = records[:limit] if limit else records
    preds = {name: code_all(system, records)[0] for name, system in SYSTEMS.items()}
    result: dict[str, Any] = {}
    rows: list[Row] = []
    for part, keep in (("dev", lambda r: int(r["id"]) % 2 == 1), ("heldout", lambda r: int(r["id"]) % 2 == 0),
                       ("all", lambda r: True)):
        index = [i for i, r in enumerate(records) if keep(r)]
        chosen = [records[i] for i in index]
        scores = {name: case_scores(chosen, [preds[name][i] for i in index], label_map) for name in SYSTEMS}
        result[part] = scores
        f = scores["floor"]
        rows += [(f"case:{part}", m, "≥0.70" if m == "weighted_f1_seen" else "", {s: scores[s][m] for s in SYSTEMS}, n)
                 for m, n in (("weighted_f1_seen", f["n_seen"]), ("acc_seen", f["n_seen"]),
                              ("event_mode_acc", f["n_mode"]), ("coverage_seen", f["n_seen"]),
                              ("disaster_crime_coded", f["n_disaster_crime"]), ("diplo_acc", f["n_diplo"]),
                              ("attrib_acc", f["n_attrib"]))
                 if part == "all" or m in {"weighted_f1_seen", "acc_seen"}]
    return result, rows


# --- the run ---------------------------------------------------------------------------------------

def fmt(value: Any) -> str:
    if value is None:
        return "-"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def print_table(rows: list[Row]) -> None:
    names = list(SYSTEMS)
    print(f"\n{'benchmark':<13} {'metric':<34} {'target':<7} " + " ".join(f"{n:>9}" for n in names) + "      n")
    for bench, metric, target, values, n in rows:
        print(f"{bench:<13} {metric:<34} {target:<7} " + " ".join(f"{fmt(values.get(s)):>9}" for s in names) + f" {n:>6}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", default="gsr,petr,conflibert,case,india,ours,speed",
                        help="comma-separated subset of gsr,petr,conflibert,case,india,ours,speed; "
                             "conflibert_dev (the ConfliBERT training sentences, a dev set) runs only when named")
    parser.add_argument("--limit", type=int, default=0, help="first N items of each benchmark (0: all)")
    parser.add_argument("--dev", action="store_true", help="PLOVER GSR dev half only, nothing else")
    args = parser.parse_args()
    wanted = ["gsr"] if args.dev else args.only.split(",")
    import events_india  # noqa: PLC0415 - these pull in more data; load them only when asked
    import events_ours  # noqa: PLC0415

    results: dict[str, Any] = {"date": date.today().isoformat(), "only": wanted, "limit": args.limit,
                               "machine": f"{platform.node()} {platform.machine()} Python {platform.python_version()}",
                               "load_avg": os.getloadavg()}
    rows: list[Row] = []
    warm_up()
    speed: dict[str, float] = {}
    steps = {"gsr": lambda: bench_gsr(args.limit, args.dev), "petr": lambda: bench_petr(args.limit),
             "conflibert": lambda: bench_conflibert(args.limit),
             "conflibert_dev": lambda: bench_conflibert(args.limit, "train"), "case": lambda: bench_case(args.limit),
             "india": lambda: events_india.bench_india(args.limit), "ours": lambda: events_ours.bench_ours(args.limit),
             "speed": lambda: events_india.bench_speed(args.limit, speed)}
    for name, step in steps.items():
        if name not in wanted:
            continue
        start = time.perf_counter()
        out = step()
        results[name], new_rows = out[0], out[1]
        if name == "gsr":
            speed.update(out[2])  # type: ignore[misc]
        rows += new_rows
        print(f"{name}: done in {time.perf_counter() - start:.0f} s", flush=True)
    print_table(rows)
    results["coder_errors"] = {"count": len(CODER_ERRORS), "first": CODER_ERRORS[:20]}
    if CODER_ERRORS:
        print(f"\neventwire raised on {len(CODER_ERRORS)} texts (counted as no event); first: {CODER_ERRORS[0]}")
    OUT.mkdir(exist_ok=True)
    suffix = "-dev" if args.dev else ("" if args.only == parser.get_default("only") and not args.limit else "-partial")
    path = OUT / f"events-{results['date']}{suffix}.json"
    path.write_text(json.dumps(results, indent=1, default=str))
    print(f"results: {path}")


if __name__ == "__main__":
    main()
