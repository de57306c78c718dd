"""The colour maps of §8.13: the spec's table is the module's, and the mapping follows the rules."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from scenewire.scene import colormaps as cm

SPEC = Path(__file__).resolve().parents[1] / "spec" / "PROTOCOL.md"
ROW = re.compile(r"^\| `(\w+)` \| ([0-9.]+) \| ([0-9.]+) \| ([0-9.]+) \| ([0-9.]+) \|$")


def spec_table() -> dict[str, np.ndarray]:
    """The control points as the spec's table of §8.13 writes them."""
    text = SPEC.read_text(encoding="utf-8")
    section = text.split("### 8.13 Colour maps", 1)[1].split("\n## ", 1)[0]
    rows: dict[str, list[list[float]]] = {}
    for line in section.splitlines():
        match = ROW.match(line)
        if match:
            rows.setdefault(match[1], []).append([float(x) for x in match.groups()[1:]])
    return {name: np.array(points) for name, points in rows.items()}


def test_spec_table_is_the_module() -> None:
    table = spec_table()
    assert list(table) == list(cm.COLORMAPS)
    for name, points in table.items():
        np.testing.assert_array_equal(points, cm.COLORMAPS[name], err_msg=name)


@pytest.mark.parametrize("name", list(cm.COLORMAPS))
def test_control_points_are_well_formed(name: str) -> None:
    points = cm.COLORMAPS[name]
    assert points.shape[1] == 4 and points.shape[0] >= 2
    assert points[0, 0] == 0.0 and points[-1, 0] == 1.0
    assert np.all(np.diff(points[:, 0]) > 0)
    assert np.all((points >= 0) & (points <= 1))
    assert not points.flags.writeable


def test_default_and_unknown_names() -> None:
    assert cm.DEFAULT_COLORMAP == "viridis"
    assert cm.resolve("coolwarm") == "coolwarm"
    assert cm.resolve("Viridis") == "viridis"  # names are case-sensitive: an unknown name
    assert cm.resolve("jet") == "viridis"
    np.testing.assert_array_equal(cm.lut("jet"), cm.lut("viridis"))


def test_ends_clamp_and_infinities_take_the_end_colours() -> None:
    values = np.array([-np.inf, -5.0, 0.0, 1.0, 7.0, np.inf])
    rgba = cm.map_values(values, "coolwarm", (0.0, 1.0))
    first, last = cm.COLORMAPS["coolwarm"][0, 1:], cm.COLORMAPS["coolwarm"][-1, 1:]
    for i in (0, 1, 2):
        np.testing.assert_allclose(rgba[i, :3], first, rtol=0, atol=1e-7)
    for i in (3, 4, 5):
        np.testing.assert_allclose(rgba[i, :3], last, rtol=0, atol=1e-7)
    assert rgba.dtype == np.float32 and np.all(rgba[:, 3] == 1.0)


def test_interpolation_is_linear_between_control_points() -> None:
    points = cm.COLORMAPS["hot"]
    t = (points[1, 0] + points[2, 0]) / 2
    rgba = cm.map_values(np.array([t * 10.0]), "hot", (0.0, 10.0))[0]
    np.testing.assert_allclose(rgba[:3], (points[1, 1:] + points[2, 1:]) / 2, atol=1e-6)


def test_nan_is_magenta_and_equal_limits_take_the_middle() -> None:
    rgba = cm.map_values(np.array([[np.nan, 2.0], [3.0, -1.0]]), "grays", (2.0, 2.0))
    assert rgba.shape == (2, 2, 4)
    assert tuple(rgba[0, 0]) == cm.NAN_COLOR == (1.0, 0.0, 1.0, 1.0)
    for v in (rgba[0, 1], rgba[1, 0], rgba[1, 1]):
        np.testing.assert_allclose(v, (0.5, 0.5, 0.5, 1.0))


def test_limits_from_the_data_are_finite_extremes_of_all_values() -> None:
    assert cm.data_limits(np.array([[np.nan, -70.0], [np.inf, 20.0]])) == (-70.0, 20.0)
    assert cm.data_limits(np.array([np.nan, np.nan])) == (0.0, 1.0)
    assert cm.data_limits(np.zeros(0)) == (0.0, 1.0)
    assert cm.data_limits(np.array([True, False])) == (0.0, 1.0)
    assert cm.data_limits(np.array([3, 9], dtype=np.int16)) == (3.0, 9.0)


@pytest.mark.parametrize("limits", [(1.0, 0.0), (0.0, float("nan")), (float("-inf"), 0.0)])
def test_bad_limits_are_refused(limits: tuple[float, float]) -> None:
    with pytest.raises(ValueError):
        cm.map_values(np.zeros(2), "viridis", limits)


def test_lut_samples_the_map_at_even_steps() -> None:
    table = cm.lut("viridis", 256)
    assert table.shape == (256, 4) and table.dtype == np.float32
    np.testing.assert_allclose(table, cm.map_values(np.linspace(0, 1, 256), "viridis", (0.0, 1.0)), atol=1e-7)
    with pytest.raises(ValueError):
        cm.lut("viridis", 1)
