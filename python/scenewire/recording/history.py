"""Every value a recording's fields held, gathered by applying its updates to a SceneState tick by tick.

A window keeps only a field's last ``max_length`` entries; an export wants the
whole run. So this module keeps, beside the :class:`~scenewire.state.SceneState`,
each growing field's *history* (docs/recording.md, "Export"):

- a **trace** (a field a line plot draws against ``x_dim``, a raster's event
  field, or any field that receives a ``field_append``) keeps every entry
  ever appended along its time dim, with its coordinates, before any
  ``max_length`` trimmed it. A ``field_replace`` adds the entries whose time
  lies after the last one held (a resent window, a joining recorder's
  snapshot); a replace whose times go back (a reset), whose other dims
  changed size (a trace added), or a new ``scene_ready`` starts a new
  *segment*: one time series each, numbered ``name``, ``name.2``, ...;
- a small other field (at most :data:`SNAPSHOT_MAX_VALUES` values) keeps its
  value at the end of every tick in which it changed, at that tick's time
  (§7.12): a per-tick series;
- every field's last value is kept too.

Nothing here imports pynwb: :mod:`.export` writes what this gathers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..protocol import UPDATES, decode
from ..state import SceneState
from ..wire import ProtocolError
from .container import open_recording

SNAPSHOT_MAX_VALUES = 1024
"""A non-trace field of at most this many values is kept per tick; a larger one (a 100 000-segment voltage
map) only as its last value, since a per-tick copy of it would be the recording again, uncompressed."""

TRACE = "trace"
EVENTS = "events"


@dataclass
class Segment:
    """A stretch of one field's history whose times only go forward and whose other dims keep their sizes."""

    name: str
    field_id: str
    kind: str  # TRACE or EVENTS
    dims: list[str]  # the field's dims, as the scene has them
    time_dim: str
    unit: str | None
    time_unit: str | None
    attrs: dict[str, Any]
    view: Any = None  # the raster view, for EVENTS
    values: list[np.ndarray] = field(default_factory=list)  # chunks, time axis first
    times: list[np.ndarray] = field(default_factory=list)
    last_time: float | None = None
    other_shape: tuple[int, ...] | None = None

    def add(self, values: np.ndarray, times: np.ndarray) -> None:
        """Entries along the time axis (axis 0 here); times ascending after :attr:`last_time`."""
        if len(times) == 0:
            return
        self.values.append(np.array(values, copy=True))
        self.times.append(np.array(times, copy=True))
        self.last_time = float(times[-1])

    def data(self) -> tuple[np.ndarray, np.ndarray]:
        """The whole history: values with the time axis first, and their times."""
        if not self.values:
            shape = (0, *(self.other_shape or ()))
            return np.zeros(shape), np.zeros(0)
        return np.concatenate(self.values, axis=0), np.concatenate(self.times)


@dataclass
class Snapshots:
    """A small field's value at the end of each tick in which it changed."""

    name: str
    field_id: str
    dims: list[str]
    unit: str | None
    attrs: dict[str, Any]
    values: list[np.ndarray] = field(default_factory=list)
    times: list[float] = field(default_factory=list)
    shape: tuple[int, ...] | None = None


@dataclass
class LastValue:
    """A field's values when the recording ended (or its scene was replaced)."""

    field_id: str
    dims: list[str]
    unit: str | None
    values: np.ndarray
    coords: dict[str, np.ndarray]


@dataclass
class History:
    """What :func:`gather` found: the histories, the scene's metadata and the recording's own."""

    segments: list[Segment] = field(default_factory=list)
    snapshots: list[Snapshots] = field(default_factory=list)
    last: dict[str, LastValue] = field(default_factory=dict)
    scene_metadata: dict[str, Any] = field(default_factory=dict)
    title: str | None = None
    info: dict[str, str] = field(default_factory=dict)
    tick_time_unit: str | None = None
    frames: int = 0
    ticks: int = 0
    skipped: int = 0
    damage: list[str] = field(default_factory=list)


def _time_views(scene: Any) -> dict[str, tuple[str, str | None, str | None, Any]]:
    """field id -> (time dim, time unit, value unit, raster view or None) from the views that draw it in time."""
    out: dict[str, tuple[str, str | None, str | None, Any]] = {}
    for view in scene.views:
        kind = getattr(view, "wire_kind", None)
        if kind == "raster":  # protocol 1.1's raster view (§8.3.6): a 1-D event field
            out[view.field_id] = (view.event_dim, getattr(view, "time_unit", None), None, view)
        elif kind == "line_plot" and view.field_id not in out:
            out[view.field_id] = (view.x_dim, view.x_unit, view.y_unit, None)
    return out


class Gatherer:
    """Applies updates to a SceneState and keeps the histories beside it (see the module's docstring)."""

    def __init__(self) -> None:
        self.state = SceneState()
        self.history = History()
        self._open: dict[str, Segment] = {}  # field id -> the segment being filled
        self._snap: dict[str, Snapshots] = {}
        self._names: dict[str, int] = {}  # field id -> segments made
        self._time_views: dict[str, tuple[str, str | None, str | None, Any]] = {}
        self._changed: set[str] = set()

    # ---- segments -------------------------------------------------------

    def _new_segment(self, f: Any, time_dim: str) -> Segment:
        n = self._names.get(f.id, 0) + 1
        self._names[f.id] = n
        _, time_unit, y_unit, view = self._time_views.get(f.id, (time_dim, None, None, None))
        seg = Segment(
            name=f.id if n == 1 else f"{f.id}.{n}",
            field_id=f.id,
            kind=EVENTS if view is not None else TRACE,
            dims=list(f.dims),
            time_dim=time_dim,
            unit=f.unit or y_unit,
            time_unit=time_unit,
            attrs=dict(f.attrs),
            view=view,
        )
        self.history.segments.append(seg)
        self._open[f.id] = seg
        self._snap.pop(f.id, None)  # a field that grows in time is a trace, not a per-tick series
        return seg

    @staticmethod
    def _entries(f: Any, dim: str) -> tuple[np.ndarray, np.ndarray]:
        axis = f.dims.index(dim)
        values = np.moveaxis(np.asarray(f.values), axis, 0)
        times = f.coords.get(dim)
        if times is None:
            times = np.arange(values.shape[0])
        return values, np.asarray(times)

    def _take_whole(self, f: Any, dim: str, fresh: bool) -> None:
        """A field as it now is (a scene, a replace): new entries join its segment, or a new one starts."""
        values, times = self._entries(f, dim)
        seg = self._open.get(f.id)
        other = values.shape[1:]
        goes_back = seg is not None and seg.last_time is not None and (len(times) == 0 or times[-1] < seg.last_time)
        if fresh or seg is None:
            seg = self._new_segment(f, dim)
        elif (seg.other_shape is not None and seg.other_shape != other) or goes_back:
            if seg.values:
                seg = self._new_segment(f, dim)
            seg.last_time = None
        seg.other_shape = other
        if seg.last_time is not None:
            keep = times > seg.last_time
            values, times = values[keep], times[keep]
        seg.add(values, times)

    # ---- applying ---------------------------------------------------------

    def apply(self, update: Any) -> None:
        kind = update.wire_kind
        before = None
        if kind == "field_append" and update.field_id not in self._open:
            try:
                f = self.state.field(update.field_id)
                before = (np.array(f.values, copy=True), {d: np.array(c) for d, c in f.coords.items()})
            except KeyError:
                pass
        new = (
            (np.array(update.values, copy=True), np.array(update.coord_values, copy=True))
            if kind == "field_append"
            else None
        )
        changes = self.state.apply(update)
        if any(getattr(e, "update_kind", None) == kind and hasattr(e, "code") for e in changes.errors):
            return  # refused (an ApplyNote): nothing changed
        if kind == "scene_ready":
            self._scene(update.scene)
        elif kind == "field_replace":
            f = self.state.field(update.field_id)
            if f.id in self._open:
                self._take_whole(f, self._open[f.id].time_dim, fresh=False)
            self._changed.add(f.id)
        elif kind == "field_append":
            self._append(update, before, new)
        elif kind == "scene_patch" and changes.views:
            self._time_views = _time_views(self.state.scene)
        for fid in changes.fields:
            self._changed.add(fid)
        tick = getattr(update, "tick_end", None)
        if tick is not None:
            self._end_tick(tick.time if tick.time is not None else float(tick.index))

    def _scene(self, scene: Any) -> None:
        self._keep_last()
        self._open.clear()
        self._snap.clear()
        self._time_views = _time_views(scene)
        self.history.scene_metadata = dict(scene.metadata)
        self.history.title = self.state.layout.title
        units = {u for _, u, _, _ in self._time_views.values() if u}
        self.history.tick_time_unit = units.pop() if len(units) == 1 else None
        for f in scene.fields:
            tv = self._time_views.get(f.id)
            if tv is not None and tv[0] in f.dims:
                self._take_whole(f, tv[0], fresh=True)
            elif np.asarray(f.values).size <= SNAPSHOT_MAX_VALUES:
                n = self._names.get(f.id, 0) + 1
                self._names[f.id] = n
                snap = Snapshots(f.id if n == 1 else f"{f.id}.{n}", f.id, list(f.dims), f.unit, dict(f.attrs))
                self._snap[f.id] = snap
                self.history.snapshots.append(snap)
        self._changed = {f.id for f in scene.fields}

    def _append(self, update: Any, before: Any, new: Any) -> None:
        f = self.state.field(update.field_id)
        dim = update.append_dim
        seg = self._open.get(f.id)
        if seg is None or seg.time_dim != dim:
            seg = self._new_segment(f, dim)
            if before is not None:
                values, coords = before
                axis = f.dims.index(dim)
                old = np.moveaxis(values, axis, 0)
                old_t = coords.get(dim, np.arange(old.shape[0]))
                seg.other_shape = old.shape[1:]
                seg.add(old.astype(f.values.dtype, copy=False), old_t)
        axis = f.dims.index(dim)
        values, times = new
        values = np.moveaxis(values, axis, 0).astype(f.values.dtype, copy=False)
        seg.other_shape = values.shape[1:]
        seg.add(values, times)

    def _end_tick(self, time: float) -> None:
        self.history.ticks += 1
        for fid in sorted(self._changed):
            snap = self._snap.get(fid)
            if snap is None:
                continue
            values = np.array(self.state.field(fid).values, copy=True)
            if snap.shape is not None and values.shape != snap.shape:
                continue  # a per-tick series keeps one shape; its last value is still kept
            snap.shape = values.shape
            snap.values.append(values)
            snap.times.append(time)
        self._changed.clear()

    def _keep_last(self) -> None:
        scene = self.state.scene
        if scene is None:
            return
        for f in scene.fields:
            self.history.last[f.id] = LastValue(
                f.id, list(f.dims), f.unit, np.array(f.values, copy=True), {d: np.array(c) for d, c in f.coords.items()}
            )

    def finish(self) -> History:
        self._keep_last()
        self.history.snapshots = [s for s in self.history.snapshots if s.values]
        self.history.segments = [s for s in self.history.segments if s.values]
        return self.history


def gather(path: str | Path) -> History:
    """Read every intact frame of ``path`` and gather its fields' histories."""
    recording = open_recording(path)
    gatherer = Gatherer()
    gatherer.history.info = dict(recording.info)
    for frame in recording.frames():
        try:
            message = decode(frame.data)
        except ProtocolError:
            gatherer.history.skipped += 1
            continue
        if not isinstance(message, UPDATES):
            gatherer.history.skipped += 1
            continue
        gatherer.history.frames += 1
        gatherer.apply(message)
    gatherer.history.damage = list(recording.damage)
    return gatherer.finish()
