"""Field: a labelled n-d array, the primary data primitive of a scene."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from ..wire.records import ANY_MAP, NUMERIC, STR, ArrayType, ListOf, MapOf, Record, many, opt, req

COORD = ArrayType(NUMERIC, 1)


@dataclass(eq=False, slots=True)
class Field(Record):
    """``values`` with one name per dimension and optional 1-D coordinates."""

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
