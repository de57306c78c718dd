"""The C# client and protocol 1.1 (§2.5, §6.7, §7.14) against scripted 1.1 servers on loopback.

``scenewire-client.exe --observe`` asks to observe and prints its role; it
applies a late joiner's snapshot, shows an ``access`` message and a
``not_controller`` error and goes on; ``--take-control`` sends a
``control_request``; ``--reconnect`` comes back after a close that is not
1000 or a refusal and says whether the run is the same.
"""

from __future__ import annotations

import asyncio
import subprocess
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from scenewire import decode, encode
from scenewire.protocol import SUBPROTOCOL, Access, ControlRequest, Error, SceneReady, Status, Tick, make_hello
from scenewire.scene import Field, Scene

from .conftest import ROOT
from .test_csharp import BIN, RUN_TIMEOUT_S, _peer, _peer_port, built  # noqa: F401  (the build fixture)

RUN_A = "0123456789abcdef" * 2
RUN_B = "fedcba9876543210" * 2


async def _scripted(script: Any, *args: str) -> tuple[subprocess.CompletedProcess[str], list[Any], list[Any]]:
    """Run the C# client with ``args`` against a server that runs ``script(ws, n, received)`` per connection.

    Returns the client's run, each connection's client hello, and what the client sent after it.
    """
    from websockets.asyncio.server import serve

    hellos: list[Any] = []
    received: list[Any] = []

    async def handler(ws: Any) -> None:
        n = len(hellos)
        hellos.append(decode(await ws.recv()))
        await script(ws, n, received)

    def pick(connection: Any, offered: list[str]) -> str | None:
        return SUBPROTOCOL if SUBPROTOCOL in offered else None

    async with serve(handler, "127.0.0.1", 0, select_subprotocol=pick) as server:
        port = server.sockets[0].getsockname()[1]
        proc = await asyncio.create_subprocess_exec(
            "mono", str(BIN / "scenewire-client.exe"), "--port", str(port), *args,
            cwd=ROOT, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        try:
            out, err = await asyncio.wait_for(proc.communicate(), RUN_TIMEOUT_S)
        except asyncio.TimeoutError:
            proc.kill()
            await proc.communicate()
            raise
    result = subprocess.CompletedProcess(args, proc.returncode or 0, out.decode(), err.decode())
    return result, hellos, received


def _hello(access: str | None, run: str | None) -> bytes:
    return encode(make_hello("server", "scripted-1.1", minor=1, access=access, run=run))


def _snapshot(index: int) -> list[bytes]:
    scene = Scene(fields=[Field(id="v", dims=["seg"], values=np.arange(4.0))])
    return [
        encode(SceneReady(scene=scene)),
        encode(Status(message="t = 41 ms", tick_end=Tick(index=index, time=41.0))),
    ]


def test_an_observer_prints_its_role_applies_the_snapshot_and_takes_control(built: Path) -> None:  # noqa: F811
    async def script(ws: Any, n: int, received: list[Any]) -> None:
        await ws.send(_hello("observe", RUN_A))
        for frame in _snapshot(41):
            await ws.send(frame)
        await ws.send(encode(Access(access="observe", waiting=False, clients=2)))
        await ws.send(encode(Error(message="reset dropped: this client observes", code="not_controller")))
        received.append(decode(await ws.recv()))  # the control_request
        await ws.send(encode(Access(access="control", waiting=False, clients=2)))
        await ws.send(encode(Status(message="t = 42 ms", tick_end=Tick(index=42, time=42.0))))
        await ws.close(1000, "run ended")

    client, hellos, received = asyncio.run(_scripted(script, "--observe", "--take-control", "--state"))
    out = client.stdout
    assert client.returncode == 0, out + client.stderr
    assert hellos[0].access == "observe" and hellos[0].minor == 1
    assert received == [ControlRequest(want=True)]
    assert f"role: observe, run {RUN_A}" in out
    assert "role: observe, 2 clients" in out and "role: control, 2 clients" in out
    assert "not_controller" in out and "not applied" not in out
    assert "state: v float64[4] sum=6" in out, out


def test_against_a_1_0_server_no_role_is_printed_and_no_control_request_is_sent(built: Path) -> None:  # noqa: F811
    async def script(ws: Any, n: int, received: list[Any]) -> None:
        await ws.send(encode(make_hello("server", "scripted-1.0", minor=0)))
        await ws.send(encode(Status(message="hi")))
        await ws.close(1000, "done")

    client, _hellos, received = asyncio.run(_scripted(script, "--take-control"))
    assert client.returncode == 0, client.stdout + client.stderr
    assert "role:" not in client.stdout and received == []


@pytest.mark.parametrize(("second", "said"), [(RUN_A, "reconnected: the same run"), (RUN_B, "reconnected: a new run")])
def test_reconnect_comes_back_asks_for_the_same_role_and_says_whether_the_run_is_the_same(
    built: Path,  # noqa: F811
    second: str,
    said: str,
) -> None:
    async def script(ws: Any, n: int, received: list[Any]) -> None:
        await ws.send(_hello("observe", RUN_A if n == 0 else second))
        if n == 0:
            await ws.close(1011, "keepalive ping timeout")
            return
        await ws.send(encode(Status(message="back")))
        await ws.close(1000, "run ended")

    client, hellos, _ = asyncio.run(_scripted(script, "--observe", "--reconnect"))
    assert client.returncode == 0, client.stdout + client.stderr
    assert [h.access for h in hellos] == ["observe", "observe"]
    assert said in client.stdout, client.stdout


def test_reconnect_does_not_retry_a_refusal(built: Path) -> None:  # noqa: F811
    async def script(ws: Any, n: int, received: list[Any]) -> None:
        if n == 0:
            await ws.send(_hello("control", RUN_A))
            await ws.close(1001, "server going down")
            return
        await ws.close(4000, "busy: 32 clients, the most this run takes")

    client, hellos, _ = asyncio.run(_scripted(script, "--reconnect"))
    assert client.returncode == 2, client.stdout
    assert "refused: close 4000" in client.stdout and len(hellos) == 2
    assert hellos[1].access == "control"  # the role it had


@pytest.mark.parametrize(
    ("scenario", "stop_after"), [("client_1_1_observer", "10"), ("client_1_1_against_1_0_server", "2")]
)
def test_the_csharp_client_passes_the_1_1_exchanges(built: Path, scenario: str, stop_after: str) -> None:  # noqa: F811
    peer = _peer(scenario)
    try:
        port = _peer_port(peer)
        args = ["--port", str(port), "--observe", "--take-control", "--set", "amp=0.25", "--stop-after", stop_after]
        client = subprocess.run(
            ["mono", str(BIN / "scenewire-client.exe"), *args],
            cwd=ROOT, capture_output=True, text=True, timeout=RUN_TIMEOUT_S, check=False,
        )  # fmt: skip
        verdict, _ = peer.communicate(timeout=60)
    finally:
        if peer.poll() is None:
            peer.kill()
            peer.communicate()
    assert client.returncode == 0, client.stdout + client.stderr
    assert peer.returncode == 0 and "verdict: PASS" in verdict, verdict + client.stdout


def test_the_csharp_client_observes_a_real_shared_run_and_ends_in_the_controllers_state(
    built: Path,  # noqa: F811
) -> None:
    """``scenewire serve --shared``: an asyncio controller steers, the C# client joins as an observer mid-run.

    The controller's ``stop_session`` ends the run for both (1000, after every frame); the state the C# client
    prints then (the tree, and every field's dtype, shape and sum) equals the controller's ``SceneState``.
    """
    import re

    import msgpack

    from scenewire.protocol import SetControl, StopSession
    from scenewire.state import SceneState
    from scenewire.transports.ws_client import SceneClient

    from .test_cli import start_server

    server, url = start_server("tests.shared_sessions:SharedSession", "--shared", "--linger", "0")

    async def main() -> tuple[subprocess.CompletedProcess[str], SceneState, int | None]:
        controller = await SceneClient.connect(url)
        state = SceneState()

        async def take(n: int) -> None:
            for _ in range(n):
                state.apply(await controller.receive(timeout=RUN_TIMEOUT_S))

        await take(30)  # the run is under way before the observer joins
        observer = await asyncio.create_subprocess_exec(
            "mono", str(BIN / "scenewire-client.exe"), url, "--observe", "--state", "--state-tree",
            cwd=ROOT, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        while controller.clients != 2:  # the access message that says the observer joined
            await take(1)
        await take(20)
        await controller.send(SetControl(control_id="gain", value=2.5))
        await take(20)
        await controller.send(StopSession())
        async for message in controller.messages():
            state.apply(message)
        out, err = await asyncio.wait_for(observer.communicate(), RUN_TIMEOUT_S)
        ended = observer.returncode or 0
        return subprocess.CompletedProcess(["client"], ended, out.decode(), err.decode()), state, controller.close_code

    try:
        client, state, code = asyncio.run(main())
    finally:
        server.terminate()
        server.wait(RUN_TIMEOUT_S)
    out = client.stdout
    assert code == 1000, code
    assert client.returncode == 0, out[-2000:] + client.stderr
    assert "role: observe" in out, out[-2000:]
    expected = state.to_json()
    del expected["scene"]["fields"], expected["scene"]["geometries"]
    tree = re.search(r"^state: tree ([0-9a-f]+)$", out, re.M)
    assert tree, out[-2000:]
    held = msgpack.unpackb(bytes.fromhex(tree[1]), raw=False, strict_map_key=False)
    assert held == expected
    assert held["frontend_state"]["gain_seen"] == 2.5
    for field_id in ("v", "trace"):
        values = state.field(field_id).values
        line = re.search(rf"^state: {field_id} (\w+)\[(.*?)\] sum=(\S+)$", out, re.M)  # 1-D fields: [n]
        assert line, out[-2000:]
        assert line[1] == str(values.dtype) and line[2] == ",".join(map(str, values.shape))
        assert float(line[3]) == pytest.approx(float(np.sum(values, dtype=np.float64)), rel=1e-9, abs=1e-9)
