"""The scene frame of §8.14: segment ends along the third column, grids in the x-z plane."""

from __future__ import annotations

import numpy as np
import pytest

from scenewire.scene import Field, GridGeometry, MorphologyGeometry
from scenewire.scene.space import grid_heights, segment_ends, surface_vertices


def rotation_z_to(axis: np.ndarray) -> np.ndarray:
    """A rotation whose third column is ``axis`` (unit)."""
    helper = np.array([1.0, 0.0, 0.0]) if abs(axis[0]) < 0.9 else np.array([0.0, 1.0, 0.0])
    x = np.cross(helper, axis)
    x /= np.linalg.norm(x)
    return np.stack([x, np.cross(axis, x), axis], axis=1)


def test_a_segment_runs_along_the_third_column_of_its_matrix() -> None:
    up = np.array([0.0, 1.0, 0.0])
    geometry = MorphologyGeometry(
        id="c",
        positions=np.array([[10.0, 20.0, 30.0]]),
        orientations=rotation_z_to(up)[None],
        radii=np.array([1.0]),
        lengths=np.array([4.0]),
        xlocs=np.array([0.5]),
        entity_ids=["d"],
        section_names=["d"],
    )
    rotation = geometry.orientations[0]
    assert np.allclose(rotation.T @ rotation, np.eye(3)) and np.isclose(np.linalg.det(rotation), 1.0)
    start, end = segment_ends(geometry)
    np.testing.assert_allclose(start[0], [10.0, 18.0, 30.0])
    np.testing.assert_allclose(end[0], [10.0, 22.0, 30.0])
    # column vectors: the local point (0, 0, L/2) lands at the end face
    np.testing.assert_allclose(geometry.positions[0] + rotation @ np.array([0.0, 0.0, 2.0]), end[0])


def test_grid_columns_run_along_x_rows_along_z_height_up() -> None:
    grid = GridGeometry(id="g", dims=["row", "col"], coords={"row": np.array([0.0, 5.0]), "col": np.array([1, 2, 3])})
    field = Field(id="h", values=np.arange(6.0).reshape(3, 2), dims=["col", "row"])  # other order: transposed
    heights = grid_heights(grid, field)
    assert heights.shape == (2, 3)
    points = surface_vertices(grid, heights)
    np.testing.assert_allclose(points[1, 2], [3.0, field.values[2, 1], 5.0])
    np.testing.assert_allclose(points[0, 0], [1.0, 0.0, 0.0])


def test_a_field_with_other_dims_does_not_fit_a_grid() -> None:
    grid = GridGeometry(id="g", dims=["y", "x"], coords={"y": np.zeros(2), "x": np.zeros(2)})
    with pytest.raises(ValueError):
        grid_heights(grid, Field(id="h", values=np.zeros((2, 2)), dims=["a", "b"]))


def test_a_field_with_an_extra_dim_is_shown_at_its_last_index() -> None:
    grid = GridGeometry(id="g", dims=["y", "x"], coords={"y": np.zeros(2), "x": np.zeros(3)})
    values = np.arange(2 * 3 * 4, dtype=np.float32).reshape(3, 4, 2)  # dims x, time, y
    heights = grid_heights(grid, Field(id="h", values=values, dims=["x", "time", "y"]))
    np.testing.assert_array_equal(heights, values[:, -1, :].T)
    empty = Field(id="e", values=np.zeros((2, 0, 3)), dims=["y", "time", "x"])
    assert np.isnan(grid_heights(grid, empty)).all()
