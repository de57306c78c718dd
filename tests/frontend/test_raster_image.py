"""The raster and image adapters (§8.3.6, §8.3.7) in a real window: spikes where they fell, image colours of §8.13."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from scenewire.demos.spikes import PoissonRasterSession, SpikeSheetSession
from scenewire.protocol import FieldAppend, FieldReplace, ScenePatch, SceneReady
from scenewire.scene import Field, ImageView, RasterView, Scene, colormaps
from scenewire.state.scene_state import SceneState

from .grabs import grab, keep, near, settled


def shown(adapter_cls: Any, view_id: str, scene: Scene, qtbot, size: tuple[int, int] = (560, 400)) -> Any:
    from PyQt6.QtWidgets import QVBoxLayout, QWidget

    state = SceneState()
    state.apply(SceneReady(scene=scene))
    holder = QWidget()
    QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
    qtbot.addWidget(holder)
    holder.resize(*size)
    adapter = adapter_cls(view_id, state, [].append)
    adapter.build(holder)
    holder.show()
    qtbot.waitExposed(holder)
    adapter.holder = holder
    return adapter


def apply(adapter: Any, update: Any) -> None:
    adapter.apply(adapter.state.apply(update))


def raster_scene(**view: Any) -> Scene:
    props: dict[str, Any] = dict(
        id="r", field_id="spikes", event_dim="spike", unit_count=10, time_unit="ms", unit_label="neuron",
        rolling_window=100.0,
    )
    props.update(view)
    field = Field(id="spikes", values=np.zeros(0, np.int32), dims=["spike"], coords={"spike": np.zeros(0)})
    return Scene(fields=[field], views=[RasterView(**props)])


@pytest.mark.timeout(60)
def test_a_raster_draws_a_tick_where_each_spike_fell_and_scrolls_its_window(qtbot) -> None:
    from scenewire.frontend.views.raster import RasterAdapter

    adapter = shown(RasterAdapter, "r", raster_scene(), qtbot)
    apply(adapter, FieldAppend(field_id="spikes", append_dim="spike", values=np.array([2, 7, 4], np.int32),
                               coord_values=np.array([10.0, 20.0, 50.0])))
    image = settled(qtbot, lambda: grab(adapter.widget))
    keep(adapter.widget, "raster_ticks")
    for t, unit in ((10.0, 2), (20.0, 7), (50.0, 4)):
        assert near(image, *adapter.data_to_widget(t, unit), (20, 20, 20), radius=1), (t, unit)
    assert not near(image, *adapter.data_to_widget(20.0, 2), (20, 20, 20), radius=1)  # no tick where none fell
    assert adapter.plot.getAxis("bottom").labelText == "time (ms)"
    assert adapter.plot.getAxis("left").labelText == "neuron"
    # 200 ms later the 100 ms window has moved past the first three spikes
    apply(adapter, FieldAppend(field_id="spikes", append_dim="spike", values=np.array([5], np.int32),
                               coord_values=np.array([250.0])))
    assert adapter.shown == 1
    image = settled(qtbot, lambda: grab(adapter.widget))
    assert near(image, *adapter.data_to_widget(250.0, 5), (20, 20, 20), radius=1)


@pytest.mark.timeout(60)
def test_a_raster_patched_to_dots_draws_dots(qtbot) -> None:
    from scenewire.frontend.views.raster import DOT_COLOR, RasterAdapter

    adapter = shown(RasterAdapter, "r", raster_scene(), qtbot)
    apply(adapter, FieldAppend(field_id="spikes", append_dim="spike", values=np.array([3], np.int32),
                               coord_values=np.array([40.0])))
    apply(adapter, ScenePatch(view_updates={"r": {"marker": "dot"}}))
    image = settled(qtbot, lambda: grab(adapter.widget))
    assert near(image, *adapter.data_to_widget(40.0, 3), DOT_COLOR, radius=1)


@pytest.mark.timeout(60)
def test_a_raster_draws_at_most_its_bound_and_says_how_many_it_left_out(qtbot, monkeypatch) -> None:
    from scenewire.frontend.views import raster

    monkeypatch.setattr(raster, "MAX_RASTER_EVENTS", 5)
    adapter = shown(raster.RasterAdapter, "r", raster_scene(rolling_window=None), qtbot)
    apply(adapter, FieldAppend(field_id="spikes", append_dim="spike", values=np.arange(8, dtype=np.int32),
                               coord_values=np.arange(8, dtype=np.float64)))
    assert adapter.shown == 5 and adapter.left_out == 3
    assert "3 older events" in adapter.message_text


@pytest.mark.timeout(120)
def test_the_poisson_demos_raster_shows_10000_units(qtbot) -> None:
    from scenewire.frontend.views.raster import RasterAdapter

    session = PoissonRasterSession(units=10_000, rate_hz=10.0, tick_ms=10.0)
    adapter = shown(RasterAdapter, "raster", session.initialize(), qtbot, size=(800, 500))
    for _ in range(100):  # 1 s of model time, about 100 000 spikes
        session.advance()
        for update in session.read_updates():
            apply(adapter, update)
    assert 90_000 < adapter.shown < 110_000
    image = settled(qtbot, lambda: grab(adapter.widget))
    keep(adapter.widget, "raster_poisson_10000")
    plot_area = image[60:-60, 80:-40]
    assert (plot_area.sum(axis=-1) < 200).mean() > 0.2  # dense black ticks across the plot


def image_scene(**view: Any) -> Scene:
    values = np.array([[0.0, 1.0, 2.0], [3.0, 4.0, np.nan]], np.float32)  # rows are y
    props: dict[str, Any] = dict(
        id="i", field_id="v", x_dim="x", y_dim="y", colormap="viridis", color_limits=(0.0, 4.0),
        x_unit="mm", y_unit="mm", value_label="V", value_unit="mV",
    )
    props.update(view)
    field = Field(id="v", values=values, dims=["y", "x"], coords={"x": np.array([0.0, 1.0, 2.0]), "y": np.array([0.0, 10.0])})
    return Scene(fields=[field], views=[ImageView(**props)])


def colour(value: float, name: str, limits: tuple[float, float]) -> tuple[int, int, int]:
    rgb = np.clip(colormaps.map_values(np.array([value]), name, limits)[0, :3], 0, 1) * 255
    return tuple(int(c) for c in rgb.astype(np.ubyte))


@pytest.mark.timeout(60)
def test_an_image_paints_each_pixel_in_its_values_colour_and_updates_in_place(qtbot) -> None:
    from scenewire.frontend.views.image import ImageAdapter

    adapter = shown(ImageAdapter, "i", image_scene(), qtbot)
    image = settled(qtbot, lambda: grab(adapter.widget))
    keep(adapter.widget, "image_small")
    for (x, y), value in {(0.0, 0.0): 0.0, (2.0, 0.0): 2.0, (1.0, 10.0): 4.0}.items():
        assert near(image, *adapter.data_to_widget(x, y), colour(value, "viridis", (0, 4)), radius=1, tol=6), (x, y)
    nan = tuple(int(c * 255) for c in colormaps.NAN_COLOR[:3])
    assert near(image, *adapter.data_to_widget(2.0, 10.0), nan, radius=1, tol=6)
    assert adapter.plot.getAxis("bottom").labelText == "x (mm)"
    assert adapter.colorbar.axis.labelText == "V (mV)"
    item = adapter.image
    apply(adapter, FieldReplace(field_id="v", values=np.full((2, 3), 4.0, np.float32)))
    assert adapter.image is item  # in place
    image = settled(qtbot, lambda: grab(adapter.widget))
    assert near(image, *adapter.data_to_widget(0.0, 0.0), colour(4.0, "viridis", (0, 4)), radius=1, tol=6)
    apply(adapter, ScenePatch(view_updates={"i": {"colormap": "magma"}}))
    image = settled(qtbot, lambda: grab(adapter.widget))
    assert near(image, *adapter.data_to_widget(0.0, 0.0), colour(4.0, "magma", (0, 4)), radius=1, tol=6)


@pytest.mark.timeout(120)
def test_the_spike_sheet_demo_shows_its_raster_and_voltage_image(qtbot) -> None:
    from scenewire.frontend.views.image import ImageAdapter
    from scenewire.frontend.views.raster import RasterAdapter

    session = SpikeSheetSession()
    scene = session.initialize()
    raster = shown(RasterAdapter, "raster", scene, qtbot, size=(640, 420))
    sheet = shown(ImageAdapter, "sheet", scene, qtbot, size=(520, 420))
    for _ in range(300):
        session.advance()
        for update in session.read_updates():
            apply(raster, update)
            apply(sheet, update)
    assert raster.shown > 1000
    settled(qtbot, lambda: grab(raster.widget))
    settled(qtbot, lambda: grab(sheet.widget))
    keep(raster.widget, "spike_sheet_raster")
    keep(sheet.widget, "spike_sheet_voltage")
