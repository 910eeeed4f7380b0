"""The server gives freed memory back on glibc: arenas capped, malloc_trim called on a timer."""

from __future__ import annotations

import time

import pytest

from eventwire.serve.memory import MemoryKeeper


def test_the_keeper_trims_on_its_timer_and_stops() -> None:
    keeper = MemoryKeeper(every=0.05)
    if not keeper.available:
        pytest.skip("not glibc: malloc_trim does not exist here")
    keeper.start()
    deadline = time.monotonic() + 10
    while keeper.trims < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    keeper.stop()
    assert keeper.trims >= 3 and keeper.state() == {"trim_every_s": 0.05, "trims": keeper.trims, "arenas": 2}
    time.sleep(0.2)
    stopped_at = keeper.trims
    time.sleep(0.2)
    assert keeper.trims == stopped_at


def test_off_means_no_thread_and_no_trims() -> None:
    keeper = MemoryKeeper(every=0)
    keeper.start()
    time.sleep(0.1)
    assert keeper.trims == 0 and keeper._thread is None and keeper.state()["arenas"] is None
