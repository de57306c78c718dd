"""The 3-D visuals alone, in a bare SceneCanvas on the test display: colours, picking, framing."""

from __future__ import annotations

import numpy as np
import pytest

from scenewire.scene import colormaps

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture(autouse=True)
def collect_canvases():
    """Free closed canvases between tests, not in the middle of a later test's Qt event."""
    yield
    import gc

    gc.collect()

# five cylinders in a row along x, axes along y, seen from +z: their centres face the camera
N = 5
POSITIONS = np.array([[i * 12.0 - 24.0, 0.0, 0.0] for i in range(N)])
ALONG_Y = np.array([[0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [1.0, 0.0, 0.0]])  # third column (the axis) is y
ORIENTATIONS = np.tile(ALONG_Y, (N, 1, 1))
RADII = np.full(N, 4.0)
LENGTHS = np.full(N, 10.0)


def make_canvas(size=(400, 300)):
    from vispy import scene

    canvas = scene.SceneCanvas(size=size, show=True, bgcolor="black")
    view = canvas.central_widget.add_view()
    # the initial camera of §8.14: +y up, looking along -z, +x to the right
    view.camera = scene.TurntableCamera(fov=40, up="+y", elevation=0, azimuth=90)
    return canvas, view


def make_morphology(view, **kwargs):
    from vispy import scene

    from scenewire.frontend.visuals.morphology import MorphologyVisual

    node = scene.visuals.create_visual_node(MorphologyVisual)
    return node(POSITIONS, ORIENTATIONS, RADII, LENGTHS, colormaps.lut("viridis"), colormaps.NAN_COLOR,
                parent=view.scene, **kwargs)


def framed(view):
    from scenewire.frontend.visuals.framing import frame_sphere, segment_bounding_sphere

    frame_sphere(view.camera, *segment_bounding_sphere(POSITIONS, ORIENTATIONS, RADII, LENGTHS))


def projected(canvas, view, points) -> np.ndarray:
    p = view.scene.node_transform(canvas.scene).map(np.asarray(points, dtype=float))
    return p[:, :2] / p[:, 3:4]


def pixel(image, xy) -> np.ndarray:
    col, row = np.round(xy).astype(int)
    return image[row, col, :3].astype(int)


@pytest.mark.parametrize("style", ["impostor", "mesh"])
def test_each_segment_shows_the_colour_map_values_gives_for_its_scalar(style: str) -> None:
    canvas, view = make_canvas()
    morph = make_morphology(view, style=style)
    framed(view)
    values = np.array([-80.0, -50.0, -20.0, np.nan, 100.0], np.float32)
    morph.set_values(values)
    morph.set_limits((-80.0, 40.0))
    image = canvas.render()
    expected = np.round(colormaps.map_values(values, "viridis", (-80.0, 40.0))[:, :3] * 255).astype(int)
    got = np.array([pixel(image, xy) for xy in projected(canvas, view, POSITIONS)])
    assert np.abs(got - expected).max() <= 3, (got, expected)
    canvas.close()


def test_equal_limits_put_every_value_mid_map_and_a_new_lut_recolours_without_new_values() -> None:
    canvas, view = make_canvas()
    morph = make_morphology(view)
    framed(view)
    morph.set_values(np.array([1.0, 2.0, 3.0, 4.0, np.inf], np.float32))
    morph.set_limits((2.0, 2.0))
    morph.set_lut(colormaps.lut("hot"))
    image = canvas.render()
    mid = np.round(colormaps.map_values(np.array([2.0]), "hot", (2.0, 2.0))[0, :3] * 255).astype(int)
    for xy in projected(canvas, view, POSITIONS):
        assert np.abs(pixel(image, xy) - mid).max() <= 3
    canvas.close()


def test_without_a_colour_field_segments_are_light_grey_or_the_geometry_colours() -> None:
    canvas, view = make_canvas()
    morph = make_morphology(view)
    framed(view)
    morph.set_colors(None)
    centres = projected(canvas, view, POSITIONS)
    assert np.abs(pixel(canvas.render(), centres[0]) - 204).max() <= 2
    colors = np.zeros((N, 4), np.uint8)
    colors[:, 0] = 255
    colors[:, 3] = 255
    morph.set_colors(colors)
    assert np.abs(pixel(canvas.render(), centres[1]) - [255, 0, 0]).max() <= 2
    morph.use_values()
    morph.set_values(np.full(N, np.nan, np.float32))
    assert np.abs(pixel(canvas.render(), centres[2]) - [255, 0, 255]).max() <= 2
    canvas.close()


def test_a_ray_through_a_segments_pixel_picks_that_segment_and_empty_space_picks_none() -> None:
    from scenewire.frontend.visuals.picking import CylinderPicker, ray_through_pixel

    canvas, view = make_canvas()
    make_morphology(view)
    framed(view)
    canvas.render()
    to_scene = canvas.scene.node_transform(view.scene)
    picker = CylinderPicker(POSITIONS, ORIENTATIONS, RADII, LENGTHS)
    for i, xy in enumerate(projected(canvas, view, POSITIONS)):
        assert picker.pick(*ray_through_pixel(to_scene, *xy)) == i
    assert picker.pick(*ray_through_pixel(to_scene, 3, 3)) is None
    canvas.close()


def test_the_picker_takes_the_nearest_cylinder_and_hits_caps_end_on() -> None:
    from scenewire.frontend.visuals.picking import CylinderPicker

    # two cylinders along z, one behind the other; a ray down the axis meets the near cap first
    pos = np.array([[0.0, 0.0, 0.0], [0.0, 0.0, 10.0]])
    rot = np.tile(np.eye(3), (2, 1, 1))
    picker = CylinderPicker(pos, rot, np.array([1.0, 1.0]), np.array([2.0, 2.0]))
    assert picker.pick(np.array([0.0, 0.0, 50.0]), np.array([0.0, 0.0, -1.0])) == 1
    assert picker.pick(np.array([0.0, 0.0, -50.0]), np.array([0.0, 0.0, 1.0])) == 0
    assert picker.pick(np.array([0.9, 0.0, -50.0]), np.array([0.0, 0.0, 1.0])) == 0
    assert picker.pick(np.array([1.1, 0.0, -50.0]), np.array([0.0, 0.0, 1.0])) is None
    # side on: x-ray at z = 10 hits the second only; behind the origin nothing counts
    assert picker.pick(np.array([-5.0, 0.0, 10.0]), np.array([1.0, 0.0, 0.0])) == 1
    assert picker.pick(np.array([5.0, 0.0, 10.5]), np.array([1.0, 0.0, 0.0])) is None


@pytest.mark.parametrize("style", ["impostor", "mesh"])
def test_the_selection_outline_rims_the_selected_segment_and_leaves_its_colour(style: str) -> None:
    canvas, view = make_canvas()
    morph = make_morphology(view, style=style)
    framed(view)
    morph.set_values(np.zeros(N, np.float32))
    morph.set_limits((-1.0, 1.0))
    centres = projected(canvas, view, POSITIONS)
    plain = canvas.render()
    outline = make_morphology(view, outline=True, pad=1.5, style=style)
    outline.set_values(np.zeros(N, np.float32))
    image = canvas.render()
    assert np.abs(pixel(image, centres[2]) - pixel(plain, centres[2])).max() <= 2
    # just beyond the cylinder's side (radius 4 in x) the rim is white
    edge = projected(canvas, view, [POSITIONS[2] + [4.7, 0.0, 0.0]])[0]
    assert pixel(plain, edge).max() <= 10
    assert pixel(image, edge).min() >= 250
    canvas.close()


def test_the_first_view_frames_every_segment_end() -> None:
    canvas, view = make_canvas(size=(300, 300))
    make_morphology(view)
    framed(view)
    canvas.render()
    offsets = np.array([[0, 5, 0], [0, -5, 0], [4, 0, 0], [-4, 0, 0]])
    ends = (POSITIONS[None, :, :] + offsets[:, None, :]).reshape(-1, 3)
    xy = projected(canvas, view, ends)
    assert (xy > 0).all() and (xy < 300).all()
    # and it is not lost in the middle: the cell spans a good part of the canvas
    assert np.ptp(xy[:, 0]) > 150
    canvas.close()


def test_a_100_000_segment_morphology_builds_and_renders() -> None:
    from vispy import scene

    from scenewire.frontend.visuals.framing import frame_sphere, segment_bounding_sphere
    from scenewire.frontend.visuals.morphology import MorphologyVisual

    n = 100_000
    side = int(np.ceil(np.sqrt(n)))
    grid = np.stack(np.meshgrid(np.arange(side), np.arange(side)), -1).reshape(-1, 2)[:n] * 3.0
    pos = np.concatenate([grid, np.zeros((n, 1))], axis=1)
    rot = np.tile(ALONG_Y, (n, 1, 1))
    radii, lengths = np.full(n, 1.0), np.full(n, 2.5)
    canvas, view = make_canvas(size=(200, 200))
    node = scene.visuals.create_visual_node(MorphologyVisual)
    morph = node(pos, rot, radii, lengths, colormaps.lut("viridis"), colormaps.NAN_COLOR, sides=6, parent=view.scene)
    morph.set_values(np.linspace(0.0, 1.0, n, dtype=np.float32))
    morph.set_limits((0.0, 1.0))
    frame_sphere(view.camera, *segment_bounding_sphere(pos, rot, radii, lengths))
    image = canvas.render()
    lit = image[..., :3].max(axis=2) > 20
    assert lit.mean() > 0.15
    # the first rows (values near 0) are purple-blue, the last (near 1) yellow; each
    # cylinder is under a pixel wide here, so look at the lit pixels around each place
    def around(xy):
        col, row = np.round(xy).astype(int)
        patch = image[row - 6 : row + 7, col - 6 : col + 7, :3].reshape(-1, 3).astype(int)
        return patch[patch.max(axis=1) > 20].mean(axis=0)

    first, last = projected(canvas, view, [pos[side * 3 + side // 2], pos[n - 3 * side]])
    assert around(first)[2] > around(first)[1]
    assert around(last)[0] > around(last)[2]
    canvas.close()


def test_a_surface_update_changes_its_pixels_where_the_heights_changed() -> None:
    from vispy import scene

    from scenewire.frontend.visuals.surface import SurfaceVisual

    canvas, view = make_canvas()
    view.camera.elevation = 90  # from above: +x to the right, -z at the top of the screen (§8.14)
    cols = np.linspace(-1.0, 1.0, 21)
    rows = np.linspace(-1.0, 1.0, 11)
    node = scene.visuals.create_visual_node(SurfaceVisual)
    surface = node(cols, rows, colormaps.lut("viridis"), colormaps.NAN_COLOR, shading="none", parent=view.scene)
    surface.set_limits((0.0, 1.0))
    surface.set_data(np.zeros((11, 21)))
    view.camera.center = (0.0, 0.0, 0.0)
    view.camera.scale_factor = 2.4
    before = canvas.render()
    heights = np.zeros((11, 21))
    heights[:, 15:] = 1.0  # the right quarter (last columns, +x) rises and turns yellow
    heights[0, 0] = np.nan  # the corner cell (row 0, column 0: -x, -z) is left undrawn
    surface.set_data(heights, exaggeration=0.0)
    after = canvas.render()
    left, right, corner = projected(canvas, view, [[-0.6, 0.0, 0.0], [0.8, 0.0, 0.0], [-0.95, 0.0, -0.95]])
    low = np.round(colormaps.map_values(np.array([0.0]), "viridis", (0.0, 1.0))[0, :3] * 255)
    high = np.round(colormaps.map_values(np.array([1.0]), "viridis", (0.0, 1.0))[0, :3] * 255)
    assert np.abs(pixel(before, right) - low).max() <= 3
    assert np.abs(pixel(after, right) - high).max() <= 3
    assert np.abs(pixel(after, left) - low).max() <= 3
    assert np.abs(pixel(before, corner) - low).max() <= 3
    assert pixel(after, corner).max() == 0
    assert corner[0] < left[0] and corner[1] < canvas.size[1] / 2  # row 0 at the top, column 0 at the left
    canvas.close()
