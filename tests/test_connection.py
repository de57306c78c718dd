"""The connection rules (protocol/connection.py) without sockets: one class per concern, one row per case.

Each row feeds frames to a fresh connection and compares what it returns,
reduced to a short form: ``("send", kind)``, ``("close", code)``,
``("handshake",)``, ``("received", kind)``, ``("dropped", error code)``,
``("ended", code)``. The last class reads the code tables of §11, §12.1 and
§12.4 out of spec/PROTOCOL.md and checks them against the constants.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from scenewire.protocol import (
    SUBPROTOCOL,
    Error,
    Reset,
    SetControl,
    Status,
    StopSession,
    decode,
    encode,
    make_hello,
)
from scenewire.protocol.close import CloseCode, FrameTooBig, close_code_for, close_reason, cut_text
from scenewire.protocol.connection import (
    RULES,
    ClientConnection,
    Close,
    Connection,
    ConnectionStateError,
    Dropped,
    Ended,
    Event,
    Frame,
    Handshake,
    Phase,
    Received,
    Send,
    ServerConnection,
    Side,
    select_subprotocol,
    with_token,
)
from scenewire.protocol.limits import HELLO_TIMEOUT_S, MAX_CLOSE_REASON_BYTES, MAX_DEPTH, MAX_FRAME_BYTES, MAX_NDIM
from scenewire.wire import ErrorCode, ProtocolError, ScenewireError
from tests.conftest import ROOT

CLIENT_HELLO = encode(make_hello("client", "test-client"))
SERVER_HELLO = encode(make_hello("server", "test-server"))
STATUS = encode(Status(message="hi"))
ERROR = encode(Error(message="go away", code="version_mismatch"))
RESET = encode(Reset())
SET = encode(SetControl(control_id="stim", value=2.5))


def hello(role: str, **fields: Any) -> bytes:
    message = make_hello(role, "test")
    for key, value in fields.items():
        setattr(message, key, value)
    return encode(message)


def short(events: list[Event]) -> list[tuple[Any, ...]]:
    """Events in a form a table row can spell."""
    out: list[tuple[Any, ...]] = []
    for event in events:
        if isinstance(event, Send):
            out.append(("send", decode(event.data).wire_kind))
        elif isinstance(event, Close):
            out.append(("close", int(event.code)))
        elif isinstance(event, Handshake):
            out.append(("handshake",))
        elif isinstance(event, Received):
            out.append(("received", event.message.wire_kind))
        elif isinstance(event, Dropped):
            out.append(("dropped", event.error.code.value))
        elif isinstance(event, Ended):
            out.append(("ended", event.code))
    return out


def server_awaiting_hello() -> ServerConnection:
    conn = ServerConnection(implementation="test-server")
    assert conn.upgrade([SUBPROTOCOL]) == []
    return conn


def open_server() -> ServerConnection:
    conn = server_awaiting_hello()
    assert short(conn.receive(CLIENT_HELLO)) == [("handshake",)]
    assert short(conn.accept()) == [("send", "hello")]
    return conn


def client_awaiting_hello() -> ClientConnection:
    conn = ClientConnection(implementation="test-client")
    assert decode(conn.hello_frame()).wire_kind == "hello"
    return conn


def open_client() -> ClientConnection:
    conn = client_awaiting_hello()
    assert short(conn.receive(SERVER_HELLO)) == [("handshake",)]
    return conn


class TestRulesTable:
    def test_every_side_and_phase_has_a_rule_for_every_kind_of_frame(self) -> None:
        for side in Side:
            for phase in Phase:
                if side is Side.CLIENT and phase is Phase.HELLO_RECEIVED:
                    continue  # a client goes from its hello straight to open
                assert set(RULES[(side, phase)]) == set(Frame), (side, phase)

    def test_every_rule_has_its_method(self) -> None:
        for rules in RULES.values():
            for rule in rules.values():
                assert callable(getattr(Connection, f"_rule_{rule.name}", None)), rule


class TestUpgrade:
    @pytest.mark.parametrize(
        ("offered", "selected", "events"),
        [
            ([SUBPROTOCOL], SUBPROTOCOL, []),
            (["scenewire.v2", SUBPROTOCOL], SUBPROTOCOL, []),
            ([], None, []),
            (["scenewire.v2"], "scenewire.v2", [("close", 4001)]),
            (["chat", "scenewire.v0"], "chat", [("close", 4001)]),
        ],
    )
    def test_subprotocol(self, offered: list[str], selected: str | None, events: list[tuple[Any, ...]]) -> None:
        assert select_subprotocol(offered) == selected
        conn = ServerConnection()
        assert short(conn.upgrade(offered)) == events

    def test_the_refusal_names_what_the_server_speaks_and_what_was_offered(self) -> None:
        conn = ServerConnection()
        (close,) = conn.upgrade(["scenewire.v2"])
        assert isinstance(close, Close)
        assert close.reason == "this server speaks scenewire.v1; you offered scenewire.v2"
        assert conn.phase is Phase.CLOSED


class TestServerHello:
    @pytest.mark.parametrize(
        ("frame", "events"),
        [
            (CLIENT_HELLO, [("handshake",)]),
            ("a text frame", [("close", 1003)]),
            (b"\xc1", [("close", 1002)]),
            (b"", [("close", 1002)]),
            (SET, [("close", 1002)]),
            (STATUS, [("close", 1002)]),
            (hello("client", major=2), [("send", "error"), ("close", 4001)]),
            (hello("server"), [("send", "error"), ("close", 1002)]),
            (hello("client", protocol="other"), [("close", 1002)]),
        ],
        ids=["hello", "text", "c1", "empty", "command", "update", "major2", "role", "protocol"],
    )
    def test_first_frame(self, frame: bytes | str, events: list[tuple[Any, ...]]) -> None:
        assert short(server_awaiting_hello().receive(frame)) == events

    def test_another_major_is_told_both_versions_in_the_error_and_the_close(self) -> None:
        conn = server_awaiting_hello()
        send, close = conn.receive(hello("client", major=2, minor=3))
        assert isinstance(send, Send) and isinstance(close, Close)
        error = decode(send.data)
        assert isinstance(error, Error) and error.code == "version_mismatch"
        assert "2.3" in error.message and "1.0" in error.message and close.reason == error.message

    def test_a_command_first_says_what_it_got(self) -> None:
        (close,) = server_awaiting_hello().receive(SET)
        assert isinstance(close, Close) and close.reason == "the first message must be a hello, got set_control"

    def test_accept_sends_the_server_hello_and_opens(self) -> None:
        conn = server_awaiting_hello()
        (handshake,) = conn.receive(CLIENT_HELLO)
        assert isinstance(handshake, Handshake) and handshake.hello.implementation == "test-client"
        assert conn.phase is Phase.HELLO_RECEIVED and not conn.is_open
        (send,) = conn.accept()
        assert isinstance(send, Send)
        server_hello = decode(send.data)
        assert server_hello.role == "server" and server_hello.implementation == "test-server"  # type: ignore[attr-defined]
        assert conn.is_open

    def test_busy_is_a_close_after_the_handshake(self) -> None:
        conn = server_awaiting_hello()
        conn.receive(CLIENT_HELLO)
        assert short(conn.close(CloseCode.BUSY, "busy")) == [("close", 4000)]


class TestClientHello:
    @pytest.mark.parametrize(
        ("frame", "events"),
        [
            (SERVER_HELLO, [("handshake",)]),
            ("a text frame", [("close", 1003)]),
            (b"\xc1", [("close", 1002)]),
            (STATUS, [("close", 1002)]),
            (RESET, [("close", 1002)]),
            (hello("server", major=2), [("close", 4001)]),
            (hello("client"), [("close", 1002)]),
            (ERROR, []),
        ],
        ids=["hello", "text", "c1", "update", "command", "major2", "role", "error_kept"],
    )
    def test_first_frame(self, frame: bytes | str, events: list[tuple[Any, ...]]) -> None:
        assert short(client_awaiting_hello().receive(frame)) == events

    def test_the_close_carries_the_fault_to_show(self) -> None:
        (close,) = client_awaiting_hello().receive(hello("server", major=2, minor=1))
        assert isinstance(close, Close) and close.error is not None
        assert close.error.code is ErrorCode.VERSION_MISMATCH and "2.1" in close.reason

    def test_an_error_before_the_hello_is_kept_for_the_close(self) -> None:
        conn = client_awaiting_hello()
        conn.receive(ERROR)
        (ended,) = conn.connection_lost(4001, "this server speaks scenewire 9.0")
        assert isinstance(ended, Ended) and ended.last_error is not None and ended.last_error.message == "go away"
        assert ended.describe() == "closed the connection (4001 this server speaks scenewire 9.0): go away"

    def test_commands_wait_for_the_servers_hello(self) -> None:
        conn = client_awaiting_hello()
        with pytest.raises(ConnectionStateError):
            conn.send(Reset())
        conn.receive(SERVER_HELLO)
        assert decode(conn.send(Reset())).wire_kind == "reset"


class TestServerAfterHello:
    @pytest.mark.parametrize(
        ("frame", "events"),
        [
            (SET, [("received", "set_control")]),
            (encode(StopSession()), [("received", "stop_session")]),
            (b"\xc1", [("send", "error"), ("dropped", "malformed_msgpack")]),
            (b"\x81\xa4kind\xa5Reset", [("send", "error"), ("dropped", "unknown_kind")]),
            (CLIENT_HELLO, [("send", "error"), ("dropped", "unexpected_message")]),
            (STATUS, [("send", "error"), ("dropped", "unexpected_message")]),
            (ERROR, [("send", "error"), ("dropped", "unexpected_message")]),
            ("text", [("close", 1003)]),
        ],
        ids=["command", "stop", "c1", "unknown_kind", "hello", "update", "error", "text"],
    )
    def test_frame(self, frame: bytes | str, events: list[tuple[Any, ...]]) -> None:
        assert short(open_server().receive(frame)) == events

    def test_the_error_reply_carries_the_faults_code(self) -> None:
        send, _ = open_server().receive(b"\x81\xa4kind\xa5Reset")
        error = decode(send.data)  # type: ignore[union-attr]
        assert isinstance(error, Error) and error.code == "unknown_kind" and error.message.startswith("frame dropped:")

    def test_the_error_reply_is_bounded(self) -> None:
        conn = ServerConnection(max_error_text_bytes=200)
        conn.upgrade([])
        conn.receive(CLIENT_HELLO)
        conn.accept()
        huge = encode(SetControl(control_id="x" * 100_000, value=1))[:-1]  # truncated: the text names the id
        bad = b"\x81\xa4kind\xd9\xff" + b"k" * 255  # unknown kind of 255 bytes
        for frame in (huge, bad):
            send, _ = conn.receive(frame)
            assert isinstance(send, Send) and len(decode(send.data).message.encode()) <= 200  # type: ignore[attr-defined]

    def test_an_oversized_frame_closes_1009(self) -> None:
        conn = ServerConnection(max_frame_bytes=100)
        conn.upgrade([])
        conn.receive(CLIENT_HELLO)
        conn.accept()
        assert short(conn.receive(encode(SetControl(control_id="x", value="y" * 200)))) == [("close", 1009)]

    def test_the_connection_stays_open_after_a_dropped_frame(self) -> None:
        conn = open_server()
        conn.receive(b"\xc1")
        assert conn.is_open and short(conn.receive(SET)) == [("received", "set_control")]


class TestClientAfterHello:
    @pytest.mark.parametrize(
        ("frame", "events"),
        [
            (STATUS, [("received", "status")]),
            (ERROR, [("received", "error")]),
            (b"\xc1", [("dropped", "malformed_msgpack")]),
            (RESET, [("dropped", "unexpected_message")]),
            (SERVER_HELLO, [("dropped", "unexpected_message")]),
            ("text", [("close", 1003)]),
        ],
        ids=["update", "error", "c1", "command", "second_hello", "text"],
    )
    def test_frame(self, frame: bytes | str, events: list[tuple[Any, ...]]) -> None:
        assert short(open_client().receive(frame)) == events

    def test_a_second_hello_and_a_command_are_reported_as_such(self) -> None:
        conn = open_client()
        (hello_event,) = conn.receive(SERVER_HELLO)
        (reset_event,) = conn.receive(RESET)
        assert isinstance(hello_event, Dropped) and "second hello" in hello_event.error.detail
        assert isinstance(reset_event, Dropped) and "command reset" in reset_event.error.detail

    def test_the_last_error_is_kept(self) -> None:
        conn = open_client()
        conn.receive(ERROR)
        assert conn.last_error is not None and conn.last_error.message == "go away"


class TestTimeouts:
    def test_no_hello_closes_4002_with_the_time(self) -> None:
        conn = ServerConnection(hello_timeout=2.5)
        (close,) = conn.hello_timed_out()
        assert isinstance(close, Close) and close.code == 4002 and close.reason == "no hello within 2.5 s"

    def test_the_client_side_too(self) -> None:
        conn = client_awaiting_hello()
        assert short(conn.hello_timed_out()) == [("close", 4002)]

    @pytest.mark.parametrize("make", [open_server, open_client])
    def test_a_late_timer_does_nothing(self, make: Any) -> None:
        assert make().hello_timed_out() == []

    def test_the_default_is_the_specs(self) -> None:
        assert ServerConnection().hello_timeout == ClientConnection().hello_timeout == HELLO_TIMEOUT_S == 10.0


class TestClosing:
    def test_close_once_then_nothing(self) -> None:
        conn = open_server()
        assert short(conn.close(CloseCode.NORMAL, "session stopped")) == [("close", 1000)]
        assert conn.close(CloseCode.GOING_AWAY, "again") == []
        assert conn.receive(SET) == [] and not conn.is_open

    def test_a_long_reason_is_cut_to_fit(self) -> None:
        (close,) = open_server().close(CloseCode.INTERNAL_ERROR, "é" * 200)
        assert isinstance(close, Close) and len(close.reason.encode()) <= MAX_CLOSE_REASON_BYTES

    def test_connection_lost_ends_with_the_peers_code(self) -> None:
        conn = open_client()
        assert short(conn.connection_lost(1011, "boom")) == [("ended", 1011)]
        assert conn.receive(STATUS) == []

    def test_a_dropped_link_has_no_code(self) -> None:
        (ended,) = open_client().connection_lost()
        assert isinstance(ended, Ended) and ended.code is None and ended.describe() == "connection lost"


class TestMisuse:
    def test_accept_needs_a_valid_hello(self) -> None:
        with pytest.raises(ConnectionStateError):
            server_awaiting_hello().accept()

    def test_a_frame_before_accept_is_a_bug_of_the_caller(self) -> None:
        conn = server_awaiting_hello()
        conn.receive(CLIENT_HELLO)
        with pytest.raises(ConnectionStateError):
            conn.receive(SET)

    def test_the_hello_is_sent_once(self) -> None:
        conn = client_awaiting_hello()
        with pytest.raises(ConnectionStateError):
            conn.hello_frame()

    def test_every_exception_has_one_root(self) -> None:
        assert issubclass(ConnectionStateError, ScenewireError)
        assert issubclass(ProtocolError, ScenewireError) and issubclass(FrameTooBig, ProtocolError)


class TestCloseCodes:
    @pytest.mark.parametrize(
        ("error", "code"),
        [
            (ProtocolError(ErrorCode.VERSION_MISMATCH, "v2"), 4001),
            (ProtocolError(ErrorCode.MALFORMED_MSGPACK, "c1"), 1002),
            (ProtocolError(ErrorCode.UNEXPECTED_MESSAGE, "role"), 1002),
            (ProtocolError(ErrorCode.LIMIT_EXCEEDED, "nesting depth over 32"), 1002),
            (FrameTooBig(100, 10), 1009),
        ],
    )
    def test_close_code_for(self, error: ProtocolError, code: int) -> None:
        assert close_code_for(error) == code

    def test_close_reason_fits_in_123_bytes(self) -> None:
        assert close_reason("short") == "short"
        cut = close_reason("é" * 100)
        assert len(cut.encode()) <= 123 and cut.endswith("...")

    def test_cut_text_says_how_long_it_was(self) -> None:
        cut = cut_text("x" * 10_000, 100)
        assert len(cut.encode()) <= 100 and cut.endswith("(10000 bytes, cut)")


class TestToken:
    @pytest.mark.parametrize(
        ("url", "token", "result"),
        [
            ("ws://127.0.0.1:8765", None, "ws://127.0.0.1:8765"),
            ("ws://127.0.0.1:8765", "abc", "ws://127.0.0.1:8765/?token=abc"),
            ("ws://h:1/p?a=1&token=old", "new", "ws://h:1/p?a=1&token=new"),
            ("ws://[::1]:1", "a+b/c", "ws://[::1]:1/?token=a%2Bb%2Fc"),
        ],
    )
    def test_with_token(self, url: str, token: str | None, result: str) -> None:
        assert with_token(url, token) == result


# -- the spec's tables against the constants ------------------------------------------

SPEC = (ROOT / "spec" / "PROTOCOL.md").read_text(encoding="utf-8")


def table_of(heading: str) -> list[list[str]]:
    """The body rows of the first table under the heading that starts with ``heading``."""
    start = SPEC.index(f"\n{heading}") + 1
    rows: list[list[str]] = []
    for line in SPEC[start:].splitlines()[1:]:
        if line.startswith("#"):
            break
        if line.startswith("|"):
            rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
        elif rows:
            break
    return [row for row in rows[1:] if not set(row[0]) <= {"-", ":", " "}]


class TestSpecTables:
    def test_close_code_table_12_4_matches_close_code(self) -> None:
        named = {}
        for code, name, _when in table_of("### 12.4"):
            if code.isdigit() and name != "reserved":
                named[int(code)] = name.upper().replace(" ", "_")
        assert named == {int(c): c.name for c in CloseCode}

    def test_error_code_table_12_1_matches_error_code(self) -> None:
        codes = {row[0].strip("`") for row in table_of("### 12.1")}
        assert codes == {c.value for c in ErrorCode}

    def test_limits_table_11_matches_the_constants(self) -> None:
        rows = {row[0]: row[1] for row in table_of("## 11.")}
        assert f"({MAX_FRAME_BYTES:,} bytes)".replace(",", " ") in rows["frame size"]
        assert rows["nesting depth"] == f"{MAX_DEPTH} containers"
        assert rows["ndarray `ndim`"] == str(MAX_NDIM)

    def test_the_hello_timeout_is_the_specs(self) -> None:
        assert re.search(rf"at most \*\*{HELLO_TIMEOUT_S:g} seconds\*\*", SPEC)
