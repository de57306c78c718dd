"""SceneState: the one way to turn a stream of updates into the scene a renderer draws.

The window applies each polled update here and redraws only what
:class:`Changes` names; the C# client mirrors it; the state vectors in
``conformance/state/`` pin it down for every language. The rules are §7.10
(order, atomicity, what is refused) and §7.11 (dtype conversion).

This module sits in the scene layer, below ``protocol``: it dispatches on an
update's ``wire_kind`` and reads its fields by name, so it needs no import of
the message classes.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..scene.controls import Control, Operator, ScalarSpec
from ..scene.convert import convert_values
from ..scene.fields import Field
from ..scene.growable import GrowBuffer
from ..scene.layout import Layout, Panel
from ..scene.scene import Scene, _check_view_refs, default_layout
from ..scene.views import LinePlotView, View
from ..wire.errors import ProtocolError
from ..wire.jsonform import to_json_form
from ..wire.records import FieldSpec, Record, values_equal

#: codes of :class:`ApplyNote` (§7.10); local to a frontend, never sent
UNKNOWN_ID = "unknown_id"
UNKNOWN_PROPERTY = "unknown_property"
DOES_NOT_FIT = "does_not_fit"

_NO = object()

#: implicit coordinates (0..n-1) a field_append makes at most (§7.3 step 5): as many as a
#: frame of the default limit could carry as int8 coord_values
MAX_IMPLICIT_COORDS = 64 * 1024 * 1024


@dataclass(slots=True)
class ApplyNote:
    """An update (or one entry of a patch) that was not applied, and why.

    Error-like (``message`` and ``code``) so the window shows it as it shows an
    ``error`` update.
    """

    code: str
    message: str
    update_kind: str
    target: str | None = None


@dataclass(frozen=True, slots=True)
class Growth:
    """How a field's values changed when they only grew: ``appended`` entries at the end of
    ``dim`` and then ``trimmed`` from its front (``max_length``); every other entry kept its value.

    Lets a renderer redo only the new part (a line plot decimates the new columns alone).
    """

    dim: str
    appended: int
    trimmed: int


@dataclass
class Changes:
    """What one or more applied updates changed, so a window redraws only that.

    ``scene`` means a new scene: rebuild everything (the id sets then list
    only what later updates of the same batch changed). ``grown`` says, for
    the ids of ``fields`` that only grew, by how much; a changed field without
    an entry was replaced. A frontend detail: not in :meth:`to_json`, not on
    the wire.
    """

    scene: bool = False
    layout: bool = False
    fields: set[str] = field(default_factory=set)
    views: set[str] = field(default_factory=set)
    controls: set[str] = field(default_factory=set)
    actions: set[str] = field(default_factory=set)
    operators: set[str] = field(default_factory=set)
    panels: set[str] = field(default_factory=set)
    state_keys: set[str] = field(default_factory=set)
    metadata: bool = False
    status: Any = None  # the latest ``status`` update (a Status record)
    errors: list[Any] = field(default_factory=list)  # ``error`` updates and ApplyNotes, in order
    grown: dict[str, Growth] = field(default_factory=dict)  # field id -> growth, for fields that only grew

    def __bool__(self) -> bool:
        return bool(
            self.scene
            or self.layout
            or self.fields
            or self.views
            or self.controls
            or self.actions
            or self.operators
            or self.panels
            or self.state_keys
            or self.metadata
            or self.status is not None
            or self.errors
        )

    def merge(self, other: Changes) -> None:
        """Fold ``other`` (which came later) into this one."""
        if other.scene:
            self.grown.clear()  # what grew before belongs to the old scene
        for fid in other.fields:
            later = other.grown.get(fid)
            if fid not in self.fields:
                if later is not None:
                    self.grown[fid] = later
                continue
            earlier = self.grown.pop(fid, None)
            if earlier is not None and later is not None and earlier.dim == later.dim:
                self.grown[fid] = Growth(
                    earlier.dim, earlier.appended + later.appended, earlier.trimmed + later.trimmed
                )
        self.scene |= other.scene
        self.layout |= other.layout
        self.metadata |= other.metadata
        for name in ("fields", "views", "controls", "actions", "operators", "panels", "state_keys"):
            getattr(self, name).update(getattr(other, name))
        if other.status is not None:
            self.status = other.status
        self.errors.extend(other.errors)

    def to_json(self) -> dict[str, Any]:
        """The JSON shape the state vectors use (conformance/README.md)."""
        out: dict[str, Any] = {"scene": self.scene, "layout": self.layout, "metadata": self.metadata}
        for name in ("fields", "views", "controls", "actions", "operators", "panels", "state_keys"):
            out[name] = sorted(getattr(self, name))
        out["status"] = self.status is not None
        out["errors"] = [getattr(e, "code", None) for e in self.errors]
        return out


def _canonical_json(value: Any) -> str:
    return json.dumps(to_json_form(value), sort_keys=True)


def _same(a: Any, b: Any) -> bool:
    """Equal as wire values: 1 and 1.0 differ, NaN equals NaN, arrays by dtype and bytes."""
    if type(a) is not type(b):
        return False
    if isinstance(a, (str, bool, int)) or a is None:
        return a == b
    return _canonical_json(a) == _canonical_json(b)


def merge_map(target: dict[str, Any], updates: dict[str, Any]) -> bool:
    """Merge ``updates`` into ``target``; nil removes a key (§7.10). True if anything changed."""
    changed = False
    for key in sorted(updates):
        value = updates[key]
        if value is None:
            if key in target:
                del target[key]
                changed = True
        elif key not in target or not _same(target[key], value):
            target[key] = value
            changed = True
    return changed


def normalize_control_value(control: Control) -> None:
    """Hold a scalar's value as an integer when ``integer``, else as a float (§7.10)."""
    spec, value = control.spec, control.value
    if isinstance(spec, ScalarSpec) and not isinstance(value, bool) and isinstance(value, (int, float)):
        control.value = int(value) if spec.integer else float(value)


class _Refused(Exception):
    """An update (or patch entry) that does not fit: carries the note's code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class SceneState:
    """The scene as updates have shaped it, the effective layout and the frontend state.

    ``apply`` takes ownership of the update's arrays and records. A field's
    ``values`` after a ``field_append`` is a read-only view into a growable
    buffer, valid until the next update to that field.
    """

    def __init__(self) -> None:
        self.scene: Scene | None = None
        self.frontend_state: dict[str, Any] = {}
        self.status: Any = None  # the last ``status`` update
        self.last_error: Any = None  # the last ``error`` update
        self._layout = Layout()
        self._fields: dict[str, Field] = {}
        self._views: dict[str, int] = {}
        self._controls: dict[str, int] = {}
        self._operators: dict[str, Operator] = {}
        # field id -> (buffer, the view last handed out) for values and for the append dim's coords
        self._values: dict[str, tuple[GrowBuffer, np.ndarray]] = {}
        self._coords: dict[str, tuple[str, GrowBuffer, np.ndarray]] = {}
        self._noted: set[tuple[str, str, str | None]] = set()
        self._handlers = {
            "scene_ready": self._scene_ready,
            "field_replace": self._field_replace,
            "field_append": self._field_append,
            "scene_patch": self._scene_patch,
            "panel_patch": self._panel_patch,
            "layout_replace": self._layout_replace,
            "state_patch": self._state_patch,
            "status": self._status,
            "error": self._error,
            "access": self._server_own,
            "run_state": self._server_own,
        }

    # ---- reading -------------------------------------------------------

    @property
    def layout(self) -> Layout:
        """The effective layout: the scene's own, or the default of §8.11."""
        return self._layout

    def field(self, field_id: str) -> Field:
        try:
            return self._fields[field_id]
        except KeyError:
            raise KeyError(f"no field {field_id!r} in the current scene") from None

    def view(self, view_id: str) -> View:
        """The view as the scene holds it (literal properties; see :meth:`view_property`)."""
        if self.scene is None or view_id not in self._views:
            raise KeyError(f"no view {view_id!r} in the current scene")
        return self.scene.views[self._views[view_id]]

    def control(self, control_id: str) -> Control:
        if self.scene is None or control_id not in self._controls:
            raise KeyError(f"no control {control_id!r} in the current scene")
        return self.scene.controls[self._controls[control_id]]

    def view_property(self, view_id: str, name: str) -> Any:
        """A view property with its binding resolved (§8.3.1): the state value while set and fitting."""
        view = self.view(view_id)
        if name == "selectors":
            return self.selectors(view_id)
        value = self._bound(view, name)
        return getattr(view, name) if value is _NO else value

    def selectors(self, view_id: str) -> dict[str, Any]:
        """A line plot's selectors: literal, then a bound ``selectors`` map, then each ``selectors.<dim>``."""
        view = self.view(view_id)
        if not isinstance(view, LinePlotView):
            return {}
        bound = self._bound(view, "selectors")
        out = dict(view.selectors if bound is _NO else bound)
        for prop, key in view.bindings.items():
            if prop.startswith("selectors.") and key in self.frontend_state:
                value = self.frontend_state[key]
                if type(value) is int and value >= 0:  # a selector's wire type: integer ≥ 0 (§8.3.1)
                    out[prop[len("selectors.") :]] = value
        return out

    def resolved_view(self, view_id: str) -> dict[str, Any]:
        """The view's wire tree with every binding resolved: what a renderer draws."""
        view = self.view(view_id)
        tree = view.to_tree()
        specs = {s.key: s for s in type(view).wire_fields()}
        for prop in view.bindings:
            if prop in specs and prop != "selectors":
                value = self._bound(view, prop)
                if value is not _NO:
                    tree[prop] = specs[prop].wire.enc(value)
        if isinstance(view, LinePlotView):
            tree["selectors"] = {k: v for k, v in sorted(self.selectors(view_id).items())}
        return tree

    def _bound(self, view: View, name: str) -> Any:
        key = view.bindings.get(name)
        if key is None or key not in self.frontend_state:
            return _NO
        spec = _spec_of(type(view), name)
        if spec is None:
            return _NO
        try:
            value = spec.wire.dec(self.frontend_state[key], 2)
            dataclasses.replace(view, **{name: value})  # type: ignore[type-var]  # the view's own rules (§8.3.1)
        except (ProtocolError, ValueError):
            return _NO  # a state value the view could not hold in that property is ignored: the literal applies
        return value

    def to_json(self) -> dict[str, Any]:
        """The whole state in the JSON shape of the state vectors (conformance/README.md)."""
        return {
            "scene": None if self.scene is None else to_json_form(self.scene.to_tree()),
            "layout": to_json_form(self._layout.to_tree()),
            "frontend_state": to_json_form(self.frontend_state),
            "views": {vid: to_json_form(self.resolved_view(vid)) for vid in sorted(self._views)},
            "status": None if self.status is None else to_json_form(self.status.to_tree()),
            "error": None if self.last_error is None else to_json_form(self.last_error.to_tree()),
        }

    # ---- applying ------------------------------------------------------

    def apply(self, update: Record) -> Changes:
        """Apply one update; what it changed (refusals are notes in ``errors``)."""
        changes = Changes()
        kind = getattr(update, "wire_kind", None) or type(update).__name__
        handler = self._handlers.get(kind)
        if handler is None:
            self._note(changes, DOES_NOT_FIT, kind, None, f"{kind!r} is not an update kind")
            return changes
        try:
            handler(update, changes)
        except _Refused as refused:
            target = getattr(update, "field_id", None) or getattr(update, "panel_id", None)
            self._note(changes, refused.code, kind, target, str(refused))
        return changes

    def _server_own(self, update: Record, changes: Changes) -> None:
        """1.1's ``access`` (§7.14) and ``run_state`` (§7.15) are the server's, not the scene's: no change or note."""

    def apply_all(self, updates: Iterable[Record]) -> Changes:
        """Apply in order; the merged changes."""
        total = Changes()
        for update in updates:
            total.merge(self.apply(update))
        return total

    def set_frontend_state(self, key: str, value: Any) -> Changes:
        """A local change of frontend state (a click selects); nil unsets the key."""
        changes = Changes()
        self._set_state({key: value}, changes)
        return changes

    def set_control_value(self, control_id: str, value: Any) -> Changes:
        """A person moved a control: hold the value (normalised as §7.10 says) to send as ``set_control``.

        ``ValueError`` when the value does not fit the control's spec.
        """
        control = self.control(control_id)
        if not control.spec.accepts(value):
            raise ValueError(f"control {control_id!r}: {value!r} does not fit its {control.spec.wire_kind} spec")
        control.value = list(value) if isinstance(value, tuple) else value
        normalize_control_value(control)
        changes = Changes()
        changes.controls.add(control_id)
        return changes

    def _note(self, changes: Changes, code: str, kind: str, target: str | None, message: str) -> None:
        """Report a refusal once per (code, update kind, target) until the next scene_ready."""
        key = (code, kind, target)
        if key in self._noted:
            return
        self._noted.add(key)
        changes.errors.append(ApplyNote(code, message, kind, target))

    def _need_scene(self) -> Scene:
        if self.scene is None:
            why = "no scene yet: no scene_ready came (a Python session sends the Scene its initialize() returns)"
            raise _Refused(UNKNOWN_ID, why)
        return self.scene

    # ---- update kinds --------------------------------------------------

    def _scene_ready(self, update: Any, changes: Changes) -> None:
        scene: Scene = update.scene
        changes.state_keys.update(self.frontend_state)
        self.frontend_state = {}
        self.scene = scene
        self._fields = {f.id: f for f in scene.fields}
        self._views = {v.id: i for i, v in enumerate(scene.views)}
        self._controls = {c.id: i for i, c in enumerate(scene.controls)}
        self._operators = {o.id: o for o in scene.operators}
        for control in scene.controls:
            normalize_control_value(control)
        self._values.clear()
        self._coords.clear()
        self._noted.clear()
        self._layout = scene.layout if scene.layout is not None else default_layout(scene)
        changes.scene = changes.layout = changes.metadata = True

    def _known_field(self, field_id: str) -> Field:
        self._need_scene()
        f = self._fields.get(field_id)
        if f is None:
            raise _Refused(UNKNOWN_ID, f"no field {field_id!r} in the scene")
        return f

    def _field_replace(self, update: Any, changes: Changes) -> None:
        f = self._known_field(update.field_id)
        values: np.ndarray = update.values
        if values.ndim != len(f.dims):
            raise _Refused(DOES_NOT_FIT, f"field {f.id!r}: {values.ndim}-d values for dims {f.dims}")
        if update.coords is not None:
            for dim, coord in update.coords.items():
                if dim not in f.dims:
                    raise _Refused(DOES_NOT_FIT, f"field {f.id!r}: coords for {dim!r}, not one of its dims {f.dims}")
                n = values.shape[f.dims.index(dim)]
                if coord.shape != (n,):
                    raise _Refused(
                        DOES_NOT_FIT, f"field {f.id!r}: coords for {dim!r} of shape {list(coord.shape)}, expected [{n}]"
                    )
            coords = dict(update.coords)
        else:
            coords = {d: c for d, c in f.coords.items() if len(c) == values.shape[f.dims.index(d)]}
        f.values, f.coords = values, coords
        self._values.pop(f.id, None)
        self._coords.pop(f.id, None)
        if update.attrs_update:
            merge_map(f.attrs, update.attrs_update)
        changes.fields.add(f.id)

    def _field_append(self, update: Any, changes: Changes) -> None:
        f = self._known_field(update.field_id)
        dim = update.append_dim
        if dim not in f.dims:
            raise _Refused(DOES_NOT_FIT, f"field {f.id!r} has no dim {dim!r} (dims: {f.dims})")
        axis = f.dims.index(dim)
        old, new = f.values, update.values
        before = old.shape[axis]
        if new.ndim != old.ndim or any(
            s != t for i, (s, t) in enumerate(zip(new.shape, old.shape, strict=True)) if i != axis
        ):
            raise _Refused(
                DOES_NOT_FIT,
                f"field {f.id!r}: appended shape {list(new.shape)} does not fit {list(old.shape)} along {dim!r}",
            )
        k = new.shape[axis]
        coord_values: np.ndarray = update.coord_values
        if coord_values.shape != (k,):
            raise _Refused(
                DOES_NOT_FIT, f"field {f.id!r}: {k} new entries along {dim!r} but {coord_values.size} coord_values"
            )
        try:
            new = convert_values(new, old.dtype)
            old_coords = f.coords.get(dim)
            if old_coords is None:
                old_coords = self._implicit_coords(f, before, k, update.max_length, coord_values.dtype)
            coord_values = convert_values(coord_values, old_coords.dtype, "coord_values")
        except ValueError as exc:
            raise _Refused(DOES_NOT_FIT, f"field {f.id!r}: {exc}") from None

        if k == 0 and (update.max_length is None or before <= update.max_length):
            # nothing grows: no buffer, whose room is per entry of the other dims (an empty field's may be 2^32 - 1)
            f.coords[dim] = old_coords
            if update.attrs_update:
                merge_map(f.attrs, update.attrs_update)
            changes.fields.add(f.id)
            changes.grown[f.id] = Growth(dim, 0, 0)
            return
        held = self._values.get(f.id)
        if held is None or held[1] is not old or held[0].axis != axis:
            held = (GrowBuffer(old, axis, update.max_length), old)
        buf = held[0]
        buf.append(new, update.max_length)
        f.values = buf.view()
        self._values[f.id] = (buf, f.values)

        held_c = self._coords.get(f.id)
        if held_c is None or held_c[0] != dim or held_c[2] is not f.coords.get(dim):
            held_c = (dim, GrowBuffer(old_coords, 0, update.max_length), old_coords)
        cbuf = held_c[1]
        cbuf.append(coord_values, update.max_length)
        f.coords[dim] = cbuf.view()
        self._coords[f.id] = (dim, cbuf, f.coords[dim])

        if update.attrs_update:
            merge_map(f.attrs, update.attrs_update)
        changes.fields.add(f.id)
        changes.grown[f.id] = Growth(dim, k, before + k - f.values.shape[axis])

    @staticmethod
    def _implicit_coords(f: Field, n: int, k: int, max_length: int | None, dtype: np.dtype) -> np.ndarray:
        """The implicit coords 0..n-1 of §7.3 step 5, as far as they outlive the trimming of step 6.

        An empty field may claim 2^32 - 1 entries along a dim: only the coordinates that stay are
        made, and at most :data:`MAX_IMPLICIT_COORDS` of them (§7.3), never one per claimed entry.
        """
        start = 0 if max_length is None else min(n, max(0, n + k - max_length))
        if n - start > MAX_IMPLICIT_COORDS:
            raise ValueError(
                f"the implicit coords 0..{n - 1} would make {n - start} coordinates, over the "
                f"{MAX_IMPLICIT_COORDS} a receiver makes (§7.3); give max_length or send coords"
            )
        return convert_values(np.arange(start, n), dtype, f"the implicit coords 0..{n - 1}")

    def _scene_patch(self, update: Any, changes: Changes) -> None:
        scene = self._need_scene()
        kind = "scene_patch"
        fields = set(self._fields)
        geoms = {g.id: g for g in scene.geometries}
        for vid in sorted(update.view_updates):
            index = self._views.get(vid)
            if index is None:
                self._note(changes, UNKNOWN_ID, kind, vid, f"no view {vid!r} in the scene")
                continue
            view = scene.views[index]
            new = self._patched(view, update.view_updates[vid], changes, kind, vid)
            if new is None:
                continue
            try:
                _check_view_refs(new, fields, geoms)
            except ValueError as exc:
                self._note(changes, DOES_NOT_FIT, kind, vid, str(exc))
                continue
            scene.views[index] = new
            changes.views.add(vid)
        for oid in sorted(update.operator_updates):
            op = self._operators.get(oid)
            if op is None:
                self._note(changes, UNKNOWN_ID, kind, oid, f"no operator {oid!r} in the scene")
                continue
            if merge_map(op.params, update.operator_updates[oid]):
                changes.operators.add(oid)
        for cid in sorted(update.control_updates):
            index = self._controls.get(cid)
            if index is None:
                self._note(changes, UNKNOWN_ID, kind, cid, f"no control {cid!r} in the scene")
                continue
            new_control = self._patched(scene.controls[index], update.control_updates[cid], changes, kind, cid)
            if new_control is None:
                continue
            assert isinstance(new_control, Control)
            normalize_control_value(new_control)
            scene.controls[index] = new_control
            changes.controls.add(cid)
        if merge_map(scene.metadata, update.metadata_updates):
            changes.metadata = True
        self._refresh_default_layout(changes)

    def _patched(self, record: Record, props: dict[str, Any], changes: Changes, kind: str, rid: str) -> Record | None:
        """``record`` with ``props`` applied, or None (and a note) when nothing applies.

        Notes in the order §7.10 gives: an ``unknown_property`` for each property the element lacks
        (names in ascending order), then at most one ``does_not_fit``, for the first rule broken.
        """
        kw: dict[str, Any] = {}
        broken: str | None = None
        for name in sorted(props):
            spec = _spec_of(type(record), name)
            if spec is None or name == "id":
                self._note(changes, UNKNOWN_PROPERTY, kind, f"{rid}.{name}", f"{rid!r} has no property {name!r}")
                continue
            value = props[name]
            if value is None:
                if not spec.optional and broken is None:
                    broken = f"{rid!r}: {name!r} is required and cannot be unset"
                kw[name] = None
                continue
            try:
                kw[name] = spec.wire.dec(value, 2)
            except ProtocolError as exc:
                broken = broken or f"{rid!r}.{name}: {exc}"
        if broken is not None:
            self._note(changes, DOES_NOT_FIT, kind, rid, broken)
            return None
        if not kw:
            return None
        try:
            return dataclasses.replace(record, **kw)  # type: ignore[type-var]
        except ValueError as exc:
            self._note(changes, DOES_NOT_FIT, kind, rid, str(exc))
            return None

    def _refresh_default_layout(self, changes: Changes) -> None:
        if self.scene is not None and self.scene.layout is None:
            derived = default_layout(self.scene)
            if derived != self._layout:
                self._layout = derived
                changes.layout = True

    def _check_panel_refs(self, panels: Iterable[Panel]) -> None:
        scene = self._need_scene()
        known = {
            "view": set(self._views),
            "control": set(self._controls),
            "action": {a.id for a in scene.actions},
        }
        for panel in panels:
            for what, ids in (("view", panel.view_ids), ("control", panel.control_ids), ("action", panel.action_ids)):
                for ref in ids:
                    if ref not in known[what]:
                        raise _Refused(DOES_NOT_FIT, f"panel {panel.id!r}: {what} {ref!r} is not in the scene")

    def _panel_patch(self, update: Any, changes: Changes) -> None:
        scene = self._need_scene()
        panels = self._layout.panels
        index = next((i for i, p in enumerate(panels) if p.id == update.panel_id), None)
        if index is None:
            raise _Refused(UNKNOWN_ID, f"no panel {update.panel_id!r} in the layout")
        kw: dict[str, Any] = {}
        for name in ("view_ids", "control_ids", "action_ids"):
            value = getattr(update, name)
            if value is not None:
                kw[name] = list(value)
        if update.title is not None:
            kw["title"] = update.title or None
        new = dataclasses.replace(panels[index], **kw)
        self._check_panel_refs([new])
        if scene.layout is None:
            scene.layout = self._layout  # the default layout becomes the scene's own (§7.10)
        panels[index] = new
        changes.panels.add(new.id)

    def _layout_replace(self, update: Any, changes: Changes) -> None:
        scene = self._need_scene()
        self._check_panel_refs(update.panels)
        scene.layout = self._layout = Layout(
            title=self._layout.title, panels=list(update.panels), panel_grid=update.panel_grid
        )
        changes.layout = True

    def _state_patch(self, update: Any, changes: Changes) -> None:
        self._set_state(update.updates, changes)

    def _set_state(self, updates: dict[str, Any], changes: Changes) -> None:
        keys = set(updates)
        bound = [vid for vid in self._views if keys.intersection(self.view(vid).bindings.values())]
        before = {vid: self.resolved_view(vid) for vid in bound}
        after_state = dict(self.frontend_state)
        for key in sorted(updates):
            value = updates[key]
            if value is None:
                if key in after_state:
                    del after_state[key]
                    changes.state_keys.add(key)
            elif key not in after_state or not _same(after_state[key], value):
                after_state[key] = value
                changes.state_keys.add(key)
        self.frontend_state = after_state
        for vid in bound:
            if not values_equal(before[vid], self.resolved_view(vid)):
                changes.views.add(vid)

    def _status(self, update: Any, changes: Changes) -> None:
        self.status = _without_tick(update)
        changes.status = update

    def _error(self, update: Any, changes: Changes) -> None:
        self.last_error = _without_tick(update)
        changes.errors.append(update)


def _without_tick(update: Any) -> Any:
    """The line a ``status`` or ``error`` shows, held without the ``tick_end`` it came with (§7.13).

    The tick mark belongs to the tick, not to the line: a client that joined later got the same line in
    a snapshot that closed another tick, and holds the same state.
    """
    if getattr(update, "tick_end", None) is None:
        return update
    return dataclasses.replace(update, tick_end=None)


def _spec_of(cls: type[Record], name: str) -> FieldSpec | None:
    for spec in cls.wire_fields():
        if spec.key == name:
            return spec
    return None


class TickGate:
    """Holds a tick's updates until the one that closes it, so a window never draws half a tick (§7.12).

    ``release_ticks(updates)`` returns, in order, the units a renderer may
    apply now, each without drawing in between: a whole tick, or one update
    that belongs to no tick. Until the first ``tick_end`` on the connection
    every update is its own unit (a server that does not mark ticks); from
    then on ticks come whole, except an ``error`` or a ``status`` without
    ``tick_end``: they only change the message lines (§7.10), so they pass at
    once (the connection's own reports, a dropped frame's ``error``, §2.4, and
    a session's messages alike). A new connection needs a new gate.
    """

    __slots__ = ("_held", "_ticked", "last_tick")

    PASSING = frozenset({"error", "status", "access", "run_state"})  # untagged, shown as they arrive (§7.14, §7.15)

    def __init__(self) -> None:
        self._held: list[Any] = []
        self._ticked = False
        self.last_tick: Any = None  # the last ``tick_end`` released (index, time)

    @property
    def held(self) -> int:
        """How many updates wait for their tick to close."""
        return len(self._held)

    def release_ticks(self, updates: Iterable[Any]) -> list[list[Any]]:
        out: list[list[Any]] = []
        for update in updates:
            tick = getattr(update, "tick_end", None)
            if tick is not None:
                self._ticked = True
                self._held.append(update)
                out.append(self._held)
                self._held = []
                self.last_tick = tick
            elif self._ticked and getattr(update, "wire_kind", None) not in self.PASSING:
                self._held.append(update)
            else:
                out.append([update])
        return out

    def release(self, updates: Iterable[Any]) -> list[Any]:
        """:meth:`release_ticks`, flattened."""
        return [update for unit in self.release_ticks(updates) for update in unit]

    def discard(self) -> int:
        """Forget a tick that will never close (its connection ended); how many updates it had."""
        count = len(self._held)
        self._held = []
        return count
