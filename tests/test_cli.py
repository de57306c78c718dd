"""The scenewire command: serve and probe as a person (or demo.sh) runs them."""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from websockets.asyncio.client import connect

from scenewire import encode
from scenewire.cli import build_parser, load_source, parse_value
from scenewire.demos.cable import CableSession
from scenewire.protocol import SUBPROTOCOL, FieldReplace, make_hello
from scenewire.transports.addresses import connect_url
from scenewire.transports.describe import describe, describe_array

from .test_conformance_peer import conforming_client
from .test_session_kit import ADVANCING, LOG, make_gil_gate, open_gil_gate, reset_log, wait_for

PY = sys.executable
WAIT = 60


def start_server(*args: str, group: bool = False) -> tuple[subprocess.Popen, str]:
    server = subprocess.Popen(
        [PY, "-m", "scenewire.cli", "serve", *args, "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=group,  # a process group of its own, as a terminal gives it
    )
    assert server.stdout is not None
    lines = []
    for line in server.stdout:
        lines.append(line)
        if line.startswith("connect with: "):
            command = line.removeprefix("connect with: ").strip()
            assert command.startswith("scenewire probe ws://127.0.0.1:")
            server.greeting = "".join(lines)  # type: ignore[attr-defined]
            return server, command.split()[-1]
    server.wait(WAIT)
    raise AssertionError(f"no connect line; server said: {''.join(lines)}")


def probe(url: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [PY, "-m", "scenewire.cli", "probe", url, *args], capture_output=True, text=True, timeout=WAIT
    )


def test_serve_then_probe_with_set_and_stop() -> None:
    server, url = start_server("scenewire.demos.cable:CableSession", "--once")
    try:
        result = probe(url, "--count", "6", "--set", "stim=0.1", "--stop")
        assert result.returncode == 0, result.stdout + result.stderr
        lines = result.stdout.splitlines()
        assert lines[0].startswith("connected to scenewire-python/")
        assert lines[1].startswith("scene_ready") and "building the cell" in lines[1]
        assert "> set_control    control_id='stim' value=0.1" in lines
        assert any(line.startswith("field_replace  field_id='v' values=float32[43]") for line in lines)
        assert any(line.startswith("status         message='stimulus 0.1 nA'") for line in lines)
        assert lines[-1] == "server closed: 1000 'session stopped'"
        out, _ = server.communicate(timeout=WAIT)
        assert server.returncode == 0
        assert "server exited" in out
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()


@contextlib.contextmanager
def serving_a_prober(*serve_args: str) -> Iterator[tuple[subprocess.Popen, subprocess.Popen]]:
    """``scenewire serve`` in a process group of its own, a probe reading from it; both reaped at the end."""
    reset_log()
    server, url = start_server(*serve_args, group=True)
    client = subprocess.Popen(
        [PY, "-m", "scenewire.cli", "probe", url, "--seconds", str(WAIT)], stdout=subprocess.PIPE, text=True
    )
    try:
        yield server, client
    finally:
        for process in (server, client):
            if process.poll() is None:
                process.kill()
                process.wait()


@pytest.mark.parametrize("isolation", ["process", "thread"])
def test_ctrl_c_stops_the_server_after_the_sessions_shutdown(isolation: str) -> None:
    with serving_a_prober("tests.test_session_kit:LiveSession", "--isolation", isolation) as (server, client):
        assert wait_for(lambda: "advance 3" in LOG, WAIT)
        os.killpg(server.pid, signal.SIGINT)  # the whole group, the session worker included
        out, _ = server.communicate(timeout=WAIT)
        seen, _ = client.communicate(timeout=WAIT)
        where = "a worker process" if isolation == "process" else "a thread"
        assert f"(session in {where})" in server.greeting  # type: ignore[attr-defined]
        assert server.returncode == 130 and "interrupted" in out, out
        assert LOG[-1] == "shutdown" and LOG.count("shutdown") == 1
        assert seen.splitlines()[-1] == "server closed: 1001 'the server is shutting down'"  # every close has a reason


@pytest.mark.parametrize("isolation", ["process", "thread"])
@pytest.mark.parametrize("group", [True, False], ids=["group", "server-only"])
def test_sigterm_is_a_shutdown_1001_with_a_reason(isolation: str, group: bool) -> None:
    with serving_a_prober("tests.test_session_kit:LiveSession", "--isolation", isolation) as (server, client):
        assert wait_for(lambda: "advance 3" in LOG, WAIT)
        # a service manager signals the whole group (the worker too); `kill PID` only the server
        (os.killpg if group else os.kill)(server.pid, signal.SIGTERM)
        out, _ = server.communicate(timeout=WAIT)
        seen, _ = client.communicate(timeout=WAIT)
        assert server.returncode == 143 and "terminated" in out, out
        assert LOG[-1] == "shutdown" and LOG.count("shutdown") == 1
        assert seen.splitlines()[-1] == "server closed: 1001 'the server is shutting down'"


def test_sigterm_ends_the_server_even_when_the_advance_does_not_end() -> None:
    make_gil_gate()  # never opened: only the grace period's kill ends this worker
    try:
        with serving_a_prober("tests.test_session_kit:GilHoggingSession", "--shutdown-grace", "1") as (server, client):
            assert ADVANCING.wait(WAIT)
            os.killpg(server.pid, signal.SIGTERM)  # once: the server must end on its own
            out, _ = server.communicate(timeout=WAIT)
            seen, _ = client.communicate(timeout=WAIT)
            assert server.returncode == 143, out
            assert "killing the session worker" in out, out
            assert seen.splitlines()[-1] == "server closed: 1001 'the server is shutting down'"
            assert "shutdown" not in LOG
    finally:
        open_gil_gate()


def test_a_second_ctrl_c_kills_a_worker_whose_advance_does_not_end() -> None:
    make_gil_gate()  # never opened while the server runs: the advance would not end on its own
    try:
        with serving_a_prober("tests.test_session_kit:GilHoggingSession") as (server, client):
            assert ADVANCING.wait(WAIT)
            os.killpg(server.pid, signal.SIGINT)
            assert server.stdout is not None
            first = ""
            while "Ctrl-C again to kill it" not in first:  # the first is handled: the server waits for the advance
                line = server.stdout.readline()
                assert line, "the server ended on the first Ctrl-C"
                first += line
            assert server.poll() is None
            os.killpg(server.pid, signal.SIGINT)
            out, _ = server.communicate(timeout=WAIT)
            client.communicate(timeout=WAIT)
            assert server.returncode == 130, out
            assert "killing the session worker" in out and "interrupted" in out, out
            assert "shutdown" not in LOG and "released the GIL" not in LOG
    finally:
        open_gil_gate()


def test_probe_reports_a_busy_server_and_an_unreachable_one() -> None:
    server, url = start_server("scenewire.demos.echo:EchoSession", "--forever")
    try:
        first = subprocess.Popen([PY, "-m", "scenewire.cli", "probe", url, "--seconds", "30"], stdout=subprocess.PIPE)
        assert first.stdout is not None
        first.stdout.readline()  # connected: the server is now busy
        second = probe(url, "--count", "1")
        assert second.returncode == 2 and "refused: close 4000" in second.stdout
        first.kill()
        first.wait()
    finally:
        server.kill()
        server.wait()
    gone = probe(url, "--count", "1")
    assert gone.returncode == 2 and "cannot connect" in gone.stdout


def start_peer(scenario: str) -> tuple[subprocess.Popen, str, list[str]]:
    """``scenewire peer`` on a free port: the process, the URL it printed and what it printed up to it."""
    peer = subprocess.Popen(
        [PY, "-m", "scenewire.cli", "peer", "--scenario", scenario, "--port", "0", "--timeout", str(WAIT)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert peer.stdout is not None
    lines = []
    for line in peer.stdout:
        lines.append(line)
        listening = re.match(rf"conformance peer: playing '{scenario}' on (ws://127\.0\.0\.1:[1-9][0-9]*)$", line)
        if listening:
            return peer, listening.group(1), lines
    peer.wait(WAIT)
    raise AssertionError(f"the peer printed no address; it said: {''.join(lines)}")


def finish(peer: subprocess.Popen, lines: list[str]) -> list[str]:
    """Everything the peer printed once it has exited (it does, at the latest after ``--timeout``)."""
    assert peer.stdout is not None
    rest = peer.stdout.read()  # not communicate(): it would skip what the line iterator has buffered
    peer.wait(WAIT)
    return [line.rstrip("\n") for line in lines] + rest.splitlines()


def test_peer_passes_the_scene_client() -> None:
    peer, url, lines = start_peer("client_session")
    try:
        asyncio.run(conforming_client(url))
        said = finish(peer, lines)
    finally:
        if peer.poll() is None:
            peer.kill()
            peer.communicate()
    assert peer.returncode == 0, "\n".join(said)
    assert said[1].startswith("conformance peer: Connect to the peer")  # the scenario's instructions
    assert "PASS client sent set_control" in said
    assert re.fullmatch(r"verdict: PASS \(\d+ passed, 0 failed\)", said[-1])


async def hello_then_leave(url: str) -> None:
    """Says hello and leaves: the script wanted set_control and stop_session."""
    async with connect(url, subprotocols=[SUBPROTOCOL]) as ws:
        await ws.send(encode(make_hello("client", "impatient")))
        await ws.recv()


def test_peer_fails_a_client_that_leaves_early() -> None:
    peer, url, lines = start_peer("client_session")
    try:
        asyncio.run(hello_then_leave(url))
        said = finish(peer, lines)
    finally:
        if peer.poll() is None:
            peer.kill()
            peer.communicate()
    assert peer.returncode == 1, "\n".join(said)
    assert any(line.startswith("FAIL client stayed connected") for line in said)
    assert re.fullmatch(r"verdict: FAIL \(\d+ passed, [1-9]\d* failed\)", said[-1])


def test_peer_options_are_the_conformance_peers() -> None:
    help_text = subprocess.run([PY, "-m", "scenewire.cli", "peer", "-h"], capture_output=True, text=True, timeout=WAIT)
    assert help_text.returncode == 0 and help_text.stdout.startswith("usage: scenewire peer")
    for option in ("--scenario", "--host", "--port", "--conformance", "--timeout"):
        assert option in help_text.stdout
    unknown = subprocess.run(
        [PY, "-m", "scenewire.cli", "peer", "--scenario", "nope", "--port", "0"],
        capture_output=True,
        text=True,
        timeout=WAIT,
    )
    assert unknown.returncode != 0 and "known: " in unknown.stderr and "client_session" in unknown.stderr
    stray = subprocess.run(
        [PY, "-m", "scenewire.cli", "probe", "ws://x", "--scenario", "a"], capture_output=True, text=True, timeout=WAIT
    )
    assert stray.returncode == 2 and "unrecognized arguments: --scenario a" in stray.stderr


def test_serve_refuses_an_instance(tmp_path: Path) -> None:
    (tmp_path / "made.py").write_text(
        textwrap.dedent(
            """
            from scenewire.demos.echo import EchoSession
            SESSION = EchoSession()
            """
        )
    )
    result = subprocess.run(
        [PY, "-m", "scenewire.cli", "serve", "made:SESSION", "--port", "0"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=WAIT,
    )
    assert result.returncode != 0 and "pass the class EchoSession" in result.stderr


def test_backend_modules_import_without_qt() -> None:
    code = textwrap.dedent(
        """
        import sys
        class NoQt:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PyQt6", "PyQt5", "PySide6", "vispy"):
                    raise ImportError("no Qt here")
        sys.meta_path.insert(0, NoQt())
        import scenewire.cli, scenewire.transports.ws_server, scenewire.transports.ws_client
        import scenewire.transports.pipe, scenewire.demos.cable, scenewire.transports.probe
        print("ok", [m for m in sys.modules if m.startswith(("PyQt", "vispy"))])
        """
    )
    result = subprocess.run([PY, "-c", code], capture_output=True, text=True, timeout=WAIT)
    assert result.stdout.strip() == "ok []", result.stderr


def test_helpers() -> None:
    assert load_source("scenewire.demos.cable:CableSession") is CableSession
    with pytest.raises(SystemExit, match="expected module:SessionClass"):
        load_source("scenewire.demos.cable")
    with pytest.raises(SystemExit, match="has no"):
        load_source("scenewire.demos.cable:Nope")
    assert parse_value("0.5") == 0.5 and parse_value("true") is True and parse_value("[1, 2]") == [1, 2]
    assert parse_value("fast") == "fast"
    assert connect_url("0.0.0.0", 9) == "ws://127.0.0.1:9" and connect_url("::1", 9) == "ws://[::1]:9"
    args = build_parser().parse_args(["probe", "ws://x", "--set", "a=1", "--set", "b=on", "--stop"])
    assert [(c.control_id, c.value) for c in args.set] == [("a", 1), ("b", "on")] and args.stop


def test_probe_lines_show_array_ranges_not_values() -> None:
    assert describe_array(np.array([-65.0, 40.25], np.float32)) == "float32[2] -65..40.25"
    assert describe_array(np.array([[np.nan, 1.0], [np.inf, 2.0]])) == "float64[2, 2] 1..2"
    assert describe_array(np.array([np.nan])) == "float64[1] no finite values"
    assert describe_array(np.full((2, 3), 7, np.uint8)) == "uint8[2, 3] 7"
    assert describe_array(np.zeros(0, np.int32)) == "int32[0]"
    assert describe_array(np.array([True, False])) == "bool[2]"
    line = describe(FieldReplace(field_id="v", values=np.arange(1 << 20, dtype=np.float32)))
    assert line == "field_replace  field_id='v' values=float32[1048576] 0..1.049e+06"


def hello_and_never_read(url: str) -> socket.socket:
    """A client that upgrades, says hello, and then reads nothing at all (its socket is returned open)."""
    host_port = url.removeprefix("ws://").split("/")[0]
    host, port = host_port.rsplit(":", 1)
    sock = socket.create_connection((host, int(port)), timeout=WAIT)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 64 * 1024)  # a small window: the server's side fills
    request = (
        f"GET / HTTP/1.1\r\nHost: {host_port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
        f"Sec-WebSocket-Protocol: {SUBPROTOCOL}\r\n\r\n"
    )
    sock.sendall(request.encode())
    response = b""
    while b"\r\n\r\n" not in response:
        response += sock.recv(1)  # byte by byte: nothing after the headers is read
    assert response.startswith(b"HTTP/1.1 101"), response
    payload = encode(make_hello("client", "never-reads"))
    mask = os.urandom(4)
    assert len(payload) < 126
    masked = bytes(byte ^ mask[index % 4] for index, byte in enumerate(payload))
    sock.sendall(bytes([0x82, 0x80 | len(payload)]) + mask + masked)
    return sock


# (session, what the test waits for before the signal, which signal); both isolations unless noted
STUCK = {
    "initialize": ("tests.test_session_kit:HangingInitialize", signal.SIGINT),
    "advance": ("tests.test_session_kit:BusySession", signal.SIGTERM),
    "import": ("tests.hanging_import_kit:SlowImportSession", signal.SIGTERM),
    "client-never-reads": ("tests.test_session_kit:MediumFieldSession", signal.SIGINT),
}


@pytest.mark.parametrize("isolation", ["process", "thread"])
@pytest.mark.parametrize("case", list(STUCK))
def test_one_signal_ends_the_server_whatever_is_stuck(case: str, isolation: str) -> None:
    from .hanging_import_kit import IMPORT_GATE, IMPORTING
    from .test_session_kit import HANG, RELEASE

    if case == "import" and isolation == "thread":
        pytest.skip("on a thread the server imports the module itself, before it binds (Ctrl-C ends that)")
    source, signum = STUCK[case]
    reset_log()
    IMPORT_GATE.clear()
    IMPORTING.clear()
    options = ("--isolation", isolation, "--shutdown-grace", "1", "--initialize-timeout", "0", "--start-timeout", "0")
    never_reads = None
    if case == "initialize":
        HANG.set()
    elif case == "import":
        IMPORT_GATE.set()
    server = client = None
    try:
        server, url = start_server(source, *options, group=True)
        if case == "client-never-reads":
            never_reads = hello_and_never_read(url)
            assert wait_for(lambda: "advance 20" in LOG, WAIT)  # it fills its backlog budget, then waits
        else:
            client = subprocess.Popen(
                [PY, "-m", "scenewire.cli", "probe", url, "--seconds", str(WAIT)], stdout=subprocess.PIPE, text=True
            )
            stuck = {"initialize": ADVANCING, "advance": ADVANCING, "import": IMPORTING}[case]
            assert stuck.wait(WAIT)
        os.killpg(server.pid, signum)  # once, to the whole group, as a terminal or a service manager does
        out, _ = server.communicate(timeout=WAIT)
        if client is not None:
            seen, _ = client.communicate(timeout=WAIT)
            assert seen.splitlines()[-1] == "server closed: 1001 'the server is shutting down'", seen
        assert server.returncode == (130 if signum == signal.SIGINT else 143), out
        if case != "client-never-reads" and isolation == "process":
            assert "killing the session worker" in out, out
        if case in ("initialize", "advance") and isolation == "thread":
            assert "left behind" in out, out
    finally:
        RELEASE.set()  # a thread left behind in the test's own kit ends (the server is gone by now)
        HANG.clear()
        IMPORT_GATE.clear()
        if never_reads is not None:
            never_reads.close()
        for process in (server, client):
            if process is not None and process.poll() is None:
                process.kill()
                process.wait()
