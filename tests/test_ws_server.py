"""The WebSocket server over real loopback sockets, with the headless client.

Every test runs with the session in a worker process (the default) and on a
thread; tests that only a process can survive (a worker that dies, an
advance that holds the GIL) run in process mode. Every test binds port 0 and
bounds its waits; none asserts on elapsed time.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import msgpack
import numpy as np
import pytest
from websockets.exceptions import ConnectionClosed
from websockets.protocol import State

from scenewire.protocol import (
    EntityClicked,
    Error,
    Hello,
    InvokeAction,
    KeyPressed,
    Reset,
    SceneReady,
    SetControl,
    Status,
    StopSession,
    encode,
    make_hello,
)
from scenewire.transports import PipeTransport
from scenewire.transports.session_host import INITIALIZING
from scenewire.transports.ws_client import SceneClient, ServerClosed, open_socket
from scenewire.transports.ws_server import BackendServer, run_backend_server
from scenewire.wire.records import Record
from tests.test_session_kit import (
    ADVANCING,
    HANG,
    LOG,
    RELEASE,
    BigFieldSession,
    BlockingAdvanceSession,
    BusySession,
    DyingSession,
    FailingAdvance,
    FailingHandle,
    FailingInitialize,
    GilHoggingSession,
    HangingInitialize,
    KitSession,
    LiveSession,
    MediumFieldSession,
    PacedFieldSession,
    ScriptedSession,
    StartupSession,
    make_gil_gate,
    open_gil_gate,
    reset_log,
    wait_for,
)

WAIT = 20.0  # upper bound for any single wait: a hang fails, slowness does not


ISOLATION = ["process"]  # the mode ``serving`` uses unless a test says otherwise


@pytest.fixture(autouse=True, params=["process", "thread"])
def isolation(request: pytest.FixtureRequest) -> Any:
    ISOLATION[0] = request.param
    reset_log()
    yield request.param
    RELEASE.set()
    reset_log()
    assert not session_threads(), "a session thread outlived its test"
    assert not multiprocessing.active_children(), "a session worker outlived its test"


def session_threads() -> list[threading.Thread]:
    names = ("scenewire-session", "scenewire-relay", "scenewire-forwarder")
    return [t for t in threading.enumerate() if t.name in names and t.is_alive()]


def process_only(isolation: str) -> None:
    if isolation != "process":
        pytest.skip("only a worker process survives this")


def run(scenario: Callable[[], Awaitable[Any]]) -> Any:
    return asyncio.run(asyncio.wait_for(scenario(), 120))


async def serving(source: Any, scenario: Callable[[BackendServer], Awaitable[Any]], **options: Any) -> Any:
    """Run ``scenario`` against a server on a free port, then wait for the server to finish."""
    options.setdefault("ping_interval", 1.0)
    options.setdefault("isolation", ISOLATION[0])
    async with BackendServer(source, "127.0.0.1", 0, **options) as server:
        result = await scenario(server)
        if not options.get("serve_forever"):
            await asyncio.wait_for(server.finished(), WAIT)
    assert not session_threads()
    return result


async def receive_until(client: SceneClient, predicate: Callable[[Record], bool]) -> list[Record]:
    """Messages up to and including the first that matches."""
    out: list[Record] = []
    while True:
        message = await client.receive(WAIT)
        out.append(message)
        if predicate(message):
            return out


async def receive_all(client: SceneClient) -> tuple[list[Record], ServerClosed]:
    """Every message until the server closes, and how it closed."""
    out: list[Record] = []
    while True:
        try:
            out.append(await client.receive(WAIT))
        except ServerClosed as closed:
            return out, closed


def is_status(text: str) -> Callable[[Record], bool]:
    return lambda m: isinstance(m, Status) and m.message == text


# -- handshake -------------------------------------------------------------


def test_handshake_scene_then_stop() -> None:
    async def scenario(server: BackendServer) -> None:
        client = await SceneClient.connect(server.url)
        assert client.ws.subprotocol == "scenewire.v1"
        assert client.server_hello.role == "server" and client.server_hello.major == 1
        first = await client.receive(WAIT)
        assert isinstance(first, SceneReady) and first.scene.metadata["title"] == "kit"
        await client.send(StopSession())
        messages, closed = await receive_all(client)
        assert [m.message for m in messages] == ["handled stop_session", "shutdown"]
        assert closed.code == 1000

    run(lambda: serving(KitSession, scenario))
    assert LOG[-2:] == ["handle stop_session", "shutdown"]


def test_startup_scene_then_scene_then_updates_in_order() -> None:
    async def scenario(server: BackendServer) -> list[Record]:
        client = await SceneClient.connect(server.url)
        for key in "abc":
            await client.send(KeyPressed(key=key))
        await client.send(StopSession())
        messages, _ = await receive_all(client)
        return messages

    messages = run(lambda: serving(StartupSession, scenario))
    assert [m.scene.metadata["title"] for m in messages[:2]] == ["loading", "kit"]
    assert [m.message for m in messages[2:]] == [
        "handled key_pressed key='a'",
        "handled key_pressed key='b'",
        "handled key_pressed key='c'",
        "handled stop_session",
        "shutdown",
    ]


def test_every_command_kind_reaches_handle() -> None:
    commands = [
        Reset(),
        SetControl(control_id="gain", value=[1, 2.5]),
        InvokeAction(action_id="go", payload={"n": 3}),
        KeyPressed(key="Space"),
        EntityClicked(entity_id="soma[0]"),
        StopSession(),
    ]

    async def scenario(server: BackendServer) -> None:
        client = await SceneClient.connect(server.url)
        for command in commands:
            await client.send(command)
        await receive_all(client)

    run(lambda: serving(KitSession, scenario))
    assert [e for e in LOG if e.startswith("handle")] == [f"handle {c.wire_kind}" for c in commands]


def test_a_client_without_subprotocol_is_let_through() -> None:
    async def scenario(server: BackendServer) -> None:
        client = await SceneClient.connect(server.url, subprotocols=())
        assert client.ws.subprotocol is None
        await client.send(StopSession())
        _, closed = await receive_all(client)
        assert closed.code == 1000

    run(lambda: serving(KitSession, scenario))


def test_unsupported_subprotocol_is_closed_4001_with_the_versions_spoken() -> None:
    async def scenario(server: BackendServer) -> None:
        ws = await open_socket(server.url, subprotocols=["scenewire.v2", "scenewire.v3"])
        assert ws.subprotocol == "scenewire.v2"  # its first offer, so that every client reads the 4001 (§2.2)
        with pytest.raises(ConnectionClosed) as info:
            await asyncio.wait_for(ws.recv(), WAIT)
        assert info.value.rcvd.code == 4001
        assert "scenewire.v1" in info.value.rcvd.reason and "scenewire.v2" in info.value.rcvd.reason
        await stop_session_of(server)

    run(lambda: serving(KitSession, scenario))
    assert LOG[-1] == "shutdown"


async def stop_session_of(server: BackendServer) -> None:
    """A well-behaved client that ends the session, so the server finishes."""
    client = await SceneClient.connect(server.url)
    await client.send(StopSession())
    await receive_all(client)


def test_hello_with_another_major_gets_an_error_then_4001() -> None:
    async def scenario(server: BackendServer) -> None:
        hello = Hello(protocol="scenewire", major=2, minor=0, role="client", implementation="future/9")
        with pytest.raises(ServerClosed) as info:
            await SceneClient.connect(server.url, hello=hello)
        assert info.value.code == 4001
        assert info.value.error is not None and info.value.error.code == "version_mismatch"
        await stop_session_of(server)

    run(lambda: serving(KitSession, scenario))


def test_first_message_not_a_hello_is_closed_1002() -> None:
    async def scenario(server: BackendServer) -> None:
        ws = await open_socket(server.url)
        await ws.send(encode(Reset()))
        with pytest.raises(ConnectionClosed) as info:
            await asyncio.wait_for(ws.recv(), WAIT)
        assert info.value.rcvd.code == 1002 and "hello" in info.value.rcvd.reason
        await stop_session_of(server)

    run(lambda: serving(KitSession, scenario))


def test_no_hello_in_time_is_closed_4002() -> None:
    async def scenario(server: BackendServer) -> None:
        ws = await open_socket(server.url)
        with pytest.raises(ConnectionClosed) as info:
            await asyncio.wait_for(ws.recv(), WAIT)
        assert info.value.rcvd.code == 4002
        await stop_session_of(server)

    run(lambda: serving(KitSession, scenario, hello_timeout=0.2))


# -- frames after the handshake -------------------------------------------


def test_malformed_frames_get_an_error_and_the_connection_stays() -> None:
    bad_frames = {
        b"\xc1": "malformed_msgpack",
        msgpack.packb({"kind": "teleport"}): "unknown_kind",
        msgpack.packb([1, 2]): "bad_envelope",
        msgpack.packb({"kind": "set_control", "value": 1}): "missing_field",
        encode(make_hello("client", "again")): "unexpected_message",
        encode(Status(message="updates go the other way")): "unexpected_message",
    }

    async def scenario(server: BackendServer) -> None:
        client = await SceneClient.connect(server.url)
        await client.receive(WAIT)  # scene_ready
        for frame, code in bad_frames.items():
            await client.ws.send(frame)
            error = await client.receive(WAIT)
            assert isinstance(error, Error) and error.code == code, (frame, error)
        await client.send(KeyPressed(key="still here"))
        assert (await client.receive(WAIT)).message == "handled key_pressed key='still here'"
        await client.send(StopSession())
        await receive_all(client)

    run(lambda: serving(KitSession, scenario))


def test_a_text_frame_is_closed_1003_and_the_server_serves_on() -> None:
    async def scenario(server: BackendServer) -> None:
        client = await SceneClient.connect(server.url)
        await client.ws.send('{"kind": "reset"}')
        _, closed = await receive_all(client)
        assert closed.code == 1003 and "binary" in closed.reason
        await stop_session_of(server)

    run(lambda: serving(KitSession, scenario, serve_forever=True))
    assert LOG.count("shutdown") == 2


def test_an_oversized_frame_is_closed_1009_and_the_server_serves_on() -> None:
    async def scenario(server: BackendServer) -> None:
        client = await SceneClient.connect(server.url)
        await client.ws.send(b"\x00" * (1 << 20 + 1))
        _, closed = await receive_all(client)
        assert closed.code == 1009
        await stop_session_of(server)

    run(lambda: serving(KitSession, scenario, serve_forever=True, max_frame_bytes=1 << 20))
    assert LOG.count("shutdown") == 2


# -- one client at a time, disconnects --------------------------------------


def test_a_second_client_is_refused_4000_and_the_first_is_undisturbed() -> None:
    async def scenario(server: BackendServer) -> None:
        first = await SceneClient.connect(server.url)
        await first.receive(WAIT)
        with pytest.raises(ServerClosed) as info:
            await SceneClient.connect(server.url)
        assert info.value.code == 4000 and "busy" in info.value.reason
        await first.send(KeyPressed(key="x"))
        assert (await first.receive(WAIT)).message == "handled key_pressed key='x'"
        await first.send(StopSession())
        _, closed = await receive_all(first)
        assert closed.code == 1000

    run(lambda: serving(KitSession, scenario))
    assert LOG.count("build") == 1


def test_an_abrupt_disconnect_runs_shutdown_and_leaves_no_thread() -> None:
    async def scenario(server: BackendServer) -> None:
        client = await SceneClient.connect(server.url)
        await receive_until(client, lambda m: m.wire_kind == "field_append")  # live and ticking
        client.ws.transport.abort()  # no close frame: the TCP connection just drops

    run(lambda: serving(LiveSession, scenario))
    assert LOG[-1] == "shutdown"
    assert not session_threads()


def test_serve_forever_gives_each_client_a_fresh_session() -> None:
    async def scenario(server: BackendServer) -> BackendServer:
        for _ in range(2):
            client = await SceneClient.connect(server.url)
            await client.send(KeyPressed(key="k"))
            await client.send(StopSession())
            messages, closed = await receive_all(client)
            assert isinstance(messages[0], SceneReady) and closed.code == 1000
        return server

    server = run(lambda: serving(KitSession, scenario, serve_forever=True))
    assert server.sessions_run == 2  # counted once each handler is over, which close() waits for
    assert LOG.count("build") == 2 and LOG.count("shutdown") == 2
    assert LOG.count("handle key_pressed") == 2


# -- session faults ---------------------------------------------------------


def test_initialize_failure_is_an_error_then_close_1011() -> None:
    async def scenario(server: BackendServer) -> None:
        client = await SceneClient.connect(server.url)
        messages, closed = await receive_all(client)
        assert messages[0].code == "session_error" and "boom in initialize" in messages[0].message
        assert closed.code == 1011 and closed.error == messages[0]  # the close carries the reason

    run(lambda: serving(FailingInitialize, scenario))
    assert LOG[-1] == "shutdown"


def test_handle_failure_is_an_error_and_the_session_goes_on() -> None:
    async def scenario(server: BackendServer) -> None:
        client = await SceneClient.connect(server.url)
        await client.send(KeyPressed(key="a"))
        await client.send(Reset())
        await client.send(StopSession())
        messages, closed = await receive_all(client)
        kinds = [(m.wire_kind, getattr(m, "code", None)) for m in messages]
        assert ("error", "session_error") in kinds and closed.code == 1000
        assert any(getattr(m, "message", "") == "handled reset" for m in messages)

    run(lambda: serving(FailingHandle, scenario))


def test_advance_failure_is_an_error_and_the_session_goes_on() -> None:
    async def scenario(server: BackendServer) -> None:
        client = await SceneClient.connect(server.url)
        await receive_until(client, lambda m: isinstance(m, Error))
        await client.send(Reset())  # advance gets another chance, and fails again
        messages = await receive_until(client, lambda m: isinstance(m, Error))
        assert "boom in advance" in messages[-1].message
        assert any(getattr(m, "message", "") == "handled reset" for m in messages)
        await client.send(StopSession())
        await receive_all(client)

    run(lambda: serving(FailingAdvance, scenario))


def test_a_slow_advance_stalls_neither_keepalive_nor_commands() -> None:
    async def scenario(server: BackendServer) -> None:
        client = await SceneClient.connect(server.url, ping_interval=0.1, ping_timeout=0.5)
        assert await asyncio.to_thread(ADVANCING.wait, WAIT)
        # advance() is blocked now; the event loop still answers pings and takes commands
        pong = await client.ws.ping()
        await asyncio.wait_for(pong, WAIT)
        await asyncio.sleep(1.0)  # ten keepalive rounds with a 0.5 s timeout, all during advance()
        assert not RELEASE.is_set() and client.ws.close_code is None
        await client.send(KeyPressed(key="during"))
        RELEASE.set()
        messages = await receive_until(client, is_status("handled key_pressed key='during'"))
        after = await client.receive(WAIT)
        await client.send(StopSession())
        await receive_all(client)
        appended = [int(m.values[0]) for m in messages if m.wire_kind == "field_append"]
        assert appended == [1]  # the slow first advance, then the command, before the second advance
        assert after.wire_kind == "field_append" and int(after.values[0]) == 2

    run(lambda: serving(BlockingAdvanceSession, scenario, ping_interval=0.1, ping_timeout=0.5))
    idx = LOG.index("handle key_pressed")
    assert LOG[idx - 1] == "advance 1" and LOG[idx + 1] == "advance 2"


# -- the same session over the pipe, the blocking entry point ---------------


def test_websocket_and_pipe_give_the_same_updates() -> None:
    script = [SetControl(control_id="gain", value=0.5), KeyPressed(key="a"), InvokeAction(action_id="go")]

    async def scenario(server: BackendServer) -> list[Record]:
        client = await SceneClient.connect(server.url)
        for command in [*script, StopSession()]:
            await client.send(command)
        messages, _ = await receive_all(client)
        return messages

    over_ws = run(lambda: serving(ScriptedSession, scenario))
    for use_process in (True, False):
        pipe = PipeTransport(ScriptedSession, use_process=use_process)
        pipe.start()
        for command in script:
            pipe.send_command(command)
        pipe.stop()
        assert pipe.poll_updates() == over_ws


def test_run_backend_server_blocks_until_the_session_ends() -> None:
    ready: list[BackendServer] = []
    thread = threading.Thread(
        target=run_backend_server,
        args=(KitSession, "127.0.0.1", 0),
        kwargs={"on_ready": ready.append, "isolation": ISOLATION[0]},
    )
    thread.start()
    try:
        for _ in range(2000):
            if ready:
                break
            threading.Event().wait(0.01)
        run(lambda: stop_session_of(ready[0]))
    finally:
        thread.join(WAIT)
    assert not thread.is_alive()
    assert LOG[-1] == "shutdown"


def test_an_instance_is_refused_before_binding() -> None:
    with pytest.raises(TypeError, match="built where it runs"):
        run_backend_server(KitSession())


# -- what only a worker process gives ---------------------------------------


def test_an_advance_holding_the_gil_stalls_nothing_in_the_server(isolation: str) -> None:
    process_only(isolation)  # on a thread it would freeze this very test, client included

    async def scenario(server: BackendServer) -> None:
        client = await SceneClient.connect(server.url, ping_interval=0.1, ping_timeout=0.5)
        assert await asyncio.to_thread(ADVANCING.wait, WAIT)
        # the worker is inside C code holding its GIL: the server still pings, answers and refuses
        await asyncio.wait_for(await client.ws.ping(), WAIT)
        await asyncio.sleep(1.0)  # ten keepalive rounds of the server and of the client
        await client.ws.send(b"\xc1")  # never valid MessagePack
        messages = await receive_until(client, lambda m: isinstance(m, Error))
        assert messages[-1].code == "malformed_msgpack" and "frame dropped" in messages[-1].message
        with pytest.raises(ServerClosed) as busy:
            await SceneClient.connect(server.url)
        assert busy.value.code == 4000
        await client.send(KeyPressed(key="during"))
        assert "released the GIL" not in LOG and client.ws.close_code is None
        open_gil_gate()
        await receive_until(client, is_status("handled key_pressed key='during'"))
        await client.send(StopSession())
        _, closed = await receive_all(client)
        assert closed.code == 1000

    run(lambda: serving(GilHoggingSession, gated(scenario), ping_interval=0.1, ping_timeout=0.5))
    assert LOG.index("holding the GIL") < LOG.index("released the GIL") < LOG.index("handle key_pressed")
    assert LOG[-1] == "shutdown"


def gated(scenario: Callable[[BackendServer], Awaitable[Any]]) -> Callable[[BackendServer], Awaitable[Any]]:
    """Run ``scenario`` with a closed GIL gate; open it however the scenario ends, so no worker hangs."""
    make_gil_gate()

    async def wrapped(server: BackendServer) -> Any:
        try:
            return await scenario(server)
        finally:
            open_gil_gate()

    return wrapped


def test_a_disconnect_during_a_gil_holding_advance_still_runs_shutdown(isolation: str) -> None:
    process_only(isolation)

    async def scenario(server: BackendServer) -> None:
        client = await SceneClient.connect(server.url)
        assert await asyncio.to_thread(ADVANCING.wait, WAIT)
        current = server._current
        assert current is not None
        client.ws.transport.abort()
        # the server has seen the disconnect (its side of the connection is closed), yet no shutdown() yet:
        # it runs once the advance returns
        assert await asyncio.to_thread(wait_for, lambda: current.state is State.CLOSED, WAIT)
        assert "shutdown" not in LOG

    run(lambda: serving(GilHoggingSession, gated(scenario)))
    assert LOG[-2:] == ["advance 1", "shutdown"]


def test_a_worker_that_dies_is_an_error_then_close_1011_and_the_server_serves_on(isolation: str) -> None:
    process_only(isolation)  # os._exit on a thread would end the test run

    async def scenario(server: BackendServer) -> None:
        client = await SceneClient.connect(server.url)
        messages, closed = await receive_all(client)
        assert isinstance(messages[0], SceneReady)
        assert messages[-1].code == "session_error" and "exit code 3" in messages[-1].message
        assert closed.code == 1011 and "died" in closed.reason
        client = await SceneClient.connect(server.url)  # the next client gets a fresh worker
        assert isinstance(await client.receive(WAIT), SceneReady)
        await client.close()

    run(lambda: serving(DyingSession, scenario, serve_forever=True))
    assert LOG.count("build") == 2


def test_an_unpicklable_source_needs_thread_isolation(isolation: str) -> None:
    def factory() -> KitSession:
        return KitSession()

    if isolation == "process":
        with pytest.raises(TypeError, match="isolation='thread'"):
            BackendServer(factory, "127.0.0.1", 0)
        return

    async def scenario(server: BackendServer) -> None:
        await stop_session_of(server)

    run(lambda: serving(factory, scenario))
    assert LOG[-1] == "shutdown"


def test_the_worker_ignores_ctrl_c_and_the_server_stops_it(isolation: str) -> None:
    process_only(isolation)

    async def scenario(server: BackendServer) -> None:
        client = await SceneClient.connect(server.url)
        await receive_until(client, lambda m: m.wire_kind == "field_append")
        (worker,) = multiprocessing.active_children()
        os.kill(worker.pid, signal.SIGINT)  # what a terminal's Ctrl-C sends the whole process group
        await client.send(KeyPressed(key="after"))
        await receive_until(client, is_status("handled key_pressed key='after'"))
        await client.send(StopSession())
        _, closed = await receive_all(client)
        assert closed.code == 1000

    run(lambda: serving(LiveSession, scenario))
    assert LOG[-1] == "shutdown"


def test_a_client_that_does_not_read_slows_the_session_and_loses_nothing() -> None:
    def advances() -> int:
        return sum(entry.startswith("advance") for entry in LOG)

    async def scenario(server: BackendServer) -> None:
        client = await SceneClient.connect(server.url)
        # read nothing: the backlog budget (1 MiB, the socket's buffers included) fills, then the session waits
        settled = await asyncio.to_thread(wait_until_steady, advances)
        stalled_at = advances()
        assert settled and stalled_at < 100  # it stopped: a free-running session never settles
        ticks = []
        while len(ticks) < stalled_at:
            message = await client.receive(WAIT)
            if message.wire_kind == "field_replace":
                assert np.all(message.values == message.values[0])
                ticks.append(int(message.values[0]))
        assert ticks == list(range(1, len(ticks) + 1))  # every one, in order
        await client.send(StopSession())
        await receive_all(client)

    run(lambda: serving(BigFieldSession, scenario, max_backlog_bytes=1 << 20))
    assert LOG[-1] == "shutdown"


def wait_until_steady(read: Callable[[], int], quiet: float = 0.5) -> bool:
    """Wait until ``read()`` stops changing for ``quiet`` s (at most WAIT): the session is blocked."""
    last, since = read(), time.monotonic()
    deadline = since + WAIT
    while time.monotonic() < deadline:
        time.sleep(0.05)
        now = read()
        if now != last:
            last, since = now, time.monotonic()
        elif time.monotonic() - since >= quiet:
            return True
    return False


def test_a_second_cancel_kills_a_worker_that_will_not_end(isolation: str) -> None:
    process_only(isolation)  # a thread cannot be killed; the server leaves it behind instead
    make_gil_gate()  # never opened while the server waits: the advance does not end on its own

    async def scenario() -> None:
        clients: list[SceneClient] = []

        async def serve_and_connect() -> None:
            async with BackendServer(GilHoggingSession, "127.0.0.1", 0, isolation="process") as server:
                clients.append(await SceneClient.connect(server.url))
                await server.finished()

        task = asyncio.create_task(serve_and_connect())
        assert await asyncio.to_thread(ADVANCING.wait, WAIT)
        task.cancel()  # Ctrl-C: the server closes its clients 1001, then waits for shutdown(), held by the advance
        await asyncio.wait_for(clients[0].ws.wait_closed(), WAIT)
        assert clients[0].ws.close_code == 1001
        assert not task.done() and multiprocessing.active_children()
        task.cancel()  # a second Ctrl-C: the worker is killed
        with pytest.raises(asyncio.CancelledError):
            await asyncio.wait_for(task, WAIT)

    try:
        run(scenario)
    finally:
        open_gil_gate()
    assert not multiprocessing.active_children()
    assert "shutdown" not in LOG and "released the GIL" not in LOG


def test_a_hanging_initialize_is_an_error_then_1011_and_the_next_client_is_served(isolation: str) -> None:
    async def scenario(server: BackendServer) -> None:
        HANG.set()
        first = await SceneClient.connect(server.url)
        messages, closed = await receive_all(first)
        assert [m.wire_kind for m in messages] == ["error"]
        assert "initialize() did not return within 0.5 s" in messages[0].message
        assert closed.code == 1011 and "initialize() did not return" in closed.reason
        # the hung session is killed after the grace period (process) or left behind (thread): either way
        # the next client gets a fresh session
        assert await asyncio.to_thread(ADVANCING.wait, WAIT)  # the first took the hang (it was not killed before)
        server.initialize_timeout = 60.0  # the second session has all the time a loaded machine needs
        second = await SceneClient.connect(server.url)
        seen = await receive_until(second, lambda m: m.wire_kind == "scene_ready")
        if isolation == "thread":
            # a thread cannot be killed: it is left behind, and the next client is told so in its status line
            assert server.left_behind == [f"left {INITIALIZING}"]
            note = (await receive_until(second, lambda m: isinstance(m, Status)))[-1]  # after the scene (§2.4)
            assert "1 earlier session thread(s) did not end" in note.message
        else:
            assert not server.left_behind and not any(isinstance(m, Status) for m in seen)
        await second.send(StopSession())
        _, closed = await receive_all(second)
        assert closed.code == 1000
        RELEASE.set()  # a thread left behind returns from initialize() and runs its shutdown()
        assert await asyncio.to_thread(wait_for, lambda: not session_threads(), WAIT)

    try:
        options = {"initialize_timeout": 0.5, "shutdown_grace": 2.0, "serve_forever": True}
        run(lambda: serving(HangingInitialize, scenario, **options))
        if isolation == "process":
            assert LOG.count("shutdown") == 1  # the second's; the killed worker's shutdown() never ran
    finally:
        RELEASE.set()


def test_a_flood_of_commands_into_a_busy_session_is_held_back_in_order(isolation: str) -> None:
    count, bound = 3000, 8

    async def flood(client: SceneClient) -> None:
        for index in range(count):
            await client.send(KeyPressed(key=str(index)))  # blocks once the server stops reading

    async def scenario(server: BackendServer) -> None:
        client = await SceneClient.connect(server.url)
        assert await asyncio.to_thread(ADVANCING.wait, WAIT)
        sending = asyncio.create_task(flood(client))
        assert server.gate is not None
        gate = server.gate
        # the server holds its bound of commands, then leaves the rest in the kernel's buffers (TCP backpressure)
        assert await asyncio.to_thread(wait_until_steady, lambda: gate.held)
        assert 0 < gate.peak <= bound
        assert "handle key_pressed" not in LOG  # the session is still busy
        RELEASE.set()
        await asyncio.wait_for(sending, 60)
        keys: list[str] = []
        while len(keys) < count:
            message = await client.receive(WAIT)
            if isinstance(message, Status) and message.message.startswith("handled key_pressed"):
                keys.append(message.message.removeprefix("handled key_pressed key=").strip("'"))
        assert keys == [str(index) for index in range(count)]  # nothing lost, nothing reordered
        assert gate.peak <= bound
        await client.send(StopSession())
        await receive_all(client)

    run(lambda: serving(BusySession, scenario, max_inbox_commands=bound))
    assert LOG[-1] == "shutdown"


def test_a_slow_reader_is_kept_alive_while_it_reads(isolation: str) -> None:
    async def scenario(server: BackendServer) -> None:
        client = await SceneClient.connect(server.url, ping_interval=None)  # only the server's keepalive
        ticks: list[int] = []
        while len(ticks) < 60:
            message = await client.receive(WAIT)
            if message.wire_kind == "field_replace":
                ticks.append(int(message.values[0]))
                await asyncio.sleep(0.1)  # far slower than the session: every pong waits behind the backlog
        assert ticks == list(range(1, 61))
        await client.send(StopSession())
        _, closed = await receive_all(client)
        assert closed.code == 1000, closed.reason

    # a pong waits behind the backlog (the budget, and the client's own read-ahead), longer than the timeout;
    # the kernel frees room in steps, so the client's progress shows within the timeout, not after every frame
    run(lambda: serving(MediumFieldSession, scenario, ping_interval=0.5, ping_timeout=2.0, max_backlog_bytes=1 << 20))
    assert LOG[-1] == "shutdown"


def test_a_client_that_neither_reads_nor_answers_is_closed_1011_with_a_reason(isolation: str) -> None:
    async def scenario(server: BackendServer) -> None:
        client = await SceneClient.connect(server.url, ping_interval=None)
        # read nothing: the server's pings go unanswered and nothing leaves the backlog, so it gives up
        assert await asyncio.to_thread(
            wait_for, lambda: server._current is not None and server._current.state is not State.OPEN, WAIT
        )
        _, closed = await receive_all(client)  # read the backlog, then the close
        assert closed.code == 1011 and closed.reason.startswith("keepalive: no pong within 0.5 s"), closed.reason

    run(lambda: serving(MediumFieldSession, scenario, ping_interval=0.2, ping_timeout=0.5, max_backlog_bytes=1 << 20))
    assert LOG[-1] == "shutdown"


def kernel_send_queue(port: int) -> int | None:
    """The kernel's Send-Q (``tx_queue`` of /proc/net/tcp) of the server's end of the connection on ``port``."""
    try:
        lines = Path("/proc/net/tcp").read_text().splitlines()[1:]
    except OSError:
        return None
    for line in lines:
        fields = line.split()
        local, state, queues = fields[1], fields[3], fields[4]
        if int(local.split(":")[1], 16) == port and state == "01":  # ESTABLISHED, the server's end
            return int(queues.split(":")[0], 16)
    return None


def test_a_reader_at_a_tenth_of_the_rate_stays_within_the_backlog_budget(isolation: str) -> None:
    budget = 1 << 20

    async def scenario(server: BackendServer) -> None:
        client = await SceneClient.connect(server.url, ping_interval=None)  # only the server's keepalive
        queues: list[int] = []
        meter_samples: list[int] = []
        ticks: list[int] = []
        while len(ticks) < 40:  # about 7 s at 6 frames a second, against the session's 60
            message = await client.receive(WAIT)
            if message.wire_kind == "field_replace":
                ticks.append(int(message.values[0]))
                await asyncio.sleep(1 / 6)
            queued = kernel_send_queue(server.port)
            if queued is not None:
                queues.append(queued)
            assert server.backlog is not None
            meter_samples.append(server.backlog.now())
        assert ticks == list(range(1, 41))  # every one, in order: the session waited, nothing was dropped
        assert server.backlog is not None and 0 < server.backlog.peak <= budget, server.backlog.peak
        assert max(meter_samples) <= budget
        if queues:  # Linux: the kernel's own figure, from outside the server
            assert max(queues) <= budget, max(queues)
            assert max(queues) > 0  # the reader really was behind
        # still alive after many pings, each behind the backlog: the connection is open, and stops cleanly
        await client.send(StopSession())
        _, closed = await receive_all(client)
        assert closed.code == 1000, closed.reason

    run(lambda: serving(PacedFieldSession, scenario, ping_interval=0.5, ping_timeout=5.0, max_backlog_bytes=budget))
    assert LOG[-1] == "shutdown"


def test_a_worker_whose_import_hangs_is_an_error_then_1011_and_killed_at_once(isolation: str) -> None:
    process_only(isolation)  # on a thread the server imports the module itself, before it binds
    from tests.hanging_import_kit import IMPORT_GATE, IMPORTING, SlowImportSession  # the gate is shut: no hang

    async def scenario(server: BackendServer) -> None:
        IMPORT_GATE.set()
        first = await SceneClient.connect(server.url)
        messages, closed = await receive_all(first)
        assert [m.wire_kind for m in messages] == ["error"]
        assert "did not start within 2 s" in messages[0].message
        assert closed.code == 1011 and "did not start within 2 s" in closed.reason, closed.reason
        # killed at once, not after the grace period (60 s here), while its import still hangs
        assert await asyncio.to_thread(wait_for, lambda: not multiprocessing.active_children(), WAIT)
        IMPORT_GATE.clear()
        second = await SceneClient.connect(server.url)
        await receive_until(second, lambda m: m.wire_kind == "scene_ready")
        await second.send(StopSession())
        _, closed = await receive_all(second)
        assert closed.code == 1000

    try:
        options = {"start_timeout": 2.0, "shutdown_grace": 60.0, "serve_forever": True}
        run(lambda: serving(SlowImportSession, scenario, **options))
    finally:
        IMPORT_GATE.clear()
        IMPORTING.clear()
    assert LOG.count("build") == 1  # only the second worker got as far as building its session
