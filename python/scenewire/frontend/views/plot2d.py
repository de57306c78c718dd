"""What the 2-D plot adapters share (raster, image): a white pyqtgraph plot with plain unit labels.

Built like the line plot's (see :mod:`.line_plot`): no SI prefixes (a unit is
shown as the session gives it), no mouse panning (the plot follows the data),
one tick level.
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PyQt6.QtCore import QPointF
from PyQt6.QtWidgets import QVBoxLayout, QWidget

from ..text import shown_message
from .base import ViewAdapter

TEXT = "#202020"


def make_plot(parent: Any) -> tuple[pg.GraphicsLayoutWidget, pg.PlotItem]:
    """A white plot filling ``parent`` (a panel's plain widget)."""
    widget = pg.GraphicsLayoutWidget(parent=parent)
    widget.setBackground("w")
    widget.setMinimumSize(240, 160)
    layout = parent.layout() if isinstance(parent, QWidget) else None
    if layout is None and isinstance(parent, QWidget):
        layout = QVBoxLayout(parent)
        layout.setContentsMargins(0, 0, 0, 0)
    if layout is not None:
        layout.addWidget(widget)
    plot = widget.addPlot(row=0, col=0)
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(TEXT))
        axis.setTextPen(pg.mkPen(TEXT))
        axis.enableAutoSIPrefix(False)
        axis.setStyle(maxTickLevel=1)
    for name in ("top", "right"):
        plot.getAxis(name).enableAutoSIPrefix(False)
    return widget, plot


class PlotAdapter(ViewAdapter):
    """A view drawn on one pyqtgraph plot: property lookup, a message in place of the data, pixel mapping."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.widget: pg.GraphicsLayoutWidget | None = None
        self.plot: pg.PlotItem | None = None
        self.message: pg.TextItem | None = None
        self.message_text: str | None = None

    def input_fields(self) -> set[str]:
        try:
            return {self.prop("field_id")}
        except KeyError:
            return super().input_fields()

    def exists(self) -> bool:
        try:
            self.state.view(self.view_id)
        except KeyError:
            return False
        return True

    def field(self) -> Any:
        try:
            return self.state.field(self.prop("field_id"))
        except KeyError:
            return None

    def inputs_changed(self, changes: Any) -> bool:
        return self.touched(changes) or bool(changes.state_keys & set(self.view.bindings.values()))

    def apply(self, changes: Any) -> None:
        """Labels again when the view or a bound key changed, then the data: the same for every plot view."""
        if self.closed or self.plot is None or not self.exists() or not self.inputs_changed(changes):
            return
        if changes.scene or self.view_id in changes.views or changes.state_keys:
            self.configure()
        self.refresh()

    def configure(self) -> None:
        """Axis labels, units and title from the (binding-resolved) view properties."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Draw the field's present values."""
        raise NotImplementedError

    def show_message(self, text: str | None) -> None:
        """A problem with the view's data (or a bound it hit), written in the plot instead of raised."""
        assert self.plot is not None
        self.message_text = text
        if text is None:
            if self.message is not None:
                self.plot.removeItem(self.message)
                self.message = None
            return
        if self.message is None:
            self.message = pg.TextItem(color=(180, 0, 0), anchor=(0.5, 0))
            self.plot.addItem(self.message, ignoreBounds=True)
        self.message.setText(shown_message(text))
        rect = self.plot.vb.viewRect()
        self.message.setPos(rect.center().x(), rect.bottom())

    def close(self) -> None:
        if self.widget is not None:
            self.widget.clear()
            self.widget.setParent(None)
            self.widget.deleteLater()
        self.widget = self.plot = None
        super().close()

    def data_to_widget(self, x: float, y: float) -> tuple[float, float]:
        """Where the data point (x, y) is drawn, in pixels of :attr:`widget`."""
        assert self.plot is not None and self.widget is not None
        local = self.widget.mapFromScene(self.plot.vb.mapViewToScene(QPointF(x, y)))
        return float(local.x()), float(local.y())
