"""NeuronCellSession: a real NEURON cell, its own 3-D points turned into the morphology geometry.

Needs the optional extra ``neuron`` (``pip install "scenewire[neuron]"``).
NEURON is imported in ``initialize()``, so it loads only where the session
runs: in the server's worker process (default isolation), never in the
server, and never on the machine that shows the window.

:func:`scenewire.neuron.morphology_from_sections` (imported here too, where
it used to live) turns the cell's sections into the morphology: each
section's pt3d path cut into its ``nseg`` segments, centred where NEURON puts
them, as thick as each segment's ``diam``. Entity ids are NEURON's own names
(``dend[2](0.500)``).
"""

from __future__ import annotations

import os
from typing import Any

import numpy as np

from ..neuron import morphology_from_sections, section_points
from ..protocol import EntityClicked, SessionCommand, SetControl
from ..scene import Scene
from ..scene.morphology import entity_id
from ..session import BufferedSession
from .cell_scene import cell_scene, reset_updates, stim_updates, tick_updates
from .commands import is_reset
from .traces import Traces

STEPS_PER_TICK = 40  # 1 ms at NEURON's default dt of 0.025 ms
SAMPLE_EVERY = 4
DEFAULT_STIM_NA = 0.3
__all__ = ["NeuronCellSession", "build_cell", "morphology_from_sections", "section_points"]


def build_cell(h: Any) -> dict[str, Any]:
    """A small cell in NEURON: HH soma and axon, three passive dendrites, one of them forked."""
    cell: dict[str, Any] = {}

    def section(name: str, points: list[tuple[float, float, float, float]], nseg: int, parent: Any = None) -> Any:
        sec = h.Section(name=name)
        for x, y, z, diam in points:
            sec.pt3dadd(x, y, z, diam)
        sec.nseg = nseg
        if parent is not None:
            sec.connect(parent(1))
        cell[name] = sec
        return sec

    soma = section("soma", [(0, -10, 0, 20), (0, 10, 0, 20)], 1)
    axon = section("axon", [(0, -10, 0, 2), (0, -40, 0, 1), (5, -200, 0, 1), (-5, -450, 10, 1)], 45)
    axon.connect(soma(0))
    dend0 = section("dend_0", [(0, 10, 0, 3), (30, 50, 0, 2.5), (60, 90, 5, 2)], 15, soma)
    section("dend_0_0", [(60, 90, 5, 1.5), (70, 150, 10, 1.2), (90, 210, 0, 1)], 15, dend0)
    section("dend_0_1", [(60, 90, 5, 1.5), (120, 110, -10, 1.2), (180, 140, -20, 1)], 15, dend0)
    section("dend_1", [(0, 10, 0, 3), (-40, 60, 10, 2), (-80, 140, 20, 1.5), (-100, 200, 10, 1)], 21, soma)
    section("dend_2", [(0, 10, 0, 2), (10, 40, 50, 1.5), (20, 60, 110, 1)], 11, soma)
    for name in ("soma", "axon"):
        cell[name].insert("hh")
    for name, sec in cell.items():
        sec.Ra = 100
        sec.cm = 1
        if name not in ("soma", "axon"):
            sec.insert("pas")
            for seg in sec:
                seg.pas.g = 1e-4
                seg.pas.e = -65
    return cell


class NeuronCellSession(BufferedSession):
    """A NEURON cell streamed per tick: voltage of every segment, traces, a stimulus slider, reset."""

    def __init__(self) -> None:
        super().__init__()
        self.stim_na = DEFAULT_STIM_NA
        self.h: Any = None
        self.cell: dict[str, Any] = {}

    @classmethod
    def startup_scene(cls) -> Scene:
        return Scene(metadata={"title": "NEURON: loading the simulator..."})

    def initialize(self) -> Scene:
        from neuron import h  # here, not at import: NEURON loads in the process that runs the session

        h.load_file("stdrun.hoc")
        self.h = h
        self.cell = build_cell(h)
        sections = list(self.cell.values())
        self.geometry, self.segments = morphology_from_sections(sections)
        self.n = len(self.segments)
        self.pointers = h.PtrVector(self.n)
        for i, seg in enumerate(self.segments):
            self.pointers.pset(i, seg._ref_v)
        self.gathered = h.Vector(self.n)
        soma, axon = self.cell["soma"], self.cell["axon"]
        self.stim = h.IClamp(soma(0.5))
        self.stim.delay, self.stim.dur = 0.0, 1e9
        self.stim.amp = self.stim_na
        ids = self.geometry.entity_ids
        traced = [ids.index(entity_id("soma", 0.5)), ids.index(entity_id("axon", axon(1 - 0.5 / axon.nseg).x))]
        traced.append(ids.index(entity_id("dend_0_0", self.cell["dend_0_0"](1 - 0.5 / 15).x)))
        self.traces = Traces(ids, traced)
        self._reset_state()
        labels = self.traces.labels()
        return cell_scene(
            geometry=self.geometry,
            v=self.voltages(),
            trace_values=np.zeros((0, len(labels)), dtype=np.float32),
            trace_times=np.zeros(0),
            labels=labels,
            stim_label="IClamp at the soma (nA)",
            stim_max=2.0,
            stim_na=self.stim_na,
            layout_title="scenewire: a NEURON cell",
            metadata={
                "title": f"NEURON {self.neuron_version()}: HH soma and axon, passive dendrites",
                "segments": self.n,
                "pid": os.getpid(),  # which process runs the simulator (tests check it is not the server)
            },
        )

    @staticmethod
    def neuron_version() -> str:
        import neuron

        return str(getattr(neuron, "__version__", "?"))

    def _reset_state(self) -> None:
        self.h.finitialize(-65.0)
        self.traces.clear()
        self.steps = 0
        self.spikes = 0
        self._above = False

    def voltages(self) -> np.ndarray:
        self.pointers.gather(self.gathered)
        return self.gathered.as_numpy().astype(np.float32)

    def handle(self, command: SessionCommand) -> None:
        if isinstance(command, SetControl) and command.control_id == "stim":
            stim, updates = stim_updates(command.value, 2.0)
            if stim is not None:
                self.stim_na = self.stim.amp = stim
            for update in updates:
                self.emit(update)
        elif is_reset(command):
            self._reset_state()
            for update in reset_updates(self.traces, self.voltages()):
                self.emit(update)
        elif isinstance(command, EntityClicked):
            for update in self.traces.click(command, "cell_view"):
                self.emit(update)

    def is_live(self) -> bool:
        return self.h is not None

    def sim_time(self) -> float | None:
        """NEURON's ``h.t`` in ms, sent with each tick (§7.12)."""
        return None if self.h is None else float(self.h.t)

    def idle_sleep(self) -> float:
        return 0.02

    def advance(self) -> None:
        h = self.h
        first = self.traces.count
        soma = self.traces.traced[0]
        for _ in range(STEPS_PER_TICK):
            h.fadvance()
            self.steps += 1
            if self.steps % SAMPLE_EVERY == 0:
                v = self.voltages()
                self.traces.record(h.t, v)
                above = v[soma] >= 0.0
                self.spikes += bool(above and not self._above)
                self._above = above
        times, samples = self.traces.since(first)
        for update in tick_updates(self.voltages(), times, samples, attrs_update={"spikes": self.spikes}):
            self.emit(update)

    def shutdown(self) -> None:
        # drop the sections so a later session in this process starts from an empty model
        self.stim = None
        self.cell.clear()
        self.segments = []
