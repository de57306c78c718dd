"""A still scene both viewers draw: five thick segments in a row, each one colour of the §8.13 map.

Served by ``scenewire serve tests.cross_render:FiveColours`` for tests/test_same_picture.py, which
shoots it with the Qt window and with the browser and compares the colours each drew.
"""

from __future__ import annotations

import numpy as np

from scenewire.scene import Camera, Field, MorphologyGeometry, MorphologyView, Scene
from scenewire.session import BufferedSession

VALUES = np.array([-80.0, -55.0, -30.0, -5.0, 20.0])
LIMITS = (-80.0, 20.0)
COLORMAP = "viridis"


class FiveColours(BufferedSession):
    """Nothing moves: the picture depends only on the scene, so two renderers can be compared."""

    camera: Camera | None = None

    def initialize(self) -> Scene:
        n = len(VALUES)
        cell = MorphologyGeometry(
            id="cell",
            positions=np.array([[i * 40.0, 0.0, 0.0] for i in range(n)]),
            # each segment's axis along +y (the third column), side by side along x
            orientations=np.tile(np.array([[1.0, 0.0, 0.0], [0.0, 0.0, 1.0], [0.0, -1.0, 0.0]]), (n, 1, 1)),
            radii=np.full(n, 14.0),
            lengths=np.full(n, 60.0),
            xlocs=np.full(n, 0.5),
            entity_ids=[f"s{i}" for i in range(n)],
            section_names=[f"s{i}" for i in range(n)],
        )
        v = Field(id="v", values=VALUES.astype(np.float32)[:, None], dims=["segment", "time"], unit="mV")
        view = MorphologyView(
            id="m", geometry_id="cell", color_field_id="v", colormap=COLORMAP, color_limits=LIMITS, camera=self.camera
        )
        return Scene(fields=[v], geometries=[cell], views=[view])

    def is_live(self) -> bool:
        return True

    def advance(self) -> None:
        pass


class FiveColoursFromAbove(FiveColours):
    """The same, with the session's camera (§8.14 rule 6) looking straight down each segment's axis."""

    camera = Camera(azimuth=0.0, elevation=90.0)
