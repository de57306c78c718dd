"""``scenewire view TARGET --browser``: the page URL it opens, and its headless screenshot in real Chromium."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from scenewire.browser_view import page_url

from .web_harness import missing_tools, need_module, served

need_module("playwright", "browser")


@pytest.mark.parametrize(
    ("ws", "token", "page"),
    [
        ("ws://127.0.0.1:8765", None, "http://127.0.0.1:8765/"),
        ("ws://127.0.0.1:8765/?token=a%2Fb", None, "http://127.0.0.1:8765/#token=a%2Fb"),
        ("wss://host.example:443/", "t k", "https://host.example:443/#token=t%20k"),
        ("ws://[::1]:9000/?x=1&token=z", None, "http://[::1]:9000/?x=1#token=z"),
    ],
)
def test_the_page_url_carries_the_token_in_its_fragment_only(ws: str, token: str | None, page: str) -> None:
    assert page_url(ws, token) == page


def test_a_url_that_is_no_server_address_is_refused() -> None:
    with pytest.raises(ValueError, match="not a server address"):
        page_url("ftp://x")


def view(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scenewire.cli", "view", *args], capture_output=True, text=True, timeout=180
    )


def ink(png: Path) -> int:
    """How many pixels of the screenshot are not the page's white background."""
    from PyQt6.QtGui import QImage

    image = QImage(str(png)).convertToFormat(QImage.Format.Format_RGB888)
    assert not image.isNull(), f"{png} is no PNG"
    ptr = image.constBits()
    ptr.setsize(image.sizeInBytes())
    rows = np.frombuffer(ptr, np.uint8).reshape(image.height(), image.bytesPerLine())
    pixels = rows[:, : image.width() * 3].reshape(image.height(), image.width(), 3).astype(np.int16)
    return int((np.abs(pixels - 255).sum(axis=2) > 60).sum())


@pytest.mark.timeout(300)
def test_screenshots_of_a_served_run_and_of_a_module_served_for_the_browser(tmp_path: Path) -> None:
    if (why := missing_tools()) is not None:
        pytest.fail(why)
    with served("scenewire.demos.wave:WaveSession", "--shared", "--start-now") as server:
        ws = server.page_url.replace("http://", "ws://").split("#")[0]
        done = view(ws, "--browser", "--screenshot", str(tmp_path / "served.png"), "--after-updates", "5")
        assert done.returncode == 0, done.stderr + done.stdout
        assert f"wrote {tmp_path / 'served.png'}" in done.stdout
    done = view("scenewire.demos.wave:WaveSession", "--browser", "--screenshot", str(tmp_path / "module.png"))
    assert done.returncode == 0, done.stderr + done.stdout
    for name in ("served.png", "module.png"):
        assert ink(tmp_path / name) > 500, name  # the page drew something besides its background


@pytest.mark.timeout(300)
def test_a_refused_token_is_said_and_no_png_is_written(tmp_path: Path) -> None:
    if (why := missing_tools()) is not None:
        pytest.fail(why)
    with served("scenewire.demos.wave:WaveSession", "--shared", "--token", "right-token") as server:
        ws = server.page_url.replace("http://", "ws://").split("#")[0]
        done = view(ws, "--browser", "--token", "wrong-token", "--screenshot", str(tmp_path / "no.png"))
    assert done.returncode != 0
    assert "closed" in done.stderr and "4003" in done.stderr, done.stderr
    assert "wrong-token" not in done.stderr + done.stdout
    assert not (tmp_path / "no.png").exists()
