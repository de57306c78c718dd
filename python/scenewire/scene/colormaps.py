"""Colour maps: the closed list of §8.13, as control points, and the reference mapping.

Qt-free and numpy-only, so that a backend, the VisPy window and the tests use
the same numbers. The control points here are the spec's table (a test reads
the spec and compares); renderers in other languages copy that table and
reproduce :func:`map_values`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from types import MappingProxyType

import numpy as np

DEFAULT_COLORMAP = "viridis"
"""What a view without a known colour map name is drawn with."""

NAN_COLOR: tuple[float, float, float, float] = (1.0, 0.0, 1.0, 1.0)
"""Opaque magenta: the colour of a NaN value, in no map of the list."""

NO_DATA_LIMITS: tuple[float, float] = (0.0, 1.0)
"""Limits "from the data" when the data has no finite value."""

# (t, r, g, b): t ascending from 0 to 1, sRGB components 0..1, linear in between.
_POINTS: dict[str, tuple[tuple[float, float, float, float], ...]] = {
    "viridis": (
        (0.0000, 0.2670, 0.0049, 0.3294),
        (0.0588, 0.2819, 0.0897, 0.4124),
        (0.1137, 0.2809, 0.1608, 0.4729),
        (0.1647, 0.2680, 0.2235, 0.5120),
        (0.2235, 0.2431, 0.2921, 0.5385),
        (0.3569, 0.1806, 0.4300, 0.5573),
        (0.5059, 0.1265, 0.5706, 0.5498),
        (0.5608, 0.1201, 0.6222, 0.5349),
        (0.6039, 0.1373, 0.6623, 0.5156),
        (0.6667, 0.2080, 0.7187, 0.4729),
        (0.7373, 0.3359, 0.7770, 0.4020),
        (0.8157, 0.5160, 0.8312, 0.2943),
        (0.9333, 0.8249, 0.8847, 0.1062),
        (0.9647, 0.9063, 0.8949, 0.0981),
        (1.0000, 0.9932, 0.9062, 0.1439),
    ),
    "magma": (
        (0.0000, 0.0015, 0.0005, 0.0139),
        (0.0471, 0.0248, 0.0207, 0.1007),
        (0.1098, 0.0929, 0.0599, 0.2392),
        (0.1843, 0.2049, 0.0629, 0.4115),
        (0.2118, 0.2522, 0.0594, 0.4532),
        (0.2392, 0.2977, 0.0661, 0.4782),
        (0.3176, 0.4208, 0.1129, 0.5052),
        (0.4196, 0.5818, 0.1716, 0.5028),
        (0.5059, 0.7228, 0.2172, 0.4733),
        (0.5961, 0.8633, 0.2837, 0.4124),
        (0.6392, 0.9177, 0.3355, 0.3799),
        (0.6863, 0.9585, 0.4113, 0.3600),
        (0.7216, 0.9767, 0.4762, 0.3645),
        (0.7608, 0.9885, 0.5504, 0.3884),
        (0.8118, 0.9958, 0.6463, 0.4414),
        (0.8667, 0.9972, 0.7480, 0.5169),
        (1.0000, 0.9871, 0.9914, 0.7495),
    ),
    "inferno": (
        (0.0000, 0.0015, 0.0005, 0.0139),
        (0.0353, 0.0166, 0.0131, 0.0803),
        (0.0667, 0.0469, 0.0303, 0.1502),
        (0.1137, 0.1105, 0.0474, 0.2629),
        (0.1647, 0.1973, 0.0384, 0.3675),
        (0.2157, 0.2843, 0.0439, 0.4166),
        (0.2863, 0.3977, 0.0833, 0.4332),
        (0.3529, 0.5035, 0.1216, 0.4234),
        (0.4196, 0.6093, 0.1595, 0.3936),
        (0.4863, 0.7124, 0.2037, 0.3444),
        (0.5608, 0.8173, 0.2710, 0.2704),
        (0.6196, 0.8863, 0.3426, 0.2030),
        (0.6784, 0.9387, 0.4301, 0.1304),
        (0.7529, 0.9784, 0.5579, 0.0349),
        (0.7882, 0.9865, 0.6231, 0.0278),
        (0.8353, 0.9862, 0.7132, 0.1039),
        (0.8941, 0.9680, 0.8285, 0.2500),
        (0.9255, 0.9532, 0.8889, 0.3514),
        (0.9569, 0.9469, 0.9433, 0.4750),
        (0.9765, 0.9579, 0.9710, 0.5563),
        (1.0000, 0.9884, 0.9984, 0.6449),
    ),
    "plasma": (
        (0.0000, 0.0504, 0.0298, 0.5280),
        (0.0431, 0.1564, 0.0207, 0.5741),
        (0.1255, 0.2999, 0.0096, 0.6316),
        (0.1882, 0.3994, 0.0009, 0.6561),
        (0.2471, 0.4891, 0.0101, 0.6585),
        (0.2784, 0.5350, 0.0312, 0.6502),
        (0.3451, 0.6260, 0.1033, 0.6113),
        (0.4314, 0.7277, 0.2006, 0.5353),
        (0.5255, 0.8197, 0.3068, 0.4483),
        (0.6706, 0.9308, 0.4779, 0.3227),
        (0.7922, 0.9863, 0.6410, 0.2179),
        (0.8902, 0.9912, 0.7905, 0.1494),
        (0.9255, 0.9812, 0.8483, 0.1423),
        (0.9804, 0.9517, 0.9417, 0.1529),
        (1.0000, 0.9400, 0.9752, 0.1313),
    ),
    "cividis": (
        (0.0000, 0.0000, 0.1351, 0.3048),
        (0.0824, 0.0000, 0.1910, 0.4411),
        (0.0902, 0.0036, 0.1959, 0.4416),
        (0.1098, 0.0690, 0.2094, 0.4389),
        (0.1333, 0.1176, 0.2259, 0.4343),
        (0.2039, 0.2134, 0.2753, 0.4245),
        (0.3294, 0.3387, 0.3622, 0.4281),
        (0.4941, 0.4816, 0.4796, 0.4698),
        (0.5804, 0.5630, 0.5437, 0.4705),
        (0.7020, 0.6839, 0.6388, 0.4443),
        (0.8039, 0.7901, 0.7238, 0.3974),
        (0.9098, 0.9056, 0.8183, 0.3129),
        (0.9490, 0.9502, 0.8549, 0.2651),
        (0.9843, 0.9922, 0.8884, 0.2055),
        (1.0000, 0.9957, 0.9093, 0.2178),
    ),
    "coolwarm": (
        (0.0000, 0.2298, 0.2987, 0.7537),
        (0.0627, 0.3042, 0.4069, 0.8453),
        (0.1255, 0.3837, 0.5102, 0.9178),
        (0.1882, 0.4677, 0.6056, 0.9685),
        (0.2510, 0.5543, 0.6901, 0.9955),
        (0.3137, 0.6408, 0.7608, 0.9978),
        (0.3765, 0.7240, 0.8149, 0.9757),
        (0.4392, 0.8006, 0.8504, 0.9300),
        (0.5020, 0.8674, 0.8644, 0.8626),
        (0.5608, 0.9227, 0.8286, 0.7771),
        (0.6235, 0.9582, 0.7712, 0.6803),
        (0.6863, 0.9699, 0.6958, 0.5813),
        (0.7490, 0.9583, 0.6043, 0.4833),
        (0.8431, 0.8995, 0.4407, 0.3441),
        (0.9373, 0.7959, 0.2418, 0.2208),
        (0.9686, 0.7527, 0.1576, 0.1843),
        (1.0000, 0.7057, 0.0156, 0.1502),
    ),
    "grays": (
        (0.0000, 0.0000, 0.0000, 0.0000),
        (1.0000, 1.0000, 1.0000, 1.0000),
    ),
    "hot": (
        (0.0000, 0.0416, 0.0000, 0.0000),
        (0.3651, 1.0000, 0.0000, 0.0000),
        (0.7460, 1.0000, 1.0000, 0.0000),
        (1.0000, 1.0000, 1.0000, 1.0000),
    ),
}


def _frozen(rows: tuple[tuple[float, float, float, float], ...]) -> np.ndarray:
    table = np.array(rows, dtype=np.float64)
    table.flags.writeable = False
    return table


COLORMAPS: Mapping[str, np.ndarray] = MappingProxyType({name: _frozen(rows) for name, rows in _POINTS.items()})
"""Name -> control points, a read-only (k, 4) float64 array of rows (t, r, g, b)."""


def resolve(name: str) -> str:
    """The map a renderer draws for ``name``: itself if listed, else the default (§8.13)."""
    return name if name in COLORMAPS else DEFAULT_COLORMAP


def _check_limits(limits: tuple[float, float]) -> tuple[float, float]:
    low, high = float(limits[0]), float(limits[1])
    if not (math.isfinite(low) and math.isfinite(high) and low <= high):
        raise ValueError(f"colour limits must be finite with low <= high, got {limits!r}")
    return low, high


def _at(name: str, t: np.ndarray) -> np.ndarray:
    """RGBA (float64) of the map at positions ``t`` in [0, 1]."""
    table = COLORMAPS[resolve(name)]
    out = np.empty((*t.shape, 4), dtype=np.float64)
    for channel in range(3):
        out[..., channel] = np.interp(t, table[:, 0], table[:, channel + 1])
    out[..., 3] = 1.0
    return out


def lut(name: str, n: int = 256) -> np.ndarray:
    """``n`` colours (float32 RGBA) at t = i / (n - 1), for a texture or a palette."""
    if n < 2:
        raise ValueError(f"a lookup table needs at least 2 entries, got {n}")
    return _at(name, np.linspace(0.0, 1.0, n)).astype(np.float32)


def data_limits(values: np.ndarray) -> tuple[float, float]:
    """Limits "from the data" (§8.13): the finite minimum and maximum of all values."""
    arr = np.asarray(values)
    if arr.dtype.kind == "b":
        arr = arr.astype(np.uint8)
    if arr.dtype.kind not in "iuf" or arr.size == 0:
        return NO_DATA_LIMITS
    if arr.dtype.kind == "f":
        arr = arr[np.isfinite(arr)]
        if arr.size == 0:
            return NO_DATA_LIMITS
    return float(arr.min()), float(arr.max())


def map_values(values: np.ndarray, name: str, limits: tuple[float, float]) -> np.ndarray:
    """The reference colouring of §8.13: (..., 4) float32 RGBA for ``values``.

    t = (v - low) / (high - low), clamped to [0, 1] (so infinities take the end
    colours); low == high puts every finite value at t = 0.5; NaN is NAN_COLOR.
    """
    low, high = _check_limits(limits)
    v = np.asarray(values, dtype=np.float64)
    if high > low:
        with np.errstate(invalid="ignore", over="ignore"):
            t = (v - low) / (high - low)
    else:
        t = np.where(np.isnan(v), np.nan, 0.5)
    nan = np.isnan(t)
    out = _at(name, np.clip(np.where(nan, 0.0, t), 0.0, 1.0))
    out[nan] = NAN_COLOR
    return out.astype(np.float32)
