"""The unit capped cylinder every segment instance is drawn from."""

from __future__ import annotations

import numpy as np


def unit_capped_cylinder(sides: int = 8) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Vertices, normals and triangle indices of a cylinder of radius 1 along z, -0.5..0.5.

    The side has radial normals (smooth shading reads as round); each cap has
    its own ring of vertices with axial normals, so the caps are flat discs.
    """
    if sides < 3:
        raise ValueError("a cylinder needs at least 3 sides")
    angle = np.linspace(0.0, 2.0 * np.pi, sides, endpoint=False)
    ring = np.stack([np.cos(angle), np.sin(angle), np.zeros(sides)], axis=1)
    lower = ring + np.array([0.0, 0.0, -0.5])
    upper = ring + np.array([0.0, 0.0, 0.5])
    verts = [lower, upper, lower, upper, [[0.0, 0.0, -0.5]], [[0.0, 0.0, 0.5]]]
    normals = [
        ring,
        ring,
        np.tile([0.0, 0.0, -1.0], (sides, 1)),
        np.tile([0.0, 0.0, 1.0], (sides, 1)),
        [[0.0, 0.0, -1.0]],
        [[0.0, 0.0, 1.0]],
    ]
    i = np.arange(sides)
    j = (i + 1) % sides
    lo, up, cap_lo, cap_up = 0, sides, 2 * sides, 3 * sides
    centre_lo, centre_up = 4 * sides, 4 * sides + 1
    faces = np.concatenate(
        [
            np.stack([lo + i, lo + j, up + j], axis=1),
            np.stack([lo + i, up + j, up + i], axis=1),
            np.stack([np.full(sides, centre_lo), cap_lo + j, cap_lo + i], axis=1),
            np.stack([np.full(sides, centre_up), cap_up + i, cap_up + j], axis=1),
        ]
    )
    return (
        np.concatenate(verts).astype(np.float32),
        np.concatenate(normals).astype(np.float32),
        faces.astype(np.uint32),
    )


def unit_box() -> tuple[np.ndarray, np.ndarray]:
    """Corners and outward, counter-clockwise triangles of the box x, y in [-1, 1], z in [-0.5, 0.5].

    Scaled by (radius, radius, length) it holds the segment's cylinder exactly:
    the box an impostor is ray-cast in.
    """
    corners = np.array([[x, y, z] for x in (-1.0, 1.0) for y in (-1.0, 1.0) for z in (-0.5, 0.5)], np.float32)
    faces = []
    for axis in range(3):
        for side in (-1.0, 1.0):
            quad = [i for i, c in enumerate(corners) if np.sign(c[axis]) == side]
            a, b, c, d = quad  # corners differ in the two other axes in binary order: a-b-d-c goes round
            for tri in ((a, b, d), (a, d, c)):
                p = corners[list(tri)]
                normal = np.cross(p[1] - p[0], p[2] - p[0])
                outward = np.zeros(3)
                outward[axis] = side
                faces.append(tri if np.dot(normal, outward) > 0 else tri[::-1])
    return corners, np.array(faces, np.uint32)
