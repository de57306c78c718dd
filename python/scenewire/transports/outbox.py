"""FrameOutbox: encoded frames from a producing thread to the event loop, bounded.

The producer is the session thread, or in process isolation the relay thread
that reads the worker's frames.

Policy for a client slower than its session: **backpressure, never drop**.
When the bytes waiting for the socket would pass ``max_bytes`` (the session's
credit within the backlog budget, :mod:`scenewire.transports.backlog`),
``put()`` blocks the session loop until the socket has taken some; the
session then runs at the pace the client can read. In process isolation the
worker waits for credit itself, so the outbox there has no bound of its own
(``max_bytes=None``): it never holds more than the worker's credit. History such as a
``field_append`` is never lost or reordered, and no update is coalesced:
coalescing would need the server to know which updates a later one makes
redundant, and a bounded wait costs nothing while the client keeps up.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterable

from ..session import ChannelClosed

__all__ = ["FrameOutbox"]

Frame = bytes | bytearray
"""An encoded message; the process relay reads large ones into a ``bytearray`` of their own."""

END = None
"""Put after the session loop's last frame: nothing more will come."""


class FrameOutbox:
    """A bounded hand-off; the producer is a thread, the consumer an asyncio task."""

    def __init__(self, loop: asyncio.AbstractEventLoop, max_bytes: int | None) -> None:
        self._loop = loop
        self._queue: asyncio.Queue[tuple[Frame, bool] | None] = asyncio.Queue()
        self._cond = threading.Condition()
        self._frames = 0
        self._bytes = 0
        self._closed = False
        self.max_bytes = max_bytes
        self.sent_bytes = 0
        """Bytes the socket has taken so far: grows while the client reads (the keepalive's sign of life)."""
        self.own_pending = 0
        """The server's own frames (``put_now``) not yet taken by the socket."""
        self.on_sent: Callable[[int], None] = lambda size: None
        """Called on the event loop with the size of each counted frame the socket took (credit returned)."""

    # -- the producing thread ----------------------------------------------

    def put(self, frames: Iterable[Frame]) -> None:
        """Queue one tick's frames in order, waiting for room; ``ChannelClosed`` once closed.

        The tick crosses to the event loop in one hand-off (one wake-up of the
        loop per tick, not per frame); room is waited for frame by frame.
        """
        batch: list[Frame] = []
        for frame in frames:
            size = len(frame)
            with self._cond:
                full = self._full(size)
            if full and batch:  # hand over what we hold, so the consumer can make room
                self._to_loop(batch)
                batch = []
            with self._cond:
                while not self._closed and self._full(size):
                    self._cond.wait()
                if self._closed:
                    raise ChannelClosed
                self._frames += 1
                self._bytes += size
            batch.append(frame)
        if batch:
            self._to_loop(batch)

    @property
    def held_bytes(self) -> int:
        """Bytes put and not yet taken by the socket."""
        return self._bytes

    def _full(self, size: int) -> bool:
        # a frame larger than max_bytes still goes, alone
        return self.max_bytes is not None and self._frames > 0 and self._bytes + size > self.max_bytes

    def finish(self) -> None:
        """The session loop has ended; the consumer stops after the frames before this."""
        self._to_loop(END)

    def _to_loop(self, batch: list[Frame] | None) -> None:
        try:
            self._loop.call_soon_threadsafe(self._enqueue, batch)
        except RuntimeError:  # the event loop is gone
            self.close()
            raise ChannelClosed from None

    # -- the event loop ----------------------------------------------------

    def _enqueue(self, batch: list[Frame] | None) -> None:
        if batch is END:
            self._queue.put_nowait(END)
            return
        for frame in batch:
            self._queue.put_nowait((frame, True))

    def put_now(self, frame: Frame) -> None:
        """The server's own small messages (decode errors): no wait, same order (``own_pending`` counts them)."""
        self.own_pending += 1
        self._queue.put_nowait((frame, False))

    async def get(self) -> tuple[Frame, bool] | None:
        return await self._queue.get()

    def sent(self, frame: Frame, counted: bool) -> None:
        """The socket took ``frame``: make room for the producer.

        The producer is woken only once the queue has drained to half (a
        low-water mark), not after every frame: one thread switch per many
        frames instead of one per frame.
        """
        self.sent_bytes += len(frame)
        if not counted:
            self.own_pending -= 1
            return
        with self._cond:
            self._frames -= 1
            self._bytes -= len(frame)
            if self.max_bytes is not None and (self._frames == 0 or self._bytes <= self.max_bytes // 2):
                self._cond.notify_all()
        self.on_sent(len(frame))

    def close(self) -> None:
        """No more sending: wake a blocked producer, which sees ``ChannelClosed``."""
        with self._cond:
            self._closed = True
            self._cond.notify_all()
