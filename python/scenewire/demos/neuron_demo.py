"""BranchedNeuronSession: a firing Hodgkin-Huxley neuron of a few hundred segments, NumPy only.

What a person sees: the cell coloured by membrane voltage, spikes running
down the axon; a rolling trace at the soma and the axon's end; a click on any
segment adds its trace (with the last 200 ms it already has); a stimulus
slider; a reset action (also the ``r`` key). The model is
:mod:`scenewire.demos.hh_cell`.

What goes on the wire each tick (1 ms of model time): one ``field_replace``
of voltage per segment (float32), one ``field_append`` of ten trace samples.
A new trace is a ``field_replace`` of the trace field with one more series
and a ``scene_patch`` of the plot's labels.
"""

from __future__ import annotations

import numpy as np

from ..protocol import EntityClicked, SessionCommand, SetControl, Status
from ..scene import Scene
from ..session import BufferedSession
from .cell_scene import cell_scene, reset_updates, stim_updates, tick_updates
from .commands import is_reset
from .hh_cell import DT_MS, HHCable, build_morphology
from .traces import MAX_TRACES, TRACE_SAMPLES, Traces

STEPS_PER_TICK = 40  # 1 ms of model time per tick at 25 µs
SAMPLE_EVERY = 4  # a trace sample every 0.1 ms
DEFAULT_STIM_NA = 0.8
SPIKE_THRESHOLD_MV = 0.0


class BranchedNeuronSession(BufferedSession):
    """A branched HH cell; ``stim`` (nA, into the soma) sets how often it fires."""

    def __init__(self, seed: int = 1, stim_na: float = DEFAULT_STIM_NA) -> None:
        super().__init__()
        self.tree, active = build_morphology(seed)
        self.cell = HHCable(self.tree, active)
        self.geometry = self.tree.geometry("cell")
        self.segment_of = {eid: i for i, eid in enumerate(self.geometry.entity_ids)}
        self.soma = self.tree.first["soma"]
        self.initial_stim = stim_na
        self.stim_na = stim_na
        self.traces = Traces(self.geometry.entity_ids, [self.soma, self.tree.last["axon"]], max_traces=MAX_TRACES)
        self._reset_state()

    @classmethod
    def startup_scene(cls) -> Scene:
        return Scene(metadata={"title": "branched neuron: building the cell..."})

    def _reset_state(self) -> None:
        self.cell.reset()
        self.steps = 0
        self.spikes = 0  # upward crossings of SPIKE_THRESHOLD_MV at the soma
        self._above = False
        self.traces.clear()

    @property
    def traced(self) -> list[int]:
        """The segments whose voltage is traced, the soma first."""
        return self.traces.traced

    def initialize(self) -> Scene:
        values, times = self.traces.window()
        labels = self.traces.labels()
        return cell_scene(
            geometry=self.geometry,
            v=self.cell.v.astype(np.float32),
            trace_values=values,
            trace_times=times,
            labels=labels,
            rolling_window=TRACE_SAMPLES * SAMPLE_EVERY * DT_MS,
            stim_label="stimulus into the soma (nA)",
            stim_max=3.0,
            stim_na=self.stim_na,
            layout_title="scenewire: a branched Hodgkin-Huxley neuron",
            metadata={
                "title": "branched neuron: HH soma and axon, passive dendrites",
                "segments": self.cell.n,
            },
        )

    def handle(self, command: SessionCommand) -> None:
        if isinstance(command, SetControl) and command.control_id == "stim":
            stim, updates = stim_updates(command.value, 3.0)
            if stim is not None:
                self.stim_na = stim
                updates.append(Status(message=f"stimulus {stim:g} nA", timeout_ms=2000))
            for update in updates:
                self.emit(update)
        elif is_reset(command):
            self._reset_state()
            for update in reset_updates(self.traces, self.cell.v.astype(np.float32)):
                self.emit(update)
        elif isinstance(command, EntityClicked):
            for update in self.traces.click(command, "cell_view"):
                self.emit(update)

    def is_live(self) -> bool:
        return True

    def idle_sleep(self) -> float:
        return 0.02

    def sim_time(self) -> float:
        """Model time in ms, sent with each tick (§7.12)."""
        return self.cell.t

    def stimulus(self) -> np.ndarray:
        current = np.zeros(self.cell.n)
        current[self.soma] = self.stim_na
        return current

    def tick(self) -> tuple[np.ndarray, np.ndarray]:
        """Advance 1 ms of model time; return the traced segments' samples (times, voltages) it took."""
        cell, current = self.cell, self.stimulus()
        first = self.traces.count
        for _ in range(STEPS_PER_TICK):
            cell.step(current)
            self.steps += 1
            above = cell.v[self.soma] >= SPIKE_THRESHOLD_MV
            if above and not self._above:
                self.spikes += 1
            self._above = above
            if self.steps % SAMPLE_EVERY == 0:
                self.traces.record(cell.t, cell.v)
        return self.traces.since(first)

    def advance(self) -> None:
        times, samples = self.tick()
        for update in tick_updates(self.cell.v.astype(np.float32), times, samples):
            self.emit(update)
