"""The conformance peer passes a conforming client and fails one that breaks the spec."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import pytest
from websockets.asyncio.client import connect

from scenewire import ErrorCode, ProtocolError, encode
from scenewire.conformance_peer import Verdict, run_peer
from scenewire.protocol import SUBPROTOCOL, SceneReady, SetControl, Status, StopSession, make_hello
from scenewire.protocol.connection import with_token
from scenewire.transports.ws_client import HelloRefused, SceneClient, ServerClosed


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


async def sloppy_client(url: str) -> None:
    """Speaks the protocol but writes keys out of order and sets a control the scene lacks."""
    async with connect(url, subprotocols=[SUBPROTOCOL]) as ws:
        await ws.send(encode(make_hello("client", "sloppy")))
        await ws.recv()
        await ws.send(b"\x83\xa5value\x01\xa4kind\xabset_control\xaacontrol_id\xa4nope")
        await ws.send(encode(StopSession()))
        await asyncio.sleep(0.2)


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
