"""The window's per-view choices (issue 19): colour map and limits from the menu and keys, Home, PNG and SVG.

Also 1.1's session-set defaults as pixels: a surface's ``height_scale`` and a
3-D view's initial ``camera`` (§8.14 rules 5, 6), and the status bar's time
with the scene's ``time_unit`` (§8.12).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from scenewire import BufferedSession
from scenewire.protocol import SceneReady, StatePatch
from scenewire.scene import (
    Camera,
    Field,
    GridGeometry,
    ImageView,
    LinePlotView,
    RasterView,
    Scene,
    SurfaceView,
    colormaps,
)
from scenewire.state.scene_state import SceneState

from .grabs import grab, keep, settled

SHEET = np.linspace(0.0, 1.0, 8 * 6).reshape(6, 8)  # rows along y, 0 at the bottom left, 1 at the top right


class ViewsSession(BufferedSession):
    """An image (viridis, limits 0..1), a line plot, a raster; a clock in ms from the first tick on."""

    def initialize(self) -> Scene:
        self.t = 0.0
        times = np.array([0.5, 1.0, 2.5, 3.0])
        return Scene(
            fields=[
                Field(id="sheet", values=SHEET.copy(), dims=["y", "x"], unit="mV"),
                Field(id="trace", values=np.sin(np.linspace(0, 6, 50))[:, None], dims=["time", "probe"]),
                Field(id="spikes", values=np.array([0, 3, 1, 2], np.int32), dims=["spike"], coords={"spike": times}),
            ],
            views=[
                ImageView(
                    id="img",
                    field_id="sheet",
                    x_dim="x",
                    y_dim="y",
                    colormap="viridis",
                    color_limits=(0.0, 1.0),
                    x_unit="µm",
                    y_unit="µm",
                ),
                LinePlotView(id="plot", field_id="trace", x_dim="time", series_dim="probe", y_label="v", y_unit="mV"),
                RasterView(id="raster", field_id="spikes", event_dim="spike", unit_count=4, unit_label="neuron"),
            ],
            time_unit="ms",
        )

    def is_live(self) -> bool:
        return self.t < 170.0

    def advance(self) -> None:
        self.t += 85.0
        self.emit(StatePatch(updates={"clock": self.t}))  # a tick is marked on its last update (§7.12)

    def sim_time(self) -> float:
        return self.t


@pytest.fixture
def window(qtbot) -> Any:
    from scenewire.frontend.app import AppSpec
    from scenewire.frontend.window import VispyFrontendWindow
    from scenewire.transports.pipe import PipeTransport

    win = VispyFrontendWindow(AppSpec(transport=PipeTransport(ViewsSession, use_process=False)))
    qtbot.addWidget(win)
    win.resize(1300, 480)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: {"panel:img", "panel:plot", "panel:raster"} <= set(win.frames), timeout=20_000)
    yield win
    win.shutdown()


def adapter_of(win: Any, view_id: str) -> Any:
    return win.frames[f"panel:{view_id}"].body.adapters[view_id]


def image_pixel(qtbot: Any, win: Any, value_xy: tuple[int, int]) -> np.ndarray:
    """The colour drawn for sheet pixel (x, y), read from the image view's widget once it is drawn."""
    img = adapter_of(win, "img")
    x, y = img.data_to_widget(value_xy[0], value_xy[1])
    picture = settled(qtbot, lambda: grab(img.widget))
    return picture[round(y), round(x)].astype(int)


def expected(value: float, cmap: str, limits: tuple[float, float]) -> np.ndarray:
    return (np.asarray(colormaps.map_values(np.array([value]), cmap, limits))[0, :3] * 255).round().astype(int)


def test_the_menu_changes_the_colour_map_and_limits_and_home_restores_the_sessions(window, qtbot) -> None:
    from PyQt6.QtCore import Qt
    from PyQt6.QtTest import QTest

    controls, img = window.view_controls, adapter_of(window, "img")
    value = SHEET[3, 5]
    assert np.abs(image_pixel(qtbot, window, (5, 3)) - expected(value, "viridis", (0.0, 1.0))).max() <= 3

    menu = controls.menu_for("img")
    assert controls.action(menu, "Colour map", "viridis").isChecked()
    controls.action(menu, "Colour map", "hot").trigger()
    assert np.abs(image_pixel(qtbot, window, (5, 3)) - expected(value, "hot", (0.0, 1.0))).max() <= 3
    keep(window, "view_menu_hot")

    controls.set_limits("img", (0.0, 2.0))  # the "Set low and high…" dialog's result, without the dialog
    assert np.abs(image_pixel(qtbot, window, (5, 3)) - expected(value, "hot", (0.0, 2.0))).max() <= 3
    assert img.colorbar.levels() == (0.0, 2.0)
    assert window.state.view("img").colormap == "viridis"  # the session's values are untouched

    host = window.frames["panel:img"].body.hosts["img"]
    QTest.keyClick(img.widget.viewport(), Qt.Key.Key_Home)
    assert img.overrides == {}
    assert np.abs(image_pixel(qtbot, window, (5, 3)) - expected(value, "viridis", (0.0, 1.0))).max() <= 3
    assert controls.view_at(host) == "img"


def test_keys_cycle_the_map_and_fix_the_limits_of_the_view_with_colours(window, qtbot) -> None:
    from PyQt6.QtCore import Qt
    from PyQt6.QtTest import QTest

    img = adapter_of(window, "img")
    QTest.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    following = colormaps.resolve(list(colormaps.COLORMAPS)[list(colormaps.COLORMAPS).index("viridis") + 1])
    assert img.overrides["colormap"] == following
    assert np.abs(image_pixel(qtbot, window, (2, 1)) - expected(SHEET[1, 2], following, (0.0, 1.0))).max() <= 3
    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert img.overrides["color_limits"] == (0.0, 1.0)  # fixed at the range drawn
    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert "color_limits" in img.overrides and img.overrides["color_limits"] is None  # from the data again
    assert img.limits == colormaps.data_limits(SHEET)


def test_a_saved_png_holds_the_views_pixels_and_a_saved_svg_its_axes_and_ticks(window, qtbot, tmp_path: Path) -> None:
    from PyQt6.QtGui import QImage

    controls = window.view_controls
    img = adapter_of(window, "img")
    settled(qtbot, lambda: grab(img.widget))
    png = controls.save("img", tmp_path / "img.png")
    picture = QImage(str(png))  # read back by Qt's PNG reader
    assert not picture.isNull()
    host = window.frames["panel:img"].body.hosts["img"]
    ratio = host.devicePixelRatio()
    assert (picture.width(), picture.height()) == (round(host.width() * ratio), round(host.height() * ratio))
    x, y = (round(v) for v in img.data_to_widget(5, 3))
    offset = img.widget.mapTo(host, img.widget.rect().topLeft())
    colour = picture.pixelColor(round((x + offset.x()) * ratio), round((y + offset.y()) * ratio))
    drawn = np.array([colour.red(), colour.green(), colour.blue()])
    assert np.abs(drawn - expected(SHEET[3, 5], "viridis", (0.0, 1.0))).max() <= 3

    for view_id, label in (("raster", "neuron"), ("plot", "mV")):
        svg = controls.save(view_id, tmp_path / f"{view_id}.svg")
        root = ET.parse(svg).getroot()  # parsed as XML: a real SVG document
        assert root.tag.endswith("svg")
        texts = " ".join("".join(t.itertext()) for t in root.iter() if t.tag.endswith("text"))
        assert label in texts, texts
        paths = [p for p in root.iter() if p.tag.endswith("path") or p.tag.endswith("polyline")]
        assert len(paths) > 3  # axes, ticks and the data are vector strokes
    with pytest.raises(ValueError, match="PNG"):
        controls.save("img", tmp_path / "img.svg")


def test_the_status_bar_shows_the_time_with_the_scenes_unit(window, qtbot) -> None:
    qtbot.waitUntil(lambda: window.status.clock.text() == "t = 170.0 ms", timeout=20_000)
    assert re.fullmatch(r"t = \d+\.\d+ ms", window.status.clock.text())
    keep(window, "view_controls_window")


# -- 1.1's session defaults, as pixels --------------------------------------------------------------------------

ROWS, COLS = 11, 21


def band_scene(**view: Any) -> Scene:
    """A flat grid with a raised band along the rows in its middle, coloured by the column's x."""
    grid = GridGeometry(
        id="g", dims=["row", "col"], coords={"row": np.linspace(-1.0, 1.0, ROWS), "col": np.linspace(-1.0, 1.0, COLS)}
    )
    heights = np.zeros((ROWS, COLS))
    heights[:, 9:12] = 0.25
    xs = np.tile(np.linspace(0.0, 1.0, COLS), (ROWS, 1))
    fields = [Field(id="h", values=heights, dims=["row", "col"]), Field(id="x", values=xs, dims=["row", "col"])]
    surface = SurfaceView(
        id="s",
        grid_id="g",
        height_field_id="h",
        color_field_id="x",
        colormap="grays",
        color_limits=(0.0, 1.0),
        shading="none",
        show_axes=False,
        **view,
    )
    return Scene(fields=fields, geometries=[grid], views=[surface])


def surface_canvas(scene: Scene) -> tuple[Any, Any, Any]:
    from vispy import scene as vscene

    from scenewire.frontend.views.registry import adapter_for

    state = SceneState()
    state.apply(SceneReady(scene=scene))
    canvas = vscene.SceneCanvas(keys=None, size=(400, 300), show=True, bgcolor="black")
    viewbox = canvas.central_widget.add_view()
    adapter = adapter_for("surface")("s", state, [].append)
    adapter.build(viewbox)
    return canvas, viewbox, adapter


def lit_rows(image: np.ndarray, column: int) -> np.ndarray:
    return np.nonzero(image[30:, column, :3].max(axis=1) > 30)[0] + 30


@pytest.mark.usefixtures("qapp")
def test_the_sessions_height_scale_raises_the_surface_and_home_returns_to_it() -> None:
    level = Camera(azimuth=0.0, elevation=0.0)  # from +z, level: the band's face is seen edge on, its rise in pixels
    rises = {}
    for scale in (None, 3.0):
        canvas, viewbox, adapter = surface_canvas(band_scene(height_scale=scale, camera=level))
        viewbox.camera.scale_factor = 3.0  # the same framing for both: only the heights differ
        viewbox.camera.set_default_state()
        picture = canvas.render()
        middle = picture.shape[1] // 2
        rises[scale] = (lit_rows(picture, middle).max() - lit_rows(picture, middle).min(), adapter, canvas, picture)
    assert rises[3.0][1].exaggeration == 3.0 and "\u00d73" in rises[3.0][1].scale_label.text
    assert rises[None][0] > 3 and rises[3.0][0] >= 2.5 * rises[None][0]
    canvas, adapter, first = rises[3.0][2], rises[3.0][1], rises[3.0][3]
    canvas.events.key_press(key="PageUp", text="", modifiers=())
    assert adapter.exaggeration == 6.0
    canvas.events.key_press(key="Home", text="", modifiers=())
    assert adapter.exaggeration == 3.0
    assert np.abs(canvas.render().astype(int) - first.astype(int)).max() <= 2
    for _, a, c, _ in rises.values():
        a.close()
        c.close()


@pytest.mark.usefixtures("qapp")
def test_the_sessions_camera_decides_which_way_the_grid_runs_on_screen() -> None:
    """Looking straight down, azimuth 0 puts +x (the grey ramp) to the right; azimuth 90 puts it down the screen."""
    ramps = {}
    for azimuth in (0.0, 90.0):
        canvas, viewbox, adapter = surface_canvas(band_scene(camera=Camera(azimuth=azimuth, elevation=90.0)))
        assert viewbox.camera.azimuth == azimuth + 90.0 and viewbox.camera.elevation == 90.0
        picture = canvas.render()[..., :3].astype(int).mean(axis=2)
        assert adapter.colorbar.ticks == pytest.approx([0.2, 0.4, 0.6, 0.8])  # labelled between its ends
        assert list(adapter.colorbar.tick_labels.text) == ["0.2", "0.4", "0.6", "0.8"]
        h, w = picture.shape
        across = picture[h // 2, w // 2 - 40 : w // 2 + 41 : 80]  # left and right of the centre
        down = picture[h // 2 - 40 : h // 2 + 41 : 80, w // 2]  # above and below it
        ramps[azimuth] = (across[1] - across[0], down[1] - down[0])
        keep_canvas(canvas, f"surface_camera_azimuth_{int(azimuth)}")
        adapter.close()
        canvas.close()
    assert ramps[0.0][0] > 40 and abs(ramps[0.0][1]) < 10  # x grows to the right
    assert abs(ramps[90.0][0]) < 10 and abs(ramps[90.0][1]) > 40  # x runs vertically


def keep_canvas(canvas: Any, name: str) -> None:
    import os

    folder = os.environ.get("SCENEWIRE_SHOTS")
    if folder:
        from vispy.io import write_png

        Path(folder).mkdir(parents=True, exist_ok=True)
        write_png(str(Path(folder) / f"{name}.png"), canvas.render())


def test_a_right_click_in_place_opens_the_views_menu_and_a_raster_takes_the_scenes_time_unit(window, qtbot) -> None:
    from PyQt6.QtCore import QPoint, Qt
    from PyQt6.QtTest import QTest

    raster = adapter_of(window, "raster")
    assert raster.plot.getAxis("bottom").labelText == "time (ms)"  # no time_unit of its own: the scene's
    viewport = raster.widget.viewport()
    QTest.mouseClick(viewport, Qt.MouseButton.RightButton, pos=QPoint(200, 60))
    qtbot.waitUntil(lambda: window.view_controls.menu is not None and window.view_controls.menu.isVisible())
    menu = window.view_controls.menu
    assert menu.objectName() == "view_menu:raster"
    assert [a.text().split("\t")[0] for a in menu.actions() if a.text()] == [
        "The session's view",
        "Save as PNG…",
        "Save as SVG…",
    ]  # a raster has no colour map
    menu.close()


@pytest.mark.usefixtures("qapp")
def test_a_morphologys_camera_looks_along_its_azimuth() -> None:
    """A cell 200 µm long along x: wide from §8.14's first view, end-on (narrow) from azimuth 90."""
    from vispy import scene as vscene

    from scenewire.frontend.views.registry import adapter_for
    from scenewire.scene import MorphologyView
    from scenewire.scene.morphology import morphology_from_points

    widths = {}
    for camera in (None, Camera(azimuth=90.0, elevation=0.0)):
        cell = morphology_from_points({"axon": [[-100.0, 0, 0, 6.0], [100.0, 0, 0, 6.0]]}, nseg=5)
        state = SceneState()
        state.apply(
            SceneReady(
                scene=Scene(geometries=[cell], views=[MorphologyView(id="m", geometry_id="cell", camera=camera)])
            )
        )
        canvas = vscene.SceneCanvas(keys=None, size=(400, 300), show=True, bgcolor="black")
        viewbox = canvas.central_widget.add_view()
        adapter = adapter_for("morphology")("m", state, [].append)
        adapter.build(viewbox)
        picture = canvas.render()[..., :3].max(axis=2)
        middle = picture[picture.shape[0] // 2 - 3 : picture.shape[0] // 2 + 4]  # the cell's rows, not the scale bar
        lit = np.nonzero(middle > 60)[1]
        widths[camera is None] = int(lit.max() - lit.min()) if len(lit) else 0
        if camera is not None:
            assert viewbox.camera.azimuth == 180.0  # VisPy's azimuth is the spec's + 90 (up +y)
            viewbox.camera.azimuth = 10.0  # the person turns it; Home returns to the session's
            canvas.events.key_press(key="Home", text="", modifiers=())
            assert viewbox.camera.azimuth == 180.0
        adapter.close()
        canvas.close()
    assert widths[True] > 150 and widths[False] < widths[True] / 3


def test_a_state_graphs_colours_follow_the_menu_and_home(qtbot) -> None:
    """The state graph's nodes take the window's colour map and limits too, and the session's again on Home."""
    from scenewire.frontend.views.registry import adapter_for
    from scenewire.scene import GraphNode, StateGraphView

    from .test_raster_image import shown

    nodes = [GraphNode(id="C", field_id="p", position=(0.0, 0.0)), GraphNode(id="O", position=(1.0, 0.0))]
    field = Field(id="p", values=np.array(0.25), dims=[])
    graph = StateGraphView(id="g", nodes=nodes, edges=[], colormap="viridis", color_limits=(0.0, 1.0))
    adapter = shown(adapter_for("state_graph"), "g", Scene(fields=[field], views=[graph]), qtbot)
    before = adapter.nodes_item.data["brush"][0].color().getRgb()[:3]
    assert np.abs(np.array(before) - expected(0.25, "viridis", (0.0, 1.0))).max() <= 3
    adapter.overrides.update(colormap="hot", color_limits=(0.0, 0.5))
    adapter.redraw()
    after = adapter.nodes_item.data["brush"][0].color().getRgb()[:3]
    assert np.abs(np.array(after) - expected(0.25, "hot", (0.0, 0.5))).max() <= 3
    adapter.reset_view()
    again = adapter.nodes_item.data["brush"][0].color().getRgb()[:3]
    assert again == before
