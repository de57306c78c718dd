"""What a line plot draws, in NumPy alone: the series, the rolling window, min/max decimation.

Kept apart from Qt so that the data rules of §8.3.4 are tested without a
display, and so that the benchmark measures the same code the window runs.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ...scene.fields import Field


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
) -> Traces:
    """The field seen as lines along ``x_dim``, one per entry of ``series_dim`` (§8.3.4).

    Every other dim is fixed to its selector (0 when not given). A selector
    at or beyond its axis (or negative) draws no line: ``ValueError`` saying
    which, for the plot to show. x is the coordinate of ``x_dim``, or 0..n-1
    without one. A label is ``series_labels[i]``, else the series dim's
    coordinate, else its index.
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
    picked = values[tuple(index)]
    kept = [d for d, i in zip(dims, index, strict=True) if isinstance(i, slice)]
    y = picked.reshape(1, -1) if series_dim is None else np.moveaxis(picked, kept.index(series_dim), 0)
    n = values.shape[dims.index(x_dim)]
    x = field.coords.get(x_dim)
    x = np.arange(n, dtype=np.float64) if x is None else x
    count = y.shape[0]
    labels = [_series_label(field, series_dim, series_labels, i) for i in range(count)]
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
    if width is None or x.size == 0:
        return x, y
    start = int(np.searchsorted(x, x[-1] - width, side="left"))
    return x[start:], y[:, start:]


def decimate(x: np.ndarray, y: np.ndarray, columns: int) -> tuple[np.ndarray, np.ndarray]:
    """At most two points per pixel column: each bucket's min and max (NaN ignored), in the
    order the trace passes them (max first where the bucket falls), so that a falling
    edge draws as a falling line and not as a comb of upward strokes.

    A trace of 10 000 samples in an 800-pixel plot draws the same picture
    from 1 600 points: every extreme survives, so spikes never vanish.
    Buckets are counted from the newest sample, so the right edge is exact.
    """
    n = x.size
    columns = max(int(columns), 1)
    if n <= 2 * columns:
        return x, y
    size = -(-n // columns)
    full = n // size
    head = n - full * size
    # reducing along a short last axis is slow in NumPy; transposed, each bucket offset is one contiguous row
    body = np.ascontiguousarray(y[:, head:].reshape(y.shape[0] * full, size).T)
    lo = np.fmin.reduce(body, axis=0).reshape(y.shape[0], full)
    hi = np.fmax.reduce(body, axis=0).reshape(y.shape[0], full)
    xb = x[head:].reshape(full, size)
    falls = (body[0] > body[-1]).reshape(y.shape[0], full)  # first sample above the last
    first, second = np.where(falls, hi, lo), np.where(falls, lo, hi)
    parts_y = [np.stack([first, second], axis=2).reshape(y.shape[0], -1)]
    parts_x = [np.stack([xb[:, 0], xb[:, -1]], axis=1).reshape(-1)]
    if head:
        h = y[:, :head]
        parts_y.insert(0, np.stack([np.fmin.reduce(h, axis=1), np.fmax.reduce(h, axis=1)], axis=1) if head > 1 else h)
        parts_x.insert(0, np.array([x[0], x[head - 1]]) if head > 1 else x[:1])
    return np.concatenate(parts_x), np.concatenate(parts_y, axis=1)


def data_limits(y: np.ndarray) -> tuple[float, float] | None:
    """The finite [min, max] of y, widened when flat; ``None`` when nothing is finite."""
    finite = y[np.isfinite(y)] if y.dtype.kind == "f" else y.ravel()
    if finite.size == 0:
        return None
    low, high = float(finite.min()), float(finite.max())
    if low == high:
        pad = abs(low) * 0.05 or 1.0
        return low - pad, high + pad
    return low, high
