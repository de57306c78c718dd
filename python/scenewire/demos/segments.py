"""Segment geometry shared by the demos: a tree of sections cut into cylinders.

A morphology geometry (§8.2.1) is per-segment arrays in µm: centres,
rotation matrices whose third column is the segment's axis, radii, lengths,
positions along the section (xlocs). :class:`SegmentTree` collects segments
section by section and remembers which segment each one hangs from, so the
same object gives the picture (:meth:`geometry`) and the cable's coupling
(:attr:`parents`).
"""

from __future__ import annotations

import numpy as np

from ..scene import MorphologyGeometry
from ..scene.morphology import entity_id, frames  # where they live now; imported from here by older code

__all__ = ["SegmentTree", "entity_id", "frames"]


class SegmentTree:
    """Sections of cylinders; each segment knows its parent segment (or -1 for the root)."""

    def __init__(self) -> None:
        self.starts: list[np.ndarray] = []
        self.ends: list[np.ndarray] = []
        self.radii: list[float] = []
        self.xlocs: list[float] = []
        self.sections: list[str] = []
        self.parents: list[int] = []
        self.first: dict[str, int] = {}  # section -> its first segment
        self.last: dict[str, int] = {}  # section -> its last segment

    def __len__(self) -> int:
        return len(self.radii)

    def add_section(self, name: str, points: np.ndarray, radii: np.ndarray, parent: int) -> None:
        """A section through ``points`` (k+1, 3), one segment between each pair, radius per segment."""
        points = np.asarray(points, dtype=np.float64)
        k = len(points) - 1
        self.first[name] = len(self)
        for i in range(k):
            self.parents.append(parent if i == 0 else len(self) - 1)
            self.starts.append(points[i])
            self.ends.append(points[i + 1])
            self.radii.append(float(radii[i]))
            self.xlocs.append((i + 0.5) / k)
            self.sections.append(name)
        self.last[name] = len(self) - 1

    @property
    def lengths(self) -> np.ndarray:
        return np.linalg.norm(np.array(self.ends) - np.array(self.starts), axis=1)

    @property
    def entity_ids(self) -> list[str]:
        return [entity_id(s, x) for s, x in zip(self.sections, self.xlocs, strict=True)]

    def geometry(self, geometry_id: str) -> MorphologyGeometry:
        starts, ends = np.array(self.starts), np.array(self.ends)
        return MorphologyGeometry(
            id=geometry_id,
            positions=((starts + ends) / 2).astype(np.float32),
            orientations=frames(ends - starts).astype(np.float32),
            radii=np.array(self.radii, dtype=np.float32),
            lengths=self.lengths.astype(np.float32),
            xlocs=np.array(self.xlocs, dtype=np.float32),
            entity_ids=self.entity_ids,
            section_names=list(self.sections),
        )
