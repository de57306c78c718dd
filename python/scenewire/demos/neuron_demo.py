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

from ..protocol import (
    EntityClicked,
    FieldAppend,
    FieldReplace,
    InvokeAction,
    KeyPressed,
    Reset,
    ScenePatch,
    SessionCommand,
    SetControl,
    Status,
)
from ..scene import Action, Control, Field, Layout, LinePlotView, MorphologyView, Panel, ScalarSpec, Scene
from ..session import BufferedSession
from .hh_cell import DT_MS, HHCable, build_morphology
from .traces import MAX_TRACES, TRACE_SAMPLES, Traces

STEPS_PER_TICK = 40  # 1 ms of model time per tick at 25 µs
SAMPLE_EVERY = 4  # a trace sample every 0.1 ms
DEFAULT_STIM_NA = 0.8
SPIKE_THRESHOLD_MV = 0.0
V_LIMITS = (-80.0, 40.0)


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
        return Scene(
            fields=[
                Field(id="v", values=self.cell.v.astype(np.float32), dims=["segment"], unit="mV"),
                Field(
                    id="v_trace",
                    values=values,
                    dims=["time", "segment"],
                    coords={"time": times},
                    unit="mV",
                    attrs={"segments": labels},
                ),
            ],
            geometries=[self.geometry],
            views=[
                MorphologyView(
                    id="cell_view",
                    geometry_id="cell",
                    color_field_id="v",
                    colormap="coolwarm",
                    color_limits=V_LIMITS,
                    title="membrane potential (mV); click a segment to trace it",
                ),
                LinePlotView(
                    id="trace_view",
                    field_id="v_trace",
                    x_dim="time",
                    series_dim="segment",
                    series_labels=labels,
                    x_label="time",
                    x_unit="ms",
                    y_label="V",
                    y_unit="mV",
                    rolling_window=TRACE_SAMPLES * SAMPLE_EVERY * DT_MS,
                    y_limits=(-90.0, 50.0),
                    title="voltage traces",
                ),
            ],
            controls=[
                Control(
                    id="stim",
                    label="stimulus into the soma (nA)",
                    spec=ScalarSpec(min=0.0, max=3.0, step=0.05),
                    value=self.stim_na,
                )
            ],
            actions=[Action(id="reset", label="Reset", shortcuts=["r"])],
            layout=Layout(
                title="scenewire: a branched Hodgkin-Huxley neuron",
                panels=[
                    Panel(id="cell", kind="view_3d", title="cell", view_ids=["cell_view"]),
                    Panel(id="traces", kind="line_plot", title="traces", view_ids=["trace_view"]),
                    Panel(id="controls", kind="controls", title="controls", control_ids=["stim"], action_ids=["reset"]),
                ],
                panel_grid=[["cell", "traces"], ["cell", "controls"]],
            ),
            metadata={
                "title": "branched neuron: HH soma and axon, passive dendrites",
                "segments": self.cell.n,
            },
        )

    def handle(self, command: SessionCommand) -> None:
        if isinstance(command, SetControl) and command.control_id == "stim":
            try:
                self.stim_na = min(max(float(command.value), 0.0), 3.0)
            except (TypeError, ValueError):
                self.emit(Status(message=f"stim wants a number, got {command.value!r}", timeout_ms=3000))
                return
            self.emit(ScenePatch(control_updates={"stim": {"value": self.stim_na}}))
            self.emit(Status(message=f"stimulus {self.stim_na:g} nA", timeout_ms=2000))
        elif (
            isinstance(command, Reset)
            or (isinstance(command, InvokeAction) and command.action_id == "reset")
            or (isinstance(command, KeyPressed) and command.key == "r")
        ):
            self._reset_state()
            self.emit(self.traces.replace())
            self.emit(ScenePatch(view_updates={"trace_view": {"series_labels": self.traces.labels()}}))
            self.emit(FieldReplace(field_id="v", values=self.cell.v.astype(np.float32)))
            self.emit(Status(message="reset", timeout_ms=2000))
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
        self.emit(FieldReplace(field_id="v", values=self.cell.v.astype(np.float32)))
        self.emit(
            FieldAppend(
                field_id="v_trace",
                append_dim="time",
                values=samples,
                coord_values=times,
                max_length=TRACE_SAMPLES,
            )
        )
