"""A hostile server's status and error texts in the window's status bar: plain text, escaped, bounded (issue 17)."""

from __future__ import annotations

from typing import Any

from PyQt6.QtCore import Qt

from scenewire.frontend.app import AppSpec
from scenewire.frontend.qt_transport import WebSocketTransport
from scenewire.frontend.window import VispyFrontendWindow
from scenewire.protocol import Error, SceneReady, Status, encode, make_hello
from scenewire.protocol.limits import MAX_SHOWN_TEXT_BYTES
from scenewire.protocol.text import ESCAPES
from scenewire.scene import Scene

from .loopback import server_thread

WAIT_MS = 15_000
STATUS = "<b>bold</b><img src='file:///etc/hostname'>\x1b[31m\nsecond line\u202e"
ERROR = "failed\x1b]0;title\x07\r\n" + "x" * (1 << 20)


async def hostile(ws: Any) -> None:
    await ws.recv()
    await ws.send(encode(make_hello("server", "hostile")))
    await ws.send(encode(SceneReady(scene=Scene(metadata={"title": "hostile"}))))
    await ws.send(encode(Error(message=ERROR, code="session_error")))
    await ws.send(encode(Status(message=STATUS)))
    await ws.wait_closed()


def test_a_servers_status_and_error_are_shown_as_plain_escaped_bounded_text(qtbot) -> None:
    with server_thread(hostile) as (port, _):
        win = VispyFrontendWindow(AppSpec(transport=WebSocketTransport("127.0.0.1", port)))
        qtbot.addWidget(win)
        win.show()
        try:
            qtbot.waitUntil(lambda: win.status.message.text() != "", timeout=WAIT_MS)
            shown, error = win.status.message.text(), win.status.error_text
            formats = {win.status.message.textFormat(), win.status.error_label.textFormat()}
            tooltip = win.status.error_label.toolTip()
        finally:
            win.shutdown()
    unsafe = set(map(chr, ESCAPES))
    assert formats == {Qt.TextFormat.PlainText}  # "<img src=...>" is not loaded, "<b>" not drawn bold
    assert shown == "<b>bold</b><img src='file:///etc/hostname'>\\x1b[31m\\nsecond line\\u202e", shown
    assert error.startswith("failed\\x1b]0;title\\x07\\r\\nxxx") and len(error.encode()) <= MAX_SHOWN_TEXT_BYTES
    assert not (unsafe & set(shown + error))
    assert tooltip.startswith("<pre>failed\\x1b]0;title") and "&lt;" not in tooltip
