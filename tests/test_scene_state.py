"""SceneState applies every update kind, reports what changed, and refuses what does not fit (§7.10)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scenewire.protocol import (
    REGISTRY,
    Error,
    FieldAppend,
    FieldReplace,
    LayoutReplace,
    PanelPatch,
    ScenePatch,
    SceneReady,
    StatePatch,
    Status,
)
from scenewire.scene import (
    Action,
    Control,
    Field,
    GridGeometry,
    Layout,
    LinePlotView,
    Operator,
    Panel,
    ScalarSpec,
    Scene,
    SurfaceView,
)
from scenewire.scene.convert import convert_values
from scenewire.scene.growable import GrowBuffer
from scenewire.state.scene_state import DOES_NOT_FIT, UNKNOWN_ID, UNKNOWN_PROPERTY, Changes, Growth, SceneState


def trace_scene(layout: Layout | None = None) -> Scene:
    """A 2-series trace, a grid with a height field, a line plot with bindings, a slider, an operator."""
    return Scene(
        fields=[
            Field(id="v", values=np.zeros((2, 0), np.float32), dims=["seg", "time"], attrs={"a": 1}),
            Field(id="n", values=np.zeros((2, 0), np.int16), dims=["seg", "time"]),
            Field(id="h", values=np.zeros((2, 3)), dims=["y", "x"]),
        ],
        geometries=[GridGeometry(id="g", dims=["y", "x"], coords={"y": np.arange(2.0), "x": np.arange(3.0)})],
        views=[
            LinePlotView(
                id="p",
                field_id="v",
                x_dim="time",
                series_dim="seg",
                title="Trace",
                bindings={"title": "plot_title", "selectors.k": "k", "y_limits": "ylim"},
            ),
            SurfaceView(id="s", grid_id="g", height_field_id="h"),
        ],
        operators=[Operator(id="clamp", kind="iclamp", inputs=["v"], params={"amp": 0.1})],
        controls=[Control(id="n_cells", label="Cells", spec=ScalarSpec(min=0, max=10, integer=True), value=3.0)],
        actions=[Action(id="reset", label="Reset")],
        layout=layout,
        metadata={"title": "Demo"},
    )


def ready(layout: Layout | None = None) -> SceneState:
    state = SceneState()
    state.apply(SceneReady(scene=trace_scene(layout)))
    return state


def received_append(field_id: str, values: Any, t: Any) -> FieldAppend:
    """A field_append as a decoder builds it from a frame, where the sender's coordinate count check does not run."""
    tree = {"kind": "field_append", "field_id": field_id, "append_dim": "time"}
    tree.update(values=np.asarray(values, dtype=np.float64), coord_values=np.asarray(t, dtype=np.float64))
    return REGISTRY.from_tree(tree)  # type: ignore[return-value]


def append(field_id: str, values: Any, t: Any, max_length: int | None = None) -> FieldAppend:
    values = np.asarray(values)
    return FieldAppend(
        field_id=field_id, append_dim="time", values=values, coord_values=np.asarray(t), max_length=max_length
    )


def codes(changes: Changes) -> list[str | None]:
    return [getattr(e, "code", None) for e in changes.errors]


# ---- field_append -------------------------------------------------------


def test_append_grows_trims_and_keeps_coords_in_step() -> None:
    state = ready()
    for i in range(7):
        changes = state.apply(append("v", [[i], [10 + i]], [0.5 * i], max_length=4))
        assert changes.fields == {"v"} and not changes.errors
    v = state.field("v")
    assert v.values.tolist() == [[3, 4, 5, 6], [13, 14, 15, 16]]
    assert v.values.dtype == np.float32
    assert v.coords["time"].tolist() == [1.5, 2.0, 2.5, 3.0]


def test_changes_say_how_many_entries_an_append_added_and_trimmed() -> None:
    state = ready()
    first = state.apply(append("v", [[1, 2, 3], [4, 5, 6]], [0.0, 1.0, 2.0], max_length=4))
    assert first.grown == {"v": Growth("time", 3, 0)}
    second = state.apply(append("v", [[7, 8], [9, 10]], [3.0, 4.0], max_length=4))
    assert second.grown == {"v": Growth("time", 2, 1)}
    assert "grown" not in second.to_json()  # a frontend detail: the state vectors do not carry it
    replaced = state.apply(FieldReplace(field_id="v", values=np.zeros((2, 4), np.float32)))
    assert replaced.fields == {"v"} and replaced.grown == {}


def test_merged_changes_add_growths_and_a_replace_anywhere_in_the_batch_wins() -> None:
    state = ready()
    grown = Changes()
    grown.merge(state.apply(append("v", [[1, 2], [3, 4]], [0.0, 1.0], max_length=3)))
    grown.merge(state.apply(append("v", [[5, 6], [7, 8]], [2.0, 3.0], max_length=3)))
    assert grown.grown == {"v": Growth("time", 4, 1)}
    then_replaced = Changes()
    then_replaced.merge(grown)
    then_replaced.merge(state.apply(FieldReplace(field_id="v", values=np.zeros((2, 3), np.float32))))
    assert then_replaced.fields == {"v"} and then_replaced.grown == {}
    replaced_first = state.apply(FieldReplace(field_id="v", values=np.zeros((2, 3), np.float32)))
    replaced_first.merge(state.apply(append("v", [[1], [2]], [9.0])))
    assert replaced_first.fields == {"v"} and replaced_first.grown == {}
    new_scene = Changes()
    new_scene.merge(state.apply(append("v", [[1], [2]], [10.0])))
    new_scene.merge(state.apply(SceneReady(scene=trace_scene())))
    assert new_scene.grown == {}


def test_append_converts_float64_to_a_float32_field_and_whole_floats_to_int() -> None:
    state = ready()
    state.apply(append("v", np.array([[1 / 3], [1e300]]), [0.0]))
    assert state.field("v").values[:, 0].tolist() == [np.float32(1 / 3), np.inf]
    state.apply(append("n", np.array([[2.0], [-7.0]]), [0.0]))
    assert state.field("n").values.dtype == np.int16
    assert state.field("n").values[:, 0].tolist() == [2, -7]


@pytest.mark.parametrize(
    ("update", "code"),
    [
        (append("nope", [[1], [2]], [0.0]), UNKNOWN_ID),
        (FieldAppend(field_id="v", append_dim="x", values=np.ones((2, 1)), coord_values=np.zeros(1)), DOES_NOT_FIT),
        (append("v", [[1], [2], [3]], [0.0]), DOES_NOT_FIT),  # 3 series for a 2-series field
        (received_append("v", [[1, 2], [3, 4]], [0.0]), DOES_NOT_FIT),  # 2 entries, 1 coordinate
        (append("n", [[1.5], [2.0]], [0.0]), DOES_NOT_FIT),  # a fraction into int16
        (append("n", [[40000], [0]], [0.0]), DOES_NOT_FIT),  # out of int16's range
        (append("n", [[np.nan], [0]], [0.0]), DOES_NOT_FIT),
        (append("v", np.array([[True], [False]]), [0.0]), DOES_NOT_FIT),  # bool only to bool
        (FieldReplace(field_id="v", values=np.ones(3)), DOES_NOT_FIT),  # 1-d for a 2-d field
        (FieldReplace(field_id="v", values=np.ones((2, 2)), coords={"time": np.ones(3)}), DOES_NOT_FIT),
        (FieldReplace(field_id="v", values=np.ones((2, 2)), coords={"z": np.ones(2)}), DOES_NOT_FIT),
        (FieldReplace(field_id="nope", values=np.ones((2, 2))), UNKNOWN_ID),
        (PanelPatch(panel_id="nope", title="x"), UNKNOWN_ID),
        (PanelPatch(panel_id="panel:p", view_ids=["ghost"]), DOES_NOT_FIT),
        (LayoutReplace(panels=[Panel(id="a", kind="controls", control_ids=["ghost"])]), DOES_NOT_FIT),
    ],
)
def test_an_update_that_does_not_fit_changes_nothing_and_is_noted(update: Any, code: str) -> None:
    state = ready()
    state.apply(append("v", [[1], [2]], [0.0]))
    state.apply(append("n", [[1], [2]], [0.0]))
    before = state.to_json()
    changes = state.apply(update)
    assert codes(changes) == [code]
    assert not (changes.fields or changes.views or changes.panels or changes.layout)
    assert state.to_json() == before


def test_a_refusal_is_noted_once_per_target_until_the_next_scene() -> None:
    state = ready()
    assert codes(state.apply(append("w", [[1]], [0.0]))) == [UNKNOWN_ID]
    assert codes(state.apply(append("w", [[1]], [0.0]))) == []
    state.apply(SceneReady(scene=trace_scene()))
    assert codes(state.apply(append("w", [[1]], [0.0]))) == [UNKNOWN_ID]


def test_updates_before_any_scene_are_refused_but_state_and_status_apply() -> None:
    state = SceneState()
    assert codes(state.apply(append("v", [[1]], [0.0]))) == [UNKNOWN_ID]
    assert state.apply(StatePatch(updates={"selection": "a"})).state_keys == {"selection"}
    assert state.apply(Status(message="hi")).status.message == "hi"
    assert state.layout.panels == []


def test_appends_along_another_dim_start_a_new_buffer() -> None:
    state = ready()
    for i in range(3):
        state.apply(append("v", [[i], [i]], [float(i)]))
    state.apply(FieldAppend(field_id="v", append_dim="seg", values=np.full((1, 3), 9.0), coord_values=np.array([5])))
    v = state.field("v")
    assert v.values.tolist() == [[0, 1, 2], [0, 1, 2], [9, 9, 9]]
    assert v.coords["seg"].tolist() == [0, 1, 5] and v.coords["time"].tolist() == [0, 1, 2]
    state.apply(append("v", [[3], [3], [3]], [3.0], max_length=2))
    assert v.values.tolist() == [[2, 3], [2, 3], [9, 3]]


def test_field_replace_keeps_coords_that_still_fit_and_merges_attrs() -> None:
    state = ready()
    for i in range(3):
        state.apply(append("v", [[i], [i]], [float(i)]))
    state.apply(FieldReplace(field_id="v", values=np.ones((2, 3), np.int8), attrs_update={"b": 2, "a": None}))
    v = state.field("v")
    assert v.values.dtype == np.int8 and list(v.coords) == ["time"]
    assert v.attrs == {"b": 2}
    state.apply(FieldReplace(field_id="v", values=np.ones((2, 5), np.int8)))
    assert v.coords == {}
    # appending after a replace continues from the replaced values, in their dtype
    state.apply(append("v", [[7], [8]], [9.0]))
    assert v.values.tolist() == [[1, 1, 1, 1, 1, 7], [1, 1, 1, 1, 1, 8]]
    assert v.coords["time"].tolist() == [0, 1, 2, 3, 4, 9]


# ---- patches, layout, bindings ------------------------------------------


def test_scene_patch_unsets_with_nil_replaces_selectors_and_merges_params() -> None:
    state = ready()
    changes = state.apply(
        ScenePatch(
            view_updates={"p": {"title": None, "selectors": {"a": 1}}, "ghost": {"title": "x"}},
            operator_updates={"clamp": {"amp": None, "dur": 5}},
            control_updates={"n_cells": {"value": 7.0}},
            metadata_updates={"title": "New", "extra": 1},
        )
    )
    assert codes(changes) == [UNKNOWN_ID]
    assert changes.views == {"p"} and changes.operators == {"clamp"} and changes.controls == {"n_cells"}
    assert changes.metadata and changes.layout  # default layout: its title and the plot panel's title changed
    p = state.view("p")
    assert p.title is None and p.selectors == {"a": 1}
    assert state.scene.operators[0].params == {"dur": 5}
    assert state.control("n_cells").value == 7 and type(state.control("n_cells").value) is int
    assert state.layout.title == "New"


@pytest.mark.parametrize(
    ("props", "code"),
    [
        ({"x_dim": None}, DOES_NOT_FIT),  # required: cannot be unset
        ({"title": 3}, DOES_NOT_FIT),  # wrong wire type
        ({"rolling_window": -1.0}, DOES_NOT_FIT),  # breaks the view's own rule
        ({"field_id": "ghost"}, DOES_NOT_FIT),  # names a field the scene lacks
        ({"colour": "red"}, UNKNOWN_PROPERTY),
    ],
)
def test_a_view_patch_entry_applies_whole_or_not_at_all(props: dict[str, Any], code: str) -> None:
    state = ready()
    changes = state.apply(ScenePatch(view_updates={"p": {**props, "y_label": "mV"}}))
    assert codes(changes)[0] == code
    applied = code == UNKNOWN_PROPERTY  # an unknown property is skipped, the rest applies
    assert (state.view("p").y_label == "mV") is applied
    assert (changes.views == {"p"}) is applied


def test_control_patch_value_outside_its_spec_is_refused() -> None:
    state = ready()
    changes = state.apply(ScenePatch(control_updates={"n_cells": {"value": 11}}))
    assert codes(changes) == [DOES_NOT_FIT] and state.control("n_cells").value == 3


def test_panel_patch_absent_is_unchanged_empty_clears_and_the_default_layout_becomes_explicit() -> None:
    state = ready()
    assert state.scene.layout is None
    assert [p.id for p in state.layout.panels] == ["panel:p", "panel:s", "panel:controls"]
    changes = state.apply(PanelPatch(panel_id="panel:controls", control_ids=[], title=""))
    assert changes.panels == {"panel:controls"}
    panel = state.layout.panels[2]
    assert panel.control_ids == [] and panel.action_ids == ["reset"] and panel.title is None
    assert state.scene.layout is state.layout
    # an explicit layout is no longer derived from the views
    assert not state.apply(ScenePatch(view_updates={"p": {"title": "Other"}})).layout
    assert state.layout.panels[0].title == "Trace"


def test_layout_replace_keeps_the_title() -> None:
    state = ready(Layout(title="Mine", panels=[Panel(id="a", kind="line_plot", view_ids=["p"])]))
    changes = state.apply(LayoutReplace(panels=[Panel(id="b", kind="controls", control_ids=["n_cells"])]))
    assert changes.layout and state.layout.title == "Mine" and [p.id for p in state.layout.panels] == ["b"]


def test_bindings_resolve_while_the_key_is_set_and_fits() -> None:
    state = ready()
    changes = state.apply(StatePatch(updates={"plot_title": "Bound", "k": 2, "ylim": [-1, 1]}))
    assert changes.views == {"p"} and changes.state_keys == {"plot_title", "k", "ylim"}
    assert state.view_property("p", "title") == "Bound"
    assert state.view_property("p", "y_limits") == (-1.0, 1.0)
    assert state.selectors("p") == {"k": 2}
    # a value that does not fit the property's wire type is ignored: the literal applies
    changes = state.set_frontend_state("plot_title", 5)
    assert state.view_property("p", "title") == "Trace" and changes.views == {"p"}
    # setting a key no view is bound to changes no view; nil unsets
    assert state.apply(StatePatch(updates={"other": 1})).views == set()
    changes = state.apply(StatePatch(updates={"k": None}))
    assert changes.state_keys == {"k"} and changes.views == {"p"} and state.selectors("p") == {}
    # a selector is an integer >= 0: a negative state value does not fit and is ignored; 2**63 fits
    assert state.apply(StatePatch(updates={"k": -1})).views == set() and state.selectors("p") == {}
    state.apply(StatePatch(updates={"k": 2**63}))
    assert state.selectors("p") == {"k": 2**63}
    state.apply(StatePatch(updates={"k": None}))
    # the same value again changes nothing; 1 and 1.0 are different values
    assert not state.apply(StatePatch(updates={"other": 1}))
    assert state.apply(StatePatch(updates={"other": 1.0})).state_keys == {"other"}


def test_scene_ready_clears_frontend_state_and_reports_the_keys() -> None:
    state = ready()
    state.apply(StatePatch(updates={"selection": "x"}))
    changes = state.apply(SceneReady(scene=trace_scene()))
    assert changes.scene and changes.state_keys == {"selection"} and state.frontend_state == {}


def test_status_and_error_are_held_and_reported() -> None:
    state = ready()
    changes = state.apply_all([Status(message="a"), Status(message="b", timeout_ms=5), Error(message="bad")])
    assert changes.status.message == "b" and state.status.timeout_ms == 5
    assert [e.message for e in changes.errors] == ["bad"] and state.last_error.message == "bad"


def test_set_control_value_holds_integers_for_integer_scalars() -> None:
    state = ready()
    assert type(state.control("n_cells").value) is int  # 3.0 in the scene is held as 3
    state.set_control_value("n_cells", 4.0)
    assert state.control("n_cells").value == 4 and type(state.control("n_cells").value) is int
    with pytest.raises(ValueError, match="does not fit"):
        state.set_control_value("n_cells", 4.5)


# ---- conversion and the buffer ------------------------------------------


@pytest.mark.parametrize(
    ("values", "dtype", "expected"),
    [
        (np.array([0.1, 1e39, -1e39, np.nan]), "float32", [np.float32(0.1), np.inf, -np.inf, np.nan]),
        (np.array([2**24 + 1], np.int64), "float32", [2.0**24]),  # ties to even
        (np.array([65520.0]), "float16", [np.inf]),  # past float16's largest finite value
        (np.array([3.0, -2.0]), "int8", [3, -2]),
        (np.array([255], np.int64), "uint8", [255]),
        (np.array([True, False]), "bool", [True, False]),
    ],
)
def test_conversion_rounds_to_floats_and_keeps_whole_numbers_for_ints(values: Any, dtype: str, expected: list) -> None:
    out = convert_values(values, np.dtype(dtype))
    assert out.dtype == np.dtype(dtype)
    np.testing.assert_array_equal(out, np.array(expected, dtype=dtype))


@pytest.mark.parametrize(
    ("values", "dtype", "words"),
    [
        (np.array([0.5]), "int32", "fractional"),
        (np.array([np.inf]), "int32", "NaN or infinity"),
        (np.array([256]), "uint8", "outside the range"),
        (np.array([-1]), "uint64", "outside the range"),
        (np.array([2.0**63]), "int64", "outside the range"),
        (np.array([1]), "bool", "bool converts only to bool"),
        (np.array([True]), "float32", "bool converts only to bool"),
    ],
)
def test_conversion_refuses_what_the_dtype_cannot_hold(values: Any, dtype: str, words: str) -> None:
    with pytest.raises(ValueError, match=words):
        convert_values(values, np.dtype(dtype))


@settings(max_examples=300, deadline=None)
@given(
    first=st.integers(0, 20),
    chunks=st.lists(st.tuples(st.integers(0, 7), st.sampled_from([None, 1, 3, 5, 25])), min_size=1, max_size=40),
    initial_max=st.sampled_from([None, 1, 4, 25]),
    axis=st.integers(0, 1),
)
def test_append_then_trim_equals_slicing_the_concatenation(
    first: int, chunks: list[tuple[int, int | None]], initial_max: int | None, axis: int
) -> None:
    """Whatever the layout (a window, or growing) and however max_length changes between appends."""

    def block(n: int, start: int) -> np.ndarray:
        arr = np.arange(start, start + 3 * n, dtype=np.int32).reshape(n, 3)
        return arr if axis == 0 else arr.T.copy()

    expected = block(first, 0)
    buf = GrowBuffer(expected, axis, initial_max)  # starts as the last initial_max entries
    if initial_max is not None:
        expected = expected[(slice(None),) * axis + (slice(max(0, first - initial_max), None),)]
    count = 3 * first
    for n, max_length in chunks:
        new = block(n, count)
        count += 3 * n
        buf.append(new, max_length)
        expected = np.concatenate([expected, new], axis=axis)
        if max_length is not None:
            keep = slice(max(0, expected.shape[axis] - max_length), None)
            expected = expected[(slice(None),) * axis + (keep,)]
        np.testing.assert_array_equal(buf.view(), expected)
        assert len(buf) == expected.shape[axis]
    assert not buf.view().flags.writeable


def test_a_steady_trimmed_append_does_not_reallocate() -> None:
    state = ready()
    state.apply(append("v", np.zeros((2, 100), np.float32), np.arange(100.0), max_length=100))
    buffers = set()
    for i in range(1000):
        state.apply(append("v", [[i], [i]], [100.0 + i], max_length=100))
        buffers.add(id(state.field("v").values.base))
    assert len(buffers) == 1
    assert state.field("v").values[0, -1] == 999


def test_tick_gate_releases_whole_ticks_once_the_server_marks_them() -> None:
    from scenewire.protocol import Tick
    from scenewire.state.scene_state import TickGate

    gate = TickGate()
    unmarked = [append("v", [[1], [2]], [0.0]), Status(message="b")]
    assert gate.release_ticks(unmarked) == [[u] for u in unmarked]  # a server that never marks: one by one
    first = [Status(message="c"), Status(message="d", tick_end=Tick(index=0, time=0.025))]
    assert gate.release(first) == first
    half = [append("v", [[1], [2]], [0.0]), append("v", [[3], [4]], [0.1])]
    assert gate.release(half) == [] and gate.held == 2  # marked from now on: wait for the tick's end
    closing = Status(message="e", tick_end=Tick(index=1, time=0.05))
    later = append("v", [[5], [6]], [0.2])
    assert gate.release_ticks([closing, later]) == [[*half, closing]]
    assert gate.held == 1 and gate.last_tick.index == 1 and gate.last_tick.time == 0.05
    assert gate.discard() == 1 and gate.held == 0


def test_tick_gate_shows_an_untagged_error_or_status_at_once_inside_a_tick() -> None:
    from scenewire.protocol import Tick
    from scenewire.state.scene_state import TickGate

    gate = TickGate()
    gate.release([Status(message="start", tick_end=Tick(index=0))])
    held = append("v", [[1], [2]], [0.0])
    dropped = Error(message="dropped a frame", code="bad_envelope")
    note = Status(message="reconnecting")
    assert gate.release_ticks([held, dropped, note]) == [[dropped], [note]]
    closing = Error(message="advance failed", tick_end=Tick(index=1))  # an error that closes its tick closes it
    assert gate.release_ticks([closing]) == [[held, closing]]
