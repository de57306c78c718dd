"""The surface view (§8.3.3): a height field over a grid, placed as §8.14 says, updated in place.

Columns run along +x, rows along +z and the height goes up +y, 1:1 in scene
units. A change of the height or colour field re-uploads heights, normals and
colour scalars into the same buffers; the colours come from the colormap
texture (§8.13), and a colour bar to the right shows the colormap, its limits
and the colour field's unit. The first view looks from +z, raised 30 degrees so that the
relief reads, and frames the grid with its heights.

Heights are drawn times the view's ``height_scale`` (1.1, §8.14 rule 5; 1:1
without one) until the person asks otherwise: PageUp doubles the vertical
exaggeration and PageDown halves it (1/1024 to 1024 times the session's),
for a relief too flat or too steep to read; the factor is written in the
view's corner, and the height axis keeps the field's own values. Home
returns to the first view (the session's ``camera``, §8.14 rule 6, when it
gives one) and to the session's scale.

A click on the surface picks the nearest grid point (i, j) and sets the
frontend state keys ``"<view id>.<row dim>"`` = i and ``"<view id>.<col dim>"`` = j,
so that a line plot of the same field whose selector is bound to one of them
(``bindings: {"selectors.<row dim>": "<view id>.<row dim>"}``) shows the slice
through the picked point; a ``state_patch`` of those keys moves the marker too.
"""

from __future__ import annotations

import logging
from typing import Any

import numpy as np
from vispy import scene

from ...scene import colormaps
from ...scene.geometry import GridGeometry
from ...scene.space import grid_heights
from ..text import shown
from ..visuals.colorbar import attach_colorbar
from ..visuals.framing import aim_camera, camera_of, frame_sphere
from ..visuals.picking import pick_grid_point, ray_through_pixel
from ..visuals.surface import SurfaceVisual
from .base import ViewAdapter
from .registry import register

log = logging.getLogger("scenewire.frontend")

CLICK_SLOP_PX = 4
MARKER_COLOR = (1.0, 1.0, 1.0, 1.0)
RESET_KEYS = ("Home",)  # not a letter: sessions bind letters to actions (a demo's Reset is r)
HIGHER_KEYS, LOWER_KEYS = ("PageUp",), ("PageDown",)  # heights x2, /2
MAX_EXAGGERATION_POWER = 10  # the exaggeration is 2**k, |k| <= this
AXIS_COLOR = (0.75, 0.78, 0.82, 1.0)
Surface = scene.visuals.create_visual_node(SurfaceVisual)


def exaggeration_text(power: int, scale: float = 1.0) -> str:
    """What the view's corner says (``heights 1:1``, ``heights x4``, ``x1/4``): the session's scale times 2**k."""
    home = "1:1" if scale == 1.0 else f"\u00d7{scale:g}"
    if power == 0:
        return f"heights {home} (PageUp/PageDown to exaggerate)"
    powers = f"{2**power}" if power > 0 else f"1/{2**-power}"
    factor = powers if scale == 1.0 else f"{scale * 2.0**power:g}"
    return f"heights \u00d7{factor} (PageUp/PageDown; Home: {home})"


def height_scale(value: Any) -> float:
    """The session's ``height_scale`` (1.1) as drawn: 1 when absent or not a finite positive number (a bound value)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and np.isfinite(value) and value > 0:
        return float(value)
    return 1.0


def grid_values(field: Any, grid: GridGeometry) -> np.ndarray:
    """The field on the grid as (rows, cols) float64, as §8.3.3 places it (``space.grid_heights``)."""
    if np.asarray(field.values).dtype.kind not in "biuf":
        raise ValueError(f"field {field.id!r} is not numeric ({np.asarray(field.values).dtype})")
    return grid_heights(grid, field)


@register
class SurfaceAdapter(ViewAdapter):
    """Draws a ``surface`` view into a ``view_3d`` panel's ViewBox."""

    kind = "surface"
    colours = True

    def __init__(self, view_id: str, state: Any, send: Any) -> None:
        super().__init__(view_id, state, send)
        self.viewbox: Any = None
        self.grid: GridGeometry | None = None
        self.visual: Any = None
        self.axes: list[Any] = []
        self.marker: Any = None
        self.colorbar: Any = None
        self.scale_label: Any = None
        self.exaggeration_power = 0  # heights are drawn times the session's scale times 2**this
        self.scale = 1.0  # the session's height_scale (1.1, §8.14 rule 5)
        self.camera_spec: Any = None  # the session's camera (1.1, §8.14 rule 6)
        self.limits: tuple[float, float] | None = None  # the colour limits drawn now
        self.note = ""
        # the window may set this to spread a local frontend-state change (a click) to other views
        self.state_changed: Any = None
        self._press: tuple[float, float] | None = None
        self._warned: set[str] = set()

    def build(self, parent: Any) -> None:
        self.viewbox = parent
        parent.camera = scene.TurntableCamera(up="+y", elevation=30.0, azimuth=90.0, fov=40.0)
        self.colorbar = attach_colorbar(parent)
        self.scale_label = scene.visuals.Text(
            exaggeration_text(0),
            color=AXIS_COLOR,
            font_size=8,
            anchor_x="left",
            anchor_y="center",
            pos=(8, 14),
            parent=parent,
        )
        self.scale = height_scale(self.prop("height_scale"))
        self.scale_label.text = exaggeration_text(0, self.scale)
        parent.canvas.events.key_press.connect(self._on_key)
        parent.canvas.events.mouse_press.connect(self._on_press)
        parent.canvas.events.mouse_release.connect(self._on_release)
        self._build_grid()

    def pick_keys(self) -> tuple[str, str] | None:
        """The frontend state keys a click sets: ``<view id>.<row dim>``, ``<view id>.<col dim>``."""
        if self.grid is None:
            return None
        return (f"{self.view_id}.{self.grid.dims[0]}", f"{self.view_id}.{self.grid.dims[1]}")

    def touched(self, changes: Any) -> bool:
        keys = self.pick_keys()
        return super().touched(changes) or bool(keys and changes.state_keys.intersection(keys))

    def input_fields(self) -> set[str]:
        found = super().input_fields()
        for name in ("height_field_id", "color_field_id"):
            bound = self.state.view_property(self.view_id, name)
            if isinstance(bound, str):
                found.add(bound)
        return found

    def apply(self, changes: Any) -> None:
        if self.viewbox is None:
            return
        if changes.scene or self.grid is not self._current_grid():
            self._build_grid()
        elif self.view_id in changes.views or changes.fields & self.input_fields():
            scale = height_scale(self.prop("height_scale"))
            if scale != self.scale:  # the session changed its scale: the person's factor stays on top
                self.scale = scale
                if self.scale_label is not None:
                    self.scale_label.text = exaggeration_text(self.exaggeration_power, scale)
            self._refresh()
            if camera_of(self.prop("camera")) != self.camera_spec:
                self._aim()
        else:
            self._show_pick()  # only the picked point's state keys changed

    def close(self) -> None:
        if self.viewbox is not None:
            events = self.viewbox.canvas.events
            events.key_press.disconnect(self._on_key)
            events.mouse_press.disconnect(self._on_press)
            events.mouse_release.disconnect(self._on_release)
        for visual in [self.visual, self.marker, self.colorbar, self.scale_label, *self.axes]:
            if visual is not None:
                visual.parent = None
        self.visual, self.colorbar, self.scale_label, self.axes = None, None, None, []
        super().close()

    @property
    def exaggeration(self) -> float:
        """The factor heights are drawn with: the session's ``height_scale`` (1 without) times the person's 2**k."""
        return self.scale * 2.0**self.exaggeration_power

    def shown_limits(self) -> tuple[float, float] | None:
        return self.limits if self.colorbar is not None and self.colorbar.visible else None

    def reset_view(self) -> None:
        """Home: the session's colours, its scale and the first camera."""
        self.overrides.clear()
        self.set_exaggeration_power(0)
        self._refresh()
        if self.viewbox is not None:
            self.viewbox.camera.reset()

    def set_exaggeration_power(self, power: int) -> None:
        """Draw heights times ``2**power`` (clamped to the allowed range), in place."""
        power = max(-MAX_EXAGGERATION_POWER, min(MAX_EXAGGERATION_POWER, int(power)))
        if power == self.exaggeration_power:
            return
        self.exaggeration_power = power
        if self.scale_label is not None:
            self.scale_label.text = exaggeration_text(power, self.scale)
        self._refresh()

    # ---- drawing ---------------------------------------------------------

    def _current_grid(self) -> GridGeometry | None:
        return self.geometry_of(self.view.grid_id, GridGeometry)

    def _build_grid(self) -> None:
        for visual in [self.visual, self.marker, *self.axes]:
            if visual is not None:
                visual.parent = None
        self.visual, self.marker, self.axes = None, None, []
        self.grid = grid = self._current_grid()
        if grid is None or min(grid.shape) < 2:
            self.note = f"no grid {self.view.grid_id!r} of at least 2 x 2 points"
            log.warning("view %r: %s", self.view_id, self.note)
            self.colorbar.hide()
            return
        rows = np.asarray(grid.coords[grid.dims[0]], dtype=np.float64)
        cols = np.asarray(grid.coords[grid.dims[1]], dtype=np.float64)
        self.visual = Surface(
            cols, rows, colormaps.lut(self._colormap()), colormaps.NAN_COLOR, parent=self.viewbox.scene
        )
        self._refresh()
        low, high = self.visual.height_range
        self._build_axes(cols, rows, low / self.exaggeration, high / self.exaggeration)
        corner_lo = np.array([cols.min(), low, rows.min()])
        corner_hi = np.array([cols.max(), high, rows.max()])
        self._box = (corner_lo, corner_hi)
        self._aim()

    def _aim(self) -> None:
        """The first view: the session's camera (1.1, §8.14 rule 6) at the box's centre, else from +z raised 30°."""
        corner_lo, corner_hi = getattr(self, "_box", (-np.ones(3), np.ones(3)))
        centre = (corner_lo + corner_hi) / 2
        radius = float(np.linalg.norm(corner_hi - corner_lo) / 2) or 1.0
        self.camera_spec = camera_of(self.prop("camera"))
        if self.camera_spec is not None:
            aim_camera(self.viewbox.camera, self.camera_spec, centre, radius)
        else:
            frame_sphere(self.viewbox.camera, centre, radius)

    def _colormap(self) -> str:
        name = self.prop("colormap")
        resolved = colormaps.resolve(name)
        if resolved != name and name not in self._warned:
            self._warned.add(name)
            log.warning("view %r: unknown colour map %r, drawn with %s (§8.13)", self.view_id, name, resolved)
        return resolved

    def _refresh(self) -> None:
        if self.visual is None or self.grid is None:
            return

        def prop(_: str, name: str) -> Any:
            return self.prop(name)

        cmap = self._colormap()
        self.visual.set_lut(colormaps.lut(cmap))
        self.visual.set_shading(prop(self.view_id, "shading"))
        for axis in self.axes:
            axis.visible = bool(prop(self.view_id, "show_axes"))
        height_id = prop(self.view_id, "height_field_id")
        color_id = prop(self.view_id, "color_field_id") or height_id
        try:
            heights = grid_values(self.state.field(height_id), self.grid)
            colour_field = self.state.field(color_id)
            colours = heights if color_id == height_id else grid_values(colour_field, self.grid)
        except (KeyError, ValueError) as exc:
            self.note = str(exc)
            log.warning("view %r: %s", self.view_id, exc)
            self.colorbar.hide()
            return
        self.note = ""
        limits = prop(self.view_id, "color_limits")
        if limits is None:
            limits = colormaps.data_limits(colour_field.values)
        self.limits = (float(limits[0]), float(limits[1]))
        self.visual.set_data(heights, colours, exaggeration=self.exaggeration)
        self.visual.set_limits(tuple(limits))
        self.colorbar.show(cmap, tuple(limits), colour_field.unit)
        self._place_axes()
        self._show_pick()

    def picked(self) -> tuple[int, int] | None:
        """The grid point the frontend state names (both keys set to indices inside the grid), or None."""
        keys = self.pick_keys()
        if keys is None:
            return None
        i, j = (self.state.frontend_state.get(k) for k in keys)
        if type(i) is not int or type(j) is not int:
            return None
        if not (0 <= i < self.grid.shape[0] and 0 <= j < self.grid.shape[1]):
            return None
        return i, j

    def _show_pick(self) -> None:
        point = self.picked()
        if point is None or self.visual is None or not np.isfinite(self.visual.points[point]).all():
            if self.marker is not None:
                self.marker.visible = False
            return
        if self.marker is None:
            self.marker = scene.visuals.Markers(parent=self.viewbox.scene)
            self.marker.set_gl_state("translucent", depth_test=False)
        self.marker.set_data(
            self.visual.points[point][None, :], size=11, face_color=(0, 0, 0, 0), edge_color=MARKER_COLOR, edge_width=2
        )
        self.marker.visible = True

    def click(self, x: float, y: float) -> tuple[int, int] | None:
        """A click at canvas pixel (x, y): the grid point there goes to frontend state (None: a miss)."""
        if self.visual is None or self.grid is None:
            return None
        to_scene = self.viewbox.canvas.scene.node_transform(self.viewbox.scene)
        point = pick_grid_point(*ray_through_pixel(to_scene, x, y), self.visual.points)
        if point is None:
            return None
        changes = None
        for key, index in zip(self.pick_keys(), point, strict=True):
            step = self.state.set_frontend_state(key, int(index))
            if changes is None:
                changes = step
            else:
                changes.merge(step)
        if changes:
            self._show_pick()
            if self.state_changed is not None:
                self.state_changed(changes)
        return point

    def _on_press(self, event: Any) -> None:
        self._press = tuple(event.pos[:2]) if event.button == 1 else None

    def _on_release(self, event: Any) -> None:
        press, self._press = self._press, None
        if press is not None and event.button == 1 and np.hypot(*np.subtract(event.pos[:2], press)) <= CLICK_SLOP_PX:
            self.click(*event.pos[:2])

    def _build_axes(self, cols: np.ndarray, rows: np.ndarray, low: float, high: float) -> None:
        """Three named lines from the grid's front-left corner (nearest the first view's camera).

        ``low`` and ``high`` are heights in the field's units, before any exaggeration.
        """
        self.axes.append(
            scene.visuals.Line(np.zeros((6, 3)), color=AXIS_COLOR, connect="segments", parent=self.viewbox.scene)
        )
        for _ in range(3):
            self.axes.append(
                scene.visuals.Text("", color=AXIS_COLOR, font_size=8, anchor_x="left", parent=self.viewbox.scene)
            )
        self._axis_range = (low, high)
        self._place_axes()
        shown = bool(self.state.view_property(self.view_id, "show_axes"))
        for axis in self.axes:
            axis.visible = shown

    def _place_axes(self) -> None:
        """Along +x (columns) and -z (rows) on the floor, and up +y over the heights seen so far."""
        if not self.axes or self.grid is None or self.visual is None:
            return
        grid = self.grid
        cols, rows = self.visual.x, self.visual.z
        scale = self.exaggeration
        low, high = (h / scale for h in self.visual.height_range)
        # grow only, so the axis does not jump with every update; in the field's units, drawn times scale
        low, high = min(low, self._axis_range[0]), max(high, self._axis_range[1])
        self._axis_range = (low, high)
        height_field = self.state.view_property(self.view_id, "height_field_id")
        try:
            unit = self.state.field(height_field).unit
        except KeyError:
            unit = None
        floor, top = low * scale, high * scale
        origin = np.array([cols.min(), floor, rows.max()])
        ends = [
            (np.array([cols.max(), floor, rows.max()]), f"{shown(grid.dims[1])} {cols.min():.3g}..{cols.max():.3g}"),
            (
                np.array([cols.min(), top, rows.max()]),
                f"{shown(height_field)}{' (' + shown(unit) + ')' if unit else ''} {low:.3g}..{high:.3g}",
            ),
            (np.array([cols.min(), floor, rows.min()]), f"{shown(grid.dims[0])} {rows.min():.3g}..{rows.max():.3g}"),
        ]
        self.axes[0].set_data(np.array([p for end, _ in ends for p in (origin, end)]))
        for label, (end, text) in zip(self.axes[1:], ends, strict=True):
            label.pos = end
            label.text = text

    def _on_key(self, event: Any) -> None:
        name = getattr(event.key, "name", event.key)
        if self.viewbox is None:
            return
        if name in RESET_KEYS:
            self.reset_view()
        elif name in HIGHER_KEYS:
            self.set_exaggeration_power(self.exaggeration_power + 1)
        elif name in LOWER_KEYS:
            self.set_exaggeration_power(self.exaggeration_power - 1)
