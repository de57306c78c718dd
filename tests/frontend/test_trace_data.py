"""What a line plot draws, without a display: series, selectors, rolling window, decimation (§8.3.4)."""

from __future__ import annotations

import numpy as np
import pytest

from scenewire.frontend.views.trace_data import decimate, rolling, select_traces
from scenewire.scene import Field


def cube() -> Field:
    values = np.arange(2 * 3 * 5, dtype=np.float32).reshape(2, 3, 5)  # trial, cell, time
    return Field(
        id="v",
        values=values,
        dims=["trial", "cell", "time"],
        coords={"time": np.linspace(0.0, 2.0, 5), "cell": np.array([10, 20, 30])},
    )


def test_each_entry_of_the_series_dim_is_a_line_and_other_dims_take_their_selector() -> None:
    traces = select_traces(cube(), "time", "cell", {"trial": 1})
    np.testing.assert_array_equal(traces.y, cube().values[1])
    np.testing.assert_array_equal(traces.x, np.linspace(0.0, 2.0, 5))
    assert traces.labels == ["cell 10", "cell 20", "cell 30"]


def test_an_unselected_dim_is_fixed_at_index_0_and_a_selector_beyond_its_axis_draws_nothing() -> None:
    np.testing.assert_array_equal(select_traces(cube(), "time", "cell", {}).y, cube().values[0])
    with pytest.raises(ValueError, match="trial = 2 is outside its 2 entries"):
        select_traces(cube(), "time", "cell", {"trial": 2})


def test_the_series_dim_may_come_after_x_and_x_without_coords_is_the_index() -> None:
    traces = select_traces(cube(), "cell", "time", {"trial": 0}, series_labels=["a", "b"])
    assert traces.y.shape == (5, 3)
    np.testing.assert_array_equal(traces.y, cube().values[0].T)
    np.testing.assert_array_equal(traces.x, [10, 20, 30])
    assert traces.labels[:3] == ["a", "b", "time 1"]
    one = Field(id="w", values=np.array([3.0, 1.0, 2.0]), dims=["t"])
    only = select_traces(one, "t", None, {})
    np.testing.assert_array_equal(only.x, [0, 1, 2])
    assert only.y.shape == (1, 3) and only.labels == ["w"]


def test_a_dim_the_field_lacks_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="no dim 'depth'"):
        select_traces(cube(), "depth", None, {})


def test_the_rolling_window_keeps_x_within_its_width_of_the_newest() -> None:
    x = np.arange(10.0)
    y = np.arange(20.0).reshape(2, 10)
    wx, wy = rolling(x, y, 3.0)
    np.testing.assert_array_equal(wx, [6, 7, 8, 9])
    np.testing.assert_array_equal(wy, y[:, 6:])
    assert rolling(x, y, None)[0] is x
    assert rolling(x, y, float("inf"))[0].size == 10  # +inf shows all (§8.3.4)


def test_decimation_keeps_every_extreme_and_the_newest_sample() -> None:
    rng = np.random.default_rng(0)
    x = np.arange(10_007) * 0.025
    y = rng.standard_normal((4, x.size)).astype(np.float32)
    y[2, 5_000] = 50.0  # a one-sample spike must survive
    y[1, 3] = np.nan
    dx, dy = decimate(x, y, 800)
    assert dy.shape[1] == dx.size <= 2 * 800 + 2
    assert np.all(np.diff(dx) >= 0)
    assert dx[0] == x[0] and dx[-1] == x[-1]
    np.testing.assert_array_equal(np.nanmax(dy, axis=1), np.nanmax(y, axis=1))
    np.testing.assert_array_equal(np.nanmin(dy, axis=1), np.nanmin(y, axis=1))
    short_x, short_y = decimate(x[:100], y[:, :100], 800)
    assert short_x.size == 100 and short_y is not None


def test_decimation_draws_a_falling_edge_falling_and_a_rising_edge_rising() -> None:
    x = np.arange(8_000) * 0.025
    y = np.vstack([np.linspace(40.0, -80.0, x.size), np.linspace(-80.0, 40.0, x.size)]).astype(np.float32)
    _, dy = decimate(x, y, 400)
    assert np.all(np.diff(dy[0]) <= 0)  # no upward stroke inside a bucket of a monotone fall
    assert np.all(np.diff(dy[1]) >= 0)
