"""Write (or check) the state vectors of scenewire protocol 1.0 and 1.1 (spec §15.4).

    python conformance/generate_state.py          # rewrite conformance/state/
    python conformance/generate_state.py --check  # exit 1 if anything would change

Each sequence is a script of update frames (and local state changes) with the
state and changes the Python ``SceneState`` holds after each step. Every frame
is encoded, then decoded again before it is applied, so the expectations are
what a receiver of those exact bytes must hold. Checked in, like the message
vectors; a change to an existing file needs a new protocol version.

The 1.1 snapshot vectors (``conformance/state/1.1/``, §7.13) are made from the
1.0 sequences: for every prefix of each, the snapshot of the state after it,
as a sequence of its own whose last step holds exactly that state. Where the
scene has fields, a second snapshot is made under a frame limit so small that
fields travel in ``field_replace``s after the ``scene_ready``.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from scenewire.protocol import (
    Error,
    FieldAppend,
    FieldReplace,
    LayoutReplace,
    PanelPatch,
    ScenePatch,
    SceneReady,
    StatePatch,
    Status,
    decode,
    encode,
)
from scenewire.scene import (
    Action,
    Camera,
    ChoiceSpec,
    Control,
    Field,
    GraphEdge,
    GraphNode,
    GridGeometry,
    ImageView,
    Layout,
    LinePlotView,
    MorphologyGeometry,
    MorphologyView,
    Operator,
    Panel,
    RasterView,
    ScalarSpec,
    Scene,
    StateGraphView,
    SurfaceView,
)
from scenewire.state.scene_state import SceneState
from scenewire.state.snapshot import TICK_ALLOWANCE_BYTES, Snapshot, SnapshotError, emptied, snapshot
from scenewire.wire.jsonform import to_json_form
from scenewire.wire.records import Record, as_received

VERSION = "1.0"
OUT = Path(__file__).resolve().parent / "state"
VERSION_1_1 = "1.1"
OUT_1_1 = OUT / VERSION_1_1


class Sequence:
    """Steps applied to a fresh SceneState, each recorded with the state after it."""

    def __init__(self, name: str, description: str, version: str = VERSION, snapshots: bool = True) -> None:
        self.name, self.description, self.version = name, description, version
        self.state = SceneState()
        self.steps: list[dict[str, Any]] = []
        self.take_snapshots = snapshots  # a snapshot sequence's own snapshots are no vectors
        self.snapshots: list[tuple[Snapshot, Snapshot | None]] = []  # after each step: whole, and split

    def send(self, update: Record, note: str) -> None:
        self.send_frame(encode(update), note)

    def send_frame(self, frame: bytes, note: str) -> None:
        changes = self.state.apply(decode(frame))
        self.steps.append({"note": note, "frame": frame.hex(), **self._after(changes)})
        self._snap()

    def local(self, key: str, value: Any, note: str) -> None:
        changes = self.state.set_frontend_state(key, value)
        step = {"note": note, "set_frontend_state": {"key": key, "value": to_json_form(value)}}
        self.steps.append({**step, **self._after(changes)})
        self._snap()

    def _snap(self) -> None:
        """The snapshots of the state after this step, closing tick ``k - 1`` at time ``k`` (k steps so far)."""
        if not self.take_snapshots:
            return
        k = len(self.steps)
        whole = snapshot(self.state, k - 1, float(k))
        limit = tight_frame_limit(self.state)
        split = None
        if limit is not None:
            try:
                split = snapshot(self.state, k - 1, float(k), max_frame_bytes=limit)
            except SnapshotError:
                split = None
            if split is not None and not split.moved:
                split = None
        self.snapshots.append((whole, split))

    def _after(self, changes: Any) -> dict[str, Any]:
        return {"changes": changes.to_json(), "state": self.state.to_json()}

    def document(self) -> dict[str, Any]:
        return {"name": self.name, "description": self.description, "version": self.version, "steps": self.steps}


def tight_frame_limit(state: SceneState) -> int | None:
    """A frame limit under which the scene_ready of a snapshot of ``state`` cannot hold every field.

    The larger of the scene_ready with every field emptied and the largest field's ``field_replace``, plus
    the tick allowance; None when the scene has no field with entries.
    """
    scene = state.scene
    if scene is None:
        return None
    movable = [f for f in scene.fields if f.values.ndim > 0 and f.values.shape[0] > 0]
    if not movable:
        return None
    fields = [emptied(f) if f in movable else f for f in scene.fields]
    with as_received():  # the state may hold what only a decoder builds (a selector naming no dim)
        sizes = [len(encode(SceneReady(scene=dataclasses.replace(scene, fields=fields))))]
    sizes += [len(encode(FieldReplace(field_id=f.id, values=f.values, coords=dict(f.coords) or None))) for f in movable]
    return max(sizes) + TICK_ALLOWANCE_BYTES


def snapshot_sequences(seq: Sequence) -> list[tuple[Sequence, dict[str, Any]]]:
    """For each prefix of ``seq``, its snapshot (and split snapshot) replayed from an empty state."""
    out = []
    for k, (whole, split) in enumerate(seq.snapshots, start=1):
        note = seq.steps[k - 1]["note"]
        for made, suffix in ((whole, ""), (split, "_split")):
            if made is None:
                continue
            name = f"snapshot_{seq.name}_{k}{suffix}"
            how = (
                f" Made under a frame limit of {made.max_frame_bytes} bytes: field(s) {', '.join(made.moved)} travel "
                "emptied in the scene_ready and whole in a field_replace."
                if suffix
                else ""
            )
            snap = Sequence(
                name,
                f"The snapshot (§7.13) of the state after the first {k} step(s) of {seq.name} (the last: {note}), "
                f"applied to an empty state: its last step holds exactly that state.{how}",
                VERSION_1_1,
                snapshots=False,
            )
            for i, frame in enumerate(made.frames):
                kind = made.updates[i].wire_kind
                last = " (closes the snapshot's tick)" if i == len(made.frames) - 1 else ""
                snap.send_frame(frame, f"snapshot {i + 1}/{len(made.frames)}: {kind}{last}")
            if _strict(snap.state.to_json()) != _strict(seq.steps[k - 1]["state"]):
                raise AssertionError(f"{name}: the snapshot does not give the state after step {k}")
            entry = {"sequence": seq.name, "steps": k}
            if suffix:
                entry["max_frame_bytes"] = made.max_frame_bytes
            out.append((snap, entry))
    return out


def _strict(value: Any) -> str:
    """JSON text that keeps 1 and 1.0 apart, as the state vectors compare."""
    return json.dumps(value, sort_keys=True)


def empty_snapshot() -> tuple[Sequence, dict[str, Any]]:
    """The snapshot of an empty state: one state_patch with no keys, closing tick 0 (no time)."""
    snap = Sequence(
        "snapshot_empty",
        "The snapshot (§7.13) of an empty state (no scene, no frontend state, no status, no error): one "
        "state_patch without keys that closes tick 0 and changes nothing.",
        VERSION_1_1,
        snapshots=False,
    )
    made = snapshot(SceneState(), 0)
    for frame in made.frames:
        snap.send_frame(frame, "snapshot 1/1: state_patch (closes the snapshot's tick)")
    if snap.state.to_json() != SceneState().to_json():
        raise AssertionError("snapshot_empty: the state is not empty")
    return snap, {"sequence": None, "steps": 0}


# ---------------------------------------------------------------- scenes


def cell() -> MorphologyGeometry:
    return MorphologyGeometry(
        id="cell",
        positions=np.array([[0.0, 0.0, 0.0], [20.0, 0.0, 0.0]]),
        orientations=np.tile(np.eye(3), (2, 1, 1)),
        radii=np.array([5.0, 1.0]),
        lengths=np.array([10.0, 30.0]),
        xlocs=np.array([0.5, 0.5]),
        entity_ids=["soma(0.5)", "dend(0.5)"],
        section_names=["soma", "dend"],
    )


def trace(field_id: str = "v", n: int = 2, dtype: str = "float32") -> Field:
    return Field(id=field_id, values=np.zeros((n, 0), dtype), dims=["seg", "time"], unit="mV")


def grid_scene_parts() -> tuple[Field, GridGeometry]:
    ys, xs = np.arange(2.0), np.arange(3.0)
    height = Field(id="h", values=np.arange(6.0).reshape(2, 3), dims=["y", "x"])
    return height, GridGeometry(id="g", dims=["y", "x"], coords={"y": ys, "x": xs})


def every_view_scene() -> Scene:
    height, grid = grid_scene_parts()
    return Scene(
        fields=[trace(), height, Field(id="o", values=np.array([0.25], np.float32), dims=["k"])],
        geometries=[cell(), grid],
        views=[
            MorphologyView(id="m", geometry_id="cell", title="Cell"),
            SurfaceView(id="s", grid_id="g", height_field_id="h"),
            LinePlotView(id="p", field_id="v", x_dim="time", series_dim="seg", title="Traces"),
            StateGraphView(
                id="gr",
                nodes=[GraphNode(id="C"), GraphNode(id="O", field_id="o")],
                edges=[GraphEdge(source="C", target="O")],
            ),
        ],
        controls=[
            Control(id="amp", label="Stimulus", spec=ScalarSpec(min=0.0, max=1.0, step=0.05), value=0.5),
            Control(id="on", label="Run", spec=ChoiceSpec(options=["yes", "no"]), value="yes"),
        ],
        actions=[Action(id="reset", label="Reset", shortcuts=["r"])],
        metadata={"title": "Demo"},
    )


# ---------------------------------------------------------------- sequences


def default_layout() -> Sequence:
    seq = Sequence(
        "default_layout",
        "scene_ready without a layout gets the default layout (§8.11), derived again when a view title or "
        "the metadata title changes; a second scene_ready replaces everything; status and error stay.",
    )
    seq.send(
        SceneReady(scene=every_view_scene()), "every view kind, controls and an action: one panel each, then controls"
    )
    seq.send(Status(message="running", timeout_ms=500), "status is held")
    seq.send(Error(message="advance: ValueError: boom", code="session_error"), "error is held and reported")
    seq.send(
        ScenePatch(view_updates={"m": {"title": "Neuron"}}, metadata_updates={"title": "Demo 2"}),
        "a view title and the metadata title: the derived layout follows",
    )
    seq.send(
        SceneReady(
            scene=Scene(
                fields=[trace()],
                views=[LinePlotView(id="p", field_id="v", x_dim="time")],
                layout=Layout(
                    title="Own",
                    panels=[Panel(id="a", kind="line_plot", view_ids=["p"])],
                    panel_grid=[["a"]],
                ),
            )
        ),
        "a scene with its own layout replaces everything; status and error stay",
    )
    seq.send(SceneReady(scene=Scene()), "an empty scene: no panels, no title")
    return seq


def field_append_trim() -> Sequence:
    seq = Sequence(
        "field_append_trim",
        "field_append grows a field along its append_dim with its coordinates and keeps the newest "
        "max_length entries (§7.3); along the first axis too; implicit coordinates 0..n-1.",
    )
    first_axis = Field(id="w", values=np.zeros((0, 2)), dims=["time", "seg"])
    seq.send(SceneReady(scene=Scene(fields=[trace(), first_axis])), "v is 2 x 0 float32, w is 0 x 2 float64")

    def app(field_id: str, values: Any, t: Any, max_length: int | None = None, **kw: Any) -> FieldAppend:
        return FieldAppend(
            field_id=field_id,
            append_dim=kw.pop("dim", "time"),
            values=np.asarray(values, kw.pop("dtype", np.float32)),
            coord_values=np.asarray(t),
            max_length=max_length,
            **kw,
        )

    seq.send(app("v", [[1], [2]], [0.0], 3), "one column, max_length 3")
    seq.send(app("v", [[3, 4], [5, 6]], [0.025, 0.05], 3), "two columns: 3 in all, nothing trimmed")
    seq.send(app("v", [[7], [8]], [0.075], 3), "one more: the oldest column goes")
    seq.send(app("v", [[10, 11, 12, 13, 14], [20, 21, 22, 23, 24]], [1.0, 1.1, 1.2, 1.3, 1.4], 3), "5 new, keep 3")
    seq.send(app("v", [[15], [25]], [1.5]), "no max_length: no trimming")
    seq.send(app("v", [[16], [26]], [1.6], 4, attrs_update={"source": "probe"}), "attrs_update merges")
    seq.send(app("w", [[1, 2], [3, 4]], np.array([0, 1], np.int64), dtype=np.float64), "along the first axis")
    seq.send(app("w", [[5, 6]], np.array([2], np.int64), 2, dtype=np.float64), "first axis, trimmed to 2")
    seq.send(
        app("v", [[9, 9, 9, 9]], np.array([7], np.int16), dim="seg"),
        "a new series along seg: its implicit coordinates 0, 1 become int16, then 7",
    )
    return seq


def field_append_dtype() -> Sequence:
    seq = Sequence(
        "field_append_dtype",
        "field_append converts values and coord_values to the field's dtypes (§7.11): floats round to "
        "nearest even with overflow to infinity; integers only whole and in range; bool only from bool.",
    )
    t0 = {"t": np.zeros(0, np.int32)}
    fields = [
        Field(id="f32", values=np.zeros(0, np.float32), dims=["t"]),
        Field(id="i16", values=np.zeros(0, np.int16), dims=["t"]),
        Field(id="f16", values=np.zeros(0, np.float16), dims=["t"]),
        Field(id="b", values=np.zeros(0, bool), dims=["t"]),
        Field(id="ti", values=np.zeros(0, np.int8), dims=["t"], coords=t0),
    ]
    seq.send(SceneReady(scene=Scene(fields=fields)), "five 1-d fields of length 0")

    def app(field_id: str, values: np.ndarray, t: np.ndarray) -> FieldAppend:
        return FieldAppend(field_id=field_id, append_dim="t", values=values, coord_values=t)

    seq.send(
        app("f32", np.array([0.1, 1e39, -1e39, np.nan]), np.arange(4.0)),
        "float64 into float32: 0.1 rounds, 1e39 overflows to inf, NaN stays",
    )
    seq.send(
        app("f32", np.array([2**24 + 1], np.int64), np.array([4.0])), "int64 16777217 into float32: a tie, to even"
    )
    seq.send(app("i16", np.array([3.0, -2.0]), np.arange(2.0)), "whole float64 values into int16")
    seq.send(app("i16", np.array([2.5]), np.array([2.0])), "2.5 into int16 does not fit: nothing appended")
    seq.send(
        app("i16", np.array([40000], np.uint16), np.array([2.0])),
        "40000 into int16 does not fit either; noted once per target, so no second note",
    )
    seq.send(app("f16", np.array([65520.0, 1 / 3]), np.arange(2.0)), "into float16: past the largest finite is inf")
    seq.send(app("b", np.array([True]), np.array([0.0])), "bool into bool")
    seq.send(app("b", np.array([1], np.uint8), np.array([1.0])), "uint8 into bool does not fit")
    seq.send(app("ti", np.array([5], np.int8), np.array([0.5])), "coord_values 0.5 into int32 coordinates does not fit")
    seq.send(app("ti", np.array([5], np.int8), np.array([2.0])), "coord_values 2.0 into int32 coordinates: 2")
    return seq


def field_replace() -> Sequence:
    seq = Sequence(
        "field_replace",
        "field_replace swaps values (dtype and sizes may change, dims stay), keeps coordinates that still "
        "fit, replaces them all when coords is given, merges attrs (nil removes a key) (§7.2).",
    )
    v = Field(
        id="v",
        values=np.zeros((2, 3), np.float32),
        dims=["seg", "time"],
        coords={"seg": np.array([0, 1], np.int8), "time": np.array([0.0, 0.5, 1.0])},
        attrs={"keep": True},
    )
    seq.send(SceneReady(scene=Scene(fields=[v])), "v is 2 x 3 float32 with coordinates on both dims")
    seq.send(
        FieldReplace(field_id="v", values=np.arange(6, dtype=np.int16).reshape(2, 3), attrs_update={"a": 1}),
        "same sizes, new dtype: both coordinates kept",
    )
    seq.send(
        FieldReplace(field_id="v", values=np.ones((2, 4), np.int16), attrs_update={"a": None, "b": "x"}),
        "4 time entries: time coordinates dropped, seg kept; attrs a removed",
    )
    seq.send(
        FieldReplace(field_id="v", values=np.ones((2, 2), np.int16), coords={"time": np.array([5.0, 6.0])}),
        "coords given: they replace all, so seg loses its coordinates",
    )
    seq.send(FieldReplace(field_id="v", values=np.ones(3, np.int16)), "1-d values for a 2-d field do not fit")
    seq.send(
        FieldReplace(field_id="v", values=np.ones((2, 2), np.int16), coords={"time": np.arange(3.0)}),
        "coordinates of the wrong length do not fit (already noted for v)",
    )
    seq.send(
        FieldAppend(field_id="v", append_dim="time", values=np.array([[7.0], [8.0]]), coord_values=np.array([9.0])),
        "append after a replace continues in the replaced dtype",
    )
    seq.send(FieldReplace(field_id="nope", values=np.ones(1)), "an unknown field: unknown_id")
    return seq


def patch_scene(height: Field, grid: GridGeometry) -> Scene:
    """The scene of the scene_patch sequence."""
    return Scene(
        fields=[trace(), height],
        geometries=[grid],
        views=[
            LinePlotView(id="p", field_id="v", x_dim="time", series_dim="seg", selectors={"k": 0}, title="P"),
            LinePlotView(id="q", field_id="v", x_dim="time", title="Q"),
            SurfaceView(id="s", grid_id="g", height_field_id="h"),
        ],
        operators=[Operator(id="clamp", kind="iclamp", inputs=["v"], params={"amp": 0.1, "dur": 5})],
        controls=[
            Control(id="n", label="N", spec=ScalarSpec(min=0.0, max=10.0, integer=True), value=3.0),
            Control(id="gain", label="Gain", spec=ScalarSpec(min=0.0, max=1.0), value=1),
            Control(id="mode", label="Mode", spec=ChoiceSpec(options=["a", "b"]), value="a"),
        ],
        metadata={"title": "Patch", "extra": [1, 2]},
    )


def scene_patch() -> Sequence:
    seq = Sequence(
        "scene_patch",
        "scene_patch: a value replaces a property whole (selectors and bindings too), nil unsets an optional "
        "property, each entry applies whole or not at all, params and metadata merge with nil removing a key, "
        "scalar control values are held as integers or floats (§7.4, §7.10).",
    )
    height, grid = grid_scene_parts()
    with as_received():  # selector "k" names no dim of "v": a sender may not build it, a receiver must take it (§8.12)
        scene = patch_scene(height, grid)
    seq.send(SceneReady(scene=scene), "control n 3.0 is held as 3, gain 1 as 1.0")
    seq.send(
        ScenePatch(
            view_updates={"p": {"title": None, "y_limits": [0, 1], "selectors": {"trial": 2}, "rolling_window": 5}}
        ),
        "nil unsets the title; integers become floats; selectors replaced, not merged",
    )
    seq.send(
        ScenePatch(view_updates={"p": {"bogus": 1, "y_label": "mV"}}),
        "an unknown property is skipped, the rest applies",
    )
    seq.send(
        ScenePatch(view_updates={"p": {"x_dim": None, "y_label": "V"}}), "nil for a required property: entry refused"
    )
    seq.send(
        ScenePatch(view_updates={"s": {"shading": "weird"}, "ghost": {"title": "x"}, "q": {"title": "Q2"}}),
        "entries apply one by one: ghost unknown, q applies, s breaks its rules",
    )
    seq.send(ScenePatch(view_updates={"q": {"field_id": "nope"}}), "q would name a field the scene lacks: refused")
    seq.send(
        ScenePatch(operator_updates={"clamp": {"amp": None, "mode": "fast"}, "ghost": {"x": 1}}),
        "params merge; nil removes amp",
    )
    seq.send(
        ScenePatch(control_updates={"n": {"value": 7.0}, "gain": {"value": 0}, "mode": {"value": "b"}}),
        "control values: 7.0 held as 7 for an integer scalar, 0 as 0.0 for a float one",
    )
    seq.send(
        ScenePatch(
            control_updates={
                "n": {"value": 11},
                "gain": {"spec": {"kind": "scalar", "min": 0.0, "max": 2.0, "integer": False}, "value": 1.5},
            }
        ),
        "n = 11 is outside its spec: refused; gain's new spec and value apply together",
    )
    seq.send(ScenePatch(metadata_updates={"title": "New", "extra": None}), "metadata merges; the derived title follows")
    return seq


def layout_patches() -> Sequence:
    seq = Sequence(
        "layout_patches",
        'panel_patch (absent unchanged, empty clears, "" clears the title) on the default layout makes it '
        "the scene's own; layout_replace keeps the title; panels naming unknown ids are refused (§7.5, §7.6).",
    )
    scene = Scene(
        fields=[trace()],
        geometries=[cell()],
        views=[
            LinePlotView(id="p", field_id="v", x_dim="time", title="P"),
            MorphologyView(id="m", geometry_id="cell"),
        ],
        controls=[
            Control(id="c1", label="One", spec=ScalarSpec(min=0.0, max=1.0), value=0.0),
            Control(id="c2", label="Two", spec=ScalarSpec(min=0.0, max=1.0), value=1.0),
        ],
        actions=[Action(id="a1", label="Go")],
        metadata={"title": "T"},
    )
    seq.send(SceneReady(scene=scene), "no layout: the default one")
    seq.send(
        PanelPatch(panel_id="panel:controls", control_ids=[], title=""),
        "controls cleared, title cleared, actions unchanged; the layout is now the scene's own",
    )
    seq.send(PanelPatch(panel_id="panel:p", view_ids=["p", "m"], title="Both"), "views replaced, title set")
    seq.send(ScenePatch(view_updates={"p": {"title": "X"}}), "an own layout is not derived again")
    seq.send(PanelPatch(panel_id="ghost", title="x"), "an unknown panel: unknown_id")
    seq.send(PanelPatch(panel_id="panel:m", control_ids=["ghost"]), "a panel naming an unknown control: refused")
    seq.send(
        LayoutReplace(
            panels=[
                Panel(id="a", kind="controls", control_ids=["c1", "c2"], action_ids=["a1"]),
                Panel(id="b", kind="line_plot", view_ids=["p"]),
            ],
            panel_grid=[["a", "b"]],
        ),
        "new panels and grid; the title stays",
    )
    seq.send(
        LayoutReplace(panels=[Panel(id="z", kind="line_plot", view_ids=["ghost"])]),
        "a layout naming an unknown view: refused, the layout stays",
    )
    seq.send(PanelPatch(panel_id="a", action_ids=[]), "actions cleared")
    return seq


def bindings() -> Sequence:
    seq = Sequence(
        "bindings",
        "state_patch and local state changes resolve bound view properties while the key is set and its value "
        "fits; selectors.<dim> and a bound selectors map; nil unsets; scene_ready clears the state (§7.10, §8.3.1).",
    )
    v2 = Field(id="v2", values=np.zeros(2, np.float32), dims=["seg"])
    scene = Scene(
        fields=[Field(id="v", values=np.zeros((2, 3, 4), np.float32), dims=["seg", "trial", "time"]), v2],
        geometries=[cell()],
        views=[
            LinePlotView(
                id="p",
                field_id="v",
                x_dim="time",
                series_dim="seg",
                selectors={"trial": 0},
                title="Literal",
                bindings={"title": "plot_title", "selectors.trial": "trial", "y_limits": "ylim"},
            ),
            LinePlotView(id="q", field_id="v", x_dim="time", bindings={"selectors": "sel_map"}),
            MorphologyView(id="m", geometry_id="cell", bindings={"color_field_id": "shown", "colormap": "cmap"}),
        ],
    )
    seq.send(SceneReady(scene=scene), "three views with bindings, no state yet: literals apply")
    seq.send(
        StatePatch(updates={"plot_title": "Bound", "trial": 2, "ylim": [-80, 40]}),
        "p resolves its title, selector and y limits (integers as floats)",
    )
    seq.send(StatePatch(updates={"trial": 2.0}), "2.0 is not an integer: the selector falls back to its literal 0")
    seq.local("selection", "dend(0.5)", "a click selects: a state key no view is bound to")
    seq.send(StatePatch(updates={"cmap": "magma", "shown": "v2"}), "m is bound to two keys")
    seq.send(StatePatch(updates={"sel_map": {"trial": 1}}), "q's whole selectors map is bound")
    seq.send(StatePatch(updates={"plot_title": None, "other": 1}), "nil unsets: p's title is the literal again")
    seq.send(StatePatch(updates={"other": 1}), "the same value again changes nothing")
    seq.local("selection", None, "the click selects nothing: the key is unset")
    seq.send(SceneReady(scene=scene), "a new scene_ready clears every state key")
    return seq


def unknown_field() -> Sequence:
    seq = Sequence(
        "unknown_field",
        "updates before any scene and updates for a field the scene does not have are ignored and noted "
        "unknown_id once per target until the next scene_ready; no field is created (§7.10).",
    )

    def app(field_id: str, value: float) -> FieldAppend:
        return FieldAppend(
            field_id=field_id,
            append_dim="time",
            values=np.array([value], np.float32),
            coord_values=np.array([value]),
        )

    seq.send(app("v", 1.0), "before any scene: unknown_id")
    seq.send(StatePatch(updates={"selection": "a"}), "state_patch applies without a scene")
    seq.send(Status(message="starting"), "status applies without a scene")
    scene = Scene(fields=[Field(id="v", values=np.zeros(0, np.float32), dims=["time"])])
    seq.send(SceneReady(scene=scene), "the scene has v only; the state is cleared")
    seq.send(app("w", 1.0), "w is unknown: noted")
    seq.send(app("w", 2.0), "w again: not noted again, nothing changes")
    seq.send(FieldReplace(field_id="w", values=np.ones(1, np.float32)), "another update kind for w: noted")
    seq.send(app("v", 3.0), "v appends as usual")
    seq.send(SceneReady(scene=scene), "a new scene")
    seq.send(app("w", 4.0), "w is noted again after the new scene")
    return seq


def float16_ties() -> Sequence:
    seq = Sequence(
        "float16_ties",
        "into float16, a value halfway between two float16 values rounds to the one with an even last bit, "
        "from float64 and float32 alike, subnormals included; a float64 a hair above a tie rounds up, rounded "
        "once from the float64 (a detour through float32 would make it a tie and round it down) (§7.11).",
    )
    fields = [Field(id="h", values=np.zeros(0, np.float16), dims=["t"])]
    seq.send(SceneReady(scene=Scene(fields=fields)), "one float16 field of length 0")

    def app(values: np.ndarray) -> FieldAppend:
        return FieldAppend(field_id="h", append_dim="t", values=values, coord_values=np.arange(float(len(values))))

    seq.send(
        app(np.array([2049.0, 2051.0, -2049.0, 2053.0, 0.5 + 2**-12, 1 + 2**-11, 1 + 3 * 2**-11])),
        "float64 ties: 2049 -> 2048, 2051 -> 2052, -2049 -> -2048, 2053 -> 2052, 0.5+2^-12 -> 0.5, "
        "1+2^-11 -> 1, 1+3*2^-11 -> 1+2^-9",
    )
    seq.send(
        app(np.array([2**-25, 3 * 2**-25, -(2**-25), 5 * 2**-25])),
        "subnormal ties: 2^-25 -> 0, 3*2^-25 -> 2^-23, -2^-25 -> -0, 5*2^-25 -> 2^-23",
    )
    seq.send(app(np.array([2049.0, 2051.0, 65520.0], np.float32)), "float32 ties: 2048, 2052, and 65520 -> inf")
    seq.send(
        app(np.array([2049.0 + 2**-20, 2049.0 - 2**-20])),
        "a hair above a tie rounds up (2050), a hair below rounds down (2048)",
    )
    return seq


def append_coords() -> Sequence:
    seq = Sequence(
        "append_coords",
        "field_append's coordinates: implicit coordinates 0..n-1 must fit the dtype of coord_values (§7.3 step 5, "
        "§7.11); coord_values needs one entry per appended entry (§7.3 step 3); field_replace coords must name "
        "the field's dims (§7.2). Each refused update changes nothing.",
    )
    fields = [
        Field(id="long", values=np.zeros(130, np.float32), dims=["t"]),
        Field(id="grid", values=np.zeros((2, 0), np.float32), dims=["seg", "t"]),
    ]
    seq.send(SceneReady(scene=Scene(fields=fields)), "long: 130 entries without coordinates; grid: 2 x 0")

    def app(field_id: str, values: np.ndarray, t: np.ndarray) -> FieldAppend:
        with as_received():  # a count mismatch a sender may not build, a receiver must take (§7.3 step 3)
            return FieldAppend(field_id=field_id, append_dim="t", values=values, coord_values=t)

    seq.send(
        app("long", np.array([1.0], np.float32), np.array([127], np.int8)),
        "implicit coordinates 0..129 into int8 (coord_values 127 fits): 128 and 129 do not, nothing appended",
    )
    seq.send(
        app("long", np.array([1.0], np.float32), np.array([130], np.int16)),
        "the same into int16: coordinates 0..130 as int16",
    )
    seq.send(
        app("grid", np.ones((2, 2), np.float32), np.array([0.0, 0.5, 1.0])),
        "two entries, three coordinates: does not fit",
    )
    seq.send(
        app("grid", np.ones((2, 2), np.float32), np.array([0.0])), "two entries, one coordinate: noted once already"
    )
    seq.send(
        FieldReplace(field_id="grid", values=np.ones((2, 1), np.float32), coords={"time": np.array([0.0])}),
        "coords naming time, a dim grid lacks (its dims are seg and t): does not fit",
    )
    seq.send(
        FieldReplace(field_id="grid", values=np.ones((2, 1), np.float32), coords={"t": np.array([7.0])}),
        "coords naming t: applies",
    )
    return seq


def patch_notes() -> Sequence:
    seq = Sequence(
        "patch_notes",
        "scene_patch entries: id and kind are unknown_property; an entry's notes are its unknown_property "
        "notes in name order, then at most one does_not_fit; an operator entry that changes nothing is not "
        "listed as changed (§7.4, §7.10). Bound state values the view could not hold (a shading that is not "
        "one of its values, a negative rolling_window, a negative selectors.<dim>) are ignored: the literal "
        "applies (§8.3.1).",
    )
    height, grid = grid_scene_parts()
    scene = Scene(
        fields=[Field(id="v", values=np.zeros((2, 3, 4), np.float32), dims=["seg", "trial", "time"]), height],
        geometries=[grid],
        views=[
            LinePlotView(
                id="p",
                field_id="v",
                x_dim="time",
                series_dim="seg",
                selectors={"trial": 1},
                rolling_window=5.0,
                title="P",
                bindings={"selectors.trial": "trial", "rolling_window": "window"},
            ),
            SurfaceView(id="s", grid_id="g", height_field_id="h", bindings={"shading": "look"}),
        ],
        operators=[Operator(id="clamp", kind="iclamp", inputs=["v"], params={"amp": 0.1})],
        controls=[Control(id="gain", label="Gain", spec=ScalarSpec(min=0.0, max=1.0), value=0.5)],
    )
    seq.send(SceneReady(scene=scene), "a line plot and a surface with bindings, an operator, a control")
    seq.send(
        ScenePatch(
            view_updates={"p": {"id": "q", "kind": "surface", "title": "P2"}},
            control_updates={"gain": {"id": "g2", "label": "G"}},
        ),
        "id and kind are not properties a patch can set: unknown_property each, the rest applies",
    )
    seq.send(
        ScenePatch(view_updates={"p": {"a_unknown": 1, "title": 5, "z_unknown": 2}}),
        "unknown_property for a_unknown and z_unknown, then one does_not_fit (title 5 is not a string); "
        "nothing of p changes",
    )
    seq.send(
        ScenePatch(view_updates={"s": {"b_unknown": 1, "grid_id": None, "y_unknown": 2}}),
        "nil for the required grid_id: the unknown_property notes first, then does_not_fit",
    )
    seq.send(
        ScenePatch(operator_updates={"clamp": {"amp": 0.1, "gone": None}}),
        "an operator entry that changes nothing (the same amp, nil for an absent key): not listed",
    )
    seq.send(
        StatePatch(updates={"look": "bumpy", "window": -1.0, "trial": -1}),
        "bound values the views could not hold: the literals apply (smooth shading, window 5, trial 1)",
    )
    seq.send(
        StatePatch(updates={"look": "flat", "window": 2, "trial": 2}),
        "values they can hold: flat, 2.0, trial 2",
    )
    return seq


def field_append_empty_huge() -> Sequence:
    seq = Sequence(
        "field_append_empty_huge",
        "empty fields whose dims claim 2^32 - 1 entries (§9.4): implicit coordinates are made only as far "
        "as max_length keeps them, and refused past 64 Mi (§7.3 step 5); a zero-size append allocates nothing.",
    )
    huge = 0xFFFFFFFF
    fields = [
        Field(id="long", values=np.empty((huge, 0), np.float32), dims=["t", "s"]),
        Field(id="wide", values=np.empty((0, huge), np.float32), dims=["t", "s"]),
    ]
    seq.send(SceneReady(scene=Scene(fields=fields)), "long is 4294967295 x 0, wide is 0 x 4294967295")

    def app(field_id: str, shape: tuple[int, ...], t: list[float], max_length: int | None = None) -> FieldAppend:
        return FieldAppend(
            field_id=field_id,
            append_dim="t",
            values=np.empty(shape, np.float32),
            coord_values=np.asarray(t, np.float64),
            max_length=max_length,
        )

    seq.send(app("long", (1, 0), [5.0]), "one entry, no max_length: 4294967295 implicit coords; does not fit")
    seq.send(app("long", (1, 0), [5.0], 3), "max_length 3: only the last two implicit coords are made, then 5")
    seq.send(app("wide", (0, huge), []), "nothing appended to 4294967295 series: the values stay, t gets []")
    return seq


SEQUENCES: list[Callable[[], Sequence]] = [
    default_layout,
    field_append_trim,
    field_append_dtype,
    field_replace,
    scene_patch,
    layout_patches,
    bindings,
    unknown_field,
    float16_ties,
    append_coords,
    patch_notes,
    field_append_empty_huge,
]


def raster_image() -> Sequence:
    """1.1's raster and image views (§8.3.6, §8.3.7) in a scene state: appends, patches, bindings."""
    seq = Sequence(
        "raster_image",
        "A raster (events: unit indices, times as coordinates) and an image of a 2 x 3 sheet: spikes appended and "
        "trimmed by max_length, view patches that fit and that break a view's rule, a bound marker, the sheet "
        "replaced in place; no layout, so both get line_plot panels (§8.3.6, §8.3.7, §8.11, §7.3, §7.4, §8.3.1).",
        VERSION_1_1,
    )
    spikes = Field(id="spikes", values=np.zeros(0, np.int32), dims=["spike"], coords={"spike": np.zeros(0, np.float64)})
    sheet = Field(id="v", values=np.full((2, 3), -70.0, np.float32), dims=["y", "x"], unit="mV")
    scene = Scene(
        fields=[spikes, sheet],
        views=[
            RasterView(id="r", field_id="spikes", event_dim="spike", time_unit="ms", bindings={"marker": "mk"}),
            ImageView(id="i", field_id="v", x_dim="x", y_dim="y", color_limits=(-80.0, -50.0)),
        ],
    )
    seq.send(SceneReady(scene=scene), "an empty event field with float64 times, a sheet at -70 mV")

    def spikes_at(units: list[int], times: list[float]) -> FieldAppend:
        return FieldAppend(
            field_id="spikes",
            append_dim="spike",
            values=np.array(units, np.int32),
            coord_values=np.array(times, np.float64),
            max_length=4,
        )

    seq.send(spikes_at([3, 0, 7], [0.5, 1.25, 1.25]), "three spikes, two at the same time")
    seq.send(spikes_at([1, 2], [2.0, 3.5]), "two more: max_length 4 keeps the newest four, times with them")
    seq.send(
        ScenePatch(view_updates={"r": {"marker": "dot", "unit_count": 16}, "i": {"colormap": "magma"}}),
        "both views patched",
    )
    seq.send(
        ScenePatch(view_updates={"r": {"rolling_window": -1.0}, "i": {"y_dim": "x"}}),
        "each patch breaks its view's rule (a negative window, x_dim equal to y_dim): neither applies",
    )
    seq.send(StatePatch(updates={"mk": "tick"}), "the marker is bound: the state's tick replaces the literal dot")
    seq.send(StatePatch(updates={"mk": "bar"}), "bar is no marker: the literal dot applies")
    seq.send(
        FieldReplace(field_id="v", values=np.array([[-80.0, -65.0, -50.0], [np.nan, -60.0, -55.0]], np.float32)),
        "the sheet replaced in place, a NaN among its values",
    )
    seq.send(ScenePatch(view_updates={"i": {"color_limits": None}}), "nil: the image's limits are from the data")
    return seq


def view_camera_scale() -> Sequence:
    """1.1's optional keys in a scene state: a surface's height_scale, 3-D views' cameras, the scene's time_unit."""
    seq = Sequence(
        "view_camera_scale",
        "A surface with a height_scale and a camera, a morphology without one, ticks in ms: patches that set, "
        "break and unset them, a bound height_scale, a scene that drops the time unit (§8.3.3, §8.14 rules 5 "
        "and 6, §8.12, §7.4, §8.3.1).",
        VERSION_1_1,
    )
    height, grid = grid_scene_parts()
    scene = Scene(
        fields=[height],
        geometries=[grid, cell()],
        views=[
            SurfaceView(
                id="s",
                grid_id=grid.id,
                height_field_id=height.id,
                height_scale=10.0,
                camera=Camera(azimuth=30.0, elevation=20.0),
                bindings={"height_scale": "exaggeration"},
            ),
            MorphologyView(id="m", geometry_id="cell"),
        ],
        time_unit="ms",
    )
    seq.send(SceneReady(scene=scene), "a surface drawn 10x high seen from azimuth 30, a morphology, times in ms")
    seq.send(
        ScenePatch(
            view_updates={
                "m": {"camera": {"azimuth": 90.0, "elevation": 0.0, "distance": 500.0}},
                "s": {"height_scale": 2.5},
            }
        ),
        "the morphology gets a camera at 500 um, the surface a smaller scale",
    )
    seq.send(
        ScenePatch(view_updates={"s": {"height_scale": 0.0}, "m": {"camera": {"azimuth": 0.0, "elevation": 91.0}}}),
        "a zero scale and an elevation past 90 break their views' rules: neither entry applies",
    )
    seq.send(StatePatch(updates={"exaggeration": 4.0}), "the bound height_scale: the state's 4 replaces 2.5")
    seq.send(StatePatch(updates={"exaggeration": -1.0}), "-1 is no height_scale: the literal 2.5 applies")
    seq.send(
        ScenePatch(view_updates={"s": {"camera": None, "height_scale": None}}),
        "nil unsets both: heights 1:1, the renderer's own camera",
    )
    seq.send(SceneReady(scene=dataclasses.replace(scene, time_unit=None)), "a new scene without a time unit")
    return seq


SEQUENCES_1_1: list[Callable[[], Sequence]] = [raster_image, view_camera_scale]
"""1.1's own sequences (new view variants): written to ``1.1/`` with their snapshots."""


def _text(document: Any) -> str:
    return json.dumps(document, indent=1, sort_keys=True, allow_nan=False) + "\n"


def render() -> dict[str, str]:
    """Path relative to conformance/state/ -> text, for every file under it (1.1's in ``1.1/``)."""
    files: dict[str, str] = {}
    index, index_1_1 = [], []
    snapshots = [empty_snapshot()]
    for make in SEQUENCES:
        seq = make()
        name = f"{seq.name}.json"
        files[name] = _text(seq.document())
        index.append({"name": seq.name, "file": name, "description": seq.description, "steps": len(seq.steps)})
        snapshots += snapshot_sequences(seq)
    files["manifest.json"] = _text({"version": VERSION, "sequences": index})
    for make in SEQUENCES_1_1:
        seq = make()
        name = f"{seq.name}.json"
        files[f"{VERSION_1_1}/{name}"] = _text(seq.document())
        index_1_1.append({"name": seq.name, "file": name, "description": seq.description, "steps": len(seq.steps)})
        snapshots += snapshot_sequences(seq)
    for snap, entry in snapshots:
        name = f"{snap.name}.json"
        files[f"{VERSION_1_1}/{name}"] = _text(snap.document())
        index_1_1.append(
            {
                "name": snap.name,
                "file": name,
                "description": snap.description,
                "steps": len(snap.steps),
                "snapshot_of": entry,
            }
        )
    files[f"{VERSION_1_1}/manifest.json"] = _text({"version": VERSION_1_1, "sequences": index_1_1})
    return files


def differences() -> list[str]:
    out = []
    files = render()
    for name, text in files.items():
        path = OUT / name
        if not path.exists():
            out.append(f"missing {name}")
        elif path.read_text(encoding="utf-8") != text:
            out.append(f"would change {name}")
    extra = {p.relative_to(OUT).as_posix() for p in OUT.rglob("*.json")} - set(files) if OUT.exists() else set()
    out += [f"not generated: {name}" for name in sorted(extra)]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report what would change; write nothing")
    args = parser.parse_args(argv)
    if args.check:
        problems = differences()
        for line in problems:
            print(line)
        return 1 if problems else 0
    OUT_1_1.mkdir(parents=True, exist_ok=True)
    files = render()
    for name, text in files.items():
        (OUT / name).write_text(text, encoding="utf-8")
    print(f"wrote {len(SEQUENCES)} sequences and {len(files) - len(SEQUENCES) - 2} snapshot sequences to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
