"""The dev sets' write and check parts (tools/dev_precision.py --part): every article in exactly one part, the
parts cutting across the precision articles' dev and held halves. Made-up ids; no article text."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "bench"))

import dev_precision  # noqa: E402
import precision  # noqa: E402


def test_parts_split_the_articles_and_cut_across_the_halves() -> None:
    ids = [f"india:{n}" for n in range(400)]
    parts = Counter(dev_precision.part_of(i) for i in ids)
    assert set(parts) == {"write", "check"} and min(parts.values()) > 150
    crossed = Counter((precision.half(i), dev_precision.part_of(i)) for i in ids)
    assert len(crossed) == 4 and min(crossed.values()) > 60  # the part is not the half under another name


def test_a_part_is_stable() -> None:
    assert all(dev_precision.part_of(f"traf:page{n:04d}") == dev_precision.part_of(f"traf:page{n:04d}")
               for n in range(50))
