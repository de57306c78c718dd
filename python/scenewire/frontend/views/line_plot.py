"""The ``line_plot`` adapter (§8.3.4): traces of a field on a pyqtgraph plot, updated in place.

pyqtgraph rather than VisPy's 2-D visuals: measured in bench/bench_frontend.py
and explained in docs/decisions.md. One ``PlotCurveItem`` per series; each
poll that touches the field hands every curve new arrays (decimated to two
points per pixel column), never new items. Properties are read binding-
resolved from the scene state, so a selector bound to frontend state moves
with it.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import numpy as np
import pyqtgraph as pg
from PyQt6.QtCore import QPointF, Qt
from PyQt6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from ...scene.views import LinePlotView
from .base import ViewAdapter
from .registry import register
from .trace_data import Traces, decimate, rolling, select_traces

if TYPE_CHECKING:
    from ...scene.state import Changes

log = logging.getLogger("scenewire.frontend")

_TEXT = "#202020"
#: lines are 2 px wide and antialiased up to this many series, 1 px and aliased beyond: QPainter's
#: antialiased wide lines cost ~15x its 1-px ones, and antialiasing alone doubles the paint
#: (50 series of 1 300 points: 290 ms at 2 px, 34 ms at 1 px, 19 ms aliased)
_WIDE_UP_TO = 4
LEGEND_ROWS = 12
_Y_PAD = 0.04  # a line on the y limit stays visible: 4 % of the range each side


def series_color(i: int, count: int) -> tuple[int, int, int]:
    """A distinct, dark-enough colour per series on a white plot.

    Up to ten series get hand-picked colours; beyond, hues step by the golden
    ratio round the circle (neighbours, which share a legend, never look
    alike) and alternate between two brightnesses.
    """
    base = (
        (31, 100, 180),
        (230, 110, 0),
        (40, 150, 50),
        (200, 30, 40),
        (130, 90, 180),
        (130, 80, 60),
        (210, 90, 170),
        (100, 100, 100),
        (160, 160, 20),
        (20, 160, 180),
    )
    if count <= len(base):
        return base[i]
    color = pg.hsvColor((i * 0.6180339887) % 1.0, sat=0.85, val=0.8 if i % 2 == 0 else 0.55)
    return color.red(), color.green(), color.blue()


def axis_text(label: str | None, fallback: str, unit: str | None) -> str:
    """``"label (unit)"``: the unit as the session gives it, never rescaled with an SI prefix."""
    text = label if label else fallback
    return f"{text} ({unit})" if unit else text


@register
class LinePlotAdapter(ViewAdapter):
    """Draws one ``line_plot`` view: one curve per series, a legend, labelled axes."""

    kind = "line_plot"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.widget: pg.GraphicsLayoutWidget | None = None
        self.plot: pg.PlotItem | None = None
        self.legend: pg.LegendItem | None = None
        self.curves: list[pg.PlotCurveItem] = []
        self.message: pg.TextItem | None = None
        self.traces: Traces | None = None  # what is drawn now (after window and decimation)
        self.shown_labels: list[str] = []
        self.shown_title: str | None = None

    # -- ViewAdapter ------------------------------------------------------------

    def build(self, parent: Any) -> None:
        self.widget = pg.GraphicsLayoutWidget(parent=parent)
        self.widget.setBackground("w")
        self.widget.setMinimumSize(240, 160)
        layout = parent.layout() if isinstance(parent, QWidget) else None
        if layout is None and isinstance(parent, QWidget):
            layout = QVBoxLayout(parent)
            layout.setContentsMargins(0, 0, 0, 0)
        if layout is not None:
            layout.addWidget(self.widget)
        self.plot = self.widget.addPlot(row=0, col=0)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)  # the plot follows the data; a drag would be undone next tick
        self.plot.hideButtons()
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(pg.mkPen(_TEXT))
            axis.setTextPen(pg.mkPen(_TEXT))
            axis.enableAutoSIPrefix(False)
            axis.setStyle(maxTickLevel=1)  # no third, unlabelled tick level: its grid lines doubled a streaming paint
        # beside the plot, not over it: a streaming plot's newest samples are at its right edge
        self.legend = pg.LegendItem(labelTextColor=_TEXT, labelTextSize="9pt", verSpacing=-4)
        self.legend.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.widget.addItem(self.legend, row=0, col=1)
        grid = self.widget.ci.layout
        grid.setAlignment(self.legend, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretchFactor(0, 1)
        grid.setColumnStretchFactor(1, 0)
        self.configure()
        self.refresh()

    def apply(self, changes: Changes) -> None:
        if self.closed or self.plot is None or not self._exists() or not self.inputs_changed(changes):
            return
        if changes.scene or self.view_id in changes.views or changes.state_keys & self.bound_keys():
            self.configure()
        self.refresh()

    def close(self) -> None:
        if self.widget is not None:
            self.widget.clear()
            self.widget.setParent(None)
            self.widget.deleteLater()
        self.widget = self.plot = self.legend = None
        self.curves = []
        super().close()

    # -- what changed -------------------------------------------------------------

    def _exists(self) -> bool:
        """Whether the scene still has this view (a new scene may not; the window then closes the adapter)."""
        try:
            self.state.view(self.view_id)
        except KeyError:
            return False
        return True

    def bound_keys(self) -> set[str]:
        return set(self.view.bindings.values())

    def inputs_changed(self, changes: Changes) -> bool:
        """Its field, its view, or a state key one of its properties is bound to."""
        return self.touched(changes) or bool(changes.state_keys & self.bound_keys())

    def prop(self, name: str) -> Any:
        return self.state.view_property(self.view_id, name)

    def input_fields(self) -> set[str]:
        """The bound ``field_id`` when there is one, else the literal."""
        try:
            return {self.prop("field_id")}
        except KeyError:
            return super().input_fields()

    # -- drawing -------------------------------------------------------------------

    def configure(self) -> None:
        """Axis labels, units and title from the (binding-resolved) view properties."""
        assert self.plot is not None
        view = self.view
        assert isinstance(view, LinePlotView)
        field = self._field()
        x_unit = self.prop("x_unit")
        y_unit = self.prop("y_unit") or (field.unit if field is not None else None)
        y_fallback = field.id if field is not None else "value"
        self.plot.setLabel("bottom", axis_text(self.prop("x_label"), self.prop("x_dim"), x_unit), color=_TEXT)
        self.plot.setLabel("left", axis_text(self.prop("y_label"), y_fallback, y_unit), color=_TEXT)
        self.shown_title = None

    def _set_title(self, field: Any) -> None:
        """The view's title, then where the other dims are fixed ("trial 2"): a selector must be visible."""
        assert self.plot is not None
        parts = [self.prop("title")] if self.prop("title") else []
        if field is not None:
            fixed = [d for d in field.dims if d not in (self.prop("x_dim"), self.prop("series_dim"))]
            selectors = self.prop("selectors")
            for dim in fixed:
                size = field.values.shape[field.dims.index(dim)]
                at = int(selectors.get(dim, 0))
                coord = field.coords.get(dim)
                value = f"{coord[at]:g}" if coord is not None and 0 <= at < min(len(coord), size) else str(at)
                parts.append(f"{dim} {value}")
        title = "  \u00b7  ".join(parts) or None
        if title != self.shown_title:
            self.plot.setTitle(title, color=_TEXT, size="11pt")
            self.shown_title = title

    def _field(self) -> Any:
        try:
            return self.state.field(self.prop("field_id"))
        except KeyError:
            return None

    def refresh(self) -> None:
        """Hand the curves the field's current traces; add or drop curves only when the series count changes."""
        assert self.plot is not None
        field = self._field()
        if field is None:
            self._show_message(f"no field {self.prop('field_id')!r} in the scene")
            self._set_curves(Traces(np.zeros(0), np.zeros((0, 0)), []))
            return
        self._set_title(field)
        try:
            traces = select_traces(
                field, self.prop("x_dim"), self.prop("series_dim"), self.prop("selectors"), self.prop("series_labels")
            )
        except ValueError as exc:
            self._show_message(str(exc))
            self._set_curves(Traces(np.zeros(0), np.zeros((0, 0)), []))
            return
        self._show_message(None)
        x, y = rolling(np.asarray(traces.x, dtype=np.float64), traces.y, self.prop("rolling_window"))
        x, y = decimate(x, y, self._columns())
        drawn = Traces(x=x, y=y, labels=traces.labels)
        self._set_curves(drawn)
        self._set_ranges(drawn, self.prop("rolling_window"))

    def _columns(self) -> int:
        """The plot area's width in pixels (what decimation keeps two points per)."""
        assert self.plot is not None
        width = int(self.plot.vb.width())
        return max(width, 200)

    def _set_curves(self, traces: Traces) -> None:
        assert self.plot is not None and self.legend is not None
        count = traces.y.shape[0]
        if count != len(self.curves):
            for curve in self.curves:
                self.plot.removeItem(curve)
            self.curves = []
            few = count <= _WIDE_UP_TO
            for i in range(count):
                pen = pg.mkPen(series_color(i, count), width=2 if few else 1)
                curve = pg.PlotCurveItem(pen=pen, skipFiniteCheck=True, antialias=few)
                self.plot.addItem(curve)
                self.curves.append(curve)
            self._set_legend(traces.labels)  # its entries named the old curves
        elif traces.labels != self.shown_labels:
            self._set_legend(traces.labels)
        for curve, row in zip(self.curves, traces.y, strict=True):
            curve.setData(traces.x, row, skipFiniteCheck=True)
        self.traces = traces

    def _set_legend(self, labels: list[str]) -> None:
        """One entry per series, at most :data:`LEGEND_ROWS` (then "+ N more"); none for a single unnamed trace.

        Fifty entries would take more room than the data; nobody reads a legend that long.
        """
        assert self.legend is not None
        self.legend.clear()
        if len(labels) > 1 or self.prop("series_labels"):
            shown = labels if len(labels) <= LEGEND_ROWS else labels[: LEGEND_ROWS - 1]
            for curve, label in zip(self.curves, shown, strict=False):
                self.legend.addItem(curve, label)
            if len(shown) < len(labels):
                self.legend.addItem(pg.PlotDataItem(pen=None), f"+ {len(labels) - len(shown)} more")
        visible = bool(self.legend.items)
        self.legend.setVisible(visible)
        self.legend.setMaximumWidth(16777215 if visible else 0)  # a hidden legend gives its column back
        self.shown_labels = list(labels)

    def _set_ranges(self, traces: Traces, window: float | None) -> None:
        assert self.plot is not None
        x = traces.x
        if x.size:
            high = float(x[-1])
            # until the data is as wide as the window, show the data (no stretch of negative time)
            low = max(float(x[0]), high - window) if window is not None else float(x[0])
            if low == high:
                low, high = low - 0.5, high + 0.5
            self.plot.setXRange(low, high, padding=0)
        limits = self.prop("y_limits")
        if limits is not None:
            low, high = float(limits[0]), float(limits[1])
            if low == high:  # allowed (D17); show the line in the middle
                low, high = low - (abs(low) * 0.05 or 1.0), high + (abs(high) * 0.05 or 1.0)
            self.plot.setYRange(low, high, padding=0)
            return
        finite = traces.y[np.isfinite(traces.y)] if traces.y.dtype.kind == "f" else traces.y.ravel()
        if finite.size:
            low, high = float(finite.min()), float(finite.max())
            if low == high:
                low, high = low - (abs(low) * 0.05 or 1.0), high + (abs(high) * 0.05 or 1.0)
            self.plot.setYRange(low, high, padding=_Y_PAD)

    def _show_message(self, text: str | None) -> None:
        """A problem with the view's data, written in the plot instead of raised."""
        assert self.plot is not None
        if text is None:
            if self.message is not None:
                self.plot.removeItem(self.message)
                self.message = None
            return
        log.warning("line plot %r: %s", self.view_id, text)
        if self.message is None:
            self.message = pg.TextItem(color=(180, 0, 0), anchor=(0.5, 0.5))
            self.plot.addItem(self.message, ignoreBounds=True)
        self.message.setText(text)
        center = self.plot.vb.viewRect().center()
        self.message.setPos(center.x(), center.y())

    # -- for tests and tools ---------------------------------------------------------

    def data_to_widget(self, x: float, y: float) -> tuple[float, float]:
        """Where the data point (x, y) is drawn, in pixels of :attr:`widget`."""
        assert self.plot is not None and self.widget is not None
        scene_point = self.plot.vb.mapViewToScene(QPointF(x, y))
        local = self.widget.mapFromScene(scene_point)
        return float(local.x()), float(local.y())
