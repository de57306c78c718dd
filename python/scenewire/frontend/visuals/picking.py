"""Which segment is under a pixel: a ray test against every cylinder on the CPU.

Chosen over an ID render pass because it needs no second draw (under a
software renderer a pass over 100 000 segments costs as much as a frame),
so hover can pick on every mouse move, and because it is exact: it tests the
same cylinders the spec defines, not the rasterised approximation.
"""

from __future__ import annotations

import numpy as np


def ray_through_pixel(canvas_to_scene, x: float, y: float) -> tuple[np.ndarray, np.ndarray]:
    """Origin and unit direction, in scene coordinates, of the ray under canvas pixel (x, y).

    ``canvas_to_scene`` is a VisPy transform from canvas pixels to the scene
    (``canvas.scene.node_transform(view.scene)``); pixel depth 0 and 1 are the
    near and far planes.
    """
    pts = canvas_to_scene.map(np.array([[x, y, 0.0, 1.0], [x, y, 1.0, 1.0]]))
    near = pts[0, :3] / pts[0, 3]
    far = pts[1, :3] / pts[1, 3]
    d = far - near
    return near, d / np.linalg.norm(d)


class CylinderPicker:
    """Ray tests against n cylinders (§8.2.1 conventions), vectorised over all of them."""

    def __init__(self, positions: np.ndarray, orientations: np.ndarray, radii: np.ndarray, lengths: np.ndarray):
        self.positions = np.asarray(positions, dtype=np.float64)
        self.rotations = np.asarray(orientations, dtype=np.float64)
        self.radii = np.asarray(radii, dtype=np.float64)
        self.half = np.asarray(lengths, dtype=np.float64) / 2.0
        # a bounding sphere per cylinder discards most segments before the exact test
        self.reach = np.hypot(self.radii, self.half)

    def pick(self, origin: np.ndarray, direction: np.ndarray, min_radius: float = 0.0) -> int | None:
        """Index of the nearest cylinder the ray enters (in front of the origin), or None.

        ``min_radius`` (per unit of distance from the origin) thickens thin
        cylinders as the drawing does, so what shows can be clicked.
        """
        origin = np.asarray(origin, dtype=np.float64)
        direction = np.asarray(direction, dtype=np.float64)
        rel = self.positions - origin
        dist2 = np.einsum("ij,ij->i", rel, rel)
        radii, reach = self.radii, self.reach
        if min_radius > 0:
            radii = np.maximum(radii, min_radius * np.sqrt(dist2))
            reach = np.hypot(radii, self.half)
        along = rel @ direction
        miss2 = dist2 - along**2
        cand = np.nonzero((miss2 <= reach**2) & (along + reach >= 0))[0]
        if cand.size == 0:
            return None
        rot = self.rotations[cand]
        # the ray in each cylinder's local frame (axis along z): x_local = R^T (x - p)
        o = np.einsum("nji,nj->ni", rot, -rel[cand])
        d = np.einsum("nji,j->ni", rot, direction)
        r = radii[cand]
        h = self.half[cand]
        t_hit = np.full(cand.size, np.inf)
        # side: (ox + t dx)^2 + (oy + t dy)^2 = r^2, with |oz + t dz| <= h
        a = d[:, 0] ** 2 + d[:, 1] ** 2
        b = o[:, 0] * d[:, 0] + o[:, 1] * d[:, 1]
        c = o[:, 0] ** 2 + o[:, 1] ** 2 - r**2
        disc = b**2 - a * c
        ok = (a > 1e-12) & (disc >= 0)
        with np.errstate(invalid="ignore", divide="ignore"):
            root = np.sqrt(np.where(ok, disc, 0.0))
            for t in ((-b - root) / a, (-b + root) / a):
                z = o[:, 2] + t * d[:, 2]
                hit = ok & (t >= 0) & (np.abs(z) <= h)
                t_hit = np.where(hit & (t < t_hit), t, t_hit)
            # caps: z = +-h, inside the disc
            for sign in (-1.0, 1.0):
                t = (sign * h - o[:, 2]) / d[:, 2]
                x = o[:, 0] + t * d[:, 0]
                y = o[:, 1] + t * d[:, 1]
                hit = (np.abs(d[:, 2]) > 1e-12) & (t >= 0) & (x**2 + y**2 <= r**2)
                t_hit = np.where(hit & (t < t_hit), t, t_hit)
        best = int(np.argmin(t_hit))
        return int(cand[best]) if np.isfinite(t_hit[best]) else None


def pick_grid_point(origin: np.ndarray, direction: np.ndarray, points: np.ndarray) -> tuple[int, int] | None:
    """The grid point (i, j) nearest to where a ray first meets a surface of (rows, cols, 3) points, or None.

    Each cell is two triangles, as drawn; a ray test against all of them at once
    (Moeller-Trumbore). Cells with a non-finite corner are not drawn and not hit.
    """
    p = np.asarray(points, dtype=np.float64)
    rows, cols = p.shape[:2]
    a, b, c, d = p[:-1, :-1], p[:-1, 1:], p[1:, :-1], p[1:, 1:]
    tris = np.concatenate([np.stack([a, b, d], 2).reshape(-1, 3, 3), np.stack([a, d, c], 2).reshape(-1, 3, 3)])
    corner = np.concatenate(
        [np.stack(np.meshgrid(np.arange(rows - 1), np.arange(cols - 1), indexing="ij"), -1).reshape(-1, 2)] * 2
    )
    ok = np.isfinite(tris).all(axis=(1, 2))
    tris, corner = tris[ok], corner[ok]
    if len(tris) == 0:
        return None
    o = np.asarray(origin, dtype=np.float64)
    dvec = np.asarray(direction, dtype=np.float64)
    e1 = tris[:, 1] - tris[:, 0]
    e2 = tris[:, 2] - tris[:, 0]
    h = np.cross(dvec, e2)
    det = np.einsum("ij,ij->i", e1, h)
    with np.errstate(divide="ignore", invalid="ignore"):
        inv = 1.0 / det
        s = o - tris[:, 0]
        u = inv * np.einsum("ij,ij->i", s, h)
        q = np.cross(s, e1)
        v = inv * (q @ dvec)
        t = inv * np.einsum("ij,ij->i", e2, q)
    hit = (np.abs(det) > 1e-15) & (u >= 0) & (v >= 0) & (u + v <= 1) & (t >= 0)
    if not hit.any():
        return None
    k = np.flatnonzero(hit)[np.argmin(t[hit])]
    spot = o + t[k] * dvec
    i0, j0 = corner[k]
    cell = p[i0 : i0 + 2, j0 : j0 + 2].reshape(4, 3)
    near = int(np.argmin(np.linalg.norm(cell - spot, axis=1)))
    return int(i0 + near // 2), int(j0 + near % 2)
