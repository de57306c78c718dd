"""The colour bar's labels on a high-DPI screen: twice the device pixels at twice the scale, never cut off."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from .conftest import _stop, start_xvfb

ROOT = Path(__file__).resolve().parents[2]


def probe(display: str, scale: str, out: Path) -> dict[str, float]:
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "QT_SCALE_FACTOR": scale}
    done = subprocess.run(
        [sys.executable, "-m", "tests.frontend.colorbar_probe", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=180,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_labels_follow_the_device_pixel_ratio_on_a_192_dpi_screen(x_display: str, tmp_path: Path) -> None:
    folder = Path(os.environ.get("SCENEWIRE_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    plain = probe(x_display, "1", folder / "colorbar_scale1.png")
    # a high-DPI screen: the X server says 192 dpi (VisPy reads that) and Qt scales by 2
    proc, dense_display = start_xvfb("-dpi", "192")
    try:
        dense = probe(dense_display, "2", folder / "colorbar_scale2_dpi192.png")
    finally:
        _stop(proc)
    assert plain["dpr"] == 1.0 and dense["dpr"] == 2.0
    for key in ("height", "width"):
        assert 1.8 <= dense[key] / plain[key] <= 2.2, (key, plain, dense)
    assert plain["room_right"] > 0 and dense["room_right"] > 0  # the label ends inside the canvas
