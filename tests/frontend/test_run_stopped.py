"""A session whose ``advance()`` raises: the window says the run stopped and why (§2.4)."""

from __future__ import annotations

from scenewire.frontend.app import AppSpec
from scenewire.frontend.qt_transport import WebSocketTransport
from scenewire.protocol import KeyPressed

from .grabs import grab, keep
from .test_ws_window import WAIT_MS, open_window, serve, stop


def test_the_window_says_the_run_stopped_and_why_and_that_a_key_resumes_it(qtbot) -> None:
    proc, url = serve("tests.frontend.failing_sessions:BreaksOnTickFive")
    win = open_window(qtbot, AppSpec(transport=WebSocketTransport(url)))
    try:
        qtbot.waitUntil(lambda: bool(win.status.errors), timeout=WAIT_MS)
        error = win.status.error_text
        assert error.startswith("the run stopped: advance: ZeroDivisionError: division by zero in the model's step")
        assert "next command" in error
        assert win.status.error_box.isVisible()
        qtbot.waitUntil(lambda: win.status.message.text().startswith("the run stopped"), timeout=WAIT_MS)
        assert "ZeroDivisionError" in win.status.message.text()
        # the red box is drawn: the error is on screen, not only in a widget's text
        box = win.status.error_box
        pixels = grab(box)
        assert ((pixels[..., 0] > 200) & (pixels[..., 1] < 240) & (pixels[..., 2] < 240)).any()
        keep(win, "run_stopped")
        win.send(KeyPressed(key="r"))  # the session starts over; its next step goes on, then fails again
        qtbot.waitUntil(lambda: len(win.status.errors) == 2, timeout=WAIT_MS)
        assert win.status.message.text().startswith("the run stopped")
    finally:
        win.shutdown()
        stop(proc)
