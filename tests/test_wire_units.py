"""Wire-layer behaviour the vectors cannot show: limits, local encode errors, the pickle opt-in."""

from __future__ import annotations

import pickle

import numpy as np
import pytest

from scenewire import ErrorCode, ProtocolError, decode, encode
from scenewire.protocol import REGISTRY, FieldReplace, SetControl, StatePatch, pickle_codec
from scenewire.wire.codec import MsgpackCodec
from scenewire.wire.errors import EncodeError
from scenewire.wire.limits import Limits
from scenewire.wire.msgpack_io import SPLICE_BYTES


def test_frame_over_the_limit_is_refused_before_parsing() -> None:
    codec = MsgpackCodec(REGISTRY, Limits(max_frame_bytes=1024))
    data = encode(FieldReplace(field_id="v", values=np.zeros(1024, np.uint8)))
    with pytest.raises(ProtocolError) as caught:
        codec.decode(data)
    assert caught.value.code is ErrorCode.LIMIT_EXCEEDED
    assert "1024-byte limit" in str(caught.value)


def test_depth_limit_is_configurable() -> None:
    message = StatePatch(updates={"x": [[[[1]]]]})
    data = encode(message)
    assert decode(data) == message
    with pytest.raises(ProtocolError) as caught:
        MsgpackCodec(REGISTRY, Limits(max_depth=5)).decode(data)
    assert caught.value.code is ErrorCode.LIMIT_EXCEEDED


def test_error_names_the_path_to_the_fault() -> None:
    data = encode(SetControl(control_id="a", value=1))
    with pytest.raises(ProtocolError) as caught:
        decode(data.replace(b"\xa1a", b"\x05"))
    assert caught.value.path == "set_control.control_id"
    assert "expected string, got int" in str(caught.value)


@pytest.mark.parametrize(
    ("values", "words"),
    [
        (np.array(["a", "b"]), "strings"),
        (np.array([1 + 2j]), "complex"),
        (np.array([object()]), "Python objects"),
    ],
)
def test_arrays_without_a_wire_form_fail_where_built_and_when_sent(values: np.ndarray, words: str) -> None:
    with pytest.raises(ValueError, match=f"field 'v': values are {words}.*no wire form"):
        FieldReplace(field_id="v", values=values)
    update = FieldReplace(field_id="v", values=np.zeros(2))
    update.values = values  # swapped in after construction: the encoder still refuses it
    with pytest.raises(EncodeError, match=r"no (scenewire )?wire form"):
        encode(update)


def test_free_form_values_without_a_wire_form_fail_clearly() -> None:
    with pytest.raises(EncodeError, match="set has no wire form"):
        encode(SetControl(control_id="a", value={1, 2}))
    with pytest.raises(EncodeError, match="not a string"):
        encode(StatePatch(updates={"a": {1: 2}}))
    with pytest.raises(EncodeError, match="outside the int64 and uint64 ranges"):
        encode(SetControl(control_id="a", value=2**64))


def test_numpy_scalars_travel_as_plain_numbers() -> None:
    decoded = decode(encode(StatePatch(updates={"f": np.float32(0.5), "i": np.int16(-3), "b": np.bool_(True)})))
    assert decoded.updates == {"b": True, "f": 0.5, "i": -3}
    assert type(decoded.updates["i"]) is int


@pytest.mark.parametrize("size", [SPLICE_BYTES - 8, SPLICE_BYTES, 3 * SPLICE_BYTES + 5])
def test_spliced_and_inline_arrays_agree(size: int) -> None:
    values = np.arange(size, dtype=np.uint8)
    message = StatePatch(updates={"a": values, "b": [values[:3], values]})
    assert decode(encode(message)) == message


def test_decoded_arrays_are_aligned_read_only_views() -> None:
    decoded = decode(encode(FieldReplace(field_id="v", values=np.arange(1 << 16, dtype=np.float64))))
    assert decoded.values.flags.aligned
    assert not decoded.values.flags.writeable


def test_pickle_codec_is_an_explicit_opt_in() -> None:
    codec = pickle_codec()
    message = FieldReplace(field_id="v", values=np.arange(3.0))
    assert codec.decode(codec.encode(message)) == message
    with pytest.raises(ProtocolError) as caught:
        codec.decode(b"not a pickle")
    assert caught.value.code is ErrorCode.MALFORMED_MSGPACK
    for not_a_message in (3, {"kind": "status"}, None):  # a pickle of something else is a protocol error, not a crash
        with pytest.raises(ProtocolError) as caught:
            codec.decode(pickle.dumps(not_a_message))
        assert caught.value.code is ErrorCode.UNKNOWN_KIND
    with pytest.raises(ProtocolError):
        decode(codec.encode(message))  # the default codec never unpickles


def test_every_nan_is_written_as_the_one_canonical_nan() -> None:
    with np.errstate(invalid="ignore"):
        negative_nan = float(np.float64(0.0) / np.float64(0.0))
    assert np.signbit(negative_nan)
    canonical = bytes.fromhex("cb7ff8000000000000")
    from scenewire.scene import GraphNode

    assert encode(StatePatch(updates={"x": negative_nan})).endswith(canonical)
    assert encode(StatePatch(updates={"x": np.float32("nan")})).endswith(canonical)
    assert encode(SetControl(control_id="a", value=-np.nan)).endswith(canonical)
    low = GraphNode(id="n", position=(negative_nan, 1.0)).to_tree()["position"][0]
    assert np.isnan(low) and not np.signbit(low)
