"""One real shared run (``scenewire serve --shared``) watched from several places at once (issue 18).

A controlling window under Xvfb, ``scenewire record`` and asyncio observers
join one run of a real server process over real sockets; a second window
observes through a TCP relay that the test cuts, as a laptop's sleep or a
blink of WSL's network would, and comes back with ``--reconnect``. At the
end every observer's :class:`SceneState` equals the window's, and the
recording, replayed, gives the run from the moment ``record`` joined.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from scenewire.frontend.app import AppSpec
from scenewire.frontend.qt_transport import WebSocketTransport
from scenewire.frontend.window import VispyFrontendWindow
from scenewire.protocol import SceneReady, SetControl, Status, StopSession
from scenewire.recording import ReplaySession, open_recording
from scenewire.recording.recorder import record
from scenewire.state import SceneState

from ..test_cli import start_server
from ..test_shared_runs import Viewer, same_state
from .grabs import keep

WAIT_MS = 30_000
SESSION = "tests.shared_sessions:SharedSession"
ROOT = Path(__file__).resolve().parents[2]


class Relay:
    """A TCP relay on loopback to ``port``; :meth:`cut` drops every connection through it (the link blinks)."""

    def __init__(self, port: int) -> None:
        self.target = port
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.pairs: list[tuple[socket.socket, socket.socket]] = []
        self.lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                near, _ = self.listener.accept()
            except OSError:
                return
            far = socket.create_connection(("127.0.0.1", self.target))
            with self.lock:
                self.pairs.append((near, far))
            for a, b in ((near, far), (far, near)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(src: socket.socket, dst: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := src.recv(65536):
                dst.sendall(data)
        for s in (src, dst):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)

    def cut(self) -> None:
        with self.lock:
            pairs, self.pairs = self.pairs, []
        for pair in pairs:
            for s in pair:
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                s.close()

    def close(self) -> None:
        self.listener.close()
        self.cut()


@contextlib.contextmanager
def shared_server() -> Iterator[tuple[subprocess.Popen, str]]:
    env_path = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = str(ROOT) + (os.pathsep + env_path if env_path else "")  # tests.shared_sessions
    try:
        server, url = start_server(SESSION, "--shared", "--linger", "30", "--once")
    finally:
        if env_path is None:
            del os.environ["PYTHONPATH"]
        else:
            os.environ["PYTHONPATH"] = env_path
    try:
        yield server, url
    finally:
        if server.poll() is None:
            server.terminate()
            server.wait(30)


class Observers:
    """asyncio observers and ``record`` on a thread of their own (Qt has the main thread)."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()

    def run(self, coro: Any, timeout: float = 60) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def start(self, coro: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)


def open_window(qtbot: Any, url: str, **kw: Any) -> VispyFrontendWindow:
    win = VispyFrontendWindow(AppSpec(transport=WebSocketTransport(url, **kw)))
    qtbot.addWidget(win)
    win.show()
    return win


def test_a_window_record_and_observers_share_one_run_and_end_in_the_same_state(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "steered.mcap"
    lines: list[str] = []
    observers = Observers()
    with shared_server() as (server, url):
        relay = Relay(int(url.rsplit(":", 1)[1]))
        win = open_window(qtbot, url)  # the first client: it controls
        try:
            qtbot.waitUntil(lambda: win.ticks_applied > 10, timeout=WAIT_MS)
            assert win.access is not None and win.access.controls and not win.role.isVisible()  # alone: as ever
            early = [observers.run(Viewer.connect(url, access="observe")) for _ in range(2)]
            recording = observers.start(record(url, path, out=lines.append))  # joins mid-run, as an observer
            second = open_window(qtbot, f"ws://127.0.0.1:{relay.port}", access="observe", reconnect=True,
                                 reconnect_delays=[0.2])
            qtbot.waitUntil(lambda: second.role.tag.text().startswith("Observing"), timeout=WAIT_MS)
            # the window, 2 observers, record and the second window
            qtbot.waitUntil(lambda: win.role.tag.text() == "Controlling · 5 viewers", timeout=WAIT_MS)
            qtbot.waitUntil(lambda: second.last_tick is not None and second.last_tick.index > 0, timeout=WAIT_MS)
            assert second.frames and not any(
                w.isEnabled() for f in second.frames.values() if hasattr(f.body, "editors")
                for w in f.body.editors.values()
            )
            keep(second, "shared-observer")

            win.send(SetControl(control_id="gain", value=3.0))  # the controller steers; everyone sees it
            qtbot.waitUntil(lambda: win.state.frontend_state.get("gain_seen") == 3.0, timeout=WAIT_MS)

            before = second.last_tick
            relay.cut()  # the observer's link blinks; the run goes on
            qtbot.waitUntil(lambda: second.join_note is not None, timeout=WAIT_MS)
            assert second.join_note.startswith(f"Back in run {second.run[:8]}…"), second.join_note
            qtbot.waitUntil(lambda: second.last_tick.time > before.time, timeout=WAIT_MS)  # model time rose
            assert second.last_tick.index > before.index  # not back to tick 0
            keep(second, "shared-observer-back")
            late = observers.run(Viewer.connect(url, access="observe"))
            qtbot.waitUntil(lambda: len(late.ticks) > 3, timeout=WAIT_MS)

            win.send(StopSession())  # the controller ends the run: every client is closed 1000
            viewers = [*early, late]
            closed = [observers.run(v.ended()) for v in viewers]
            assert {c.code for c in closed} == {1000}
            assert recording.result(60) == 0
            for w in (win, second):
                qtbot.waitUntil(lambda w=w: w.transport.closed and not w.pending and not w.timer.isActive(),
                                timeout=WAIT_MS)
            for viewer in viewers:
                assert viewer.contiguous()
                same_state(viewer.state, win.state)
            same_state(second.state, win.state)
            assert win.state.frontend_state["gain_seen"] == 3.0
            server.wait(30)
        finally:
            relay.close()
            observers.close()
            for w in (win, locals().get("second")):
                if w is not None:
                    w.shutdown()

    assert any("as an observer" in line for line in lines), lines
    frames = open_recording(path).frames()
    replay = ReplaySession(path, fast=True, out=lambda _: None)
    replay.initialize()
    replayed = SceneState()
    updates = []
    while replay.is_live():
        replay.advance()
        updates += replay.read_updates()
    assert isinstance(updates[0], SceneReady)  # the snapshot: the run as it was when record joined
    first_tick = next(u.tick_end for u in updates if getattr(u, "tick_end", None) is not None)
    assert first_tick.index > 10  # joined mid-run: the recording starts there, not at tick 0
    assert replay.skipped == 0 and sum(1 for _ in frames) == len(updates) - 1
    for update in updates[:-1]:  # the last is the replay's own "end of the recording"
        replayed.apply(update)
    assert isinstance(updates[-1], Status)
    same_state(replayed, win.state)
