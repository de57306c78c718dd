"""The window over a real WebSocket on loopback: failures become errors it shows, pixels match the pipe's."""

from __future__ import annotations

import asyncio
import contextlib
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PyQt6.QtGui import QImage

from scenewire.frontend.app import AppSpec
from scenewire.frontend.qt_transport import WebSocketTransport, parse_url
from scenewire.frontend.window import VispyFrontendWindow
from scenewire.protocol import encode, make_hello
from scenewire.transports.pipe import PipeTransport

from .sessions import RecorderSession

ROOT = Path(__file__).resolve().parents[2]
WAIT_MS = 15_000


@pytest.fixture
def server() -> Iterator[tuple[subprocess.Popen[str], str]]:
    """``scenewire serve`` of the recorder session in its own process, on a free port."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "scenewire.cli", "serve", "tests.frontend.sessions:RecorderSession", "--port", "0"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    match = re.search(r"on (ws://\S+)", line)
    assert match, line
    yield proc, match.group(1)
    proc.kill()
    proc.wait(10)


def open_window(qtbot, spec: AppSpec) -> VispyFrontendWindow:
    win = VispyFrontendWindow(spec)
    qtbot.addWidget(win)
    win.resize(900, 600)
    win.show()
    qtbot.waitExposed(win)
    return win


def pixels(win: VispyFrontendWindow) -> np.ndarray:
    image = win.grab().toImage().convertToFormat(QImage.Format.Format_RGBA8888)
    ptr = image.constBits()
    ptr.setsize(image.sizeInBytes())
    return np.frombuffer(ptr, np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)[:, : image.width()].copy()


def test_the_url_form_and_host_port_form_agree() -> None:
    assert parse_url("ws://localhost:9000") == ("localhost", 9000)
    assert WebSocketTransport("ws://10.0.0.2:8765").host == "10.0.0.2"
    assert WebSocketTransport("127.0.0.1", 9).url == "ws://127.0.0.1:9"
    with pytest.raises(ValueError, match="URL"):
        WebSocketTransport("http://x:1")
    with pytest.raises(ValueError, match="not both"):
        WebSocketTransport("ws://x:1", 2)


def test_a_refused_connection_is_an_error_in_the_window_and_polling_stops(qtbot) -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    win = open_window(qtbot, AppSpec(transport=WebSocketTransport("127.0.0.1", port)))
    try:
        qtbot.waitUntil(lambda: bool(win.status.errors), timeout=WAIT_MS)
        assert "could not connect" in win.status.errors[0] and "refused" in win.status.errors[0].lower()
        qtbot.waitUntil(lambda: not win.timer.isActive(), timeout=WAIT_MS)
    finally:
        win.shutdown()


def test_killing_the_server_shows_the_error_and_nothing_raises(qtbot, server) -> None:
    proc, url = server
    win = open_window(qtbot, AppSpec(transport=WebSocketTransport(url)))
    try:
        qtbot.waitUntil(lambda: "controls" in win.frames, timeout=WAIT_MS)
        proc.kill()
        qtbot.waitUntil(lambda: bool(win.status.errors), timeout=WAIT_MS)
        assert "lost the connection" in win.status.errors[-1]
        assert win.status.error_box.isVisible()
        qtbot.waitUntil(lambda: not win.timer.isActive(), timeout=WAIT_MS)
    finally:
        win.shutdown()


def test_a_server_of_another_major_is_refused_with_4001_and_shown(qtbot) -> None:
    from websockets.asyncio.server import serve

    hello = make_hello("server", "future-server/2.0")
    hello.major = 2
    closed: list[tuple[int | None, str | None]] = []
    ready = threading.Event()
    port: list[int] = []

    async def handler(ws) -> None:
        await ws.recv()
        await ws.send(encode(hello))
        with contextlib.suppress(Exception):
            await ws.recv()
        closed.append((ws.close_code, ws.close_reason))

    async def main() -> None:
        async with serve(handler, "127.0.0.1", 0, subprotocols=["scenewire.v1"]) as srv:
            port.append(next(iter(srv.sockets)).getsockname()[1])
            ready.set()
            while not closed:
                await asyncio.sleep(0.05)

    thread = threading.Thread(target=lambda: asyncio.run(main()), daemon=True)
    thread.start()
    assert ready.wait(10)
    win = open_window(qtbot, AppSpec(transport=WebSocketTransport("127.0.0.1", port[0])))
    try:
        qtbot.waitUntil(lambda: bool(win.status.errors), timeout=WAIT_MS)
        assert "2.0" in " ".join(win.status.errors)
        # pump Qt while the server waits: the close frame leaves from Qt's event loop
        qtbot.waitUntil(lambda: bool(closed), timeout=WAIT_MS)
        assert closed[0][0] == 4001
    finally:
        win.shutdown()


def test_the_same_session_renders_the_same_pixels_over_a_pipe_and_a_websocket(qtbot, server) -> None:
    _, url = server
    shots = []
    for transport in (PipeTransport(RecorderSession, use_process=False), WebSocketTransport(url)):
        win = open_window(qtbot, AppSpec(transport=transport))
        try:
            qtbot.waitUntil(lambda w=win: "controls" in w.frames, timeout=WAIT_MS)
            qtbot.wait(200)
            shots.append(pixels(win))
        finally:
            win.shutdown()
            win.close()
    assert shots[0].shape == shots[1].shape
    differ = np.any(shots[0] != shots[1], axis=2)
    assert differ.sum() == 0, f"{differ.sum()} pixels differ"
