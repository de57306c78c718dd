"""``scenewire view`` presents a server's token (§2.9) from ``--token`` or ``$SCENEWIRE_TOKEN``."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PyQt6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "s3cret-token"


@pytest.fixture
def server() -> Iterator[str]:
    """``scenewire serve`` of the echo session requiring TOKEN; its URL without the token."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "scenewire.cli", "serve", "scenewire.demos.echo:EchoSession", "--port", "0",
         f"--token={TOKEN}", "--isolation", "thread"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    assert proc.stdout is not None
    url = None
    for line in proc.stdout:
        match = re.search(r"on (ws://[^\s/]+)", line)
        if match:
            url = match.group(1)
            break
    assert url, "no serving line from scenewire serve"
    yield url
    proc.kill()
    proc.wait(10)


def view(url: str, png: Path, *args: str, env: dict[str, str] | None = None) -> QImage:
    """Run ``scenewire view URL --screenshot`` in its own process and read the picture it wrote."""
    done = subprocess.run(
        [sys.executable, "-m", "scenewire.cli", "view", url, *args, "--screenshot", str(png), "--after-seconds", "1.5"],
        cwd=ROOT, env={**os.environ, **(env or {})}, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0 and png.is_file(), done.stdout + done.stderr
    image = QImage(str(png))
    assert not image.isNull(), png
    return image


def shows_the_scene(image: QImage) -> bool:
    """The echo scene's line plot paints a white plot area where a refused window shows its grey notice."""
    x, y = image.width() // 4, image.height() // 2
    return all(
        image.pixelColor(x + dx, y + dy).getRgb()[:3] == (255, 255, 255) for dx in (-15, 0, 15) for dy in (-15, 0, 15)
    )


@pytest.mark.usefixtures("x_display")
def test_the_window_presents_the_token_from_the_flag_or_the_environment(server: str, tmp_path: Path) -> None:
    refused = view(server, tmp_path / "refused.png", env={"SCENEWIRE_TOKEN": ""})
    assert not shows_the_scene(refused)
    assert shows_the_scene(view(server, tmp_path / "flag.png", f"--token={TOKEN}"))
    assert shows_the_scene(view(server, tmp_path / "env.png", env={"SCENEWIRE_TOKEN": TOKEN}))
