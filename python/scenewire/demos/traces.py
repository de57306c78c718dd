"""Voltage traces at chosen segments, where a click adds one with the past it already has.

Both neuron demos keep every segment's recent voltage in a ring (2000
samples of a few hundred segments is a few MB), so that a segment clicked
now shows its last 200 ms at once instead of starting empty. A new trace is a
``field_replace`` of the trace field with one more series and a
``scene_patch`` of the plot's labels; the ticks after it append as before.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..protocol import EntityClicked, FieldReplace, ScenePatch, SessionUpdate, Status

TRACE_SAMPLES = 2000
MAX_TRACES = 6


class Traces:
    """The ring of recent voltages and the traced segments (the first one always stays)."""

    def __init__(
        self,
        entity_ids: Sequence[str],
        traced: Sequence[int],
        *,
        field_id: str = "v_trace",
        view_id: str = "trace_view",
        samples: int = TRACE_SAMPLES,
        max_traces: int = MAX_TRACES,
    ) -> None:
        self.ids = list(entity_ids)
        self.index = {eid: i for i, eid in enumerate(self.ids)}
        self.initial = list(traced)
        self.field_id, self.view_id = field_id, view_id
        self.size, self.max_traces = samples, max_traces
        self.clear()

    def clear(self) -> None:
        """Forget the past and go back to the first traced segments."""
        self.traced = list(self.initial)
        self.values = np.full((self.size, len(self.ids)), np.nan, dtype=np.float32)
        self.times = np.full(self.size, np.nan)
        self.count = 0

    def record(self, t: float, v: np.ndarray) -> None:
        slot = self.count % self.size
        self.values[slot] = v
        self.times[slot] = t
        self.count += 1

    def since(self, first: int) -> tuple[np.ndarray, np.ndarray]:
        """Times and traced voltages of the samples recorded since ``count`` was ``first``."""
        slots = np.arange(first, self.count) % self.size
        return self.times[slots], self.values[slots][:, self.traced]

    def window(self) -> tuple[np.ndarray, np.ndarray]:
        """The whole kept history of the traced segments, oldest first: values (time, trace), times."""
        kept = min(self.count, self.size)
        slots = np.arange(self.count - kept, self.count) % self.size
        return self.values[slots][:, self.traced], self.times[slots]

    def labels(self) -> list[str]:
        return [self.ids[i] for i in self.traced]

    def replace(self) -> FieldReplace:
        """The trace field as it now is, for a new series or after a reset."""
        values, times = self.window()
        return FieldReplace(
            field_id=self.field_id, values=values, coords={"time": times}, attrs_update={"segments": self.labels()}
        )

    def click(self, command: EntityClicked, morphology_view_id: str) -> list[SessionUpdate]:
        """What a click does: trace the segment (by its index when the frontend sent one, §6.5)."""
        index = command.segment if command.view_id in (None, morphology_view_id) else None
        segment = index if index is not None and index < len(self.ids) else self.index.get(command.entity_id)
        if segment is None:
            return [Status(message=f"no segment {command.entity_id!r}", timeout_ms=3000)]
        if segment in self.traced:
            return [Status(message=f"{self.ids[segment]} is already traced", timeout_ms=2000)]
        if len(self.traced) >= self.max_traces:
            del self.traced[1]  # the first stays; the oldest other trace goes
        self.traced.append(segment)
        return [
            self.replace(),
            ScenePatch(view_updates={self.view_id: {"series_labels": self.labels()}}),
            Status(message=f"tracing {self.ids[segment]}", timeout_ms=2000),
        ]
