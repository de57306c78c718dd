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

The model is deterministic, so a moment of model time is a picture: with
``SCENEWIRE_DEMO_HOLD_MS=135.7`` in its environment (or ``hold_at_ms=135.7``)
the session runs there as fast as it can, stops advancing, and says so in
the status bar (``held at t = 135.7 ms``); every screenshot taken after that
shows the same window, however fast the machine (the README's images are
made this way).
"""

from __future__ import annotations

import os

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
HOLD_ENV = "SCENEWIRE_DEMO_HOLD_MS"  # model time (ms) at which the demo stops advancing


def hold_from_env() -> float | None:
    """``SCENEWIRE_DEMO_HOLD_MS`` in ms; ``None`` when unset; a ``ValueError`` saying why when not a time."""
    text = os.environ.get(HOLD_ENV, "").strip()
    if not text:
        return None
    try:
        hold = float(text)
    except ValueError:
        raise ValueError(f"{HOLD_ENV} wants a model time in ms, such as 135.8; got {text!r}") from None
    if not np.isfinite(hold) or hold < 0:
        raise ValueError(f"{HOLD_ENV} wants a model time in ms, 0 or more; got {text!r}")
    return hold


class BranchedNeuronSession(BufferedSession):
    """A branched HH cell; ``stim`` (nA, into the soma) sets how often it fires.

    ``hold_at_ms``: stop advancing at that model time (default: ``SCENEWIRE_DEMO_HOLD_MS``,
    else never), so that a screenshot catches a chosen moment of a run.
    """

    def __init__(self, seed: int = 1, stim_na: float = DEFAULT_STIM_NA, hold_at_ms: float | None = None) -> None:
        super().__init__()
        self.hold_at_ms = hold_at_ms if hold_at_ms is not None else hold_from_env()
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
        self.held = False
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
        return not self.held

    def idle_sleep(self) -> float:
        """A fiftieth of a second between ticks; none on the way to a hold, so that it comes soon."""
        return 0.0 if self.hold_at_ms is not None and not self.held else 0.02

    def sim_time(self) -> float:
        """Model time in ms, sent with each tick (§7.12)."""
        return self.cell.t

    def stimulus(self) -> np.ndarray:
        current = np.zeros(self.cell.n)
        current[self.soma] = self.stim_na
        return current

    def tick(self) -> tuple[np.ndarray, np.ndarray]:
        """Advance 1 ms of model time (less when the hold comes first).

        Returns the traced segments' samples (times, voltages) it took.
        """
        cell, current = self.cell, self.stimulus()
        first = self.traces.count
        for _ in range(STEPS_PER_TICK):
            if self._at_hold():
                self.held = True
                break
            cell.step(current)
            self.steps += 1
            above = cell.v[self.soma] >= SPIKE_THRESHOLD_MV
            if above and not self._above:
                self.spikes += 1
            self._above = above
            if self.steps % SAMPLE_EVERY == 0:
                self.traces.record(cell.t, cell.v)
        return self.traces.since(first)

    def _at_hold(self) -> bool:
        return self.hold_at_ms is not None and self.cell.t >= self.hold_at_ms - DT_MS / 2

    def advance(self) -> None:
        if self.held:
            return
        times, samples = self.tick()
        self.held = self.held or self._at_hold()
        updates = tick_updates(self.cell.v.astype(np.float32), times, samples)
        for update in updates if len(times) else updates[:1]:  # a tick cut short by the hold may take no sample
            self.emit(update)
        if self.held:
            self.emit(Status(message=f"held at t = {self.cell.t:.1f} ms ({HOLD_ENV})"))
