"""Views: how a frontend shows fields. Any property may be bound to frontend state.

``bindings`` maps a property name (or ``selectors.<dim>`` for a line plot's
selector) to a frontend state key; while that key is set, its value replaces
the literal property. The literal stays the fallback, and each property keeps
one wire type, which typed clients (C#) need.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..wire.records import (
    BOOL,
    COUNT,
    FLOAT,
    POINT,
    POSITIVE,
    RANGE,
    STR,
    ListOf,
    MapOf,
    Record,
    RecordType,
    many,
    opt,
    req,
)


@dataclass(eq=False, slots=True)
class Camera(Record):
    """A 3-D view's initial camera (protocol 1.1, §8.14 rule 6), in the scene frame, angles in degrees.

    The eye looks at the centre of what the view shows from the direction
    (cos e · sin a, sin e, cos e · cos a), +y up: azimuth 0 and elevation 0 is
    §8.14's default, from +z looking along -z. Angles and a distance are what
    Unity's and three.js's orbit cameras take, and need no centre the session
    would have to compute.

    Args:
        azimuth: degrees about +y, from +z towards +x.
        elevation: degrees above the x-z plane, -90 to 90.
        distance: from the centre to the eye in scene units (above 0); absent, what frames the view.
    """

    azimuth: float = req(FLOAT)
    elevation: float = req(FLOAT)
    distance: float | None = opt(FLOAT)

    def check(self) -> None:
        if not math.isfinite(self.azimuth):
            raise ValueError(f"camera: azimuth {self.azimuth} is not finite")
        if not -90.0 <= self.elevation <= 90.0:
            raise ValueError(f"camera: elevation {self.elevation} is outside -90..90")
        if self.distance is not None and not (math.isfinite(self.distance) and self.distance > 0):
            raise ValueError(f"camera: distance {self.distance} is not finite and above 0")


CAMERA = RecordType(Camera)


SHADINGS = ("smooth", "flat", "none")
MARKERS = ("tick", "dot")
BINDINGS = MapOf(STR)


def _check_bindings(view: Record, view_id: str, bindings: dict[str, str]) -> None:
    """A binding names a property of the view, or ``selectors.<dim>`` of a line plot (§8.3.1)."""
    names = {f.key for f in view.wire_fields()} - {"id", "bindings"}
    for prop in bindings:
        selector = "selectors" in names and prop.startswith("selectors.") and len(prop) > len("selectors.")
        if prop not in names and not selector:
            raise ValueError(f"view {view_id!r}: binding for unknown property {prop!r}")


@dataclass(eq=False, slots=True)
class MorphologyView(Record, kind="morphology"):
    """A morphology geometry drawn in 3-D, coloured by a per-segment field.

    Args:
        id: unique among the scene's views.
        geometry_id: the :class:`MorphologyGeometry` drawn.
        color_field_id: a field with one value per segment (its first dim), mapped to colour.
        colormap: a colour map name of §8.13 (``"viridis"``, ``"coolwarm"``, ...).
        color_limits: ``(low, high)`` of the colour map; absent, from the field's values.
        title: the panel's title.
        bindings: property name -> frontend state key, whose value replaces the property.
        camera: the initial camera (protocol 1.1, §8.14 rule 6); absent, §8.14 rule 2's.
    """

    id: str = req(STR)
    geometry_id: str = req(STR)
    color_field_id: str | None = opt(STR)
    colormap: str = req(STR, default="viridis")
    color_limits: tuple[float, float] | None = opt(RANGE)
    title: str | None = opt(STR)
    bindings: dict[str, str] = many(BINDINGS, dict)
    camera: Camera | None = opt(CAMERA)

    def check(self) -> None:
        _check_bindings(self, self.id, self.bindings)


@dataclass(eq=False, slots=True)
class SurfaceView(Record, kind="surface"):
    """A height field over a grid geometry, optionally coloured by another field.

    Args:
        id: unique among the scene's views.
        grid_id: the :class:`GridGeometry` the surface spans.
        height_field_id: a field with the grid's two dims, in the grid's order: the heights.
        color_field_id: a field of the same shape mapped to colour; absent, the heights are.
        colormap: a colour map name of §8.13.
        color_limits: ``(low, high)`` of the colour map; absent, from the values.
        shading: ``"smooth"``, ``"flat"`` or ``"none"``.
        show_axes: whether to draw the axes.
        title: the panel's title.
        bindings: property name -> frontend state key, whose value replaces the property.
        height_scale: heights drawn times this (protocol 1.1, §8.14 rule 5; above 0); absent, 1:1.
        camera: the initial camera (protocol 1.1, §8.14 rule 6); absent, the renderer's own.
    """

    id: str = req(STR)
    grid_id: str = req(STR)
    height_field_id: str = req(STR)
    color_field_id: str | None = opt(STR)
    colormap: str = req(STR, default="viridis")
    color_limits: tuple[float, float] | None = opt(RANGE)
    shading: str = req(STR, default="smooth")
    show_axes: bool = req(BOOL, default=True)
    title: str | None = opt(STR)
    bindings: dict[str, str] = many(BINDINGS, dict)
    height_scale: float | None = opt(FLOAT)
    camera: Camera | None = opt(CAMERA)

    def check(self) -> None:
        if self.shading not in SHADINGS:
            raise ValueError(f"view {self.id!r}: shading {self.shading!r} is not one of {SHADINGS}")
        if self.height_scale is not None and not (math.isfinite(self.height_scale) and self.height_scale > 0):
            raise ValueError(f"view {self.id!r}: height_scale {self.height_scale} is not finite and above 0")
        _check_bindings(self, self.id, self.bindings)


@dataclass(eq=False, slots=True)
class LinePlotView(Record, kind="line_plot"):
    """Traces of a field against one dim, one line per entry of ``series_dim``.

    ``selectors`` fixes the other dims to an index; ``rolling_window`` shows
    only the last stretch of x (in x units); ``y_limits`` fixes the y axis.
    A scene whose plot names dims its field lacks is refused when built.

    Args:
        id: unique among the scene's views.
        field_id: the plotted field.
        x_dim: the field's dim along x; its coordinates (or 0..n-1) are the x values.
        series_dim: the field's dim whose entries are separate lines; differs from ``x_dim``.
        selectors: every other dim fixed to an index, ``{"trial": 0}`` (0 when not given).
        series_labels: one legend label per line.
        x_label: the x axis's label.
        y_label: the y axis's label.
        x_unit: the x axis's unit.
        y_unit: the y axis's unit.
        rolling_window: show only x within this width of the last x (x units, above 0).
        y_limits: ``(low, high)`` of the y axis; absent, from the data shown.
        title: the panel's title.
        bindings: property name (or ``"selectors.<dim>"``) -> frontend state key.
    """

    id: str = req(STR)
    field_id: str = req(STR)
    x_dim: str = req(STR)
    series_dim: str | None = opt(STR)
    selectors: dict[str, int] = many(MapOf(COUNT), dict)
    series_labels: list[str] | None = opt(ListOf(STR))
    x_label: str | None = opt(STR)
    y_label: str | None = opt(STR)
    x_unit: str | None = opt(STR)
    y_unit: str | None = opt(STR)
    rolling_window: float | None = opt(FLOAT)
    y_limits: tuple[float, float] | None = opt(RANGE)
    title: str | None = opt(STR)
    bindings: dict[str, str] = many(BINDINGS, dict)

    def check(self) -> None:
        if self.series_dim is not None and self.series_dim == self.x_dim:
            raise ValueError(f"view {self.id!r}: series_dim and x_dim are both {self.x_dim!r}")
        if self.rolling_window is not None and not self.rolling_window > 0:
            raise ValueError(f"view {self.id!r}: rolling_window must be positive")
        _check_bindings(self, self.id, self.bindings)


@dataclass(eq=False, slots=True)
class GraphNode(Record):
    """A node of a state graph, coloured by a scalar field when ``field_id`` is set."""

    id: str = req(STR)
    label: str | None = opt(STR)
    field_id: str | None = opt(STR)
    position: tuple[float, float] | None = opt(POINT)


@dataclass(eq=False, slots=True)
class GraphEdge(Record):
    """A directed edge between two nodes, coloured like nodes."""

    source: str = req(STR)
    target: str = req(STR)
    label: str | None = opt(STR)
    field_id: str | None = opt(STR)


@dataclass(eq=False, slots=True)
class StateGraphView(Record, kind="state_graph"):
    """Nodes and edges (e.g. channel states) coloured by fields."""

    id: str = req(STR)
    nodes: list[GraphNode] = many(ListOf(RecordType(GraphNode)))
    edges: list[GraphEdge] = many(ListOf(RecordType(GraphEdge)))
    colormap: str = req(STR, default="viridis")
    color_limits: tuple[float, float] | None = opt(RANGE)
    title: str | None = opt(STR)
    bindings: dict[str, str] = many(BINDINGS, dict)

    def check(self) -> None:
        ids = {n.id for n in self.nodes}  # a set: the edge check below stays linear
        if len(ids) != len(self.nodes):
            raise ValueError(f"view {self.id!r}: node ids repeat")
        for edge in self.edges:
            if edge.source not in ids or edge.target not in ids:
                raise ValueError(f"view {self.id!r}: edge {edge.source!r}->{edge.target!r} names an unknown node")
        _check_bindings(self, self.id, self.bindings)


@dataclass(eq=False, slots=True)
class RasterView(Record, kind="raster"):
    """Events (spikes) per unit: protocol 1.1 (§8.3.6), sent only to a peer whose hello says minor 1.

    The field is 1-D along ``event_dim``: each entry is one event, its value the
    unit's index (an integer), its coordinate along ``event_dim`` the event's time.
    A session appends a tick's events with one ``field_append`` (times ascending,
    ``max_length`` bounding what is kept), so the window scrolls as a line plot does.

    Args:
        id: unique among the scene's views.
        field_id: the event field (values: unit indices; coordinates: times).
        event_dim: its one dim.
        unit_count: how many units the y axis spans (0..unit_count-1); absent, from the data.
        marker: ``"tick"`` (a short vertical bar per event) or ``"dot"``.
        time_label: the x axis's label.
        time_unit: the unit of the times (``"ms"``).
        unit_label: the y axis's label (``"neuron"``).
        rolling_window: show only events within this width of the last time (time units, above 0).
        title: the panel's title.
        bindings: property name -> frontend state key.
    """

    id: str = req(STR)
    field_id: str = req(STR)
    event_dim: str = req(STR)
    unit_count: int | None = opt(POSITIVE)
    marker: str = req(STR, default="tick")
    time_label: str | None = opt(STR)
    time_unit: str | None = opt(STR)
    unit_label: str | None = opt(STR)
    rolling_window: float | None = opt(FLOAT)
    title: str | None = opt(STR)
    bindings: dict[str, str] = many(BINDINGS, dict)

    def check(self) -> None:
        if self.marker not in MARKERS:
            raise ValueError(f"view {self.id!r}: marker {self.marker!r} is not one of {MARKERS}")
        if self.rolling_window is not None and not self.rolling_window > 0:
            raise ValueError(f"view {self.id!r}: rolling_window must be positive")
        _check_bindings(self, self.id, self.bindings)


@dataclass(eq=False, slots=True)
class ImageView(Record, kind="image"):
    """A 2-D field drawn as an image through a colour map, with a colour bar: protocol 1.1 (§8.3.7).

    Args:
        id: unique among the scene's views.
        field_id: a field with exactly two dims (a sheet of voltages, a spectrogram).
        x_dim: the dim along the image's width; its coordinates (or 0..n-1) place the columns.
        y_dim: the dim along its height (rows, from the bottom); differs from ``x_dim``.
        colormap: a colour map name of §8.13.
        color_limits: ``(low, high)`` of the colour map; absent, from the field's values (§8.13).
        x_label: the x axis's label.
        y_label: the y axis's label.
        x_unit: the x axis's unit.
        y_unit: the y axis's unit.
        value_label: the colour bar's label (``"V"``).
        value_unit: the colour bar's unit (``"mV"``).
        title: the panel's title.
        bindings: property name -> frontend state key.
    """

    id: str = req(STR)
    field_id: str = req(STR)
    x_dim: str = req(STR)
    y_dim: str = req(STR)
    colormap: str = req(STR, default="viridis")
    color_limits: tuple[float, float] | None = opt(RANGE)
    x_label: str | None = opt(STR)
    y_label: str | None = opt(STR)
    x_unit: str | None = opt(STR)
    y_unit: str | None = opt(STR)
    value_label: str | None = opt(STR)
    value_unit: str | None = opt(STR)
    title: str | None = opt(STR)
    bindings: dict[str, str] = many(BINDINGS, dict)

    def check(self) -> None:
        if self.x_dim == self.y_dim:
            raise ValueError(f"view {self.id!r}: x_dim and y_dim are both {self.x_dim!r}")
        _check_bindings(self, self.id, self.bindings)


VIEW_KINDS = (MorphologyView, SurfaceView, LinePlotView, StateGraphView, RasterView, ImageView)
View = MorphologyView | SurfaceView | LinePlotView | StateGraphView | RasterView | ImageView
VIEW_KINDS_1_1 = ("raster", "image")
"""View variants protocol 1.1 added: never sent to a peer whose hello says minor 0 (§13)."""


VIEW_KEYS_1_1 = {"morphology": ("camera",), "surface": ("height_scale", "camera")}
"""Optional view keys protocol 1.1 added: never sent to a peer whose hello says minor 0 (§13)."""


def views_needing_1_1(views: list[View]) -> list[str]:
    """The ids of the views a 1.0 peer cannot decode (§13)."""
    return [view.id for view in views if view.wire_kind in VIEW_KINDS_1_1]
