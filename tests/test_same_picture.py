"""The Qt window and the browser draw the same scene in the same colours (issue 20).

One shared run of a still scene (tests/cross_render.py: five thick segments, each one colour of
viridis), shot by ``scenewire view --screenshot`` (the Qt window under Xvfb) and by ``scenewire view
--browser --screenshot`` (headless Chromium). Each segment's colour, as Python's colour map gives
it (§8.13), must cover a segment-sized patch of both pictures: the two renderers agree on the
colour map, the limits and the lit face of a cylinder.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from scenewire.scene.colormaps import map_values

from .cross_render import COLORMAP, LIMITS, VALUES
from .web_harness import missing_tools, need_module, served

need_module("playwright", "browser")
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


def run_in_own_group(command: list[str], env: dict[str, str], timeout: float = 180.0) -> tuple[int, str]:
    """Run ``command`` in a process group of its own; past ``timeout`` the whole group is killed
    (xvfb-run's children too, which a plain timeout would leave running)."""
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True
    )
    try:
        out, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        out, _ = process.communicate()
        raise AssertionError(f"{command[-6:]} took over {timeout:g} s:\n{out}") from None
    return process.returncode, out


def patch_of(image: np.ndarray, colour: np.ndarray) -> tuple[int, float]:
    """The largest patch of pixels within TOLERANCE of ``colour`` in every channel: its size, its box's height / width.

    The largest, so the colour bar's end of the same colour is not counted with the segment.
    """
    from scipy import ndimage

    labels, count = ndimage.label(np.abs(image - colour).max(axis=2) <= TOLERANCE)
    if count == 0:
        return 0, 0.0
    biggest = int(np.argmax(np.bincount(labels.ravel())[1:])) + 1
    ys, xs = np.nonzero(labels == biggest)
    return len(ys), float(np.ptp(ys) + 1) / float(np.ptp(xs) + 1)


@pytest.mark.timeout(300)
@pytest.mark.parametrize(
    ("session", "tall"),
    [
        ("FiveColours", True),  # from the side (§8.14 rule 2): each segment a 60 x 28 µm upright rectangle
        ("FiveColoursFromAbove", False),  # the session's camera (rule 6) down the axes: a disc each
    ],
)
def test_the_window_and_the_browser_draw_each_segment_in_the_colour_maps_colour(
    tmp_path: Path, session: str, tall: bool
) -> None:
    if (why := missing_tools()) is not None:
        pytest.fail(why)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with served(f"tests.cross_render:{session}", "--shared", "--start-now") as server:
        ws = server.page_url.replace("http://", "ws://").split("#")[0]
        shots = {"qt": tmp_path / "qt.png", "browser": tmp_path / "browser.png"}
        for name, extra in (("qt", []), ("browser", ["--browser"])):
            command = [sys.executable, "-m", "scenewire.cli", "view", ws, "--observe", *extra,
                       "--screenshot", str(shots[name]), "--after-seconds", "2"]
            if name == "qt" and not os.environ.get("DISPLAY"):
                command = ["xvfb-run", "-a", "-s", "-screen 0 1600x1200x24 +extension GLX", *command]
            code, out = run_in_own_group(command, env)
            assert code == 0, out
    expected = (map_values(VALUES, COLORMAP, LIMITS)[:, :3] * 255).round().astype(np.int16)
    pictures = {name: rgb(path) for name, path in shots.items()}
    for value, colour in zip(VALUES, expected, strict=True):
        for name, image in pictures.items():
            area, aspect = patch_of(image, colour)
            # a segment covers thousands of pixels in either; its lit middle (or end face) most of them
            assert area > 2000, f"{name}: {value} mV should be {colour.tolist()}; only {area} pixels are"
            shaped = (aspect > 1.5) if tall else (0.6 < aspect < 1.5)
            assert shaped, f"{name}: the {value} mV patch is {aspect:.2f} times as tall as wide"
