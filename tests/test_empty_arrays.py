"""Empty arrays with enormous dims (§9.4): decoded whole, and applied without a per-entry allocation.

An empty array costs a peer a few header bytes whatever its dims say, so
nothing that receives one may allocate per claimed entry: SceneState keeps a
zero-size append out of its growable buffers and makes implicit coordinates
only as far as they outlive ``max_length``. The machine's memory is the test:
the old code asked NumPy for 550 GB and 34 GB here and got ``MemoryError``.
"""

from __future__ import annotations

import numpy as np

from scenewire.protocol import FieldAppend, FieldReplace, SceneReady, decode, encode
from scenewire.scene import Field, Scene
from scenewire.state.scene_state import DOES_NOT_FIT, SceneState

HUGE = 0xFFFFFFFF


def state_with(values: np.ndarray) -> SceneState:
    state = SceneState()
    state.apply(SceneReady(scene=Scene(fields=[Field(id="v", values=np.zeros((1, 1)), dims=["t", "s"])])))
    state.apply(decode(encode(FieldReplace(field_id="v", values=values))))
    return state


def test_an_empty_array_of_2_32_minus_1_entries_round_trips() -> None:
    message = decode(encode(FieldReplace(field_id="v", values=np.empty((0, HUGE)))))
    assert isinstance(message, FieldReplace) and message.values.shape == (0, HUGE)


def test_an_empty_append_to_an_empty_field_with_enormous_series_changes_nothing() -> None:
    state = state_with(np.empty((0, HUGE)))
    changes = state.apply(FieldAppend(field_id="v", append_dim="t", values=np.empty((0, HUGE)), coord_values=[]))
    assert not changes.errors
    assert state.field("v").values.shape == (0, HUGE)
    assert changes.grown["v"].appended == 0


def test_implicit_coords_are_made_only_as_far_as_max_length_keeps_them() -> None:
    state = state_with(np.empty((HUGE, 0)))
    changes = state.apply(
        FieldAppend(field_id="v", append_dim="t", values=np.empty((1, 0)), coord_values=[5.0], max_length=4)
    )
    assert not changes.errors
    assert state.field("v").values.shape == (4, 0)
    assert state.field("v").coords["t"].tolist() == [HUGE - 3, HUGE - 2, HUGE - 1, 5.0]


def test_implicit_coords_past_the_bound_are_refused_not_made() -> None:
    state = state_with(np.empty((HUGE, 0)))
    changes = state.apply(FieldAppend(field_id="v", append_dim="t", values=np.empty((1, 0)), coord_values=[5.0]))
    assert [e.code for e in changes.errors] == [DOES_NOT_FIT]
    assert "implicit coords" in changes.errors[0].message
    assert state.field("v").values.shape == (HUGE, 0)
