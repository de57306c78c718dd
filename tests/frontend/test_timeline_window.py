"""The timeline (frontend/panels/timeline.py): a past tick drawn exactly as the live window drew it, Live, the budget.

A real 1.1 ``BackendServer`` on loopback runs :class:`WaveSession` (every
tick changes both views); the window under Xvfb keeps its history. The
pictures compared are each panel's pixels, grabbed once they are steady.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest
from PyQt6.QtCore import Qt

from scenewire.frontend.app import AppSpec
from scenewire.frontend.history import MIB
from scenewire.frontend.qt_transport import WebSocketTransport
from scenewire.frontend.window import VispyFrontendWindow
from scenewire.transports.ws_server import BackendServer

from .grabs import grab, keep, settled
from .history_sessions import WaveSession

WAIT_MS = 30_000


@pytest.fixture
def served() -> Iterator[int]:
    """A 1.1 server for :class:`WaveSession` on its own event loop; yields its port."""
    ready, done = threading.Event(), threading.Event()
    port: list[int] = []

    async def main() -> None:
        async with BackendServer(WaveSession, "127.0.0.1", 0, isolation="thread") as server:
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


def open_window(qtbot: Any, port: int, history_mib: float = 64) -> VispyFrontendWindow:
    win = VispyFrontendWindow(AppSpec(transport=WebSocketTransport("127.0.0.1", port), history_mib=history_mib))
    qtbot.addWidget(win)
    win.resize(1000, 700)
    win.show()
    return win


def views(qtbot: Any, win: VispyFrontendWindow) -> dict[str, np.ndarray]:
    """Each panel's steady pixels."""
    return {pid: settled(qtbot, lambda f=frame: grab(f)) for pid, frame in sorted(win.frames.items())}


def same(a: dict[str, np.ndarray], b: dict[str, np.ndarray]) -> bool:
    return a.keys() == b.keys() and all(a[k].shape == b[k].shape and np.array_equal(a[k], b[k]) for k in a)


def pause(qtbot: Any, win: VispyFrontendWindow, paused: bool) -> None:
    """Pause or resume the run (Space), and wait until every tick sent before the answer is applied."""
    win.toggle_pause()
    want = "paused" if paused else "running"
    qtbot.waitUntil(lambda: win.run_state is not None and win.run_state.state == want, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not win.pending and win.gate.held == 0, timeout=WAIT_MS)


def scrub(qtbot: Any, win: VispyFrontendWindow, number: int) -> None:
    """Move the slider as a drag does (valueChanged), and wait until that step is drawn."""
    win.timeline.slider.setValue(number)
    qtbot.waitUntil(lambda: win.timeline.past is not None and win.timeline.past.number == number, timeout=WAIT_MS)


def test_a_scrubbed_tick_is_drawn_as_the_live_window_drew_it_while_the_run_goes_on(qtbot: Any, served: int) -> None:
    win = open_window(qtbot, served)
    try:
        qtbot.waitUntil(lambda: win.last_tick is not None and win.last_tick.index >= 20, timeout=WAIT_MS)
        assert win.timeline.isVisible()
        pause(qtbot, win, True)
        live = views(qtbot, win)
        tick, number = win.last_tick, win.history.count
        assert win.history.step(number).tick.index == tick.index
        keep(win, "timeline-live-paused")

        pause(qtbot, win, False)  # the run goes on while the window looks back
        qtbot.waitUntil(lambda: win.last_tick.index >= tick.index + 25, timeout=WAIT_MS)
        now = views(qtbot, win)
        assert not same(now, live)  # the views moved on: a comparison that can fail

        scrub(qtbot, win, number - 6)  # from the keyframe before it
        scrub(qtbot, win, number)  # forward from the state shown: only the six ticks after it
        assert same(views(qtbot, win), live)
        keep(win, "timeline-scrubbed")
        banner = win.status.findChild(type(win.timeline.banner), "history")
        assert banner is not None and banner.isVisible()
        assert banner.text() == f"History: t = {tick.time:.6g} · End: live"
        assert win.last_tick.index > tick.index + 25  # ... and the live state went on meanwhile

        scrub(qtbot, win, number + 12)
        scrub(qtbot, win, number)  # back: rebuilt from a keyframe
        assert same(views(qtbot, win), live)

        win.activateWindow()
        win.setFocus()
        qtbot.keyClick(win, Qt.Key.Key_End)  # back to live
        assert not win.timeline.scrubbing and win.shown is win.state
        assert not banner.isVisible()
        pause(qtbot, win, True)
        assert not same(views(qtbot, win), live)
        assert win.timeline.slider.value() == win.history.last
        keep(win, "timeline-back-live")
    finally:
        win.shutdown()


def test_live_button_returns_and_draws_the_present(qtbot: Any, served: int) -> None:
    win = open_window(qtbot, served)
    try:
        qtbot.waitUntil(lambda: win.last_tick is not None and win.last_tick.index >= 10, timeout=WAIT_MS)
        scrub(qtbot, win, win.history.first + 2)
        pause(qtbot, win, True)
        past = views(qtbot, win)
        qtbot.mouseClick(win.timeline.live_button, Qt.MouseButton.LeftButton)
        assert not win.timeline.scrubbing
        present = views(qtbot, win)
        assert not same(present, past)
        # the present as a fresh window would draw it: the same steps rebuilt from the history
        assert win.timeline.show_step(win.history.last)
        assert same(views(qtbot, win), present)
    finally:
        win.shutdown()


def test_the_budget_holds_the_oldest_ticks_go_and_the_timeline_shrinks(qtbot: Any, served: int) -> None:
    budget_mib = 0.25
    win = open_window(qtbot, served, history_mib=budget_mib)
    peaks: list[int] = []
    win.timer.timeout.connect(lambda: peaks.append(win.history.nbytes))  # after each poll
    try:
        qtbot.waitUntil(lambda: win.history.dropped > 40, timeout=WAIT_MS)
        history = win.history
        assert max(peaks) <= budget_mib * MIB
        assert history.nbytes > budget_mib * MIB / 2  # it holds what fits, not nothing
        first = history.first
        assert first > 1 and history.last - first + 1 < history.count
        qtbot.waitUntil(lambda: win.timeline.slider.minimum() == win.history.first, timeout=WAIT_MS)
        assert win.timeline.slider.maximum() - win.timeline.slider.minimum() < history.count - 1
        assert not win.timeline.show_step(1)  # dropped: no longer shown
        assert win.timeline.show_step(win.history.first)  # the oldest held is
        keep(win, "timeline-budget-oldest")
    finally:
        win.shutdown()


def test_no_history_no_timeline(qtbot: Any, served: int) -> None:
    win = open_window(qtbot, served, history_mib=0)
    try:
        qtbot.waitUntil(lambda: win.last_tick is not None and win.last_tick.index >= 5, timeout=WAIT_MS)
        assert win.history.nbytes == 0 and win.history.first is None
        assert not win.timeline.isVisible()
    finally:
        win.shutdown()
