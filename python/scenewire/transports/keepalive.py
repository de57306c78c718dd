"""Keepalive that a slow but living reader survives (§2.6).

A ping is queued behind every frame already written, so a client that reads
slowly answers it late even though it is alive: ``websockets``' own
keepalive would then drop it without a close frame. Here a ping without its
pong in time is forgiven while the client keeps taking frames (``progress``
grows); the server gives up only on a client that neither answers nor reads,
and then says so with a close code and a reason.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from websockets.asyncio.server import ServerConnection


async def keep_alive(ws: ServerConnection, progress: Callable[[], int], interval: float, timeout: float) -> str | None:
    """Ping every ``interval`` s; the reason to give up, or ``None`` once the connection has closed.

    Gives up when a ping has had no pong for ``timeout`` s and ``progress()``
    (bytes the client has taken) did not grow during that time.
    """
    while True:
        await asyncio.sleep(interval)
        taken = progress()
        # writing the ping itself waits while the socket's buffer is full: time that too
        answer = asyncio.ensure_future(_ping_pong(ws))
        try:
            while True:
                try:
                    await asyncio.wait_for(asyncio.shield(answer), timeout)
                    break
                except asyncio.TimeoutError:
                    now = progress()
                    if now == taken:
                        return f"keepalive: no pong within {timeout:g} s and nothing read meanwhile"
                    taken = now  # alive and reading, only behind: wait again
                except Exception:  # the connection closed while waiting
                    return None
        finally:
            if not answer.done():
                answer.cancel()


async def _ping_pong(ws: ServerConnection) -> None:
    pong = await ws.ping()
    await pong
