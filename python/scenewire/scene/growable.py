"""A buffer that grows along one axis and exposes its live part as a view.

``field_append`` at 60 Hz on a 50 x 10 000 trace must not copy the trace each
tick. The buffer keeps spare room along the append axis: an append writes the
new entries after the live ones, trimming moves the start, and only when the
room runs out are the live entries moved to the front (or into a buffer twice
as large). With ``max_length`` M the room is 2M, so the move of M entries
happens once every M appended entries: amortised, one append costs a copy of
the new entries only.
"""

from __future__ import annotations

import numpy as np

MIN_CAPACITY = 16


class GrowBuffer:
    """Entries ``[start, end)`` along ``axis`` of a larger preallocated array."""

    __slots__ = ("_buf", "_end", "_start", "axis")

    def __init__(self, initial: np.ndarray, axis: int) -> None:
        self.axis = axis
        n = initial.shape[axis]
        self._buf = self._allocate(initial, max(MIN_CAPACITY, 2 * n))
        self._start, self._end = 0, n
        self._slot(0, n)[...] = initial

    def _allocate(self, like: np.ndarray, capacity: int) -> np.ndarray:
        shape = list(like.shape)
        shape[self.axis] = capacity
        return np.empty(shape, like.dtype)

    def _slot(self, start: int, end: int) -> np.ndarray:
        return self._buf[(slice(None),) * self.axis + (slice(start, end),)]

    def __len__(self) -> int:
        return self._end - self._start

    @property
    def capacity(self) -> int:
        return self._buf.shape[self.axis]

    def view(self) -> np.ndarray:
        """The live entries, read-only; valid until the next :meth:`append`.

        C-contiguous when ``axis`` is 0; otherwise each line along ``axis``
        is contiguous when it is the last axis (one trace per row).
        """
        out = self._slot(self._start, self._end)
        out.flags.writeable = False
        return out

    def append(self, new: np.ndarray, max_length: int | None = None) -> None:
        """Add ``new`` (already of the buffer's dtype) and keep the last ``max_length``."""
        axis = self.axis
        k = new.shape[axis]
        if max_length is not None and k >= max_length:
            # the new entries alone fill the window: the old ones all go
            new = new[(slice(None),) * axis + (slice(k - max_length, None),)]
            k = max_length
            self._start = self._end
        keep = len(self) if max_length is None else min(len(self), max_length - k)
        start = self._end - keep
        if self._end + k > self.capacity:
            cap = self.capacity
            if 2 * (keep + k) > cap:
                cap = max(MIN_CAPACITY, 2 * (keep + k))
                buf = self._allocate(self._buf, cap)
                buf[(slice(None),) * axis + (slice(0, keep),)] = self._slot(start, self._end)
                self._buf = buf
            elif keep:
                # overlapping move to the front; numpy copies through a temporary when needed
                self._slot(0, keep)[...] = self._slot(start, self._end)
            start, self._end = 0, keep
        self._slot(self._end, self._end + k)[...] = new
        self._start, self._end = start, self._end + k
