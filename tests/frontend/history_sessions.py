"""A session whose every tick changes every view: a cell coloured by a travelling wave, and traces that grow.

What the timeline tests scrub through: a picture of tick N differs from the
picture of tick N + 1 in both views, so a past tick drawn at the wrong step,
or from the live state, shows.
"""

from __future__ import annotations

from typing import ClassVar

import numpy as np

from scenewire.protocol import FieldAppend, FieldReplace
from scenewire.scene import Field, LinePlotView, MorphologyGeometry, MorphologyView, Scene
from scenewire.session import BufferedSession

SEGMENTS = 240
TRACES = 3
KEEP = 120  # trace points kept (max_length)


def cell(n: int = SEGMENTS) -> MorphologyGeometry:
    """A bent dendrite of ``n`` segments, 4 µm long, along x then rising."""
    x = np.arange(n) * 4.0
    positions = np.stack([x, 20 * np.sin(x / 150.0), np.zeros(n)], axis=1)
    orientations = np.zeros((n, 3, 3))
    orientations[:, 0, 2] = 1.0  # axis along x
    orientations[:, 1, 1] = 1.0
    orientations[:, 2, 0] = -1.0
    return MorphologyGeometry(
        id="cell",
        positions=positions,
        orientations=orientations,
        radii=np.full(n, 3.0),
        lengths=np.full(n, 4.0),
        xlocs=(np.arange(n) % 10 + 0.5) / 10,
        entity_ids=[f"dend[{i // 10}]({(i % 10 + 0.5) / 10:.2f})" for i in range(n)],
        section_names=[f"dend[{i // 10}]" for i in range(n)],
    )


class WaveSession(BufferedSession):
    """Tick k: ``v`` is a wave at phase k over the segments; each trace gets one point at time k·0.1 ms."""

    sleep: ClassVar[float] = 0.02

    def __init__(self) -> None:
        super().__init__()
        self.k = 0

    def initialize(self) -> Scene:
        return Scene(
            fields=[
                Field(id="v", values=np.full(SEGMENTS, -65.0, np.float32), dims=["segment"], unit="mV"),
                Field(
                    id="traces",
                    values=np.zeros((TRACES, 0), np.float32),
                    dims=["probe", "time"],
                    coords={"time": np.zeros(0)},
                    unit="mV",
                ),
            ],
            geometries=[cell()],
            views=[
                MorphologyView(id="m", geometry_id="cell", color_field_id="v", color_limits=(-80.0, 40.0)),
                LinePlotView(id="p", field_id="traces", x_dim="time", series_dim="probe", x_unit="ms"),
            ],
        )

    def is_live(self) -> bool:
        return True

    def idle_sleep(self) -> float:
        return self.sleep

    def advance(self) -> None:
        self.k += 1
        k = self.k
        phase = np.arange(SEGMENTS) / 12.0 - k * 0.35
        self.emit(FieldReplace(field_id="v", values=(-20 + 55 * np.sin(phase)).astype(np.float32)))
        probes = -65 + 30 * np.sin(k * 0.21 + np.arange(TRACES)[:, None] * 1.7)
        self.emit(
            FieldAppend(
                field_id="traces",
                append_dim="time",
                values=probes.astype(np.float32),
                coord_values=np.array([k * 0.1]),
                max_length=KEEP,
            )
        )

    def sim_time(self) -> float:
        return self.k * 0.1
