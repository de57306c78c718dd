"""A short bench/bench_scrub.py: the window shows each past tick it is asked for, and its history keeps to the budget.

Behaviour only (no timing is checked): 2 000 segments, 12 s of a 30 ticks/s run, a 2 MiB budget.
"""

from __future__ import annotations

import importlib.util
from types import ModuleType
from typing import Any

from tests.conftest import ROOT


def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_scrub", ROOT / "bench" / "bench_scrub.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_short_scrub_bench_shows_the_ticks_asked_for_within_the_budget(qapp: Any) -> None:
    result = bench().run(segments=2_000, minutes=0.2, rate=30.0, budget_mib=2.0, seeks=4)
    assert result["wrong"] == 0  # every jump, drag and Live drew the voltage of the tick asked for
    assert all(len(times) == 4 for times in result["rows"].values())
    assert result["peak"] <= result["budget"] and result["nbytes"] > result["budget"] // 2
    assert result["dropped"] > 0 and result["first"] > 1  # the oldest ticks went
    assert 0 < result["held"] < result["ticks"]
