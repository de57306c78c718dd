"""A first view that frames the whole cell: the bounding sphere fits the smaller side."""

from __future__ import annotations

import math

import numpy as np


def segment_bounding_sphere(
    positions: np.ndarray, orientations: np.ndarray, radii: np.ndarray, lengths: np.ndarray
) -> tuple[np.ndarray, float]:
    """Centre and radius of a sphere holding every cylinder (ends plus radius)."""
    pos = np.asarray(positions, dtype=np.float64).reshape(-1, 3)
    if len(pos) == 0:
        return np.zeros(3), 1.0
    axis = np.asarray(orientations, dtype=np.float64)[:, :, 2]
    half = axis * (np.asarray(lengths, dtype=np.float64)[:, None] / 2.0)
    ends = np.concatenate([pos - half, pos + half])
    r = np.concatenate([radii, radii]).astype(np.float64)
    ok = np.isfinite(ends).all(axis=1) & np.isfinite(r)
    if not ok.any():
        return np.zeros(3), 1.0
    ends, r = ends[ok], r[ok]
    centre = (ends.min(axis=0) + ends.max(axis=0)) / 2.0
    radius = float(np.max(np.linalg.norm(ends - centre, axis=1) + np.abs(r)))
    return centre, radius if radius > 0 else 1.0


def frame_sphere(camera, centre: np.ndarray, radius: float, margin: float = 1.08) -> None:
    """Aim a VisPy perspective camera at the sphere and back off until it fits.

    VisPy's ``scale_factor`` is the extent seen along the smaller side at the
    centre; the sphere fits when the camera is radius / sin(fov / 2) away.
    The framed view becomes the camera's reset state.
    """
    half_fov = math.radians(max(camera.fov, 1.0)) / 2.0
    camera.center = tuple(float(c) for c in centre)
    camera.scale_factor = float(2.0 * radius * margin / math.cos(half_fov))
    camera.set_default_state()
