"""A hand-written WebSocket server on a loopback port, for tests that need a server to misbehave on cue."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Awaitable, Callable, Iterator
from typing import Any


@contextlib.contextmanager
def server_thread(handler: Callable[[Any], Awaitable[None]]) -> Iterator[tuple[int, threading.Thread]]:
    """Serve ``handler`` (offering ``scenewire.v1``) on a thread of its own: its port and that thread.

    The window under test runs Qt on the main thread, so the server needs its own event loop.
    """
    from websockets.asyncio.server import serve as ws_serve

    ready = threading.Event()
    done = threading.Event()
    port: list[int] = []

    async def main() -> None:
        async with ws_serve(handler, "127.0.0.1", 0, subprotocols=["scenewire.v1"]) as srv:
            port.append(next(iter(srv.sockets)).getsockname()[1])
            ready.set()
            await asyncio.to_thread(done.wait)  # serves until the test is over

    thread = threading.Thread(target=lambda: asyncio.run(main()), daemon=True)
    thread.start()
    assert ready.wait(10)
    try:
        yield port[0], thread
    finally:
        done.set()
        thread.join(10)
