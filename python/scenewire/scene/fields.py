"""Field: a labelled n-d array, the primary data primitive of a scene."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from ..wire.errors import EncodeError
from ..wire.ndarray import DTYPES, wire_dtype_name
from ..wire.records import ANY_MAP, NUMERIC, STR, ArrayType, ListOf, MapOf, Record, many, opt, req

COORD = ArrayType(NUMERIC, 1)


@dataclass(eq=False, slots=True)
class Field(Record):
    """``values`` with one name per dimension and optional 1-D coordinates.

    Args:
        id: unique among the scene's fields; views and updates name it.
        values: an n-d NumPy array of a wire dtype (bool, ints, float16/32/64).
        dims: one name per axis of ``values``, distinct.
        coords: dim -> 1-D numeric coordinates as long as that axis; a dim without is 0..n-1.
        unit: the values' unit (``"mV"``).
        attrs: free-form metadata, merged by ``attrs_update``.
    """

    id: str = req(STR)
    values: np.ndarray = req(ArrayType())
    dims: list[str] = req(ListOf(STR))
    coords: dict[str, np.ndarray] = many(MapOf(COORD), dict)
    unit: str | None = opt(STR)
    attrs: dict[str, Any] = many(ANY_MAP, dict)

    def check(self) -> None:
        if not isinstance(self.values, np.ndarray):
            self.values = np.asarray(self.values)
        self.dims = list(self.dims)
        self.coords = {k: np.asarray(v) for k, v in self.coords.items()}
        check_sendable(self.id, self.values, self.coords)
        check_coords(self.id, self.values, self.dims, self.coords)

    def axis(self, dim: str) -> int:
        """Index of ``dim`` in ``dims``; ``ValueError`` naming the field if absent."""
        try:
            return self.dims.index(dim)
        except ValueError:
            raise ValueError(f"field {self.id!r} has no dim {dim!r} (dims: {self.dims})") from None

    def replace(
        self,
        values: np.ndarray,
        coords: dict[str, np.ndarray] | None = None,
        attrs_update: dict[str, Any] | None = None,
    ) -> None:
        """Swap in new values (and coords); the dims stay."""
        values = np.asarray(values)
        new_coords = dict(self.coords) if coords is None else {k: np.asarray(v) for k, v in coords.items()}
        if coords is None:
            # coords that no longer fit the new shape are dropped, not kept stale
            new_coords = {
                d: c for d, c in new_coords.items() if d in self.dims and len(c) == values.shape[self.dims.index(d)]
            }
        check_coords(self.id, values, self.dims, new_coords)
        self.values, self.coords = values, new_coords
        if attrs_update:
            self.attrs.update(attrs_update)

    def append(
        self,
        dim: str,
        values: np.ndarray,
        coord_values: np.ndarray | None = None,
        max_length: int | None = None,
        attrs_update: dict[str, Any] | None = None,
    ) -> None:
        """Grow along ``dim`` and keep at most the last ``max_length`` entries."""
        axis = self.axis(dim)
        values = np.asarray(values, dtype=self.values.dtype)
        if values.ndim != self.values.ndim:
            raise ValueError(f"field {self.id!r}: appended values are {values.ndim}-d, field is {self.values.ndim}-d")
        other = [s for i, s in enumerate(self.values.shape) if i != axis]
        given = [s for i, s in enumerate(values.shape) if i != axis]
        if other != given:
            raise ValueError(
                f"field {self.id!r}: appended shape {list(values.shape)} does not fit "
                f"{list(self.values.shape)} along {dim!r}"
            )
        grown = np.concatenate([self.values, values], axis=axis)
        coords = dict(self.coords)
        if dim in coords or coord_values is not None:
            if coord_values is None:
                raise ValueError(f"field {self.id!r}: dim {dim!r} has coords, append gave none")
            coord_values = np.asarray(coord_values)
            if coord_values.shape != (values.shape[axis],):
                raise ValueError(
                    f"field {self.id!r}: {values.shape[axis]} new entries along {dim!r} "
                    f"but {coord_values.size} coord values"
                )
            base = coords.get(dim, np.arange(self.values.shape[axis], dtype=coord_values.dtype))
            coords[dim] = np.concatenate([base, coord_values.astype(base.dtype, copy=False)])
        if max_length is not None:
            if max_length < 1:
                raise ValueError(f"field {self.id!r}: max_length must be at least 1, got {max_length}")
            if grown.shape[axis] > max_length:
                keep = slice(grown.shape[axis] - max_length, None)
                grown = grown[(slice(None),) * axis + (keep,)]
                if dim in coords:
                    coords[dim] = coords[dim][keep]
        self.values, self.coords = np.ascontiguousarray(grown), coords
        if attrs_update:
            self.attrs.update(attrs_update)


def _dtype_advice(dtype: np.dtype) -> str:
    """What to send instead of an array of ``dtype``, which has no wire form (§9.2)."""
    kind = dtype.kind
    if kind in "US":
        return f"strings (dtype {dtype.str}), which have no wire form; send numbers, and put names in attrs"
    if kind == "O":
        return "Python objects (dtype object), which have no wire form; build a numeric array (np.asarray(x, float))"
    if kind == "c":
        return f"complex (dtype {dtype}), which has no wire form; send the real and imaginary parts as two fields"
    if kind in "mM":
        return f"times (dtype {dtype}), which have no wire form; send seconds as float64"
    return f"of dtype {dtype}, which has no wire form; use one of {', '.join(DTYPES)}"


def check_sendable(field_id: str, values: np.ndarray, coords: dict[str, np.ndarray]) -> None:
    """Refuse here what could only fail later, when sent: values and coords without a wire form.

    The error names the field and what to send instead, so a session author
    meets it where the field is built, not as an encode error at the other end.
    """
    try:
        wire_dtype_name(values.dtype)
    except EncodeError:
        raise ValueError(f"field {field_id!r}: values are {_dtype_advice(values.dtype)}") from None
    for dim, coord in coords.items():
        if coord.dtype.kind in "US":
            raise ValueError(
                f"field {field_id!r}: coords for {dim!r} are strings (dtype {coord.dtype.str}); coordinates are "
                f"numbers on the wire (§4.3): leave {dim!r} without coords (indexed 0..n-1) and give the names "
                f"as a line_plot's series_labels or in attrs"
            )
        if coord.dtype.kind == "b" or coord.dtype.kind not in "iuf":
            advice = (
                "bool is not numeric here" if coord.dtype.kind == "b" else f"these are {_dtype_advice(coord.dtype)}"
            )
            raise ValueError(f"field {field_id!r}: coords for {dim!r} must be numeric; {advice}")


def check_coords(field_id: str, values: np.ndarray, dims: list[str], coords: dict[str, np.ndarray]) -> None:
    """Dims name every axis once; every coord is 1-D and as long as its axis."""
    if len(dims) != values.ndim:
        raise ValueError(f"field {field_id!r}: {len(dims)} dims {dims} for a {values.ndim}-d array")
    if len(set(dims)) != len(dims):
        raise ValueError(f"field {field_id!r}: dims {dims} repeat a name")
    for dim, coord in coords.items():
        if dim not in dims:
            raise ValueError(f"field {field_id!r}: coords for {dim!r}, which is not one of its dims {dims}")
        length = values.shape[dims.index(dim)]
        if coord.ndim != 1 or coord.shape[0] != length:
            raise ValueError(
                f"field {field_id!r}: coords for {dim!r} have shape {list(coord.shape)}, expected [{length}]"
            )
