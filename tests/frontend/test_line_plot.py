"""The line_plot adapter in a real window: appends move pixels where the samples are, selectors follow state."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from scenewire.protocol import FieldAppend, FieldReplace, SceneReady
from scenewire.scene import Field, Scene
from scenewire.scene.views import LinePlotView
from scenewire.state.scene_state import SceneState

from .grabs import grab, keep, near, settled


def shown(state: SceneState, view_id: str, qtbot, size: tuple[int, int] = (640, 400)) -> Any:
    """The view's adapter built into a shown widget of ``size``, drawn once."""
    from PyQt6.QtWidgets import QVBoxLayout, QWidget

    from scenewire.frontend.views.line_plot import LinePlotAdapter

    holder = QWidget()
    QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
    qtbot.addWidget(holder)
    holder.resize(*size)
    adapter = LinePlotAdapter(view_id, state, lambda command: None)
    adapter.build(holder)
    holder.show()
    qtbot.waitExposed(holder)
    adapter.refresh()  # the plot area has its real width now
    adapter.holder = holder  # pytest-qt keeps only a weak reference
    return adapter


def traces_scene(n: int = 100, **view: Any) -> Scene:
    """Three cells resting at -65 mV for ``n`` samples of 0.5 ms."""
    t = np.arange(n) * 0.5
    values = np.full((3, n), -65.0, dtype=np.float32)
    values[1] -= 5
    values[2] -= 10
    field = Field(id="v", values=values, dims=["cell", "time"], coords={"time": t}, unit="mV")
    props = dict(
        id="p",
        field_id="v",
        x_dim="time",
        series_dim="cell",
        series_labels=["soma", "dend", "axon"],
        x_label="time",
        x_unit="ms",
        y_label="membrane potential",
        title="Voltage",
        y_limits=(-80.0, 40.0),
    )
    props.update(view)
    return Scene(fields=[field], views=[LinePlotView(**props)])


def loaded(scene: Scene) -> SceneState:
    state = SceneState()
    state.apply(SceneReady(scene=scene))
    return state


@pytest.mark.timeout(60)
def test_a_field_append_draws_the_new_samples_where_they_belong(qtbot) -> None:
    from scenewire.frontend.views.line_plot import series_color

    state = loaded(traces_scene())
    adapter = shown(state, "p", qtbot)
    before = grab(adapter.widget)
    keep(adapter.widget, "line_plot_before_append")

    # the soma spikes to +20 mV for 20 samples after t = 50 ms
    t_new = 50.0 + np.arange(20) * 0.5
    spike = np.full((3, 20), -65.0, dtype=np.float32)
    spike[0] = 20.0
    spike[1:] = [[-70.0], [-75.0]]
    changes = state.apply(FieldAppend(field_id="v", append_dim="time", values=spike, coord_values=t_new))
    adapter.apply(changes)
    after = settled(qtbot, lambda: grab(adapter.widget))
    keep(adapter.widget, "line_plot_after_append")

    soma = series_color(0, 3)
    for t in (52.0, 55.0, 58.0):
        x, y = adapter.data_to_widget(t, 20.0)
        assert near(after, x, y, soma), f"no soma colour at t={t} ms, +20 mV after the append"
        assert not near(before, x, y, soma), f"soma colour at t={t} ms, +20 mV before the append"
    # the old samples are still drawn, at their new place on the wider x axis
    x, y = adapter.data_to_widget(10.0, -65.0)
    assert near(after, x, y, soma)
    # nothing was rebuilt: the same curve items received the data
    assert len(adapter.curves) == 3 and adapter.traces.x[-1] == pytest.approx(59.5)


@pytest.mark.timeout(60)
def test_a_selector_bound_to_frontend_state_changes_which_series_are_drawn(qtbot) -> None:
    from scenewire.frontend.views.line_plot import series_color

    t = np.arange(50) * 1.0
    values = np.empty((2, 2, 50), dtype=np.float32)  # trial, cell, time
    values[0] = [[-50.0], [-60.0]]
    values[1] = [[10.0], [0.0]]
    field = Field(id="v", values=values, dims=["trial", "cell", "time"], coords={"time": t}, unit="mV")
    view = LinePlotView(
        id="p",
        field_id="v",
        x_dim="time",
        series_dim="cell",
        selectors={"trial": 0},
        y_limits=(-80.0, 40.0),
        bindings={"selectors.trial": "trial"},
    )
    state = loaded(Scene(fields=[field], views=[view]))
    adapter = shown(state, "p", qtbot)
    first = series_color(0, 2)
    image = grab(adapter.widget)
    keep(adapter.widget, "line_plot_selector_trial_0")
    assert near(image, *adapter.data_to_widget(25.0, -50.0), first)
    assert not near(image, *adapter.data_to_widget(25.0, 10.0), first)

    adapter.apply(state.set_frontend_state("trial", 1))
    image = settled(qtbot, lambda: grab(adapter.widget))
    keep(adapter.widget, "line_plot_selector_trial_1")
    assert near(image, *adapter.data_to_widget(25.0, 10.0), first)
    assert not near(image, *adapter.data_to_widget(25.0, -50.0), first)
    np.testing.assert_array_equal(adapter.traces.y, values[1])

    # a selector beyond its axis draws no line and says why (§8.3.4)
    adapter.apply(state.set_frontend_state("trial", 2))
    image = grab(adapter.widget)
    keep(adapter.widget, "line_plot_selector_out_of_range")
    assert not near(image, *adapter.data_to_widget(25.0, 10.0), first)
    assert adapter.traces.y.size == 0 and "outside its 2 entries" in adapter.message.toPlainText()
    assert not adapter.legend.isVisible()
    qtbot.waitUntil(lambda: adapter.plot.vb.width() > 0.8 * adapter.widget.width(), timeout=5000)


@pytest.mark.timeout(60)
def test_the_rolling_window_shows_only_the_last_stretch_of_x(qtbot) -> None:
    state = loaded(traces_scene(n=400, rolling_window=50.0))  # 0 .. 199.5 ms
    adapter = shown(state, "p", qtbot)
    keep(adapter.widget, "line_plot_rolling_window")
    assert adapter.traces.x[0] >= 149.5 and adapter.traces.x[-1] == pytest.approx(199.5)
    low, high = adapter.plot.vb.viewRange()[0]
    assert (low, high) == pytest.approx((149.5, 199.5))

    t_new = 200.0 + np.arange(40) * 0.5
    adapter.apply(
        state.apply(
            FieldAppend(field_id="v", append_dim="time", values=np.zeros((3, 40), np.float32), coord_values=t_new)
        )
    )
    assert adapter.traces.x[0] >= 169.5 and adapter.plot.vb.viewRange()[0] == pytest.approx([169.5, 219.5])


@pytest.mark.timeout(60)
def test_a_rolling_window_wider_than_the_data_shows_the_data_not_negative_time(qtbot) -> None:
    state = loaded(traces_scene(n=40, rolling_window=200.0))  # 0 .. 19.5 ms
    adapter = shown(state, "p", qtbot)
    assert adapter.plot.vb.viewRange()[0] == pytest.approx([0.0, 19.5])


@pytest.mark.timeout(60)
def test_y_limits_come_from_the_shown_samples_when_absent(qtbot) -> None:
    """§8.3.4: the finite extremes of the shown series inside the rolling window, padded 4 % each side."""
    from scenewire.frontend.views.trace_data import padded_range

    state = loaded(traces_scene(y_limits=None, rolling_window=20.0))
    adapter = shown(state, "p", qtbot)
    assert adapter.plot.vb.viewRange()[1] == pytest.approx(padded_range(-75.0, -65.0))
    values = np.linspace(-90, 30, 300, dtype=np.float32).reshape(3, 100)
    values[0, 99] = np.nan  # NaN is not data: the soma's finite samples end at -54.3 mV
    adapter.apply(state.apply(FieldReplace(field_id="v", values=values)))
    shown_values = values[:, -41:]  # the last 20 ms of 0.5 ms samples
    expected = padded_range(float(np.nanmin(shown_values)), float(np.nanmax(shown_values)))
    assert adapter.plot.vb.viewRange()[1] == pytest.approx(expected)  # -90 (outside the window) left out
    adapter.apply(state.apply(FieldReplace(field_id="v", values=np.full((3, 100), np.nan, np.float32))))
    assert adapter.plot.vb.viewRange()[1] == pytest.approx((0.0, 1.0))
    adapter.apply(state.apply(FieldReplace(field_id="v", values=np.full((3, 100), -65.0, np.float32))))
    assert adapter.plot.vb.viewRange()[1] == pytest.approx(padded_range(-68.25, -61.75))
    adapter.view.bindings["series_dim"] = "nowhere"  # no line drawn: [0, 1] as well
    state.frontend_state["nowhere"] = "depth"
    adapter.refresh()
    assert adapter.message is not None and adapter.plot.vb.viewRange()[1] == pytest.approx((0.0, 1.0))


@pytest.mark.timeout(60)
def test_streamed_appends_draw_what_a_full_decimation_of_the_same_data_draws(qtbot) -> None:
    """The adapter decimates only new samples; what it hands the curves is what decimating
    the whole window would give, through trims, a rolling window and a selector change."""
    from scenewire.frontend.views.trace_data import decimate_buckets, select_traces, window_start

    t = np.arange(4_000) * 0.5
    rng = np.random.default_rng(2)
    field = Field(
        id="v",
        values=rng.standard_normal((2, 6, t.size)).astype(np.float32),
        dims=["trial", "cell", "time"],
        coords={"time": t},
    )
    view = LinePlotView(
        id="p", field_id="v", x_dim="time", series_dim="cell", rolling_window=1_500.0, bindings={"selectors.trial": "k"}
    )
    state = loaded(Scene(fields=[field], views=[view]))
    adapter = shown(state, "p", qtbot)
    assert adapter.decimator.size > 1
    now = float(t[-1])
    for tick in range(120):
        k = int(rng.choice([1, 1, 2, 5, 30]))
        times = now + 0.5 * (1 + np.arange(k))
        now = float(times[-1])
        update = FieldAppend(
            field_id="v",
            append_dim="time",
            values=rng.standard_normal((2, 6, k)).astype(np.float32),
            coord_values=times,
            max_length=4_000,
        )
        adapter.apply(state.apply(update))
        if tick == 60:
            adapter.apply(state.set_frontend_state("k", 1))
        traces = select_traces(state.field("v"), "time", "cell", state.selectors("p"))
        start = window_start(traces.x, 1_500.0)
        dx, dy = decimate_buckets(traces.x[start:], traces.y[:, start:], adapter.decimator.size, adapter.decimator.base)
        np.testing.assert_array_equal(adapter.traces.x, dx)
        np.testing.assert_array_equal(adapter.traces.y, dy)
        np.testing.assert_array_equal(adapter.curves[3].yData, dy[3])
    assert adapter.decimator.rebuilds <= 3  # the first draw, the selector, perhaps a resize


@pytest.mark.timeout(60)
def test_an_update_of_another_field_redraws_nothing(qtbot) -> None:
    scene = traces_scene()
    scene.fields.append(Field(id="other", values=np.zeros(3), dims=["k"]))
    state = loaded(Scene(fields=scene.fields, views=scene.views))
    adapter = shown(state, "p", qtbot)
    drawn = adapter.traces
    adapter.apply(state.apply(FieldReplace(field_id="other", values=np.ones(3))))
    assert adapter.traces is drawn


@pytest.mark.timeout(60)
def test_a_missing_dim_is_written_in_the_plot_not_raised(qtbot) -> None:
    state = loaded(traces_scene(x_dim="time"))
    adapter = shown(state, "p", qtbot)
    values = np.zeros((3, 4), dtype=np.float32)
    adapter.apply(state.apply(FieldReplace(field_id="v", values=values)))
    assert adapter.message is None
    state.frontend_state["bad"] = "nowhere"  # a binding the session may set to a dim the field lacks
    adapter.view.bindings["x_dim"] = "bad"
    adapter.refresh()
    assert adapter.message is not None and "nowhere" in adapter.message.toPlainText()


@pytest.mark.timeout(60)
def test_fifty_series_keep_a_short_legend_and_most_of_the_width_for_data(qtbot) -> None:
    from scenewire.frontend.views.line_plot import LEGEND_ROWS

    t = np.arange(200) * 0.5
    values = np.sin(t[None, :] / 10 + np.arange(50)[:, None]).astype(np.float32) * 20 - 60
    field = Field(id="v", values=values, dims=["cell", "time"], coords={"time": t}, unit="mV")
    view = LinePlotView(id="p", field_id="v", x_dim="time", series_dim="cell", x_unit="ms")
    adapter = shown(loaded(Scene(fields=[field], views=[view])), "p", qtbot, size=(800, 420))
    keep(adapter.widget, "line_plot_fifty_series")
    labels = [label.text for _, label in adapter.legend.items]
    assert len(labels) == LEGEND_ROWS and labels[-1] == f"+ {50 - LEGEND_ROWS + 1} more"
    assert len(adapter.curves) == 50
    assert adapter.plot.vb.width() > 0.6 * adapter.widget.width()


@pytest.mark.timeout(60)
def test_equal_y_limits_still_show_the_line(qtbot) -> None:
    state = loaded(traces_scene(y_limits=(-65.0, -65.0)))
    adapter = shown(state, "p", qtbot)
    low, high = adapter.plot.vb.viewRange()[1]
    assert low < -65.0 < high


@pytest.mark.timeout(60)
def test_a_new_scene_without_the_view_leaves_the_adapter_quiet(qtbot) -> None:
    state = loaded(traces_scene())
    adapter = shown(state, "p", qtbot)
    changes = state.apply(SceneReady(scene=Scene(fields=[], views=[])))
    adapter.apply(changes)  # the window closes it next; until then it must not raise
    assert len(adapter.curves) == 3
