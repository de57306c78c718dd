"""The ndarray extension type (§9).

Payload: ndim (u8), dtype-name length (u8), dtype name (ASCII), ndim x u32 LE
dims, zero padding to a multiple of 8, then the elements in C order,
little-endian. The padding lets zero-copy readers see aligned data.
"""

from __future__ import annotations

import struct

import numpy as np

from .errors import EncodeError, ErrorCode, ProtocolError
from .limits import MAX_NDIM

EXT_NDARRAY = 120

#: wire dtype name -> little-endian NumPy dtype
DTYPES: dict[str, np.dtype] = {
    name: np.dtype(name).newbyteorder("<")
    for name in (
        "bool",
        "int8",
        "uint8",
        "int16",
        "uint16",
        "int32",
        "uint32",
        "int64",
        "uint64",
        "float16",
        "float32",
        "float64",
    )
}
_NAME_OF_KIND = {(dt.kind, dt.itemsize): name for name, dt in DTYPES.items()}
_MAX_NAME = 16
_MAX_DIM = 0xFFFFFFFF
#: the item size times the product of the non-zero dims may not pass this (§9.4 rule 9): NumPy, and
#: any runtime that counts bytes in a signed 64-bit integer, cannot hold such a shape even when empty
MAX_ARRAY_SPAN = 2**63 - 1


def wire_dtype_name(dtype: np.dtype) -> str:
    """The wire name of a NumPy dtype, or :class:`EncodeError` if it has none."""
    name = _NAME_OF_KIND.get((dtype.kind, dtype.itemsize))
    if name is None:
        raise EncodeError(f"dtype {dtype} has no scenewire wire form; use one of {', '.join(DTYPES)}")
    return name


def header(name: str, shape: tuple[int, ...]) -> bytes:
    """Payload header for an array, padding included."""
    if len(shape) > MAX_NDIM:
        raise EncodeError(f"array has {len(shape)} dimensions; the wire allows {MAX_NDIM}")
    if any(d > _MAX_DIM for d in shape):
        raise EncodeError(f"array dimension over {_MAX_DIM}: shape {shape}")
    raw = bytes((len(shape), len(name))) + name.encode("ascii")
    raw += struct.pack(f"<{len(shape)}I", *shape)
    return raw + bytes(-len(raw) % 8)


def to_wire_array(value: np.ndarray) -> tuple[bytes, np.ndarray]:
    """Header and a C-contiguous little-endian array ready to be written.

    Copies only when the input is big-endian or not C-contiguous.
    """
    name = wire_dtype_name(value.dtype)
    wire_dtype = DTYPES[name]
    arr = np.asarray(value)
    if arr.dtype != wire_dtype or not arr.flags.c_contiguous:
        # ascontiguousarray would turn a 0-d array into 1-d; np.array keeps ndim.
        arr = np.array(arr, dtype=wire_dtype, order="C")
    return header(name, arr.shape), arr


def payload(value: np.ndarray) -> bytes:
    """The whole extension payload as one bytes object (one copy of the data)."""
    head, arr = to_wire_array(value)
    return b"".join((head, memoryview(arr).cast("B") if arr.size else b""))


def _bad(message: str) -> ProtocolError:
    return ProtocolError(ErrorCode.BAD_NDARRAY, message)


def from_payload(data: bytes) -> np.ndarray:
    """Decode an extension payload into a read-only array viewing ``data``."""
    size = len(data)
    if size < 2:
        raise _bad(f"payload of {size} bytes is shorter than the 2-byte header")
    ndim, name_len = data[0], data[1]
    if ndim > MAX_NDIM:
        raise _bad(f"ndim {ndim} is over the limit of {MAX_NDIM}")
    if not 1 <= name_len <= _MAX_NAME:
        raise _bad(f"dtype name length {name_len} is not in 1..{_MAX_NAME}")
    dims_at = 2 + name_len
    data_at = dims_at + 4 * ndim
    data_at += -data_at % 8
    if size < data_at:
        raise _bad(f"payload of {size} bytes is shorter than its {data_at}-byte header")
    name = bytes(data[2:dims_at]).decode("ascii", "replace")
    dtype = DTYPES.get(name)
    if dtype is None:
        raise _bad(f"unknown dtype {name!r}; expected one of {', '.join(DTYPES)}")
    shape = struct.unpack_from(f"<{ndim}I", data, dims_at)
    if any(data[dims_at + 4 * ndim : data_at]):
        raise _bad("header padding is not zero")
    count = 1
    span = dtype.itemsize  # bytes of the non-zero dims: what an array runtime must be able to index
    for dim in shape:
        count *= dim
        span *= dim or 1
    expected = count * dtype.itemsize
    if size - data_at != expected:
        raise _bad(f"shape {list(shape)} of {name} needs {expected} data bytes, payload carries {size - data_at}")
    if span > MAX_ARRAY_SPAN:
        raise _bad(
            f"shape {list(shape)} of {name}: its non-zero dims span {span} bytes, over 2^63 - 1 "
            "(an empty array too, §9.4)"
        )
    if name == "bool":
        raw = np.frombuffer(data, np.uint8, count, data_at)
        if count and raw.max() > 1:
            raise _bad("bool array holds a byte other than 0 or 1")
    return np.frombuffer(data, dtype, count, data_at).reshape(shape)
