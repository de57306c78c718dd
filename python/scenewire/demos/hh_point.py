"""HHPointSession: one patch of Hodgkin-Huxley membrane and its sodium channel's eight states.

What a person sees: the membrane potential and the gates m, h, n with the
open fraction m³h, as rolling traces; beside them the sodium channel as the
kinetic scheme of :data:`~scenewire.demos.hh_cell.NA_STATES` (closed C0-C2,
open O, inactivated I0-I3, each step labelled with its rate), every state
coloured by the fraction of channels in it. During a spike the channels run
along the top row to O, drop to I3 as h shuts, and come back along the
bottom row. A slider sets the stimulus (µA/cm2; the cell fires repetitively
above about 6.3); reset (also the ``r`` key) starts again from rest.

What goes on the wire each tick (1 ms of model time): one ``field_append``
of ten samples to the voltage trace and to the gate traces, and one
``field_replace`` of one value per state.
"""

from __future__ import annotations

import numpy as np

from ..protocol import FieldAppend, FieldReplace, SessionCommand, SessionUpdate, SetControl, Status
from ..scene import (
    Action,
    Control,
    Field,
    GraphEdge,
    GraphNode,
    Layout,
    LinePlotView,
    Panel,
    ScalarSpec,
    Scene,
    StateGraphView,
)
from ..session import BufferedSession
from .commands import is_reset
from .hh_cell import DT_MS, NA_STATES, NA_STEPS, HHPoint, na_occupancy

STEPS_PER_TICK = 40  # 1 ms of model time per tick at 25 µs
SAMPLE_EVERY = 4  # a trace sample every 0.1 ms
WINDOW_MS = 100.0
WINDOW_SAMPLES = round(WINDOW_MS / (SAMPLE_EVERY * DT_MS))
DEFAULT_STIM = 10.0  # µA/cm2: about 70 spikes a second
STIM_MAX = 30.0
GATES = ("m", "h", "n", "m³h (open)")


def state_field(state: str) -> str:
    """The id of the field that holds the fraction of sodium channels in ``state``."""
    return f"na_{state}"


def na_graph() -> StateGraphView:
    """The scheme as a reader of Hodgkin and Huxley draws it: not inactivated on top, inactivated below,
    one more m gate open with each step to the right."""
    top, bottom = NA_STATES[:4], NA_STATES[4:]
    positions = {s: (float(k), 1.6) for k, s in enumerate(top)} | {s: (float(k), 0.0) for k, s in enumerate(bottom)}
    return StateGraphView(
        id="na_graph",
        nodes=[GraphNode(id=s, field_id=state_field(s), position=positions[s]) for s in NA_STATES],
        edges=[GraphEdge(source=a, target=b, label=rate) for a, b, rate in NA_STEPS],
        colormap="viridis",
        color_limits=(0.0, 1.0),
        title="Na channel: fraction of channels in each state",
    )


class HHPointSession(BufferedSession):
    """A single-compartment HH cell; ``stim`` (µA/cm2) sets how often it fires."""

    def __init__(self, stim: float = DEFAULT_STIM) -> None:
        super().__init__()
        self.cell = HHPoint()
        self.initial_stim = self.stim = stim

    def _samples(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Run one tick; its sample times, voltages (1, k) and gates (4, k)."""
        cell = self.cell
        times, v, gates = [], [], []
        for step in range(1, STEPS_PER_TICK + 1):
            cell.step(self.stim)
            if step % SAMPLE_EVERY == 0:
                times.append(cell.t)
                v.append(cell.v)
                gates.append((cell.m, cell.h, cell.n, cell.m**3 * cell.h))
        return np.array(times), np.array([v], np.float32), np.array(gates, np.float32).T

    def occupancy_updates(self) -> list[SessionUpdate]:
        occupancy = na_occupancy(self.cell.m, self.cell.h).astype(np.float32)
        return [FieldReplace(field_id=state_field(s), values=occupancy[i : i + 1]) for i, s in enumerate(NA_STATES)]

    def initialize(self) -> Scene:
        occupancy = na_occupancy(self.cell.m, self.cell.h).astype(np.float32)
        empty_t = {"time": np.zeros(0)}
        no_v, no_gates = np.zeros((1, 0), np.float32), np.zeros((4, 0), np.float32)
        return Scene(
            fields=[
                Field(id="v_trace", values=no_v, dims=["trace", "time"], coords=empty_t, unit="mV"),
                Field(id="gates", values=no_gates, dims=["gate", "time"], coords=empty_t),
                *(
                    Field(id=state_field(s), values=occupancy[i : i + 1], dims=["channel"])
                    for i, s in enumerate(NA_STATES)
                ),
            ],
            views=[
                LinePlotView(
                    id="v_view",
                    field_id="v_trace",
                    x_dim="time",
                    series_dim="trace",
                    x_label="time",
                    x_unit="ms",
                    y_label="V",
                    y_unit="mV",
                    rolling_window=WINDOW_MS,
                    y_limits=(-85.0, 50.0),
                    title="membrane potential",
                ),
                LinePlotView(
                    id="gates_view",
                    field_id="gates",
                    x_dim="time",
                    series_dim="gate",
                    series_labels=list(GATES),
                    x_label="time",
                    x_unit="ms",
                    y_label="fraction open",
                    rolling_window=WINDOW_MS,
                    y_limits=(0.0, 1.0),
                    title="gates, and the open fraction m³h",
                ),
                na_graph(),
            ],
            controls=[
                Control(
                    id="stim",
                    label="stimulus (µA/cm²)",
                    spec=ScalarSpec(min=0.0, max=STIM_MAX, step=0.5),
                    value=self.stim,
                )
            ],
            actions=[Action(id="reset", label="Reset", shortcuts=["r"])],
            layout=Layout(
                title="scenewire: a Hodgkin-Huxley cell and its sodium channel",
                panels=[
                    Panel(id="voltage", kind="line_plot", title="membrane", view_ids=["v_view"]),
                    Panel(id="gates", kind="line_plot", title="gates", view_ids=["gates_view"]),
                    Panel(id="channel", kind="state_graph", title="Na channel (m³h)", view_ids=["na_graph"]),
                    Panel(id="controls", kind="controls", title="controls", control_ids=["stim"], action_ids=["reset"]),
                ],
                panel_grid=[["voltage", "channel"], ["gates", "channel"], ["gates", "controls"]],
            ),
            metadata={"title": "a Hodgkin-Huxley patch: voltage, gates and the Na channel's states"},
            time_unit="ms",
        )

    def handle(self, command: SessionCommand) -> None:
        if isinstance(command, SetControl) and command.control_id == "stim":
            value = command.value
            if isinstance(value, (int, float)) and not isinstance(value, bool) and 0.0 <= value <= STIM_MAX:
                self.stim = float(value)
                self.emit(Status(message=f"stimulus {self.stim:g} µA/cm²", timeout_ms=2000))
        elif is_reset(command):
            self.cell.reset()
            for field_id, series in (("v_trace", 1), ("gates", 4)):
                empty = np.zeros((series, 0), np.float32)
                self.emit(FieldReplace(field_id=field_id, values=empty, coords={"time": np.zeros(0)}))
            for update in self.occupancy_updates():
                self.emit(update)

    def is_live(self) -> bool:
        return True

    def idle_sleep(self) -> float:
        return 0.02

    def sim_time(self) -> float:
        """Model time in ms, sent with each tick (§7.12)."""
        return self.cell.t

    def advance(self) -> None:
        times, v, gates = self._samples()
        for field_id, values in (("v_trace", v), ("gates", gates)):
            self.emit(
                FieldAppend(
                    field_id=field_id,
                    append_dim="time",
                    values=values,
                    coord_values=times,
                    max_length=WINDOW_SAMPLES + 1,
                )
            )
        for update in self.occupancy_updates():
            self.emit(update)
