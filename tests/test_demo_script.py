"""The README's main command: scripts/demo.sh with no display writes a screenshot of the firing neuron."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

pytest.importorskip("PyQt6", reason="the window needs the frontend extra (scripts/setup.sh installs it)")


def test_demo_sh_serves_the_neuron_and_screenshots_the_window_headless(tmp_path: Path) -> None:
    from PyQt6.QtGui import QImage

    # no SCREENSHOT: the default place, which the README names, in a git-ignored folder (not the checkout's root)
    shot = ROOT / ".cache" / "scenewire-demo.png"
    shot.unlink(missing_ok=True)
    in_root_before = (ROOT / "scenewire-demo.png").exists()
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "SCREENSHOT")}
    env.update(DEMO_SECONDS="8", SCENEWIRE_BIN=str(Path(sys.executable).parent))
    result = subprocess.run(
        ["bash", str(ROOT / "scripts" / "demo.sh")], env=env, capture_output=True, text=True, timeout=300
    )
    out = result.stdout + result.stderr
    assert result.returncode == 0, out
    assert "demo: no display; running the window under Xvfb" in out
    assert f"demo: the window's screenshot is at {shot}" in out
    assert (ROOT / "scenewire-demo.png").exists() == in_root_before
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert "demo: the window's screenshot is at .../.cache/scenewire-demo.png" in readme
    ignored = subprocess.run(["git", "check-ignore", "-q", str(shot)], cwd=ROOT, check=False)
    assert ignored.returncode == 0, f"{shot} is not git-ignored"
    assert "demo: server exited with status 0" in out
    image = QImage(str(shot))
    assert not image.isNull() and image.width() > 400
    # the cell panel (left half) shows the morphology: coloured pixels on the dark canvas
    coloured = 0
    for x in range(20, image.width() // 2, 3):
        for y in range(40, image.height() - 40, 3):
            c = image.pixelColor(x, y)
            r, g, b = c.red(), c.green(), c.blue()
            if max(r, g, b) > 90 and max(r, g, b) - min(r, g, b) > 40:
                coloured += 1
    assert coloured > 100, f"only {coloured} coloured pixels: is the cell drawn?"
