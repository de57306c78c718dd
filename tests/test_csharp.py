"""The C# stub: it builds with mcs at C# 7.2, passes every conformance vector, and talks to the Python server.

Without ``mcs`` these tests skip on a developer machine, but fail in CI (env ``CI`` set),
where ``scripts/setup.sh`` installs Mono.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from scenewire import decode, encode
from scenewire.protocol import SUBPROTOCOL, Error, SceneReady, StatePatch, Status, make_hello
from scenewire.scene import Scene

from .conftest import CONFORMANCE, ROOT, load_manifest

STUB = ROOT / "csharp-stub"
BIN = STUB / "bin"
RUN_TIMEOUT_S = 120


def _mono(exe: str, *args: str, timeout: float = RUN_TIMEOUT_S) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["mono", str(BIN / exe), *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=False
    )


@pytest.fixture(scope="module")
def built() -> Path:
    """Build once per module with csharp-stub/build.sh; skip (or fail in CI) without Mono."""
    missing = [tool for tool in ("mcs", "mono") if shutil.which(tool) is None]
    if missing:
        message = f"{' and '.join(missing)} not installed (Debian: mono-mcs mono-runtime; see scripts/setup.sh)"
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but {message}")
        pytest.skip(message)
    result = subprocess.run(
        ["bash", str(STUB / "build.sh")], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, f"build failed:\n{result.stdout}\n{result.stderr}"
    return BIN


def test_stub_builds_at_csharp_7_2(built: Path) -> None:
    for name in ("Scenewire.dll", "Scenewire.Span.dll", "scenewire-conformance.exe", "scenewire-client.exe"):
        assert (built / name).is_file(), name
    assert "-langversion:7.2" in (STUB / "build.sh").read_text(encoding="utf-8")


def test_conformance_runner_passes_every_vector(built: Path) -> None:
    """1.0's vectors and 1.1's (conformance/1.1/), in one tally."""
    manifest = load_manifest()
    v11 = json.loads((CONFORMANCE / "1.1" / "manifest.json").read_text(encoding="utf-8"))
    total = sum(len(m["valid"]) + len(m["invalid"]) for m in (manifest, v11))
    result = _mono("scenewire-conformance.exe", str(CONFORMANCE))
    lines = result.stdout.strip().splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    match = re.fullmatch(r"(\d+) passed, (\d+) failed", lines[-1])
    assert match, lines[-1]
    assert (int(match[1]), int(match[2])) == (total, 0)


def test_conformance_runner_reports_a_broken_vector(built: Path, tmp_path: Path) -> None:
    """The runner is not vacuous: a changed byte and a wrong expected code both fail."""
    copy = tmp_path / "conformance"
    shutil.copytree(CONFORMANCE, copy, ignore=shutil.ignore_patterns("exchanges", "*.py"))
    manifest = load_manifest()
    first_valid = manifest["valid"][0]
    data = bytearray((copy / first_valid["file"]).read_bytes())
    data[-1] ^= 0x01
    (copy / first_valid["file"]).write_bytes(bytes(data))
    first_invalid = manifest["invalid"][0]
    first_invalid["error"] = "wrong_type" if first_invalid["error"] != "wrong_type" else "bad_envelope"
    (copy / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    result = _mono("scenewire-conformance.exe", str(copy))
    assert result.returncode == 1
    assert f"FAIL {first_valid['name']}:" in result.stdout
    assert f"FAIL {first_invalid['name']}:" in result.stdout
    assert result.stdout.strip().splitlines()[-1].endswith("2 failed")


# ---------------------------------------------------------------- live


def _transports() -> Any:
    return pytest.importorskip(
        "scenewire.transports.ws_server", reason="scenewire.transports (the WebSocket server) is not importable"
    )


class _Server:
    """``scenewire serve`` on a free loopback port (port 0, read back from its first line)."""

    def __init__(self, *args: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "scenewire.cli", "serve", *args, "--host", "127.0.0.1", "--port", "0", "--once"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        assert self.proc.stdout is not None
        self.lines: list[str] = []
        for line in self.proc.stdout:
            self.lines.append(line)
            match = re.search(r"on ws://127\.0\.0\.1:(\d+)", line)
            if match:
                self.port = int(match[1])
                return
        raise AssertionError("server exited before listening:\n" + "".join(self.lines))

    def wait(self, timeout: float = 30) -> int:
        out, _ = self.proc.communicate(timeout=timeout)
        self.lines.append(out)
        return self.proc.returncode

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.communicate()


@pytest.fixture
def echo_server() -> Iterator[_Server]:
    _transports()
    server = _Server("scenewire.demos.echo:EchoSession")
    try:
        yield server
    finally:
        server.stop()


def test_live_client_sets_a_control_and_stops_the_session(built: Path, echo_server: _Server) -> None:
    result = _mono(
        "scenewire-client.exe",
        f"ws://127.0.0.1:{echo_server.port}",
        "--set",
        "live=true",
        "--action",
        "ping",
        "--stop-after",
        "10",  # scene_ready, two echoes per command, then only live ticks: at least five field_append
    )
    out = result.stdout
    assert result.returncode == 0, out + result.stderr
    lines = out.splitlines()
    assert lines[0].startswith("connected to scenewire-python/"), out
    assert "subprotocol scenewire.v1" in lines[0]
    assert lines[1].startswith("role: control, run "), out  # a 1.1 server's hello: this client controls its run
    assert lines[2].startswith("scene_ready") and "'echo'" in lines[2], out
    # the session saw our commands: it echoes each as a status
    assert "status         message='set_control control_id='live' value=True'" in out
    assert "status         message='invoke_action action_id='ping' payload={}'" in out
    assert "> stop_session" in out
    assert "field_append   field_id='ticks'" in out  # live ticks, arrays shown as dtype[shape]
    assert lines[-1] == "server closed: 1000 (normal) 'session stopped'", out
    assert echo_server.wait() == 0


def test_live_client_presents_a_token_in_the_url(built: Path) -> None:
    """§2.9: a server that requires a token closes 4003 before the hello when none comes, and serves
    the client that presents it (``--token`` adds it to the URL, percent-encoded)."""
    _transports()
    server = _Server("scenewire.demos.echo:EchoSession", "--token", "s3cret/+")
    try:
        refused = _mono("scenewire-client.exe", "--port", str(server.port))
        assert refused.returncode == 2, refused.stdout + refused.stderr
        assert refused.stdout.startswith("refused: close 4003 (token missing or wrong)"), refused.stdout
        served = _mono("scenewire-client.exe", "--port", str(server.port), "--token", "s3cret/+", "--stop-after", "1")
        assert served.returncode == 0, served.stdout + served.stderr
        assert served.stdout.splitlines()[-1] == "server closed: 1000 (normal) 'session stopped'", served.stdout
        assert server.wait() == 0
    finally:
        server.stop()


def test_second_client_is_refused_busy(built: Path, echo_server: _Server) -> None:
    first = subprocess.Popen(
        ["mono", str(BIN / "scenewire-client.exe"), "--port", str(echo_server.port), "--seconds", "60"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert first.stdout is not None
        assert first.stdout.readline().startswith("connected to"), "first client did not connect"
        second = _mono("scenewire-client.exe", "--port", str(echo_server.port), timeout=60)
        assert second.returncode == 2, second.stdout
        assert "refused: close 4000 (busy" in second.stdout
    finally:
        first.kill()
        first.communicate()


def _peer(scenario: str) -> subprocess.Popen[str]:
    pytest.importorskip("scenewire.conformance_peer", reason="the conformance peer is not importable")
    return subprocess.Popen(
        [sys.executable, "-m", "scenewire.conformance_peer", "--scenario", scenario, "--port", "0", "--timeout", "60"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _peer_port(peer: subprocess.Popen[str]) -> int:
    assert peer.stdout is not None
    for line in peer.stdout:
        match = re.search(r"on ws://127\.0\.0\.1:(\d+)", line)
        if match:
            return int(match[1])
    raise AssertionError("conformance peer exited before listening")


def test_live_client_passes_the_conformance_peer(built: Path) -> None:
    """Every update kind, an undecodable frame, a key from a later minor: the client reads on and stops cleanly."""
    peer = _peer("client_session")
    try:
        port = _peer_port(peer)
        # 12 decodable messages follow the hello; the undecodable one is reported, not counted
        client = _mono("scenewire-client.exe", "--port", str(port), "--set", "amp=0.25", "--stop-after", "12")
        verdict, _ = peer.communicate(timeout=60)
    finally:
        if peer.poll() is None:
            peer.kill()
            peer.communicate()
    assert "undecodable frame, skipped: unknown_kind" in client.stdout
    assert client.returncode == 0, client.stdout + client.stderr
    assert peer.returncode == 0, verdict
    assert "verdict: PASS" in verdict


def test_live_client_drops_a_command_and_a_second_hello_from_the_server(built: Path) -> None:
    """§2.4: a reset and a second hello from the server are reported as unexpected_message, never handed on."""
    peer = _peer("client_unexpected_messages")
    try:
        port = _peer_port(peer)
        # two updates follow the hello: the scene and the status; a client that hands on the reset stops too early
        client = _mono("scenewire-client.exe", "--port", str(port), "--stop-after", "2")
        verdict, _ = peer.communicate(timeout=60)
    finally:
        if peer.poll() is None:
            peer.kill()
            peer.communicate()
    assert client.returncode == 0, client.stdout + client.stderr
    assert "unexpected frame, dropped: unexpected_message" in client.stdout, client.stdout
    assert "the command reset; dropped" in client.stdout, client.stdout
    assert "a second hello; dropped" in client.stdout, client.stdout
    assert "now send stop_session" in client.stdout  # the status after them was applied
    assert peer.returncode == 0 and "verdict: PASS" in verdict, verdict


def test_live_client_refuses_another_major_with_4001(built: Path) -> None:
    peer = _peer("client_version_mismatch")
    try:
        port = _peer_port(peer)
        client = _mono("scenewire-client.exe", "--port", str(port))
        verdict, _ = peer.communicate(timeout=60)
    finally:
        if peer.poll() is None:
            peer.kill()
            peer.communicate()
    assert client.returncode == 2
    assert "version_mismatch" in client.stdout
    assert peer.returncode == 0, verdict


# ---------------------------------------------------------------- scripted servers


Script = Callable[[Any], Awaitable[None]]


async def _against_script(
    script: Script, *command: str, ping_interval: float = 20.0, ping_timeout: float = 20.0
) -> tuple[subprocess.CompletedProcess[str], int | None, str | None]:
    """Run ``command`` (``{port}`` in an argument is replaced) against a websockets server that reads
    the client's hello and then runs ``script``; return the client's run and the close the server saw."""
    ws_server = pytest.importorskip("websockets.asyncio.server", reason="websockets is not installed")
    closed: asyncio.Future[tuple[int | None, str | None]] = asyncio.get_running_loop().create_future()

    async def handler(ws: Any) -> None:
        await ws.recv()  # the client's hello
        try:
            await script(ws)
            await ws.wait_closed()
        finally:
            if not closed.done():
                closed.set_result((ws.close_code, ws.close_reason))

    def pick(connection: Any, offered: list[str]) -> str | None:
        return SUBPROTOCOL if SUBPROTOCOL in offered else None

    async with ws_server.serve(
        handler, "127.0.0.1", 0, select_subprotocol=pick, max_size=None,
        ping_interval=ping_interval, ping_timeout=ping_timeout,
    ) as server:  # fmt: skip
        port = server.sockets[0].getsockname()[1]
        args = [arg.replace("{port}", str(port)) for arg in command]
        proc = await asyncio.create_subprocess_exec(
            *args, cwd=ROOT, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
        )
        try:
            out, err = await asyncio.wait_for(proc.communicate(), RUN_TIMEOUT_S)
        except asyncio.TimeoutError:
            proc.kill()
            await proc.communicate()
            raise
        code, reason = await asyncio.wait_for(closed, 30)
    result = subprocess.CompletedProcess(args, proc.returncode or 0, out.decode(), err.decode())
    return result, code, reason


def _client(*args: str) -> tuple[str, ...]:
    return ("mono", str(BIN / "scenewire-client.exe"), "--port", "{port}", *args)


def test_live_client_closes_4002_when_no_server_hello_comes(built: Path) -> None:
    async def silent(ws: Any) -> None:
        pass  # no hello: the client gives up after its hello timeout

    client, code, reason = asyncio.run(_against_script(silent, *_client("--hello-timeout", "0.5")))
    assert client.returncode == 2, client.stdout + client.stderr
    assert client.stdout.strip() == "handshake failed: no hello from the server within 0.5 s; closed with 4002"
    assert (code, reason) == (4002, "no hello within 0.5 s")


def test_live_client_reports_the_error_sent_before_a_1011(built: Path) -> None:
    async def failing(ws: Any) -> None:
        await ws.send(encode(make_hello("server", "scripted")))
        await ws.send(encode(Error(message="could not start: no GPU", code="session_error")))
        await ws.send(encode(Status(message="shutting down")))  # the error need not be the last message
        await ws.close(1011, "the session failed to start")

    client, code, _ = asyncio.run(_against_script(failing, *_client()))
    assert client.returncode == 1, client.stdout + client.stderr
    lines = client.stdout.splitlines()
    # the close line comes from ServerClosedException.Error, not from the error line printed before it
    assert lines[-1] == (
        "server closed: 1011 (internal server error) 'the session failed to start'"
        " (last error: could not start: no GPU)"
    ), client.stdout
    assert code == 1000  # the client answered the server's close


def _harness(tmp_path: Path, source: str, library: str = "Scenewire.dll", *flags: str) -> Path:
    """Compile ``csharp-stub/tests/<source>`` against a built library (copied beside the exe)."""
    shutil.copy(BIN / library, tmp_path)
    exe = tmp_path / (Path(source).stem + ".exe")
    compiled = subprocess.run(
        ["mcs", "-langversion:7.2", "-nologo", "-warnaserror+", *flags, f"-r:{tmp_path / library}",
         f"-out:{exe}", str(STUB / "tests" / source)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr
    return exe


def _concurrent_sends(tmp_path: Path) -> Path:
    return _harness(tmp_path, "ConcurrentSends.cs")


@pytest.mark.parametrize("library", ["Scenewire.dll", "Scenewire.Span.dll"])
def test_received_arrays_are_views_copied_into_reused_buffers(built: Path, tmp_path: Path, library: str) -> None:
    """csharp-stub/tests/ArrayPath.cs: a received array views its pooled frame until Release (then reading
    it throws), the buffer grows once to the length the frame announces and is reused, Shape and CopyTo
    into a reused float[] allocate nothing, CopyTo converts dtypes as documented; with SCENEWIRE_SPAN,
    AsSpan reads the frame in place."""
    flags = ("-define:SCENEWIRE_SPAN",) if "Span" in library else ()
    exe = _harness(tmp_path, "ArrayPath.cs", library, *flags)
    result = subprocess.run(["mono", str(exe)], capture_output=True, text=True, timeout=RUN_TIMEOUT_S, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith("all passed")
    assert ("ok AsSpan reads the frame in place" in result.stdout) == bool(flags)


def _sent(stdout: str, total: int) -> int:
    sent = re.search(r"^sent (\d+) of (\d+)$", stdout, re.M)
    assert sent and int(sent[2]) == total, stdout
    return int(sent[1])


def _check_frames(received: list[Any]) -> list[str]:
    assert all(message.wire_kind == "set_control" and len(message.value) == 64 * 1024 for message in received)
    return [message.control_id for message in received]


def test_sends_from_many_threads_and_the_clients_own_close_do_not_collide(built: Path, tmp_path: Path) -> None:
    """8 thread-pool tasks send 16 frames each while the receive path closes 1003 (the server sends a
    text frame after the first frame): every send that returned reached the server whole, before the
    close, and the rest threw instead of hanging.

    Before, sends that returned normally were lost (e.g. "sent 20", 7 received): Mono's managed
    ClientWebSocket takes sends again once the server has answered the close (state CloseReceived)
    and writes them after the close frame, and nothing ordered the callers' sends against the close.
    """
    harness = _concurrent_sends(tmp_path)
    tasks, frames = 8, 16
    received: list[Any] = []

    async def flooded(ws: Any) -> None:
        from websockets.exceptions import ConnectionClosed

        await ws.send(encode(make_hello("server", "scripted")))
        try:
            async for frame in ws:  # until the client's close
                received.append(decode(frame))
                if len(received) == 1:
                    await ws.send("a text frame")  # the client closes 1003 from its receive path
        except ConnectionClosed:  # a close other than 1000 ends the iteration with this
            pass

    client, code, reason = asyncio.run(
        _against_script(flooded, "mono", str(harness), "{port}", str(tasks), str(frames))
    )
    assert client.returncode == 0, client.stdout + client.stderr
    ids = _check_frames(received)
    assert _sent(client.stdout, tasks * frames) == len(ids) == len(set(ids)) >= 1, (client.stdout, ids)
    assert "receive ended: ProtocolException malformed_msgpack" in client.stdout
    assert code == 1003 and reason


def test_close_from_another_thread_while_the_loop_receives(built: Path, tmp_path: Path) -> None:
    """CloseAsync from the main thread while sends go out and the receive loop takes a stream of
    updates: the close returns, the loop ends with the server's 1000, every returned send arrived.

    ClientWebSocket.CloseAsync reads until the server's close itself; alongside the caller's receive
    loop that is a second receive, which hung or broke the loop. The client now reads that close
    under its receive lock, so the loop (if receiving) takes it.
    """
    harness = _concurrent_sends(tmp_path)
    tasks, frames = 4, 8
    received: list[Any] = []

    async def streaming(ws: Any) -> None:
        from websockets.exceptions import ConnectionClosed

        await ws.send(encode(make_hello("server", "scripted")))

        async def updates() -> None:
            with contextlib.suppress(ConnectionClosed):
                while True:
                    await ws.send(encode(Status(message="tick")))
                    await asyncio.sleep(0)

        sender = asyncio.create_task(updates())
        try:
            async for frame in ws:  # until the client's close (1000: the iteration just ends)
                received.append(decode(frame))
        finally:
            sender.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await sender

    client, code, reason = asyncio.run(
        _against_script(streaming, "mono", str(harness), "{port}", str(tasks), str(frames), "close")
    )
    assert client.returncode == 0, client.stdout + client.stderr
    ids = _check_frames(received)
    assert _sent(client.stdout, tasks * frames) == len(ids) == len(set(ids)), (client.stdout, ids)
    assert "close returned" in client.stdout
    assert "receive ended: ServerClosedException 1000" in client.stdout
    assert (code, reason) == (1000, "client closed")


# ---------------------------------------------------------------- a consumer that falls behind

PAUSE_S = 15.0  # 30 pings at PING_S: as many as 60 s of the 2 s pings a Unity Editor pause meets
PING_S = 0.5


def _appended(stdout: str, field_id: str) -> int:
    """Entries of ``field_id`` in the field_append lines the client printed (values=float64[n])."""
    lines = re.findall(rf"^field_append   field_id='{field_id}'.*values=float64\[(\d+)\]", stdout, re.M)
    return sum(int(n) for n in lines)


def test_a_paused_consumer_keeps_its_connection_and_loses_no_history(built: Path) -> None:
    """The consumer takes nothing for PAUSE_S while the server streams 100 ticks a second (a 4 KB
    field_replace, a one-entry field_append and a status each) and pings every PING_S with a timeout
    of 4 pings. The client's receive loop answers every ping and, over its 256-message inbox, merges:
    superseded field_replace and status messages go, appends are joined. The connection survives
    (the server's close is the normal one it sends at the end) and every appended entry arrives.

    Before, the client stopped receiving when its consumer did, so no pong went out, and the server
    closed 1011 "keepalive ping timeout" once the socket buffers filled. The client applies what it
    takes to its SceneState: the fields end as the unmerged stream would leave them."""
    ticks: list[int] = []

    async def streaming(ws: Any) -> None:
        import numpy as np

        from scenewire.protocol import FieldReplace, SceneReady
        from scenewire.protocol.updates import FieldAppend
        from scenewire.scene import Field, Scene

        await ws.send(encode(make_hello("server", "scripted")))
        scene = Scene(
            fields=[
                Field(id="v", values=np.zeros(1000, dtype=np.float32), dims=["segment"]),
                Field(id="trace", values=np.zeros(0), dims=["t"], coords={"t": np.zeros(0)}),
            ]
        )
        await ws.send(encode(SceneReady(scene=scene)))
        loop = asyncio.get_running_loop()
        end = loop.time() + PAUSE_S + 2
        tick = 0
        while loop.time() < end:
            await ws.send(encode(FieldReplace(field_id="v", values=np.full(1000, tick, dtype=np.float32))))
            await ws.send(encode(FieldAppend(
                field_id="trace", append_dim="t", values=np.array([float(tick)]), coord_values=np.array([tick * 0.01])
            )))  # fmt: skip
            await ws.send(encode(Status(message=f"tick {tick}")))
            ticks.append(tick)
            tick += 1
            await asyncio.sleep(0.01)
        await ws.close(1000, "stream ended")

    client, code, reason = asyncio.run(
        _against_script(
            streaming,
            *_client("--pause-after", "1", "--pause", str(PAUSE_S), "--inbox-messages", "256", "--state"),
            ping_interval=PING_S,
            ping_timeout=4 * PING_S,
        )
    )
    out = client.stdout
    assert client.returncode == 0, out + client.stderr
    assert code == 1000, (code, reason, out[-2000:])  # the client answered the server's close
    assert out.splitlines()[-1] == "server closed: 1000 (normal) 'stream ended'", out[-2000:]
    merged = re.search(r"^merged (\d+) messages", out, re.M)
    assert merged and int(merged[1]) > 1000, out[-2000:]
    assert _appended(out, "trace") == len(ticks), "appended history lost"
    statuses = re.findall(r"^status         message='tick (\d+)'", out, re.M)
    assert statuses[-1] == str(ticks[-1])
    # the scene the merged stream built is the one the whole stream builds
    state = dict(re.findall(r"^state: (\w+ \w+\[\d+\]) sum=(\S+)$", out, re.M))
    assert float(state[f"trace float64[{len(ticks)}]"]) == sum(ticks), out[-2000:]
    assert float(state["v float32[1000]"]) == 1000 * ticks[-1], out[-2000:]
    assert "not applied" not in out


# ---------------------------------------------------------------- the MonoBehaviour sample of docs/unity.md

SAMPLE_MARK = "// ScenewireConnection.cs: compiled and played at 60 Hz by tests/test_csharp.py"


def _unity_sample(tmp_path: Path) -> Path:
    """The docs' sample, compiled with the UnityEngine stand-in and the player loop against Scenewire.dll."""
    docs = (ROOT / "docs" / "unity.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```csharp\n(.*?)```", docs, re.S)
    sample = [block for block in blocks if block.startswith(SAMPLE_MARK)]
    assert len(sample) == 1, "docs/unity.md has no (or more than one) sample block marked for CI"
    (tmp_path / "ScenewireConnection.cs").write_text(sample[0], encoding="utf-8")
    shutil.copy(BIN / "Scenewire.dll", tmp_path)
    exe = tmp_path / "unity-player.exe"
    compiled = subprocess.run(
        ["mcs", "-langversion:7.2", "-nologo", "-warnaserror+", f"-r:{tmp_path / 'Scenewire.dll'}", f"-out:{exe}",
         str(tmp_path / "ScenewireConnection.cs"), str(STUB / "tests" / "unity" / "UnityEngine.cs"),
         str(STUB / "tests" / "unity" / "UnityPlayer.cs")],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr
    return exe


def test_the_docs_monobehaviour_plays_at_60_hz_against_the_cable_demo(built: Path, tmp_path: Path) -> None:
    """The sample of docs/unity.md, compiled against a stand-in for UnityEngine and played like Unity's
    player loop (Start, Update at 60 Hz for 6 s, OnDestroy) against ``scenewire serve`` of the cable demo.

    It applies the startup placeholder scene and then the real one, sends its ``stim`` value only once a
    scene has that control (the session answers with a status), reports nothing, returns from OnDestroy
    before the close completes (the close runs on the thread pool), and its close ends the session."""
    exe = _unity_sample(tmp_path)
    _transports()
    server = _Server("scenewire.demos.cable:CableSession")
    try:
        played = subprocess.run(
            ["mono", str(exe), "ScenewireConnection", f"ws://127.0.0.1:{server.port}", "6"],
            capture_output=True, text=True, timeout=RUN_TIMEOUT_S, check=False,
        )  # fmt: skip
        assert server.wait() == 0, "".join(server.lines)
    finally:
        server.stop()
    out = played.stdout
    assert played.returncode == 0, out + played.stderr
    lines = out.splitlines()
    scenes = [i for i, line in enumerate(lines) if line.startswith("log: scene_ready")]
    assert len(scenes) == 2, out  # the startup placeholder, then the scene
    stimulus = [i for i, line in enumerate(lines) if line == "log: status stimulus 0.3 nA"]
    assert stimulus and stimulus[0] > scenes[1], out
    assert not [line for line in lines if line.startswith(("warning:", "error:"))], out
    applied = re.search(r"^player: (\d+) frames, applied (\d+)$", out, re.M)
    assert applied and int(applied[2]) > 10, out  # field_replace and status ticks of the demo
    assert lines.index("player: OnDestroy returned") < lines.index("log: closed") < lines.index("player: done"), out


# ---------------------------------------------------------------- state vectors


def _state_steps() -> int:
    """The steps of every state sequence: 1.0's, and the snapshot sequences of 1.1 (§7.13) in state/1.1/."""
    total = 0
    for manifest in (CONFORMANCE / "state" / "manifest.json", CONFORMANCE / "state" / "1.1" / "manifest.json"):
        if manifest.is_file():
            total += sum(s["steps"] for s in json.loads(manifest.read_text(encoding="utf-8"))["sequences"])
    return total


def test_scene_state_passes_every_state_vector(built: Path, tmp_path: Path) -> None:
    """The C# SceneState replays conformance/state/ and its 1.1 snapshot sequences (conformance/README.md):
    the changes of every step and the whole state after it, as the Python SceneState holds them; a changed
    byte fails, in a 1.1 sequence too."""
    if not (CONFORMANCE / "state" / "manifest.json").is_file():
        pytest.skip("conformance/state/ has no vectors yet")
    manifest = json.loads((CONFORMANCE / "state" / "manifest.json").read_text(encoding="utf-8"))
    steps = _state_steps()
    result = _mono("scenewire-conformance.exe", str(CONFORMANCE), "--state")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().splitlines()[-1] == f"{steps} passed, 0 failed"

    copy = tmp_path / "conformance"
    shutil.copytree(CONFORMANCE / "state", copy / "state")
    first = manifest["sequences"][0]
    sequence = json.loads((copy / "state" / first["file"]).read_text(encoding="utf-8"))
    sequence["steps"][-1]["changes"]["scene"] = not sequence["steps"][-1]["changes"]["scene"]
    (copy / "state" / first["file"]).write_text(json.dumps(sequence), encoding="utf-8")
    broken = _mono("scenewire-conformance.exe", str(copy), "--state")
    assert broken.returncode == 1
    assert f"FAIL {first['name']}#{len(sequence['steps']) - 1}: changes.scene" in broken.stdout

    snapshots = json.loads((copy / "state" / "1.1" / "manifest.json").read_text(encoding="utf-8"))["sequences"]
    entry = next(s for s in snapshots if s["name"] == "snapshot_default_layout_3")  # ends with the held error
    sequence = json.loads((copy / "state" / "1.1" / entry["file"]).read_text(encoding="utf-8"))
    sequence["steps"][-1]["state"]["error"]["tick_end"] = {"index": 2, "time": 3.0}
    (copy / "state" / "1.1" / entry["file"]).write_text(json.dumps(sequence), encoding="utf-8")
    broken = _mono("scenewire-conformance.exe", str(copy), "--state")
    assert f"FAIL 1.1/snapshot_default_layout_3#{len(sequence['steps']) - 1}: state.error" in broken.stdout


def test_merging_a_fallen_behind_consumers_queue_keeps_every_state_vector(built: Path, tmp_path: Path) -> None:
    """For every prefix of every sequence of conformance/state/, the frames queued as a client whose
    consumer fell behind queues them, merged (InboxCoalescing: scene_patch, state_patch, appends,
    replaces, status), then applied, give the state the step holds after applying them one by one;
    merging once at the end and again after every frame. Each frame closes a tick of its own, and
    the tick ends left after a merge rise and end with the last one queued (§7.12). Merging must
    take messages away; a state that differs (here: a vector's, changed) fails."""
    if not (CONFORMANCE / "state" / "manifest.json").is_file():
        pytest.skip("conformance/state/ has no vectors yet")
    manifest = json.loads((CONFORMANCE / "state" / "manifest.json").read_text(encoding="utf-8"))
    steps = _state_steps()
    result = _mono("scenewire-conformance.exe", str(CONFORMANCE), "--state", "--merged")
    assert result.returncode == 0, result.stdout + result.stderr
    last = result.stdout.strip().splitlines()[-1]
    summary = re.fullmatch(r"(\d+) passed, 0 failed; merging took away (\d+) messages", last)
    assert summary and int(summary[1]) == 2 * steps, result.stdout[-2000:]
    assert int(summary[2]) > 0

    copy = tmp_path / "conformance"
    shutil.copytree(CONFORMANCE / "state", copy / "state")
    entry = next(s for s in manifest["sequences"] if s["name"] == "scene_patch")
    sequence = json.loads((copy / "state" / entry["file"]).read_text(encoding="utf-8"))
    sequence["steps"][-1]["state"]["frontend_state"]["x"] = 1
    (copy / "state" / entry["file"]).write_text(json.dumps(sequence), encoding="utf-8")
    broken = _mono("scenewire-conformance.exe", str(copy), "--state", "--merged")
    assert broken.returncode == 1
    assert f"FAIL scene_patch#{len(sequence['steps']) - 1} (merged once): state.frontend_state" in broken.stdout


def test_a_paused_consumer_behind_a_stream_of_patches_stays_connected_and_ends_in_the_same_state(built: Path) -> None:
    """1500 ticks of a scene_patch (a view's title, y limits and selectors, a control's value, metadata;
    every 7th tick also an entry that does not fit, nil for a required property) and a state_patch
    (one key set, one unset; it closes the tick) to a consumer paused 3 s behind a 64-message inbox. Patches were never
    merged, so such a backlog was closed 1011; now they merge, the connection ends with the server's
    1000, and the state the client holds (without the fields' values) is the one the Python
    SceneState holds after applying every frame one by one."""
    import numpy as np

    from scenewire.protocol import SceneReady
    from scenewire.protocol.updates import ScenePatch, StatePatch, Tick
    from scenewire.scene import Control, Field, LinePlotView, ScalarSpec, Scene
    from scenewire.state.scene_state import SceneState

    frames: list[bytes] = []
    scene = Scene(
        fields=[Field(id="v", values=np.zeros((2, 3), dtype=np.float32), dims=["seg", "time"])],
        views=[LinePlotView(id="p", field_id="v", x_dim="time", series_dim="seg", title="P")],
        controls=[Control(id="n", label="N", spec=ScalarSpec(min=0.0, max=10.0, integer=True), value=0)],
        metadata={"title": "patches"},
    )
    frames.append(encode(SceneReady(scene=scene)))
    for tick in range(1500):
        view: dict[str, Any] = {"title": f"tick {tick}", "y_limits": [0, tick + 1], "selectors": {"seg": tick % 2}}
        if tick % 5 == 0:
            view["title"] = None  # nil unsets the optional title
        views = {"p": view} if tick % 7 else {"p": {**view, "x_dim": None}}  # the whole entry does not fit
        frames.append(encode(ScenePatch(
            view_updates=views, control_updates={"n": {"value": tick % 11}}, metadata_updates={"tick": tick}
        )))  # fmt: skip
        state = StatePatch(updates={"sel": tick, "odd": tick if tick % 2 else None}, tick_end=Tick(index=tick))
        frames.append(encode(state))

    async def patching(ws: Any) -> None:
        await ws.send(encode(make_hello("server", "scripted")))
        for frame in frames:
            await ws.send(frame)
        await ws.close(1000, "stream ended")

    client, code, reason = asyncio.run(
        _against_script(
            patching,
            *_client("--pause-after", "1", "--pause", "3", "--inbox-messages", "64", "--state", "--state-tree"),
        )
    )
    out = client.stdout
    assert client.returncode == 0, out[-2000:] + client.stderr
    assert code == 1000, (code, reason, out[-2000:])
    merged = re.search(r"^merged (\d+) messages", out, re.M)
    assert merged and int(merged[1]) > 2000, out[-2000:]
    ticks = [int(n) for n in re.findall(r"tick_end=\{index: (\d+)\}", out)]
    assert ticks == sorted(ticks) and ticks[-1] == 1499, ticks[-20:]  # the last tick's end is never merged away

    reference = SceneState()
    for frame in frames:
        reference.apply(decode(frame))
    expected = reference.to_json()
    del expected["scene"]["fields"], expected["scene"]["geometries"]
    tree = re.search(r"^state: tree ([0-9a-f]+)$", out, re.M)
    assert tree, out[-2000:]
    import msgpack

    held = msgpack.unpackb(bytes.fromhex(tree[1]), raw=False, strict_map_key=False)
    assert held == expected
    assert held["views"]["p"]["title"] == "tick 1499" and held["frontend_state"] == {"sel": 1499, "odd": 1499}


def test_a_consumer_too_far_behind_is_closed_1011_with_a_reason_and_loses_nothing_before(built: Path) -> None:
    """Appends with no max_length to a paused consumer: merging joins them but cannot shrink them, so
    past the client's 256 KiB inbox it closes 1011 with a reason. The consumer still gets every
    message received before that, then BacklogOverflowException (printed as "fell behind")."""
    sent: list[int] = []

    async def growing(ws: Any) -> None:
        import numpy as np
        from websockets.exceptions import ConnectionClosed

        from scenewire.protocol import SceneReady
        from scenewire.protocol.updates import FieldAppend
        from scenewire.scene import Field, Scene

        await ws.send(encode(make_hello("server", "scripted")))
        field = Field(id="rows", values=np.zeros((0, 1000)), dims=["t", "x"], coords={"t": np.zeros(0)})
        await ws.send(encode(SceneReady(scene=Scene(fields=[field]))))
        with contextlib.suppress(ConnectionClosed):
            for tick in range(400):  # 8 KB each: 3.2 MB in all, far past the inbox
                row = np.full((1, 1000), float(tick))
                await ws.send(
                    encode(FieldAppend(field_id="rows", append_dim="t", values=row, coord_values=np.array([tick])))
                )
                sent.append(tick)
                await asyncio.sleep(0.005)
            await ws.wait_closed()

    client, code, reason = asyncio.run(
        _against_script(growing, *_client("--pause-after", "1", "--pause", "5", "--inbox-bytes", str(256 * 1024)))
    )
    out = client.stdout
    assert client.returncode == 1, out[-2000:] + client.stderr
    assert code == 1011 and reason and reason.startswith("client fell behind: "), (code, reason)
    assert out.splitlines()[-1].startswith("fell behind: client fell behind: "), out[-2000:]
    assert "closed with 1011 rather than drop any" in out
    rows = re.findall(r"^field_append   field_id='rows'.*values=float64\[(\d+), 1000\]", out, re.M)
    assert sum(int(n) for n in rows) >= 30  # what arrived before the close, all of it delivered


def test_records_refuse_invalid_limits_and_take_any_selector(built: Path, tmp_path: Path) -> None:
    """csharp-stub/tests/EncodeRules.cs: reversed, infinite or NaN limits have no wire form (as the
    Python encoder's EncodeError, §4.1), and a selector above 2^63 reads and writes back (§8.3.4)."""
    exe = _harness(tmp_path, "EncodeRules.cs")
    result = subprocess.run(["mono", str(exe)], capture_output=True, text=True, timeout=RUN_TIMEOUT_S, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith("all passed")


def test_live_client_prints_a_hostile_servers_texts_escaped_and_bounded(built: Path) -> None:
    """Issue 17: a server's implementation, status, error, keys and close reason hold terminal escapes (OSC,
    CSI), a newline that starts a forged line, a bidi override, and a 4 MiB status; nothing reaches the
    console raw, and no line is longer than the bound (``Printable.Shown``, 16 KiB)."""
    forged = "2026-12-07 23:59:59 server closed: 1000 (normal) 'done'"
    evil = f"evil\x1b]0;pwned\x07\x1b[2J\r\n{forged}\n\x9b1m\u202e"

    async def hostile(ws: Any) -> None:
        await ws.send(encode(make_hello("server", evil)))
        await ws.send(encode(SceneReady(scene=Scene(metadata={"title": evil}))))
        await ws.send(encode(Status(message=evil)))
        await ws.send(encode(Status(message="x\x1b" * (2 << 20))))
        await ws.send(encode(StatePatch(updates={evil: evil})))
        await ws.send(encode(Error(message=evil, code="session_error")))
        await ws.close(1011, "bye\x1b]0;title\x07\n" + forged[:60])

    client, _, _ = asyncio.run(_against_script(hostile, *_client()))
    out = client.stdout
    unsafe = {chr(c) for c in [*range(0x20), 0x7F, *range(0x80, 0xA0), 0x202E]} - {"\n"}
    assert not unsafe & set(out), repr(out[-2000:])
    lines = out.splitlines()
    assert lines[0].startswith("connected to evil\\x1b]0;pwned\\x07\\x1b[2J\\r\\n2026"), lines[0]
    assert not any(line.startswith(forged[:20]) for line in lines), out[-3000:]
    assert max(len(line.encode()) for line in lines) <= 16 * 1024
    assert lines[-1].startswith("server closed: 1011 (internal server error) 'bye\\x1b]0;title\\x07\\n2026"), lines[-1]
    assert "(last error: evil\\x1b]0;pwned" in lines[-1]
    assert client.returncode == 1


def test_live_client_prints_its_state_when_it_stops_itself(built: Path, echo_server: _Server) -> None:
    """``--state`` prints the fields at the end of every run, not only at the server's close (docs/unity.md)."""
    result = _mono("scenewire-client.exe", f"ws://127.0.0.1:{echo_server.port}", "--count", "1", "--state")
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    assert lines[-2:] == ["state: ticks int64[0] sum=0", "closed by the client after 1 messages"], lines
