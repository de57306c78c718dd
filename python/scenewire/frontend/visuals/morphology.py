"""A morphology as instanced capped cylinders coloured on the GPU from one scalar each.

Per segment the GPU holds, uploaded once per scene: centre, the orientation's
three columns, radius and length (§8.2.1, §8.14: a cylinder centred at the
position, its axis the third column). A colour update uploads only the
scalars (float32, 4 bytes a segment); the shader maps them through the
colormap texture, caps included, since caps are part of the same instance.

Two ways to draw the same cylinders (``style``): ``"impostor"`` (the default)
draws the box around each cylinder (8 vertices) and ray-casts the exact
cylinder per pixel, writing its depth; ``"mesh"`` draws a polygonal capped
cylinder (26 or 34 vertices). Both are instanced. On a software renderer the
drawing is vertex-bound, so the impostor draws a large cell several times
faster (docs/benchmarks.md), and its cylinders are round at any zoom.
"""

from __future__ import annotations

import numpy as np
from vispy import gloo
from vispy.visuals import Visual

from .colormap_shader import GLSL_VERTEX, GLSL_VERTEX_LOOKUP, ColormapUniforms
from .cylinder_mesh import unit_box, unit_capped_cylinder

NO_FIELD_COLOR = (0.8, 0.8, 0.8, 1.0)
"""Segments of a view with no colour field and a geometry without colours (§8.13)."""

_VERTEX = (
    GLSL_VERTEX
    + GLSL_VERTEX_LOOKUP
    + """
attribute vec3 a_vertex;
attribute vec3 a_normal;
attribute vec3 a_position;   // per instance
attribute vec3 a_axis_x;     // per instance: orientation columns
attribute vec3 a_axis_y;
attribute vec3 a_axis_z;
attribute vec2 a_size;       // per instance: radius, length
attribute float a_value;     // per instance: the colour scalar
attribute vec4 a_rgba;       // per instance, or one constant: colours without a colour field

uniform float u_pad;         // outline pass: world units added to radius and half-length
uniform vec4 u_eye;          // the camera in visual coordinates, homogeneous (w = 0: far away)
uniform float u_min_radius;  // per unit of distance from the eye: thinner segments are drawn this thick
uniform float u_use_rgba;    // 1: colour from a_rgba (no colour field), 0: from the scalar

varying vec3 v_normal;
varying vec3 v_world;
varying vec4 v_rgba;

void main() {
    mat3 rot = mat3(a_axis_x, a_axis_y, a_axis_z);
    // a dendrite thinner than about a pixel would vanish between pixel centres: keep it visible
    float reach = u_eye.w != 0.0 ? length(u_eye.xyz / u_eye.w - a_position) : 1.0;
    float radius = max(a_size.x, u_min_radius * reach) + u_pad;
    vec3 scale = vec3(radius, radius, a_size.y + 2.0 * u_pad);
    vec3 world = a_position + rot * (a_vertex * scale);
    v_normal = rot * a_normal;
    v_world = world;
    // one colour per segment: looked up once per vertex, not once per pixel
    v_rgba = u_use_rgba > 0.5 ? a_rgba : colormap_rgba(colormap_position(a_value));
    gl_Position = $transform(vec4(world, 1.0));
}
"""
)

_FRAGMENT = """
uniform vec4 u_eye;
uniform float u_ambient;
uniform float u_flat;        // 1: draw u_flat_color unshaded (the selection outline)
uniform vec4 u_flat_color;

varying vec3 v_normal;
varying vec3 v_world;
varying vec4 v_rgba;

void main() {
    if (u_flat > 0.5) {
        gl_FragColor = u_flat_color;
        return;
    }
    vec4 rgba = v_rgba;
    // a headlight: surfaces facing the viewer show the colormap's colour exactly
    vec3 to_eye = normalize(u_eye.xyz - v_world * u_eye.w);
    float facing = abs(dot(normalize(v_normal), to_eye));
    float shade = u_ambient + (1.0 - u_ambient) * facing;
    gl_FragColor = vec4(rgba.rgb * shade, rgba.a);
}
"""


_IMPOSTOR_VERTEX = (
    GLSL_VERTEX
    + GLSL_VERTEX_LOOKUP
    + """
attribute vec3 a_vertex;     // a corner of the unit box
attribute vec3 a_position;
attribute vec3 a_axis_x;
attribute vec3 a_axis_y;
attribute vec3 a_axis_z;
attribute vec2 a_size;
attribute float a_value;
attribute vec4 a_rgba;

uniform float u_pad;
uniform vec4 u_eye;
uniform float u_min_radius;
uniform float u_use_rgba;

varying vec3 v_world;        // the point of the box's surface this fragment lies on
varying vec3 v_center;       // the rest is one value per instance
varying vec3 v_ax;
varying vec3 v_ay;
varying vec3 v_az;
varying vec2 v_size;         // radius and half-length as drawn
varying vec4 v_rgba;

void main() {
    float reach = u_eye.w != 0.0 ? length(u_eye.xyz / u_eye.w - a_position) : 1.0;
    float radius = max(a_size.x, u_min_radius * reach) + u_pad;
    float half_length = a_size.y / 2.0 + u_pad;
    vec3 world = a_position + mat3(a_axis_x, a_axis_y, a_axis_z) * (a_vertex * vec3(radius, radius, 2.0 * half_length));
    v_world = world;
    v_center = a_position;
    v_ax = a_axis_x;
    v_ay = a_axis_y;
    v_az = a_axis_z;
    v_size = vec2(radius, half_length);
    v_rgba = u_use_rgba > 0.5 ? a_rgba : colormap_rgba(colormap_position(a_value));
    gl_Position = $transform(vec4(world, 1.0));
}
"""
)

_IMPOSTOR_FRAGMENT = """
uniform vec4 u_eye;
uniform float u_ambient;
uniform float u_flat;        // 1: the selection outline: the far side of the cylinder, flat colour
uniform vec4 u_flat_color;

varying vec3 v_world;
varying vec3 v_center;
varying vec3 v_ax;
varying vec3 v_ay;
varying vec3 v_az;
varying vec2 v_size;
varying vec4 v_rgba;

void main() {
    vec3 dir = u_eye.w != 0.0 ? normalize(v_world - u_eye.xyz / u_eye.w) : -normalize(u_eye.xyz);
    vec3 rel = v_world - v_center;
    vec3 o = vec3(dot(rel, v_ax), dot(rel, v_ay), dot(rel, v_az));
    vec3 d = vec3(dot(dir, v_ax), dot(dir, v_ay), dot(dir, v_az));
    float r = v_size.x;
    float h = v_size.y;
    float t_near = 1e30;
    float t_far = -1e30;
    vec3 n_near = vec3(0.0);
    vec3 n_far = vec3(0.0);
    // the side: |o.xy + t d.xy| = r with |z| <= h
    float a = dot(d.xy, d.xy);
    float b = dot(o.xy, d.xy);
    float disc = b * b - a * (dot(o.xy, o.xy) - r * r);
    if (a > 1e-12 && disc >= 0.0) {
        float root = sqrt(disc);
        float t0 = (-b - root) / a;
        float t1 = (-b + root) / a;
        if (abs(o.z + t0 * d.z) <= h) { t_near = t0; n_near = vec3(o.xy + t0 * d.xy, 0.0); }
        if (abs(o.z + t1 * d.z) <= h) { t_far = t1; n_far = vec3(o.xy + t1 * d.xy, 0.0); }
    }
    // the caps: z = -h and z = +h inside the disc
    if (abs(d.z) > 1e-12) {
        float tl = (-h - o.z) / d.z;
        vec2 pl = o.xy + tl * d.xy;
        if (dot(pl, pl) <= r * r) {
            if (tl < t_near) { t_near = tl; n_near = vec3(0.0, 0.0, -1.0); }
            if (tl > t_far) { t_far = tl; n_far = vec3(0.0, 0.0, -1.0); }
        }
        float tu = (h - o.z) / d.z;
        vec2 pu = o.xy + tu * d.xy;
        if (dot(pu, pu) <= r * r) {
            if (tu < t_near) { t_near = tu; n_near = vec3(0.0, 0.0, 1.0); }
            if (tu > t_far) { t_far = tu; n_far = vec3(0.0, 0.0, 1.0); }
        }
    }
    bool outline = u_flat > 0.5;
    float t = outline ? t_far : t_near;
    if (t > 1e29 || t < -1e29) {
        discard;
    }
    vec3 hit = v_world + t * dir;
    vec4 clip = $transform(vec4(hit, 1.0));
    gl_FragDepth = 0.5 * clip.z / clip.w + 0.5;
    if (outline) {
        gl_FragColor = u_flat_color;
        return;
    }
    vec3 n = mat3(v_ax, v_ay, v_az) * n_near;
    // a headlight: surfaces facing the viewer show the colormap's colour exactly
    float facing = abs(dot(normalize(n), dir));
    float shade = u_ambient + (1.0 - u_ambient) * facing;
    gl_FragColor = vec4(v_rgba.rgb * shade, v_rgba.a);
}
"""

STYLES = ("impostor", "mesh")


def default_sides(n_segments: int) -> int:
    """Sides per cylinder: rounder for small cells; fewer vertices where there are many.

    Drawing is vertex-bound on a software renderer: 100 000 cylinders of 6
    sides take about three quarters of the time of 8 sides (docs/benchmarks.md).
    """
    return 8 if n_segments <= 20_000 else 6


def _as_f32(a: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    out = np.ascontiguousarray(np.asarray(a, dtype=np.float32))
    if out.shape != shape:
        raise ValueError(f"expected shape {shape}, got {out.shape}")
    return out


class MorphologyVisual(Visual):
    """n capped cylinders drawn in one instanced call, coloured by a scalar per segment.

    ``outline=True`` makes the selection's outline instead: the same cylinders
    inflated by ``pad`` (world units), only their back faces, in one flat colour,
    so the selected segments keep their own colour inside a bright rim.
    """

    def __init__(
        self,
        positions: np.ndarray,
        orientations: np.ndarray,
        radii: np.ndarray,
        lengths: np.ndarray,
        lut: np.ndarray,
        nan_color: tuple[float, float, float, float],
        sides: int | None = None,
        ambient: float = 0.35,
        outline: bool = False,
        pad: float = 0.0,
        outline_color: tuple[float, float, float, float] = (1.0, 1.0, 1.0, 1.0),
        style: str = "impostor",
    ):
        if style not in STYLES:
            raise ValueError(f"style {style!r} is not one of {STYLES}")
        impostor = style == "impostor"
        self.style = style  # read by _prepare_transforms, which Visual.__init__ already calls
        if impostor:
            Visual.__init__(self, vcode=_IMPOSTOR_VERTEX, fcode=_IMPOSTOR_FRAGMENT)
        else:
            Visual.__init__(self, vcode=_VERTEX, fcode=_FRAGMENT)
        n = len(radii)
        self.n_segments = n
        prog = self.shared_program
        if impostor:
            vertices, faces = unit_box()
        else:
            vertices, normals, faces = unit_capped_cylinder(sides or default_sides(n))
            prog["a_normal"] = gloo.VertexBuffer(normals)
        prog["a_vertex"] = gloo.VertexBuffer(vertices)
        pos = _as_f32(positions, (n, 3))
        rot = _as_f32(orientations, (n, 3, 3))
        prog["a_position"] = gloo.VertexBuffer(pos, divisor=1)
        for k, name in enumerate(("a_axis_x", "a_axis_y", "a_axis_z")):
            prog[name] = gloo.VertexBuffer(np.ascontiguousarray(rot[:, :, k]), divisor=1)
        size = np.stack([_as_f32(radii, (n,)), _as_f32(lengths, (n,))], axis=1)
        prog["a_size"] = gloo.VertexBuffer(size, divisor=1)
        self._values = gloo.VertexBuffer(np.full(n, np.nan, np.float32), divisor=1)
        prog["a_value"] = self._values
        prog["a_rgba"] = NO_FIELD_COLOR
        prog["u_use_rgba"] = 0.0
        self.colormap = ColormapUniforms(prog, lut, nan_color)
        prog["u_pad"] = float(pad)
        prog["u_min_radius"] = 0.0
        prog["u_ambient"] = float(ambient)
        prog["u_flat"] = 1.0 if outline else 0.0
        prog["u_flat_color"] = tuple(float(c) for c in outline_color)
        prog["u_eye"] = (0.0, 0.0, 1.0, 0.0)
        self._index_buffer = gloo.IndexBuffer(faces)
        self._draw_mode = "triangles"
        if impostor:
            # each pixel once per segment: the box's front faces; the ray-cast picks near or far side
            self.set_gl_state("opaque", depth_test=True, cull_face="back")
        elif outline:
            self.set_gl_state("opaque", depth_test=True, cull_face="front")
        else:
            self.set_gl_state("opaque", depth_test=True, cull_face=False)
        half = np.abs(rot[:, :, 2]) * (size[:, 1:2] / 2) + size[:, 0:1]
        self._bounds = np.stack([(pos - half).min(axis=0), (pos + half).max(axis=0)], axis=1) if n else None
        self._rgba: gloo.VertexBuffer | None = None
        self.bytes_uploaded = 0
        self.freeze()

    def set_values(self, values: np.ndarray) -> None:
        """Upload one scalar per segment (converted to float32 if it is not already)."""
        data = np.ascontiguousarray(values, dtype=np.float32)
        if data.shape != (self.n_segments,):
            raise ValueError(f"expected {self.n_segments} values, got shape {data.shape}")
        self._values.set_data(data, copy=False)
        self.bytes_uploaded += data.nbytes
        self.update()

    def set_colors(self, colors: np.ndarray | None) -> None:
        """Draw fixed colours instead of the scalars: (n, 4) RGBA, uint8 or float 0..1, or None for grey.

        This is the drawing of a view without a colour field (§8.13); a later
        ``use_values()`` goes back to the scalars without uploading them again.
        """
        if colors is None:
            self.shared_program["a_rgba"] = NO_FIELD_COLOR
        else:
            rgba = np.asarray(colors)
            rgba = _as_f32(rgba.astype(np.float32) / 255.0 if rgba.dtype == np.uint8 else rgba, (self.n_segments, 4))
            if self._rgba is None:
                self._rgba = gloo.VertexBuffer(rgba, divisor=1)
            else:
                self._rgba.set_data(rgba, copy=False)
            self.bytes_uploaded += rgba.nbytes
            self.shared_program["a_rgba"] = self._rgba
        self.shared_program["u_use_rgba"] = 1.0
        self.update()

    def use_values(self) -> None:
        """Colour from the scalars again (after ``set_colors``)."""
        self.shared_program["u_use_rgba"] = 0.0
        self.update()

    def set_limits(self, limits: tuple[float, float]) -> None:
        self.colormap.set_limits(limits)
        self.update()

    def set_lut(self, lut: np.ndarray) -> None:
        self.colormap.set_lut(lut)
        self.update()

    def set_min_radius(self, per_distance: float) -> None:
        """Draw no segment thinner than ``per_distance`` times its distance from the eye (0: true radii).

        A view sets it to about half a pixel's width at unit distance, so that thin
        dendrites of a whole-cell view stay visible; the picker takes the same value.
        """
        self.shared_program["u_min_radius"] = float(per_distance)
        self.update()

    def set_pad(self, pad: float) -> None:
        self.shared_program["u_pad"] = float(pad)
        self.update()

    def _prepare_transforms(self, view) -> None:
        tr = view.transforms.get_transform()
        view.view_program.vert["transform"] = tr
        if self.style == "impostor":
            view.view_program.frag["transform"] = tr  # the depth of the ray-cast hit

    def _prepare_draw(self, view) -> bool:
        if self.n_segments == 0:
            return False
        self.shared_program["u_eye"] = eye_position(view)
        return True

    def _compute_bounds(self, axis: int, view) -> tuple[float, float] | None:
        if self._bounds is None:
            return None
        return tuple(self._bounds[axis])


def eye_position(view) -> tuple[float, float, float, float]:
    """Where the camera is, in the visual's coordinates, as a homogeneous point.

    A perspective projection sends the eye to the point at infinity (0, 0, 1, 0)
    of render space; mapping that back gives the eye (w != 0), or, for an
    orthographic camera, the direction towards the viewer (w == 0).
    """
    tr = view.transforms.get_transform(map_from="render", map_to="visual")
    eye = np.asarray(tr.map(np.array([0.0, 0.0, 1.0, 0.0])), dtype=np.float64).ravel()
    if not np.all(np.isfinite(eye)) or not np.any(eye):
        return (0.0, 0.0, 1.0, 0.0)
    if abs(eye[3]) > 1e-12 * np.abs(eye[:3]).max():
        eye = eye / eye[3]
    else:
        eye = np.array([*(eye[:3] / np.linalg.norm(eye[:3])), 0.0])
    return tuple(float(x) for x in eye)
