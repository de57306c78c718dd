"""How much a session error amplifies a client's value: the reply frame and the longest log line, per value size.

A session that reads a control as a number (``float(value)``, as most models
do) gets a string of NUL characters; ``float()`` raises quoting it, four bytes
per character (``'\\x00'``). Before issue 17 the error went out, and into the
log, whole: 4 MiB for a 1 MiB value. Run it::

    .venv/bin/python bench/error_amplification.py --sizes 1M 8M

Prints one line per size: the value's bytes, the error frame's bytes, the
longest log line and the log's total bytes, and whether the server then
still answered a command.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import logging

from scenewire.cli import parse_bytes
from scenewire.demos.echo import EchoSession
from scenewire.protocol import KeyPressed, SessionCommand, SetControl, StopSession
from scenewire.transports.ws_client import SceneClient
from scenewire.transports.ws_server import BackendServer


class NumberSession(EchoSession):
    """Reads every control as a number."""

    def handle(self, command: SessionCommand) -> None:
        if isinstance(command, SetControl):
            self.gain = float(command.value)  # type: ignore[arg-type]
            return
        super().handle(command)


async def measure(size: int, log: io.StringIO) -> tuple[int, int, int, bool]:
    log.seek(0)
    log.truncate()
    async with BackendServer(NumberSession, "127.0.0.1", 0, isolation="thread") as server:
        client = await SceneClient.connect(server.url, max_frame_bytes=1 << 30)
        await client.receive(30)
        await client.send(SetControl(control_id="live", value="\x00" * size))
        reply = await asyncio.wait_for(client.ws.recv(), 60)
        await client.send(KeyPressed(key="a"))
        echo = await client.receive(60)
        await client.send(StopSession())
        await client.close()
    text = log.getvalue()
    longest = max((len(line.encode()) for line in text.splitlines()), default=0)
    return len(reply), longest, len(text.encode()), echo.wire_kind == "status"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", nargs="+", type=parse_bytes, default=[1 << 20, 8 << 20])
    args = parser.parse_args()
    log = io.StringIO()
    handler = logging.StreamHandler(log)
    logging.getLogger("scenewire").addHandler(handler)
    logging.getLogger("scenewire").setLevel(logging.INFO)
    for size in args.sizes:
        reply, longest, total, served = asyncio.run(measure(size, log))
        print(
            f"value {size} bytes: error frame {reply} bytes, longest log line {longest} bytes, "
            f"log {total} bytes, next command answered: {served}",
            flush=True,
        )


if __name__ == "__main__":
    main()
