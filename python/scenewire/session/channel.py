"""The channel the session loop talks through, and a thread-safe command inbox.

A transport gives the loop a :class:`Channel`: the pipe worker's end of a
``multiprocessing`` pipe, a queue pair for a worker thread, the WebSocket
server's bridge to its event loop. The loop never knows which.
"""

from __future__ import annotations

import queue
from typing import Protocol

from ..protocol import SessionCommand, SessionUpdate


class ChannelClosed(Exception):
    """The peer is gone: no more commands will come and updates have nowhere to go."""


class Channel(Protocol):
    def receive(self, timeout: float) -> list[SessionCommand]:
        """Every command that has arrived, waiting up to ``timeout`` s for the first.

        Returns as soon as one command is there, so a command wakes an idle
        loop at once. Raises :class:`ChannelClosed` once the peer is gone and
        every command it sent has been returned.
        """
        ...

    def send(self, updates: list[SessionUpdate]) -> None:
        """Deliver one tick's updates in order; may block (backpressure).

        Raises :class:`ChannelClosed` when the peer is gone.
        """
        ...


_CLOSED = object()


class CommandInbox:
    """Commands handed from a transport's thread to the loop's thread, then a close mark."""

    def __init__(self) -> None:
        self._queue: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._closed = False

    def put(self, command: SessionCommand) -> None:
        self._queue.put(command)

    def close(self) -> None:
        """No more commands; the loop sees :class:`ChannelClosed` after the ones queued."""
        self._queue.put(_CLOSED)

    def take(self, timeout: float) -> list[SessionCommand]:
        """What :meth:`Channel.receive` returns, for channels built on this inbox."""
        if self._closed:
            raise ChannelClosed
        try:
            item = self._queue.get(timeout=timeout) if timeout > 0 else self._queue.get_nowait()
        except queue.Empty:
            return []
        out: list[SessionCommand] = []
        while True:
            if item is _CLOSED:
                self._closed = True
                if not out:
                    raise ChannelClosed
                return out
            out.append(item)  # type: ignore[arg-type]
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return out
