"""Property tests: round trips are exact, and no input escapes as anything but ProtocolError."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from scenewire import ProtocolError, decode, encode
from scenewire.protocol import (
    EntityClicked,
    Error,
    FieldAppend,
    FieldReplace,
    InvokeAction,
    KeyPressed,
    PanelPatch,
    Reset,
    ScenePatch,
    SceneReady,
    SetControl,
    StatePatch,
    Status,
    StopSession,
)
from scenewire.scene import Control, Field, ScalarSpec, Scene
from scenewire.wire.ndarray import DTYPES

from .conftest import CONFORMANCE

text = st.text(max_size=12)
ints = st.integers(min_value=-(2**63), max_value=2**64 - 1)
scalars = st.none() | st.booleans() | ints | st.floats(allow_nan=True) | text | st.binary(max_size=8)


def arrays(max_dims: int = 3) -> st.SearchStrategy[np.ndarray]:
    dtype = st.sampled_from(sorted(DTYPES)).map(lambda n: DTYPES[n])
    return hnp.arrays(dtype, hnp.array_shapes(min_dims=0, max_dims=max_dims, min_side=0, max_side=4))


free_values = st.recursive(
    scalars | arrays(2),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(text, children, max_size=4),
    max_leaves=12,
)
free_maps = st.dictionaries(text, free_values, max_size=4)


@st.composite
def fields(draw: Any) -> Field:
    values = draw(arrays(3))
    dims = [f"d{i}" for i in range(values.ndim)]
    coords = {}
    for i, dim in enumerate(dims):
        if draw(st.booleans()):
            coords[dim] = np.arange(values.shape[i], dtype=np.float64)
    return Field(
        id=draw(text), values=values, dims=dims, coords=coords, unit=draw(st.none() | text), attrs=draw(free_maps)
    )


@st.composite
def scenes(draw: Any) -> Scene:
    drawn = draw(st.lists(fields(), max_size=3, unique_by=lambda f: f.id))
    lo = draw(st.floats(-1e6, 1e6))
    controls = [Control(id="c", label=draw(text), spec=ScalarSpec(min=lo, max=lo + 1.0), value=lo)]
    return Scene(fields=drawn, controls=controls, metadata=draw(free_maps))


messages = st.one_of(
    st.just(Reset()),
    st.just(StopSession()),
    st.builds(SetControl, control_id=text, value=free_values),
    st.builds(InvokeAction, action_id=text, payload=free_maps),
    st.builds(KeyPressed, key=text),
    st.builds(EntityClicked, entity_id=text),
    st.builds(SceneReady, scene=scenes()),
    st.builds(FieldReplace, field_id=text, values=arrays(4), attrs_update=st.none() | free_maps),
    # one coordinate per entry along one of the axes, as a sender must build it (FieldAppend.check)
    arrays(3).filter(lambda a: a.ndim > 0).flatmap(
        lambda values: st.builds(
            FieldAppend,
            field_id=text,
            append_dim=text,
            values=st.just(values),
            coord_values=hnp.arrays(np.float64, st.sampled_from(values.shape)),
            max_length=st.none() | st.integers(1, 2**40),
        )
    ),
    st.builds(ScenePatch, view_updates=st.dictionaries(text, free_maps, max_size=2), metadata_updates=free_maps),
    st.builds(PanelPatch, panel_id=text, control_ids=st.none() | st.lists(text, max_size=3), title=st.none() | text),
    st.builds(StatePatch, updates=free_maps),
    st.builds(Status, message=text, timeout_ms=st.none() | st.integers(0, 2**31)),
    st.builds(Error, message=text, code=st.none() | text),
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(messages)
def test_decode_inverts_encode(message: Any) -> None:
    data = encode(message)
    decoded = decode(data)
    assert decoded == message
    assert encode(decoded) == data, "canonical bytes are stable through a round trip"


def _decode_or_protocol_error(data: bytes) -> None:
    try:
        decode(data)
    except ProtocolError as exc:
        assert exc.code.value in str(exc)


@settings(max_examples=500)
@given(st.binary(max_size=64))
def test_random_bytes_only_raise_protocol_error(data: bytes) -> None:
    _decode_or_protocol_error(data)


SEEDS = [p.read_bytes() for p in sorted((CONFORMANCE / "valid").glob("*.msgpack")) if p.stat().st_size < 4096]


@st.composite
def mutated(draw: Any) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["flip", "insert", "delete", "truncate"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if op == "flip" and data:
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif op == "insert":
            data.insert(at, draw(st.integers(0, 255)))
        elif op == "delete" and data:
            del data[at]
        elif op == "truncate":
            del data[at:]
    return bytes(data)


@settings(max_examples=1500)
@given(mutated())
def test_mutated_vectors_only_raise_protocol_error(data: bytes) -> None:
    _decode_or_protocol_error(data)


def test_seeds_exist() -> None:
    assert len(SEEDS) > 30
    assert Path(CONFORMANCE / "manifest.json").exists()
