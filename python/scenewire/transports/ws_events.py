"""Carry out what the sans-I/O connection asks of an asyncio WebSocket, on either side."""

from __future__ import annotations

from typing import Protocol

from ..protocol.connection import Close, Event, Send


class Socket(Protocol):
    """The two calls of a ``websockets`` connection (client or server) that events need."""

    async def send(self, message: bytes) -> None: ...

    async def close(self, code: int, reason: str) -> None: ...


async def perform(ws: Socket, events: list[Event]) -> list[Event]:
    """Send and close as ``events`` say; return the rest for the caller."""
    rest: list[Event] = []
    for event in events:
        if isinstance(event, Send):
            await ws.send(event.data)
        elif isinstance(event, Close):
            await ws.close(event.code, event.reason)
        else:
            rest.append(event)
    return rest
