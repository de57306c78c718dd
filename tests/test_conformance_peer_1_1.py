"""The 1.1 exchanges (§15.5): the scripted peer checks 1.1 clients, and servers for what 1.1 asks of them.

The client exchanges run against the Python ``SceneClient``; the C# client's
run is in tests/test_csharp_roles.py. ``server_1_0_client_gets_1_0`` runs
against today's server; ``server_1_1_observer`` against the real shared-run
server (``BackendServer(shared=True)``) and against a minimal one written here on
:class:`~scenewire.protocol.connection.ServerConnection` (``minor=1``), the calls a 1.1 server makes.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from websockets.asyncio.server import ServerConnection as Socket
from websockets.asyncio.server import serve

from scenewire.conformance_peer import Verdict, load_script, run_client
from scenewire.protocol import ControlRequest, SceneReady, SetControl, Status, StopSession, new_run_id
from scenewire.protocol.connection import (
    ClientConnection,
    Close,
    Handshake,
    Received,
    Send,
    ServerConnection,
    select_subprotocol,
)
from scenewire.protocol.hello import CONTROL, OBSERVE
from scenewire.protocol.roles import ControlRequest as Request
from scenewire.state.scene_state import SceneState
from scenewire.transports.ws_client import SceneClient, ServerClosed
from scenewire.wire import ProtocolError

from .conftest import CONFORMANCE
from .test_conformance_peer import against_peer, against_server


def test_a_1_1_observer_applies_the_snapshot_keeps_going_and_takes_control() -> None:
    seen: dict[str, Any] = {"errors": [], "access": []}

    async def client(url: str) -> None:
        client = await SceneClient.connect(url, access="observe")
        seen["hello"] = (client.access, client.run)
        state, scene = SceneState(), None
        while True:
            message = await client.receive(timeout=10)
            assert not state.apply(message).errors or message.wire_kind == "error"
            if isinstance(message, SceneReady):
                scene = message.scene
            if message.wire_kind == "access":
                seen["access"].append(client.access)
            if message.wire_kind == "error":
                seen["errors"].append(message.code)
            if isinstance(message, Status) and "control_request" in message.message:
                await client.request_control()
            if isinstance(message, Status) and "now send set_control" in message.message:
                break
        assert scene is not None and state.status.message.startswith("conformance peer: you control")
        control = scene.controls[0]
        await client.send(SetControl(control_id=control.id, value=control.value))
        await client.send(StopSession())
        with pytest.raises(ServerClosed):
            await client.receive(timeout=10)

    verdict = asyncio.run(against_peer("client_1_1_observer", client))
    assert verdict.passed, verdict.checks
    assert seen["hello"] == ("observe", "5f0c1a2b3c4d5e6f708192a3b4c5d6e7")
    assert seen["access"] == ["observe", "control"] and seen["errors"] == ["not_controller"]


def test_a_client_that_asks_a_1_0_server_for_control_fails_the_exchange() -> None:
    async def pushy(url: str) -> None:
        client = await SceneClient.connect(url)
        from websockets.asyncio.connection import Connection

        ws: Connection = client.ws
        await ws.send(ClientConnection().codec.encode(Request(want=True)))  # what request_control() refuses to send
        scene = None
        while scene is None:
            message = await client.receive(timeout=10)
            scene = message.scene if isinstance(message, SceneReady) else None
        await client.send(SetControl(control_id=scene.controls[0].id, value=scene.controls[0].value))
        await client.send(StopSession())
        async for _ in client.messages():  # until the peer closes
            pass

    verdict = asyncio.run(against_peer("client_1_1_against_1_0_server", pushy))
    assert not verdict.passed
    assert any(not ok and "control_request" in what for ok, what in verdict.checks)


def test_a_1_1_client_against_a_1_0_server_passes() -> None:
    async def polite(url: str) -> None:
        client = await SceneClient.connect(url, access="observe")
        assert (client.access, client.run) == (None, None)
        scene = None
        while True:
            message = await client.receive(timeout=10)
            scene = message.scene if isinstance(message, SceneReady) else scene
            if isinstance(message, Status):
                break
        await client.send(SetControl(control_id=scene.controls[0].id, value=scene.controls[0].value))
        await client.send(StopSession())
        with pytest.raises(ServerClosed):
            await client.receive(timeout=10)

    verdict = asyncio.run(against_peer("client_1_1_against_1_0_server", polite))
    assert verdict.passed, verdict.checks


def test_todays_server_gives_a_1_0_client_exactly_1_0() -> None:
    verdict = asyncio.run(against_server("server_1_0_client_gets_1_0"))
    assert verdict.passed, verdict.checks


async def tiny_shared_server(ready: asyncio.Future[str], done: asyncio.Event) -> None:
    """One run, one control slot, no session: the protocol calls of a 1.1 server, nothing more."""
    run = new_run_id()
    holder: list[ServerConnection] = []

    async def handler(ws: Socket) -> None:
        rules = ServerConnection(minor=1)
        for event in rules.receive(await ws.recv()):
            assert isinstance(event, Handshake)
        wants = rules.requested_access
        access = CONTROL if wants == CONTROL and not holder else OBSERVE
        if access == CONTROL:
            holder.append(rules)
        [hello] = rules.accept(access=access, run=run)
        await ws.send(hello.data)
        await ws.send(rules.access_frame(access, wants == CONTROL and access == OBSERVE, 1))
        async for frame in ws:
            for event in rules.receive(frame):
                if isinstance(event, Send):
                    await ws.send(event.data)
                elif isinstance(event, Close):
                    await ws.close(event.code, event.reason)
                elif isinstance(event, Received) and isinstance(event.message, ControlRequest):
                    if event.message.want and not holder:
                        holder.append(rules)
                    role = CONTROL if rules in holder else OBSERVE
                    await ws.send(rules.access_frame(role, False, 1))
                elif isinstance(event, Received) and rules not in holder:
                    await ws.send(rules.not_controller_frame(event.message))
                elif isinstance(event, Received) and isinstance(event.message, StopSession):
                    await ws.close(1000, "run stopped")
                    done.set()

    async with serve(handler, "127.0.0.1", 0, select_subprotocol=lambda c, offered: select_subprotocol(offered)) as s:
        ready.set_result(f"ws://127.0.0.1:{s.sockets[0].getsockname()[1]}")
        await asyncio.wait_for(done.wait(), 60)


def test_the_observer_exchange_passes_a_server_that_keeps_roles_and_fails_one_that_does_not() -> None:
    async def main(minor: int) -> Verdict:
        ready: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        done = asyncio.Event()
        if minor:
            server = asyncio.create_task(tiny_shared_server(ready, done))
            verdict = await run_client("server_1_1_observer", await ready, timeout=30)
            await asyncio.wait_for(server, 30)
            return verdict
        return await against_server("server_1_1_observer")  # a per-connection run: its one client controls

    assert asyncio.run(main(1)).passed
    verdict = asyncio.run(main(0))
    assert not verdict.passed
    assert any(not ok and "access" in what for ok, what in verdict.checks)


def test_the_real_shared_run_server_passes_the_observer_exchange() -> None:
    """``scenewire serve --shared``'s server (transports/run_hub.py) against ``server_1_1_observer``."""
    from scenewire.transports.ws_server import BackendServer
    from tests.test_session_kit import LiveSession

    async def main() -> Verdict:
        async with BackendServer(LiveSession, "127.0.0.1", 0, isolation="thread", shared=True, linger=0) as server:
            return await run_client("server_1_1_observer", server.url, timeout=60)

    verdict = asyncio.run(main())
    assert verdict.passed, verdict.checks


@pytest.mark.parametrize("name", ["client_1_1_observer", "client_1_1_against_1_0_server", "server_1_1_observer"])
def test_every_file_a_1_1_exchange_sends_exists_and_decodes(name: str) -> None:
    from scenewire.conformance_peer import frame_for
    from scenewire.protocol import decode

    script = load_script(name)
    for step in script["steps"]:
        if "send" in step or "send_json" in step:
            try:
                decode(frame_for(step))
            except ProtocolError as exc:  # pragma: no cover - a broken script
                raise AssertionError(f"{name}: {json.dumps(step)} does not decode: {exc}") from None
    assert (CONFORMANCE / "exchanges" / f"{name}.json").is_file()
