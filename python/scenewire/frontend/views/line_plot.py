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
from ..text import shown as shown_label
from ..text import shown_message
from .base import ViewAdapter
from .registry import register
from .trace_data import Decimator, Traces, select_traces, widened, window_start, y_axis_range

if TYPE_CHECKING:
    from ...state import Changes

log = logging.getLogger("scenewire.frontend")

_TEXT = "#202020"
#: lines are 2 px wide and antialiased up to this many series, 1 px and aliased beyond: QPainter's
#: antialiased wide lines cost ~15x its 1-px ones, and antialiasing alone doubles the paint
#: (50 series of 1 300 points: 290 ms at 2 px, 34 ms at 1 px, 19 ms aliased)
_WIDE_UP_TO = 4
LEGEND_ROWS = 12


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


class TraceCurve(pg.PlotCurveItem):
    """A curve whose arrays are swapped each poll without ``setData``'s per-call argument checks
    and ``sigPlotChanged`` (nothing listens to it here): 50 of those calls cost ~0.9 ms a poll,
    this ~0.25 ms. It resets what ``updateData`` resets (the cached path, shapes and bounds);
    should a pyqtgraph lack one of those caches, it falls back to ``setData``.
    """

    _CACHES = ("path", "fillPath", "_fillPathList", "_mouseShape", "_lineSegmentsRendered")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._fast = all(hasattr(self, name) for name in self._CACHES)

    def replace_data(self, x: np.ndarray, y: np.ndarray) -> None:
        if not self._fast or x.shape != y.shape:
            self.setData(x, y, skipFiniteCheck=True)
            return
        self.xData, self.yData = x, y
        self.invalidateBounds()
        self.prepareGeometryChange()
        self.informViewBoundsChanged()
        self.path = self.fillPath = self._fillPathList = self._mouseShape = None
        self._lineSegmentsRendered = False
        self.update()


def axis_text(label: str | None, fallback: str, unit: str | None) -> str:
    """``"label (unit)"``: the unit as the session gives it, never rescaled with an SI prefix."""
    text = shown_label(label if label else fallback)
    return f"{text} ({shown_label(unit)})" if unit else text


@register
class LinePlotAdapter(ViewAdapter):
    """Draws one ``line_plot`` view: one curve per series, a legend, labelled axes."""

    kind = "line_plot"
    vector_export = True

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.widget: pg.GraphicsLayoutWidget | None = None
        self.plot: pg.PlotItem | None = None
        self.legend: pg.LegendItem | None = None
        self.curves: list[TraceCurve] = []
        self.message: pg.TextItem | None = None
        self.traces: Traces | None = None  # what is drawn now (after window and decimation)
        self.shown_labels: list[str] = []
        self.shown_title: str | None = None
        self.decimator = Decimator()  # keeps the decimated traces between polls
        self._grown: tuple[int, int] | None = None  # how the plotted field grew since the last refresh

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
        for name in ("top", "right"):
            # hidden, but linked to the view: with the SI prefix on, every x range change re-laid
            # out the hidden top axis's label as HTML (setHtml: about half of a streaming poll)
            self.plot.getAxis(name).enableAutoSIPrefix(False)
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
        self._grown = self._growth(changes)
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

    def _growth(self, changes: Changes) -> tuple[int, int] | None:
        """(appended, trimmed) along x since the last refresh; ``None`` when the field was replaced
        (or grew along another dim): the decimator then starts over."""
        field_id = self.prop("field_id")
        if changes.scene:
            return None
        if field_id not in changes.fields:
            return 0, 0
        growth = changes.grown.get(field_id)
        if growth is None or growth.dim != self.prop("x_dim"):
            return None
        return growth.appended, growth.trimmed

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
        title = shown_label("  \u00b7  ".join(parts)) or None
        if title != self.shown_title:
            self.plot.setTitle(title, color=_TEXT, size="11pt")
            self.shown_title = title

    def _field(self) -> Any:
        try:
            return self.state.field(self.prop("field_id"))
        except KeyError:
            return None

    def refresh(self) -> None:
        """Hand the curves the field's current traces; add or drop curves only when the series count changes.

        Only the samples appended since the last refresh are decimated anew
        (:class:`~.trace_data.Decimator`), so a poll costs its new samples, not the window.
        """
        assert self.plot is not None
        grown, self._grown = self._grown, None
        field = self._field()
        if field is None:
            self._draw_nothing(f"no field {self.prop('field_id')!r} in the scene")
            return
        self._set_title(field)
        try:
            traces = select_traces(
                field, self.prop("x_dim"), self.prop("series_dim"), self.prop("selectors"), self.prop("series_labels")
            )
        except ValueError as exc:
            self._draw_nothing(str(exc))
            return
        self._show_message(None)
        window = self.prop("rolling_window")
        x = np.asarray(traces.x, dtype=np.float64)
        start = window_start(x, window)
        key = (field.id, self.prop("x_dim"), self.prop("series_dim"), sorted(self.prop("selectors").items()), window)
        dx, dy = self.decimator.update(x, traces.y, start, self._columns(), key, grown)
        drawn = Traces(x=dx, y=dy, labels=traces.labels)
        self._set_curves(drawn)
        self._set_ranges(drawn, window, traces.y[:, start:])

    def _draw_nothing(self, why: str) -> None:
        """No line: the y axis of §8.3.4 for no finite sample (or ``y_limits``), and why in the plot."""
        empty = Traces(np.zeros(0), np.zeros((0, 0)), [])
        self._set_curves(empty)
        self.decimator.forget()
        self._set_ranges(empty, None, empty.y)
        self._show_message(why)

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
                curve = TraceCurve(pen=pen, skipFiniteCheck=True, antialias=few)
                self.plot.addItem(curve)
                self.curves.append(curve)
            self._set_legend(traces.labels)  # its entries named the old curves
        elif traces.labels != self.shown_labels:
            self._set_legend(traces.labels)
        for curve, row in zip(self.curves, traces.y, strict=True):
            curve.replace_data(traces.x, row)
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

    def _set_ranges(self, traces: Traces, window: float | None, shown: np.ndarray) -> None:
        """x: the rolling window (or all the data); y: ``y_limits``, else the rule of §8.3.4 on the
        ``shown`` samples (the drawn ones, decimated, give the same extremes faster)."""
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
            low, high = widened(float(limits[0]), float(limits[1]))  # equal limits are allowed (D17)
        else:
            low, high = y_axis_range(shown, traces.y)
        self.plot.setYRange(low, high, padding=0)

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
        self.message.setText(shown_message(text))
        center = self.plot.vb.viewRect().center()
        self.message.setPos(center.x(), center.y())

    # -- for tests and tools ---------------------------------------------------------

    def data_to_widget(self, x: float, y: float) -> tuple[float, float]:
        """Where the data point (x, y) is drawn, in pixels of :attr:`widget`."""
        assert self.plot is not None and self.widget is not None
        scene_point = self.plot.vb.mapViewToScene(QPointF(x, y))
        local = self.widget.mapFromScene(scene_point)
        return float(local.x()), float(local.y())
