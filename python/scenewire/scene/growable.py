"""A buffer that grows along one axis and exposes its live part as a view.

``field_append`` at 60 Hz on a 50 x 10 000 trace must not copy the trace each
tick. Two layouts, both exposing the live entries as one view with no copy:

- **With a window** (``max_length`` M, the rolling trace): a buffer of 2M
  entries where each new entry is written twice, at ``i`` and ``i + M``
  (``i`` counts modulo M). The last M entries are then always the contiguous
  run ``[i, i + M)``: trimming moves the start, and nothing is ever moved, so
  every tick costs two writes of the new entries and nothing else.
- **Without one** (a field that only grows): spare room after the live
  entries, doubled when it runs out (amortised, one copy per entry).
"""

from __future__ import annotations

import numpy as np

MIN_CAPACITY = 16


class GrowBuffer:
    """The live entries of a field along ``axis``, in a preallocated array."""

    __slots__ = ("_buf", "_count", "_head", "_start", "_window", "axis")

    def __init__(self, initial: np.ndarray, axis: int, max_length: int | None = None) -> None:
        self.axis = axis
        self._window: int | None = None  # M in the mirrored layout, None in the growing one
        self._head = 0  # mirrored layout: the next slot, modulo M
        self._start = self._count = 0  # the live entries are [_start, _start + _count)
        self._buf = initial
        self._relayout(max_length, initial)

    def _allocate(self, like: np.ndarray, capacity: int) -> np.ndarray:
        shape = list(like.shape)
        shape[self.axis] = capacity
        return np.empty(shape, like.dtype)

    def _slot(self, start: int, end: int) -> np.ndarray:
        return self._buf[(slice(None),) * self.axis + (slice(start, end),)]

    def _take(self, arr: np.ndarray, start: int, end: int) -> np.ndarray:
        return arr[(slice(None),) * self.axis + (slice(start, end),)]

    def __len__(self) -> int:
        return self._count

    @property
    def capacity(self) -> int:
        return self._buf.shape[self.axis]

    def view(self) -> np.ndarray:
        """The live entries, read-only; valid until the next :meth:`append`.

        C-contiguous when ``axis`` is 0; otherwise each line along ``axis``
        is contiguous when it is the last axis (one trace per row).
        """
        out = self._slot(self._start, self._start + self._count)
        out.flags.writeable = False
        return out

    def append(self, new: np.ndarray, max_length: int | None = None) -> None:
        """Add ``new`` (already of the buffer's dtype) and keep the last ``max_length``."""
        if max_length is None:
            if self._window is not None:
                self._relayout(None, self.view())
            self._grow(new)
            return
        if self._window != max_length:
            self._relayout(max_length, self.view())
        self._mirror(new)

    def _relayout(self, window: int | None, live: np.ndarray) -> None:
        """Copy the live entries into a fresh buffer of the other layout (or another window)."""
        # ``live`` may view the old buffer: only the new one is written
        self._window = window
        self._start = self._head = self._count = 0
        if window is None:
            n = live.shape[self.axis]
            self._buf = self._allocate(live, max(MIN_CAPACITY, 2 * n))
            self._slot(0, n)[...] = live
            self._count = n
        else:
            # written once at [0, n): a slot at i + M is read only after i is written again
            n = live.shape[self.axis]
            if n > window:
                live, n = self._take(live, n - window, n), window
            self._buf = self._allocate(live, 2 * window)
            self._slot(0, n)[...] = live
            self._head, self._count = n % window, n

    def _mirror(self, new: np.ndarray) -> None:
        window = self._window
        assert window is not None
        k = new.shape[self.axis]
        if k > window:
            new = self._take(new, k - window, k)  # only the newest M can stay
            k = window
        head = self._head
        first = min(k, window - head)  # entries before the wrap
        for src, at in ((self._take(new, 0, first), head), (self._take(new, first, k), 0)):
            n = src.shape[self.axis]
            if n:
                self._slot(at, at + n)[...] = src
                self._slot(at + window, at + window + n)[...] = src
        self._head = (head + k) % window
        self._count = min(self._count + k, window)
        self._start = (self._head - self._count) % window

    def _grow(self, new: np.ndarray) -> None:
        k = new.shape[self.axis]
        end = self._start + self._count
        if end + k > self.capacity:
            keep = self._count
            cap = max(MIN_CAPACITY, 2 * (keep + k))
            buf = self._allocate(self._buf, cap)
            buf[(slice(None),) * self.axis + (slice(0, keep),)] = self._slot(self._start, end)
            self._buf, self._start, end = buf, 0, keep
        self._slot(end, end + k)[...] = new
        self._count += k
