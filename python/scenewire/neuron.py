"""NEURON sections to a morphology geometry: :func:`morphology_from_sections`.

Takes sections already built (``h.Section`` with 3-D points from
``h.pt3dadd`` or a loaded morphology) and imports no NEURON itself, so this
module loads anywhere; NEURON (``pip install "./python[neuron]"``) is needed
only where the sections are made, in the session's ``initialize()``. The
cut is that of :func:`scenewire.scene.morphology.cut_path`, on NEURON's own
arc lengths, with NEURON's own segment diameters.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from .scene import MorphologyGeometry
from .scene.morphology import cut_path, entity_id, frames
from .session.headless import quiet_headless_simulators

quiet_headless_simulators()  # imported before NEURON, as a session module does: no "no DISPLAY" warning


def section_points(sec: Any) -> tuple[np.ndarray, np.ndarray]:
    """A section's 3-D points ``(k, 3)`` in µm and their arc lengths ``(k,)``, from its pt3d list."""
    k = int(sec.n3d())
    if k < 2:
        raise ValueError(f"section {sec.name()} has {k} 3-D points; give it at least two with h.pt3dadd")
    xyz = np.array([[sec.x3d(i), sec.y3d(i), sec.z3d(i)] for i in range(k)])
    arc = np.array([sec.arc3d(i) for i in range(k)])
    return xyz, arc


def morphology_from_sections(sections: Sequence[Any], geometry_id: str = "cell") -> tuple[MorphologyGeometry, list]:
    """The morphology geometry of NEURON ``sections`` (with 3-D points) and their segments in the same order.

    Args:
        sections: NEURON sections, each with at least two 3-D points.
        geometry_id: the geometry's id in the scene.

    Returns:
        The geometry (each section cut into its ``nseg`` segments, centred
        where NEURON puts them, as thick as ``seg.diam``, as long as
        ``L / nseg``; entity ids are NEURON's names, ``dend[2](0.500)``) and the
        NEURON segments, entry i of one being entry i of the other (record
        ``seg._ref_v`` in that order to colour the view).
    """
    centres, chords, radii, lengths, xlocs, ids, names, segments = [], [], [], [], [], [], [], []
    for sec in sections:
        xyz, arc = section_points(sec)
        name = sec.name()
        nseg = int(sec.nseg)
        cuts = cut_path(xyz, nseg, arc)
        for i, seg in enumerate(sec):
            centres.append(cuts[i, 1])
            chords.append(cuts[i, 2] - cuts[i, 0])
            radii.append(seg.diam / 2)
            lengths.append(sec.L / nseg)
            xlocs.append(seg.x)
            ids.append(entity_id(name, seg.x))
            names.append(name)
            segments.append(seg)
    geometry = MorphologyGeometry(
        id=geometry_id,
        positions=np.array(centres, dtype=np.float32),
        orientations=frames(np.array(chords)).astype(np.float32),
        radii=np.array(radii, dtype=np.float32),
        lengths=np.array(lengths, dtype=np.float32),
        xlocs=np.array(xlocs, dtype=np.float32),
        entity_ids=ids,
        section_names=names,
    )
    return geometry, segments
