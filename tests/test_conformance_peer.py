"""The conformance peer passes a conforming client and fails one that breaks the spec."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import pytest
from websockets.asyncio.client import connect
from websockets.asyncio.server import ServerConnection, serve

from scenewire import ErrorCode, ProtocolError, decode, encode
from scenewire.conformance_peer import Verdict, frame_for, load_script, plays_client, run_client, run_peer
from scenewire.protocol import SUBPROTOCOL, Error, SceneReady, SetControl, Status, StopSession, make_hello
from scenewire.protocol.connection import with_token
from scenewire.transports.ws_client import HelloRefused, SceneClient, ServerClosed
from scenewire.transports.ws_server import BackendServer
from tests.test_session_kit import LiveSession


async def against_peer(scenario: str, client: Callable[[str], Awaitable[None]], token: str | None = None) -> Verdict:
    loop = asyncio.get_running_loop()
    port: asyncio.Future[int] = loop.create_future()
    peer = asyncio.create_task(run_peer(scenario, port=0, timeout=30, on_ready=port.set_result, token=token))
    url = f"ws://127.0.0.1:{await port}"
    await client(url)
    return await asyncio.wait_for(peer, 30)


async def conforming_client(url: str) -> None:
    client = await SceneClient.connect(url)
    scene = None
    while True:
        try:
            message = await client.receive(timeout=10)
        except ProtocolError:
            continue  # the peer's deliberately undecodable frame: report, read on
        if isinstance(message, SceneReady):
            scene = message.scene
        if isinstance(message, Status) and "now send set_control" in message.message:
            break
    assert scene is not None
    control = scene.controls[0]
    await client.send(SetControl(control_id=control.id, value=control.value))
    await client.send(StopSession())
    with pytest.raises(ServerClosed):
        await client.receive(timeout=10)
    assert client.close_code == 1000


def test_a_conforming_client_passes() -> None:
    verdict = asyncio.run(against_peer("client_session", conforming_client))
    assert verdict.passed, verdict.checks
    assert len(verdict.checks) > 8


def test_the_python_client_drops_a_command_and_a_second_hello_from_the_server() -> None:
    """§2.4: client_unexpected_messages; the reset and the hello are reported as unexpected_message, never received."""
    reports: list[str] = []
    received: list[str] = []

    async def client(url: str) -> None:
        client = await SceneClient.connect(url)
        while True:
            try:
                message = await client.receive(timeout=10)
            except ProtocolError as exc:
                reports.append(exc.code.value)
                continue
            received.append(message.wire_kind)
            if isinstance(message, Status) and "now send stop_session" in message.message:
                break
        await client.send(StopSession())
        with pytest.raises(ServerClosed):
            await client.receive(timeout=10)

    verdict = asyncio.run(against_peer("client_unexpected_messages", client))
    assert verdict.passed, verdict.checks
    assert reports == ["unexpected_message", "unexpected_message"]
    assert received == ["scene_ready", "status"]


async def sloppy_client(url: str) -> None:
    """Speaks the protocol but writes keys out of order and sets a control the scene lacks."""
    async with connect(url, subprotocols=[SUBPROTOCOL]) as ws:
        await ws.send(encode(make_hello("client", "sloppy")))
        await ws.recv()
        await ws.send(b"\x83\xa5value\x01\xa4kind\xabset_control\xaacontrol_id\xa4nope")
        await ws.send(encode(StopSession()))
        await asyncio.wait_for(ws.wait_closed(), 20)  # the peer closes once it has read the stop_session


def test_a_sloppy_client_fails_with_reasons() -> None:
    verdict = asyncio.run(against_peer("client_session", sloppy_client))
    assert not verdict.passed
    failures = [what for ok, what in verdict.checks if not ok]
    assert any("canonically encoded" in what for what in failures)
    assert any("names a control of the scene" in what for what in failures)


async def lenient_client(url: str) -> None:
    """Accepts a server of another major version instead of closing with 4001."""
    async with connect(url, subprotocols=[SUBPROTOCOL]) as ws:
        await ws.send(encode(make_hello("client", "lenient")))
        await ws.recv()
        await ws.close(1000)


def test_version_mismatch_scenario_catches_a_client_that_does_not_refuse() -> None:
    verdict = asyncio.run(against_peer("client_version_mismatch", lenient_client))
    assert not verdict.passed
    assert "client closed with 4001 (got 1000)" in [what for ok, what in verdict.checks if not ok]


def test_scene_client_refuses_a_server_of_another_major() -> None:
    refused: list[HelloRefused] = []

    async def scene_client(url: str) -> None:
        with pytest.raises(HelloRefused) as info:
            await SceneClient.connect(url)
        refused.append(info.value)

    verdict = asyncio.run(against_peer("client_version_mismatch", scene_client))
    assert verdict.passed, verdict.checks
    assert "client closed with 4001 (got 4001)" in [what for ok, what in verdict.checks]
    error = refused[0]
    assert error.close_code == 4001 and error.code is ErrorCode.VERSION_MISMATCH
    assert "scenewire 2.0" in str(error) and "closed with 4001" in str(error)


def test_a_peer_with_a_token_passes_a_client_that_presents_it_and_fails_one_that_does_not() -> None:
    async def presenting(url: str) -> None:
        await conforming_client(with_token(url, "t0ken"))

    async def forgetting(url: str) -> None:
        with pytest.raises(ServerClosed) as info:
            await SceneClient.connect(url)
        assert info.value.code == 4003

    assert asyncio.run(against_peer("client_session", presenting, token="t0ken")).passed
    failed = asyncio.run(against_peer("client_session", forgetting, token="t0ken"))
    assert not failed.passed and "authentication failed" in failed.checks[-1][1]


# -- exchanges that check a server (the peer plays the client, §15.5) --------------

SERVER_EXCHANGES = ["server_unexpected_messages", "server_decode_fault_wins", "server_command_before_hello"]


async def against_server(scenario: str, source: object = LiveSession) -> Verdict:
    """Play ``scenario`` against a real :class:`BackendServer` on loopback, then let it finish."""
    async with BackendServer(source, "127.0.0.1", 0, isolation="thread", serve_forever=True) as server:
        return await run_client(scenario, server.url, timeout=60)


@pytest.mark.parametrize("scenario", SERVER_EXCHANGES)
def test_the_server_passes_every_exchange_that_checks_a_server(scenario: str) -> None:
    verdict = asyncio.run(against_server(scenario))
    assert verdict.passed, verdict.checks


def test_decode_faults_win_over_the_direction_check_on_a_live_server() -> None:
    """§12.3: each misdirected frame that fails to decode is answered with its own code, in order."""
    verdict = asyncio.run(against_server("server_decode_fault_wins"))
    codes = [what for ok, what in verdict.checks if ok and what.startswith("error.code")]
    assert codes == [
        f"error.code is {code!r} (got {code!r})"
        for code in [
            "malformed_msgpack",
            "duplicate_key",
            "missing_field",
            "invalid_value",
            "invalid_value",
            "unexpected_message",
        ]
    ]
    assert verdict.passed, verdict.checks


@pytest.mark.parametrize("name", SERVER_EXCHANGES)
def test_every_faulty_frame_of_an_exchange_fails_with_the_code_it_names(name: str) -> None:
    """A step's ``error`` is what stages 1-3 say of its bytes, or ``unexpected_message`` when they pass."""
    script = load_script(name)
    assert plays_client(script)
    named = [step for step in script["steps"] if "error" in step]
    assert named
    for step in named:
        frame = frame_for(step)
        if step["error"] == "unexpected_message":
            decode(frame)  # well formed: only its direction is wrong
            continue
        with pytest.raises(ProtocolError) as info:
            decode(frame)
        assert info.value.code.value == step["error"], step


def test_the_existing_exchanges_still_check_a_client() -> None:
    assert not any(plays_client(load_script(name)) for name in ["client_session", "client_version_mismatch"])


async def direction_first_server(url_ready: asyncio.Future[str]) -> None:
    """A server that checks direction before decoding: every frame after the hello is unexpected_message."""

    async def handler(ws: ServerConnection) -> None:
        await ws.recv()
        await ws.send(encode(make_hello("server", "direction-first")))
        async for frame in ws:
            if decode_or_none(frame) == "stop_session":
                await ws.close(1000, "session stopped")
                return
            await ws.send(encode(Error(message="a client sends commands", code="unexpected_message")))

    async with serve(handler, "127.0.0.1", 0, subprotocols=[SUBPROTOCOL]) as server:  # type: ignore[list-item]
        url_ready.set_result(f"ws://127.0.0.1:{server.sockets[0].getsockname()[1]}")
        await asyncio.Future()


def decode_or_none(frame: bytes | str) -> str | None:
    try:
        return decode(frame).wire_kind  # type: ignore[arg-type]
    except ProtocolError:
        return None


def test_a_server_that_checks_direction_before_decoding_fails_with_reasons() -> None:
    async def scenario() -> Verdict:
        url: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        server = asyncio.create_task(direction_first_server(url))
        try:
            return await run_client("server_decode_fault_wins", await url, timeout=30)
        finally:
            server.cancel()

    verdict = asyncio.run(scenario())
    assert not verdict.passed
    failures = [what for ok, what in verdict.checks if not ok]
    assert "error.code is 'malformed_msgpack' (got 'unexpected_message')" in failures
    assert "error.code is 'duplicate_key' (got 'unexpected_message')" in failures


def test_peer_refuses_to_play_a_server_exchange_as_a_server() -> None:
    with pytest.raises(SystemExit, match="--connect"):
        asyncio.run(run_peer("server_decode_fault_wins", port=0, timeout=1))
