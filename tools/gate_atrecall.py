"""Compare no-event gate variants out of fold: AUC and precision at equal recall per judged domain.

    .venv/bin/python tools/gate_atrecall.py base=b0.npz,b1.npz,b2.npz embed=e0.npz,e1.npz,e2.npz ...

Each argument is a variant's name and its ``tools/train_gate.py --dump`` files, one per fold seed (in the same
seed order for every variant). The first variant is the baseline: every other one is printed with its
difference from it per seed and on average over the seeds, at recall 0.95 / 0.90 / 0.80 / 0.70 / 0.60 of each
domain's right candidates (Gujarat, older web dev, retired web), so that a variant that only moves the
threshold does not look better.
"""

from __future__ import annotations

import sys

import numpy as np
from sklearn.metrics import roc_auc_score

LEVELS = (0.95, 0.9, 0.8, 0.7, 0.6)
DOMAINS = ("india", "web-dev", "web-retired")


def at_recall(path: str) -> dict[str, list[float]]:
    """Per domain: AUC, then precision at each of ``LEVELS`` of recall (the first cut reaching it)."""
    dump = np.load(path, allow_pickle=True)
    oof, labels, hand, domains = dump["oof"], dump["labels"], dump["hand"], dump["domains"]
    found = {}
    for part in DOMAINS:
        here = hand & (domains == part)
        scores, truth = oof[here], labels[here]
        order = np.argsort(-scores, kind="stable")
        hits = np.cumsum(truth[order])
        recall, precision = hits / truth.sum(), hits / np.arange(1, len(truth) + 1)
        found[part] = [roc_auc_score(truth, scores)] + [float(precision[np.searchsorted(recall, r)]) for r in LEVELS]
    return found


def line(values: dict[str, list[float]], signed: bool = False) -> str:
    fmt = "{:+.3f}" if signed else "{:.3f}"
    return " | ".join(f"{part} auc {fmt.format(v[0])} P@R " + " ".join(fmt.format(x) for x in v[1:])
                      for part, v in values.items())


def main() -> None:
    variants = []
    for arg in sys.argv[1:]:
        name, _, files = arg.partition("=")
        variants.append((name, [at_recall(f) for f in files.split(",")]))
    base_name, base = variants[0]
    print(f"recall levels {LEVELS}; baseline {base_name}")
    for name, runs in variants:
        for seed, run in enumerate(runs):
            print(f"{name:18s} seed#{seed} {line(run)}")
        if name == base_name:
            continue
        deltas = [{p: [a - b for a, b in zip(run[p], ref[p])] for p in DOMAINS} for run, ref in zip(runs, base)]
        for seed, delta in enumerate(deltas):
            print(f"{'  delta':18s} seed#{seed} {line(delta, True)}")
        mean = {p: [float(np.mean([d[p][i] for d in deltas])) for i in range(1 + len(LEVELS))] for p in DOMAINS}
        print(f"{'  mean delta':18s}       {line(mean, True)}")


if __name__ == "__main__":
    main()
