"""WebSocketTransport: a session elsewhere (WSL, another machine), over Qt's own ``QWebSocket``.

The connection rules (§2.2-§2.7) are :class:`~scenewire.protocol.connection.ClientConnection`'s,
the same sans-I/O core the asyncio client and the server drive; this module
only moves bytes between it and a ``QWebSocket`` and turns its events into
what the window shows.

The socket lives on a thread of its own (a ``QThread`` with its own event
loop): reading a 4 MB message, copying it out of Qt and decoding it cost
several milliseconds each, which on the GUI thread stalled the window for
longer than a frame (docs/benchmarks.md). That thread appends decoded updates,
in the order they arrived, to an :class:`~.inbox.Inbox` the window's 60 Hz
timer drains with :meth:`WebSocketTransport.poll_updates`, which never
blocks. The inbox is bounded (§11.1): while the window has not taken what it
holds, the socket's thread reads nothing more, and TCP slows the server. A
tick that grows past what a window holds (it never closes) closes the
connection 1009, with an ``error`` saying why. Commands cross to
it as queued Qt signals, so they leave in the order they were given.

Whatever goes wrong (refused, busy, version mismatch, a dropped link, a
frame that does not decode) becomes an ``error`` update in that inbox, for
the window to show; nothing raises into Qt's event loop. After a connection
ends, :attr:`WebSocketTransport.closed` turns true and the window stops
polling, unless ``reconnect`` is on (see docs/decisions.md for why it is off
by default).

Protocol 1.1 (§2.5, §5, §7.14): ``access="observe"`` asks a shared run for
an observer's place. After each successful hello the inbox holds a
:class:`Joined` (the access the hello gave, the run it names) and then, as
they come, the server's ``access`` messages, in order with the updates:
the window reads both itself and never applies them to its scene state.
:meth:`WebSocketTransport.request_control` sends ``control_request``.
Against a 1.0 server (no ``access`` in its hello) none of this happens and
the window behaves exactly as with 1.0. A window that closes on a 1.1
server sends no ``stop_session``: a shared run outlives its viewers (the
per-connection server ends its session when the client leaves anyway). A
dropped link to a run shared with others, retried, becomes a :class:`Lost`
in the inbox rather than an ``error``: the run goes on, and the next hello
says whether the window is back in it.

Closing never waits on the network: :meth:`WebSocketTransport.stop` only asks
the socket's thread to end the connection (``stop_session``, the server's
close, else ours, else an abort), and that thread ends on its own. Until it
has, a module registry keeps it from the garbage collector (a ``QThread``
freed while it runs takes the process down); at interpreter exit the
connections still ending are aborted, which is local and quick whatever the
peer does. :meth:`WebSocketTransport.end` is the bounded wait for callers
that are about to free the ``QApplication`` (``run_app``).
"""

from __future__ import annotations

import atexit
import logging
import threading
import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from PyQt6 import sip
from PyQt6.QtCore import QCoreApplication, QEvent, QObject, QThread, QTimer, QUrl, pyqtSignal, pyqtSlot
from PyQt6.QtNetwork import QAbstractSocket, QNetworkRequest, QSslConfiguration
from PyQt6.QtWebSockets import QWebSocket, QWebSocketHandshakeOptions, QWebSocketProtocol

from .. import __version__
from ..protocol import (
    CONTROL,
    OBSERVE,
    SUBPROTOCOL,
    Access,
    Error,
    RunState,
    SessionCommand,
    SessionUpdate,
    Status,
    StopSession,
)
from ..protocol.close import CloseCode
from ..protocol.connection import ClientConnection, Close, Dropped, Ended, Handshake, Received, Send, with_token
from ..protocol.limits import HELLO_TIMEOUT_S, MAX_FRAME_BYTES
from ..protocol.text import shown
from ..transports.addresses import connect_url, tls_hint
from ..wire.codec import Codec
from ..wire.errors import ErrorCode
from .inbox import Inbox, OpenTick

log = logging.getLogger("scenewire.frontend.ws")

IMPLEMENTATION = f"scenewire-python-qt/{__version__}"
DEFAULT_PORT = 8765
OPEN_TIMEOUT_S = 10.0
STOP_TIMEOUT_S = 5.0
CLOSE_TIMEOUT_S = 1.0  # after our own close frame, how long to wait for the server's before aborting
RECONNECT_DELAYS_S = (0.5, 1.0, 2.0, 4.0, 8.0)  # then the last one, again and again
NO_RETRY_CODES = {CloseCode.VERSION_MISMATCH, CloseCode.PROTOCOL_ERROR, CloseCode.UNSUPPORTED_DATA}
MAX_QUEUED_COMMANDS = 256  # commands given before the hello completes are sent after it
END_GRACE_S = 1.0  # end(): how long a stopping connection may take to close as agreed before it is aborted
ABORT_WAIT_S = 2.0  # after an abort (no network involved), how long a socket thread may take to finish


@dataclass(frozen=True, slots=True)
class Joined:
    """In the inbox right after a new connection's mark: what its hello said (1.1, §5).

    ``access`` is ``None`` from a 1.0 server (every client controls, nobody else watches).
    """

    connection: int
    access: str | None
    run: str | None
    url: str


@dataclass(frozen=True, slots=True)
class Lost:
    """In the inbox instead of an ``error`` when a link to a run shared with others dropped and will be retried.

    The run goes on without this client: a window says it is reconnecting, not that something failed
    (the ``status`` that follows says when it tries again).
    """

    message: str


@dataclass(frozen=True, slots=True)
class AccessState:
    """Where this client stands on a shared run (1.1): its role, whether its request waits, who is connected."""

    access: str
    waiting: bool = False
    clients: int = 1
    run: str | None = None

    @property
    def controls(self) -> bool:
        return self.access == CONTROL


def parse_url(url: str) -> tuple[str, int]:
    """Host and port of a ``ws://host:port`` URL (port 8765 when absent); ``ValueError`` otherwise."""
    parts = urlsplit(url)
    if parts.scheme not in ("ws", "wss") or not parts.hostname:
        raise ValueError(f"expected a URL like ws://127.0.0.1:8765, got {url!r}")
    return parts.hostname, parts.port or DEFAULT_PORT


@dataclass(frozen=True, slots=True)
class _Settings:
    url: str
    token: str | None
    reconnect: bool
    reconnect_delays: tuple[float, ...]
    codec: Codec | None
    open_timeout: float
    hello_timeout: float
    stop_timeout: float
    max_frame_bytes: int
    access: str | None


class WebSocketTransport:
    """``WebSocketTransport("localhost", 8765)`` or ``WebSocketTransport("ws://localhost:8765")``.

    The socket and its thread are made in :meth:`start`, once the
    ``QApplication`` exists. ``reconnect=True`` retries a connection that
    failed or dropped, after 0.5, 1, 2, 4, 8, 8, ... seconds
    (``reconnect_delays``); each new connection gets a fresh session from the
    server (§2.5), or, from a shared run (1.1), the same run at its present
    state. A refusal that retrying cannot fix (another major, a protocol
    error) is never retried. ``access="observe"`` asks a 1.1 server for an
    observer's place (``None``: ask for nothing, which is control).
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int | None = None,
        *,
        token: str | None = None,
        reconnect: bool = False,
        reconnect_delays: Sequence[float] = RECONNECT_DELAYS_S,
        codec: Codec | None = None,
        open_timeout: float = OPEN_TIMEOUT_S,
        hello_timeout: float = HELLO_TIMEOUT_S,
        stop_timeout: float = STOP_TIMEOUT_S,
        max_frame_bytes: int = MAX_FRAME_BYTES,
        access: str | None = None,
    ) -> None:
        if access not in (None, CONTROL, OBSERVE):
            raise ValueError(f"access is {CONTROL!r} or {OBSERVE!r}, not {access!r}")
        if "://" in host:
            if port is not None:
                raise ValueError("give a URL or a host and a port, not both")
            self.url = host
            self.host, self.port = parse_url(host)
        else:
            self.host, self.port = host, DEFAULT_PORT if port is None else port
            self.url = connect_url(self.host, self.port)
        if not reconnect_delays or min(reconnect_delays) < 0:
            raise ValueError("reconnect_delays must be a non-empty sequence of non-negative seconds")
        self.token = token
        self.reconnect = reconnect
        self.reconnect_delays = tuple(float(d) for d in reconnect_delays)
        self.codec = codec
        self.open_timeout = open_timeout
        self.hello_timeout = hello_timeout
        self.stop_timeout = stop_timeout
        self.max_frame_bytes = max_frame_bytes
        self.access_asked = access
        # updates (and connection marks) from the link's thread, for poll_updates; bounded (§11.1)
        self._inbox = Inbox()
        self.polled_connection = 0  # the connection (1, 2, ...) the updates of the last poll_updates came from
        self._early: list[SessionCommand] = []  # commands given before start()
        self._thread: QThread | None = None
        self._link: _Link | None = None
        self._started = False
        self._stopping = False

    # -- the Transport protocol ---------------------------------------------------------

    def start(self) -> None:
        """Start the socket's thread and open the connection; everything else arrives through the inbox."""
        if self._started:
            raise RuntimeError("WebSocketTransport.start() was already called")
        self._started = True
        settings = _Settings(
            url=self.url,
            token=self.token,
            reconnect=self.reconnect,
            reconnect_delays=self.reconnect_delays,
            codec=self.codec,
            open_timeout=self.open_timeout,
            hello_timeout=self.hello_timeout,
            stop_timeout=self.stop_timeout,
            max_frame_bytes=self.max_frame_bytes,
            access=self.access_asked,
        )
        _load_tls_backend()
        _finish_pending_deletes()
        self._thread = QThread()
        self._thread.setObjectName(f"scenewire-ws {self.url}")
        self._link = _Link(settings, self._inbox, self._early)
        self._link.moveToThread(self._thread)
        self._link.command.connect(self._link.send_command)
        self._link.control_wanted.connect(self._link.request_control)
        self._link.stop_requested.connect(self._link.stop)
        self._link.abort_requested.connect(self._link.abort)
        self._thread.started.connect(self._link.begin)
        _keep_until_finished(self._thread, self._link)
        self._thread.start()

    def poll_updates(self) -> list[SessionUpdate]:
        """Everything decoded since the last call, in order; never blocks.

        One call never returns updates of two connections: the first call after
        a new connection's hello returns only its updates and moves
        :attr:`polled_connection` on (a window's tick gate is per connection, §7.12).
        """
        connections, out = self._inbox.take(_NEW_CONNECTION)
        self.polled_connection += connections
        return out

    def send_command(self, command: SessionCommand) -> None:
        """Send when connected; before the server's hello, queue it (§2.3 step 3); after the end, drop it."""
        if self._stopping:
            return
        if self._link is None:
            if len(self._early) < MAX_QUEUED_COMMANDS:
                self._early.append(command)
            return
        if not self._link.closed:
            self._link.command.emit(command)

    def request_control(self, want: bool = True) -> bool:
        """Ask a shared run for control (``want``), or give it up (1.1, §6.7); whether it can be asked.

        False (and nothing sent) when the server speaks 1.0 or the connection is not open: a 1.0
        server's client always controls. The answer comes as an ``access`` message.
        """
        link = self._link
        if self._stopping or link is None or link.closed or link.access is None:
            return False
        link.control_wanted.emit(bool(want))
        return True

    @property
    def access(self) -> AccessState | None:
        """The last role a 1.1 server gave this client (hello, then ``access`` messages); ``None`` from 1.0."""
        return self._link.access if self._link is not None else None

    def stop(self) -> None:
        """Ask the connection to end, and return at once; idempotent.

        On the socket's thread: ``stop_session``, then the server's close
        within ``stop_timeout``; else our close, and after ``CLOSE_TIMEOUT_S``
        an abort. The thread then ends on its own. Updates that arrive
        meanwhile stay for a last :meth:`poll_updates`.
        """
        if not self._started or self._stopping:
            return
        self._stopping = True
        assert self._link is not None
        self._link.stop_asked = True
        self._link.stop_requested.emit()  # queued: runs on the link's thread, even after it closed (then a no-op)

    def end(self, grace: float = END_GRACE_S) -> bool:
        """:meth:`stop`, then wait up to ``grace`` seconds for the close; abort it after that.

        For a caller about to free the ``QApplication``: the socket's thread has
        finished when this returns True. Waits on the network for ``grace``
        seconds at most (an abort is local), so never call it from a window
        that is still shown.
        """
        self.stop()
        link, thread = self._link, self._thread
        if link is None or thread is None:
            return True
        if not link.done.wait(max(grace, 0.0)):
            log.info("the connection to %s did not close within %g s: aborting it", self.url, grace)
            link.abort_asked = True
            link.abort_requested.emit()
        if not thread.wait(int(ABORT_WAIT_S * 1000)):
            log.warning("the socket thread of %s did not finish; it is aborted at exit", self.url)
            return False
        _LIVE.pop(thread, None)
        return True

    @property
    def closed(self) -> bool:
        """The connection is over and will not be retried: the window may stop polling."""
        return self._link is not None and self._link.closed

    @property
    def connected(self) -> bool:
        return self._link is not None and self._link.connected

    @property
    def server_hello(self) -> Any:
        return self._link.server_hello if self._link is not None else None

    @property
    def attempts(self) -> int:
        """Connection attempts since the last successful hello."""
        return self._link.attempts if self._link is not None else 0

    @property
    def connections(self) -> int:
        """Successful hello exchanges so far."""
        return self._link.connections if self._link is not None else 0

    @property
    def backlog(self) -> int:
        """Updates decoded and not yet polled."""
        return len(self._inbox)

    @property
    def inbox(self) -> Inbox:
        """What the socket's thread decoded and the window has not taken (bounded, §11.1)."""
        return self._inbox

    @property
    def bytes_received(self) -> int:
        """Frame bytes received so far, over every connection."""
        return self._link.bytes_received if self._link is not None else 0

    @property
    def frames_dropped(self) -> int:
        """Frames received and dropped (they did not decode or broke a rule, §2.4)."""
        return self._link.frames_dropped if self._link is not None else 0


class _Link(QObject):
    """The socket side of a :class:`WebSocketTransport`; every method runs on the transport's thread."""

    command = pyqtSignal(object)
    control_wanted = pyqtSignal(bool)
    stop_requested = pyqtSignal()
    abort_requested = pyqtSignal()

    def __init__(self, settings: _Settings, inbox: Inbox, early: list[SessionCommand]) -> None:
        super().__init__()
        self.settings = settings
        self.inbox = inbox
        self.done = threading.Event()  # set once the link has ended for good (stopped or not retried)
        self.closed = False
        self.server_hello: Any = None
        self.access: AccessState | None = None  # this connection's role on a 1.1 server; None from 1.0
        self.shared_seen = False  # a run shared with others (another client, or this one observed): it outlives us
        self.attempts = 0
        self.connections = 0
        self.bytes_received = 0  # frame bytes, all connections (read from the GUI thread for diagnostics)
        self.frames_dropped = 0  # frames the connection dropped (§2.4)
        self._commands: deque[SessionCommand] = deque(early, maxlen=MAX_QUEUED_COMMANDS)
        self._socket: QWebSocket | None = None
        self._conn: ClientConnection | None = None
        self._timer: QTimer | None = None  # open and hello timeouts
        self._retry: QTimer | None = None
        self._stop_timer: QTimer | None = None
        self._stopping = False
        self.stop_asked = False  # set by the transport (GUI thread) when it asks for the stop
        self.abort_asked = False  # set at interpreter exit (GUI thread) before it asks for the abort
        self._open_tick = OpenTick()  # what this connection's unclosed tick holds (§7.12, §11.1)
        self._closed_for: str | None = None  # why this client closed the connection itself (already shown)
        self._frame_bytes = 0  # the size of the frame being handled
        self._close_sent = False
        self._last_socket_error = ""
        self._socket_failed = False

    @property
    def connected(self) -> bool:
        return self._conn is not None and self._conn.is_open

    @property
    def stopping(self) -> bool:
        """Told to stop (it is ending as agreed with the peer, or has ended)."""
        return self.stop_asked or self._stopping

    @pyqtSlot()
    def begin(self) -> None:
        """On the thread: make the timers, open the first connection."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._timed_out)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._open)
        self._stop_timer = QTimer(self)
        self._stop_timer.setSingleShot(True)
        self._stop_timer.timeout.connect(self._stop_overdue)
        self._open()

    @pyqtSlot(object)
    def send_command(self, command: SessionCommand) -> None:
        if self.closed or self._stopping:
            return
        conn, socket = self._conn, self._socket
        if conn is not None and socket is not None and conn.is_open:
            socket.sendBinaryMessage(conn.send(command))
        else:
            self._commands.append(command)

    @pyqtSlot(bool)
    def request_control(self, want: bool) -> None:
        conn, socket = self._conn, self._socket
        if self.closed or self._stopping or conn is None or socket is None or not conn.is_open:
            return
        if conn.access is None:  # a 1.0 server: no roles
            return
        socket.sendBinaryMessage(conn.request_control(want))

    @pyqtSlot()
    def stop(self) -> None:
        """``stop_session`` (1.0), then the server's close within ``stop_timeout``; else our close, then abort."""
        if self._stopping:
            return
        self._stopping = True
        for timer in (self._timer, self._retry):
            if timer is not None:
                timer.stop()
        conn, socket = self._conn, self._socket
        if socket is None or socket.state() == QAbstractSocket.SocketState.UnconnectedState:
            self._finish()
            return
        assert self._stop_timer is not None
        if conn is not None and conn.is_open and conn.access is None:  # 1.1: a shared run outlives its viewers
            socket.sendBinaryMessage(conn.send(StopSession()))
            self._stop_timer.start(int(self.settings.stop_timeout * 1000))
        else:
            self._stop_overdue()

    def _stop_overdue(self) -> None:
        socket = self._socket
        if socket is None or socket.state() == QAbstractSocket.SocketState.UnconnectedState:
            self._finish()
        elif not self._close_sent:
            self._close_sent = True
            socket.close(QWebSocketProtocol.CloseCode.CloseCodeNormal, "the window closed")
            assert self._stop_timer is not None
            self._stop_timer.start(int(CLOSE_TIMEOUT_S * 1000))
        else:
            socket.abort()
            self._finish()

    @pyqtSlot()
    def abort(self) -> None:
        """End now, without waiting for the peer (it may be stopped or gone): the process is leaving."""
        self._stopping = True
        socket = self._socket
        if socket is not None and socket.state() != QAbstractSocket.SocketState.UnconnectedState:
            socket.abort()  # local; ``disconnected`` may follow at once and finish the link first
        self._finish()

    def _finish(self) -> None:
        """The end: no more timers, and the thread's event loop ends after this slot.

        The socket stays on this thread, and is freed with the link once the
        thread has finished (on whichever thread drops the last reference).
        """
        if self.done.is_set():
            return
        self.closed = True
        for timer in (self._timer, self._retry, self._stop_timer):
            if timer is not None:
                timer.stop()
        self.done.set()
        thread = self.thread()
        if thread is not None:
            thread.quit()

    # -- the socket ----------------------------------------------------------------------

    def _open(self) -> None:
        if self._stopping:
            return
        settings = self.settings
        self.attempts += 1
        self._socket_failed = False
        self._close_sent = False
        self._open_tick = OpenTick()
        self._closed_for = None
        self._conn = ClientConnection(
            codec=settings.codec,
            max_frame_bytes=settings.max_frame_bytes,
            hello_timeout=settings.hello_timeout,
            implementation=IMPLEMENTATION,
            access=settings.access,
        )
        self.access = None
        # A child of the link, so Qt owns it: a garbage collection on another thread (the GUI's) drops only
        # its Python wrapper and never deletes a socket this thread is using; deleteLater frees it here.
        old, self._socket = self._socket, QWebSocket("", QWebSocketProtocol.Version.VersionLatest, self)
        if old is not None:
            old.deleteLater()
        socket = self._socket
        socket.setMaxAllowedIncomingMessageSize(settings.max_frame_bytes)
        socket.setMaxAllowedIncomingFrameSize(settings.max_frame_bytes)
        socket.connected.connect(lambda s=socket: self._on_connected(s))
        socket.disconnected.connect(lambda s=socket: self._on_disconnected(s))
        socket.binaryMessageReceived.connect(lambda data, s=socket: self._on_frame(s, data))
        socket.textMessageReceived.connect(lambda text, s=socket: self._on_frame(s, text))
        socket.errorOccurred.connect(lambda err, s=socket: self._on_error(s, err))
        options = QWebSocketHandshakeOptions()
        options.setSubprotocols([SUBPROTOCOL])
        assert self._timer is not None
        self._timer.start(int(settings.open_timeout * 1000))
        socket.open(QNetworkRequest(QUrl(with_token(settings.url, settings.token))), options)

    def _on_connected(self, socket: QWebSocket) -> None:
        if socket is not self._socket or self._conn is None:
            return
        log.info("connected to %s (subprotocol %r)", self.settings.url, socket.subprotocol())
        socket.sendBinaryMessage(self._conn.hello_frame())
        assert self._timer is not None
        self._timer.start(int(self.settings.hello_timeout * 1000))

    def _on_frame(self, socket: QWebSocket, data: Any) -> None:
        if socket is not self._socket or self._conn is None:
            return
        frame = data if isinstance(data, str) else data.data()  # one copy out of Qt's buffer
        self.bytes_received += len(frame)
        self._frame_bytes = len(frame)
        try:
            events = self._conn.receive(frame)
        except Exception as exc:  # a bug in the core; never let it into Qt's event loop
            log.exception("handling a frame failed")
            self.inbox.put(Error(message=f"could not handle a frame from the server: {exc}"))
            return
        del frame, data  # not held while this thread waits below
        self._perform(socket, events)
        # The window is behind: read nothing more until it catches up. The kernel's buffers fill and TCP
        # slows the server, whose session then waits (its backlog budget); nothing is dropped.
        if self.inbox.wait_for_room(lambda: self.stop_asked or self.abort_asked):
            log.debug("waited for the window to take its inbox (%d bytes)", self.inbox.bytes)

    def _on_error(self, socket: QWebSocket, error: Any) -> None:
        if socket is not self._socket:
            return
        log.info("socket error on %s: %s", self.settings.url, socket.errorString())
        self._last_socket_error = socket.errorString()
        self._socket_failed = True

    def _on_disconnected(self, socket: QWebSocket) -> None:
        if socket is not self._socket or self._conn is None:
            return
        code = socket.closeCode()
        number = int(code.value) if hasattr(code, "value") else int(code)
        reason = socket.closeReason() or ""
        # Qt reports 1000 also when the TCP connection just ended (a killed server, a refused
        # connection); errorOccurred before disconnected is what tells a dropped link from a close frame.
        # (a server never closes with 1000 before its hello, so that is a failed connection too)
        failed = self._socket_failed or number == 1006 or (number == 1000 and self._conn.peer_hello is None)
        lost: int | None = None if failed else number
        if failed and not self._last_socket_error:
            self._last_socket_error = socket.errorString()
        self._perform(socket, self._conn.connection_lost(lost, reason))
        if self._stopping:
            self._finish()

    def _timed_out(self) -> None:
        socket, conn = self._socket, self._conn
        if socket is None or conn is None:
            return
        if socket.state() != QAbstractSocket.SocketState.ConnectedState:
            self._last_socket_error = f"no connection within {self.settings.open_timeout:g} s"
            self._socket_failed = True
            socket.abort()  # disconnected follows, and ends it
            return
        self._perform(socket, conn.hello_timed_out())

    def _perform(self, socket: QWebSocket, events: list[Any]) -> None:
        """Carry out what the connection asks, in order."""
        url = self.settings.url
        for event in events:
            if isinstance(event, Send):
                socket.sendBinaryMessage(event.data)
            elif isinstance(event, Received):
                self._received(socket, event.message)
            elif isinstance(event, Handshake):
                self._handshake(socket, event)
            elif isinstance(event, Dropped):
                self.frames_dropped += 1
                self.inbox.put(
                    Error(message=f"dropped a frame from the server: {event.error}", code=event.error.code.value)
                )
            elif isinstance(event, Close):
                if event.error is not None:
                    self.inbox.put(
                        Error(message=f"closed the connection to {url}: {event.reason}", code=event.error.code.value)
                    )
                self._close_sent = True
                socket.close(QWebSocketProtocol.CloseCode(int(event.code)), event.reason)
            elif isinstance(event, Ended):
                self._ended(event)

    def _received(self, socket: QWebSocket, message: Any) -> None:
        """Queue an update for the window, unless its tick has grown past what a window holds (§11.1)."""
        if isinstance(message, Access):  # the server's own, outside every tick (§7.14): never held with one
            run = self.access.run if self.access is not None else None
            self.access = AccessState(message.access, message.waiting, message.clients, run)
            self.shared_seen |= message.clients > 1 or message.access == OBSERVE
            self.inbox.put(message)
            return
        if isinstance(message, RunState):  # the server's own too (§7.15): a paused run closes no tick to hold it
            self.inbox.put(message)
            return
        why = self._open_tick.add(message, self._frame_bytes)
        if why is None:
            self.inbox.put(message, self._frame_bytes)
            return
        assert self._conn is not None
        log.warning("%s (%s)", why, self.settings.url)
        self.inbox.put(Error(message=why, code=ErrorCode.LIMIT_EXCEEDED.value))
        self._closed_for = why
        self._perform(socket, self._conn.close(CloseCode.MESSAGE_TOO_BIG, "a tick over this client's limit"))

    def _handshake(self, socket: QWebSocket, event: Handshake) -> None:
        assert self._timer is not None and self._conn is not None
        self._timer.stop()
        self.server_hello = event.hello
        self.connections += 1
        self.inbox.put(_NEW_CONNECTION)  # what follows comes from this connection
        access, run = self._conn.access, self._conn.run
        self.access = AccessState(access, run=run) if access is not None else None
        self.shared_seen |= access == OBSERVE
        self.inbox.put(Joined(self.connections, access, run, self.settings.url))
        self.attempts = 0
        log.info("server %s speaks %d.%d", shown(event.hello.implementation, 200), event.hello.major, event.hello.minor)
        if self.connections > 1 and access is None:  # from a 1.1 server, the window says which run it is back in
            self.inbox.put(Status(message=f"reconnected to {self.settings.url}", timeout_ms=5000))
        while self._commands and self._conn.is_open:
            socket.sendBinaryMessage(self._conn.send(self._commands.popleft()))

    def _ended(self, event: Ended) -> None:
        assert self._timer is not None
        self._timer.stop()
        code = event.code
        if self._stopping or code == CloseCode.NORMAL:
            self._finish()
            return
        retry = self.settings.reconnect and code not in NO_RETRY_CODES
        if self._closed_for is None:  # else the error that made this client close is already shown
            # a run shared with others goes on without us: losing the link is no failure of the run
            shared = retry and self.access is not None and self.shared_seen
            self.inbox.put(Lost(self._describe(event)) if shared else Error(message=self._describe(event)))
        if not retry:
            self._finish()
            return
        delays = self.settings.reconnect_delays
        delay = delays[min(self.attempts, len(delays)) - 1]
        self.inbox.put(
            Status(message=f"reconnecting to {self.settings.url} in {delay:g} s (attempt {self.attempts + 1})")
        )
        assert self._retry is not None
        self._retry.start(int(delay * 1000))

    def _describe(self, event: Ended) -> str:
        """One line a person can act on."""
        conn, url = self._conn, self.settings.url
        if conn is None or (conn.peer_hello is None and event.code is None):
            why = self._last_socket_error or "the connection failed"
            hint = " (is `scenewire serve` running there?)" if "refused" in why.lower() else tls_hint(url)
            return f"could not connect to {url}: {why}{hint}"
        if event.code == CloseCode.GOING_AWAY:
            return f"the server at {url} shut down" + (f": {event.reason}" if event.reason else "")
        if event.code is None:
            return f"lost the connection to {url}" + (
                f" (last error: {event.last_error.message})" if event.last_error is not None else ""
            )
        return f"the server at {url} {event.describe()}"


#: in the inbox: the updates after it come from a new connection
_NEW_CONNECTION = object()

#: socket threads still running, with their links: a QThread freed while it runs aborts the process
_LIVE: dict[QThread, _Link] = {}
_reaper: _Reaper | None = None


class _Reaper(QObject):
    """Lives on the GUI thread; drops a socket thread (and its link) from :data:`_LIVE` once it has finished."""

    @pyqtSlot()
    def reap(self) -> None:
        for thread, link in list(_LIVE.items()):
            # ``finished`` comes just before the thread's last steps: a moment's wait, never the network's
            if thread.isFinished() or (link.done.is_set() and thread.wait(500)):
                del _LIVE[thread]


def _load_tls_backend() -> None:
    """Load Qt's TLS plugin here, on the GUI thread, before the socket's thread exists.

    The first ``QWebSocket`` loads it otherwise, inside the socket's thread and
    holding the GIL; the plugin's constructor takes a Qt signal-slot lock that
    the GUI thread may hold while it waits for the GIL (a widget's
    ``disconnectNotify`` as an animation is destroyed). Both then wait for
    ever: ``scenewire view`` froze at start-up about once in eight runs.
    """
    QSslConfiguration.defaultConfiguration()


def _finish_pending_deletes() -> None:
    """Destroy, here on the GUI thread, the objects already waiting for ``deleteLater`` (a closed window's).

    The socket's thread makes its ``QWebSocket`` and connects its signals holding
    the GIL; a Qt signal-slot lock is taken for each. Destroying a widget's
    animation takes such a lock too and then waits for the GIL (PyQt's
    ``disconnectNotify``), so a deferred delete run by the GUI thread while the
    socket's thread starts could leave both waiting for ever (seen once, a window
    opened right after another closed). Running those deletes before the thread
    starts takes that moment away.
    """
    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _keep_until_finished(thread: QThread, link: _Link) -> None:
    global _reaper
    if _reaper is None:
        _reaper = _Reaper()
    _LIVE[thread] = link
    thread.finished.connect(_reaper.reap)  # queued to the GUI thread, after the thread's loop ended


def _end_all_at_exit(grace: float = 0.5) -> None:
    """At interpreter exit: give closing connections ``grace`` seconds, then abort the rest and join them.

    A thread that still runs after that is left to the operating system
    (its QThread handed to C++, so that freeing it cannot abort the exit).
    """
    deadline = time.monotonic() + grace
    for link in list(_LIVE.values()):
        if not link.done.wait(max(deadline - time.monotonic(), 0.0) if link.stopping else 0.0):
            link.abort_asked = True
            link.abort_requested.emit()
    for thread in list(_LIVE):
        if thread.wait(int(ABORT_WAIT_S * 1000)):
            del _LIVE[thread]
        else:
            log.warning("a socket thread did not finish at exit; leaving it to the OS")
            sip.transferto(thread, None)


atexit.register(_end_all_at_exit)

__all__ = ["AccessState", "Joined", "Lost", "WebSocketTransport", "parse_url"]
