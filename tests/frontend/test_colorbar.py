"""The colour bar beside the morphology and surface views: its colours, labels, and when it redraws."""

from __future__ import annotations

import numpy as np
import pytest

from scenewire.protocol import FieldReplace, ScenePatch, SceneReady
from scenewire.scene import Field, GridGeometry, MorphologyGeometry, MorphologyView, Scene, SurfaceView, colormaps
from scenewire.state.scene_state import SceneState

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture(autouse=True)
def collect_canvases():
    """Free closed canvases between tests, not in the middle of a later test's Qt event."""
    yield
    import gc

    gc.collect()


N = 3
LIMITS = (-80.0, 40.0)


def morphology_scene() -> Scene:
    cell = MorphologyGeometry(
        id="cell",
        positions=np.array([[i * 12.0, 0.0, 0.0] for i in range(N)]),
        orientations=np.tile(np.array([[0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [1.0, 0.0, 0.0]]), (N, 1, 1)),
        radii=np.full(N, 4.0), lengths=np.full(N, 10.0), xlocs=np.full(N, 0.5),
        entity_ids=["soma", "dend", "axon"], section_names=["soma", "dend", "axon"],
    )
    v = Field(id="v", values=np.full((N, 2), -65.0, np.float32), dims=["segment", "time"], unit="mV")
    view = MorphologyView(id="m", geometry_id="cell", color_field_id="v", colormap="viridis", color_limits=LIMITS)
    return Scene(fields=[v], geometries=[cell], views=[view])


def built(kind: str, view_id: str, state: SceneState):
    from vispy import scene

    from scenewire.frontend.views.registry import adapter_for

    canvas = scene.SceneCanvas(keys=None, size=(400, 300), show=True, bgcolor="black")
    viewbox = canvas.central_widget.add_view()
    adapter = adapter_for(kind)(view_id, state, [].append)
    adapter.build(viewbox)
    return canvas, adapter


def bar_ends(canvas, bar) -> tuple[np.ndarray, np.ndarray]:
    """The rendered RGB of the bar's bottom (low) and top (high) pixel rows, at the bar's middle."""
    image = canvas.render()
    x, top, width, height = bar.bar_rect()
    to_canvas = bar.node_transform(canvas.scene)
    ends = []
    for y in (top + height - 0.5, top + 0.5):  # pixel centres
        p = to_canvas.map(np.array([[x + width / 2, y]]))[0]
        ends.append(image[int(np.floor(p[1])), int(np.floor(p[0])), :3].astype(int))
    return ends[0], ends[1]


def expected(name: str, limits: tuple[float, float]) -> tuple[np.ndarray, np.ndarray]:
    rgba = colormaps.map_values(np.array(limits, dtype=float), name, limits)
    return np.round(rgba[0, :3] * 255), np.round(rgba[1, :3] * 255)


def test_the_morphology_colour_bar_shows_the_colormap_at_its_limits_and_the_unit() -> None:
    state = SceneState()
    state.apply(SceneReady(scene=morphology_scene()))
    canvas, adapter = built("morphology", "m", state)
    bar = adapter.colorbar
    assert bar.visible and bar.labels == ("-80", "40", "mV")
    low, high = bar_ends(canvas, bar)
    want_low, want_high = expected("viridis", LIMITS)
    assert np.abs(low - want_low).max() <= 3
    assert np.abs(high - want_high).max() <= 3
    # new values within the same limits: the bar stays as it is
    redraws = bar.redraws
    adapter.apply(state.apply(FieldReplace(field_id="v", values=np.full((N, 2), 10.0, np.float32))))
    assert bar.redraws == redraws
    # new limits and colour map: the bar follows, the geometry is not rebuilt
    visual = adapter.visual
    adapter.apply(state.apply(ScenePatch(view_updates={"m": {"color_limits": [-70.0, 30.5], "colormap": "hot"}})))
    assert adapter.visual is visual
    assert bar.labels == ("-70", "30.5", "mV")
    low, high = bar_ends(canvas, bar)
    want_low, want_high = expected("hot", (-70.0, 30.5))
    assert np.abs(low - want_low).max() <= 3
    assert np.abs(high - want_high).max() <= 3
    assert adapter.viewbox.size[0] == 400 - bar.size[0] > 0
    # no colour field: no bar, and the view takes its room
    adapter.apply(state.apply(ScenePatch(view_updates={"m": {"color_field_id": None}})))
    canvas.render()
    assert not bar.visible
    assert adapter.viewbox.size[0] == 400
    adapter.close()
    canvas.close()


def test_the_surface_colour_bar_takes_its_limits_from_the_data_when_the_view_sets_none() -> None:
    coords = {"row": np.linspace(-1, 1, 5), "col": np.linspace(-1, 1, 6)}
    grid = GridGeometry(id="g", dims=["row", "col"], coords=coords)
    height = Field(id="h", values=np.linspace(-2.0, 3.0, 30).reshape(5, 6), dims=["row", "col"], unit="um")
    view = SurfaceView(id="s", grid_id="g", height_field_id="h", colormap="coolwarm", shading="none",
                       show_axes=False)
    state = SceneState()
    state.apply(SceneReady(scene=Scene(fields=[height], geometries=[grid], views=[view])))
    canvas, adapter = built("surface", "s", state)
    bar = adapter.colorbar
    limits = colormaps.data_limits(height.values)
    assert bar.labels == (f"{limits[0]:.4g}", f"{limits[1]:.4g}", "um")
    low, high = bar_ends(canvas, bar)
    want_low, want_high = expected("coolwarm", limits)
    assert np.abs(low - want_low).max() <= 3
    assert np.abs(high - want_high).max() <= 3
    adapter.apply(state.apply(FieldReplace(field_id="h", values=np.full((5, 6), 7.0))))
    assert bar.labels[1] == f"{colormaps.data_limits(np.full((5, 6), 7.0))[1]:.4g}"
    adapter.close()
    canvas.close()
