"""What a line plot draws, without a display: series, selectors, rolling window, decimation (§8.3.4)."""

from __future__ import annotations

import numpy as np
import pytest

from scenewire.frontend.views.trace_data import (
    Decimator,
    bucket_size,
    decimate,
    decimate_buckets,
    padded_range,
    rolling,
    select_traces,
    y_axis_range,
)
from scenewire.protocol import FieldAppend, FieldReplace, SceneReady
from scenewire.scene import Field, Scene
from scenewire.state.scene_state import SceneState


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


def naive_buckets(x: np.ndarray, y: np.ndarray, size: int, base: int) -> tuple[np.ndarray, np.ndarray]:
    """The rule of decimate_buckets written as a loop over buckets: what both fast paths must equal."""
    xs, ys = [], []
    i = 0
    while i < x.size:
        j = min(x.size, i + size - (base + i) % size)
        block = y[:, i:j]
        lo, hi = np.nanmin(block, axis=1), np.nanmax(block, axis=1)
        falls = block[:, 0] > block[:, -1]
        xs += [x[i], x[j - 1]]
        ys += [np.where(falls, hi, lo), np.where(falls, lo, hi)]
        i = j
    return np.array(xs), np.array(ys).T


def test_buckets_are_aligned_to_absolute_sample_numbers_and_hold_min_and_max_in_trace_order() -> None:
    rng = np.random.default_rng(5)
    for _ in range(200):
        n, size, base = int(rng.integers(1, 300)), int(2 ** rng.integers(1, 6)), int(rng.integers(0, 1000))
        x = np.cumsum(rng.random(n))
        y = rng.standard_normal((3, n)).astype(np.float32)
        dx, dy = decimate_buckets(x, y, size, base)
        rx, ry = naive_buckets(x, y, size, base)
        np.testing.assert_array_equal(dx, rx)
        np.testing.assert_array_equal(dy, ry)


def test_the_bucket_size_is_a_power_of_two_leaving_at_most_one_bucket_per_column() -> None:
    assert bucket_size(1_600, 800) == 1 and bucket_size(1_601, 800) == 4
    for count in (1_601, 5_000, 10_000, 123_457):
        size = bucket_size(count, 800)
        assert size & (size - 1) == 0 and -(-count // size) <= 800 < -(-count // (size // 2))


def trace_state(n: int, series: int = 4) -> SceneState:
    rng = np.random.default_rng(n)
    field = Field(
        id="v",
        values=rng.standard_normal((2, series, n)).astype(np.float32),
        dims=["trial", "cell", "time"],
        coords={"time": np.arange(n) * 0.5},
    )
    state = SceneState()
    state.apply(SceneReady(scene=Scene(fields=[field])))
    return state


def shown(state: SceneState, trial: int, window: float | None) -> tuple[np.ndarray, np.ndarray, int]:
    traces = select_traces(state.field("v"), "time", "cell", {"trial": trial})
    x, _y = rolling(traces.x, traces.y, window)
    return traces.x, traces.y, traces.x.size - x.size


@pytest.mark.parametrize("window", [None, 700.0])
@pytest.mark.parametrize("max_length", [None, 3_000])
def test_incremental_decimation_equals_a_full_one_over_random_appends(window, max_length) -> None:
    """Appends of random sizes (most small, some larger than a bucket or the whole window), with and
    without trimming and a rolling window, a selector that changes now and then, NaN and inf in the data.
    """
    rng = np.random.default_rng(7)
    state = trace_state(500)
    decimator, trial, t, steps = Decimator(), 0, 250.0, 400
    grown: tuple[int, int] | None = None
    for step in range(steps):
        x, y, start = shown(state, trial, window)
        dx, dy = decimator.update(x, y, start, 300, (trial, window), grown)
        rx, ry = decimate_buckets(x[start:], y[:, start:], decimator.size, decimator.base)
        np.testing.assert_array_equal(dx, rx)
        np.testing.assert_array_equal(dy, ry)
        assert dx.size <= 4 * 300 + 4
        k = int(rng.choice([1, 1, 1, 2, 3, 7, 16, 40, 333, 2_500]))
        values = rng.standard_normal((2, 4, k)).astype(np.float32)
        if rng.random() < 0.05:
            values[0, 1, 0] = rng.choice([np.nan, np.inf, -np.inf])
        update = FieldAppend(
            field_id="v",
            append_dim="time",
            values=values,
            coord_values=t + 0.5 * np.arange(k),
            max_length=max_length,
        )
        t += 0.5 * k
        changes = state.apply(update)
        growth = changes.grown["v"]
        grown = (growth.appended, growth.trimmed)
        if step % 97 == 96:
            trial = 1 - trial  # another selector: drawn from scratch
    assert decimator.rebuilds < steps // 8  # the cache was used, not rebuilt every poll


def test_a_decimator_told_a_wrong_story_or_a_replace_starts_over() -> None:
    state = trace_state(5_000)
    decimator = Decimator()
    x, y, start = shown(state, 0, None)
    decimator.update(x, y, start, 300, "k", None)
    state.apply(FieldReplace(field_id="v", values=np.ones((2, 4, 5_004), np.float32)))
    x, y, start = shown(state, 0, None)
    before = decimator.rebuilds
    _dx, dy = decimator.update(x, y, start, 300, "k", (4, 0))  # the count fits, the newest x does not
    assert decimator.rebuilds == before + 1
    np.testing.assert_array_equal(dy, decimate_buckets(x, y, decimator.size, decimator.base)[1])
    assert np.all(dy == 1.0)
    decimator.update(x, y, start, 300, "k", (1, 0))  # the count does not fit
    assert decimator.rebuilds == before + 2
    decimator.update(x, y, start, 300, "other", (0, 0))  # another selector or window
    assert decimator.rebuilds == before + 3
    decimator.update(x, y, start, 250, "other", (0, 0))  # another width
    assert decimator.rebuilds == before + 4
    decimator.update(x, y, start, 250, "other", (0, 0))
    assert decimator.rebuilds == before + 4


def test_y_limits_from_the_data_are_the_finite_extremes_padded_4_percent_each_side() -> None:
    """§8.3.4: finite min and max of the shown samples; equal ones widened by 5 % (1 at zero); [0, 1] without any."""
    y = np.array([[-70.0, np.nan, 30.0], [np.inf, -np.inf, 0.0]])
    assert y_axis_range(y) == (-70.0 - 4.0, 30.0 + 4.0)
    assert y_axis_range(np.full((2, 5), -65.0, np.float32)) == padded_range(-65.0 - 3.25, -65.0 + 3.25)
    assert y_axis_range(np.zeros((1, 3))) == (-1.08, 1.08)
    assert y_axis_range(np.full((2, 4), np.nan)) == (0.0, 1.0)
    assert y_axis_range(np.array([[np.inf, -np.inf]])) == (0.0, 1.0)
    assert y_axis_range(np.zeros((0, 0))) == (0.0, 1.0)
    assert y_axis_range(np.array([[3, 9]], np.int16)) == (3.0 - 0.24, 9.0 + 0.24)


def test_y_limits_read_from_the_decimated_samples_equal_those_of_every_sample() -> None:
    rng = np.random.default_rng(11)
    for trial in range(60):
        y = rng.standard_normal((5, 3_000)).astype(np.float32) * 10
        if trial % 3 == 0:
            y[rng.integers(0, 5), rng.integers(0, 3_000)] = rng.choice([np.nan, np.inf, -np.inf])
        if trial % 7 == 0:
            y[:] = np.nan
            y[1, 17] = 4.0
        _, dy = decimate(np.arange(3_000.0), y, 200)
        assert y_axis_range(y, dy) == y_axis_range(y)
