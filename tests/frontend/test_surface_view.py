"""The surface view adapter on SceneState: placement, colours and in-place updates."""

from __future__ import annotations

import numpy as np
import pytest

from scenewire.protocol import FieldReplace, ScenePatch, SceneReady
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
