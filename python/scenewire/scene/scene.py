"""Scene: everything a frontend needs to draw a session, checked as a whole."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..wire.records import ANY_MAP, STR, ListOf, Record, RecordType, Variant, being_built, many, opt
from .controls import Action, Control, Operator
from .fields import Field
from .geometry import GEOMETRY_KINDS, Geometry, GridGeometry, MorphologyGeometry
from .layout import PANEL_FOR_VIEW, Layout, Panel
from .views import VIEW_KINDS, ImageView, LinePlotView, MorphologyView, RasterView, StateGraphView, SurfaceView, View


@dataclass(eq=False, slots=True)
class Scene(Record):
    """Fields, geometries, views, operators, controls, actions, layout, metadata.

    Every cross-reference is checked on construction, and an error names the
    element and the id it could not find.
    """

    fields: list[Field] = many(ListOf(RecordType(Field)))
    geometries: list[Geometry] = many(ListOf(Variant(*GEOMETRY_KINDS)))
    views: list[View] = many(ListOf(Variant(*VIEW_KINDS)))
    operators: list[Operator] = many(ListOf(RecordType(Operator)))
    controls: list[Control] = many(ListOf(RecordType(Control)))
    actions: list[Action] = many(ListOf(RecordType(Action)))
    layout: Layout | None = opt(RecordType(Layout))
    metadata: dict[str, Any] = many(ANY_MAP, dict)
    time_unit: str | None = opt(STR)  # 1.1 (§8.12): the unit of tick times (§7.12), e.g. "ms"

    def check(self) -> None:
        for name in ("fields", "geometries", "views", "operators", "controls", "actions"):
            ids = [e.id for e in getattr(self, name)]
            seen: set[str] = set()
            for i in ids:
                if i in seen:
                    raise ValueError(f"scene: {name} id {i!r} is used twice")
                seen.add(i)
        fields = {f.id for f in self.fields}
        geoms = {g.id: g for g in self.geometries}
        for view in self.views:
            _check_view_refs(view, fields, geoms)
        if being_built():
            by_id = {f.id: f for f in self.fields}
            for view in self.views:
                if isinstance(view, LinePlotView):
                    _check_plot_dims(view, by_id[view.field_id])
                elif isinstance(view, RasterView):
                    _check_raster_field(view, by_id[view.field_id])
                elif isinstance(view, ImageView):
                    _check_image_field(view, by_id[view.field_id])
        for op in self.operators:
            for ref in op.inputs:
                if ref not in fields:
                    raise ValueError(f"operator {op.id!r}: input field {ref!r} is not in the scene")
        if self.layout is not None:
            views = {v.id for v in self.views}
            controls = {c.id for c in self.controls}
            actions = {a.id for a in self.actions}
            for panel in self.layout.panels:
                for ids, known, what in (
                    (panel.view_ids, views, "view"),
                    (panel.control_ids, controls, "control"),
                    (panel.action_ids, actions, "action"),
                ):
                    for ref in ids:
                        if ref not in known:
                            raise ValueError(f"panel {panel.id!r}: {what} {ref!r} is not in the scene")

    def field(self, field_id: str) -> Field:
        for f in self.fields:
            if f.id == field_id:
                return f
        raise KeyError(f"scene has no field {field_id!r}")

    def resolved_layout(self) -> Layout:
        """The layout to show: the given one, or panels derived from the views."""
        if self.layout is not None:
            return self.layout
        return default_layout(self)


def default_layout(scene: Scene) -> Layout:
    """One panel per view, then one controls panel if there are controls or actions."""
    panels = [
        Panel(id=f"panel:{view.id}", kind=PANEL_FOR_VIEW[view.wire_kind], title=view.title, view_ids=[view.id])
        for view in scene.views
    ]
    if scene.controls or scene.actions:
        panels.append(
            Panel(
                id="panel:controls",
                kind="controls",
                title="Controls",
                control_ids=[c.id for c in scene.controls],
                action_ids=[a.id for a in scene.actions],
            )
        )
    title = scene.metadata.get("title")
    return Layout(title=title if isinstance(title, str) else None, panels=panels)


def _check_view_refs(view: View, fields: set[str], geoms: dict[str, Geometry]) -> None:
    def need_field(ref: str | None, role: str) -> None:
        if ref is not None and ref not in fields:
            raise ValueError(f"view {view.id!r}: {role} field {ref!r} is not in the scene")

    def need_geom(ref: str, kind: type) -> None:
        geom = geoms.get(ref)
        if geom is None:
            raise ValueError(f"view {view.id!r}: geometry {ref!r} is not in the scene")
        if not isinstance(geom, kind):
            raise ValueError(f"view {view.id!r}: geometry {ref!r} is a {geom.wire_kind}, expected {kind.wire_kind}")

    if isinstance(view, MorphologyView):
        need_geom(view.geometry_id, MorphologyGeometry)
        need_field(view.color_field_id, "colour")
    elif isinstance(view, SurfaceView):
        need_geom(view.grid_id, GridGeometry)
        need_field(view.height_field_id, "height")
        need_field(view.color_field_id, "colour")
    elif isinstance(view, (LinePlotView, RasterView, ImageView)):
        need_field(view.field_id, "plotted")
    elif isinstance(view, StateGraphView):
        for node in view.nodes:
            need_field(node.field_id, f"node {node.id!r} colour")
        for edge in view.edges:
            need_field(edge.field_id, f"edge {edge.source}->{edge.target} colour")


def _check_plot_dims(view: LinePlotView, field: Field) -> None:
    """A line plot's dims against its field's, when a session builds the scene (a decoder leaves them, §8.12)."""
    for role, dim in (("x_dim", view.x_dim), ("series_dim", view.series_dim)):
        if dim is not None and dim not in field.dims:
            raise ValueError(
                f"view {view.id!r}: {role} {dim!r} is not a dim of field {field.id!r} (its dims: {field.dims})"
            )
    for dim in view.selectors:
        if dim not in field.dims:
            raise ValueError(
                f"view {view.id!r}: selector {dim!r} is not a dim of field {field.id!r} (its dims: {field.dims})"
            )


def _check_raster_field(view: RasterView, field: Field) -> None:
    """A raster's field is 1-D along ``event_dim`` and holds integer unit indices (§8.3.6)."""
    if tuple(field.dims) != (view.event_dim,):
        raise ValueError(
            f"view {view.id!r}: a raster's field is 1-D along event_dim {view.event_dim!r}; "
            f"field {field.id!r} has dims {field.dims}"
        )
    if field.values.dtype.kind not in "iu":
        raise ValueError(f"view {view.id!r}: field {field.id!r} holds {field.values.dtype}; unit indices are integers")


def _check_image_field(view: ImageView, field: Field) -> None:
    """An image's field has exactly the two dims ``x_dim`` and ``y_dim`` (§8.3.7)."""
    if len(field.dims) != 2 or set(field.dims) != {view.x_dim, view.y_dim}:
        raise ValueError(
            f"view {view.id!r}: an image's field has the two dims x_dim {view.x_dim!r} and y_dim "
            f"{view.y_dim!r}; field {field.id!r} has dims {field.dims}"
        )
