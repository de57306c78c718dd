"""Run control from the window (1.1, §6.8, §7.15): Space pauses and resumes, '.' steps, the status bar says so.

A real ``BackendServer`` (per-connection run, the session on a thread so the
test can count its ``advance()`` calls) on a thread of its own; the window
under Xvfb drives it with real key presses.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PyQt6.QtCore import Qt

from scenewire.frontend.app import AppSpec
from scenewire.frontend.qt_transport import WebSocketTransport
from scenewire.frontend.window import VispyFrontendWindow
from scenewire.transports.ws_server import BackendServer
from tests.shared_sessions import CountingSession

from .grabs import grab, keep, settled

WAIT_MS = 20_000


@pytest.fixture
def served() -> Iterator[int]:
    """A 1.1 server for :class:`CountingSession` on its own event loop; yields its port."""
    CountingSession.instances.clear()
    ready, done = threading.Event(), threading.Event()
    port: list[int] = []

    async def main() -> None:
        async with BackendServer(CountingSession, "127.0.0.1", 0, isolation="thread") as server:
            port.append(int(server.url.rsplit(":", 1)[1].strip("/")))
            ready.set()
            await asyncio.to_thread(done.wait)

    thread = threading.Thread(target=lambda: asyncio.run(main()), daemon=True)
    thread.start()
    assert ready.wait(10)
    try:
        yield port[0]
    finally:
        done.set()
        thread.join(20)


def session() -> CountingSession:
    (only,) = CountingSession.instances
    return only


def test_space_pauses_dot_steps_space_resumes_and_the_status_bar_says_so(qtbot: Any, served: int) -> None:
    win = VispyFrontendWindow(AppSpec(transport=WebSocketTransport("127.0.0.1", served)))
    qtbot.addWidget(win)
    win.show()
    try:
        qtbot.waitUntil(lambda: win.last_tick is not None and win.has_run_control, timeout=WAIT_MS)
        assert not win.status.run.isVisible()  # a run running freely says nothing
        win.activateWindow()
        win.setFocus()

        qtbot.keyClick(win, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: win.run_state is not None and win.run_state.state == "paused", timeout=WAIT_MS)
        assert win.status.run.isVisible() and win.status.run.text() == "paused"
        held = session().t
        qtbot.waitUntil(lambda: win.last_tick is not None and win.last_tick.time == float(held), timeout=WAIT_MS)
        keep(win, "run-control-paused")

        qtbot.keyClick(win, Qt.Key.Key_Period)  # one tick, then paused again
        qtbot.waitUntil(lambda: win.last_tick.time == float(held + 1), timeout=WAIT_MS)
        assert session().t == held + 1
        assert win.status.run.text() == "paused"

        win.set_speed(40.0)
        qtbot.waitUntil(lambda: "≤ 40 ticks/s" in win.status.run.text(), timeout=WAIT_MS)
        assert win.status.run.text() == "paused · ≤ 40 ticks/s"
        shot = settled(qtbot, lambda: grab(win.status.run))
        assert (shot.min(axis=-1) < 128).sum() > 50  # the text is drawn, dark on the bar, not cut away
        keep(win, "run-control-paused-speed")

        qtbot.keyClick(win, Qt.Key.Key_Space)  # resume
        qtbot.waitUntil(lambda: win.run_state.state == "running", timeout=WAIT_MS)
        qtbot.waitUntil(lambda: win.last_tick.time > held + 5, timeout=WAIT_MS)
        assert win.status.run.text() == "≤ 40 ticks/s"
        assert not any("key_pressed" in str(e) for e in win.status.errors)
    finally:
        win.shutdown()
