"""A new user's first sessions in the real window, over a real server (issue 17): what the window says about them."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

import scenewire.frontend.window as window_module
from scenewire.frontend.app import AppSpec
from scenewire.frontend.qt_transport import WebSocketTransport

from .test_view_token import shows_the_scene, view
from .test_ws_window import WAIT_MS, open_window, stop

ROOT = Path(__file__).resolve().parents[2]


def serve(session: str, cwd: Path = ROOT, *extra: str) -> tuple[subprocess.Popen[str], str]:
    """``scenewire serve SESSION --port 0 EXTRA`` run from ``cwd``; the process and its URL."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "scenewire.cli", "serve", session, "--port", "0", "--isolation", "thread", *extra],
        cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("connect with: "):
            return proc, line.split()[-1]
    proc.wait(10)
    raise AssertionError("scenewire serve printed no connect line")


@pytest.fixture
def echo() -> Iterator[str]:
    """The echo session: a scene, then nothing until a command (its Live box is off)."""
    proc, url = serve("scenewire.demos.echo:EchoSession")
    yield url
    stop(proc)


@pytest.mark.usefixtures("x_display")
def test_view_takes_an_address_without_its_scheme(echo: str, tmp_path: Path) -> None:
    assert shows_the_scene(view(echo.removeprefix("ws://"), tmp_path / "bare.png"))


def test_a_scene_followed_by_nothing_gets_a_hint_that_goes_with_the_next_update(qtbot, echo, monkeypatch) -> None:
    from PyQt6.QtCore import Qt
    from PyQt6.QtTest import QTest

    monkeypatch.setattr(window_module, "QUIET_HINT_S", 0.5)
    win = open_window(qtbot, AppSpec(transport=WebSocketTransport(echo)))
    try:
        qtbot.waitUntil(lambda: bool(win.frames), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: "advance()" in win.status.message.text(), timeout=WAIT_MS)
        assert "is_live() returns True" in win.status.message.text()
        QTest.keyClick(win, Qt.Key.Key_P)  # the ping action: the session answers with a status line
        qtbot.waitUntil(lambda: "advance()" not in win.status.message.text(), timeout=WAIT_MS)
        assert not win.status.errors
    finally:
        win.shutdown()


def test_an_observer_joining_a_paused_run_gets_no_quiet_hint(qtbot, monkeypatch) -> None:
    """A paused shared run sends nothing after the snapshot: that is the pause, not a session that never advances."""
    from PyQt6.QtCore import Qt
    from PyQt6.QtTest import QTest

    monkeypatch.setattr(window_module, "QUIET_HINT_S", 0.5)
    proc, url = serve("scenewire.demos.wave:WaveSession", ROOT, "--shared", "--start-now")
    try:
        controller = open_window(qtbot, AppSpec(transport=WebSocketTransport(url)))
        try:
            qtbot.waitUntil(lambda: bool(controller.frames), timeout=WAIT_MS)
            QTest.keyClick(controller, Qt.Key.Key_Space)  # pause the run
            qtbot.waitUntil(lambda: getattr(controller.run_state, "state", None) == "paused", timeout=WAIT_MS)
            observer = open_window(qtbot, AppSpec(transport=WebSocketTransport(url, access="observe")))
            try:
                qtbot.waitUntil(lambda: getattr(observer.run_state, "state", None) == "paused", timeout=WAIT_MS)
                qtbot.waitUntil(lambda: bool(observer.frames), timeout=WAIT_MS)
                qtbot.wait(1500)  # three times the hint's delay: it would have shown by now
                assert "advance()" not in observer.status.message.text()
            finally:
                observer.shutdown()
        finally:
            controller.shutdown()
    finally:
        stop(proc)


NO_SCENE = textwrap.dedent(
    """
    import numpy as np
    import scenewire as sw


    class RingSession(sw.BufferedSession):
        def initialize(self):
            self.t = 0.0  # and no `return scene`

        def is_live(self):
            return True

        def advance(self):
            self.t += 1
            self.emit(sw.FieldAppend(field_id="v", append_dim="t", values=np.zeros(1), coord_values=[self.t]))
    """
)


def test_initialize_returning_none_is_named_in_the_window(qtbot, tmp_path: Path) -> None:
    (tmp_path / "ring.py").write_text(NO_SCENE)
    proc, url = serve("ring:RingSession", cwd=tmp_path)
    win = open_window(qtbot, AppSpec(transport=WebSocketTransport(url)))
    try:
        qtbot.waitUntil(lambda: len(win.status.errors) >= 2, timeout=WAIT_MS)
        assert win.status.errors[0].startswith("initialize() returned None, so the frontend has no scene")
        assert "initialize()" in win.status.error_label.text()  # the latest, shown: the window's own refusal
    finally:
        win.shutdown()
        stop(proc)


def test_wss_to_a_server_without_tls_says_why_in_the_window(qtbot, echo) -> None:
    secure = echo.replace("ws://", "wss://")
    win = open_window(qtbot, AppSpec(transport=WebSocketTransport(secure)))
    try:
        qtbot.waitUntil(lambda: bool(win.status.errors), timeout=WAIT_MS)
        error = win.status.errors[0]
        assert error.startswith(f"could not connect to {secure}: "), error
        assert "scenewire serve does not speak" in error and "docs/security.md" in error, error
    finally:
        win.shutdown()
