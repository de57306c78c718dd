"""Socket flow control for the WebSocket server: sends and closes that never wait forever, bounded pongs.

Three things every server connection needs whatever it carries (one session
per connection, or a shared run's client): :class:`BoundedSocket` (a close or
send that gives up after a timeout and drops the TCP connection),
:class:`PongBoundConnection` (a client that pings and never reads stops being
read), and :func:`close_and_discard` (a close while still reading what the
client sends, so neither side waits on the other). Keepalive lives in
:mod:`.keepalive`; the byte budget in :mod:`.backlog`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

from websockets.asyncio.server import ServerConnection
from websockets.exceptions import ConnectionClosed

from ..protocol.limits import CLOSE_TIMEOUT_S, MAX_UNREAD_PONG_BYTES

log = logging.getLogger("scenewire.server")

__all__ = ["BoundedSocket", "PongBoundConnection", "close_and_discard", "offered_subprotocols"]


def offered_subprotocols(connection: ServerConnection) -> list[str]:
    """Every subprotocol the client offered, in its order."""
    request = connection.request
    if request is None:
        return []
    offered: list[str] = []
    for header in request.headers.get_all("Sec-WebSocket-Protocol"):
        offered.extend(p.strip() for p in header.split(",") if p.strip())
    return offered


class BoundedSocket:
    """A connection whose sends and closes give up after ``timeout`` s, dropping the TCP connection.

    ``websockets`` writes a close frame behind everything already buffered and waits for room
    without a limit, so a client that never reads would hold a close (and the server's
    shutdown) forever. Here the close is sent, and if the client has not taken it in time the
    TCP connection is dropped: every close the server means to send carries its code and
    reason, and none waits forever.
    """

    def __init__(self, ws: ServerConnection, timeout: float = CLOSE_TIMEOUT_S) -> None:
        self.ws = ws
        self.timeout = timeout

    async def send(self, message: bytes) -> None:
        await self._bounded(self.ws.send(message))

    async def close(self, code: int, reason: str) -> None:
        with contextlib.suppress(ConnectionClosed):
            await self._bounded(self.ws.close(code, reason))

    async def _bounded(self, step: Any) -> None:
        try:
            await asyncio.wait_for(step, self.timeout)
        except asyncio.TimeoutError:
            log.warning(
                "%s did not take our frames within %g s: dropping the connection", self.ws.remote_address, self.timeout
            )
            self.ws.transport.abort()
            raise ConnectionClosed(None, None) from None


class PongBoundConnection(ServerConnection):
    """A connection that stops reading a client whose pings' answers pile up unread.

    ``websockets`` answers each ping with a pong written straight to the transport, outside
    the backlog budget: a client that pings and never reads grew the server by about a byte
    per byte it sent. Here the bytes an incoming chunk adds to the write buffer (only automatic
    answers are written while reading) are counted; once more than ``MAX_UNREAD_PONG_BYTES`` of
    them may still sit there and the buffer is above its high-water mark, reading stops until
    the transport says the buffer drained to its low-water mark. TCP then slows the client.
    A client that reads (slowly or not) drains the buffer and is read again; one that never
    reads is ended by the keepalive or the hello timeout, then the bounded close.
    """

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._holds: set[str] = set()
        self.unread_pongs = 0
        """Bytes of automatic answers that may still be in the write buffer (an upper bound)."""
        super().connection_made(transport)
        # the receive queue pauses and resumes reading too (a client's commands not taken yet): one gate for both
        self.recv_messages.pause = lambda: self._hold("queue")
        self.recv_messages.resume = lambda: self._release("queue")

    def _hold(self, why: str) -> None:
        if not self._holds:
            self.transport.pause_reading()
        self._holds.add(why)

    def _release(self, why: str) -> None:
        if why in self._holds:
            self._holds.discard(why)
            if not self._holds and not self.transport.is_closing():
                self.transport.resume_reading()

    def data_received(self, data: bytes) -> None:
        before = self.transport.get_write_buffer_size()
        # what is left of earlier answers cannot exceed what the buffer still holds
        self.unread_pongs = min(self.unread_pongs, before)
        super().data_received(data)
        self.unread_pongs += max(0, self.transport.get_write_buffer_size() - before)
        if self.unread_pongs > MAX_UNREAD_PONG_BYTES and self.paused:
            self._hold("pongs")  # resume_writing (the buffer at its low-water mark) reads again

    def resume_writing(self) -> None:
        super().resume_writing()
        self._release("pongs")


async def close_and_discard(ws: ServerConnection, code: int, reason: str) -> None:
    """Close, and meanwhile read and drop what the client still sends.

    The close frame waits behind what the client has not read yet; a client that writes before
    it reads would otherwise wait on us while we wait on it, until the close timeout dropped the
    connection without its code ever being seen.
    """
    closing = asyncio.ensure_future(BoundedSocket(ws).close(code, reason))
    with contextlib.suppress(ConnectionClosed):
        while not closing.done():
            await ws.recv()
    await closing
