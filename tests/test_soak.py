"""A short soak (bench/soak.py): a 60 Hz session over a real server; nothing lost or reordered, memory flat."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT


def test_a_short_soak_loses_nothing_and_memory_stays_flat() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "soak.py"), "--seconds", "60", "--warmup", "6", "--json"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    figures = json.loads(done.stdout.splitlines()[-1])
    assert figures["ticks"] > 0 and figures["lost"] == 0 and figures["reordered"] == 0
    assert figures["keys_back"] == figures["keys_sent"] > 0
    assert figures["rss_growth_mib"] <= 32.0  # the script's own bound; a leak at 60 Hz would pass it in minutes
