"""Protocol 1.1's roles in the connection rules (protocol/connection.py), without sockets.

Who may send ``control_request`` and ``access`` to whom, what a side whose
hello says minor 0 does with them (§13), and which hello keys travel (§5).
"""

from __future__ import annotations

import pytest

from scenewire.protocol import (
    Access,
    ControlRequest,
    Error,
    Hello,
    Reset,
    SceneReady,
    Status,
    decode,
    encode,
    make_hello,
    new_run_id,
)
from scenewire.protocol.connection import (
    ClientConnection,
    ConnectionStateError,
    Dropped,
    Handshake,
    Received,
    Send,
    ServerConnection,
)
from scenewire.protocol.hello import RUN_ID
from scenewire.scene import Scene
from scenewire.state.scene_state import SceneState, TickGate
from scenewire.wire import ErrorCode, ProtocolError

RUN = "0123456789abcdef0123456789abcdef"
ACCESS = encode(Access(access="observe", waiting=False, clients=2))
REQUEST = encode(ControlRequest(want=True))


def open_server(client_minor: int = 1, server_minor: int = 1, access: str | None = None) -> ServerConnection:
    conn = ServerConnection(minor=server_minor)
    hello = make_hello("client", "c", minor=client_minor, access=access if client_minor else None)
    [handshake] = conn.receive(encode(hello))
    assert isinstance(handshake, Handshake)
    return conn


def open_client(server_hello: Hello, client_minor: int = 1) -> ClientConnection:
    conn = ClientConnection(hello=make_hello("client", "c", minor=client_minor))
    conn.hello_frame()
    [handshake] = conn.receive(encode(server_hello))
    assert isinstance(handshake, Handshake)
    return conn


def sent(events: list) -> list:
    return [decode(e.data) for e in events if isinstance(e, Send)]


class TestHelloKeys:
    def test_the_clients_hello_says_1_1_and_carries_the_access_it_asks_for(self) -> None:
        hello = decode(ClientConnection(access="observe").hello_frame())
        assert (hello.minor, hello.access, hello.run) == (1, "observe", None)
        assert decode(ClientConnection().hello_frame()).access is None  # absent: control

    @pytest.mark.parametrize("access", ["observe", "control"])
    def test_a_1_1_server_answers_a_1_1_client_with_the_access_it_got_and_the_run(self, access: str) -> None:
        conn = open_server(access=access)
        assert conn.requested_access == access
        [hello] = sent(conn.accept(access=access, run=RUN))
        assert (hello.minor, hello.access, hello.run) == (1, access, RUN)

    def test_a_1_0_client_gets_a_1_0_hello_and_counts_as_asking_for_control(self) -> None:
        conn = open_server(client_minor=0)
        assert conn.requested_access == "control" and not conn.speaks_1_1
        [hello] = sent(conn.accept(access="control", run=RUN))
        assert (hello.minor, hello.access, hello.run) == (1, None, None)
        assert encode(hello) == encode(make_hello("server", "scenewire", minor=1))

    def test_a_server_built_for_1_0_says_minor_0_and_sends_no_1_1_key(self) -> None:
        conn = open_server(server_minor=0, access="observe")
        assert conn.requested_access == "control"  # it knows no roles: every client controls
        [hello] = sent(conn.accept(access="observe", run=RUN))
        assert (hello.minor, hello.access, hello.run) == (0, None, None)
        assert conn.access_frame("observe", False, 2) is None

    def test_a_hello_saying_minor_0_carries_no_1_1_key(self) -> None:
        with pytest.raises(ValueError, match=r"1\.1 keys"):
            make_hello("client", "c", minor=0, access="observe")

    @pytest.mark.parametrize(
        ("fields", "code"),
        [
            ({"access": "admin"}, ErrorCode.INVALID_VALUE),
            ({"access": 1}, ErrorCode.WRONG_TYPE),
            ({"run": "0123456789ABCDEF0123456789ABCDEF"}, ErrorCode.INVALID_VALUE),
            ({"run": "abc"}, ErrorCode.INVALID_VALUE),
            ({"run": True}, ErrorCode.WRONG_TYPE),
        ],
    )
    def test_a_bad_access_or_run_does_not_decode(self, fields: dict, code: ErrorCode) -> None:
        import msgpack

        tree = make_hello("server", "s").to_tree() | fields
        with pytest.raises(ProtocolError) as caught:
            decode(msgpack.packb(tree))
        assert caught.value.code is code

    def test_a_run_id_is_32_lowercase_hex_digits_and_fresh(self) -> None:
        ids = {new_run_id() for _ in range(100)}
        assert len(ids) == 100 and all(RUN_ID.fullmatch(i) for i in ids)


class TestControlRequest:
    def test_a_1_1_server_delivers_it_to_the_application_not_as_a_command(self) -> None:
        conn = open_server()
        conn.accept()
        [event] = conn.receive(REQUEST)
        assert isinstance(event, Received) and event.message == ControlRequest(want=True)

    def test_a_server_whose_hello_says_0_answers_unknown_kind_as_a_1_0_server(self) -> None:
        conn = open_server(server_minor=0)
        conn.accept()
        reply, dropped = conn.receive(REQUEST)
        assert isinstance(dropped, Dropped) and dropped.error.code is ErrorCode.UNKNOWN_KIND
        [error] = sent([reply])
        assert error.code == "unknown_kind" and conn.is_open

    def test_from_a_1_0_client_it_is_unexpected(self) -> None:
        conn = open_server(client_minor=0)
        conn.accept()
        reply, dropped = conn.receive(REQUEST)
        assert isinstance(dropped, Dropped) and dropped.error.code is ErrorCode.UNEXPECTED_MESSAGE
        assert sent([reply])[0].code == "unexpected_message" and conn.is_open

    def test_before_the_hello_it_is_refused_as_any_first_frame_but_a_hello(self) -> None:
        conn = ServerConnection(minor=1)
        [close] = conn.receive(REQUEST)
        assert close.code == 1002 and "control_request" in close.reason

    def test_a_client_sends_it_only_to_a_1_1_server(self) -> None:
        client = open_client(make_hello("server", "s", minor=1, access="observe", run=RUN))
        assert decode(client.request_control(False)) == ControlRequest(want=False)
        assert (client.access, client.run) == ("observe", RUN)
        old = open_client(make_hello("server", "s", minor=0))
        assert (old.access, old.run) == (None, None)
        with pytest.raises(ConnectionStateError, match="minor 0"):
            old.request_control()

    def test_a_client_is_never_sent_it(self) -> None:
        client = open_client(make_hello("server", "s", minor=1))
        [dropped] = client.receive(REQUEST)
        assert isinstance(dropped, Dropped) and dropped.error.code is ErrorCode.UNEXPECTED_MESSAGE


class TestAccessMessage:
    def test_a_1_1_client_receives_it_from_a_1_1_server(self) -> None:
        client = open_client(make_hello("server", "s", minor=1, access="observe", run=RUN))
        [event] = client.receive(ACCESS)
        assert isinstance(event, Received) and event.message == Access(access="observe", waiting=False, clients=2)

    def test_from_a_server_whose_hello_says_0_it_is_unexpected(self) -> None:
        client = open_client(make_hello("server", "s", minor=0))
        [dropped] = client.receive(ACCESS)
        assert isinstance(dropped, Dropped) and dropped.error.code is ErrorCode.UNEXPECTED_MESSAGE

    def test_a_client_whose_hello_says_0_drops_it_as_unknown_kind(self) -> None:
        client = open_client(make_hello("server", "s", minor=1), client_minor=0)
        [dropped] = client.receive(ACCESS)
        assert isinstance(dropped, Dropped) and dropped.error.code is ErrorCode.UNKNOWN_KIND

    def test_a_server_is_never_sent_it(self) -> None:
        conn = open_server()
        conn.accept()
        _, dropped = conn.receive(ACCESS)
        assert dropped.error.code is ErrorCode.UNEXPECTED_MESSAGE

    def test_the_server_builds_it_only_for_a_1_1_client(self) -> None:
        conn = open_server()
        conn.accept()
        assert decode(conn.access_frame("control", False, 3)) == Access(access="control", waiting=False, clients=3)
        old = open_server(client_minor=0)
        old.accept()
        assert old.access_frame("control", False, 3) is None

    @pytest.mark.parametrize(
        "fields",
        [{"access": "admin", "waiting": False, "clients": 1}, {"access": "control", "waiting": True, "clients": 1}],
    )
    def test_a_bad_role_or_a_waiting_controller_is_invalid(self, fields: dict) -> None:
        with pytest.raises(ValueError):
            Access(**fields)

    def test_a_scene_state_ignores_it_without_a_note(self) -> None:
        state = SceneState()
        before = state.to_json()
        changes = state.apply(Access(access="observe", waiting=True, clients=2))
        assert not changes and state.to_json() == before

    def test_a_tick_gate_passes_it_at_once_inside_an_open_tick(self) -> None:
        from scenewire.protocol import Tick

        gate = TickGate()
        gate.release_ticks([Status(message="a", tick_end=Tick(index=0))])
        access = Access(access="control", waiting=False, clients=1)
        units = gate.release_ticks([SceneReady(scene=Scene()), access])
        assert units == [[access]] and gate.held == 1


def test_an_observers_command_gets_not_controller_and_the_connection_stays() -> None:
    conn = open_server(access="observe")
    conn.accept(access="observe", run=RUN)
    [event] = conn.receive(encode(Reset()))
    assert isinstance(event, Received)  # the rules deliver; the server's roles refuse it
    error = decode(conn.not_controller_frame(event.message))
    assert isinstance(error, Error) and error.code == "not_controller" and "reset" in error.message
    assert conn.is_open


def test_a_1_1_client_takes_a_first_tick_of_any_index_and_a_gap() -> None:
    """§7.12 rule 6: a run's ticks; a late joiner's first is 41, a merge for an observer skips to 45."""
    from scenewire.protocol import Tick

    client = open_client(make_hello("server", "s", minor=1, access="observe", run=RUN))
    gate, state = TickGate(), SceneState()
    frames = [
        SceneReady(scene=Scene()),
        Status(message="41", tick_end=Tick(index=41)),
        Status(message="45", tick_end=Tick(index=45)),
    ]
    units = []
    for frame in frames:
        [event] = client.receive(encode(frame))
        assert isinstance(event, Received)
        units += gate.release_ticks([event.message])
    assert [len(u) for u in units] == [1, 1, 1]  # before the first tick_end, each update is its own unit
    for unit in units:
        assert not state.apply_all(unit).errors
    assert state.status.message == "45" and gate.last_tick.index == 45
