"""Morphologies from plain 3-D points (scenewire.scene.morphology): NEURON's cut, without NEURON."""

from __future__ import annotations

import numpy as np
import pytest

import scenewire as sw
from scenewire.protocol import decode
from scenewire.scene.morphology import cut_path, entity_id, frames, morphology_from_points


def test_an_l_shaped_section_is_cut_into_equal_pieces_along_its_path() -> None:
    # 30 µm along x, then 40 along y; the diameter narrows from 4 to 2 over the first leg
    bent = [(0, 0, 0, 4), (30, 0, 0, 2), (30, 40, 0, 2)]
    geometry = sw.morphology_from_points({"bent": bent}, nseg=7, geometry_id="g")
    assert geometry.id == "g" and geometry.n_segments == 7
    assert geometry.entity_ids == [entity_id("bent", (i + 0.5) / 7) for i in range(7)] == [
        "bent(0.071)", "bent(0.214)", "bent(0.357)", "bent(0.500)", "bent(0.643)", "bent(0.786)", "bent(0.929)",
    ]  # fmt: skip
    assert geometry.section_names == ["bent"] * 7
    np.testing.assert_allclose(geometry.lengths, 10.0, rtol=1e-6)
    expected = [(a, 0, 0) if a <= 30 else (30, a - 30, 0) for a in np.arange(5, 70, 10)]
    np.testing.assert_allclose(geometry.positions, expected, atol=1e-4)
    np.testing.assert_allclose(geometry.radii[:3], [(4 - 2 * 5 / 30) / 2, (4 - 2 * 15 / 30) / 2, (4 - 2 * 25 / 30) / 2])
    np.testing.assert_allclose(geometry.radii[3:], 1.0)
    np.testing.assert_allclose(geometry.xlocs, (np.arange(7) + 0.5) / 7, rtol=1e-6)
    np.testing.assert_allclose(geometry.orientations[0][:, 2], [1, 0, 0], atol=1e-6)
    np.testing.assert_allclose(geometry.orientations[-1][:, 2], [0, 1, 0], atol=1e-6)
    # the segment across the corner points along its chord, from arc length 20 to 30 then 0 to 0: along x
    np.testing.assert_allclose(geometry.orientations[2][:, 2], [1, 0, 0], atol=1e-6)


def test_every_frame_is_a_rotation_whose_third_column_is_the_direction() -> None:
    directions = np.array([[0, 0, 1], [0, 0, -2], [1, 1, 0], [3, -4, 12], [1e-3, 0, 1]], dtype=np.float64)
    rotations = frames(directions)
    for rotation, d in zip(rotations, directions, strict=True):
        np.testing.assert_allclose(rotation.T @ rotation, np.eye(3), atol=1e-12)
        assert np.linalg.det(rotation) == pytest.approx(1.0)
        np.testing.assert_allclose(rotation[:, 2], d / np.linalg.norm(d), atol=1e-12)


def test_a_whole_cell_from_points_travels_and_is_drawn_by_a_view() -> None:
    soma = [(0, -10, 0, 20), (0, 10, 0, 20)]
    dend = [(0, 10, 0, 3), (30, 50, 0, 2), (60, 90, 5, 1)]
    geometry = morphology_from_points({"soma": soma, "dend": dend}, nseg={"dend": 9})
    assert geometry.section_names == ["soma"] + ["dend"] * 9
    v = sw.Field(id="v", values=np.full(geometry.n_segments, -65.0, np.float32), dims=["segment"])
    view = sw.MorphologyView(id="cell_view", geometry_id=geometry.id, color_field_id="v")
    scene = sw.Scene(fields=[v], geometries=[geometry], views=[view])
    back = decode(sw.encode(sw.SceneReady(scene=scene))).scene
    assert back.geometries[0] == geometry


@pytest.mark.parametrize(
    ("sections", "nseg", "message"),
    [
        ({"a": [(0, 0, 0, 1)]}, 1, "at least two 3-D points"),
        ({"a": [(0, 0, 0), (1, 0, 0)]}, 1, "rows of x, y, z, diameter"),
        ({"a": [(0, 0, 0, 1), (0, 0, 0, 1)]}, 1, "no length"),
        ({"a": [(0, 0, 0, 1), (1, 0, 0, 1)]}, 0, "nseg must be at least 1"),
        ({}, 1, "no sections"),
    ],
)
def test_what_cannot_be_cut_is_refused_naming_why(sections: dict, nseg: int, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        morphology_from_points(sections, nseg=nseg)


def test_cut_path_takes_neurons_own_arc_lengths() -> None:
    points = np.array([[0, 0, 0], [10, 0, 0]], dtype=np.float64)
    # NEURON's arc3d may be stretched relative to the points; the cut follows the arc given
    cuts = cut_path(points, 2, arc=[0.0, 20.0])
    np.testing.assert_allclose(cuts[:, 1], [[2.5, 0, 0], [7.5, 0, 0]])


def test_the_old_imports_still_work() -> None:
    from scenewire.demos import segments

    assert segments.frames is frames and segments.entity_id is entity_id
    pytest.importorskip("neuron", reason="the optional extra 'neuron'")
    from scenewire import neuron as sw_neuron
    from scenewire.demos.nrn_cell import morphology_from_sections, section_points

    assert morphology_from_sections is sw_neuron.morphology_from_sections
    assert section_points is sw_neuron.section_points


def test_the_guides_example_runs() -> None:
    """docs/writing-a-session.md's morphology block, as written, builds a scene."""
    from pathlib import Path

    guide = (Path(__file__).resolve().parent.parent / "docs" / "writing-a-session.md").read_text(encoding="utf-8")
    block = guide.split("## A neuron from 3-D points")[1].split("```python\n")[1].split("```")[0]
    names: dict = {"np": np, "sw": sw}
    exec(block, names)
    scene = sw.Scene(fields=[names["v"]], geometries=[names["cell"]], views=[names["view"]])
    assert scene.geometries[0].entity_ids[1] == "dend(0.056)"
