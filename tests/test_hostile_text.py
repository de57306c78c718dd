"""Text from the other side, as an attacker writes it: bounded where it is sent back, escaped where it is shown.

Issue 17, defects 2, 5 and 6, against real processes on loopback: ``scenewire
serve -v`` (its replies and its log), ``probe``, ``record`` and ``replay``
against a hand-written hostile server or file. A token given to ``record``
never reaches the file or its output.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import msgpack
import pytest

from scenewire import encode
from scenewire.demos.echo import EchoSession
from scenewire.protocol import (
    Error,
    KeyPressed,
    SceneReady,
    SessionCommand,
    SetControl,
    StatePatch,
    Status,
    StopSession,
    make_hello,
)
from scenewire.protocol.limits import MAX_SESSION_ERROR_TEXT_BYTES, MAX_SHOWN_TEXT_BYTES
from scenewire.protocol.text import ESCAPES, bounded_traceback, shown
from scenewire.scene import Scene
from scenewire.transports.ws_client import SceneClient
from tests.conftest import ROOT
from tests.frontend.loopback import server_thread
from tests.test_attack_table import WAIT, Served, run, serve, until_closed

MIB = 1 << 20
FORGED = "2026-12-07 23:59:59,000 scenewire.server INFO: 127.0.0.1 connected (scenewire-python/1.0)"
EVIL = f"evil\x1b]0;pwned\x07\x1b[2J\x1b[31mred\r\n{FORGED}\n\x9b1m\u202eoverride"
"""OSC (a window title), CSI (clear the screen, recolour), a newline that starts a forged log line, a C1 CSI,
a bidi override: everything a terminal or a log reader takes for more than text."""
UNSAFE = set(map(chr, ESCAPES)) - {"\n"}
LINE_SLACK = 512  # a log line's own prefix (time, logger, level, the peer's address) beside the bounded text


class NumberSession(EchoSession):
    """Reads every control as a number, as most models do: ``float()`` of a string raises, quoting all of it."""

    def handle(self, command: SessionCommand) -> None:
        if isinstance(command, SetControl):
            self.gain = float(command.value)  # type: ignore[arg-type]
            return
        super().handle(command)


def raw_text(text: str) -> bool:
    """Whether ``text`` holds a character that drives a terminal or breaks a line (newlines aside)."""
    return bool(UNSAFE & set(text))


def output_until(served: Served, needle: str, times: int = 1) -> str:
    """The server's output once ``needle`` occurs ``times`` in it (its log is read on a thread)."""
    deadline = time.monotonic() + WAIT
    while "".join(served.output).count(needle) < times:
        assert time.monotonic() < deadline, f"no {needle!r} in: {''.join(served.output)[-2000:]}"
        time.sleep(0.02)
    return "".join(served.output)


# -- the helper ----------------------------------------------------------------------------------------------------


def test_shown_escapes_every_control_and_bounds_the_bytes() -> None:
    assert shown(EVIL).count("\\x1b") == 3 and "\\n" in shown(EVIL) and "\\u202e" in shown(EVIL)
    assert not raw_text(shown(EVIL)) and "\n" not in shown(EVIL)
    assert shown("plain text, ünïcode ✓") == "plain text, ünïcode ✓"
    for limit in range(24, 64):  # a cut never leaves half an escape, and never goes over
        text = shown("\x1b" * 1000 + "é" * 1000, limit)
        assert len(text.encode()) <= limit and text.endswith("(3000 bytes, cut)")
        assert text.split("...")[0].replace("\\x1b", "") == ""
    assert shown("\udc80", 10) == "\\udc80"  # a lone surrogate can still be printed


def test_a_traceback_for_the_log_is_bounded_and_its_exception_text_is_one_line() -> None:
    try:
        float("\x00" * MIB)
    except ValueError as exc:
        trace = bounded_traceback(exc, MAX_SESSION_ERROR_TEXT_BYTES)
    assert len(trace.encode()) <= MAX_SESSION_ERROR_TEXT_BYTES
    assert "ValueError: could not convert string to float" in trace and "4194353 bytes, cut" in trace
    try:
        raise RuntimeError(EVIL)
    except RuntimeError as exc:
        trace = bounded_traceback(exc, MAX_SESSION_ERROR_TEXT_BYTES)
    assert not raw_text(trace) and not any(line.startswith(FORGED[:10]) for line in trace.splitlines())


# -- defect 2: a session error quoting a client's value ------------------------------------------------------------


def test_a_huge_control_value_gets_a_bounded_error_and_log_line_and_the_server_goes_on() -> None:
    """A 1 MiB and an 8 MiB string as a control's value: ``float()`` quotes it 4x (``'\\x00'`` per byte).

    Before: a 4 MiB error frame and a 4 MiB log line; 33.5 MB for the 8 MiB value.
    """
    with serve("tests.test_hostile_text:NumberSession", "-v") as served:

        async def main() -> tuple[list[bytes], str, int, str]:
            client = await SceneClient.connect(served.url, max_frame_bytes=64 * MIB)  # takes anything
            assert (await client.receive(WAIT)).wire_kind == "scene_ready"
            replies = []
            for size in (MIB, 8 * MIB):
                await client.send(SetControl(control_id="live", value="\x00" * size))
                reply = await asyncio.wait_for(client.ws.recv(), WAIT)
                assert isinstance(reply, bytes)
                replies.append(reply)
            await client.send(KeyPressed(key="a"))  # the session goes on
            echo = await client.receive(WAIT)
            await client.send(StopSession())
            closed = await until_closed(client)
            again = await SceneClient.connect(served.url)  # and the server serves the next client
            first = (await again.receive(WAIT)).wire_kind
            await again.close()
            return replies, getattr(echo, "message", ""), closed.code, first

        replies, echo, code, first = run(main())
        log = output_until(served, "session handle(set_control) failed", 2)
    for reply in replies:
        error = msgpack.unpackb(reply)
        assert (error["kind"], error["code"]) == ("error", "session_error"), error["kind"]
        assert len(reply) <= MAX_SESSION_ERROR_TEXT_BYTES + 128, len(reply)
        assert error["message"].startswith("handle(set_control): ValueError: could not convert string to float")
        assert error["message"].endswith("bytes, cut)")
    assert echo == "key_pressed key='a'" and code == 1000 and first == "scene_ready"
    longest = max(len(line) for line in log.splitlines())
    assert longest <= MAX_SESSION_ERROR_TEXT_BYTES + LINE_SLACK, longest
    assert len(log) <= 4 * MAX_SESSION_ERROR_TEXT_BYTES + 64 * LINE_SLACK, len(log)


# -- defect 6: the server's log ---------------------------------------------------------------------------------------


def test_a_clients_hello_cannot_forge_a_line_in_the_servers_log() -> None:
    """A hello whose ``implementation`` holds a newline, a forged line and terminal escapes (``serve -v``)."""
    with serve("scenewire.demos.echo:EchoSession", "-v") as served:

        async def main() -> int:
            client = await SceneClient.connect(served.url, hello=make_hello("client", EVIL))
            assert (await client.receive(WAIT)).wire_kind == "scene_ready"
            await client.ws.send(msgpack.packb({"kind": EVIL}))  # a dropped frame is logged too
            await client.receive(WAIT)
            await client.send(StopSession())
            return (await until_closed(client)).code

        assert run(main()) == 1000
        log = output_until(served, "session ended")
    assert "connected (evil\\x1b]0;pwned\\x07" in log
    assert not raw_text(log), repr(log[-1000:])
    assert not any(line.startswith(FORGED[:20]) for line in log.splitlines()), log


# -- defect 6: probe and record against a hostile server -------------------------------------------------------------


async def hostile(ws: Any) -> None:
    """A server whose every text is an attack: its hello, a scene title, a status, an error, a key, the close."""
    await ws.recv()
    await ws.send(encode(make_hello("server", EVIL)))
    await ws.send(encode(SceneReady(scene=Scene(metadata={"title": EVIL}))))
    await ws.send(encode(Status(message=EVIL)))
    await ws.send(encode(Status(message="x\x1b" * (4 * MIB))))  # long, and every other byte an ESC
    await ws.send(encode(StatePatch(updates={EVIL: EVIL})))
    await ws.send(encode(Error(message=EVIL, code="session_error")))
    await ws.close(1011, "bye\x1b]0;title\x07\n" + FORGED[:60])


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scenewire.cli", *args], cwd=ROOT, capture_output=True, text=True, timeout=WAIT
    )


def check_printed(result: subprocess.CompletedProcess[str]) -> list[str]:
    printed = result.stdout + result.stderr
    assert "Traceback" not in printed, printed[-3000:]
    assert not raw_text(printed), repr(printed[-2000:])
    lines = printed.splitlines()
    assert not any(line.startswith(FORGED[:20]) for line in lines), printed[-3000:]
    assert max(len(line.encode()) for line in lines) <= MAX_SHOWN_TEXT_BYTES
    return lines


def test_probe_prints_a_hostile_servers_texts_escaped_and_bounded() -> None:
    with server_thread(hostile) as (port, _):
        result = cli("probe", f"ws://127.0.0.1:{port}", "--count", "10")
    lines = check_printed(result)
    assert lines[0].startswith("connected to evil\\x1b]0;pwned\\x07\\x1b[2J"), lines[0]
    assert any(line.startswith("server closed: 1011") and "\\x1b]0;" in line for line in lines), lines[-1]
    assert result.returncode == 1


def test_record_prints_a_hostile_servers_texts_escaped(tmp_path: Path) -> None:
    with server_thread(hostile) as (port, _):
        result = cli("record", f"ws://127.0.0.1:{port}", str(tmp_path / "evil.mcap"))
    lines = check_printed(result)
    assert lines[0].startswith(f"recording ws://127.0.0.1:{port} (evil\\x1b]0;pwned"), lines[0]
    assert result.returncode == 0
    replay = subprocess.Popen(
        [sys.executable, "-m", "scenewire.cli", "replay", str(tmp_path / "evil.mcap"), "--port", "0"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert replay.stdout is not None
        first = replay.stdout.readline()  # the summary names the server the file says it came from
    finally:
        replay.kill()
        replay.wait(WAIT)
    assert "(evil\\x1b]0;pwned" in first and not raw_text(first) and first.count("\n") == 1, first


# -- defect 5: a token in the URL given to record ------------------------------------------------------------------


TOKEN = "Q2x1c3Rlcl9ieV90aGVfc2Vh"


def test_record_keeps_the_token_out_of_the_file_and_its_output(tmp_path: Path) -> None:
    """``record ws://...?token=T``: the file's metadata and every line printed name the URL without T.

    Before: T was in the MCAP metadata (``source``), in record's output, and replay printed it.
    """
    from mcap.reader import make_reader

    path = tmp_path / "run.mcap"
    with serve("scenewire.demos.echo:EchoSession", "--token", TOKEN) as served:
        assert served.url.endswith(f"?token={TOKEN}")
        result = cli("record", served.url, str(path), "--count", "1")  # the scene; the echo session is not live
        flag = cli("record", served.url.split("?")[0], str(tmp_path / "flag.mcap"), "--count", "1", "--token", TOKEN)
    assert result.returncode == 0 and flag.returncode == 0, result.stdout + result.stderr + flag.stdout
    assert TOKEN not in result.stdout + result.stderr + flag.stdout + flag.stderr
    assert result.stdout.startswith(f"recording {served.url.split('?')[0]} (")
    with open(path, "rb") as stream:
        reader = make_reader(stream)
        metadata = {m.name: dict(m.metadata) for m in reader.iter_metadata()}
        frames = [message.data for _, _, message in reader.iter_messages()]
    assert metadata["scenewire.recording"]["source"] == served.url.split("?")[0]
    assert len(frames) == 1 and msgpack.unpackb(frames[0])["kind"] == "scene_ready"
    for recording in (path, tmp_path / "flag.mcap"):
        assert TOKEN.encode() not in recording.read_bytes()


def test_replay_does_not_print_a_token_an_older_recorder_kept(tmp_path: Path) -> None:
    """A recording made before the fix holds the token in its metadata: replay's summary leaves it out."""
    from mcap.writer import Writer

    path = tmp_path / "old.mcap"
    with open(path, "wb") as stream:
        writer = Writer(stream)
        writer.start(profile="scenewire", library="scenewire-python/0.9")
        writer.add_metadata(
            "scenewire.recording",
            {"format": "1", "protocol": "1.0", "source": f"ws://10.0.0.5:8765/?token={TOKEN}", "server": "old"},
        )
        channel = writer.register_channel(topic="scenewire", message_encoding="msgpack", schema_id=0)
        writer.add_message(channel, log_time=1, data=encode(Status(message="hi")), publish_time=1)
        writer.finish()
    replay = subprocess.Popen(
        [sys.executable, "-m", "scenewire.cli", "replay", str(path), "--port", "0"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert replay.stdout is not None
        first = replay.stdout.readline()
    finally:
        replay.kill()
        replay.wait(WAIT)
    assert "recorded from ws://10.0.0.5:8765/ (old)" in first and TOKEN not in first, first


@pytest.mark.parametrize(
    ("url", "public"),
    [
        (f"ws://127.0.0.1:8765/?token={TOKEN}", "ws://127.0.0.1:8765/"),
        (f"ws://h:1/p?a=1&token={TOKEN}&b=2", "ws://h:1/p?a=1&b=2"),
        (f"ws://user:{TOKEN}@[::1]:9/?token={TOKEN}", "ws://[::1]:9/"),
        ("ws://127.0.0.1:8765", "ws://127.0.0.1:8765"),
    ],
)
def test_without_token(url: str, public: str) -> None:
    from scenewire.protocol.connection import without_token

    assert without_token(url) == public


def test_a_closed_probe_is_still_bounded_when_the_server_says_nothing_else() -> None:
    """The close reason alone (no error before it) is escaped too."""

    async def closing(ws: Any) -> None:
        await ws.recv()
        await ws.send(encode(make_hello("server", "plain")))
        await ws.close(4000, "busy\x1b[2J\nforged")

    with server_thread(closing) as (port, _):
        result = cli("probe", f"ws://127.0.0.1:{port}", "--count", "1")
    lines = check_printed(result)
    assert lines[-1] == "server closed: 4000 'busy\\x1b[2J\\nforged'", lines

