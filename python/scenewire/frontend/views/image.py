"""The ``image`` adapter (§8.3.7): a 2-D field as an image through a colour map, with a colour bar.

Colours follow §8.13's rule (the clamping and NaN colour of
:func:`~scenewire.scene.colormaps.map_values`) through a 1024-entry table, so a
pixel costs 4 bytes, not a float RGBA; they go to one ``ImageItem`` as RGBA bytes,
replaced in place on each update. The image
spans the coordinates of ``x_dim`` and ``y_dim`` (each pixel centred on its
coordinate; 0..n-1 without), row 0 at the bottom. A ``ColorBarItem`` beside it
shows the map with ticks between its limits and the value's label and unit.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PyQt6.QtCore import QRectF

from ...scene import colormaps
from .line_plot import axis_text
from .plot2d import TEXT, PlotAdapter, make_plot
from .registry import register


def extent(coord: np.ndarray | None, n: int) -> tuple[float, float]:
    """(start, width) of an axis of ``n`` pixels centred on ``coord`` (0..n-1 without)."""
    if coord is None or len(coord) != n or n == 0:
        return -0.5, float(max(n, 1))
    first, last = float(coord[0]), float(coord[-1])
    step = (last - first) / (n - 1) if n > 1 else 1.0
    if not np.isfinite(step) or step == 0:
        step = 1.0
    return first - step / 2, step * n


MAX_IMAGE_PIXELS = 4096 * 4096
"""Pixels one image draws (§11.1): beyond, nothing is drawn and the plot says why."""
LUT_SIZE = 1024


def colored(values: np.ndarray, cmap: str, limits: tuple[float, float]) -> np.ndarray:
    """(rows, cols, 4) RGBA bytes by §8.13's rule through a 1024-entry table: 4 bytes a pixel, no float RGBA.

    t = (v - low) / (high - low) clamped to [0, 1] (low == high: 0.5); NaN in the NaN colour. The table's
    step (1/1023 of the map) is below one byte of colour for every map of §8.13.
    """
    low, high = float(limits[0]), float(limits[1])
    v = np.asarray(values, dtype=np.float32)
    nan = np.isnan(v)
    if high > low:
        with np.errstate(invalid="ignore", over="ignore"):
            t = (v - np.float32(low)) * np.float32((LUT_SIZE - 1) / (high - low))
        index = np.clip(np.nan_to_num(t, nan=0.0), 0, LUT_SIZE - 1).astype(np.int32)
    else:
        index = np.full(v.shape, (LUT_SIZE - 1) // 2, np.int32)
    table = (np.clip(colormaps.lut(cmap, LUT_SIZE), 0.0, 1.0) * 255 + 0.5).astype(np.ubyte)
    out = table[index]
    if nan.any():
        out[nan] = (np.clip(np.asarray(colormaps.NAN_COLOR), 0.0, 1.0) * 255 + 0.5).astype(np.ubyte)
    return out


@register
class ImageAdapter(PlotAdapter):
    """Draws one ``image`` view: an ``ImageItem`` on labelled axes and a colour bar."""

    kind = "image"
    colours = True

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.image: pg.ImageItem | None = None
        self.colorbar: pg.ColorBarItem | None = None
        self.limits: tuple[float, float] | None = None
        self.cmap: str | None = None

    def build(self, parent: Any) -> None:
        self.widget, self.plot = make_plot(parent)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self.colorbar = pg.ColorBarItem(values=(0.0, 1.0), width=14, interactive=False, colorMapMenu=False, pen=TEXT)
        self.colorbar.axis.setPen(pg.mkPen(TEXT))
        self.colorbar.axis.setTextPen(pg.mkPen(TEXT))
        self.colorbar.axis.enableAutoSIPrefix(False)
        self.widget.addItem(self.colorbar, row=0, col=1)
        self.configure()
        self.refresh()

    def shown_limits(self) -> tuple[float, float] | None:
        return self.limits

    def configure(self) -> None:
        assert self.plot is not None and self.colorbar is not None
        for side, axis in (("bottom", "x"), ("left", "y")):
            text = axis_text(self.prop(f"{axis}_label"), self.prop(f"{axis}_dim"), self.prop(f"{axis}_unit"))
            self.plot.setLabel(side, text, color=TEXT)
        self.plot.setTitle(self.prop("title"), color=TEXT, size="11pt")
        field = self.field()
        unit = self.prop("value_unit") or (field.unit if field is not None else None)
        fallback = field.id if field is not None else "value"
        self.colorbar.axis.setLabel(axis_text(self.prop("value_label"), fallback, unit), color=TEXT)

    def refresh(self) -> None:
        assert self.plot is not None and self.image is not None and self.colorbar is not None
        field = self.field()
        x_dim, y_dim = self.prop("x_dim"), self.prop("y_dim")
        if field is None or field.values.ndim != 2 or set(field.dims) != {x_dim, y_dim}:
            self.image.clear()
            self.show_message(f"no 2-D field {self.prop('field_id')!r} with dims {x_dim!r} and {y_dim!r}")
            return
        if field.values.size > MAX_IMAGE_PIXELS:
            self.image.clear()
            self.show_message(f"{field.values.size} pixels: more than the {MAX_IMAGE_PIXELS} one image draws")
            return
        self.show_message(None)
        values = field.values if field.dims[0] == y_dim else field.values.T  # rows are y
        limits = self.prop("color_limits")
        limits = tuple(limits) if limits is not None else colormaps.data_limits(values)
        cmap = colormaps.resolve(self.prop("colormap"))
        self.image.setImage(colored(values, cmap, limits), autoLevels=False, levels=(0, 255))
        x0, width = extent(field.coords.get(x_dim), values.shape[1])
        y0, height = extent(field.coords.get(y_dim), values.shape[0])
        self.image.setRect(QRectF(x0, y0, width, height))
        self.plot.setXRange(x0, x0 + width, padding=0)
        self.plot.setYRange(y0, y0 + height, padding=0)
        if cmap != self.cmap:
            positions = np.linspace(0.0, 1.0, 64)
            colors = (colormaps.lut(cmap, 64) * 255).astype(np.ubyte)
            self.colorbar.setColorMap(pg.ColorMap(positions, colors))
            self.cmap = cmap
        if limits != self.limits:
            low, high = limits
            self.colorbar.setLevels((low, high) if high > low else (low - 0.5, high + 0.5))
            self.limits = limits
