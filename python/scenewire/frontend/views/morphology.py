"""The morphology view (§8.3.2): a neuron's segments in 3-D, coloured by a field, pickable.

Geometry goes to the GPU once per scene; a change of the colour field
uploads one float32 per segment (the newest sample of a trace field, §8.3.2)
and the colours come from the colormap texture (§8.13); a colour bar to the
right shows the colormap, its limits and the field's unit. A click on a segment
selects its entity (frontend state ``"selection"``, §7.7) and sends
``entity_clicked``; a ``state_patch`` of ``"selection"`` shows the same way.
Hovering shows the segment's label; a scale bar in the bottom-right corner
gives the cell's size in µm as the camera moves. Home puts the camera back to the
first view, which frames the whole cell (§8.14: +y up, looking along -z) and
follows the panel's shape until the camera is moved.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from typing import Any

import numpy as np
from vispy import scene

from ...protocol import EntityClicked
from ...scene import colormaps
from ...scene.geometry import MorphologyGeometry
from ..text import shown
from ..visuals.colorbar import attach_colorbar
from ..visuals.framing import aim_camera, camera_of, frame_box_front, segment_bounds
from ..visuals.morphology import MorphologyVisual
from ..visuals.picking import CylinderPicker, ray_through_pixel
from ..visuals.scale_bar import ScaleBar
from .base import ViewAdapter
from .registry import register

log = logging.getLogger("scenewire.frontend")

SELECTION_KEY = "selection"  # the reserved frontend state key of §7.7
RESET_KEYS = ("Home",)  # not a letter: sessions bind letters to actions (a demo's Reset is r)
MIN_RADIUS_PX = 1.0  # segments are drawn (and picked) with at least this radius, in pixels
OUTLINE_MIN_RADIUS_PX = 2.5  # the selection's rim around a thin segment
CLICK_SLOP_PX = 4  # a press and release further apart than this is a drag (orbit), not a click
OUTLINE_COLOR = (1.0, 1.0, 1.0, 1.0)
Morphology = scene.visuals.create_visual_node(MorphologyVisual)


def newest_sample(values: np.ndarray, n: int) -> np.ndarray:
    """One value per segment: the field's first axis, every other axis at its last index (§8.3.2)."""
    arr = np.asarray(values)
    if arr.ndim == 0 or arr.shape[0] != n:
        raise ValueError(f"a colour field needs {n} entries along its first axis, it has shape {arr.shape}")
    if arr.ndim > 1:
        if 0 in arr.shape[1:]:
            return np.full(n, np.nan, np.float32)
        arr = arr[(slice(None),) + (-1,) * (arr.ndim - 1)]
    if arr.dtype.kind not in "biuf":
        raise ValueError(f"a colour field must be numeric or bool, it is {arr.dtype}")
    return arr.astype(np.float32, copy=False)


def segment_label(geometry: MorphologyGeometry, i: int) -> str:
    """What hovering over segment i shows: its label, or section(x)."""
    if geometry.labels is not None:
        return shown(geometry.labels[i])
    return f"{shown(geometry.section_names[i])}({float(geometry.xlocs[i]):.3g})"


@register
class MorphologyAdapter(ViewAdapter):
    """Draws a ``morphology`` view into a ``view_3d`` panel's ViewBox (one canvas, one camera)."""

    kind = "morphology"
    colours = True

    def __init__(self, view_id: str, state: Any, send: Callable[[Any], None]) -> None:
        super().__init__(view_id, state, send)
        self.viewbox: Any = None
        self.geometry: MorphologyGeometry | None = None
        self.visual: Any = None
        self.outline: Any = None
        self.picker: CylinderPicker | None = None
        self.hover: Any = None
        self.hover_label = ""
        self.colorbar: Any = None
        self.scale_bar: ScaleBar | None = None
        self.selected: str | None = None
        self.field_error: str | None = None
        self.uploads = 0  # colour uploads so far (tests check that selection costs none)
        # the window may set this to spread a local frontend-state change (a click) to other views
        self.state_changed: Callable[[Any], None] | None = None
        self._press: tuple[float, float] | None = None
        self._segments_of: dict[str, np.ndarray] = {}
        self._bounds = (-np.ones(3), np.ones(3))
        self._cell_radius = 1.0
        self._framed_state: dict[str, Any] = {}
        self.limits: tuple[float, float] | None = None  # the colour limits drawn now
        self.camera_spec: Any = None  # the session's camera (1.1, §8.14 rule 6) the first view follows
        self._warned: set[str] = set()

    # ---- ViewAdapter -----------------------------------------------------

    def build(self, parent: Any) -> None:
        self.viewbox = parent
        parent.camera = scene.TurntableCamera(up="+y", elevation=0.0, azimuth=90.0, fov=40.0)
        self.colorbar = attach_colorbar(parent)
        self.hover = scene.visuals.Text(
            "",
            color="white",
            font_size=9,
            anchor_x="left",
            anchor_y="top",
            parent=parent,  # y-down pixels: above pos
        )
        canvas = parent.canvas
        canvas.events.mouse_press.connect(self._on_press)
        canvas.events.mouse_release.connect(self._on_release)
        canvas.events.mouse_move.connect(self._on_move)
        canvas.events.key_press.connect(self._on_key)
        parent.events.resize.connect(self._place_hover)  # the ViewBox's own size, once laid out
        self.scale_bar = ScaleBar(parent)
        self._build_geometry()
        self._refresh_colours()
        self._refresh_selection()

    def input_fields(self) -> set[str]:
        # the colour field as drawn: a binding may point it at another field than the literal
        found = super().input_fields()
        bound = self.state.view_property(self.view_id, "color_field_id")
        return found | {bound} if isinstance(bound, str) else found

    def touched(self, changes: Any) -> bool:
        return super().touched(changes) or SELECTION_KEY in changes.state_keys

    def apply(self, changes: Any) -> None:
        if self.viewbox is None:
            return
        if changes.scene or self.geometry is not self._current_geometry():
            self._build_geometry()
            self._refresh_colours()
            self._refresh_selection()
            return
        if self.view_id in changes.views and camera_of(self.prop("camera")) != self.camera_spec:
            self._frame()  # the session moved its camera (a patch or a bound value)
        if self.view_id in changes.views or changes.fields & self.input_fields():
            self._refresh_colours()
        if SELECTION_KEY in changes.state_keys:
            self._refresh_selection()

    def close(self) -> None:
        if self.viewbox is not None:
            canvas = self.viewbox.canvas
            for event, handler in (
                (canvas.events.mouse_press, self._on_press),
                (canvas.events.mouse_release, self._on_release),
                (canvas.events.mouse_move, self._on_move),
                (canvas.events.key_press, self._on_key),
                (self.viewbox.events.resize, self._place_hover),
            ):
                event.disconnect(handler)
            for visual in (self.visual, self.outline, self.hover, self.colorbar):
                if visual is not None:
                    visual.parent = None
            if self.scale_bar is not None:
                self.scale_bar.close()
        self.visual = self.outline = self.hover = self.colorbar = self.scale_bar = None
        super().close()

    # ---- drawing ---------------------------------------------------------

    def _current_geometry(self) -> MorphologyGeometry | None:
        return self.geometry_of(self.view.geometry_id, MorphologyGeometry)

    def _build_geometry(self) -> None:
        for visual in (self.visual, self.outline):
            if visual is not None:
                visual.parent = None
        self.visual = self.outline = None
        self.geometry = geometry = self._current_geometry()
        if self.scale_bar is not None:
            self.scale_bar.show(geometry is not None)
        if geometry is None:
            self._show_note(f"no morphology geometry {self.view.geometry_id!r}")
            return
        cmap = self._colormap()
        self.visual = Morphology(
            geometry.positions,
            geometry.orientations,
            geometry.radii,
            geometry.lengths,
            colormaps.lut(cmap),
            colormaps.NAN_COLOR,
            parent=self.viewbox.scene,
        )
        self.picker = CylinderPicker(geometry.positions, geometry.orientations, geometry.radii, geometry.lengths)
        self._segments_of = {}
        ids = np.asarray(geometry.entity_ids, dtype=object)
        order = np.argsort(ids, kind="stable")
        sorted_ids = ids[order]
        starts = np.flatnonzero(np.r_[True, sorted_ids[1:] != sorted_ids[:-1]]) if len(ids) else np.array([], int)
        for k, start in enumerate(starts):
            stop = starts[k + 1] if k + 1 < len(starts) else len(ids)
            self._segments_of[str(sorted_ids[start])] = order[start:stop]
        self._bounds = segment_bounds(geometry.positions, geometry.orientations, geometry.radii, geometry.lengths)
        self._cell_radius = float(np.linalg.norm(self._bounds[1] - self._bounds[0])) / 2.0
        self._frame()
        self.selected = None
        self._place_hover()

    def _colormap(self) -> str:
        name = self.prop("colormap")
        resolved = colormaps.resolve(name)
        if resolved != name and name not in self._warned:
            self._warned.add(name)
            log.warning("view %r: unknown colour map %r, drawn with %s (§8.13)", self.view_id, name, resolved)
        return resolved

    def _refresh_colours(self) -> None:
        if self.visual is None or self.geometry is None:
            return
        cmap = self._colormap()
        self.visual.set_lut(colormaps.lut(cmap))
        field_id = self.state.view_property(self.view_id, "color_field_id")
        self.field_error = None
        if field_id is None:
            self.visual.set_colors(self.geometry.colors)
            self.colorbar.hide()
            return
        try:
            field = self.state.field(field_id)
            values = newest_sample(field.values, self.geometry.n_segments)
        except (KeyError, ValueError) as exc:
            self.field_error = f"colour field {field_id!r}: {exc}"
            self._show_note(self.field_error)
            self.visual.set_colors(None)
            self.colorbar.hide()
            return
        limits = self.prop("color_limits")
        if limits is None:
            limits = colormaps.data_limits(field.values)
        self.limits = (float(limits[0]), float(limits[1]))
        self.visual.set_values(values)
        self.visual.set_limits(tuple(limits))
        self.visual.use_values()
        self.uploads += 1
        self.colorbar.show(cmap, tuple(limits), field.unit)

    def _refresh_selection(self) -> None:
        selected = self.state.frontend_state.get(SELECTION_KEY)
        selected = selected if isinstance(selected, str) else None
        if selected == self.selected and (self.outline is not None) == (selected in self._segments_of):
            return
        self.selected = selected
        if self.outline is not None:
            self.outline.parent = None
            self.outline = None
        index = self._segments_of.get(selected) if selected is not None else None
        if index is None or self.geometry is None:
            return
        g = self.geometry
        radii = np.asarray(g.radii, dtype=np.float64)[index]
        lengths = np.asarray(g.lengths, dtype=np.float64)[index]
        # only the selected segments, a quarter wider and a little longer; a thin one gets a
        # rim of a few pixels, so the selection shows when the whole cell is in view
        self.outline = Morphology(
            np.asarray(g.positions)[index],
            np.asarray(g.orientations)[index],
            1.25 * radii,
            lengths + 0.5 * radii,
            colormaps.lut("grays", 2),
            colormaps.NAN_COLOR,
            pad=0.006 * self._cell_radius,
            outline=True,
            outline_color=OUTLINE_COLOR,
            parent=self.viewbox.scene,
        )
        self.outline.set_min_radius(self._min_radius() * OUTLINE_MIN_RADIUS_PX / MIN_RADIUS_PX)

    def _show_note(self, text: str) -> None:
        log.warning("view %r: %s", self.view_id, text)
        self._set_hover(text)

    # ---- interaction -----------------------------------------------------

    def segment_at(self, x: float, y: float) -> int | None:
        """The segment under canvas pixel (x, y), or None."""
        if self.picker is None or self.viewbox is None:
            return None
        to_scene = self.viewbox.canvas.scene.node_transform(self.viewbox.scene)
        return self.picker.pick(*ray_through_pixel(to_scene, x, y), min_radius=self._min_radius())

    def _min_radius(self) -> float:
        """MIN_RADIUS_PX as a radius per unit of distance from the eye, for this camera and viewport."""
        height = self.viewbox.size[1] if self.viewbox is not None else 0
        fov = getattr(self.viewbox.camera, "fov", 0.0) if self.viewbox is not None else 0.0
        if height <= 0 or fov <= 0:
            return 0.0
        return MIN_RADIUS_PX * 2.0 * math.tan(math.radians(fov) / 2.0) / height

    def click(self, x: float, y: float) -> str | None:
        """What a click at canvas pixel (x, y) does: select the entity there and tell the session."""
        i = self.segment_at(x, y)
        entity = None if i is None or self.geometry is None else self.geometry.entity_ids[i]
        changes = self.state.set_frontend_state(SELECTION_KEY, entity)
        if changes:
            self.apply(changes)
            if self.state_changed is not None:
                self.state_changed(changes)
        if entity is not None:
            self.send(EntityClicked(entity_id=entity, view_id=self.view_id, segment=int(i)))
        return entity

    def _on_press(self, event: Any) -> None:
        self._press = tuple(event.pos[:2]) if event.button == 1 else None

    def _on_release(self, event: Any) -> None:
        press, self._press = self._press, None
        if press is None or event.button != 1:
            return
        if np.hypot(event.pos[0] - press[0], event.pos[1] - press[1]) <= CLICK_SLOP_PX:
            self.click(*event.pos[:2])

    def _on_move(self, event: Any) -> None:
        if event.is_dragging or self.geometry is None:
            return
        i = self.segment_at(*event.pos[:2])
        self._set_hover("" if i is None else self._describe(i))

    def _describe(self, i: int) -> str:
        text = segment_label(self.geometry, i)
        field_id = self.state.view_property(self.view_id, "color_field_id")
        if field_id is not None and self.field_error is None:
            try:
                field = self.state.field(field_id)
                value = float(newest_sample(field.values, self.geometry.n_segments)[i])
                text += f"   {value:.4g}{' ' + field.unit if field.unit else ''}"
            except (KeyError, ValueError):
                pass
        return text

    def _set_hover(self, text: str) -> None:
        self.hover_label = text
        if self.hover is not None:
            self.hover.text = text

    def _frame(self) -> None:
        """The first view: the session's camera (1.1, §8.14 rule 6), else along -z with the cell's x and y
        extents fitted to the viewport (§8.14 rule 2)."""
        self.camera_spec = camera_of(self.prop("camera"))
        if self.camera_spec is not None:
            lo, hi = self._bounds
            aim_camera(self.viewbox.camera, self.camera_spec, (lo + hi) / 2.0, self._cell_radius)
        else:
            frame_box_front(self.viewbox.camera, *self._bounds, self.viewbox.size)
        self._framed_state = self.viewbox.camera.get_state()

    def shown_limits(self) -> tuple[float, float] | None:
        return self.limits if self.colorbar is not None and self.colorbar.visible else None

    def reset_view(self) -> None:
        super().reset_view()
        if self.viewbox is not None:
            self.viewbox.camera.reset()

    def _place_hover(self, event: Any = None) -> None:
        if self.hover is not None and self.viewbox is not None:
            self.hover.pos = (8, self.viewbox.size[1] - 8)
            # until the person moves the camera, the first view follows the panel's shape
            if self.geometry is not None and self.viewbox.camera.get_state() == self._framed_state:
                self._frame()
        if self.visual is not None:
            self.visual.set_min_radius(self._min_radius())
        if self.outline is not None:
            self.outline.set_min_radius(self._min_radius() * OUTLINE_MIN_RADIUS_PX / MIN_RADIUS_PX)

    def _on_key(self, event: Any) -> None:
        name = getattr(event.key, "name", event.key)
        if name in RESET_KEYS and self.viewbox is not None:
            self.reset_view()
