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
    """The field's values as a (rows, cols) float64 array, dims matched by name."""
    if sorted(field.dims) != sorted(grid.dims):
        raise ValueError(f"field {field.id!r} has dims {field.dims}, grid {grid.id!r} has {grid.dims}")
    values = np.asarray(field.values, dtype=np.float64)
    if field.dims != grid.dims:
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
