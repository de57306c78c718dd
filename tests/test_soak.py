"""A short soak (bench/soak.py): a 60 Hz session over a real server; nothing lost or reordered, memory flat.

The 60 s run carries the ``soak`` marker: ``bash scripts/test.sh`` (CI) runs it,
``bash scripts/test.sh -m "not soak"`` leaves it out on a developer's machine.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from types import ModuleType

import pytest

from tests.conftest import ROOT

SOAK = ROOT / "bench" / "soak.py"


def soak_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_soak", SOAK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.soak
def test_a_short_soak_loses_nothing_and_memory_stays_flat() -> None:
    done = subprocess.run(
        [sys.executable, str(SOAK), "--seconds", "60", "--warmup", "6", "--json"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    figures = json.loads(done.stdout.splitlines()[-1])
    assert figures["ticks"] > 0 and figures["lost"] == 0 and figures["reordered"] == 0
    assert figures["keys_back"] == figures["keys_sent"] > 0
    assert figures["rss_baseline_mib"] is not None
    assert figures["rss_growth_mib"] <= 32.0  # the script's own bound; a leak at 60 Hz would pass it in minutes


def test_a_warmup_as_long_as_the_run_is_refused_before_serving() -> None:
    done = subprocess.run(
        [sys.executable, str(SOAK), "--seconds", "2", "--warmup", "2"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2
    assert "--warmup 2 must be shorter than --seconds 2" in done.stderr


def test_a_soak_without_a_baseline_reports_no_growth_figure_and_fails() -> None:
    """Once, a run with no sample after the warm-up reported a growth of 0 MiB and passed."""
    figures = {
        "seconds": 3.0, "ticks": 180, "rate_hz": 60.0, "lost": 0, "reordered": 0, "keys_sent": 6, "keys_back": 6,
        "rss_baseline_mib": None, "rss_peak_mib": 80.0, "rss_end_mib": 80.0, "rss_growth_mib": None,
    }  # fmt: skip
    lines, failed = soak_module().report(figures, 32.0)
    assert failed
    assert "no baseline" in lines[2] and "0 MiB" not in lines[2].split("|")[-2]
    assert "growth is unknown" in lines[-1]
    measured = {**figures, "rss_baseline_mib": 70.0, "rss_growth_mib": 10.0}
    lines, failed = soak_module().report(measured, 32.0)
    assert not failed and "| 10.0 MiB |" in lines[2]
