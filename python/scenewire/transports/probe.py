"""``scenewire probe``: connect, print the stream one line per message, send a few commands.

Made for a person at a terminal and for scripts (``scripts/demo.sh``): the
exit status says how the connection ended (0 normal, 1 closed with an error
code, 2 refused or unreachable). What the client rules drop (§2.4) is
reported on a line of its own starting with ``dropped:``: a frame that does
not decode, a command or a second ``hello`` from the server. A text frame
from the server is closed with 1003 (§2.1). Every line goes through
:func:`~scenewire.protocol.text.shown`: what the server wrote cannot drive
the terminal (an ESC, an OSC title) or forge a line.

On a 1.1 server the first line also gives the role the hello granted and the
run's id, and each ``access`` message (the role changing, clients coming and
going) is a line like any other. ``observe`` asks for an observer's place,
so a probe can watch a steered run without taking control.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence

from ..protocol import RunControl, SessionCommand, StopSession
from ..protocol.close import OK_CLOSE_CODES
from ..protocol.connection import ConnectionStateError
from ..protocol.limits import MAX_SHOWN_TEXT_BYTES
from ..protocol.text import shown
from ..wire import ErrorCode, ProtocolError
from .addresses import connect_failure
from .describe import describe
from .ws_client import HelloRefused, SceneClient, ServerClosed

CLOSE_WAIT_S = 10.0


async def probe(
    url: str,
    *,
    count: int | None = None,
    seconds: float | None = None,
    commands: Sequence[SessionCommand | RunControl] = (),
    stop: bool = False,
    token: str | None = None,
    observe: bool = False,
    out: Callable[[str], None] = print,
) -> int:
    """Print messages until ``count`` of them or ``seconds`` have passed (or the server closes).

    ``commands`` are sent after the first ``scene_ready``; with ``stop`` a
    ``stop_session`` follows at the end, and the rest of the stream is printed
    until the server closes.
    """
    out = _escaped(out)  # every line: a server's text may hold terminal escapes (OSC, CSI) and newlines
    try:
        client = await SceneClient.connect(url, token=token, access="observe" if observe else None)
    except ServerClosed as exc:
        out(f"refused: close {exc.code} {exc.reason!r}" + (f" ({exc.error.message})" if exc.error else ""))
        return 2
    except HelloRefused as exc:
        out(f"refused the server: closed {exc.close_code} ({exc.code.value}): {exc.detail}")
        return 2
    except (OSError, asyncio.TimeoutError) as exc:
        out(f"cannot connect to {url}: {connect_failure(url, exc)}")
        return 2
    hello = client.server_hello
    version = f"scenewire {hello.major}.{hello.minor}"
    out(f"connected to {hello.implementation}, {version}, subprotocol {client.ws.subprotocol}{joined(client)}")
    loop = asyncio.get_running_loop()
    deadline = None if seconds is None else loop.time() + seconds
    received = 0
    pending = list(commands)
    try:
        while count is None or received < count:
            timeout = None if deadline is None else deadline - loop.time()
            if timeout is not None and timeout <= 0:
                break
            try:
                message = await client.receive(timeout)
            except asyncio.TimeoutError:
                break
            except ProtocolError as exc:
                out(dropped(exc))
                continue
            received += 1
            out(describe(message))
            if pending and message.wire_kind == "scene_ready":
                for command in pending:
                    out(f"> {describe(command)}")
                    try:
                        await client.send(command)
                    except ConnectionStateError as exc:  # run_control to a 1.0 server (§13)
                        out(f"not sent: {exc}")
                pending = []
        if not stop:
            await client.close()
            out(f"closed by the probe after {received} messages")
            return 0
        out(f"> {describe(StopSession())}")
        await client.send(StopSession())
        while True:
            try:
                message = await client.receive(CLOSE_WAIT_S)
            except ProtocolError as exc:
                out(dropped(exc))
                continue
            out(describe(message))
    except ServerClosed as exc:
        who = "probe closed" if exc.by_client else "server closed"
        why = f" ({exc.error.message})" if exc.error and exc.code not in OK_CLOSE_CODES else ""
        out(f"{who}: {exc.code} {exc.reason!r}{why}")
        return 0 if exc.code in OK_CLOSE_CODES else 1
    except asyncio.TimeoutError:
        out(f"the server did not close within {CLOSE_WAIT_S:g} s of stop_session")
        await client.close()
        return 1


def joined(client: SceneClient) -> str:
    """``, access observe, run 0123...``: what a 1.1 server's hello gave; nothing from a 1.0 server."""
    if client.access is None:
        return ""
    return f", access {client.access}, run {client.run}"


def _escaped(out: Callable[[str], None]) -> Callable[[str], None]:
    """``out`` for lines that quote the other side: control characters escaped, each line bounded."""
    return lambda line: out(shown(line, MAX_SHOWN_TEXT_BYTES))


def dropped(error: ProtocolError) -> str:
    """The line for a frame the client rules dropped (§2.4)."""
    if error.code is ErrorCode.UNEXPECTED_MESSAGE:
        return f"dropped: unexpected from the server: {error.detail}"
    return f"dropped: undecodable frame: {error}"
