"""CommandGate: how many of a client's commands the server holds, and the wait for room.

The event loop reads a command frame, hands the command to the session's host
and counts it here; the thread that takes it from the host's inbox (the
session loop on a thread, the forwarder to a worker process) counts it out.
When the commands held reach ``max_commands`` or ``max_bytes`` the reader
stops reading the socket until the session has taken some: the kernel's
buffers fill and TCP slows the client down. Nothing is dropped or reordered,
and the server never holds more than the bound (plus one frame).
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections import deque

from ..protocol.limits import MAX_INBOX_BYTES, MAX_INBOX_COMMANDS


class CommandGate:
    """Counts commands handed to a session and not yet taken; the socket reader waits on it."""

    def __init__(
        self,
        loop: asyncio.AbstractEventLoop,
        max_commands: int = MAX_INBOX_COMMANDS,
        max_bytes: int = MAX_INBOX_BYTES,
    ) -> None:
        self._loop = loop
        self._lock = threading.Lock()
        self._sizes: deque[int] = deque()
        self._bytes = 0
        self.max_commands = max_commands
        self.max_bytes = max_bytes
        self.peak = 0
        """The most commands held at once (for tests and the log)."""
        self._room = asyncio.Event()
        self._room.set()

    @property
    def held(self) -> int:
        """Commands handed to the session and not yet taken."""
        return len(self._sizes)

    def _full(self) -> bool:
        return len(self._sizes) >= self.max_commands or self._bytes >= self.max_bytes

    # -- the event loop -------------------------------------------------------

    def added(self, size: int) -> None:
        """One command of ``size`` frame bytes went to the session."""
        with self._lock:
            self._sizes.append(size)
            self._bytes += size
            self.peak = max(self.peak, len(self._sizes))
            if self._full():
                self._room.clear()

    async def wait_for_room(self) -> None:
        """Return once the session holds fewer commands than the bound."""
        await self._room.wait()

    def _update(self) -> None:
        with self._lock:
            if not self._full():
                self._room.set()

    # -- the thread that takes commands -----------------------------------------

    def taken(self, count: int) -> None:
        """``count`` commands left the server's hands (handled, or written to the worker's pipe)."""
        if count <= 0:
            return
        with self._lock:
            for _ in range(min(count, len(self._sizes))):
                self._bytes -= self._sizes.popleft()
        with contextlib.suppress(RuntimeError):  # the event loop is gone
            self._loop.call_soon_threadsafe(self._update)
