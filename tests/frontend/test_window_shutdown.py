"""Closing the window never waits on the network: a stopped server, one that never answers, a connection opening."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

from scenewire.frontend.app import AppSpec, run_app
from scenewire.frontend.qt_transport import WebSocketTransport
from scenewire.frontend.window import VispyFrontendWindow

from .test_ws_window import WAIT_MS, open_window, serve, stop

ROOT = Path(__file__).resolve().parents[2]
GUARD_S = 120.0  # a hang ends here (the stopped server is let go), and the test fails instead of hanging


def is_stopped(pid: int) -> bool:
    """Whether the process is stopped by a signal (state T in /proc)."""
    with open(f"/proc/{pid}/stat") as f:
        return f.read().rsplit(")", 1)[1].split()[0] in ("T", "t")


def guard(proc: subprocess.Popen[str]) -> tuple[threading.Event, threading.Event]:
    """(cancel, fired): after GUARD_S, resume ``proc`` so that whatever waits on it ends, and say so."""
    cancel, fired = threading.Event(), threading.Event()

    def run() -> None:
        if not cancel.wait(GUARD_S):
            fired.set()
            os.kill(proc.pid, signal.SIGCONT)

    threading.Thread(target=run, daemon=True).start()
    return cancel, fired


def test_run_app_returns_while_the_server_is_still_stopped(qapp) -> None:
    from PyQt6.QtCore import QTimer

    proc, url = serve("tests.frontend.sessions:RecorderSession")
    # the server would get ten minutes to answer stop_session: only an abort can end this connection in time
    transport = WebSocketTransport(url, stop_timeout=600.0)
    seen: dict[str, bool] = {}

    def close_once_shown() -> None:
        windows = [w for w in qapp.topLevelWidgets() if isinstance(w, VispyFrontendWindow) and w.isVisible()]
        if not windows or "controls" not in windows[0].frames:
            QTimer.singleShot(50, close_once_shown)
            return
        os.kill(proc.pid, signal.SIGSTOP)
        windows[0].close()
        seen["closed while stopped"] = is_stopped(proc.pid)

    cancel, fired = guard(proc)
    try:
        QTimer.singleShot(0, close_once_shown)
        assert run_app(AppSpec(transport=transport)) == 0
        returned_while_stopped = is_stopped(proc.pid)
        assert not fired.is_set(), "run_app waited for the stopped server"
        assert seen == {"closed while stopped": True}
        assert returned_while_stopped
        assert transport.closed and transport.end(grace=0.0)  # its socket thread has finished too
    finally:
        cancel.set()
        os.kill(proc.pid, signal.SIGCONT)
        stop(proc)


def test_closing_while_the_connection_is_still_opening_ends_it(qtbot) -> None:
    with socket.socket() as listener:  # accepts TCP, never answers the upgrade
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        port = listener.getsockname()[1]
        transport = WebSocketTransport("127.0.0.1", port, open_timeout=600.0)
        win = open_window(qtbot, AppSpec(transport=transport))
        listener.settimeout(WAIT_MS / 1000)
        peer, _ = listener.accept()  # the window's socket is connected at the TCP level, mid-upgrade
        with peer:
            win.close()
            assert not win.timer.isActive()
            qtbot.waitUntil(lambda: transport.closed, timeout=WAIT_MS)  # its thread ended it on its own
            assert transport.end(grace=0.0)
            assert not transport.connected and transport.connections == 0


def test_a_process_that_leaves_while_a_connection_hangs_exits_cleanly(qapp, tmp_path: Path) -> None:
    """No ``run_app``, no ``end()``: a window closed on a stopped server, then the interpreter exits at once."""
    proc, url = serve("tests.frontend.sessions:RecorderSession")
    script = tmp_path / "leave.py"
    script.write_text(
        textwrap.dedent(
            f"""
            import os, signal, sys
            from PyQt6.QtWidgets import QApplication
            import scenewire.frontend
            from scenewire.frontend.app import AppSpec
            from scenewire.frontend.qt_transport import WebSocketTransport
            from scenewire.frontend.window import VispyFrontendWindow

            app = QApplication([])
            win = VispyFrontendWindow(AppSpec(transport=WebSocketTransport({url!r}, stop_timeout=600.0)))
            win.show()
            while "controls" not in win.frames:
                app.processEvents()
            os.kill({proc.pid}, signal.SIGSTOP)
            win.close()
            print("closed", flush=True)
            sys.exit(0)
            """
        )
    )
    cancel, fired = guard(proc)
    try:
        done = subprocess.run(
            [sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True, timeout=GUARD_S + 60
        )
        assert not fired.is_set(), "the process waited for the stopped server"
        assert is_stopped(proc.pid)
        assert done.returncode == 0, done.stderr[-2000:]
        assert "closed" in done.stdout
        assert "QThread: Destroyed while thread is still running" not in done.stderr
    finally:
        cancel.set()
        os.kill(proc.pid, signal.SIGCONT)
        stop(proc)
