"""The window on a shared run (protocol 1.1), against a hand-written 1.1 server on a real socket (issue 18).

The server here is written by hand from the spec (§5's hello keys, §6.7's
``control_request``, §7.14's ``access``): its hello and ``access`` messages
are raw MessagePack maps, so the window is checked against the wire, not
against this package's own message classes. It records every frame the
window sends and answers a ``control_request`` as a shared run would.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from typing import Any

import msgpack
import pytest
from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import QPushButton

from scenewire.demos.wave import WaveSession
from scenewire.frontend.app import AppSpec
from scenewire.frontend.panels.role import READ_ONLY_TIP
from scenewire.frontend.qt_transport import WebSocketTransport
from scenewire.frontend.window import VispyFrontendWindow
from scenewire.protocol import SceneReady, Status, Tick, encode, make_hello

from .grabs import keep
from .loopback import server_thread

WAIT_MS = 15_000
RUN = "0123456789abcdef0123456789abcdef"


def raw(message: dict[str, Any]) -> bytes:
    return msgpack.packb(message)


class SharedRunServer:
    """One run, hand-written: the hello gives ``access``; control_request is answered with ``access``.

    ``clients`` is what the server says is connected; ``frames`` every frame a client sent, decoded.
    """

    def __init__(self, access: str = "observe", clients: int = 2, grant: bool = True) -> None:
        self.access = access
        self.clients = clients
        self.grant = grant  # a request for control is granted at once, else it waits
        self.frames: list[dict[str, Any]] = []
        self.sockets: list[Any] = []
        self.loop: asyncio.AbstractEventLoop | None = None
        self.tick = 0
        self.lock = threading.Lock()

    def kinds(self) -> list[str]:
        with self.lock:
            return [f.get("kind") for f in self.frames]

    async def handler(self, ws: Any) -> None:
        self.loop = asyncio.get_running_loop()
        self.sockets.append(ws)
        hello = msgpack.unpackb(await ws.recv())
        with self.lock:
            self.frames.append(hello)
        mine = self.access if hello.get("minor", 0) >= 1 else None
        answer = {
            "kind": "hello", "protocol": "scenewire", "major": 1, "minor": 1, "role": "server",
            "implementation": "hand-written-1.1-test-server", "capabilities": [],
        }
        if mine is not None:
            answer |= {"access": mine, "run": RUN}
        await ws.send(raw(answer))
        if mine is not None:
            await ws.send(raw({"kind": "access", "access": mine, "waiting": False, "clients": self.clients}))
        await ws.send(encode(SceneReady(scene=WaveSession().initialize(), tick_end=Tick(index=41, time=4.1))))
        async for frame in ws:
            message = msgpack.unpackb(frame)
            with self.lock:
                self.frames.append(message)
            if message.get("kind") == "control_request":
                if message["want"]:
                    self.access, waiting = ("control", False) if self.grant else ("observe", True)
                else:
                    self.access, waiting = "observe", False
                await ws.send(raw({"kind": "access", "access": self.access, "waiting": waiting,
                                   "clients": self.clients}))
            elif self.access == "observe" and message.get("kind") not in ("stop_session",):
                await ws.send(raw({"kind": "error", "code": "not_controller",
                                   "message": f"{message.get('kind')} dropped: this client observes"}))

    def send(self, message: dict[str, Any] | bytes) -> None:
        """From the test's thread: one frame to the last client."""
        assert self.loop is not None
        data = message if isinstance(message, bytes) else raw(message)
        asyncio.run_coroutine_threadsafe(self.sockets[-1].send(data), self.loop).result(10)


@pytest.fixture
def shared_run() -> Iterator[tuple[SharedRunServer, int]]:
    server = SharedRunServer()
    with server_thread(server.handler) as (port, _):
        yield server, port


def open_window(qtbot: Any, port: int, **kw: Any) -> VispyFrontendWindow:
    win = VispyFrontendWindow(AppSpec(transport=WebSocketTransport("127.0.0.1", port, **kw)))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: "controls" in win.frames and win.role.isVisible(), timeout=WAIT_MS)
    return win


def controls_of(win: VispyFrontendWindow) -> list[Any]:
    body = win.frames["controls"].body
    return [*body.editors.values(), *body.buttons.values()]


def test_an_observer_window_says_so_its_controls_are_read_only_and_its_keys_stay_home(qtbot, shared_run) -> None:
    server, port = shared_run
    win = open_window(qtbot, port, access="observe")
    try:
        qtbot.waitUntil(lambda: win.role.tag.text() == "Observing · 2 viewers", timeout=WAIT_MS)
        assert server.frames[0]["access"] == "observe"  # --observe asks for it in the hello
        assert win.role.button.text() == "Take control"
        widgets = controls_of(win)
        assert widgets and not any(w.isEnabled() for w in widgets)
        assert all(w.toolTip() == READ_ONLY_TIP for w in widgets)
        assert not any(s.isEnabled() for s in win.shortcuts)  # the actions' "d" and "r"
        qtbot.waitUntil(lambda: win.last_tick is not None, timeout=WAIT_MS)
        keep(win, "roles-observer")

        qtbot.keyClick(win, Qt.Key.Key_Q)  # a key no shortcut claims
        qtbot.waitUntil(lambda: "Not sent (key 'q')" in win.status.message.text(), timeout=WAIT_MS)
        assert win.status.error_text == ""  # a note, not a red error
        keep(win, "roles-observer-key-not-sent")
        assert "key_pressed" not in server.kinds()
        assert win.state.scene is not None and not hasattr(win.state, "access")  # access never reaches the scene
    finally:
        win.shutdown()


def test_take_control_sends_control_request_and_the_answer_enables_the_controls(qtbot, shared_run) -> None:
    server, port = shared_run
    win = open_window(qtbot, port, access="observe")
    try:
        qtbot.waitUntil(lambda: win.role.tag.text().startswith("Observing"), timeout=WAIT_MS)
        qtbot.mouseClick(win.role.button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "control_request" in server.kinds(), timeout=WAIT_MS)
        request = next(f for f in server.frames if f.get("kind") == "control_request")
        assert request["want"] is True
        qtbot.waitUntil(lambda: win.role.tag.text() == "Controlling · 2 viewers", timeout=WAIT_MS)
        assert all(w.isEnabled() for w in controls_of(win))
        assert all(s.isEnabled() for s in win.shortcuts)
        assert win.role.button.text() == "Give up control"
        keep(win, "roles-controller")

        drop = win.frames["controls"].body.buttons["drop"]
        assert isinstance(drop, QPushButton)
        qtbot.mouseClick(drop, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "invoke_action" in server.kinds(), timeout=WAIT_MS)

        qtbot.keyClick(win, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        qtbot.waitUntil(lambda: win.role.tag.text() == "Observing · 2 viewers", timeout=WAIT_MS)  # the shortcut
        assert [f["want"] for f in server.frames if f.get("kind") == "control_request"] == [True, False]
        qtbot.mouseClick(win.role.button, Qt.MouseButton.LeftButton)  # the button takes it back
        qtbot.waitUntil(lambda: win.role.tag.text() == "Controlling · 2 viewers", timeout=WAIT_MS)
        qtbot.mouseClick(win.role.button, Qt.MouseButton.LeftButton)  # and gives it up
        qtbot.waitUntil(lambda: win.role.tag.text() == "Observing · 2 viewers", timeout=WAIT_MS)
        assert [f["want"] for f in server.frames if f.get("kind") == "control_request"] == [True, False, True, False]
        assert not any(w.isEnabled() for w in controls_of(win))
        assert "key_pressed" not in server.kinds()  # Ctrl+Shift+C is the window's, never the session's
    finally:
        win.shutdown()


def test_a_waiting_request_shows_and_control_granted_later_enables(qtbot) -> None:
    server = SharedRunServer(grant=False, clients=3)
    with server_thread(server.handler) as (port, _):
        win = open_window(qtbot, port)  # asked for control; the hand-written server made it an observer
        try:
            win.request_control(True)
            qtbot.waitUntil(lambda: win.role.tag.text() == "Observing · waiting for control", timeout=WAIT_MS)
            assert win.role.button.text() == "Cancel request"
            keep(win, "roles-waiting")
            server.send({"kind": "access", "access": "control", "waiting": False, "clients": 2})  # the other left
            qtbot.waitUntil(lambda: win.role.tag.text() == "Controlling · 2 viewers", timeout=WAIT_MS)
            assert all(w.isEnabled() for w in controls_of(win))
            qtbot.waitUntil(lambda: "now controls" in win.status.message.text(), timeout=WAIT_MS)
        finally:
            win.shutdown()


def test_not_controller_is_a_note_in_the_status_line_not_a_red_error(qtbot, shared_run) -> None:
    server, port = shared_run
    win = open_window(qtbot, port, access="observe")
    try:
        server.send({"kind": "error", "code": "not_controller", "message": "set_control dropped: this client observes"})
        qtbot.waitUntil(lambda: "this client observes" in win.status.message.text(), timeout=WAIT_MS)
        assert win.status.message.text().startswith("Not sent: this window observes")
        assert win.status.error_text == "" and not win.status.error_box.isVisible()
        server.send(encode(Status(message="after")))
        qtbot.waitUntil(lambda: win.status.message.text() == "after", timeout=WAIT_MS)
    finally:
        win.shutdown()


def test_closing_a_window_on_a_1_1_server_does_not_stop_the_shared_run(qtbot, shared_run) -> None:
    server, port = shared_run
    win = open_window(qtbot, port)
    win.close()
    qtbot.waitUntil(lambda: win.transport is not None and win.transport.closed, timeout=WAIT_MS)
    assert "stop_session" not in server.kinds()


def test_a_1_0_server_gives_todays_window(qtbot) -> None:
    async def server_1_0(ws: Any) -> None:
        hello = msgpack.unpackb(await ws.recv())
        seen.append(hello)
        await ws.send(encode(make_hello("server", "old-1.0-server", minor=0)))
        await ws.send(encode(SceneReady(scene=WaveSession().initialize())))
        async for frame in ws:
            seen.append(msgpack.unpackb(frame))

    seen: list[dict[str, Any]] = []
    with server_thread(server_1_0) as (port, _):
        win = VispyFrontendWindow(AppSpec(transport=WebSocketTransport("127.0.0.1", port)))
        qtbot.addWidget(win)
        win.show()
        qtbot.waitUntil(lambda: "controls" in win.frames, timeout=WAIT_MS)
        assert not win.role.isVisible() and win.access is None
        assert all(w.isEnabled() for w in controls_of(win))
        assert win.transport.request_control(True) is False  # nothing to ask a 1.0 server
        win.close()
        qtbot.waitUntil(lambda: any(f.get("kind") == "stop_session" for f in seen), timeout=WAIT_MS)
    assert "access" not in seen[0]  # a window that asks for nothing says nothing


def reconnecting_run(runs: list[str], release: threading.Event | None = None) -> Any:
    """Connection n is in run ``runs[n]``; its scene's tick is at t = 1.0 * (n + 1); the first connection drops.

    A later connection's hello waits for ``release`` (the test has seen the window reconnecting).
    """
    count = [0]

    async def handler(ws: Any) -> None:
        n = count[0]
        count[0] += 1
        await ws.recv()
        if n > 0 and release is not None:
            await asyncio.to_thread(release.wait, 30)
        await ws.send(raw({
            "kind": "hello", "protocol": "scenewire", "major": 1, "minor": 1, "role": "server",
            "implementation": "hand-written-shared-run", "capabilities": [], "access": "control", "run": runs[n],
        }))
        await ws.send(raw({"kind": "access", "access": "control", "waiting": False, "clients": 2}))  # shared
        await ws.send(encode(SceneReady(scene=WaveSession().initialize(), tick_end=Tick(index=10 * n, time=n + 1.0))))
        if n == 0:
            await ws.close(1011, "the link blinked")
            return
        await ws.wait_closed()

    return handler


@pytest.mark.parametrize(
    ("second_run", "expected"),
    [
        (RUN, "Back in run 01234567…, t = 2 (it was t = 1 when the connection dropped): the run went on."),
        ("f" * 32, "A new run started (ffffffff…); the run before has ended."),
    ],
)
def test_reconnect_says_whether_it_is_back_in_the_same_run(qtbot, second_run: str, expected: str) -> None:
    """The first connection drops (1011); the window shows "Reconnecting…", then which run it came back to."""
    release = threading.Event()
    with server_thread(reconnecting_run([RUN, second_run], release)) as (port, _):
        # the second hello waits for the test to have seen "Reconnecting…": a loaded machine may take long
        transport = WebSocketTransport(
            "127.0.0.1", port, reconnect=True, reconnect_delays=[0.05], hello_timeout=60.0
        )
        win = VispyFrontendWindow(AppSpec(transport=transport))
        qtbot.addWidget(win)
        win.show()
        try:
            qtbot.waitUntil(lambda: win.role.tag.text() == "Reconnecting…", timeout=WAIT_MS)
            assert "1011 the link blinked" in win.role.tag.toolTip() and not win.role.button.isVisible()
            assert win.status.error_text == ""
            release.set()
            qtbot.waitUntil(lambda: win.join_note is not None, timeout=WAIT_MS)
            # the access message (clients: 2) is applied after the hello that set the note
            qtbot.waitUntil(lambda: win.role.tag.text() == "Controlling · 2 viewers", timeout=WAIT_MS)
            assert win.join_note == expected
            assert win.status.message.text() == expected
            assert win.run == second_run and win.role.tag.text() == "Controlling · 2 viewers"
            assert win.status.error_text == ""  # a shared run's blink is no failure: "Reconnecting…" said it
            keep(win, "roles-back-in-run" if second_run == RUN else "roles-new-run")
        finally:
            release.set()
            win.shutdown()
