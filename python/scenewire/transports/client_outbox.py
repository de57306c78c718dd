"""ClientOutbox: one shared-run client's frames on their way to its socket, within its own byte budget.

A shared run hands every frame of the session to every client's outbox in the
same event-loop step (:mod:`.run_hub`); each client's sender task takes them
at the pace its socket allows. Two kinds of outbox:

- **the controller's** has no bound of its own: each of the session's frames
  in it holds the run's credit (``Entry.release``) until the socket has taken
  it, so the person steering sees every update and the session waits for
  them, as in 1.0 (:mod:`.backlog`);
- **an observer's** has a byte budget and never holds the run back. When a
  frame would pass the budget, queued ``field_replace``\\ s that a later one
  supersedes exactly are merged away (:meth:`ClientOutbox.merge`); when that
  is not enough, :meth:`ClientOutbox.put` says so and the hub closes the
  client 1008 ``fell behind``.

Everything here runs on the event loop; frames are shared ``bytes`` (one
object for every client), so N clients cost N queues of references, not N
copies.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

__all__ = ["ClientOutbox", "Entry", "MergeKey"]

MergeKey = tuple[str, tuple[int, ...], tuple[tuple[str, tuple[int, ...]], ...]]
"""A ``field_replace`` that a later one with the same key supersedes: (field id, values' shape, coords' names and
shapes). Only one without ``attrs_update`` that the run's own state applied without a note has one."""

_HARMLESS = frozenset({"status", "error", "state_patch"})
"""Kinds a merge may step over: none of them reads or changes a field."""


@dataclass(slots=True)
class Entry:
    """One frame for one client, and what the outbox needs to know about it."""

    frame: bytes | bytearray
    kind: str = ""
    """The update's kind (``""`` for the server's own frames)."""
    field: str | None = None
    """The field a ``field_replace`` or ``field_append`` touches."""
    key: MergeKey | None = None
    tick_end: Any = None
    """The ``Tick`` the frame closes, if it closes one."""
    release: Callable[[], None] | None = None
    """Returns the run's credit for this frame (the controller's entries only); called once."""
    own: bool = False
    """The server's own message to this client (hello, access, an error about its frame): outside every tick."""

    def released(self) -> None:
        if self.release is not None:
            release, self.release = self.release, None
            release()


class ClientOutbox:
    """Frames for one client, in order, with an optional byte budget (``None``: the controller's, unbounded)."""

    def __init__(self, budget: int | None, placeholder: Callable[[Any], bytes]) -> None:
        self.budget = budget
        self._placeholder = placeholder  # the frame that keeps a merged-away frame's tick_end: an empty state_patch
        self._queue: deque[Entry] = deque()
        self._bytes = 0  # queued and in flight (handed to the sender, ws.send not back yet)
        self._wake = asyncio.Event()
        self._end: tuple[int, str] | None = None
        self.closed = False
        self.sent_bytes = 0
        """Bytes the socket took so far (the keepalive's sign of life)."""
        self.own_pending = 0
        """The server's own frames not yet taken (error replies a client leaves unread are bounded)."""
        self.merged = 0
        """Frames merged away because a later one superseded them."""
        self.peak = 0
        """The most bytes held at once."""
        self._tick_begun = False  # the socket has taken part of a tick whose end is still queued

    @property
    def held_bytes(self) -> int:
        return self._bytes

    def put(self, entry: Entry) -> bool:
        """Queue ``entry``; ``False`` when it does not fit the budget even after merging (the client fell behind)."""
        if self.closed:
            entry.released()
            return True
        size = len(entry.frame)
        if self.budget is not None and self._bytes and self._bytes + size > self.budget:
            self._queue.append(entry)
            self._bytes += size
            self.merge()
            if self._bytes > self.budget:
                return False
        else:
            self._queue.append(entry)
            self._bytes += size
        if entry.own:
            self.own_pending += 1
        self.peak = max(self.peak, self._bytes)
        self._wake.set()
        return True

    def put_own(self, frame: bytes) -> None:
        """The server's own frame for this client; never refused (bounded by the caller through ``own_pending``)."""
        self.put(Entry(frame, own=True))

    def merge(self) -> None:
        """Drop every queued ``field_replace`` a later queued one supersedes (§7.10: exactly the same state).

        Walking from the newest entry back: a ``field_replace`` whose key a later one has is superseded, unless
        something between them may read or change that field (any kind but ``status``, ``error``,
        ``state_patch`` and another field's ``field_replace``/``field_append``: a ``scene_ready``, a patch, the
        field's own ``field_append``). A superseded frame that closed a tick leaves an empty ``state_patch``
        closing it in its place, so the client's tick indices still count up by one. The rest of a tick the socket
        has begun to take is never merged: the client holds that tick whole, as the run sent it.
        """
        # a tick already begun on the socket is left whole (§2.5: merges work on ticks not yet begun)
        begun = 0
        if self._tick_begun:
            for entry in self._queue:
                begun += 1
                if entry.tick_end is not None:
                    break
        later: set[MergeKey] = set()
        kept: deque[Entry] = deque()
        for position, entry in zip(range(len(self._queue) - 1, -1, -1), reversed(self._queue), strict=True):
            if entry.key is not None and entry.key in later and position >= begun:
                self._bytes -= len(entry.frame)
                self.merged += 1
                if entry.tick_end is not None:
                    stand_in = Entry(self._placeholder(entry.tick_end), kind="state_patch", tick_end=entry.tick_end)
                    self._bytes += len(stand_in.frame)
                    kept.appendleft(stand_in)
                continue
            kept.appendleft(entry)
            if entry.key is not None:
                later.add(entry.key)
            elif entry.own or entry.kind in _HARMLESS:
                pass
            elif entry.kind in ("field_replace", "field_append") and entry.field is not None:
                later = {k for k in later if k[0] != entry.field}
            else:
                later = set()
        self._queue = kept

    def finish(self, code: int, reason: str) -> None:
        """After the frames queued so far, close with ``code`` and ``reason``."""
        if self._end is None:
            self._end = (code, reason)
        self._wake.set()

    @property
    def end(self) -> tuple[int, str] | None:
        return self._end

    async def get(self) -> Entry | None:
        """The next entry; ``None`` once the queue is empty and :meth:`finish` was called (or it was closed)."""
        while not self._queue:
            if self._end is not None or self.closed:
                return None
            self._wake.clear()
            await self._wake.wait()
        entry = self._queue.popleft()
        if not entry.own:
            self._tick_begun = entry.tick_end is None
        return entry

    def sent(self, entry: Entry) -> None:
        """The socket took ``entry`` (or it never will): its bytes leave the budget, its credit returns."""
        self._bytes -= len(entry.frame)
        self.sent_bytes += len(entry.frame)
        if entry.own:
            self.own_pending -= 1
        entry.released()

    def close(self) -> None:
        """Nothing more goes out: every queued frame's credit returns (a controller that left holds no run back)."""
        self.closed = True
        while self._queue:
            entry = self._queue.popleft()
            self._bytes -= len(entry.frame)
            entry.released()
        self._wake.set()
