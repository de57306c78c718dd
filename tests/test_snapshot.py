"""Snapshots (§7.13): the updates that take an empty SceneState to the present one, applied as any updates are."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

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
    Tick,
    decode,
    encode,
)
from scenewire.scene import (
    Action,
    ChoiceSpec,
    Control,
    Field,
    Layout,
    LinePlotView,
    MorphologyGeometry,
    MorphologyView,
    Operator,
    Panel,
    ScalarSpec,
    Scene,
)
from scenewire.state.scene_state import SceneState
from scenewire.state.snapshot import TICK_ALLOWANCE_BYTES, SnapshotError, emptied, snapshot
from scenewire.wire.errors import ProtocolError
from scenewire.wire.limits import MAX_DEPTH


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


def scene(own_layout: bool = False, trace_dtype: str = "float32") -> Scene:
    return Scene(
        fields=[
            Field(id="v", values=np.zeros((2, 0), trace_dtype), dims=["seg", "time"], unit="mV"),
            Field(id="w", values=np.zeros(0, np.int16), dims=["time"], coords={"time": np.zeros(0, np.int32)}),
            Field(
                id="h",
                values=np.arange(6.0).reshape(2, 3),
                dims=["y", "x"],
                coords={"x": np.array([0.0, 0.5, 1.0])},
                attrs={"a": [1, {"b": None}]},
            ),
            Field(id="s", values=np.array(1.5), dims=[]),
        ],
        geometries=[cell()],
        views=[
            LinePlotView(
                id="p",
                field_id="v",
                x_dim="time",
                series_dim="seg",
                title="P",
                bindings={"title": "t", "y_limits": "y"},
            ),
            MorphologyView(id="m", geometry_id="cell", color_field_id="h", bindings={"colormap": "cmap"}),
        ],
        operators=[Operator(id="clamp", kind="iclamp", inputs=["v"], params={"amp": 0.1})],
        controls=[
            Control(id="n", label="N", spec=ScalarSpec(min=0.0, max=10.0, integer=True), value=3),
            Control(id="g", label="G", spec=ScalarSpec(min=0.0, max=1.0), value=0.5),
            Control(id="mode", label="Mode", spec=ChoiceSpec(options=["a", "b"]), value="a"),
        ],
        actions=[Action(id="go", label="Go")],
        layout=Layout(title="Own", panels=[Panel(id="a", kind="line_plot", view_ids=["p"])]) if own_layout else None,
        metadata={"title": "T"},
    )


DTYPES = ["float32", "float64", "float16", "int16", "int64", "uint8", "bool"]
small = st.integers(-3, 3)
json_leaf = st.one_of(st.none(), st.booleans(), small, st.floats(-2, 2, width=32), st.text("ab", max_size=3))
json_value = st.recursive(
    json_leaf,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text("xyz", max_size=2), inner, max_size=3)
    ),
    max_leaves=6,
)


def array(data: st.DataObject, shape: tuple[int, ...], dtype: str | None = None) -> np.ndarray:
    dtype = dtype or data.draw(st.sampled_from(DTYPES))
    n = int(np.prod(shape))
    return np.array(data.draw(st.lists(small, min_size=n, max_size=n)), dtype=np.float64).reshape(shape).astype(dtype)


def an_update(data: st.DataObject, state: SceneState) -> Any:
    """One update, fitting or not, for the state as it is (ids and shapes of its present scene)."""
    fields = list(state.scene.fields) if state.scene is not None else []
    tick = data.draw(st.none() | st.builds(Tick, index=st.integers(0, 9), time=st.none() | st.floats(0, 9)))
    kind = data.draw(
        st.sampled_from(
            ["ready", "append", "append", "append", "replace", "patch", "panel", "layout", "state", "status", "error"]
        )
    )
    if kind == "ready" or (kind in ("append", "replace") and not fields):
        return SceneReady(
            scene=scene(data.draw(st.booleans()), data.draw(st.sampled_from(["float32", "float16"]))), tick_end=tick
        )
    if kind in ("append", "replace"):
        f = data.draw(st.sampled_from([f for f in fields if f.values.ndim > 0]))
        if kind == "append":
            dim = data.draw(st.sampled_from(f.dims))
            k = data.draw(st.integers(1, 3))
            shape = tuple(k if d == dim else n for d, n in zip(f.dims, f.values.shape, strict=True))
            return FieldAppend(
                field_id=f.id,
                append_dim=dim,
                values=array(data, shape),
                coord_values=array(data, (k,), data.draw(st.sampled_from(["float64", "int32", "int8"]))),
                max_length=data.draw(st.none() | st.integers(1, 5)),
                attrs_update=data.draw(st.none() | st.dictionaries(st.text("ab", max_size=1), json_value, max_size=2)),
                tick_end=tick,
            )
        shape = tuple(data.draw(st.integers(0, 3)) for _ in f.dims)
        coords = None
        if data.draw(st.booleans()):
            dim = data.draw(st.sampled_from(f.dims))
            coords = {dim: array(data, (shape[f.dims.index(dim)],), "float64")}
        return FieldReplace(field_id=f.id, values=array(data, shape), coords=coords, tick_end=tick)
    if kind == "patch":
        return ScenePatch(
            view_updates={"p": {"title": data.draw(st.none() | st.text("PQ", max_size=2))}},
            control_updates={
                data.draw(st.sampled_from(["n", "g", "mode"])): {
                    "value": data.draw(st.sampled_from([1, 2.0, 0.25, "b"]))
                }
            },
            operator_updates={"clamp": {"amp": data.draw(json_value)}},
            metadata_updates={data.draw(st.sampled_from(["title", "x"])): data.draw(json_value)},
            tick_end=tick,
        )
    if kind == "panel":
        panel_id = data.draw(st.sampled_from([p.id for p in state.layout.panels] + ["ghost"]))
        return PanelPatch(
            panel_id=panel_id,
            view_ids=data.draw(st.none() | st.lists(st.sampled_from(["p", "m"]), max_size=2, unique=True)),
            title=data.draw(st.none() | st.text("X", max_size=1)),
            tick_end=tick,
        )
    if kind == "layout":
        return LayoutReplace(
            panels=[Panel(id="z", kind="controls", control_ids=["n"], action_ids=["go"])], tick_end=tick
        )
    if kind == "state":
        keys = st.sampled_from(["t", "y", "cmap", "sel", "other"])
        values = st.one_of(json_value, st.just([0, 1]), st.just("magma"))
        return StatePatch(updates=data.draw(st.dictionaries(keys, values, max_size=3)), tick_end=tick)
    if kind == "status":
        return Status(
            message=data.draw(st.text("ab", max_size=3)),
            timeout_ms=data.draw(st.none() | small.map(abs)),
            tick_end=tick,
        )
    return Error(message="boom", code=data.draw(st.none() | st.just("session_error")), tick_end=tick)


def replay(frames: list[bytes]) -> SceneState:
    state = SceneState()
    for frame in frames:
        state.apply(decode(frame))
    return state


def assert_same_state(got: SceneState, want: SceneState) -> None:
    """to_json equal, and every field's values and coords equal bit for bit, dtypes included."""
    assert json.dumps(got.to_json(), sort_keys=True) == json.dumps(want.to_json(), sort_keys=True)
    if want.scene is None:
        return
    for f in want.scene.fields:
        g = got.field(f.id)
        assert (g.values.dtype, g.values.shape) == (f.values.dtype, f.values.shape)
        assert np.ascontiguousarray(g.values).tobytes() == np.ascontiguousarray(f.values).tobytes()
        assert sorted(g.coords) == sorted(f.coords)
        for dim, coord in f.coords.items():
            assert g.coords[dim].dtype == coord.dtype and g.coords[dim].tobytes() == coord.tobytes()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_snapshot_applied_to_an_empty_state_gives_the_same_state(data: st.DataObject) -> None:
    """Random update sequences (fitting or refused, with ticks, local state changes): the snapshot of the state,
    encoded, decoded and applied to an empty state, gives it back; under a small frame limit too, fields then
    travelling in field_replace, or a SnapshotError when one frame cannot fit."""
    state = SceneState()
    for _ in range(data.draw(st.integers(0, 12))):
        if data.draw(st.integers(0, 9)) == 0:
            state.set_frontend_state(data.draw(st.sampled_from(["t", "sel"])), data.draw(json_value))
        else:
            state.apply(decode(encode(an_update(data, state))))
    before = json.dumps(state.to_json(), sort_keys=True)
    index, time = data.draw(st.integers(0, 2**40)), data.draw(st.none() | st.floats(0, 1e6))
    made = whole = snapshot(state, index, time)
    limit = None
    if data.draw(st.booleans()):  # a limit below the whole scene_ready: fields move out, or a frame cannot fit
        full, base = len(whole.frames[0]), len(whole.frames[0])
        if state.scene is not None:
            fields = [emptied(f) if f.values.ndim else f for f in state.scene.fields]
            base = len(encode(SceneReady(scene=dataclasses.replace(state.scene, fields=fields))))
        limit = base + int((full - base) * data.draw(st.floats(0, 1))) + TICK_ALLOWANCE_BYTES
        try:
            made = snapshot(state, index, time, max_frame_bytes=limit)
        except SnapshotError:
            event("a frame could not fit the small limit")
    event(f"fields in field_replace: {len(made.moved)}")
    assert json.dumps(state.to_json(), sort_keys=True) == before  # taking a snapshot changes nothing
    assert all(len(frame) <= made.max_frame_bytes for frame in made.frames)
    ticks = [decode(frame).tick_end for frame in made.frames]
    assert all(t is None for t in ticks[:-1]) and ticks[-1] is not None
    assert (ticks[-1].index, ticks[-1].time) == (index, None if time is None else float(time))
    assert_same_state(replay(made.frames), state)


def grown_state() -> SceneState:
    """A trace grown by appends past its max_length, a status and an error that closed ticks, state keys."""
    state = SceneState()
    state.apply(SceneReady(scene=scene()))
    for i in range(7):
        values = np.full((2, 1), i, np.float32)
        state.apply(
            FieldAppend(field_id="v", append_dim="time", values=values, coord_values=np.array([i * 0.5]), max_length=4)
        )
    state.apply(StatePatch(updates={"t": "bound title", "cmap": "magma"}))
    state.apply(Status(message="running", tick_end=Tick(index=6, time=3.0)))
    state.apply(Error(message="boom", code="session_error", tick_end=Tick(index=7)))
    return state


def test_a_snapshot_is_the_scene_then_the_state_keys_then_status_and_error_closing_one_tick() -> None:
    state = grown_state()
    made = snapshot(state, 41, 20.5)
    kinds = [decode(f).wire_kind for f in made.frames]
    assert kinds == ["scene_ready", "state_patch", "status", "error"]
    assert [decode(f).tick_end for f in made.frames[:-1]] == [None, None, None]
    last = decode(made.frames[-1]).tick_end
    assert (last.index, last.time) == (41, 20.5)
    assert made.moved == []
    assert_same_state(replay(made.frames), state)
    assert replay(made.frames).field("v").values[0].tolist() == [3.0, 4.0, 5.0, 6.0]


def test_the_held_status_and_error_are_the_lines_without_the_tick_they_closed() -> None:
    """§7.13: a joiner got its status in a tick of its own; it holds the same state as one that got it live."""
    state = grown_state()
    assert state.status.tick_end is None and state.last_error.tick_end is None
    assert "tick_end" not in state.to_json()["status"] and "tick_end" not in state.to_json()["error"]


def test_an_empty_state_is_one_empty_state_patch_that_closes_the_tick() -> None:
    made = snapshot(SceneState(), 0)
    assert [type(u) for u in made.updates] == [StatePatch]
    only = decode(made.frames[0])
    assert only.updates == {} and (only.tick_end.index, only.tick_end.time) == (0, None)
    assert replay(made.frames).to_json() == SceneState().to_json()


def test_without_a_scene_the_state_keys_status_and_error_still_travel() -> None:
    state = SceneState()
    state.apply(StatePatch(updates={"selection": "a"}))
    state.apply(Status(message="starting"))
    made = snapshot(state, 3)
    assert [u.wire_kind for u in made.updates] == ["state_patch", "status"]
    assert_same_state(replay(made.frames), state)


def big_state() -> SceneState:
    """h: 2 x 60 000 float64 (960 kB); v: grown along its second axis (a strided view), 2 x 39 999 float32 and
    float64 times (640 kB); w: small."""
    state = SceneState()
    state.apply(SceneReady(scene=scene()))
    state.apply(FieldReplace(field_id="h", values=np.arange(120_000, dtype=np.float64).reshape(2, 60_000)))
    for i in range(3):
        values = np.arange(2 * 13_333, dtype=np.float32).reshape(2, 13_333) + i
        times = np.arange(13_333) + i * 13_333.0
        state.apply(FieldAppend(field_id="v", append_dim="time", values=values, coord_values=times))
    state.apply(FieldAppend(field_id="w", append_dim="time", values=np.ones(5, np.int16), coord_values=np.arange(5)))
    return state


def test_fields_too_large_for_the_scene_ready_travel_in_field_replaces_largest_first() -> None:
    """§7.13's rule: out of the scene_ready, largest first, until it fits; emptied along the first dim there,
    whole (values and coords, bit for bit) in a field_replace after it, in the scene's field order."""
    state = big_state()
    whole = snapshot(state, 5)
    assert whole.moved == [] and len(whole.frames) == 1
    limit = 1_000_000  # the scene_ready is 1.6 MB: h (960 kB) goes, then it fits; v would not have been enough
    made = snapshot(state, 5, max_frame_bytes=limit)
    assert made.moved == ["h"]
    assert all(len(f) <= limit for f in made.frames)
    ready = decode(made.frames[0])
    taken = next(f for f in ready.scene.fields if f.id == "h")
    assert taken.values.shape == (0, 60_000) and taken.coords == {} and taken.values.dtype == np.float64
    assert [decode(f).wire_kind for f in made.frames] == ["scene_ready", "field_replace"]
    assert decode(made.frames[-1]).tick_end.index == 5
    assert_same_state(replay(made.frames), state)

    state.apply(FieldReplace(field_id="h", values=np.ones((2, 26_000))))  # 416 kB
    state.apply(FieldReplace(field_id="w", values=np.ones(100_000, np.float32)))  # 400 kB, with no coords
    made = snapshot(state, 6, max_frame_bytes=700_000)
    assert made.moved == ["v", "h"]  # v (640 kB with its coords), then h; w then fits; replaces in scene order
    assert [decode(f).wire_kind for f in made.frames] == ["scene_ready", "field_replace", "field_replace"]
    assert_same_state(replay(made.frames), state)


def test_a_field_that_alone_passes_the_frame_limit_makes_no_snapshot() -> None:
    state = big_state()
    with pytest.raises(SnapshotError, match=r"field 'v'.*over the frame limit.*max_length"):
        snapshot(state, 5, max_frame_bytes=300_000)


def test_a_scene_too_large_with_every_field_taken_out_makes_no_snapshot() -> None:
    state = SceneState()
    state.apply(SceneReady(scene=scene()))
    state.apply(ScenePatch(metadata_updates={"notes": "x" * 5000}))
    with pytest.raises(SnapshotError, match="with every field taken out"):
        snapshot(state, 0, max_frame_bytes=4000)


def test_a_value_that_would_nest_too_deep_inside_the_scene_ready_makes_no_snapshot() -> None:
    """A metadata value at the deepest a scene_patch allows is one level deeper in a scene_ready (§11)."""
    deep: Any = 1
    for _ in range(MAX_DEPTH - 2):  # the innermost list at level 32 of a scene_patch, 33 of a scene_ready
        deep = [deep]
    state = SceneState()
    state.apply(SceneReady(scene=scene()))
    state.apply(decode(encode(ScenePatch(metadata_updates={"deep": deep}))))  # fits as a patch
    with pytest.raises(ProtocolError, match="nesting depth"):
        decode(encode(SceneReady(scene=state.scene)))  # what a joiner would have dropped (§2.4)
    with pytest.raises(SnapshotError, match="metadata would nest deeper"):
        snapshot(state, 0)


def test_the_tick_allowance_covers_the_largest_tick_end() -> None:
    biggest = Tick(index=2**64 - 1, time=-1.0e308)
    with_tick = encode(Status(message="x", tick_end=biggest))
    assert len(with_tick) - len(encode(Status(message="x"))) <= TICK_ALLOWANCE_BYTES


@pytest.mark.parametrize("index", [-1, 1.0, True])
def test_the_tick_index_is_an_integer_at_least_zero(index: Any) -> None:
    with pytest.raises(ValueError, match="tick index"):
        snapshot(SceneState(), index)
