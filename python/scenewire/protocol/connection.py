"""The rules of one scenewire connection, sans I/O: frames and timeouts in, actions out.

Every WebSocket peer in this package (the asyncio server and client, the
conformance peer, the probe, the Qt transport) keeps the connection rules of
§2 here, once, and differs from the others only in how it moves bytes. Like
the cores of ``websockets`` and ``h11``, this module does no I/O, owns no
clock and imports neither asyncio nor Qt: a transport feeds it what happened
and performs what it returns.

Inputs (methods) and outputs (:data:`Event` values, returned as lists, in the
order they must be performed)::

    ServerConnection                         ClientConnection
    ----------------                         ----------------
    upgrade(offered) -> events               hello_frame() -> bytes
    receive(frame) -> events                 receive(frame) -> events
    hello_timed_out() -> events              hello_timed_out() -> events
    accept() -> events                       send(command) -> bytes
    close(code, reason) -> events            close(code, reason) -> events
    connection_lost(code, reason) -> events  connection_lost(code, reason) -> events

    Send(data)          write these bytes as one binary frame
    Close(code, reason) send a close frame with this code and reason, then stop
                        reading (the connection is over; ``error`` says why, if a fault)
    Handshake(hello)    the peer's hello was valid (server: now accept() or close(BUSY))
    Received(message)   a command (server) or an update (client) for the application
    Dropped(error)      a frame was dropped (§2.4); the server has already been
                        told to answer with an ``error`` (a Send before this event);
                        a client shows ``error`` to the person
    Ended(code, reason, last_error)  the connection is over; the peer closed or the link dropped

``receive`` takes a binary frame as ``bytes``/``bytearray``/``memoryview`` and a
text frame as ``str``. Everything that depends on the phase lives in
:data:`RULES`, one table: what each kind of frame does in each phase, per
side. Misuse by the local program (sending a command before the handshake,
feeding frames to a closed connection's ``accept``) raises
:class:`ConnectionStateError`; nothing the peer sends raises.

How a client transport drives it (the Qt ``QWebSocket`` transport, say)::

    conn = ClientConnection()                  # or ClientConnection(codec=..., hello=...)
    url = with_token(url, token)               # a token, if the server was given one
    socket.open(request offering SUBPROTOCOL in Sec-WebSocket-Protocol)
    on connected:     socket.sendBinaryMessage(conn.hello_frame())
                      start a single-shot timer of conn.hello_timeout seconds
    on binary frame:  perform(conn.receive(bytes(frame)))
    on text frame:    perform(conn.receive(text))
    on the timer:     perform(conn.hello_timed_out())   # does nothing once the hello came
    on disconnected:  perform(conn.connection_lost(socket.closeCode(), socket.closeReason()))
    to send:          if conn.is_open: socket.sendBinaryMessage(conn.send(command))

    def perform(events):
        for event in events:
            Send     -> socket.sendBinaryMessage(event.data)
            Close    -> socket.close(event.code, event.reason); show event.reason if event.error
            Handshake -> stop the timer; connected to event.hello.implementation
            Received -> queue event.message for the window's poll
            Dropped  -> show str(event.error); the connection stays
            Ended    -> show event.describe() unless event.code is NORMAL; stop polling

The server side (``transports/ws_server.py``) is the same with ``upgrade``
first (the subprotocol decision and the token, §2.2), ``accept()`` after a
``Handshake`` when the single client slot is free (``close(BUSY, ...)``
otherwise, §2.5), and the session's frames sent as they come.

Protocol 1.1 (§2.5, §5, §6.7, §7.14): each side knows the minor its own hello
says (a server's is the ``minor`` it is built with, a client's its hello's).
A side whose hello says minor 0 decodes 1.1's kinds as a 1.0 peer does, as
``unknown_kind`` (§13). A 1.1 side delivers ``control_request`` (server) and
``access`` (client) only when the peer's hello says minor 1 or more too, and
reports them as ``unexpected_message`` otherwise: a 1.0 peer never sends one.
A server adds the hello's ``access`` and ``run`` (``accept(access=, run=)``)
and builds ``access`` frames only for a 1.1 client; for a 1.0 one it leaves
them out, so a 1.0 client gets exactly 1.0.

How a 1.1 server keeping a shared run drives it (§2.5)::

    rules = ServerConnection(minor=1, ...)
    on Handshake:     wants = rules.requested_access        # "control" or "observe"; always "control" for 1.0
                      refuse with rules.close(BUSY, ...) at max clients, or a 1.0 client when control is held
                      perform(rules.accept(access=given, run=run_id))   # access/run only reach a 1.1 client
                      send the snapshot (state.snapshot), then rules.access_frame(given, waiting, clients)
    on Received(m):   ControlRequest -> the roles (never the session); answer with access_frame(...)
                      a command from an observer -> send rules.not_controller_frame(m), drop it
                      a command from the controller -> the session
    on a change:      frame = rules.access_frame(access, waiting, clients); send it unless None (a 1.0 client)
"""

from __future__ import annotations

import hmac
import ipaddress
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from enum import Enum
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ..wire.codec import Codec, MsgpackCodec
from ..wire.errors import ErrorCode, ProtocolError, ScenewireError
from ..wire.limits import Limits
from ..wire.records import Record
from .close import CloseCode, FrameTooBig, close_code_for, close_reason, cut_text
from .commands import COMMANDS, SessionCommand
from .hello import CONTROL, MAJOR, MINOR, SUBPROTOCOL, Hello, check_peer_hello, make_hello, speaks_1_1
from .limits import HELLO_TIMEOUT_S, MAX_ERROR_TEXT_BYTES, MAX_FAULTS_IN_A_ROW, MAX_FRAME_BYTES
from .roles import ROLE_MESSAGES, Access, ControlRequest
from .run_control import RUN_MESSAGES, RunControl
from .updates import UPDATES, Error

TEXT_FRAME_REASON = "text frame: scenewire messages are MessagePack in binary frames"


class ConnectionStateError(ScenewireError):
    """The local program used a connection out of order (a bug here, never the peer's fault)."""


# -- events --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Send:
    """Write ``data`` as one binary frame."""

    data: bytes


@dataclass(frozen=True, slots=True)
class Close:
    """Send a close frame with ``code`` and ``reason``; the connection is over.

    ``error`` is the fault that caused it, if one did (for a client to show).
    """

    code: CloseCode
    reason: str
    error: ProtocolError | None = None


@dataclass(frozen=True, slots=True)
class Handshake:
    """The peer's hello was valid."""

    hello: Hello


@dataclass(frozen=True, slots=True)
class Received:
    """A message for the application: a command on the server, an update on the client."""

    message: Record


@dataclass(frozen=True, slots=True)
class Dropped:
    """A frame was dropped and is reported (§2.4); the connection stays."""

    error: ProtocolError


@dataclass(frozen=True, slots=True)
class Ended:
    """The connection is over: the peer closed (``code``, ``reason``) or the link dropped (``code`` None)."""

    code: int | None
    reason: str
    last_error: Error | None = None

    def describe(self) -> str:
        """One line for a person: who closed, with what, and the last error the peer sent."""
        how = f"closed the connection ({self.code} {self.reason})" if self.code is not None else "connection lost"
        detail = f": {self.last_error.message}" if self.last_error is not None else ""
        return f"{how}{detail}"


Event = Send | Close | Handshake | Received | Dropped | Ended


# -- phases and the rules table ----------------------------------------------------


class Side(str, Enum):
    CLIENT = "client"
    SERVER = "server"


class Phase(Enum):
    """Where a connection is; the same four on both sides."""

    AWAITING_HELLO = "awaiting hello"  # server: after the upgrade; client: after sending its hello
    HELLO_RECEIVED = "hello received"  # server only: the client's hello is valid, accept() or close()
    OPEN = "open"
    CLOSED = "closed"


class Frame(Enum):
    """What an incoming frame is, for the rules table."""

    TEXT = "a text frame"
    UNDECODABLE = "a frame that does not decode"
    HELLO = "a hello"
    COMMAND = "a command"
    ERROR = "an error update"
    UPDATE = "an update"
    CONTROL_REQUEST = "a control_request (1.1, client to server)"
    ACCESS = "an access message (1.1, server to client)"
    RUN_CONTROL = "a run_control (1.1, client to server)"
    RUN_STATE = "a run_state (1.1, server to client)"


class Rule(Enum):
    """What a frame does; the methods named ``_rule_<name>`` below carry them out."""

    REFUSE_TEXT = "close 1003"
    REFUSE_FIRST = "close 1002 (or 1009): the first message must be a hello"
    CHECK_HELLO = "check the hello; valid: Handshake, else error and 4001/1002"
    KEEP_ERROR = "keep the error for the close that follows; wait for the hello"
    DELIVER = "Received"
    DELIVER_1_1 = "Received when the peer's hello says minor 1 or more, else unexpected_message"
    DROP_REPORT = "drop the frame and report it (server: error message; client: Dropped)"
    UNEXPECTED = "drop the frame and report unexpected_message"
    MISUSE = "a bug in the caller: accept() or close() was due"
    IGNORE = "nothing: the connection is over"


S, C = Side.SERVER, Side.CLIENT
AWAITING, RECEIVED, OPEN, CLOSED = Phase.AWAITING_HELLO, Phase.HELLO_RECEIVED, Phase.OPEN, Phase.CLOSED

RULES: dict[tuple[Side, Phase], dict[Frame, Rule]] = {
    (S, AWAITING): {
        Frame.TEXT: Rule.REFUSE_TEXT,  # §2.1
        Frame.UNDECODABLE: Rule.REFUSE_FIRST,  # §2.3 step 5
        Frame.HELLO: Rule.CHECK_HELLO,
        Frame.COMMAND: Rule.REFUSE_FIRST,
        Frame.ERROR: Rule.REFUSE_FIRST,
        Frame.UPDATE: Rule.REFUSE_FIRST,
        Frame.CONTROL_REQUEST: Rule.REFUSE_FIRST,
        Frame.ACCESS: Rule.REFUSE_FIRST,
        Frame.RUN_CONTROL: Rule.REFUSE_FIRST,
        Frame.RUN_STATE: Rule.REFUSE_FIRST,
    },
    (S, RECEIVED): dict.fromkeys(Frame, Rule.MISUSE),
    (S, OPEN): {
        Frame.TEXT: Rule.REFUSE_TEXT,
        Frame.UNDECODABLE: Rule.DROP_REPORT,  # §2.4
        Frame.HELLO: Rule.UNEXPECTED,
        Frame.COMMAND: Rule.DELIVER,
        Frame.ERROR: Rule.UNEXPECTED,  # a client never sends updates
        Frame.UPDATE: Rule.UNEXPECTED,
        Frame.CONTROL_REQUEST: Rule.DELIVER_1_1,  # §6.7: the server's, never the session's
        Frame.ACCESS: Rule.UNEXPECTED,
        Frame.RUN_CONTROL: Rule.DELIVER_1_1,  # §6.8: a command (controller only), for the session loop
        Frame.RUN_STATE: Rule.UNEXPECTED,
    },
    (C, AWAITING): {
        Frame.TEXT: Rule.REFUSE_TEXT,
        Frame.UNDECODABLE: Rule.REFUSE_FIRST,  # §2.3 step 7
        Frame.HELLO: Rule.CHECK_HELLO,
        Frame.COMMAND: Rule.REFUSE_FIRST,
        Frame.ERROR: Rule.KEEP_ERROR,  # a server refusing our hello says why, then closes
        Frame.UPDATE: Rule.REFUSE_FIRST,
        Frame.CONTROL_REQUEST: Rule.REFUSE_FIRST,
        Frame.ACCESS: Rule.REFUSE_FIRST,
        Frame.RUN_CONTROL: Rule.REFUSE_FIRST,
        Frame.RUN_STATE: Rule.REFUSE_FIRST,
    },
    (C, OPEN): {
        Frame.TEXT: Rule.REFUSE_TEXT,
        Frame.UNDECODABLE: Rule.DROP_REPORT,
        Frame.HELLO: Rule.UNEXPECTED,  # §2.4: a second hello is reported
        Frame.COMMAND: Rule.UNEXPECTED,  # so is a command
        Frame.ERROR: Rule.DELIVER,
        Frame.UPDATE: Rule.DELIVER,
        Frame.CONTROL_REQUEST: Rule.UNEXPECTED,
        Frame.ACCESS: Rule.DELIVER_1_1,  # §7.14: outside every tick, for the application, not the scene state
        Frame.RUN_CONTROL: Rule.UNEXPECTED,
        Frame.RUN_STATE: Rule.DELIVER_1_1,  # §7.15: outside every tick, like access
    },
    (S, CLOSED): dict.fromkeys(Frame, Rule.IGNORE),
    (C, CLOSED): dict.fromkeys(Frame, Rule.IGNORE),
}
"""Per side and phase, what each kind of incoming frame does: the whole of §2.1-§2.4 in one table.

A side whose own hello says minor 0 never classifies a frame as ``CONTROL_REQUEST``,
``ACCESS``, ``RUN_CONTROL`` or ``RUN_STATE``: it decodes them as a 1.0 peer does,
``unknown_kind`` (§13), an ``UNDECODABLE``.
"""


# -- the connection ------------------------------------------------------------------

Decoded = tuple[Frame, Record | None, ProtocolError | None]
"""A frame decoded and classified: its kind, the message (if it decoded), the fault (if not)."""


class Connection:
    """What both sides share: classify a frame, look up its rule, carry it out."""

    side: Side
    peer_role: str
    minor: int
    """The minor this side's hello says (§14): 0 decodes 1.1's kinds as unknown, as a 1.0 peer does."""

    def __init__(
        self,
        *,
        codec: Codec | None = None,
        max_frame_bytes: int = MAX_FRAME_BYTES,
        hello_timeout: float = HELLO_TIMEOUT_S,
    ) -> None:
        from . import REGISTRY  # the package's registry; imported late, the package imports this module

        self.codec = codec or MsgpackCodec(REGISTRY, Limits(max_frame_bytes=max_frame_bytes))
        self.max_frame_bytes = max_frame_bytes
        self.hello_timeout = hello_timeout
        self.phase = Phase.AWAITING_HELLO
        self.peer_hello: Hello | None = None
        self.last_error: Error | None = None  # the last error message the peer sent (a client's view)
        self.close_code: int | None = None  # how it ended, once CLOSED
        self.close_reason: str = ""

    @property
    def is_open(self) -> bool:
        """The hello exchange is done and the connection is not over."""
        return self.phase is Phase.OPEN

    # -- inputs ---------------------------------------------------------------

    def receive(self, frame: bytes | bytearray | memoryview | str) -> list[Event]:
        """One frame from the peer (``str`` for a text frame)."""
        return self.receive_decoded(self.decode(frame))

    def decode(self, frame: bytes | bytearray | memoryview | str) -> Decoded:
        """The first half of :meth:`receive`: decode and classify, changing nothing.

        Safe to run on another thread while the connection is used (a server
        decodes a large frame off its event loop, §11); hand the result to
        :meth:`receive_decoded`, in the order the frames came.
        """
        return self._classify(frame)

    def receive_decoded(self, decoded: Decoded) -> list[Event]:
        """The second half of :meth:`receive`: the rules for a frame :meth:`decode` classified."""
        kind, message, error = decoded
        rule = RULES[(self.side, self.phase)][kind]
        handler: Callable[[Record | None, ProtocolError | None], list[Event]] = getattr(self, f"_rule_{rule.name}")
        return handler(message, error)

    def hello_timed_out(self) -> list[Event]:
        """The caller's hello timer fired (``hello_timeout`` s after the upgrade); 4002 if still waiting."""
        if self.phase is not Phase.AWAITING_HELLO:
            return []
        return self.close(CloseCode.HELLO_TIMEOUT, f"no hello within {self.hello_timeout:g} s")

    def close(self, code: CloseCode, reason: str, error: ProtocolError | None = None) -> list[Event]:
        """End the connection from this side; nothing if it is over already."""
        if self.phase is Phase.CLOSED:
            return []
        self.phase = Phase.CLOSED
        self.close_code, self.close_reason = int(code), close_reason(reason)
        return [Close(CloseCode(code), self.close_reason, error)]

    def connection_lost(self, code: int | None = None, reason: str = "") -> list[Event]:
        """The peer closed (with ``code`` and ``reason``) or the link dropped (``None``)."""
        if self.phase is Phase.CLOSED and self.close_code is not None:
            return [Ended(self.close_code, self.close_reason, self.last_error)]
        self.phase = Phase.CLOSED
        self.close_code, self.close_reason = code, reason
        return [Ended(code, reason, self.last_error)]

    # -- classifying ----------------------------------------------------------

    def _classify(self, frame: bytes | bytearray | memoryview | str) -> Decoded:
        if isinstance(frame, str):
            return Frame.TEXT, None, None
        if len(frame) > self.max_frame_bytes:
            return Frame.UNDECODABLE, None, FrameTooBig(len(frame), self.max_frame_bytes)
        try:
            message = self.codec.decode(frame)
        except ProtocolError as exc:
            return Frame.UNDECODABLE, None, exc
        if isinstance(message, Hello):
            return Frame.HELLO, message, None
        if isinstance(message, COMMANDS):
            return Frame.COMMAND, message, None
        if isinstance(message, Error):
            return Frame.ERROR, message, None
        if isinstance(message, UPDATES):
            return Frame.UPDATE, message, None
        if isinstance(message, (*ROLE_MESSAGES, *RUN_MESSAGES)):
            if self.minor < 1:  # a 1.0 peer knows no such kind (§13)
                kind = message.wire_kind
                return Frame.UNDECODABLE, None, ProtocolError(ErrorCode.UNKNOWN_KIND, f"unknown kind {kind!r}")
            if isinstance(message, RUN_MESSAGES):
                return (Frame.RUN_CONTROL if isinstance(message, RunControl) else Frame.RUN_STATE), message, None
            return (Frame.CONTROL_REQUEST if isinstance(message, ControlRequest) else Frame.ACCESS), message, None
        raise AssertionError(f"the registry holds a {type(message).__name__}, which no rule knows")

    # -- rules ----------------------------------------------------------------

    def _rule_REFUSE_TEXT(self, message: Record | None, error: ProtocolError | None) -> list[Event]:
        fault = ProtocolError(ErrorCode.BAD_ENVELOPE, TEXT_FRAME_REASON)
        return self.close(CloseCode.UNSUPPORTED_DATA, TEXT_FRAME_REASON, fault)

    def _rule_REFUSE_FIRST(self, message: Record | None, error: ProtocolError | None) -> list[Event]:
        if error is None:
            assert message is not None
            error = ProtocolError(ErrorCode.UNEXPECTED_MESSAGE, self._not_a_hello(message))
            return self.close(close_code_for(error), error.detail, error)
        if isinstance(error, FrameTooBig):
            return self.close(close_code_for(error), str(error), error)
        return self.close(close_code_for(error), f"the first message must be a hello: {error}", error)

    def _not_a_hello(self, message: Record) -> str:
        raise NotImplementedError

    def _rule_CHECK_HELLO(self, message: Record | None, error: ProtocolError | None) -> list[Event]:
        assert isinstance(message, Hello)
        try:
            check_peer_hello(message, self.peer_role, self.minor)
        except ProtocolError as exc:
            return self._refuse_hello(exc)
        self.peer_hello = message
        return self._hello_checked(message)

    def _refuse_hello(self, error: ProtocolError) -> list[Event]:
        return self.close(close_code_for(error), error.detail, error)

    def _hello_checked(self, hello: Hello) -> list[Event]:
        raise NotImplementedError

    def _rule_KEEP_ERROR(self, message: Record | None, error: ProtocolError | None) -> list[Event]:
        assert isinstance(message, Error)
        self.last_error = message
        return []

    def _rule_DELIVER(self, message: Record | None, error: ProtocolError | None) -> list[Event]:
        assert message is not None
        if isinstance(message, Error):
            self.last_error = message
        return [Received(message)]

    def _rule_DELIVER_1_1(self, message: Record | None, error: ProtocolError | None) -> list[Event]:
        assert message is not None
        if not speaks_1_1(self.peer_hello):
            text = f"{message.wire_kind} is a 1.1 kind; the peer's hello says minor {self.peer_minor}"
            return self._report(ProtocolError(ErrorCode.UNEXPECTED_MESSAGE, text))
        return self._rule_DELIVER(message, error)

    @property
    def peer_minor(self) -> int:
        """The minor the peer's hello said (0 before it came)."""
        return self.peer_hello.minor if self.peer_hello is not None else 0

    @property
    def speaks_1_1(self) -> bool:
        """Both hellos say minor 1 or more: 1.1's kinds and hello keys may travel (§13)."""
        return self.minor >= 1 and speaks_1_1(self.peer_hello)

    def _rule_DROP_REPORT(self, message: Record | None, error: ProtocolError | None) -> list[Event]:
        assert error is not None
        if isinstance(error, FrameTooBig):  # §2.7: this one closes, in any phase
            return self.close(close_code_for(error), str(error), error)
        return self._report(error)

    def _rule_UNEXPECTED(self, message: Record | None, error: ProtocolError | None) -> list[Event]:
        assert message is not None
        return self._report(ProtocolError(ErrorCode.UNEXPECTED_MESSAGE, self._unexpected(message)))

    def _unexpected(self, message: Record) -> str:
        raise NotImplementedError

    def _report(self, error: ProtocolError) -> list[Event]:
        return [Dropped(error)]

    def _rule_MISUSE(self, message: Record | None, error: ProtocolError | None) -> list[Event]:
        raise ConnectionStateError("a frame arrived before accept() or close() answered the Handshake")

    def _rule_IGNORE(self, message: Record | None, error: ProtocolError | None) -> list[Event]:
        return []


class ServerConnection(Connection):
    """The server's side of one connection (§2.2-§2.5)."""

    side = Side.SERVER
    peer_role = "client"

    def __init__(
        self,
        *,
        codec: Codec | None = None,
        max_frame_bytes: int = MAX_FRAME_BYTES,
        hello_timeout: float = HELLO_TIMEOUT_S,
        implementation: str = "scenewire",
        max_error_text_bytes: int = MAX_ERROR_TEXT_BYTES,
        token: str | None = None,
        max_faults_in_a_row: int = MAX_FAULTS_IN_A_ROW,
        minor: int = 0,
    ) -> None:
        """``minor``: what the server's hello says; 1 only for a server that keeps 1.1's roles (§2.5)."""
        super().__init__(codec=codec, max_frame_bytes=max_frame_bytes, hello_timeout=hello_timeout)
        if not 0 <= minor <= MINOR:
            raise ValueError(f"this protocol layer speaks minors 0 to {MINOR}, not {minor}")
        self.minor = minor
        self.implementation = implementation
        self.max_error_text_bytes = max_error_text_bytes
        self.token = token
        self.max_faults_in_a_row = max_faults_in_a_row
        self.faults_in_a_row = 0

    def upgrade(self, offered: Sequence[str], presented_token: str | None = None) -> list[Event]:
        """Just after the WebSocket upgrade: the token (§2.9), then the subprotocol (§2.2).

        ``presented_token`` is the ``token`` of the request's query, if any;
        it is compared in constant time. A refusal is a close, so that the
        person at any client reads why.
        """
        if self.token is not None and not token_matches(self.token, presented_token):
            what = "no token" if not presented_token else "a wrong token"
            return self.close(CloseCode.AUTH, f"authentication failed: {what}; connect with the URL the server printed")
        if offered and SUBPROTOCOL not in offered:
            return self.close(
                CloseCode.VERSION_MISMATCH, f"this server speaks {SUBPROTOCOL}; you offered {', '.join(offered)}"
            )
        return []

    @property
    def requested_access(self) -> str:
        """The access the client's hello asks for (§5): ``control`` when absent, and always for a 1.0 client."""
        hello = self.peer_hello
        if hello is None or not self.speaks_1_1 or hello.access is None:
            return CONTROL
        return hello.access

    def accept(self, access: str | None = None, run: str | None = None) -> list[Event]:
        """Answer a valid client hello with the server's (§2.3 step 6); the connection is open.

        ``access`` (the role the client got) and ``run`` (the run's id) go into the hello only
        when both sides speak 1.1 (§5); a 1.0 client's hello is answered exactly as in 1.0.
        """
        if self.phase is not Phase.HELLO_RECEIVED:
            raise ConnectionStateError(
                f"accept() needs a valid client hello first; the connection is {self.phase.value}"
            )
        if not self.speaks_1_1:
            access = run = None
        hello = make_hello("server", self.implementation, minor=self.minor, access=access, run=run)
        self.phase = Phase.OPEN
        return [Send(self.codec.encode(hello))]

    def access_frame(self, access: str, waiting: bool, clients: int) -> bytes | None:
        """An ``access`` message for this client (§7.14); ``None`` when it or this server speaks 1.0."""
        if not self.speaks_1_1:
            return None
        return self.codec.encode(Access(access=access, waiting=waiting, clients=clients))

    def not_controller_frame(self, command: Record) -> bytes:
        """The ``error`` an observer's command gets (§2.5, code ``not_controller``)."""
        text = f"{command.wire_kind} dropped: this client observes; ask for control with control_request"
        return self.error_frame(text, ErrorCode.NOT_CONTROLLER)

    def error_frame(self, text: str, code: ErrorCode) -> bytes:
        """An ``error`` message of the server's own, its text cut to ``max_error_text_bytes``."""
        return self.codec.encode(Error(message=cut_text(text, self.max_error_text_bytes), code=code.value))

    def _hello_checked(self, hello: Hello) -> list[Event]:
        self.phase = Phase.HELLO_RECEIVED
        return [Handshake(hello)]

    def _refuse_hello(self, error: ProtocolError) -> list[Event]:
        # §2.3 step 5: the server says why in an error message, then closes
        return [
            Send(self.error_frame(error.detail, error.code)),
            *self.close(close_code_for(error), error.detail, error),
        ]

    def _not_a_hello(self, message: Record) -> str:
        return f"the first message must be a hello, got {message.wire_kind}"

    def _unexpected(self, message: Record) -> str:
        return f"a client sends commands after the hello, not {message.wire_kind}"

    def _report(self, error: ProtocolError) -> list[Event]:
        self.faults_in_a_row += 1
        if self.faults_in_a_row >= self.max_faults_in_a_row:
            return self.close(CloseCode.POLICY_VIOLATION, f"{self.faults_in_a_row} bad frames in a row", error)
        return [Send(self.error_frame(f"frame dropped: {error}", error.code)), Dropped(error)]

    def _rule_DELIVER(self, message: Record | None, error: ProtocolError | None) -> list[Event]:
        self.faults_in_a_row = 0
        return super()._rule_DELIVER(message, error)


class ClientConnection(Connection):
    """The client's side of one connection (§2.3 step 7, §2.4)."""

    side = Side.CLIENT
    peer_role = "server"

    def __init__(
        self,
        *,
        codec: Codec | None = None,
        max_frame_bytes: int = MAX_FRAME_BYTES,
        hello_timeout: float = HELLO_TIMEOUT_S,
        hello: Hello | None = None,
        implementation: str = "scenewire",
        access: str | None = None,
    ) -> None:
        """``access``: the role to ask for (1.1, §5; ``None`` asks for none, which means control)."""
        super().__init__(codec=codec, max_frame_bytes=max_frame_bytes, hello_timeout=hello_timeout)
        if hello is not None and access is not None:
            raise ValueError("give the access in the hello, or give no hello")
        self.hello = hello or make_hello("client", implementation, access=access)
        self.minor = self.hello.minor
        self._hello_sent = False

    @property
    def access(self) -> str | None:
        """The role the server's hello gave (1.1); ``None`` from a 1.0 server (which makes every client control)."""
        return self.peer_hello.access if self.peer_hello is not None and self.speaks_1_1 else None

    @property
    def run(self) -> str | None:
        """The run id the server's hello named (1.1); ``None`` from a 1.0 server."""
        return self.peer_hello.run if self.peer_hello is not None and self.speaks_1_1 else None

    def hello_frame(self) -> bytes:
        """The client's hello, to send as the first frame right after the upgrade (§2.3 step 3)."""
        if self._hello_sent:
            raise ConnectionStateError("the hello was sent already")
        self._hello_sent = True
        return self.codec.encode(self.hello)

    def send(self, command: SessionCommand | RunControl) -> bytes:
        """The frame of one command, once the server's hello has come (§2.3 step 3); ``run_control``: 1.1 only."""
        if self.phase is not Phase.OPEN:
            raise ConnectionStateError(f"commands go after the server's hello; the connection is {self.phase.value}")
        if isinstance(command, RunControl):
            if not self.speaks_1_1:  # §13: a 1.0 server knows no run control
                raise ConnectionStateError(
                    f"the server's hello says minor {self.peer_minor}: run_control is 1.1's, and it has no run control"
                )
            return self.codec.encode(command)
        if not isinstance(command, COMMANDS):
            raise ConnectionStateError(f"a client sends commands, not {type(command).__name__}")
        return self.codec.encode(command)

    def request_control(self, want: bool = True) -> bytes:
        """The frame of a ``control_request`` (§6.7): ask for control, or give it up; 1.1 servers only (§13)."""
        if self.phase is not Phase.OPEN:
            raise ConnectionStateError(
                f"control_request goes after the server's hello; the connection is {self.phase.value}"
            )
        if not self.speaks_1_1:
            raise ConnectionStateError(
                f"the server's hello says minor {self.peer_minor}: it has no roles, and every client controls"
            )
        return self.codec.encode(ControlRequest(want=bool(want)))

    def _hello_checked(self, hello: Hello) -> list[Event]:
        self.phase = Phase.OPEN
        return [Handshake(hello)]

    def _not_a_hello(self, message: Record) -> str:
        return f"the server sent {message.wire_kind} before its hello"

    def _unexpected(self, message: Record) -> str:
        what = "a second hello" if isinstance(message, Hello) else f"the command {message.wire_kind}"
        return f"the server sent {what}; dropped"


def select_subprotocol(offered: Sequence[str]) -> str | None:
    """The subprotocol a server selects among those a client ``offered`` (§2.2).

    Ours when offered; else the client's first offer, so that its handshake
    completes and it reads the 4001 that :meth:`ServerConnection.upgrade`
    sends at once (a client that offered names and got none back aborts
    without a reason); ``None`` when nothing was offered.
    """
    if SUBPROTOCOL in offered:
        return SUBPROTOCOL
    return offered[0] if offered else None


def token_matches(expected: str, presented: str | None) -> bool:
    """Whether ``presented`` is ``expected``, in time that does not depend on where they differ."""
    return hmac.compare_digest((presented or "").encode(), expected.encode())


def token_of(path: str) -> str | None:
    """The ``token`` in the query of a request target such as ``/?token=...`` (§2.9)."""
    for key, value in parse_qsl(urlsplit(path).query, keep_blank_values=True):
        if key == "token":
            return value
    return None


LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})


def host_name(host_header: str) -> str:
    """The name in a ``Host`` header, without its port and brackets, lowercased."""
    host = host_header.strip().lower()
    if host.startswith("["):
        return host[1 : host.find("]")] if "]" in host else host[1:]
    if host.count(":") == 1:
        host = host.split(":", 1)[0]
    return host.rstrip(".")


def is_ip_literal(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


#: the port an origin's scheme implies; ``http://h:80`` is the origin ``http://h`` (RFC 6454 leaves it out)
DEFAULT_PORTS = {"http": 80, "https": 443, "ws": 80, "wss": 443}


def origin_key(origin: str) -> str | None:
    """``origin`` as §2.9 compares it, or ``None`` for ``null`` (an opaque origin, never allowed).

    ASCII lower case, a trailing ``/`` dropped, the scheme's default port dropped. Text that is
    not ``scheme://host[:port]`` is compared as it is (after the case and the slash).
    """
    text = origin.strip().lower().rstrip("/")
    if text == "null":
        return None
    parts = urlsplit(text)
    try:
        port = parts.port
    except ValueError:
        return text
    if not parts.scheme or not parts.hostname or parts.path or parts.query or parts.fragment:
        return text
    netloc = parts.netloc
    if port is not None and port == DEFAULT_PORTS.get(parts.scheme):
        netloc = netloc.rsplit(":", 1)[0]
    return f"{parts.scheme}://{netloc}"


def refuse_request(
    host: str | None,
    origin: str | None,
    *,
    allowed_origins: Collection[str] = (),
    allowed_hosts: Collection[str] = (),
) -> str | None:
    """Why a server refuses an upgrade request (HTTP 403, §2.9), or ``None`` to go on.

    ``Origin``: a browser sends one; a request carrying one is refused unless
    it is listed in ``allowed_origins`` (``scheme://host[:port]``, compared as
    :func:`origin_key` has it: ``http://h`` is ``http://h:80``; ``null`` never).
    Clients that are not browsers send none and pass. ``Host``: an IP
    address, a loopback name, or a name in ``allowed_hosts`` (the bound
    name); any other name is what a DNS-rebinding page sends.
    """
    if host is None:
        return "no Host header"
    name = host_name(host)
    allowed = {h.lower().strip("[]") for h in allowed_hosts}
    if not (name in LOOPBACK_NAMES or is_ip_literal(name) or name in allowed):
        return f"Host {host!r} is not this server's address (allow it with --allow-host)"
    if origin is not None:
        key = origin_key(origin)
        if key is None:
            return "Origin 'null' (a sandboxed page or a local file) is never allowed"
        if key not in {origin_key(o) for o in allowed_origins}:
            return f"Origin {origin!r} is not allowed (allow it with --allow-origin)"
    return None


def without_token(url: str) -> str:
    """``url`` without its credentials: the ``token`` of its query (§2.9) and any ``user:password@``.

    For everything that writes a URL down where others read it: a recording's metadata, a log, a
    summary. A text that is not a URL comes back unchanged.
    """
    try:
        parts = urlsplit(url)
        query = parse_qsl(parts.query, keep_blank_values=True)
        host = parts.hostname
        port = parts.port
    except ValueError:
        return url
    if not any(key == "token" for key, _ in query) and "@" not in parts.netloc:
        return url
    kept = [(k, v) for k, v in query if k != "token"]
    netloc = parts.netloc.rpartition("@")[2] if host is None else _netloc(host, port)
    return urlunsplit(parts._replace(netloc=netloc, query=urlencode(kept)))


def _netloc(host: str, port: int | None) -> str:
    name = f"[{host}]" if ":" in host else host
    return name if port is None else f"{name}:{port}"


def with_token(url: str, token: str | None) -> str:
    """``url`` with ``token`` in its query as ``token=...`` (replacing any there); unchanged for ``None``."""
    if not token:
        return url
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "token"]
    query.append(("token", token))
    return urlunsplit(parts._replace(path=parts.path or "/", query=urlencode(query)))


__all__ = [
    "MAJOR",
    "MINOR",
    "RULES",
    "SUBPROTOCOL",
    "ClientConnection",
    "Close",
    "CloseCode",
    "Connection",
    "ConnectionStateError",
    "Decoded",
    "Dropped",
    "Ended",
    "Event",
    "Frame",
    "Handshake",
    "Phase",
    "Received",
    "Rule",
    "Send",
    "ServerConnection",
    "refuse_request",
    "select_subprotocol",
    "token_matches",
    "token_of",
    "with_token",
    "without_token",
]
