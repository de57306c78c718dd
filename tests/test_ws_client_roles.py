"""SceneClient and protocol 1.1 (§2.5, §6.7, §7.14) against scripted servers on loopback sockets.

The scripted server is a plain ``websockets`` server that speaks from a list:
it reads the client's hello, records it, and sends what a 1.1 server would
(a hello with ``access`` and ``run``, a snapshot, ``access`` messages, a
``not_controller`` error). Reconnects are driven by the server closing.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import numpy as np
import pytest
from websockets.asyncio.server import ServerConnection, serve

from scenewire.protocol import (
    SUBPROTOCOL,
    Access,
    ControlRequest,
    Error,
    Reset,
    SceneReady,
    Status,
    Tick,
    decode,
    encode,
    make_hello,
)
from scenewire.protocol.connection import ConnectionStateError
from scenewire.scene import Field, Scene
from scenewire.state.scene_state import SceneState
from scenewire.transports.ws_client import SceneClient, ServerClosed

RUN_A = "a" * 32
RUN_B = "b" * 32
Script = Callable[[ServerConnection, int], Awaitable[None]]


class Scripted:
    """A loopback server; each connection runs ``script(ws, n)``, n counting connections from 0."""

    def __init__(self, script: Script) -> None:
        self.script = script
        self.hellos: list[Any] = []
        self.received: list[Any] = []
        self.connections = 0

    async def handler(self, ws: ServerConnection) -> None:
        n = self.connections
        self.connections += 1
        self.hellos.append(decode(await ws.recv()))
        await self.script(ws, n)

    async def __aenter__(self) -> str:
        def pick(connection: ServerConnection, offered: list[str]) -> str | None:
            return SUBPROTOCOL if SUBPROTOCOL in offered else None

        self._serve = serve(self.handler, "127.0.0.1", 0, select_subprotocol=pick)
        server = await self._serve.__aenter__()
        return f"ws://127.0.0.1:{server.sockets[0].getsockname()[1]}"

    async def __aexit__(self, *exc: Any) -> None:
        await self._serve.__aexit__(*exc)


def server_hello(access: str | None, run: str | None, minor: int = 1) -> bytes:
    return encode(make_hello("server", "scripted", minor=minor, access=access, run=run))


def snapshot(index: int) -> list[bytes]:
    """A late joiner's snapshot (§7.13): the present scene and status, closing tick ``index``."""
    scene = Scene(fields=[Field(id="v", dims=["seg"], values=np.arange(4.0))])
    return [
        encode(SceneReady(scene=scene)),
        encode(Status(message="t = 41 ms", tick_end=Tick(index=index, time=41.0))),
    ]


async def read_until(client: SceneClient, wanted: type, limit: int = 20) -> list[Any]:
    got = []
    for _ in range(limit):
        message = await client.receive(timeout=10)
        got.append(message)
        if isinstance(message, wanted):
            return got
    raise AssertionError(f"no {wanted.__name__} in {got}")


def test_an_observer_joins_applies_the_snapshot_and_sees_its_role_change() -> None:
    async def script(ws: ServerConnection, n: int) -> None:
        await ws.send(server_hello("observe", RUN_A))
        for frame in snapshot(41):
            await ws.send(frame)
        await ws.send(encode(Access(access="observe", waiting=False, clients=2)))
        assert decode(await ws.recv()) == Reset()  # an observer's command: refused
        await ws.send(encode(Error(message="reset dropped: this client observes", code="not_controller")))
        assert decode(await ws.recv()) == ControlRequest(want=True)
        await ws.send(encode(Access(access="control", waiting=False, clients=2)))
        await ws.send(encode(Status(message="t = 42 ms", tick_end=Tick(index=42, time=42.0))))
        await ws.wait_closed()

    async def main() -> None:
        async with Scripted(script) as url:
            client = await SceneClient.connect(url, access="observe")
            assert (client.access, client.run, client.server_hello.minor) == ("observe", RUN_A, 1)
            state = SceneState()
            for message in await read_until(client, Access):
                assert not state.apply(message).errors  # an access message is no note either
            assert state.scene is not None and state.status is not None and state.status.message == "t = 41 ms"
            assert (client.access, client.waiting, client.clients) == ("observe", False, 2)
            await client.send(Reset())
            error = await client.receive(timeout=10)
            assert isinstance(error, Error) and error.code == "not_controller"
            await client.request_control()
            for message in await read_until(client, Access):
                state.apply(message)
            assert client.access == "control"
            status = await client.receive(timeout=10)
            state.apply(status)
            assert state.status.message == "t = 42 ms"
            await client.close()

    asyncio.run(main())


def test_a_1_0_server_gives_no_role_and_refuses_to_be_asked_for_one() -> None:
    async def script(ws: ServerConnection, n: int) -> None:
        await ws.send(server_hello(None, None, minor=0))
        await ws.wait_closed()

    async def main() -> None:
        async with Scripted(script) as url:
            client = await SceneClient.connect(url, access="observe")
            assert (client.access, client.run) == (None, None)
            with pytest.raises(ConnectionStateError):
                await client.request_control()
            await client.close()

    asyncio.run(main())


@pytest.mark.parametrize(("second_run", "same"), [(RUN_A, True), (RUN_B, False)])
def test_reconnect_after_a_lost_connection_asks_for_the_same_role_and_says_whether_it_is_the_same_run(
    second_run: str, same: bool
) -> None:
    async def script(ws: ServerConnection, n: int) -> None:
        if n == 0:
            await ws.send(server_hello("control", RUN_A))
            await ws.close(1011, "keepalive: no pong")
            return
        await ws.send(server_hello("control", second_run))
        await ws.wait_closed()

    async def main() -> None:
        scripted = Scripted(script)
        async with scripted as url:
            client = await SceneClient.connect(url)  # asks for no role: control
            with pytest.raises(ServerClosed) as closed:
                await client.receive(timeout=10)
            assert closed.value.code == 1011
            again = await client.reconnect(first_delay=0.01)
            assert again.same_run is same and again.run == second_run
            assert scripted.hellos[0].access is None and scripted.hellos[1].access == "control"
            await again.close()

    asyncio.run(main())


def test_reconnect_does_not_retry_a_refusal() -> None:
    async def script(ws: ServerConnection, n: int) -> None:
        if n == 0:
            await ws.send(server_hello("observe", RUN_A))
            await ws.close(1001, "going away")
            return
        await ws.close(4000, "busy: 32 clients, the most this run takes")

    async def main() -> None:
        scripted = Scripted(script)
        async with scripted as url:
            client = await SceneClient.connect(url, access="observe")
            with pytest.raises(ServerClosed):
                await client.receive(timeout=10)
            with pytest.raises(ServerClosed) as refused:
                await client.reconnect(first_delay=0.01)
            assert refused.value.code == 4000 and scripted.connections == 2
            assert scripted.hellos[1].access == "observe"

    asyncio.run(main())


def test_a_per_connection_server_gives_a_1_1_client_control_and_answers_its_control_request() -> None:
    """§2.5: a per-connection run's hello says minor 1, access control whatever was asked, a run id; a
    control_request is answered with an access message that changes nothing."""
    from scenewire.transports.ws_server import BackendServer
    from tests.test_session_kit import LiveSession

    async def main() -> None:
        async with BackendServer(LiveSession, "127.0.0.1", 0, isolation="thread", serve_forever=True) as server:
            client = await SceneClient.connect(server.url, access="observe")
            assert (client.server_hello.minor, client.access) == (1, "control") and client.run is not None
            await client.request_control(False)
            while True:
                message = await client.receive(timeout=10)
                if isinstance(message, Access):
                    break
            assert (message.access, message.waiting, message.clients) == ("control", False, 1)
            await client.send(Reset())  # still connected, still the controller
            await client.close()

    asyncio.run(main())
