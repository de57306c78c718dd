"""The morphology view adapter, driven by SceneState as the window drives it, on the test display."""

from __future__ import annotations

import numpy as np
import pytest

from scenewire.protocol import EntityClicked, FieldReplace, SceneReady, StatePatch
from scenewire.scene import Field, MorphologyGeometry, MorphologyView, Scene, colormaps
from scenewire.state.scene_state import SceneState

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture(autouse=True)
def collect_canvases():
    """Free closed canvases between tests, not in the middle of a later test's Qt event."""
    yield
    import gc

    gc.collect()

N = 5
AXIS_Y = np.array([[0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [1.0, 0.0, 0.0]])  # third column: +y
LIMITS = (-80.0, 40.0)


def cell(geometry_id: str = "cell", dx: float = 0.0) -> MorphologyGeometry:
    return MorphologyGeometry(
        id=geometry_id,
        positions=np.array([[i * 12.0 - 24.0 + dx, 0.0, 0.0] for i in range(N)]),
        orientations=np.tile(AXIS_Y, (N, 1, 1)),
        radii=np.full(N, 4.0),
        lengths=np.full(N, 10.0),
        xlocs=np.full(N, 0.5),
        entity_ids=["soma", "dend[0]", "dend[0]", "dend[1]", "axon"],
        section_names=["soma", "dend[0]", "dend[0]", "dend[1]", "axon"],
        labels=[f"segment {i}" for i in range(N)],
    )


def two_view_scene() -> Scene:
    v = Field(id="v", values=np.full((N, 3), -65.0, np.float32), dims=["segment", "time"], unit="mV")
    return Scene(
        fields=[v],
        geometries=[cell()],
        views=[
            MorphologyView(id="m1", geometry_id="cell", color_field_id="v", colormap="viridis", color_limits=LIMITS),
            MorphologyView(id="m2", geometry_id="cell", color_field_id="v", colormap="coolwarm"),
        ],
    )


class Host:
    """What a view_3d panel does for each view: one SceneCanvas, its ViewBox, the adapter built into it."""

    def __init__(self, state: SceneState, view_id: str, sent: list, size=(400, 300), parent=None) -> None:
        from vispy import scene

        from scenewire.frontend.views.registry import adapter_for

        # embedded in a widget as the panel does, or a window of its own
        self.canvas = scene.SceneCanvas(keys=None, size=size, show=parent is None, bgcolor="black", parent=parent)
        self.viewbox = self.canvas.central_widget.add_view()
        self.adapter = adapter_for("morphology")(view_id, state, sent.append)
        self.adapter.build(self.viewbox)

    def projected(self, points) -> np.ndarray:
        p = self.viewbox.scene.node_transform(self.canvas.scene).map(np.asarray(points, dtype=float))
        return p[:, :2] / p[:, 3:4]

    def pixel(self, image, xy) -> np.ndarray:
        col, row = np.round(xy).astype(int)
        return image[row, col, :3].astype(int)


@pytest.fixture
def state() -> SceneState:
    s = SceneState()
    s.apply(SceneReady(scene=two_view_scene()))
    return s


def test_after_a_field_replace_each_segment_has_the_colour_of_the_newest_sample(state) -> None:
    host = Host(state, "m1", [])
    values = np.full((N, 3), -65.0, np.float32)
    values[:, -1] = [-80.0, -40.0, 0.0, np.nan, 40.0]  # the last index of time is drawn
    changes = state.apply(FieldReplace(field_id="v", values=values))
    assert host.adapter.touched(changes)
    host.adapter.apply(changes)
    image = host.canvas.render()
    expected = np.round(colormaps.map_values(values[:, -1], "viridis", LIMITS)[:, :3] * 255).astype(int)
    centres = host.projected(cell().positions)
    got = np.array([host.pixel(image, xy) for xy in centres])
    assert np.abs(got - expected).max() <= 3, (got, expected)
    host.canvas.close()


def test_without_limits_the_colours_span_the_whole_field_not_only_the_drawn_sample(state) -> None:
    host = Host(state, "m2", [])
    values = np.zeros((N, 3), np.float32)
    values[0, 0] = -100.0  # an old sample sets the low limit (§8.13: all axes)
    values[:, -1] = [0.0, 0.0, 0.0, 0.0, 100.0]
    host.adapter.apply(state.apply(FieldReplace(field_id="v", values=values)))
    image = host.canvas.render()
    mid = np.round(colormaps.map_values(np.array([0.0]), "coolwarm", (-100.0, 100.0))[0, :3] * 255)
    assert np.abs(host.pixel(image, host.projected(cell().positions)[0]) - mid).max() <= 3
    host.canvas.close()


def test_a_click_on_a_segment_sends_its_entity_and_selects_it(qtbot, state) -> None:
    from PyQt6.QtCore import QPoint, Qt

    sent: list = []
    host = Host(state, "m1", sent)
    host.canvas.render()
    qtbot.waitExposed(host.canvas.native)
    x, y = host.projected(cell().positions)[3]
    qtbot.mouseClick(host.canvas.native, Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(y)))
    qtbot.waitUntil(lambda: len(sent) == 1, timeout=5000)
    assert isinstance(sent[0], EntityClicked)
    assert (sent[0].entity_id, sent[0].view_id, sent[0].segment) == ("dend[1]", "m1", 3)
    assert state.frontend_state["selection"] == "dend[1]"
    assert host.adapter.outline is not None
    host.canvas.close()


def test_a_state_patch_selects_every_segment_of_the_entity_with_no_colour_upload(state) -> None:
    host = Host(state, "m1", [])
    host.adapter.apply(state.apply(FieldReplace(field_id="v", values=np.zeros((N, 3), np.float32))))
    before = host.canvas.render()
    uploads = host.adapter.uploads
    changes = state.apply(StatePatch(updates={"selection": "dend[0]"}))
    assert host.adapter.touched(changes)
    host.adapter.apply(changes)
    assert host.adapter.uploads == uploads
    image = host.canvas.render()
    # beside segments 1 and 2 (both dend[0]) a white rim; beside the others nothing new
    rims = host.projected(cell().positions + np.array([4.6, 0.0, 0.0]))
    for i in (1, 2):
        assert host.pixel(image, rims[i]).min() >= 250
    assert (host.pixel(image, rims[4]) == host.pixel(before, rims[4])).all()
    # the colour inside stays the field's
    centre = host.projected(cell().positions)[1]
    assert np.abs(host.pixel(image, centre) - host.pixel(before, centre)).max() <= 2
    host.adapter.apply(state.apply(StatePatch(updates={"selection": None})))
    assert host.adapter.outline is None
    host.canvas.close()


def test_hover_shows_the_segments_label_and_value(qtbot, state) -> None:
    host = Host(state, "m1", [])
    before = host.canvas.render()
    x, y = host.projected(cell().positions)[2]
    host.canvas.events.mouse_move(pos=(x, y), button=None, buttons=[], modifiers=())
    assert host.adapter.hover_label.startswith("segment 2")
    assert "-65 mV" in host.adapter.hover_label
    # drawn whole in the view's bottom-left corner: white text above the bottom edge, none cut off below it
    after = host.canvas.render()
    height = host.canvas.size[1]
    corner = (slice(height - 30, height - 6), slice(0, 140))
    assert (after[corner][..., :3].min(axis=-1) > 200).sum() > 20
    assert (before[corner][..., :3].min(axis=-1) > 200).sum() == 0
    assert (after[height - 5:, :140, :3].min(axis=-1) > 200).sum() == 0
    host.canvas.events.mouse_move(pos=(3, 3), button=None, buttons=[], modifiers=())
    assert host.adapter.hover_label == ""
    host.canvas.close()


def test_two_views_side_by_side_have_their_own_cameras_and_colour_maps(qtbot, state) -> None:
    from PyQt6.QtWidgets import QHBoxLayout, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    row = QHBoxLayout(window)
    hosts = [Host(state, vid, [], size=(300, 240), parent=window) for vid in ("m1", "m2")]
    for host in hosts:
        row.addWidget(host.canvas.native)
    window.resize(620, 260)
    window.show()
    qtbot.waitExposed(window)
    changes = state.apply(FieldReplace(field_id="v", values=np.full((N, 3), -20.0, np.float32)))
    for host in hosts:
        host.adapter.apply(changes)
    hosts[1].viewbox.camera.azimuth += 60  # orbit one: the other stays
    assert hosts[0].viewbox.camera.azimuth != hosts[1].viewbox.camera.azimuth
    image = hosts[0].canvas.render()
    want = np.round(colormaps.map_values(np.array([-20.0]), "viridis", LIMITS)[0, :3] * 255)
    assert np.abs(hosts[0].pixel(image, hosts[0].projected(cell().positions)[2]) - want).max() <= 3
    image = hosts[1].canvas.render()
    assert image[..., :3].max(axis=2).astype(bool).mean() > 0.02  # the other draws its cell too
    # the reset key brings the orbited camera back to the first view
    hosts[1].canvas.events.key_press(key="Home", text="", modifiers=())
    assert hosts[1].viewbox.camera.azimuth == pytest.approx(hosts[0].viewbox.camera.azimuth)
    for host in hosts:
        host.adapter.close()


def test_the_windows_view_3d_panel_hosts_two_morphology_views_each_in_its_own_canvas(qtbot, state) -> None:
    from scenewire.frontend.panels.views import ViewPanel
    from scenewire.scene import Panel

    panel = ViewPanel(Panel(id="cells", kind="view_3d", view_ids=["m1", "m2"]), state, [].append)
    qtbot.addWidget(panel)
    panel.resize(700, 300)
    panel.show()
    qtbot.waitExposed(panel)
    assert set(panel.adapters) == {"m1", "m2"}
    assert panel.canvases["m1"] is not panel.canvases["m2"]
    cameras = [panel.adapters[v].viewbox.camera for v in ("m1", "m2")]
    assert cameras[0] is not cameras[1]
    changes = state.apply(FieldReplace(field_id="v", values=np.full((N, 3), 40.0, np.float32)))
    assert panel.apply(changes) == ["m1", "m2"]
    for vid, cmap, limits in (("m1", "viridis", LIMITS), ("m2", "coolwarm", (40.0, 40.0))):
        canvas, adapter = panel.canvases[vid], panel.adapters[vid]
        image = canvas.render()
        p = adapter.viewbox.scene.node_transform(canvas.scene).map(cell().positions[2:3])
        col, row = np.round(p[0, :2] / p[0, 3]).astype(int)
        want = np.round(colormaps.map_values(np.array([40.0]), cmap, limits)[0, :3] * 255)
        assert np.abs(image[row, col, :3].astype(int) - want).max() <= 3, vid
    panel.close_panel()


def test_a_click_in_one_view_selects_in_every_view_of_the_window(qtbot, state) -> None:
    """The adapter reports the state it changed; the panel passes it to the others, as the window does."""
    from scenewire.frontend.panels.views import ViewPanel
    from scenewire.scene import Panel

    panels: list = []
    panel = ViewPanel(
        Panel(id="cells", kind="view_3d", view_ids=["m1", "m2"]), state, [].append, lambda c: panels[0].apply(c)
    )
    panels.append(panel)
    qtbot.addWidget(panel)
    panel.resize(700, 300)
    panel.show()
    qtbot.waitExposed(panel)
    first, second = panel.adapters["m1"], panel.adapters["m2"]
    assert second.outline is None
    canvas = panel.canvases["m1"]
    canvas.render()
    p = first.viewbox.scene.node_transform(canvas.scene).map(cell().positions[3:4])
    first.click(*(p[0, :2] / p[0, 3]))
    assert state.frontend_state["selection"] == "dend[1]"
    assert second.outline is not None
    panel.close_panel()


def test_a_scale_bar_gives_the_cells_size_in_micrometres_and_follows_the_zoom(state) -> None:
    from scenewire.frontend.visuals.scale_bar import length_label, nice_length

    assert [nice_length(x) for x in (0.7, 1.0, 3.0, 7.5, 19.9, 450.0)] == [0.5, 1.0, 2.0, 5.0, 10.0, 200.0]
    assert length_label(20.0) == "20 µm" and length_label(2000.0) == "2 mm"
    host = Host(state, "m1", [])
    bar = host.adapter.scale_bar
    camera = host.viewbox.camera

    def drawn_bar(image: np.ndarray) -> tuple[int, float]:
        """The bar's row on the canvas and its length there, measured in the picture."""
        ends = host.viewbox.node_transform(host.canvas.scene).map(bar.line.pos)
        row = int(np.round(ends[0, 1] / ends[0, 3]))
        x0, x1 = sorted(int(np.round(e[0] / e[3])) for e in ends)
        near = image[row - 1:row + 2, max(x0 - 20, 0):x1 + 20, :3].max(axis=0).max(axis=1)  # the bar is 2 px wide
        lit = np.flatnonzero(near > 150)
        return row, float(lit.max() - lit.min() + 1)

    def true_pixels(um: float) -> float:
        centre = np.asarray(camera.center, dtype=float)
        a, b = host.projected([centre, centre + np.array([um, 0.0, 0.0])])  # the first view looks along -z: x is across
        return float(np.hypot(*(b - a)))

    image = host.canvas.render()
    assert bar.label.text == length_label(bar.length) and bar.length > 0
    row, pixels = drawn_bar(image)
    assert row > host.canvas.size[1] * 0.8  # in the bottom of the view
    assert pixels == pytest.approx(true_pixels(bar.length), abs=2)
    assert pixels <= 0.25 * host.viewbox.size[0] + 1

    before = bar.length
    camera.scale_factor /= 8  # zoom in: the same bar would be 8 times longer, so it stands for less
    image = host.canvas.render()
    assert bar.length < before
    assert drawn_bar(image)[1] == pytest.approx(true_pixels(bar.length), abs=2)
    host.canvas.close()
