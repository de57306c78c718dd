"""The Qt window and the browser draw the same scene in the same colours (issue 20).

One shared run of a still scene (tests/cross_render.py: five thick segments, each one colour of
viridis), shot by ``scenewire view --screenshot`` (the Qt window under Xvfb) and by ``scenewire view
--browser --screenshot`` (headless Chromium). Each segment's colour, as Python's colour map gives
it (§8.13), must cover a segment-sized patch of both pictures: the two renderers agree on the
colour map, the limits and the lit face of a cylinder.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from scenewire.scene.colormaps import map_values

from .cross_render import COLORMAP, LIMITS, VALUES
from .web_harness import missing_tools, served

pytest.importorskip("playwright", reason="the browser extra (scripts/setup.sh installs it)")
ROOT = Path(__file__).resolve().parent.parent
TOLERANCE = 14  # per channel, of 255: shading differs a little at a cylinder's lit centre line


def rgb(png: Path) -> np.ndarray:
    from PyQt6.QtGui import QImage

    image = QImage(str(png)).convertToFormat(QImage.Format.Format_RGB888)
    assert not image.isNull(), f"{png} is no PNG"
    ptr = image.constBits()
    ptr.setsize(image.sizeInBytes())
    rows = np.frombuffer(ptr, np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, : image.width() * 3].reshape(image.height(), image.width(), 3).astype(np.int16)


def patch_of(image: np.ndarray, colour: np.ndarray) -> int:
    """How many pixels are within TOLERANCE of ``colour`` in every channel."""
    return int((np.abs(image - colour).max(axis=2) <= TOLERANCE).sum())


@pytest.mark.timeout(300)
def test_the_window_and_the_browser_draw_each_segment_in_the_colour_maps_colour(tmp_path: Path) -> None:
    if (why := missing_tools()) is not None:
        pytest.fail(why)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with served("tests.cross_render:FiveColours", "--shared", "--start-now") as server:
        ws = server.page_url.replace("http://", "ws://").split("#")[0]
        shots = {"qt": tmp_path / "qt.png", "browser": tmp_path / "browser.png"}
        for name, extra in (("qt", []), ("browser", ["--browser"])):
            command = [sys.executable, "-m", "scenewire.cli", "view", ws, "--observe", *extra,
                       "--screenshot", str(shots[name]), "--after-seconds", "2"]
            if name == "qt" and not os.environ.get("DISPLAY"):
                command = ["xvfb-run", "-a", "-s", "-screen 0 1600x1200x24 +extension GLX", *command]
            done = subprocess.run(command, capture_output=True, text=True, timeout=180, cwd=ROOT, env=env)
            assert done.returncode == 0, done.stdout + done.stderr
    expected = (map_values(VALUES, COLORMAP, LIMITS)[:, :3] * 255).round().astype(np.int16)
    pictures = {name: rgb(path) for name, path in shots.items()}
    for value, colour in zip(VALUES, expected, strict=True):
        for name, image in pictures.items():
            area = patch_of(image, colour)
            # a segment covers tens of thousands of pixels in either; its lit middle is several thousand
            assert area > 2000, f"{name}: {value} mV should be {colour.tolist()}; only {area} pixels are"
