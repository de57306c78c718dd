"""The ``raster`` adapter (§8.3.6): events per unit, one short vertical tick (or a dot) each.

The field is 1-D: values are unit indices, coordinates along ``event_dim`` the
times. Ticks are one ``PlotCurveItem`` drawn with ``connect="pairs"`` (two points
per event, one QPainterPath): 10 000 units at 10 Hz in a 1 s window are 100 000
events, one path; a ``ScatterPlotItem`` of symbols costs several times that per
paint. The events shown are those of the rolling window, found by a binary search
on the ascending times, and at most :data:`MAX_RASTER_EVENTS` of them (the
newest; §11.1): past that, the plot says how many it left out.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PyQt6.QtCore import QRectF

from .line_plot import axis_text
from .plot2d import TEXT, PlotAdapter, make_plot
from .registry import register

DENSE_FROM = 20_000
"""From this many shown events on, ticks are drawn as a pixel image (see :func:`density_image`)."""
MAX_RASTER_EVENTS = 500_000
"""Events one raster draws (§11.1): the newest; beyond, the plot says how many it left out."""
TICK_COLOR = (20, 20, 20)
DOT_COLOR = (31, 100, 180)


def shown_events(times: np.ndarray, units: np.ndarray, window: float | None) -> tuple[np.ndarray, np.ndarray, int]:
    """The events inside the rolling window (time >= last - window), newest last, at most MAX_RASTER_EVENTS.

    Returns (times, units, left out): times as float64; ``left out`` counts the window's events not drawn.
    """
    start = 0
    if window is not None and np.isfinite(window) and len(times):
        start = int(np.searchsorted(times, times[-1] - window, side="left"))
    left_out = max(0, len(times) - start - MAX_RASTER_EVENTS)
    start += left_out
    return times[start:].astype(np.float64, copy=False), units[start:], left_out


def x_span(first: float, last: float, window: float | None) -> tuple[float, float]:
    """The time axis (§8.3.6): [s, s + window] with s = max(first, last - window); all of it without a window."""
    if window is not None and np.isfinite(window):
        start = max(first, last - window)
        return start, start + window
    if last <= first:
        return first - 0.5, first + 0.5
    return first, last


def density_image(
    t: np.ndarray, u: np.ndarray, x_range: tuple[float, float], units: float, size: tuple[int, int]
) -> np.ndarray:
    """The events binned to the plot's pixels: (rows, cols, 4) RGBA, a dark opaque pixel where any event fell.

    Past ~20 000 events a QPainter path of ticks costs tens of ms a paint (100 000: ~40 ms), while
    each tick is then a pixel or less anyway (10 000 units on 450 px rows). Binning is one ``bincount``
    and the paint one image, whatever the count. Rows follow y (unit 0 in row 0), columns x; with fewer
    units than pixel rows, one image row per unit (an event fills its unit's row).
    """
    cols, rows = max(int(size[0]), 1), max(min(int(size[1]), int(np.ceil(units))), 1)
    x0, x1 = x_range
    col = np.clip(((t - x0) / (x1 - x0) * cols).astype(np.int64), 0, cols - 1)
    row = np.clip(((u + 0.5) / units * rows).astype(np.int64), 0, rows - 1)
    hit = np.bincount(row * cols + col, minlength=rows * cols).reshape(rows, cols) > 0
    image = np.zeros((rows, cols, 4), np.ubyte)
    image[..., :3] = TICK_COLOR
    image[..., 3] = hit * np.ubyte(255)
    return image


@register
class RasterAdapter(PlotAdapter):
    """Draws one ``raster`` view: x is time, y the unit index, one tick (or dot) per event."""

    kind = "raster"
    vector_export = True

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.ticks: pg.PlotCurveItem | None = None
        self.density: pg.ImageItem | None = None
        self.dense = False
        self.dots: pg.ScatterPlotItem | None = None
        self.shown = 0
        self.left_out = 0

    def build(self, parent: Any) -> None:
        self.widget, self.plot = make_plot(parent)
        self.plot.invertY(True)  # unit 0 at the top, as a raster is read
        self.ticks = pg.PlotCurveItem(pen=pg.mkPen(TICK_COLOR, width=1), connect="pairs", antialias=False)
        self.dots = pg.ScatterPlotItem(size=3, pen=None, brush=pg.mkBrush(*DOT_COLOR), pxMode=True)
        self.density = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.ticks)
        self.plot.addItem(self.dots)
        self.plot.addItem(self.density)
        self.configure()
        self.refresh()

    def configure(self) -> None:
        assert self.plot is not None
        unit = self.prop("time_unit") or getattr(self.state.scene, "time_unit", None)  # §8.3.6: the scene's, 1.1
        self.plot.setLabel("bottom", axis_text(self.prop("time_label"), "time", unit), color=TEXT)
        self.plot.setLabel("left", axis_text(self.prop("unit_label"), "unit", None), color=TEXT)
        title = self.prop("title")
        self.plot.setTitle(title, color=TEXT, size="11pt")

    def _all_times(self) -> np.ndarray:
        field = self.field()
        if field is None or field.values.ndim != 1:
            return np.zeros(0)
        times = field.coords.get(field.dims[0])
        return times if times is not None else np.arange(len(field.values), dtype=np.float64)

    def refresh(self) -> None:
        assert self.plot is not None and self.ticks is not None and self.dots is not None and self.density is not None
        field = self.field()
        if field is None or field.values.ndim != 1:
            self.ticks.setData([], [])
            self.dots.setData([], [])
            self.density.hide()
            self.show_message(f"no 1-D field {self.prop('field_id')!r} to draw as a raster")
            return
        units = field.values
        times = field.coords.get(field.dims[0])
        if times is None:
            times = np.arange(len(units), dtype=np.float64)
        t, u, left_out = shown_events(times, units, self.prop("rolling_window"))
        u = u.astype(np.float64, copy=False)
        self.shown, self.left_out = len(t), left_out
        x_range, rows_span = self._set_ranges(u)
        self.dense = len(t) >= DENSE_FROM
        self.ticks.setData([], [])
        self.dots.setData([], [])
        if self.dense:
            size = self.plot.vb.size()
            image = density_image(t, u, x_range, rows_span, (size.width(), size.height()))
            self.density.setImage(image, autoLevels=False, levels=(0, 255))
            self.density.setRect(QRectF(x_range[0], -0.5, x_range[1] - x_range[0], rows_span))
            self.density.show()
        else:
            self.density.hide()
            if self.prop("marker") == "dot":
                self.dots.setData(t, u)
            else:
                x = np.repeat(t, 2)
                y = np.empty(2 * len(u))
                y[0::2], y[1::2] = u - 0.4, u + 0.4
                self.ticks.setData(x, y, connect="pairs", skipFiniteCheck=True)
        note = f"{left_out} older events of the window not drawn (at most {MAX_RASTER_EVENTS})"
        self.show_message(note if left_out else None)

    def _set_ranges(self, u: np.ndarray) -> tuple[tuple[float, float], float]:
        """Set both axes; returns the time span shown and how many unit rows the y axis spans."""
        assert self.plot is not None
        count = self.prop("unit_count")
        top = float(count) if count else (float(u.max()) + 1.0 if len(u) else 1.0)
        self.plot.setYRange(-0.5, top - 0.5, padding=0)
        times = self._all_times()
        start, end = (
            x_span(float(times[0]), float(times[-1]), self.prop("rolling_window")) if len(times) else (0.0, 1.0)
        )
        pad = 0.02 * (end - start)  # the first and the newest events stay off the axis lines
        self.plot.setXRange(start - pad, end + pad, padding=0)
        return (start, end), top
