"""What a window holds between its socket and its screen, bounded (§11.1).

Two bounds, for two ways a server can make a window hold more than it draws:

- :class:`Inbox`: updates decoded on the socket's thread and not yet taken by
  the window's 60 Hz timer. A window that applies more slowly than the server
  sends (or stops taking while it catches up) had them pile up without
  bound; now the socket's thread stops reading at the bound
  (:meth:`Inbox.wait_for_room`), so TCP slows the server, as the server's own
  backlog budget slows its session for a slow client: nothing is dropped.
- :class:`OpenTick`: the updates of a tick that has not closed (§7.12), which
  a window holds until its ``tick_end``. A server that opens a tick and never
  closes it made the window hold every later frame (2.8 GiB); past the bound
  the tick can never be shown, so the connection is closed 1009 with an
  ``error`` saying why.

No Qt here: the socket's thread and the tests drive these the same way.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from typing import Any

from ..protocol.limits import MAX_OPEN_TICK_BYTES, MAX_OPEN_TICK_UPDATES, MAX_QUEUED_BYTES, MAX_QUEUED_UPDATES
from .text import count_text

WAIT_SLICE_S = 0.1  # how often a waiting socket thread looks whether it was told to stop


class Inbox:
    """A queue from one producer thread to one consumer, bounded in items and frame bytes.

    :meth:`put` never blocks (a frame that is already read is never lost);
    the producer then calls :meth:`wait_for_room`, which returns once the
    consumer has taken enough (or ``give_up()`` turns true). One item larger
    than the byte bound still goes, alone.
    """

    def __init__(self, max_bytes: int = MAX_QUEUED_BYTES, max_items: int = MAX_QUEUED_UPDATES) -> None:
        self.max_bytes = max_bytes
        self.max_items = max_items
        self._items: deque[tuple[Any, int]] = deque()
        self._bytes = 0
        self._room = threading.Condition()
        self.high_water_bytes = 0  # the most bytes held at once (for tests and diagnostics)
        self.waits = 0  # how many times the producer waited for room

    def __len__(self) -> int:
        return len(self._items)

    @property
    def bytes(self) -> int:
        return self._bytes

    def put(self, item: Any, size: int = 0) -> None:
        with self._room:
            self._items.append((item, size))
            self._bytes += size
            self.high_water_bytes = max(self.high_water_bytes, self._bytes)

    def full(self) -> bool:
        return self._bytes > self.max_bytes or len(self._items) > self.max_items

    def wait_for_room(self, give_up: Callable[[], bool]) -> bool:
        """Block while the inbox is over a bound; whether it waited. Ends early once ``give_up()``."""
        with self._room:
            if not self.full():
                return False
            self.waits += 1
            while self.full() and not give_up():
                self._room.wait(WAIT_SLICE_S)
            return True

    def take(self, marker: Any = None) -> tuple[int, list[Any]]:
        """Everything queued, in order, but never across a ``marker`` after an item.

        Returns how many markers came before the items, and the items: the
        markers at the front are taken, and the first one after an item stays
        for the next call (a window's updates of two connections never share
        a poll).
        """
        markers = 0
        out: list[Any] = []
        with self._room:
            items = self._items
            while items:
                item, size = items[0]
                if item is marker:
                    if out:
                        break
                    markers += 1
                else:
                    out.append(item)
                items.popleft()
                self._bytes -= size
            self._room.notify_all()
        return markers, out


class OpenTick:
    """What a client holds for a tick that has not closed, counted by the rule of ``TickGate`` (§7.12).

    :meth:`add` returns, once the tick is over a bound, the reason to close
    the connection with; ``None`` while it fits.
    """

    PASSING = frozenset({"error", "status"})  # shown as they arrive (§7.12 rule 3): never held

    def __init__(self, max_bytes: int = MAX_OPEN_TICK_BYTES, max_updates: int = MAX_OPEN_TICK_UPDATES) -> None:
        self.max_bytes = max_bytes
        self.max_updates = max_updates
        self.ticked = False
        self.updates = 0
        self.bytes = 0
        self.index = 0  # the index the open tick will close with

    def add(self, update: Any, size: int) -> str | None:
        tick = getattr(update, "tick_end", None)
        if tick is not None:
            self.ticked = True
            self.updates = self.bytes = 0
            self.index = int(tick.index) + 1
            return None
        if not self.ticked or getattr(update, "wire_kind", None) in self.PASSING:
            return None
        self.updates += 1
        self.bytes += size
        if self.updates <= self.max_updates and self.bytes <= self.max_bytes:
            return None
        return (
            f"connection closed: tick {self.index} from the server has not ended after"
            f" {count_text(self.updates)} updates ({self.bytes / 2**20:.0f} MiB), more than a window holds for one"
            f" tick ({self.max_bytes / 2**20:.0f} MiB or {count_text(self.max_updates)} updates)"
        )


__all__ = ["Inbox", "OpenTick"]
