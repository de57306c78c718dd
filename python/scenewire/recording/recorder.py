"""``scenewire record``: connect as a client and save every frame the server sends.

The frames are kept byte for byte (nothing is decoded and encoded again), so
a replay sends exactly what the session sent. The recorder only listens: it
sends no command, so the session runs as it would with nobody watching. It
stops when the server closes, after ``seconds`` or ``count`` frames, or on
Ctrl-C; every way finishes the file.

On a 1.1 server the recorder asks for an observer's place (§2.5), so a run
someone steers can be recorded beside them; a 1.0 server has no roles, and
the recorder takes its one client slot as before. A recorder that joins a
running shared run first gets its snapshot (§7.13): ordinary updates that
put an empty scene state where the run is, so the file replays the run from
the moment the recorder joined. The server's ``access`` messages are about
this connection, not the run: they are left out of the file.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from pathlib import Path

from websockets.exceptions import ConnectionClosed

from ..protocol import OBSERVE, Access, RunState
from ..protocol.connection import token_of, without_token
from ..protocol.limits import MAX_SHOWN_TEXT_BYTES
from ..protocol.text import shown
from ..transports.addresses import connect_failure
from ..transports.ws_client import HelloRefused, SceneClient, ServerClosed
from .container import RecordingWriter

PROGRESS_EVERY_S = 2.0
SMALL_FRAME = 256  # an ``access`` message is far smaller; only frames this small are decoded to look


async def record(
    url: str,
    path: str | Path,
    *,
    seconds: float | None = None,
    count: int | None = None,
    token: str | None = None,
    out: Callable[[str], None] = print,
) -> int:
    """Record ``url`` into ``path``; the exit status a CLI returns (0 saved, 2 could not connect).

    The token (§2.9) is for the connection only: the file and every line printed name the URL without it,
    and the server's texts are printed with their control characters escaped.
    """
    public_url = without_token(url)

    secrets = [t for t in (token, token_of(url)) if t]

    def say(line: str) -> None:
        for secret in secrets:  # an exception may quote the URL it was given
            line = line.replace(secret, "<token>")
        out(shown(line, MAX_SHOWN_TEXT_BYTES))

    try:
        client = await SceneClient.connect(url, token=token, access=OBSERVE)
    except ServerClosed as exc:
        say(f"scenewire: {public_url} refused the connection: close {exc.code} {exc.reason!r}")
        return 2
    except HelloRefused as exc:
        say(f"scenewire: {exc}")
        return 2
    except (OSError, asyncio.TimeoutError) as exc:
        why = connect_failure(public_url, exc)
        say(f"scenewire: cannot connect to {public_url}: {why}; is `scenewire serve` running there?")
        return 2
    hello = client.server_hello
    writer = RecordingWriter(path, source=public_url, server=hello.implementation)
    say(f"recording {public_url} ({hello.implementation}) into {path}; Ctrl-C ends it")
    if client.access == OBSERVE:  # a shared run (a per-connection run gives its one client control, as 1.0 did)
        say(
            f"joined run {client.run} as an observer: the recording starts from the run's present state, "
            "then follows it live"
        )
    loop = asyncio.get_running_loop()
    deadline = None if seconds is None else loop.time() + seconds
    next_progress = time.monotonic() + PROGRESS_EVERY_S
    why = "the server closed the connection"
    try:
        while count is None or writer.count < count:
            timeout = None if deadline is None else deadline - loop.time()
            if timeout is not None and timeout <= 0:
                why = f"{seconds:g} s recorded"
                break
            try:
                data = await asyncio.wait_for(client.ws.recv(), min(timeout or 1.0, 1.0))
            except asyncio.TimeoutError:
                data = None
            except ConnectionClosed as exc:
                frame = exc.rcvd
                if frame is not None:
                    why = f"the server closed the connection ({frame.code} {frame.reason!r})"
                break
            if isinstance(data, bytes) and not _is_access(client, data):
                writer.add(data)
            if time.monotonic() >= next_progress:
                next_progress = time.monotonic() + PROGRESS_EVERY_S
                say(_progress(writer))
        else:
            why = f"{count} frames recorded"
    except (KeyboardInterrupt, asyncio.CancelledError):
        why = "interrupted"
        raise
    finally:
        writer.close()
        say(f"{_progress(writer)}; {why}. Saved {path}; play it with: scenewire replay {path}")
        await _quiet_close(client)
    return 0


def _is_access(client: SceneClient, data: bytes) -> bool:
    """Whether a frame is the server's ``access`` or ``run_state`` message (1.1): not the run's scene.

    A replay has a pause of its own; the live run's pauses show as the time between frames.
    """
    if client.access is None or len(data) > SMALL_FRAME:
        return False
    try:
        return isinstance(client.codec.decode(data), (Access, RunState))
    except Exception:  # kept as it came: the replay reports what does not decode
        return False


def _progress(writer: RecordingWriter) -> str:
    return f"recorded {writer.count} frames, {writer.bytes / 1e6:.1f} MB, {writer.seconds:.1f} s"


async def _quiet_close(client: SceneClient) -> None:
    with contextlib.suppress(asyncio.TimeoutError, ConnectionClosed, OSError, asyncio.CancelledError):
        await asyncio.wait_for(client.close(), 2.0)
