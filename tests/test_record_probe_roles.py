"""``scenewire record`` and ``probe`` on a shared run (protocol 1.1), against a hand-written 1.1 server (issue 18).

The server is written from the spec on a real loopback socket: its hello and
``access`` messages are raw MessagePack maps. It checks what the client's
hello asked for and plays a late joiner's start: the hello, an ``access``
message, a snapshot ending at tick 41, one live tick, another ``access``.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import msgpack

from scenewire.demos.wave import WaveSession
from scenewire.protocol import SceneReady, Status, Tick, encode, make_hello
from scenewire.recording import ReplaySession, open_recording
from scenewire.recording.recorder import record
from scenewire.transports.probe import probe

RUN = "0123456789abcdef0123456789abcdef"
WAIT = 20.0


def raw(message: dict[str, Any]) -> bytes:
    return msgpack.packb(message)


SNAPSHOT = [
    encode(SceneReady(scene=WaveSession().initialize())),
    encode(Status(message="rain falling", tick_end=Tick(index=41, time=4.1))),  # the snapshot ends at tick 41
]
LIVE = [encode(Status(message="tick 42", tick_end=Tick(index=42, time=4.2)))]


@contextlib.asynccontextmanager
async def shared_run_1_1(hellos: list[dict[str, Any]], minor: int = 1) -> AsyncIterator[str]:
    """A late joiner's view of a shared run; ``hellos`` gets every client hello. ``minor`` 0: a 1.0 server."""
    from websockets.asyncio.server import serve

    async def handler(ws: Any) -> None:
        hello = msgpack.unpackb(await ws.recv())
        hellos.append(hello)
        if minor == 0:
            await ws.send(encode(make_hello("server", "old-server", minor=0)))
            for frame in SNAPSHOT + LIVE:
                await ws.send(frame)
        else:
            answer = {
                "kind": "hello", "protocol": "scenewire", "major": 1, "minor": 1, "role": "server",
                "implementation": "hand-written-shared-run", "capabilities": [],
                "access": hello.get("access", "control"), "run": RUN,
            }
            await ws.send(raw(answer))
            await ws.send(raw({"kind": "access", "access": answer["access"], "waiting": False, "clients": 2}))
            for frame in SNAPSHOT + LIVE:
                await ws.send(frame)
            await ws.send(raw({"kind": "access", "access": answer["access"], "waiting": False, "clients": 3}))
        await ws.close(1000, "run over")

    async with serve(handler, "127.0.0.1", 0, subprotocols=["scenewire.v1"]) as server:
        port = next(iter(server.sockets)).getsockname()[1]
        yield f"ws://127.0.0.1:{port}"


def test_record_joins_as_an_observer_and_keeps_the_snapshot_and_the_stream_not_access(tmp_path: Path) -> None:
    hellos: list[dict[str, Any]] = []
    lines: list[str] = []
    path = tmp_path / "run.mcap"

    async def main() -> int:
        async with shared_run_1_1(hellos) as url:
            return await asyncio.wait_for(record(url, path, out=lines.append), WAIT)

    assert asyncio.run(main()) == 0
    assert hellos[0]["access"] == "observe"  # never takes the controller's place
    assert any(f"joined run {RUN} as an observer" in line for line in lines), lines
    assert [f.data for f in open_recording(path).frames()] == SNAPSHOT + LIVE  # no access message in the file

    session = ReplaySession(path, fast=True, out=lambda _: None)  # the run from where record joined
    session.initialize()
    played = []
    while session.is_live():
        session.advance()
        played += session.read_updates()
    assert isinstance(played[0], SceneReady) and [u.message for u in played[1:3]] == ["rain falling", "tick 42"]
    assert session.skipped == 0


def test_record_of_a_1_0_server_is_as_before(tmp_path: Path) -> None:
    hellos: list[dict[str, Any]] = []
    lines: list[str] = []
    path = tmp_path / "old.mcap"

    async def main() -> int:
        async with shared_run_1_1(hellos, minor=0) as url:
            return await asyncio.wait_for(record(url, path, out=lines.append), WAIT)

    assert asyncio.run(main()) == 0
    assert not any("joined run" in line for line in lines)
    assert [f.data for f in open_recording(path).frames()] == SNAPSHOT + LIVE


def test_probe_shows_the_access_the_run_and_every_access_message(tmp_path: Path) -> None:
    hellos: list[dict[str, Any]] = []
    lines: list[str] = []

    async def main() -> int:
        async with shared_run_1_1(hellos) as url:
            return await asyncio.wait_for(probe(url, seconds=WAIT, observe=True, out=lines.append), WAIT + 5)

    assert asyncio.run(main()) == 0
    assert hellos[0]["access"] == "observe"
    assert lines[0].endswith(f"scenewire 1.1, subprotocol scenewire.v1, access observe, run {RUN}"), lines[0]
    access = [line for line in lines if line.startswith("access ")]
    assert access == [
        "access         access='observe' waiting=False clients=2",
        "access         access='observe' waiting=False clients=3",
    ], lines


def test_probe_observe_and_record_on_a_real_shared_run_leave_the_controller_in_control(tmp_path: Path) -> None:
    """``scenewire serve --shared``: a controller holds the run; probe --observe and record join beside it."""
    import os
    import subprocess

    from scenewire.transports.ws_client import SceneClient

    from .test_cli import PY, start_server

    root = Path(__file__).resolve().parents[1]
    env_path = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = str(root) + (os.pathsep + env_path if env_path else "")
    try:
        server, url = start_server("tests.shared_sessions:SharedSession", "--shared", "--linger", "0")
    finally:
        if env_path is None:
            del os.environ["PYTHONPATH"]
        else:
            os.environ["PYTHONPATH"] = env_path

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([PY, "-m", "scenewire.cli", *args], capture_output=True, text=True, timeout=WAIT * 3)

    async def main() -> tuple[subprocess.CompletedProcess, subprocess.CompletedProcess, str | None]:
        controller = await SceneClient.connect(url)
        try:
            probed = await asyncio.to_thread(cli, "probe", url, "--observe", "--seconds", "1")
            recorded = await asyncio.to_thread(cli, "record", url, str(tmp_path / "r.mcap"), "--seconds", "1")
            while True:  # the controller's own access: still control, whatever joined and left
                message = await controller.receive(WAIT)
                if message.wire_kind == "access" and controller.clients == 1:
                    break
            return probed, recorded, controller.access
        finally:
            await controller.close()

    try:
        probed, recorded, access = asyncio.run(main())
    finally:
        server.terminate()
        server.wait(WAIT)
    assert probed.returncode == 0, probed.stdout + probed.stderr
    first = probed.stdout.splitlines()[0]
    assert ", scenewire 1.1, subprotocol scenewire.v1, access observe, run " in first, first
    assert "\naccess         access='observe' waiting=False clients=2" in probed.stdout
    assert recorded.returncode == 0 and "as an observer" in recorded.stdout, recorded.stdout + recorded.stderr
    assert access == "control"


def test_view_observe_needs_a_server() -> None:
    import subprocess

    from .test_cli import PY

    result = subprocess.run(
        [PY, "-m", "scenewire.cli", "view", "scenewire.demos.wave:WaveSession", "--observe"],
        capture_output=True, text=True, timeout=WAIT * 3,
    )
    assert result.returncode != 0 and "--observe watches a server's shared run" in result.stderr, result.stderr
