"""A height field over a rectilinear grid, coloured on the GPU, updated in place.

The grid's vertex positions in the plane are uploaded once; an update uploads
the heights, their normals (for smooth shading) and the colour scalars. Flat
shading takes its normal from screen-space derivatives of the position, so it
needs no per-face data.
"""

from __future__ import annotations

import numpy as np
from vispy import gloo
from vispy.visuals import Visual

from .colormap_shader import GLSL_FRAGMENT, GLSL_VERTEX, ColormapUniforms
from .morphology import eye_position

SHADING_MODES = {"none": 0.0, "flat": 1.0, "smooth": 2.0}

_VERTEX = GLSL_VERTEX + """
attribute vec2 a_xy;
attribute float a_height;
attribute vec3 a_normal;
attribute float a_value;

varying vec3 v_position;
varying vec3 v_normal;
varying vec2 v_cmap;

void main() {
    vec3 p = vec3(a_xy, a_height);
    v_position = p;
    v_normal = a_normal;
    v_cmap = colormap_position(a_value);
    gl_Position = $transform(vec4(p, 1.0));
}
"""

_FRAGMENT = GLSL_FRAGMENT + """
uniform vec4 u_eye;
uniform float u_ambient;
uniform float u_shading;     // 0 none, 1 flat, 2 smooth

varying vec3 v_position;
varying vec3 v_normal;
varying vec2 v_cmap;

void main() {
    vec4 rgba = colormap_rgba(v_cmap);
    float shade = 1.0;
    if (u_shading > 0.5) {
        vec3 n = u_shading > 1.5 ? v_normal : cross(dFdx(v_position), dFdy(v_position));
        float facing = abs(dot(normalize(n), normalize(u_eye.xyz - v_position * u_eye.w)));
        shade = u_ambient + (1.0 - u_ambient) * facing;
    }
    gl_FragColor = vec4(rgba.rgb * shade, rgba.a);
}
"""


def grid_faces(rows: int, cols: int) -> np.ndarray:
    """Two triangles per grid cell, indices into a row-major (rows, cols) vertex array."""
    r, c = np.meshgrid(np.arange(rows - 1), np.arange(cols - 1), indexing="ij")
    a = (r * cols + c).ravel()
    b, d = a + 1, a + cols
    return np.concatenate([np.stack([a, b, d + 1], 1), np.stack([a, d + 1, d], 1)]).astype(np.uint32)


class SurfaceVisual(Visual):
    """z = height[i, j] over (x[j], y[i]): rows along y, columns along x."""

    def __init__(self, x: np.ndarray, y: np.ndarray, lut: np.ndarray,
                 nan_color: tuple[float, float, float, float], shading: str = "smooth", ambient: float = 0.35):
        Visual.__init__(self, vcode=_VERTEX, fcode=_FRAGMENT)
        self.x = np.asarray(x, dtype=np.float32)
        self.y = np.asarray(y, dtype=np.float32)
        self.shape = (len(self.y), len(self.x))
        if min(self.shape) < 2:
            raise ValueError(f"a surface needs at least 2 x 2 grid points, got {self.shape}")
        gx, gy = np.meshgrid(self.x, self.y)
        prog = self.shared_program
        prog["a_xy"] = gloo.VertexBuffer(np.stack([gx.ravel(), gy.ravel()], 1).astype(np.float32))
        n = gx.size
        self._height = gloo.VertexBuffer(np.zeros(n, np.float32))
        self._normal = gloo.VertexBuffer(np.tile(np.float32([0, 0, 1]), (n, 1)))
        self._value = gloo.VertexBuffer(np.full(n, np.nan, np.float32))
        prog["a_height"] = self._height
        prog["a_normal"] = self._normal
        prog["a_value"] = self._value
        self.colormap = ColormapUniforms(prog, lut, nan_color)
        prog["u_ambient"] = float(ambient)
        prog["u_eye"] = (0.0, 0.0, 1.0, 0.0)
        self.set_shading(shading)
        self._index_buffer = gloo.IndexBuffer(grid_faces(*self.shape))
        self._draw_mode = "triangles"
        self.set_gl_state("opaque", depth_test=True, cull_face=False)
        self._zrange = (0.0, 0.0)
        self.freeze()

    def set_shading(self, shading: str) -> None:
        if shading not in SHADING_MODES:
            raise ValueError(f"shading {shading!r} is not one of {sorted(SHADING_MODES)}")
        self.shared_program["u_shading"] = SHADING_MODES[shading]
        self.update()

    def set_data(self, height: np.ndarray, values: np.ndarray | None = None,
                 z_offset: float = 0.0, z_scale: float = 1.0) -> None:
        """New heights (rows x cols) and colour scalars (the heights when None).

        The surface is drawn at z = (height - z_offset) * z_scale, so that a
        view can fit heights of any unit into its box; a NaN height is drawn at
        the lowest finite height, coloured as NaN.
        """
        h = np.asarray(height, dtype=np.float32)
        if h.shape != self.shape:
            raise ValueError(f"expected heights of shape {self.shape}, got {h.shape}")
        v = h if values is None else np.asarray(values, dtype=np.float32)
        if v.shape != self.shape:
            raise ValueError(f"expected colour values of shape {self.shape}, got {v.shape}")
        finite = np.isfinite(h)
        floor = float(h[finite].min()) if finite.any() else 0.0
        v = np.where(finite, v, np.nan).astype(np.float32)
        floor = (floor - z_offset) * z_scale
        z = np.where(finite, (h - np.float32(z_offset)) * np.float32(z_scale), floor).astype(np.float32)
        self._height.set_data(np.ascontiguousarray(z.ravel()))
        self._normal.set_data(np.ascontiguousarray(self._normals(z).reshape(-1, 3)))
        self._value.set_data(np.ascontiguousarray(v.ravel()))
        self._zrange = (floor, float(z.max()) if z.size else floor)
        self.update()

    def _normals(self, z: np.ndarray) -> np.ndarray:
        dz_dy, dz_dx = np.gradient(z, self.y, self.x)
        n = np.stack([-dz_dx, -dz_dy, np.ones_like(z)], axis=-1)
        n /= np.linalg.norm(n, axis=-1, keepdims=True)
        return n.astype(np.float32)

    def set_limits(self, limits: tuple[float, float]) -> None:
        self.colormap.set_limits(limits)
        self.update()

    def set_lut(self, lut: np.ndarray) -> None:
        self.colormap.set_lut(lut)
        self.update()

    def _prepare_transforms(self, view) -> None:
        view.view_program.vert["transform"] = view.transforms.get_transform()

    def _prepare_draw(self, view) -> bool:
        self.shared_program["u_eye"] = eye_position(view)
        return True

    def _compute_bounds(self, axis: int, view) -> tuple[float, float]:
        if axis == 0:
            return float(self.x.min()), float(self.x.max())
        if axis == 1:
            return float(self.y.min()), float(self.y.max())
        return self._zrange
