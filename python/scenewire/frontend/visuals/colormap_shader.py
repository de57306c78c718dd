"""Scalars to colours on the GPU: a colormap as a float texture, limits as uniforms.

A colour update then uploads one float32 per item; the shader does what
``colormaps.map_values`` does on the CPU (clamp to the limits, NaN to the NaN
colour), sampling the lookup table at texel centres so that its linear
filtering interpolates between the table's entries exactly as the CPU does.
"""

from __future__ import annotations

import numpy as np
from vispy import gloo

# GLSL shared by the visuals; the uniforms are set by ``ColormapUniforms``. The vertex
# shader turns the scalar into a position t on the map and a NaN flag, both finite, so
# that interpolating them is safe (an infinite varying interpolates to NaN).
GLSL_VERTEX = """
uniform float u_lo;
uniform float u_scale;
uniform float u_bias;

vec2 colormap_position(float v) {
    // (t, is_nan); GLSL 1.20 has no isnan(): a NaN is unordered against everything
    if (!(v < 0.0) && !(v >= 0.0)) {
        return vec2(0.0, 1.0);
    }
    // equal limits (u_scale 0) put every value, infinities too, at u_bias
    float t = u_scale == 0.0 ? u_bias : clamp((v - u_lo) * u_scale + u_bias, 0.0, 1.0);
    return vec2(t, 0.0);
}
"""

_LOOKUP = """
uniform sampler2D u_lut;
uniform float u_lut_size;
uniform vec4 u_nan_color;

vec4 colormap_rgba(vec2 position) {
    if (position.y > 0.5) {
        return u_nan_color;
    }
    float s = (position.x * (u_lut_size - 1.0) + 0.5) / u_lut_size;
    return FETCH(u_lut, vec2(s, 0.5));
}
"""

GLSL_FRAGMENT = _LOOKUP.replace("FETCH(u_lut, vec2(s, 0.5))", "texture2D(u_lut, vec2(s, 0.5))")
"""``colormap_rgba(position)`` for a fragment shader (a colour that varies across a triangle)."""

GLSL_VERTEX_LOOKUP = _LOOKUP.replace("FETCH(u_lut, vec2(s, 0.5))", "texture2DLod(u_lut, vec2(s, 0.5), 0.0)")
"""``colormap_rgba(position)`` for a vertex shader (one colour per instance: looked up per vertex, not per pixel)."""


def limit_uniforms(limits: tuple[float, float]) -> tuple[float, float, float]:
    """(lo, scale, bias) with t = clamp((v - lo) * scale + bias, 0, 1).

    Equal limits map every finite value to the middle of the colormap, as the
    reference mapping does.
    """
    lo, hi = float(limits[0]), float(limits[1])
    if not (np.isfinite(lo) and np.isfinite(hi)) or hi == lo:
        return (lo if np.isfinite(lo) else 0.0, 0.0, 0.5)
    return (lo, 1.0 / (hi - lo), 0.0)


class ColormapUniforms:
    """Owns the lookup texture of one program and the uniforms that go with it."""

    def __init__(self, program: gloo.Program, lut: np.ndarray, nan_color: tuple[float, float, float, float]):
        self._program = program
        self._texture: gloo.Texture2D | None = None
        self.set_lut(lut)
        self.set_nan_color(nan_color)
        self.set_limits((0.0, 1.0))

    def set_lut(self, lut: np.ndarray) -> None:
        """Upload a (n, 4) float RGBA table (sRGB 0..1), n >= 2."""
        table = np.ascontiguousarray(np.asarray(lut, dtype=np.float32).reshape(1, -1, 4))
        if table.shape[1] < 2:
            raise ValueError("a colormap lookup table needs at least 2 entries")
        if self._texture is None or self._texture.shape[:2] != table.shape[:2]:
            self._texture = gloo.Texture2D(
                table, internalformat="rgba32f", interpolation="linear", wrapping="clamp_to_edge"
            )
        else:
            self._texture.set_data(table)
        self._program["u_lut"] = self._texture
        self._program["u_lut_size"] = float(table.shape[1])

    def set_limits(self, limits: tuple[float, float]) -> None:
        lo, scale, bias = limit_uniforms(limits)
        self._program["u_lo"] = lo
        self._program["u_scale"] = scale
        self._program["u_bias"] = bias

    def set_nan_color(self, rgba: tuple[float, float, float, float]) -> None:
        self._program["u_nan_color"] = tuple(float(c) for c in rgba)
