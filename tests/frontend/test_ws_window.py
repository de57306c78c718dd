"""The window over a real WebSocket on loopback: failures become errors it shows, pixels match the pipe's."""

from __future__ import annotations

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

from .grabs import grab, keep, settled
from .loopback import server_thread
from .sessions import RecorderSession

ROOT = Path(__file__).resolve().parents[2]
WAIT_MS = 15_000


def serve(session: str, port: int = 0) -> tuple[subprocess.Popen[str], str]:
    """``scenewire serve SESSION`` in its own process; the process and its URL."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "scenewire.cli", "serve", session, "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    match = re.search(r"on (ws://\S+)", line)
    if not match:
        proc.kill()
        proc.wait(10)
    assert match, line
    return proc, match.group(1)


def stop(proc: subprocess.Popen[str]) -> None:
    proc.kill()
    proc.wait(10)


@pytest.fixture
def server() -> Iterator[tuple[subprocess.Popen[str], str]]:
    """``scenewire serve`` of the recorder session in its own process, on a free port."""
    proc, url = serve("tests.frontend.sessions:RecorderSession")
    yield proc, url
    stop(proc)


@contextlib.contextmanager
def other_major_server() -> Iterator[tuple[int, list[tuple[int | None, str | None]], threading.Thread]]:
    """A server that answers every hello with one of major 2: its port, the closes it saw, its thread."""
    hello = make_hello("server", "future-server/2.0", minor=0)  # 2.0, whatever minor this side speaks
    hello.major = 2
    closed: list[tuple[int | None, str | None]] = []

    async def handler(ws) -> None:
        await ws.recv()
        await ws.send(encode(hello))
        with contextlib.suppress(Exception):
            await ws.recv()
        closed.append((ws.close_code, ws.close_reason))

    with server_thread(handler) as (port, thread):
        yield port, closed, thread


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
        assert win.waiting.text().startswith(f"No scene came from ws://127.0.0.1:{port}")
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
    with other_major_server() as (port, closed, _):
        win = open_window(qtbot, AppSpec(transport=WebSocketTransport("127.0.0.1", port)))
        try:
            qtbot.waitUntil(lambda: bool(win.status.errors), timeout=WAIT_MS)
            assert "2.0" in " ".join(win.status.errors)
            qtbot.waitUntil(lambda: bool(closed), timeout=WAIT_MS)
            assert closed[0][0] == 4001
        finally:
            win.shutdown()


def test_reconnect_does_not_retry_after_4001(qtbot) -> None:
    with other_major_server() as (port, closed, _):
        transport = WebSocketTransport("127.0.0.1", port, reconnect=True, reconnect_delays=(0.05,))
        win = open_window(qtbot, AppSpec(transport=transport))
        try:
            qtbot.waitUntil(lambda: transport.closed, timeout=WAIT_MS)  # closed: over, and not to be retried
            qtbot.waitUntil(lambda: not win.timer.isActive(), timeout=WAIT_MS)
            assert transport.attempts == 1 and transport.connections == 0
            assert [code for code, _ in closed] == [4001]
            assert "reconnecting" not in win.status.message.text()
        finally:
            win.shutdown()


def test_with_reconnect_a_restarted_server_is_reached_and_its_new_scene_shown(qtbot) -> None:
    proc, url = serve("tests.frontend.sessions:RecorderSession")
    port = int(url.rsplit(":", 1)[1])
    transport = WebSocketTransport(url, reconnect=True, reconnect_delays=(0.1, 0.2))
    win = open_window(qtbot, AppSpec(transport=transport))
    second = None
    try:
        qtbot.waitUntil(lambda: "controls" in win.frames, timeout=WAIT_MS)
        assert win.windowTitle() == "recorder"
        stop(proc)
        qtbot.waitUntil(lambda: any("lost the connection" in e for e in win.status.errors), timeout=WAIT_MS)
        assert win.timer.isActive()  # still polling: a retry is on its way
        second, _ = serve("tests.frontend.sessions:OtherSession", port)
        qtbot.waitUntil(lambda: "knobs" in win.frames, timeout=WAIT_MS)
        assert win.windowTitle() == "other scene"
        assert set(win.frames) == {"knobs"}
        assert transport.connections == 2 and transport.polled_connection == 2
    finally:
        win.shutdown()
        if second is not None:
            stop(second)


def test_a_field_append_changes_the_line_plots_pixels(qtbot, server) -> None:
    from PyQt6.QtCore import Qt
    from PyQt6.QtTest import QTest

    from scenewire.frontend.views.registry import adapter_for

    assert adapter_for("line_plot") is not None
    _, url = server
    win = open_window(qtbot, AppSpec(transport=WebSocketTransport(url)))
    try:
        qtbot.waitUntil(lambda: "plots" in win.frames, timeout=WAIT_MS)
        plot = win.frames["plots"].body.hosts["plot"]
        qtbot.waitUntil(lambda: "controls" in win.frames, timeout=WAIT_MS)
        settled(qtbot, lambda: grab(win))
        plot.setFixedSize(plot.size())  # a late layout pass (the controls' labels) must not resize the grabs
        before = settled(qtbot, lambda: grab(plot))
        QTest.keyClick(win, Qt.Key.Key_A)  # the session appends 50 samples to both series
        qtbot.waitUntil(lambda: win.state.field("v").values.shape == (2, 50), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: int(np.any(grab(plot) != before, axis=2).sum()) > 200, timeout=WAIT_MS)
        keep(plot, "ws_line_plot_after_append")
        after = grab(plot)
        QTest.keyClick(win, Qt.Key.Key_A)  # 50 more: the lines grow again
        qtbot.waitUntil(lambda: win.state.field("v").values.shape == (2, 100), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: int(np.any(grab(plot) != after, axis=2).sum()) > 200, timeout=WAIT_MS)
    finally:
        win.shutdown()


def test_diagnostics_show_rates_bytes_and_the_longest_apply(qtbot, server) -> None:
    from scenewire.frontend.app import DiagnosticsSpec

    _, url = server
    win = open_window(qtbot, AppSpec(transport=WebSocketTransport(url), diagnostics=DiagnosticsSpec()))
    try:
        qtbot.waitUntil(lambda: "controls" in win.frames, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: "updates/s" in win.status.diagnostics.text(), timeout=WAIT_MS)
        text = win.status.diagnostics.text()
        assert "B/s" in text and "longest apply" in text, text
        assert win.status.diagnostics.isVisible()
        assert win.transport.bytes_received > 0
    finally:
        win.shutdown()


def test_while_connecting_the_empty_window_says_where_and_then_why_nothing_came(qtbot) -> None:
    import socket

    with socket.socket() as listener:  # accepts TCP, never answers the upgrade
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        port = listener.getsockname()[1]
        transport = WebSocketTransport("127.0.0.1", port, open_timeout=1.0)
        win = open_window(qtbot, AppSpec(transport=transport))
        try:
            assert win.waiting.isVisible()
            assert win.waiting.text().startswith(f"Connecting to ws://127.0.0.1:{port}")
            qtbot.waitUntil(lambda: "No scene came from" in win.waiting.text(), timeout=WAIT_MS)
            assert any("no connection within 1 s" in e for e in win.status.errors)
        finally:
            win.shutdown()


def test_the_same_session_renders_the_same_pixels_over_a_pipe_and_a_websocket(qtbot, server) -> None:
    _, url = server
    shots = []
    for transport in (PipeTransport(RecorderSession, use_process=False), WebSocketTransport(url)):
        win = open_window(qtbot, AppSpec(transport=transport))
        try:
            qtbot.waitUntil(lambda w=win: "controls" in w.frames, timeout=WAIT_MS)
            shots.append(settled(qtbot, lambda w=win: pixels(w)))
        finally:
            win.shutdown()
            win.close()
    assert shots[0].shape == shots[1].shape
    differ = np.any(shots[0] != shots[1], axis=2)
    assert differ.sum() == 0, f"{differ.sum()} pixels differ"
