"""A height field over a rectilinear grid, coloured on the GPU, updated in place.

Placed as §8.14 says: grid point (i, j) with height h is the scene point
(x, y, z) = (column coordinate j, h, row coordinate i), height up along +y.
The grid's positions in the x-z plane are uploaded once; an update uploads
the heights, their normals (for smooth shading) and the colour scalars, and
the triangles only when the set of cells with a NaN corner changes (those
cells are left undrawn). Flat shading takes its normal from screen-space
derivatives of the position, so it needs no per-face data.
"""

from __future__ import annotations

import numpy as np
from vispy import gloo
from vispy.visuals import Visual

from .colormap_shader import GLSL_FRAGMENT, GLSL_VERTEX, ColormapUniforms
from .morphology import eye_position

SHADING_MODES = {"none": 0.0, "flat": 1.0, "smooth": 2.0}

_VERTEX = (
    GLSL_VERTEX
    + """
attribute vec2 a_xz;
attribute float a_height;
attribute vec3 a_normal;
attribute float a_value;

varying vec3 v_position;
varying vec3 v_normal;
varying vec2 v_cmap;

void main() {
    vec3 p = vec3(a_xz.x, a_height, a_xz.y);
    v_position = p;
    v_normal = a_normal;
    v_cmap = colormap_position(a_value);
    gl_Position = $transform(vec4(p, 1.0));
}
"""
)

_FRAGMENT = (
    GLSL_FRAGMENT
    + """
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
)


def grid_faces(rows: int, cols: int, skip: np.ndarray | None = None) -> np.ndarray:
    """Two triangles per grid cell, indices into a row-major (rows, cols) vertex array.

    ``skip``, a (rows - 1, cols - 1) boolean mask, leaves those cells out.
    """
    r, c = np.meshgrid(np.arange(rows - 1), np.arange(cols - 1), indexing="ij")
    if skip is not None:
        r, c = r[~skip], c[~skip]
    a = (r * cols + c).ravel()
    b, d = a + 1, a + cols
    return np.concatenate([np.stack([a, b, d + 1], 1), np.stack([a, d + 1, d], 1)]).astype(np.uint32)


class SurfaceVisual(Visual):
    """Heights over a grid: columns (``cols``) along +x, rows (``rows``) along +z, height along +y."""

    def __init__(
        self,
        cols: np.ndarray,
        rows: np.ndarray,
        lut: np.ndarray,
        nan_color: tuple[float, float, float, float],
        shading: str = "smooth",
        ambient: float = 0.35,
    ):
        Visual.__init__(self, vcode=_VERTEX, fcode=_FRAGMENT)
        self.x = np.asarray(cols, dtype=np.float64)
        self.z = np.asarray(rows, dtype=np.float64)
        self.shape = (len(self.z), len(self.x))
        if min(self.shape) < 2:
            raise ValueError(f"a surface needs at least 2 x 2 grid points, got {self.shape}")
        gx, gz = np.meshgrid(self.x, self.z)
        prog = self.shared_program
        prog["a_xz"] = gloo.VertexBuffer(np.stack([gx.ravel(), gz.ravel()], 1).astype(np.float32))
        n = gx.size
        self._height = gloo.VertexBuffer(np.zeros(n, np.float32))
        self._normal = gloo.VertexBuffer(np.tile(np.float32([0, 1, 0]), (n, 1)))
        self._value = gloo.VertexBuffer(np.full(n, np.nan, np.float32))
        prog["a_height"] = self._height
        prog["a_normal"] = self._normal
        prog["a_value"] = self._value
        self.colormap = ColormapUniforms(prog, lut, nan_color)
        prog["u_ambient"] = float(ambient)
        prog["u_eye"] = (0.0, 0.0, 1.0, 0.0)
        self.set_shading(shading)
        self._skip: np.ndarray | None = None
        self._index_buffer = gloo.IndexBuffer(grid_faces(*self.shape))
        self._draw_mode = "triangles"
        self.set_gl_state("opaque", depth_test=True, cull_face=False)
        self._yrange = (0.0, 0.0)
        self.points = np.full((*self.shape, 3), np.nan)  # the drawn grid points, NaN where not drawn
        self.freeze()

    def set_shading(self, shading: str) -> None:
        if shading not in SHADING_MODES:
            raise ValueError(f"shading {shading!r} is not one of {sorted(SHADING_MODES)}")
        self.shared_program["u_shading"] = SHADING_MODES[shading]
        self.update()

    def set_data(self, height: np.ndarray, values: np.ndarray | None = None, exaggeration: float = 1.0) -> None:
        """New heights (rows x cols) and colour scalars (the heights when None).

        Heights are drawn 1:1 in scene units times ``exaggeration``; a cell
        with a NaN height at a corner is not drawn.
        """
        h = np.asarray(height, dtype=np.float64)
        if h.shape != self.shape:
            raise ValueError(f"expected heights of shape {self.shape}, got {h.shape}")
        v = h if values is None else np.asarray(values, dtype=np.float32)
        if v.shape != self.shape:
            raise ValueError(f"expected colour values of shape {self.shape}, got {v.shape}")
        finite = np.isfinite(h)
        y = np.where(finite, h * exaggeration, 0.0)
        bad = ~finite
        skip = bad[:-1, :-1] | bad[1:, :-1] | bad[:-1, 1:] | bad[1:, 1:]
        if not skip.any():
            skip = None
        if (skip is None) != (self._skip is None) or (skip is not None and not np.array_equal(skip, self._skip)):
            self._index_buffer = gloo.IndexBuffer(grid_faces(*self.shape, skip=skip))
            self._skip = skip
        self._height.set_data(np.ascontiguousarray(y.ravel(), dtype=np.float32))
        self._normal.set_data(np.ascontiguousarray(self._normals(y).reshape(-1, 3)))
        self._value.set_data(np.ascontiguousarray(v.ravel(), dtype=np.float32))
        self._yrange = (float(y[finite].min()), float(y[finite].max())) if finite.any() else (0.0, 0.0)
        gx, gz = np.meshgrid(self.x, self.z)
        self.points = np.stack([gx, np.where(finite, y, np.nan), gz], axis=-1)
        self.update()

    @property
    def height_range(self) -> tuple[float, float]:
        """Lowest and highest finite drawn height (scene units), (0, 0) before any data."""
        return self._yrange

    def _normals(self, y: np.ndarray) -> np.ndarray:
        dy_dz, dy_dx = np.gradient(y, self.z, self.x)
        n = np.stack([-dy_dx, np.ones_like(y), -dy_dz], axis=-1)
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
        if axis == 2:
            return float(self.z.min()), float(self.z.max())
        return self._yrange
