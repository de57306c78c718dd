"""Where things are in the scene frame of §8.14: the reference for renderers.

Right-handed, +y up, µm. A segment's cylinder runs along the third column of
its orientation matrix; a grid lies in the x-z plane (columns along +x, rows
along +z) with height along +y.
"""

from __future__ import annotations

import numpy as np

from .fields import Field
from .geometry import GridGeometry, MorphologyGeometry


def segment_axes(geometry: MorphologyGeometry) -> np.ndarray:
    """(n, 3) float64 unit axis of each segment: the third column of its matrix."""
    return np.asarray(geometry.orientations, dtype=np.float64)[:, :, 2]


def segment_ends(geometry: MorphologyGeometry) -> tuple[np.ndarray, np.ndarray]:
    """The centres of each cylinder's two end faces, ``positions -/+ axis * length / 2``."""
    centres = np.asarray(geometry.positions, dtype=np.float64)
    half = segment_axes(geometry) * (np.asarray(geometry.lengths, dtype=np.float64)[:, None] / 2)
    return centres - half, centres + half


def grid_heights(grid: GridGeometry, field: Field) -> np.ndarray:
    """The field's values as a (rows, cols) float64 array (§8.3.3).

    Dims are matched by name in either order; any other dim is taken at its
    last index (an empty one gives NaN everywhere), as the window draws it.
    """
    dims = list(field.dims)
    missing = [d for d in grid.dims if d not in dims]
    if missing:
        raise ValueError(f"field {field.id!r} has dims {field.dims}, grid {grid.id!r} has {grid.dims}")
    values = np.asarray(field.values)
    if any(values.shape[k] == 0 for k, d in enumerate(dims) if d not in grid.dims):
        return np.full(grid.shape, np.nan)
    values = values[tuple(slice(None) if d in grid.dims else -1 for d in dims)].astype(np.float64)
    if [d for d in dims if d in grid.dims] != list(grid.dims):
        values = values.T
    if values.shape != grid.shape:
        raise ValueError(f"field {field.id!r} has shape {values.shape}, grid {grid.id!r} is {grid.shape}")
    return values


def surface_vertices(grid: GridGeometry, heights: np.ndarray) -> np.ndarray:
    """(rows, cols, 3) scene points: x = column coordinate, y = height, z = row coordinate."""
    rows = np.asarray(grid.coords[grid.dims[0]], dtype=np.float64)
    cols = np.asarray(grid.coords[grid.dims[1]], dtype=np.float64)
    out = np.empty((len(rows), len(cols), 3), dtype=np.float64)
    out[..., 0] = cols[None, :]
    out[..., 1] = heights
    out[..., 2] = rows[:, None]
    return out
