"""A first view that frames the whole cell.

``frame_sphere`` fits the bounding sphere in the smaller side: any direction of
view then shows everything. ``frame_box_front`` does better for the first view
of §8.14 (looking along -z): it fits the box's x and y extents to the viewport's
width and height, so a long, flat cell fills a wide panel.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from ...scene.views import Camera


def segment_bounds(
    positions: np.ndarray, orientations: np.ndarray, radii: np.ndarray, lengths: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """The axis-aligned box (low corner, high corner) holding every cylinder's ends plus its radius."""
    pos = np.asarray(positions, dtype=np.float64).reshape(-1, 3)
    if len(pos) == 0:
        return -np.ones(3), np.ones(3)
    half = np.asarray(orientations, dtype=np.float64)[:, :, 2] * (np.asarray(lengths, dtype=np.float64)[:, None] / 2)
    ends = np.concatenate([pos - half, pos + half])
    r = np.abs(np.concatenate([radii, radii]).astype(np.float64))[:, None]
    ok = np.isfinite(ends).all(axis=1) & np.isfinite(r[:, 0])
    if not ok.any():
        return -np.ones(3), np.ones(3)
    return (ends[ok] - r[ok]).min(axis=0), (ends[ok] + r[ok]).max(axis=0)


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


def frame_box_front(camera, lo: np.ndarray, hi: np.ndarray, size: tuple[float, float], margin: float = 1.06) -> None:
    """Aim a VisPy perspective camera looking along -z at the box [lo, hi] so that its front fills the viewport.

    ``size`` is the viewport in pixels. VisPy's ``scale_factor`` is the extent
    seen along the smaller side at the centre; the box's front face, nearer by
    half its depth, is seen larger, which the last step allows for.
    """
    w, h = max(float(size[0]), 1.0), max(float(size[1]), 1.0)
    small = min(w, h)
    lo, hi = np.asarray(lo, dtype=np.float64), np.asarray(hi, dtype=np.float64)
    extent = np.maximum(hi - lo, 1e-9)
    scale = max(extent[0] * small / w, extent[1] * small / h) * margin
    tan_half = math.tan(math.radians(max(camera.fov, 1.0)) / 2.0)
    distance = scale * (h / small) / (2.0 * tan_half)
    half_depth = extent[2] / 2.0
    if distance <= 2.0 * half_depth:  # a deep box: only the sphere is safe
        frame_sphere(camera, (lo + hi) / 2.0, float(np.linalg.norm(extent)) / 2.0, margin)
        return
    scale *= distance / (distance - half_depth)
    camera.center = tuple(float(c) for c in (lo + hi) / 2.0)
    camera.scale_factor = float(scale)
    camera.set_default_state()


def camera_of(value: Any) -> Camera | None:
    """A view's ``camera`` property as a :class:`Camera` (a bound state value may be its map), or ``None``."""
    if isinstance(value, Camera):
        return value
    if isinstance(value, dict):
        try:
            return Camera.from_tree(value)
        except Exception:  # a bound value that is no camera: none (§8.3.1)
            return None
    return None


def aim_camera(camera, spec: Camera, centre: np.ndarray, radius: float, margin: float = 1.08) -> None:
    """Put a VisPy ``TurntableCamera`` (``up="+y"``) where §8.14 rule 6 says, and make that its reset state.

    With +y up, VisPy's azimuth 90 looks from +z (the spec's azimuth 0) and grows the same way, so VisPy's
    azimuth is the spec's plus 90; elevations agree. VisPy's eye is ``scale_factor / (2 tan(fov / 2))``
    from its centre, so a distance d is a scale factor of ``2 d tan(fov / 2)``; without one the sphere of
    ``radius`` is framed, as :func:`frame_sphere` does.
    """
    camera.azimuth = float(spec.azimuth) + 90.0
    camera.elevation = float(spec.elevation)
    if spec.distance is None:
        frame_sphere(camera, centre, radius, margin)
        return
    camera.center = tuple(float(c) for c in centre)
    camera.scale_factor = float(2.0 * spec.distance * math.tan(math.radians(max(camera.fov, 1.0)) / 2.0))
    camera.set_default_state()
