"""The surface view adapter on SceneState: placement, colours and in-place updates."""

from __future__ import annotations

import numpy as np
import pytest

from scenewire.protocol import FieldReplace, ScenePatch, SceneReady, StatePatch
from scenewire.scene import Field, GridGeometry, Scene, SurfaceView, colormaps
from scenewire.scene.state import SceneState

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
