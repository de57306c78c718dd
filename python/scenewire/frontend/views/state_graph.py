"""The ``state_graph`` adapter (§8.3.5, §8.4): nodes and edges coloured by fields through §8.13's maps.

Drawn with pyqtgraph like the line plots (docs/decisions.md): one scatter item
for the nodes, one line per edge with an arrowhead, text for labels, and a
colour bar that states the limits. A field update only re-colours; a change of
the view (nodes, edges, positions, colour map) rebuilds the items, which is
cheap for the handful of states a kinetic scheme has.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING, Any

import numpy as np
import pyqtgraph as pg
from PyQt6.QtCore import QPointF, Qt
from PyQt6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from ...protocol.limits import MAX_GRAPH_ELEMENTS
from ...scene import colormaps
from ..text import count_text, shown
from .base import ViewAdapter
from .registry import register

if TYPE_CHECKING:
    from ...state import Changes

log = logging.getLogger("scenewire.frontend")

NODE_SIZE = 34  # px, diameter
SELECTION_KEY = "selection"  # the reserved frontend state key of §7.7: a selected node gets a thick ring
# without a field: a white (hollow-looking) node and a dark grey edge, both apart from coolwarm's pale middle
NODE_NO_FIELD = (1.0, 1.0, 1.0, 1.0)
EDGE_NO_FIELD = (0.45, 0.45, 0.45, 1.0)
_TEXT = "#202020"
_OUTLINE = (60, 60, 60)


def last_value(values: np.ndarray) -> float:
    """The value that colours a node or edge: the field's last element (§8.3.5); NaN when it is empty."""
    flat = np.asarray(values).reshape(-1)
    return float(flat[-1]) if flat.size else math.nan


def place_nodes(positions: list[tuple[float, float] | None]) -> np.ndarray:
    """(n, 2) positions: the given ones, and the rest evenly on a circle around them.

    With no position given the nodes sit on the unit circle, the first at the
    top, going clockwise; otherwise the circle is centred on the given nodes
    and just encloses them, so placed nodes never land on given ones' centre.
    """
    n = len(positions)
    out = np.zeros((n, 2))
    given = [p for p in positions if p is not None]
    missing = [i for i, p in enumerate(positions) if p is None]
    if given:
        pts = np.array(given, dtype=float)
        center = pts.mean(axis=0)
        radius = max(float(np.max(np.linalg.norm(pts - center, axis=1))) * 1.3, 1.0)
    else:
        center, radius = np.zeros(2), 1.0
    for k, i in enumerate(missing):
        angle = math.pi / 2 - 2 * math.pi * k / max(len(missing), 1)
        out[i] = center + radius * np.array([math.cos(angle), math.sin(angle)])
    for i, p in enumerate(positions):
        if p is not None:
            out[i] = p
    return out


def _qcolor(rgba: Any) -> tuple[int, int, int, int]:
    return tuple(round(float(c) * 255) for c in rgba)  # type: ignore[return-value]


@register
class StateGraphAdapter(ViewAdapter):
    """Draws one ``state_graph`` view: coloured nodes, directed coloured edges, labels, a colour bar."""

    kind = "state_graph"
    colours = True

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.refusal: str | None = None  # why the graph is not drawn (over MAX_GRAPH_ELEMENTS)
        self.widget: pg.GraphicsLayoutWidget | None = None
        self.plot: pg.PlotItem | None = None
        self.bar: pg.ColorBarItem | None = None
        self.nodes_item: pg.ScatterPlotItem | None = None
        self.edge_items: list[tuple[pg.PlotCurveItem, pg.ArrowItem]] = []
        self.texts: list[pg.TextItem] = []
        self.positions = np.zeros((0, 2))
        self.limits: tuple[float, float] = colormaps.NO_DATA_LIMITS
        self.node_colors = np.zeros((0, 4), np.float32)  # what is drawn now, float RGBA per node
        self.edge_colors = np.zeros((0, 4), np.float32)
        self.selected: str | None = None
        #: told when a click changed frontend state, so the window can pass it to the other views
        self.state_changed: Callable[[Any], None] | None = None

    # -- ViewAdapter ------------------------------------------------------------

    def build(self, parent: Any) -> None:
        self.widget = pg.GraphicsLayoutWidget(parent=parent)
        self.widget.setBackground("w")
        self.widget.setMinimumSize(200, 160)
        layout = parent.layout() if isinstance(parent, QWidget) else None
        if layout is None and isinstance(parent, QWidget):
            layout = QVBoxLayout(parent)
            layout.setContentsMargins(0, 0, 0, 0)
        if layout is not None:
            layout.addWidget(self.widget)
        self.plot = self.widget.addPlot(row=0, col=0)
        self.plot.hideAxis("left")
        self.plot.hideAxis("bottom")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setAspectLocked(True)
        self.nodes_item = pg.ScatterPlotItem(size=NODE_SIZE, pen=pg.mkPen(_OUTLINE, width=1.5), pxMode=True)
        self.nodes_item.setZValue(10)
        self.nodes_item.sigClicked.connect(self._clicked)
        self.bar = pg.ColorBarItem(values=self.limits, interactive=False, width=14, colorMap=self._cmap())
        self.bar.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.widget.addItem(self.bar, row=0, col=1)
        self.widget.ci.layout.setAlignment(self.bar, Qt.AlignmentFlag.AlignVCenter)
        self.bar.axis.setTextPen(pg.mkPen(_TEXT))
        self.rebuild()

    def apply(self, changes: Changes) -> None:
        if self.closed or self.plot is None:
            return
        try:
            bound = set(self.view.bindings.values())
        except KeyError:  # a new scene without this view: the window closes the adapter
            return
        if changes.scene or self.view_id in changes.views or changes.state_keys & bound:
            self.rebuild()
        elif self.touched(changes) or SELECTION_KEY in changes.state_keys:
            self.recolor()

    def close(self) -> None:
        if self.widget is not None:
            self.widget.clear()
            self.widget.setParent(None)
            self.widget.deleteLater()
        self.widget = self.plot = self.bar = self.nodes_item = None
        super().close()

    # -- drawing -------------------------------------------------------------------

    def shown_limits(self) -> tuple[float, float] | None:
        return self.limits

    def _cmap(self) -> pg.ColorMap:
        name = self.prop("colormap") if self.plot is not None else colormaps.DEFAULT_COLORMAP
        table = colormaps.lut(colormaps.resolve(name), 256)
        return pg.ColorMap(np.linspace(0.0, 1.0, 256), (table * 255).round().astype(np.ubyte))

    def rebuild(self) -> None:
        """Items for the current nodes and edges, then their colours."""
        assert self.plot is not None and self.nodes_item is not None and self.bar is not None
        self.plot.clear()
        self.texts = []
        self.edge_items = []
        name = self.prop("colormap")
        if colormaps.resolve(name) != name:
            log.warning(
                "state graph %r: unknown colour map %r, drawn as %s", self.view_id, name, colormaps.DEFAULT_COLORMAP
            )
        self.bar.setColorMap(self._cmap())
        title = shown(self.prop("title"))
        self.plot.setTitle(title, color=_TEXT, size="11pt") if title else self.plot.setTitle(None)
        nodes, edges = self.prop("nodes"), self.prop("edges")
        self.refusal = None
        if len(nodes) + len(edges) > MAX_GRAPH_ELEMENTS:  # an item and a text each: a million froze the window
            self.refusal = (
                f"{count_text(len(nodes))} nodes and {count_text(len(edges))} edges: more than the"
                f" {count_text(MAX_GRAPH_ELEMENTS)} a state graph draws"
            )
            log.warning("state graph %r: %s", self.view_id, self.refusal)
            self.positions = np.zeros((0, 2))
            self.plot.setTitle(escape(self.refusal), color="#b40000", size="10pt")
            return
        self.bar.axis.setLabel(shown(self._unit()), color=_TEXT)
        self.positions = place_nodes([tuple(n.position) if n.position is not None else None for n in nodes])
        index = {node.id: i for i, node in enumerate(nodes)}
        pairs = {(e.source, e.target) for e in edges}
        span = float(np.ptp(self.positions, axis=0).max()) if len(nodes) > 1 else 1.0
        for edge in edges:
            a, b = self.positions[index[edge.source]], self.positions[index[edge.target]]
            d = b - a
            length = float(np.hypot(*d)) or 1.0
            normal = np.array([-d[1], d[0]]) / length
            if (edge.target, edge.source) in pairs:  # a reversible step: two arrows side by side
                a, b = a + normal * span * 0.05, b + normal * span * 0.05
            line = pg.PlotCurveItem(x=[a[0], b[0]], y=[a[1], b[1]], antialias=True)
            tip = a + (b - a) * 0.62
            angle = 180.0 - math.degrees(math.atan2(d[1], d[0]))
            arrow = pg.ArrowItem(pos=(tip[0], tip[1]), angle=angle, headLen=16, tailLen=None, pen=None)
            self.plot.addItem(line)
            self.plot.addItem(arrow)
            self.edge_items.append((line, arrow))
            if edge.label:
                mid = (a + b) / 2 + normal * span * 0.07
                self._text(edge.label, mid, (0.5, 0.5), "8pt")
        self.plot.addItem(self.nodes_item)
        for node, pos in zip(nodes, self.positions, strict=True):
            self._text(node.label or node.id, pos, (0.5, -0.75), "9pt")
        if len(nodes):
            low, high = self.positions.min(axis=0), self.positions.max(axis=0)
            pad = max(span, 1.0) * 0.22
            self.plot.setRange(xRange=(low[0] - pad, high[0] + pad), yRange=(low[1] - pad, high[1] + pad), padding=0)
        self.recolor()

    def _unit(self) -> str | None:
        """The colour bar's unit: the colouring fields' one, when they all share it."""
        units = set()
        for item in [*self.prop("nodes"), *self.prop("edges")]:
            if item.field_id:
                try:
                    units.add(self.state.field(item.field_id).unit)
                except KeyError:
                    continue
        return units.pop() if len(units) == 1 else None

    def _text(self, text: str, pos: np.ndarray, anchor: tuple[float, float], size: str) -> None:
        assert self.plot is not None
        html = f'<span style="font-size:{size}; color:{_TEXT}">{escape(shown(text))}</span>'
        item = pg.TextItem(html=html, anchor=anchor)
        item.setPos(float(pos[0]), float(pos[1]))
        item.setZValue(20)
        self.plot.addItem(item)
        self.texts.append(item)

    def _values(self, items: list[Any]) -> list[float | None]:
        out: list[float | None] = []
        for item in items:
            if not item.field_id:
                out.append(None)
                continue
            try:
                out.append(last_value(self.state.field(item.field_id).values))
            except KeyError:
                log.warning("state graph %r: no field %r", self.view_id, item.field_id)
                out.append(None)
        return out

    def color_limits(self) -> tuple[float, float]:
        """``color_limits``, else from the data: every element of every field the graph names (§8.13)."""
        given = self.prop("color_limits")
        if given is not None:
            return float(given[0]), float(given[1])
        arrays = []
        for item in [*self.prop("nodes"), *self.prop("edges")]:
            if item.field_id:
                try:
                    arrays.append(np.asarray(self.state.field(item.field_id).values, dtype=np.float64).reshape(-1))
                except (KeyError, TypeError, ValueError):
                    continue
        if not arrays:
            return colormaps.NO_DATA_LIMITS
        return colormaps.data_limits(np.concatenate(arrays))

    def _colors(self, values: list[float | None], name: str, missing: tuple[float, ...]) -> np.ndarray:
        out = np.tile(np.array(missing, np.float32), (len(values), 1))
        have = [i for i, v in enumerate(values) if v is not None]
        if have:
            out[have] = colormaps.map_values(np.array([values[i] for i in have]), name, self.limits)
        return out

    def recolor(self) -> None:
        """Colour nodes and edges from their fields' current values."""
        assert self.nodes_item is not None and self.bar is not None
        if self.refusal is not None:
            return
        name = colormaps.resolve(self.prop("colormap"))
        self.limits = self.color_limits()
        nodes, edges = self.prop("nodes"), self.prop("edges")
        self.node_colors = self._colors(self._values(nodes), name, NODE_NO_FIELD)
        self.edge_colors = self._colors(self._values(edges), name, EDGE_NO_FIELD)
        brushes = [pg.mkBrush(*_qcolor(c)) for c in self.node_colors]
        selected = self.state.frontend_state.get(SELECTION_KEY)
        self.selected = selected if isinstance(selected, str) and selected in {n.id for n in nodes} else None
        pens = [pg.mkPen((0, 0, 0), width=4) if n.id == self.selected else pg.mkPen(_OUTLINE, width=1.5) for n in nodes]
        self.nodes_item.setData(pos=self.positions, brush=brushes, pen=pens, data=[n.id for n in nodes], size=NODE_SIZE)
        for (line, arrow), color in zip(self.edge_items, self.edge_colors, strict=True):
            rgba = _qcolor(color)
            line.setPen(pg.mkPen(rgba, width=3))
            arrow.setStyle(brush=pg.mkBrush(*rgba), pen=pg.mkPen(_OUTLINE, width=1))
        low, high = self.limits
        self.bar.setLevels((low, high) if high > low else (low - 0.5, high + 0.5))

    def _clicked(self, _item: Any, points: Any, *_: Any) -> None:
        """A click on a node selects it (frontend state ``selection``) and sends ``entity_clicked`` (§6.5)."""
        from ...protocol import EntityClicked

        if not len(points):
            return
        node_id = str(points[0].data())
        changes = self.state.set_frontend_state(SELECTION_KEY, node_id)
        if changes:
            self.apply(changes)
            if self.state_changed is not None:
                self.state_changed(changes)
        self.send(EntityClicked(entity_id=node_id, view_id=self.view_id))

    # -- for tests and tools ---------------------------------------------------------

    def node_to_widget(self, node_id: str) -> tuple[float, float]:
        """Where a node's centre is drawn, in pixels of :attr:`widget`."""
        assert self.plot is not None and self.widget is not None
        ids = [n.id for n in self.prop("nodes")]
        x, y = self.positions[ids.index(node_id)]
        local = self.widget.mapFromScene(self.plot.vb.mapViewToScene(QPointF(float(x), float(y))))
        return float(local.x()), float(local.y())
