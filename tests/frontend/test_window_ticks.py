"""The window draws whole ticks only (§7.12): against a real server, and a scripted one for each rule."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np
import pytest

from scenewire.frontend.app import AppSpec
from scenewire.frontend.qt_transport import WebSocketTransport
from scenewire.protocol import Error, FieldReplace, SceneReady, Status, Tick, encode, make_hello
from scenewire.scene import Field, Scene

from .loopback import server_thread
from .test_ws_window import WAIT_MS, open_window, serve, stop
from .tick_sessions import STEP_MS


def pair(win) -> tuple[float, float]:
    return float(win.state.field("a").values[0]), float(win.state.field("b").values[-1])


def test_over_a_real_server_a_and_b_of_one_tick_are_never_drawn_apart(qtbot) -> None:
    proc, url = serve("tests.frontend.tick_sessions:PairSession")
    win = open_window(qtbot, AppSpec(transport=WebSocketTransport(url)))
    seen: list[tuple[float, float, str]] = []

    def after_each_poll() -> None:  # connected after the window's own poll: what the next paint shows
        if win.state.scene is not None:
            a, b = pair(win)
            seen.append((a, b, win.status.clock.text()))

    win.timer.timeout.connect(after_each_poll)
    try:
        qtbot.waitUntil(lambda: win.ticks_applied > 40, timeout=60_000)
    finally:
        win.shutdown()
        stop(proc)
    apart = [(a, b) for a, b, _ in seen if a != b]
    assert not apart, f"half ticks drawn: {apart[:5]}"
    assert len({a for a, _, _ in seen}) > 20  # it did move, tick by tick
    for a, _, clock in seen:
        if a > 0:  # the clock says the time of the tick drawn, not of one still arriving
            assert clock == f"t = {a * STEP_MS:.6g}", (a, clock)
    assert win.last_tick.index >= 40


# -- a scripted server: each rule on its own, frame by frame ------------------------------------------------


def scene() -> Scene:
    zeros = np.zeros(4, np.float32)
    return Scene(fields=[Field(id="a", values=zeros, dims=["i"]), Field(id="b", values=zeros.copy(), dims=["i"])])


def replace(field_id: str, value: float, tick: Tick | None = None) -> FieldReplace:
    return FieldReplace(field_id=field_id, values=np.full(4, value, np.float32), tick_end=tick)


@contextlib.contextmanager
def scripted_server(script: Callable[[Any], Any]) -> Iterator[tuple[int, threading.Thread]]:
    """A server that answers the hello, then runs ``await script(send)``, then closes (1001)."""

    async def handler(ws) -> None:
        await ws.recv()
        await ws.send(encode(make_hello("server", "scripted-server/1.0")))

        async def send(message: Any) -> None:
            await ws.send(encode(message))

        await script(send)
        await ws.close(1001, "script over")

    with server_thread(handler) as (port, thread):
        yield port, thread


async def wait_for(event: threading.Event) -> None:
    """The script waits for the test (on the window's side) to set ``event``; a bound for a hung test."""
    assert await asyncio.to_thread(event.wait, WAIT_MS / 1000), "the test never got this far"


def test_a_tick_is_held_until_it_closes_and_errors_and_statuses_show_at_once(qtbot) -> None:
    step, seen = threading.Event(), threading.Event()

    async def script(send) -> None:
        await send(SceneReady(scene=scene(), tick_end=Tick(index=0, time=0.0)))
        await send(replace("a", 1.0))
        await send(Error(message="dropped a frame from the client", code="bad_envelope"))
        await send(Status(message="halfway"))
        await wait_for(step)
        await send(replace("b", 1.0, Tick(index=1, time=0.25)))
        await send(replace("a", 2.0))  # a tick that never closes: the connection ends first
        await wait_for(seen)  # the window holds it

    with scripted_server(script) as (port, _):
        win = open_window(qtbot, AppSpec(transport=WebSocketTransport("127.0.0.1", port)))
        try:
            qtbot.waitUntil(lambda: win.status.message.text() == "halfway", timeout=WAIT_MS)
            assert any("dropped a frame" in e for e in win.status.errors)
            qtbot.waitUntil(lambda: win.gate.held == 1, timeout=WAIT_MS)  # the half tick arrived, and is held
            assert pair(win) == (0.0, 0.0)
            assert win.status.clock.text() == "t = 0"
            step.set()
            qtbot.waitUntil(lambda: pair(win) == (1.0, 1.0) and win.gate.held == 1, timeout=WAIT_MS)
            seen.set()
            qtbot.waitUntil(lambda: not win.timer.isActive(), timeout=WAIT_MS)  # the connection is over
            assert pair(win) == (1.0, 1.0)  # the unclosed tick is not shown
            assert win.status.clock.text() == "t = 0.25" and win.last_tick.index == 1
        finally:
            win.shutdown()


def test_a_server_that_never_marks_ticks_is_applied_update_by_update(qtbot) -> None:
    step, seen = threading.Event(), threading.Event()

    async def script(send) -> None:
        await send(SceneReady(scene=scene()))
        await send(replace("a", 1.0))
        await wait_for(step)
        await send(replace("b", 1.0))
        await wait_for(seen)

    with scripted_server(script) as (port, _):
        win = open_window(qtbot, AppSpec(transport=WebSocketTransport("127.0.0.1", port)))
        try:
            qtbot.waitUntil(lambda: win.state.scene is not None and pair(win) == (1.0, 0.0), timeout=WAIT_MS)
            step.set()
            qtbot.waitUntil(lambda: pair(win) == (1.0, 1.0), timeout=WAIT_MS)
            seen.set()
            assert win.last_tick is None and not win.status.clock.isVisible()
        finally:
            win.shutdown()


def test_the_apply_budget_ends_only_between_ticks(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    from scenewire.frontend import window as window_module

    monkeypatch.setattr(window_module, "APPLY_BUDGET_S", 0.0)  # every poll is over budget after its first unit
    win = open_window(qtbot, AppSpec(scene=scene()))
    try:
        win.receive([replace("a", 9.0, Tick(index=0))])
        win.receive([replace("a", 1.0), replace("b", 1.0), replace("a", 2.0), replace("b", 2.0, Tick(index=1))])
        win.receive([replace("a", 3.0), replace("b", 3.0, Tick(index=2))])
        win.poll()
        assert win.ticks_applied == 1 and pair(win) == (9.0, 0.0)
        win.poll()  # one tick of four updates, larger than the budget: applied whole
        assert win.ticks_applied == 2 and pair(win) == (2.0, 2.0)
        win.poll()
        assert pair(win) == (3.0, 3.0) and win.status.clock.text() == "tick 2"
    finally:
        win.shutdown()


def test_a_new_connection_drops_the_old_ones_open_tick_and_starts_a_new_gate(qtbot) -> None:
    win = open_window(qtbot, AppSpec(scene=scene()))
    try:
        win.receive([replace("a", 1.0, Tick(index=0, time=1.0))], connection=1)
        win.receive([replace("a", 5.0)], connection=1)  # the first connection drops in the middle of a tick
        win.poll()
        assert pair(win) == (1.0, 0.0) and win.status.clock.text() == "t = 1"
        # the next connection is to a server that never marks ticks: each update applies as it comes
        win.receive([replace("b", 2.0)], connection=2)
        win.poll()
        assert pair(win) == (1.0, 2.0) and win.gate.held == 0
        assert win.last_tick is None and not win.status.clock.isVisible()
    finally:
        win.shutdown()
