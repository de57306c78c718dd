"""The surface view adapter on SceneState: placement, colours and in-place updates."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from scenewire.protocol import FieldReplace, ScenePatch, SceneReady, StatePatch
from scenewire.scene import Field, GridGeometry, Scene, SurfaceView, colormaps
from scenewire.state.scene_state import SceneState

pytestmark = pytest.mark.usefixtures("qapp")

ROWS, COLS = 11, 21


@pytest.fixture(autouse=True)
def collect_canvases():
    """Free closed canvases between tests, not in the middle of a later test's Qt event."""
    yield
    import gc

    gc.collect()


def surface_scene() -> Scene:
    grid = GridGeometry(id="g", dims=["row", "col"],
                        coords={"row": np.linspace(-1.0, 1.0, ROWS), "col": np.linspace(-1.0, 1.0, COLS)})
    # a trace field over the grid: the newest time is drawn
    height = Field(id="h", values=np.zeros((COLS, ROWS, 2)), dims=["col", "row", "time"], unit="mV")
    view = SurfaceView(id="s", grid_id="g", height_field_id="h", colormap="viridis", color_limits=(0.0, 1.0),
                       shading="none", show_axes=False)
    return Scene(fields=[height], geometries=[grid], views=[view])


def test_a_field_replace_recolours_and_raises_the_surface_where_it_changed() -> None:
    from vispy import scene

    from scenewire.frontend.views.registry import adapter_for

    state = SceneState()
    state.apply(SceneReady(scene=surface_scene()))
    canvas = scene.SceneCanvas(keys=None, size=(400, 300), show=True, bgcolor="black")
    viewbox = canvas.central_widget.add_view()
    adapter = adapter_for("surface")("s", state, [].append)
    adapter.build(viewbox)
    viewbox.camera.elevation = 90  # from above, +x right, -z up the screen (§8.14)

    def at(x: float, z: float, image) -> np.ndarray:
        p = viewbox.scene.node_transform(canvas.scene).map(np.array([[x, 0.0, z]]))
        col, row = np.round(p[0, :2] / p[0, 3]).astype(int)
        return image[row, col, :3].astype(int)

    before = canvas.render()
    low = np.round(colormaps.map_values(np.array([0.0]), "viridis", (0.0, 1.0))[0, :3] * 255)
    high = np.round(colormaps.map_values(np.array([1.0]), "viridis", (0.0, 1.0))[0, :3] * 255)
    assert np.abs(at(0.8, 0.5, before) - low).max() <= 3
    values = np.zeros((COLS, ROWS, 2))
    values[15:, :, 1] = 1.0  # the last columns (+x), newest time
    changes = state.apply(FieldReplace(field_id="h", values=values))
    assert adapter.touched(changes)
    visual = adapter.visual
    adapter.apply(changes)
    assert adapter.visual is visual  # updated in place, not rebuilt
    after = canvas.render()
    assert np.abs(at(0.8, 0.5, after) - high).max() <= 3
    assert np.abs(at(-0.6, 0.5, after) - low).max() <= 3
    assert adapter.visual.height_range == (0.0, 1.0)  # heights drawn 1:1 along +y
    # a scene_patch of the colour map recolours without new data
    adapter.apply(state.apply(ScenePatch(view_updates={"s": {"colormap": "hot"}})))
    hot = np.round(colormaps.map_values(np.array([1.0]), "hot", (0.0, 1.0))[0, :3] * 255)
    assert np.abs(at(0.8, 0.5, canvas.render()) - hot).max() <= 3
    adapter.close()
    canvas.close()


def test_a_click_on_the_surface_sets_the_picked_grid_point_as_frontend_state_for_a_bound_line_plot() -> None:
    from vispy import scene

    from scenewire.frontend.views.registry import adapter_for
    from scenewire.scene import LinePlotView

    base = surface_scene()
    # the slice the scene asks for: a line plot along the columns at the row picked on the surface
    plot = LinePlotView(id="p", field_id="h", x_dim="col", selectors={"row": 0, "time": 1},
                        bindings={"selectors.row": "s.row"})
    state = SceneState()
    state.apply(SceneReady(scene=Scene(fields=base.fields, geometries=base.geometries, views=[*base.views, plot])))
    canvas = scene.SceneCanvas(keys=None, size=(400, 300), show=True, bgcolor="black")
    viewbox = canvas.central_widget.add_view()
    adapter = adapter_for("surface")("s", state, [].append)
    seen = []
    adapter.state_changed = seen.append
    adapter.build(viewbox)
    canvas.render()
    # grid point (row 8, col 15) is at x = cols[15], z = rows[8]
    x, z = np.linspace(-1.0, 1.0, COLS)[15], np.linspace(-1.0, 1.0, ROWS)[8]
    p = viewbox.scene.node_transform(canvas.scene).map(np.array([[x, 0.0, z]]))
    assert adapter.click(*(p[0, :2] / p[0, 3])) == (8, 15)
    assert state.frontend_state["s.row"] == 8 and state.frontend_state["s.col"] == 15
    assert state.selectors("p")["row"] == 8
    assert seen and "p" in seen[0].views  # the window passes these on: the plot redraws its slice
    assert adapter.marker is not None and adapter.marker.visible
    # a state_patch from the session moves the marker the same way
    changes = state.apply(StatePatch(updates={"s.row": 2, "s.col": 3}))
    assert adapter.touched(changes)
    adapter.apply(changes)
    assert adapter.picked() == (2, 3)
    adapter.close()
    canvas.close()


def bump_scene() -> Scene:
    """A flat grid with one raised column band in the middle: 0.25 high, the rest 0."""
    grid = GridGeometry(id="g", dims=["row", "col"],
                        coords={"row": np.linspace(-1.0, 1.0, ROWS), "col": np.linspace(-1.0, 1.0, COLS)})
    values = np.zeros((ROWS, COLS))
    values[:, 9:12] = 0.25
    height = Field(id="h", values=values, dims=["row", "col"], unit="mm")
    view = SurfaceView(id="s", grid_id="g", height_field_id="h", colormap="viridis", color_limits=(0.0, 0.25),
                       shading="none", show_axes=True)
    return Scene(fields=[height], geometries=[grid], views=[view])


def surface_top_px(image: np.ndarray, column: int) -> int:
    """The highest (smallest) pixel row in ``column`` that the surface covers (the background is black)."""
    lit = np.nonzero(image[40:, column, :3].max(axis=1) > 30)[0]  # below the corner's text
    return 40 + int(lit.min())


def test_page_up_and_down_exaggerate_the_heights_in_place_and_home_returns_to_one_to_one() -> None:
    from vispy import scene

    from scenewire.frontend.views.registry import adapter_for

    state = SceneState()
    state.apply(SceneReady(scene=bump_scene()))
    canvas = scene.SceneCanvas(keys=None, size=(400, 300), show=True, bgcolor="black")
    viewbox = canvas.central_widget.add_view()
    adapter = adapter_for("surface")("s", state, [].append)
    adapter.build(viewbox)
    camera = viewbox.camera
    camera.elevation, camera.azimuth = 0.0, 0.0  # level, along the band: its side wall faces the camera
    camera.set_default_state()
    visual = adapter.visual

    def key(name: str) -> np.ndarray:
        canvas.events.key_press(key=name, text="", modifiers=())
        return canvas.render()

    def on_screen(point: Any) -> np.ndarray:
        p = viewbox.scene.node_transform(canvas.scene).map(np.append(np.ravel(point), 1.0)[None, :])[0]
        return p[:2] / p[3]

    middle = int(np.round(on_screen([0.0, 0.0, 0.0])[0]))
    floor = on_screen([0.0, 0.0, 0.0])[1]

    def drawn_rise(image: np.ndarray) -> float:
        """How far above the floor the band's top is drawn, in pixels, measured in the picture."""
        return floor - surface_top_px(image, middle)

    def expected_rise(factor: float) -> float:
        """Where the band's top edge nearest the camera projects (either side of the band may face it)."""
        return floor - min(on_screen([x, 0.25 * factor, 0.0])[1] for x in (-0.1, 0.1))

    first = canvas.render()
    assert drawn_rise(first) > 10 and drawn_rise(first) == pytest.approx(expected_rise(1.0), abs=2)
    assert "1:1" in adapter.scale_label.text
    height_label = adapter.axes[2].text
    assert height_label == "h (mm) 0..0.25"

    doubled = key("PageUp")
    assert adapter.exaggeration == 2.0 and "\u00d72" in adapter.scale_label.text
    assert adapter.visual is visual  # heights re-uploaded in place, no new geometry
    assert drawn_rise(doubled) == pytest.approx(expected_rise(2.0), abs=2)
    assert drawn_rise(doubled) > 1.6 * drawn_rise(first)
    assert adapter.axes[2].text == height_label  # the axis keeps the field's own values
    assert np.ravel(adapter.axes[2].pos)[1] == pytest.approx(0.5)  # its line ends at the drawn top

    key("PageDown")
    halved = key("PageDown")
    assert adapter.exaggeration == 0.5 and "\u00d71/2" in adapter.scale_label.text
    assert drawn_rise(halved) == pytest.approx(expected_rise(0.5), abs=2)
    assert drawn_rise(halved) < 0.7 * drawn_rise(first)

    for _ in range(40):  # clamped: a held key cannot push it out of range
        canvas.events.key_press(key="PageUp", text="", modifiers=())
    assert adapter.exaggeration == 1024.0

    camera.elevation = 45.0  # the person turned the view as well
    back = key("Home")
    assert adapter.exaggeration == 1.0 and "1:1" in adapter.scale_label.text
    assert camera.elevation == 0.0
    assert np.abs(back.astype(int) - first.astype(int)).max() <= 2  # the first picture again
    adapter.close()
    canvas.close()
