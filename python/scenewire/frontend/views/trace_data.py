"""What a line plot draws, in NumPy alone: the series, the rolling window, min/max decimation.

Kept apart from Qt so that the data rules of §8.3.4 are tested without a
display, and so that the benchmark measures the same code the window runs.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np

from ...protocol.limits import MAX_SERIES_PER_PLOT
from ...scene.fields import Field
from ..text import count_text, shown


@dataclass(slots=True)
class Traces:
    """The lines of one plot: x (n,) and y (series, n), with a label per series."""

    x: np.ndarray
    y: np.ndarray
    labels: list[str]


def select_traces(
    field: Field,
    x_dim: str,
    series_dim: str | None,
    selectors: dict[str, int],
    series_labels: list[str] | None = None,
    max_series: int = MAX_SERIES_PER_PLOT,
) -> Traces:
    """The field seen as lines along ``x_dim``, one per entry of ``series_dim`` (§8.3.4).

    Every other dim is fixed to its selector (0 when not given). A selector
    at or beyond its axis (or negative) draws no line: ``ValueError`` saying
    which, for the plot to show. x is the coordinate of ``x_dim``, or 0..n-1
    without one. A label is ``series_labels[i]``, else the series dim's
    coordinate, else its index. More than ``max_series`` lines (§11.1) is a
    ``ValueError`` too, found from the shape before anything is made per series:
    an empty field may declare 2^32 - 1 of them.
    """
    values = field.values
    dims = list(field.dims)
    if x_dim not in dims:
        raise ValueError(f"field {field.id!r} has no dim {x_dim!r} to plot along (dims: {dims})")
    if series_dim is not None and series_dim not in dims:
        raise ValueError(f"field {field.id!r} has no series dim {series_dim!r} (dims: {dims})")
    index: list[int | slice] = []
    for dim, size in zip(dims, values.shape, strict=True):
        if dim in (x_dim, series_dim):
            index.append(slice(None))
        else:
            at = int(selectors.get(dim, 0))
            if not 0 <= at < size:
                raise ValueError(f"selector {dim} = {at} is outside its {size} entries: no line to draw")
            index.append(at)
    count = 1 if series_dim is None else values.shape[dims.index(series_dim)]
    if count > max_series:
        raise ValueError(
            f"field {field.id!r} has {count_text(count)} series along {series_dim!r}: more than the"
            f" {count_text(max_series)} lines a plot draws; fix the other dims with selectors or plot fewer"
        )
    picked = values[tuple(index)]
    kept = [d for d, i in zip(dims, index, strict=True) if isinstance(i, slice)]
    y = picked.reshape(1, -1) if series_dim is None else np.moveaxis(picked, kept.index(series_dim), 0)
    x = field.coords.get(x_dim)
    if not y.size:  # no sample: an empty field may declare 2^32 - 1 along x, and arange would make them all
        y = np.empty((count, 0), dtype=values.dtype)
        x = np.zeros(0) if x is None else x[:0]
    elif x is None:
        x = np.arange(values.shape[dims.index(x_dim)], dtype=np.float64)
    labels = [shown(_series_label(field, series_dim, series_labels, i)) for i in range(count)]
    return Traces(x=np.asarray(x), y=np.asarray(y), labels=labels)


def _series_label(field: Field, series_dim: str | None, given: list[str] | None, i: int) -> str:
    if given is not None and i < len(given):
        return given[i]
    if series_dim is None:
        return field.id
    coord = field.coords.get(series_dim)
    if coord is not None and i < len(coord):
        value = coord[i]
        return f"{series_dim} {value:g}" if np.issubdtype(coord.dtype, np.floating) else f"{series_dim} {value}"
    return f"{series_dim} {i}"


def rolling(x: np.ndarray, y: np.ndarray, width: float | None) -> tuple[np.ndarray, np.ndarray]:
    """Only the last stretch of x of ``width`` (x units): samples with x >= max(x) - width.

    Assumes x ascending, as appended coordinates are.
    """
    start = window_start(x, width)
    return (x, y) if start == 0 else (x[start:], y[:, start:])


def window_start(x: np.ndarray, width: float | None) -> int:
    """The index of the first sample :func:`rolling` keeps."""
    if width is None or x.size == 0:
        return 0
    return int(np.searchsorted(x, x[-1] - width, side="left"))


def bucket_size(count: int, columns: int) -> int:
    """Samples per decimation bucket for ``count`` shown samples in ``columns`` pixel columns.

    1 (every sample drawn) up to two samples per column; beyond, the smallest
    power of two that leaves at most ``columns`` buckets. A power of two, so
    that a plot whose sample count drifts keeps its size (and its buckets)
    instead of re-bucketing on every poll.
    """
    columns = max(int(columns), 1)
    if count <= 2 * columns:
        return 1
    need = -(-count // columns)
    return 1 << (need - 1).bit_length()


def _pairs(x: np.ndarray, y: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Whole buckets of ``size`` samples (y is (series, buckets * size)): per bucket the x of its
    first and last sample, and its two points, min and max in the order the trace passes them
    (max first where the bucket's first sample lies above its last, so a falling edge draws falling).
    """
    series, count = y.shape
    nb = count // size
    # reducing along a short last axis is slow in NumPy; transposed, each bucket offset is one contiguous row
    body = np.ascontiguousarray(y.reshape(series * nb, size).T)
    lo = np.fmin.reduce(body, axis=0).reshape(series, nb)
    hi = np.fmax.reduce(body, axis=0).reshape(series, nb)
    falls = (body[0] > body[-1]).reshape(series, nb)
    first, second = np.where(falls, hi, lo), np.where(falls, lo, hi)
    xb = x.reshape(nb, size)
    return np.stack([xb[:, 0], xb[:, -1]], axis=1).reshape(-1), first, second


def decimate_buckets(x: np.ndarray, y: np.ndarray, size: int, base: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Two points per bucket of ``size`` samples (see :func:`_pairs`); ``size`` 1 returns x, y as they are.

    Buckets are aligned to absolute sample numbers: sample i is number
    ``base + i`` and bucket b holds numbers [b * size, (b + 1) * size), so the
    first and last buckets may be partial. A bucket holds the same samples
    whatever was appended after it or trimmed before it, which is what lets
    :class:`Decimator` keep its buckets between polls; this function is the
    one-shot reference it must equal.
    """
    n = x.size
    if size <= 1 or n == 0:
        return x, y
    cuts = [0]
    head = min((-base) % size, n)
    if head:
        cuts.append(head)
    full_end = head + (n - head) // size * size
    if full_end > head:
        cuts.append(full_end)
    if full_end < n:
        cuts.append(n)
    parts_x, parts_y = [], []
    for a, b in itertools.pairwise(cuts):
        width = size if (a, b) == (head, full_end) else b - a
        px, first, second = _pairs(x[a:b], y[:, a:b], width)
        parts_x.append(px)
        parts_y.append(np.stack([first, second], axis=2).reshape(y.shape[0], -1))
    return np.concatenate(parts_x), np.concatenate(parts_y, axis=1)


def decimate(x: np.ndarray, y: np.ndarray, columns: int) -> tuple[np.ndarray, np.ndarray]:
    """At most about two points per pixel column: each bucket's min and max (NaN ignored), in the
    order the trace passes them (see :func:`decimate_buckets`, :func:`bucket_size`).

    A trace of 10 000 samples in an 800-pixel plot draws the same picture
    from about 1 300 points: every extreme survives, so spikes never vanish,
    and the first and last sample keep their x.
    """
    return decimate_buckets(x, y, bucket_size(x.size, columns))


class Decimator:
    """The decimation of one plot's traces, kept between polls so that an append costs only its
    new samples: complete buckets are computed once, and each poll redoes only the partial bucket
    at each end (the rolling window's edge, the newest samples).

    :meth:`update` is told how the traces changed since the last call
    (``grown``: entries appended and trimmed at the front) and checks that
    story against the data (the sample count, the newest x it saw); anything
    else (a replace, another selector, window, width or dtype, a bucket size
    that no longer fits the sample count) decimates everything again. Its
    result always equals :func:`decimate_buckets` of the shown samples with
    :attr:`size` and :attr:`base`.
    """

    def __init__(self) -> None:
        self.size = 1  # samples per bucket (1: every sample drawn)
        self.base = 0  # absolute number of the first shown sample
        self.rebuilds = 0  # how many times it started over (for tests and the bench)
        self._key: object = None
        self._offset = 0  # absolute number of traces sample 0
        self._count = 0  # samples in the traces last seen
        self._last_x: float | None = None  # x of the newest sample last seen
        self._bx = np.zeros(0)
        self._by = np.zeros((0, 0))
        self._b0 = self._b1 = 0  # the cached complete buckets are [b0, b1) ...
        self._p0 = 2  # ... from this point index of the buffers on (two points per bucket)

    def forget(self) -> None:
        """Start over at the next :meth:`update` (the plot drew no traces in between)."""
        self._key = None

    def update(
        self,
        x: np.ndarray,
        y: np.ndarray,
        start: int,
        columns: int,
        key: object,
        grown: tuple[int, int] | None,
    ) -> tuple[np.ndarray, np.ndarray]:
        """The decimated samples ``start:`` of traces x (n,), y (series, n).

        ``key`` is whatever else decides the picture (selectors, window, ...);
        ``grown`` is (appended, trimmed) since the last call, ``None`` when the
        traces were replaced or nobody knows.
        """
        n = x.size
        key = (key, y.shape[0], y.dtype.str, max(int(columns), 1))
        keep = grown is not None and key == self._key and self._continues(x, grown)
        offset = self._offset + grown[1] if keep and grown is not None else 0
        begin, end = offset + start, offset + n
        ideal = bucket_size(end - begin, columns)
        if not keep or not self._size_fits(ideal):
            self.rebuilds += 1
            self._key, self.size = key, ideal
            self._b0 = self._b1 = 0
            self._p0 = 2
        self._offset, self._count = offset, n
        self._last_x = float(x[-1]) if n else None
        self.base = begin
        if self.size == 1:
            return x[start:], y[:, start:]
        return self._buckets(x, y, begin, end)

    def _continues(self, x: np.ndarray, grown: tuple[int, int]) -> bool:
        """Whether x is what the last call saw, with ``grown`` appended and trimmed."""
        appended, trimmed = grown
        if x.size != self._count + appended - trimmed:
            return False
        at = self._count - 1 - trimmed  # where the newest sample of the last call is now
        if self._last_x is None or at < 0:
            return True
        now = float(x[at])
        return now == self._last_x or (now != now and self._last_x != self._last_x)

    def _size_fits(self, ideal: int) -> bool:
        if self.size == 1 or ideal == 1:
            return ideal == self.size
        return self.size // 2 <= ideal <= 2 * self.size

    def _buckets(self, x: np.ndarray, y: np.ndarray, begin: int, end: int) -> tuple[np.ndarray, np.ndarray]:
        size, offset = self.size, self._offset
        if begin >= end:
            return x[:0], y[:, :0]
        first = -(-begin // size)  # the first complete bucket
        last = max(end // size, first)  # complete buckets are [first, last)
        if self._b1 <= first or first < self._b0 or self._b1 > last:
            self._b0 = self._b1 = first  # nothing cached is still needed (or it is not a stretch of it)
            self._p0 = 2
        elif first > self._b0:  # buckets trimmed off the front, or left behind by the rolling window
            self._p0 += 2 * (first - self._b0)
            self._b0 = first
        self._reserve(y, 2 * (last - self._b0) + 2)
        if last > self._b1:
            a, b = self._b1 * size - offset, last * size - offset
            px, lo_hi, hi_lo = _pairs(x[a:b], y[:, a:b], size)
            p = self._p0 + 2 * (self._b1 - self._b0)
            self._bx[p : p + px.size] = px
            self._by[:, p : p + px.size : 2] = lo_hi
            self._by[:, p + 1 : p + px.size : 2] = hi_lo
            self._b1 = last
        lo = hi = self._p0
        hi += 2 * (self._b1 - self._b0)
        if begin % size:  # the partial bucket at the front: [begin, the first boundary) or [begin, end)
            a, b = begin - offset, min(first * size, end) - offset
            self._write_pair(x, y, a, b, lo - 2)
            lo -= 2
        if last * size < end:  # the partial bucket of the newest samples
            self._write_pair(x, y, last * size - offset, end - offset, hi)
            hi += 2
        return self._bx[lo:hi], self._by[:, lo:hi]

    def _write_pair(self, x: np.ndarray, y: np.ndarray, a: int, b: int, p: int) -> None:
        px, first, second = _pairs(x[a:b], y[:, a:b], b - a)
        self._bx[p : p + 2] = px
        self._by[:, p] = first[:, 0]
        self._by[:, p + 1] = second[:, 0]

    def _reserve(self, y: np.ndarray, points: int) -> None:
        """Room for ``points`` points from ``p0`` on (and two before it): move or grow the buffers."""
        if self._by.shape[0] == y.shape[0] and self._by.dtype == y.dtype and self._p0 + points <= self._bx.size:
            return
        held = 2 * (self._b1 - self._b0)
        capacity = max(2 * (points + 2), 64)
        bx = np.empty(capacity, dtype=np.float64)
        by = np.empty((y.shape[0], capacity), dtype=y.dtype)
        if held and self._by.shape[0] == y.shape[0]:
            bx[2 : 2 + held] = self._bx[self._p0 : self._p0 + held]
            by[:, 2 : 2 + held] = self._by[:, self._p0 : self._p0 + held]
        else:
            self._b1 = self._b0
        self._bx, self._by, self._p0 = bx, by, 2


def y_axis_range(y: np.ndarray, extremes: np.ndarray | None = None) -> tuple[float, float]:
    """The y axis of a line plot without ``y_limits`` (§8.3.4): the finite min and max of the
    shown samples ``y``, widened when equal, then padded by 4 % of the span each side; [0, 1]
    when no sample is finite.

    ``extremes`` (the decimated samples, whose buckets keep every min and max)
    gives the same min and max faster; ``y`` decides only when those are not
    finite (an infinity hides the finite values of its bucket).
    """
    for data in (extremes, y):
        if data is None or data.size == 0:
            continue
        if data.dtype.kind != "f":
            return padded_range(float(data.min()), float(data.max()))
        low, high = float(np.fmin.reduce(data, axis=None)), float(np.fmax.reduce(data, axis=None))
        if np.isfinite(low) and np.isfinite(high):
            return padded_range(low, high)
    finite = y[np.isfinite(y)] if y.size else y
    if finite.size == 0:
        return 0.0, 1.0
    return padded_range(float(finite.min()), float(finite.max()))


def widened(low: float, high: float) -> tuple[float, float]:
    """A range with ``low == high`` opened by 5 % of the value each side (1 each side at 0) (§8.3.4)."""
    if low != high:
        return low, high
    d = abs(low) * 0.05 or 1.0
    return low - d, high + d


def padded_range(low: float, high: float) -> tuple[float, float]:
    """[low, high] widened when equal, then 4 % of the span added each side (§8.3.4)."""
    low, high = widened(low, high)
    pad = 0.04 * (high - low)
    return low - pad, high + pad
