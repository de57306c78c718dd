"""The attack table of the server review, row by row, as an attacker runs it against a real server on loopback.

An outsider's check of docs/security.md's table: each test is named after the
row it attacks, runs the attack the way the review describes it (scaled down
through the server's own flags) and asserts the fixed behaviour with its
documented close code or HTTP status. Rows whose tests elsewhere already fail
on the old behaviour are not repeated here (tests/test_security.py,
tests/test_ws_server.py, tests/test_cli.py).

Most tests run ``scenewire serve`` as a subprocess, to watch what only a
process shows: its exit status, its output, its resident memory. Every wait
is bounded and waits on an event (a file, a frame, a process exit), never on
elapsed time.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import pickle
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgpack
import numpy as np
import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from scenewire.demos.echo import EchoSession
from scenewire.protocol import KeyPressed, SessionCommand, SetControl, StopSession, encode, pickle_codec
from scenewire.protocol.updates import FieldReplace
from scenewire.scene import Scene
from scenewire.transports.ws_client import SceneClient, ServerClosed, open_socket
from scenewire.transports.ws_server import BackendServer
from tests.conftest import ROOT
from tests.foreign import attack_page, browser_visit, page_server

WAIT = 60.0  # upper bound of any one wait: a hang fails, slowness does not
MIB = 1 << 20
MARKS = "SCENEWIRE_ATTACK_MARKS"
"""The folder where the sessions below leave a file when they reach a point (the test waits for it)."""


# -- sessions the attacks need (served by module path: a worker process imports them) --------------------------


def _mark(name: str) -> None:
    folder = os.environ.get(MARKS)
    if folder:
        (Path(folder) / name).touch()


class HangingInitialize(EchoSession):
    """A model whose initialize() never returns (a deadlocked import, a licence server that never answers)."""

    def initialize(self) -> Scene:
        _mark("initializing")
        time.sleep(3600)
        return super().initialize()


class HangingOnce(EchoSession):
    """The first session (while a file ``hang`` is among the marks) hangs in initialize(); later ones start."""

    def initialize(self) -> Scene:
        folder = os.environ.get(MARKS)
        if folder:
            with contextlib.suppress(FileNotFoundError):
                (Path(folder) / "hang").unlink()
                _mark("initializing")
                time.sleep(3600)
        return super().initialize()


class BusyAdvance(EchoSession):
    """A live model whose first advance() takes an hour: every command waits for it."""

    def is_live(self) -> bool:
        return True

    def advance(self) -> None:
        _mark("advancing")
        time.sleep(3600)


class FloodingSession(EchoSession):
    """Live, as fast as it can: a 256 KiB field every tick (a frozen client's buffers fill in a moment)."""

    def is_live(self) -> bool:
        return True

    def advance(self) -> None:
        self.emit(FieldReplace(field_id="ticks", values=np.zeros(1 << 16, dtype=np.float32)))

    def idle_sleep(self) -> float:
        return 0.0


class QuietSession(EchoSession):
    """Ignores every command, as many models ignore a key they do not use; not live."""

    def handle(self, command: SessionCommand) -> None:
        pass


# -- a real `scenewire serve` ---------------------------------------------------------------------------------


@dataclass
class Served:
    process: subprocess.Popen[str]
    url: str
    greeting: str
    output: list[str] = field(default_factory=list)

    def exit_status(self) -> int:
        return self.process.wait(WAIT)

    def rss_mib(self) -> float:
        """The server process's resident memory (its session worker is another process)."""
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        raise AssertionError("no VmRSS")


@contextlib.contextmanager
def serve(*args: str, marks: Path | None = None) -> Iterator[Served]:
    """``scenewire serve ARGS`` in a process group of its own, until its ``connect with:`` line; killed at the end."""
    env = {**os.environ, **({MARKS: str(marks)} if marks else {})}
    port = [] if "--port" in args else ["--port", "0"]
    process = subprocess.Popen(
        [sys.executable, "-m", "scenewire.cli", "serve", *args, *port],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,  # as a terminal starts it: Ctrl-C reaches the whole group
    )
    assert process.stdout is not None
    lines: list[str] = []
    try:
        for line in process.stdout:
            lines.append(line)
            if line.startswith("connect with: "):
                break
        else:
            raise AssertionError(f"no connect line; the server said: {''.join(lines)}")
        served = Served(process, lines[-1].split()[-1], "".join(lines))
        reader = threading.Thread(target=lambda: served.output.extend(process.stdout or ()), daemon=True)
        reader.start()  # the pipe never fills, whatever the server logs
        yield served
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(WAIT)


def probe(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scenewire.cli", "probe", url, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=WAIT,
    )


def wait_for_file(path: Path) -> bool:
    deadline = time.monotonic() + WAIT
    while not path.exists():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def run(main: Any) -> Any:
    return asyncio.run(asyncio.wait_for(main, 2 * WAIT))


async def until_closed(client: SceneClient) -> ServerClosed:
    """Read (and drop) everything until the server closes."""
    while True:
        try:
            await client.receive(WAIT)
        except ServerClosed as closed:
            return closed
        except Exception as exc:  # a dropped frame (ProtocolError); a TimeoutError is a hang
            if isinstance(exc, asyncio.TimeoutError):
                raise
            continue


async def upgrade_status(url: str, **headers: str) -> int | None:
    """The HTTP status of a refused upgrade, ``None`` when it went through."""
    try:
        ws = await connect(url, additional_headers=headers, subprotocols=["scenewire.v1"])  # type: ignore[list-item]
    except InvalidStatus as exc:
        return exc.response.status_code
    await ws.close()
    return None


# -- the rows -------------------------------------------------------------------------------------------------


def test_row_error_replies_amplify__a_huge_bad_frame_gets_a_short_error_and_a_short_log_line(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """An unknown kind of 6 MiB: the error reply and the log line quote at most 1 KiB of it (§2.4)."""
    bad = msgpack.packb({"kind": "x" * (6 * MIB)})

    async def main() -> tuple[int, bytes]:
        async with BackendServer(EchoSession, "127.0.0.1", 0, isolation="thread", max_frame_bytes=8 * MIB) as server:
            client = await SceneClient.connect(server.url)
            assert (await client.receive(WAIT)).wire_kind == "scene_ready"
            await client.ws.send(bad)
            reply = await asyncio.wait_for(client.ws.recv(), WAIT)
            assert isinstance(reply, bytes)
            await client.send(StopSession())
            closed = await until_closed(client)
            return closed.code, reply

    caplog.set_level("DEBUG", logger="scenewire")
    code, reply = run(main())
    decoded = msgpack.unpackb(reply)
    assert decoded["kind"] == "error" and decoded["code"] == "unknown_kind", decoded
    assert len(reply) <= 2048, len(reply)  # before: the reply echoed the frame
    assert code == 1000  # a dropped frame does not end the connection
    assert caplog.records and max(len(record.getMessage()) for record in caplog.records) <= 2048


def test_row_error_replies_amplify__no_frame_above_the_frame_limit_is_ever_sent() -> None:
    """The review's attack, scaled: a frame limit of 1 MiB, a binary value of 900 KiB that the session quotes.

    Before: the session's 3.6 MB status went out whole (the neuron demo: a 251 MB status for a 60 MiB value).
    """
    limit = MIB

    async def main() -> list[bytes]:
        async with BackendServer(EchoSession, "127.0.0.1", 0, isolation="thread", max_frame_bytes=limit) as server:
            client = await SceneClient.connect(server.url, max_frame_bytes=64 * MIB)  # a client that takes anything
            assert (await client.receive(WAIT)).wire_kind == "scene_ready"
            await client.send(SetControl(control_id="live", value=b"\x00" * (900 * 1024)))
            await client.send(StopSession())
            frames = []
            with contextlib.suppress(ConnectionClosed):
                while True:
                    frame = await asyncio.wait_for(client.ws.recv(), WAIT)
                    assert isinstance(frame, bytes)
                    frames.append(frame)
            return frames

    frames = run(main())
    sizes = [len(frame) for frame in frames]
    assert sizes and max(sizes) <= limit, f"frames of {sizes} bytes; the limit is {limit}"
    first = msgpack.unpackb(frames[0])
    assert (first["kind"], first["code"]) == ("error", "session_error"), first  # the status, replaced by why
    assert "over the 1048576-byte frame limit" in first["message"], first


def test_row_error_replies_are_unbounded__a_client_that_sends_bad_frames_and_never_reads_is_closed_1008() -> None:
    """15 bad frames, then a valid command (so never 16 bad in a row), again and again; nothing read (§2.4).

    Before: the server's RSS grew without bound (+93 MiB for 0.8 MiB of one-byte bad frames).
    """
    rounds, bad = 1000, msgpack.packb({"kind": "x" * 2048})  # each reply quotes 1 KiB of it

    async def main() -> ServerClosed:
        async with BackendServer(QuietSession, "127.0.0.1", 0, isolation="thread") as server:
            client = await SceneClient.connect(server.url)
            assert (await client.receive(WAIT)).wire_kind == "scene_ready"
            with contextlib.suppress(ConnectionClosed):
                for _ in range(rounds):  # 15 MiB of replies, far beyond the socket buffers: never read
                    for _ in range(15):
                        await asyncio.wait_for(client.ws.send(bad), WAIT)
                    await client.send(KeyPressed(key="a"))  # valid: not a bad frame in a row
                await client.send(StopSession())
            return await until_closed(client)

    closed = run(main())
    assert closed.code == 1008 and "left unread" in closed.reason, (closed.code, closed.reason)


@pytest.mark.parametrize("isolation", ["process", "thread"])
def test_row_a_session_whose_initialize_hangs_holds_the_server__one_ctrl_c_ends_it_with_1001(
    isolation: str, tmp_path: Path
) -> None:
    """initialize() never returns, a client waits for the scene, the person presses Ctrl-C once."""
    args = ("tests.test_attack_table:HangingInitialize", "--isolation", isolation, "--shutdown-grace", "1")
    with serve(*args, marks=tmp_path) as server:

        async def main() -> ServerClosed:
            client = await SceneClient.connect(server.url)  # the hello comes; the scene never does
            assert await asyncio.to_thread(wait_for_file, tmp_path / "initializing")
            os.killpg(server.process.pid, signal.SIGINT)  # a terminal's Ctrl-C: the whole group
            return await until_closed(client)

        closed = run(main())
        status = server.exit_status()
    assert (closed.code, closed.reason) == (1001, "the server is shutting down")
    assert status == 130, "".join(server.output)  # before: one Ctrl-C did not stop the server


@pytest.mark.parametrize("isolation", ["process", "thread"])
def test_row_a_session_whose_initialize_hangs_holds_the_server__the_next_client_is_served(
    isolation: str, tmp_path: Path
) -> None:
    """The first client leaves while its initialize() hangs; the next one gets a fresh session, not 4000."""
    (tmp_path / "hang").touch()
    args = ("tests.test_attack_table:HangingOnce", "--isolation", isolation, "--shutdown-grace", "1")
    with serve(*args, marks=tmp_path) as server:

        async def main() -> tuple[str, ServerClosed]:
            first = await SceneClient.connect(server.url)
            assert await asyncio.to_thread(wait_for_file, tmp_path / "initializing")
            await first.close()  # gives up waiting for the scene
            second = await SceneClient.connect(server.url)
            scene = await second.receive(WAIT)
            await second.send(StopSession())
            return scene.wire_kind, await until_closed(second)

        kind, closed = run(main())
    assert kind == "scene_ready"
    assert (closed.code, closed.reason) == (1000, "session stopped")


def test_row_commands_are_buffered_without_bound__a_flood_into_a_busy_session_is_held_back(tmp_path: Path) -> None:
    """400 MiB of valid set_control commands into a session stuck in advance(): the server stops reading."""
    flood, frame = 400, encode(SetControl(control_id="live", value=b"\x01" * MIB))
    with serve("tests.test_attack_table:BusyAdvance", "--shutdown-grace", "1", marks=tmp_path) as server:

        async def main() -> tuple[int, float, float]:
            client = await SceneClient.connect(server.url)
            assert (await client.receive(WAIT)).wire_kind == "scene_ready"
            assert await asyncio.to_thread(wait_for_file, tmp_path / "advancing")
            before = server.rss_mib()
            sent = 0

            async def send_all() -> None:
                nonlocal sent
                for _ in range(flood):
                    await client.ws.send(frame)
                    sent += 1

            sender = asyncio.create_task(send_all())
            # the sends stall once the server holds its bound (256 commands or 64 MiB) and TCP's buffers are full
            last, quiet_since = -1, time.monotonic()
            while not sender.done() and time.monotonic() - quiet_since < 2.0:
                await asyncio.sleep(0.1)
                if sent != last:
                    last, quiet_since = sent, time.monotonic()
            after = server.rss_mib()
            sender.cancel()
            client.ws.transport.abort()
            return sent, before, after

        sent, before, after = run(main())
    assert sent < flood, "the server read the whole flood"
    assert after - before < 200, f"server RSS {before:.0f} -> {after:.0f} MiB after {sent} MiB of commands"


def test_row_a_slow_reader_is_dropped_without_a_word__a_client_given_up_on_is_dropped_and_frees_the_slot() -> None:
    """A client frozen at TCP level (it never reads again): the server gives up, drops it, serves the next client.

    The close frame cannot reach a client that does not read; before closes were bounded, it waited behind the
    full socket forever and the session and the slot stayed taken (the next client got 4000).
    """

    async def main() -> str:
        options: dict[str, Any] = {"isolation": "thread", "serve_forever": True, "shutdown_grace": 1.0}
        keepalive = {"ping_interval": 0.2, "ping_timeout": 0.5, "max_backlog_bytes": 256 * 1024}
        async with BackendServer(FloodingSession, "127.0.0.1", 0, **options, **keepalive) as server:
            frozen = await SceneClient.connect(server.url, ping_interval=None)
            frozen.ws.transport.pause_reading()
            try:
                dropped = await asyncio.to_thread(wait_until, lambda: server.sessions_run == 1)
                assert dropped, "the frozen client still holds its session"
                second = await SceneClient.connect(server.url)
                kind = (await second.receive(WAIT)).wire_kind
                await second.close()
            finally:
                frozen.ws.transport.abort()
            return kind

    assert run(main()) == "scene_ready"


def wait_until(predicate: Any) -> bool:
    deadline = time.monotonic() + WAIT
    while not predicate():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


@pytest.mark.parametrize("host", ["0.0.0.0", ""], ids=["0.0.0.0", "empty"])
def test_row_a_wildcard_host_serves_anyone_without_authentication(host: str) -> None:
    """--host 0.0.0.0 or "": a token is generated and required; the printed URL carries it and works."""
    with serve("scenewire.demos.echo:EchoSession", "--host", host) as server:
        assert "a token is required" in server.greeting and "ws://:" not in server.greeting, server.greeting
        bare, _, query = server.url.partition("/?token=")
        assert bare.startswith("ws://127.0.0.1:") and len(query) >= 22, server.url
        refused = probe(bare, "--count", "1")
        assert refused.returncode == 2, refused.stdout + refused.stderr
        assert refused.stdout.startswith("refused: close 4003 'authentication failed"), refused.stdout
        for served in (probe(server.url, "--count", "1"), probe(bare, "--count", "1", f"--token={query}")):
            assert served.returncode == 0 and served.stdout.startswith("connected to"), served.stdout + served.stderr
            assert "scene_ready" in served.stdout


@pytest.mark.skipif(not socket.has_ipv6, reason="no IPv6 here")
def test_row_a_wildcard_host__the_printed_url_of_an_ipv6_wildcard_reaches_the_server() -> None:
    with serve("scenewire.demos.echo:EchoSession", "--host", "::") as server:
        served = probe(server.url, "--count", "1")
    assert served.returncode == 0 and served.stdout.startswith("connected to"), served.stdout


class Payload:
    """A pickle that creates a folder when it is loaded: what a page would send to run code on the machine."""

    def __init__(self, path: Path) -> None:
        self.path = str(path)

    def __reduce__(self) -> tuple[Any, ...]:
        return (os.mkdir, (self.path,))


def test_row_the_pickle_codec_accepts_pickle_from_any_origin(tmp_path: Path) -> None:
    """A page (headless Chromium, its origin even allowed) sends a __reduce__ payload to a pickle server."""
    ran = tmp_path / "the payload ran"
    payload = pickle.dumps(Payload(ran))
    with page_server({}) as pages:

        async def main() -> tuple[list[int | None], dict[str, str], bool]:
            options: dict[str, Any] = {"codec": pickle_codec(), "isolation": "thread", "serve_forever": True}
            async with BackendServer(EchoSession, "127.0.0.1", 0, allowed_origins=[pages.origin], **options) as server:
                statuses = [
                    await upgrade_status(server.url, Origin="https://evil.example"),
                    await upgrade_status(server.url, Origin=pages.origin),  # allowed, but never with pickle
                ]
                page = attack_page(server.url, f"{pages.origin}/report", [payload], ["scenewire.v1"])
                pages.pages["/evil.html"] = page
                seen = await asyncio.to_thread(browser_visit, f"{pages.origin}/evil.html", pages.reports)
                return statuses, seen, server.sessions_run == 0

        statuses, seen, no_session = run(main())
    assert statuses == [403, 403]
    assert seen["opened"] == "false" and seen["received"] == "0" and seen["code"] == "1006", seen
    assert not ran.exists(), "the page's pickle was loaded"
    assert no_session


def test_deliver_9_no_hostile_visit_ends_a_server_that_exits_after_one_session() -> None:
    """``serve --once``: a page's request, a silent connection, a wrong subprotocol and a bad first frame come
    first; none of them is the one session, so the real client after them is served, then the server exits."""
    with serve("scenewire.demos.echo:EchoSession", "--once") as server:

        async def visits() -> list[Any]:
            results: list[Any] = [await upgrade_status(server.url, Origin="null")]
            silent = await open_socket(server.url)
            await silent.close()  # leaves before its hello
            for subprotocols, first in ((["scenewire.v2"], None), (["scenewire.v1"], encode(StopSession()))):
                ws = await open_socket(server.url, subprotocols=subprotocols)
                if first is not None:
                    await ws.send(first)
                with contextlib.suppress(ConnectionClosed):
                    await asyncio.wait_for(ws.recv(), WAIT)
                results.append(ws.close_code)
            return results

        assert run(visits()) == [403, 4001, 1002]
        served = probe(server.url, "--count", "1", "--stop")
        assert served.returncode == 0 and served.stdout.splitlines()[-1] == "server closed: 1000 'session stopped'"
        assert server.exit_status() == 0
    assert "server exited" in "".join(server.output)
