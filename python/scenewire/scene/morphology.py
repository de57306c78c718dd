"""Morphologies from plain 3-D points: the per-segment arrays of a :class:`MorphologyGeometry`, no NEURON needed.

A morphology geometry (§8.2.1) is one entry per segment: its centre, a
rotation whose third column is its axis, its radius and length (all in µm)
and where it sits along its section. A model that knows its cell as
sections of 3-D points with diameters (an SWC file, a hand-written tree, the
``pt3d`` lists of NEURON) cuts each section into segments here, the way
NEURON does: ``nseg`` pieces of equal arc length along the path through the
points, each centred at arc length ``(i + 0.5) / nseg`` of the section,
pointing along its chord, as long as the section's length over ``nseg``.
:mod:`scenewire.neuron` does the same from NEURON's own sections.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
from numpy.typing import ArrayLike

from .geometry import MorphologyGeometry


def frames(directions: ArrayLike) -> np.ndarray:
    """Rotation matrices ``(n, 3, 3)`` whose third column is each of the ``(n, 3)`` directions, normalised.

    The first two columns complete a right-handed orthonormal frame; which
    way they point around the axis is arbitrary (a cylinder looks the same).
    """
    d = np.asarray(directions, dtype=np.float64)
    d = d / np.linalg.norm(d, axis=1, keepdims=True)
    helper = np.where(np.abs(d[:, 2:3]) < 0.9, [[0.0, 0.0, 1.0]], [[1.0, 0.0, 0.0]])
    u = np.cross(helper, d)
    u /= np.linalg.norm(u, axis=1, keepdims=True)
    v = np.cross(d, u)
    return np.stack([u, v, d], axis=2)


def entity_id(section: str, xloc: float) -> str:
    """A segment's id as NEURON spells it: ``entity_id("dend", 0.125)`` is ``"dend(0.125)"``."""
    return f"{section}({xloc:.3f})"


def arc_lengths(points: ArrayLike) -> np.ndarray:
    """The distance along the path from the first of ``points`` ``(k, 3)`` to each, ``(k,)``, starting at 0."""
    xyz = np.asarray(points, dtype=np.float64)
    steps = np.linalg.norm(np.diff(xyz, axis=0), axis=1)
    return np.concatenate([[0.0], np.cumsum(steps)])


def cut_path(points: ArrayLike, nseg: int, arc: ArrayLike | None = None) -> np.ndarray:
    """Where the ``nseg`` segments of the path through ``points`` start, centre and end: ``(nseg, 3, 3)``.

    Args:
        points: the path's 3-D points, ``(k, 3)``, k at least 2.
        nseg: how many segments of equal arc length to cut it into (at least 1).
        arc: the arc length of each point (NEURON's ``arc3d``); by default the
            distances along the path (:func:`arc_lengths`).

    Returns:
        ``out[i]`` holds segment i's start, centre and end (rows), interpolated
        along the path at arc lengths ``i / nseg``, ``(i + 0.5) / nseg`` and
        ``(i + 1) / nseg`` of the whole.
    """
    xyz = np.asarray(points, dtype=np.float64)
    if xyz.ndim != 2 or xyz.shape[1] != 3 or len(xyz) < 2:
        raise ValueError(f"a section's path needs at least two 3-D points as a (k, 3) array, got shape {xyz.shape}")
    if nseg < 1:
        raise ValueError(f"nseg must be at least 1, got {nseg}")
    along = arc_lengths(xyz) if arc is None else np.asarray(arc, dtype=np.float64)
    total = along[-1]
    if not total > 0:
        raise ValueError("a section's points all coincide: its path has no length")
    i = np.arange(nseg, dtype=np.float64)
    out = np.empty((nseg, 3, 3))
    for row, offset in enumerate((0.0, 0.5, 1.0)):  # start, centre, end
        at = (i + offset) / nseg * total
        out[:, row] = np.stack([np.interp(at, along, xyz[:, d]) for d in range(3)], axis=1)
    return out


def morphology_from_points(
    sections: Mapping[str, Sequence[Sequence[float]] | np.ndarray],
    nseg: int | Mapping[str, int] = 1,
    geometry_id: str = "cell",
) -> MorphologyGeometry:
    """The morphology geometry of sections given as 3-D points with diameters (no NEURON).

    Args:
        sections: each section's name and its points as rows of ``x, y, z, diameter`` in µm
            (``(k, 4)``, k at least 2, as ``h.pt3dadd`` takes them). Sections are
            laid out in this order; a branch starts where you put its first point.
        nseg: segments per section, one number for all or a name -> number map
            (a section the map does not name gets 1).
        geometry_id: the geometry's id in the scene.

    Returns:
        One segment per piece, in section order, each centred on the path at arc
        length ``(i + 0.5) / nseg``, oriented along its chord, as long as the
        section's path length over ``nseg``, with the radius half the diameter
        interpolated at its centre. Entity ids are NEURON's spelling,
        ``dend(0.250)``; ``xlocs`` the centre's fraction of its section.

    Example::

        soma = [(0, -10, 0, 20), (0, 10, 0, 20)]
        dend = [(0, 10, 0, 3), (30, 50, 0, 2), (60, 90, 5, 1)]
        geometry = morphology_from_points({"soma": soma, "dend": dend}, nseg={"dend": 9})
        view = MorphologyView(id="cell_view", geometry_id=geometry.id, color_field_id="v")
    """
    centres, orientations, radii, lengths, xlocs, ids, names = [], [], [], [], [], [], []
    for name, rows in sections.items():
        table = np.asarray(rows, dtype=np.float64)
        if table.ndim != 2 or table.shape[1] != 4:
            raise ValueError(f"section {name!r}: expected rows of x, y, z, diameter (k, 4), got shape {table.shape}")
        count = nseg.get(name, 1) if isinstance(nseg, Mapping) else nseg
        cuts = cut_path(table[:, :3], int(count))
        along = arc_lengths(table[:, :3])
        fractions = (np.arange(count) + 0.5) / count
        centres.append(cuts[:, 1])
        orientations.append(frames(cuts[:, 2] - cuts[:, 0]))
        radii.append(np.interp(fractions * along[-1], along, table[:, 3]) / 2)
        lengths.append(np.full(count, along[-1] / count))
        xlocs.append(fractions)
        ids += [entity_id(name, x) for x in fractions]
        names += [name] * int(count)
    if not ids:
        raise ValueError("no sections: give at least one section of two or more points")
    return MorphologyGeometry(
        id=geometry_id,
        positions=np.concatenate(centres).astype(np.float32),
        orientations=np.concatenate(orientations).astype(np.float32),
        radii=np.concatenate(radii).astype(np.float32),
        lengths=np.concatenate(lengths).astype(np.float32),
        xlocs=np.concatenate(xlocs).astype(np.float32),
        entity_ids=ids,
        section_names=names,
    )
