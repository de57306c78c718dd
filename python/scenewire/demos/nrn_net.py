"""A ring of NEURON cells on N MPI ranks, streamed as one scene (issue 21, docs/mpi.md).

``RingNetSession``: 24 ball-and-stick cells with real 3-D points (a soma, an
apical dendrite, two basal dendrites), placed on a ring 500 µm across, each
turned to face outward. Cell i excites cell i + 1 through a NetCon (5 ms,
``pc.gid_connect``), and a NetStim drives cell 0, so a wave of spikes runs
round the ring and keeps going. The cells are dealt round-robin over the ranks
(``pc.set_gid2node``); each tick every rank advances 1 ms (``pc.psolve``),
and rank 0 gathers every segment's voltage (one ``Gatherv``) and the
tick's spikes. Views: the whole network coloured by voltage (a click names
the cell and the segment, ``cell[3].apic(0.500)``, and traces it), a spike
raster of every cell, the population rate, the traces; controls for the
synaptic weight and the stimulus rate.

    scenewire view scenewire.demos.nrn_net:RingNetSession          # one process, no MPI
    mpiexec -n 4 scenewire serve scenewire.demos.nrn_net:RingNetSession --mpi
    scenewire view ws://127.0.0.1:8765

Runs unchanged on one process: the same code, the gathers reorder locally.
"""

from __future__ import annotations

import reprlib
from typing import Any

import numpy as np

from ..mpi import MpiSession
from ..protocol import EntityClicked, FieldAppend, FieldReplace, ScenePatch, SessionCommand, SetControl, Status
from ..scene import (
    Action,
    Control,
    Field,
    Layout,
    LinePlotView,
    MorphologyGeometry,
    MorphologyView,
    Panel,
    RasterView,
    ScalarSpec,
    Scene,
)
from ..scene.morphology import arc_lengths, cut_path, entity_id, frames
from ..session.headless import quiet_headless_simulators
from .commands import is_reset
from .traces import Traces

quiet_headless_simulators()  # before NEURON loads: no "no DISPLAY" warning on a server

CELLS = 24
RING_RADIUS_UM = 250.0
TICK_MS = 1.0
DELAY_MS = 5.0
THRESHOLD_MV = -10.0
DEFAULT_WEIGHT_US = 0.02
MAX_WEIGHT_US = 0.1
DEFAULT_RATE_HZ = 5.0
MAX_RATE_HZ = 50.0
RATE_TAU_MS = 10.0
WINDOW_MS = 1000.0
V_LIMITS = (-80.0, 40.0)

#: a cell's sections as (name, parent, nseg, diameter µm, points in the cell's own frame: x out of the ring, z up)
SECTIONS: list[tuple[str, str | None, int, float, list[tuple[float, float, float]]]] = [
    ("soma", None, 1, 16.0, [(-8.0, 0.0, 0.0), (8.0, 0.0, 0.0)]),
    ("apic", "soma", 9, 2.5, [(0.0, 0.0, 8.0), (10.0, 0.0, 80.0), (30.0, 5.0, 160.0), (40.0, 0.0, 240.0)]),
    ("basal_0", "soma", 3, 1.5, [(0.0, 0.0, -8.0), (-30.0, 25.0, -50.0), (-50.0, 40.0, -90.0)]),
    ("basal_1", "soma", 3, 1.5, [(0.0, 0.0, -8.0), (-25.0, -30.0, -55.0), (-40.0, -50.0, -95.0)]),
]
SEGMENTS_PER_CELL = sum(nseg for _, _, nseg, _, _ in SECTIONS)


def cell_points(gid: int, cells: int = CELLS) -> list[np.ndarray]:
    """Each section's 3-D points (µm) of cell ``gid``: its own frame turned to face out of the ring, then placed."""
    angle = 2 * np.pi * gid / cells
    c, s = np.cos(angle), np.sin(angle)
    turn = np.array([[c, -s, 0.0], [s, c, 0.0], [0.0, 0.0, 1.0]])
    centre = np.array([RING_RADIUS_UM * c, RING_RADIUS_UM * s, 0.0])
    return [np.asarray(points) @ turn.T + centre for _, _, _, _, points in SECTIONS]


def network_geometry(cells: int = CELLS) -> MorphologyGeometry:
    """Every cell's segments in one geometry, cell by cell, in NEURON's order; ids ``cell[g].sec(x)``."""
    centres, chords, radii, lengths, xlocs, ids, names = [], [], [], [], [], [], []
    for gid in range(cells):
        for (name, _, nseg, diam, _), xyz in zip(SECTIONS, cell_points(gid, cells), strict=True):
            cuts = cut_path(xyz, nseg)
            length = arc_lengths(xyz)[-1]
            section = f"cell[{gid}].{name}"
            for i in range(nseg):
                x = (i + 0.5) / nseg
                centres.append(cuts[i, 1])
                chords.append(cuts[i, 2] - cuts[i, 0])
                radii.append(diam / 2)
                lengths.append(length / nseg)
                xlocs.append(x)
                ids.append(entity_id(section, x))
                names.append(section)
    return MorphologyGeometry(
        id="network",
        positions=np.array(centres, dtype=np.float32),
        orientations=frames(np.array(chords)).astype(np.float32),
        radii=np.array(radii, dtype=np.float32),
        lengths=np.array(lengths, dtype=np.float32),
        xlocs=np.array(xlocs, dtype=np.float32),
        entity_ids=ids,
        section_names=names,
    )


class RingNetSession(MpiSession):
    """The ring network; every rank builds its own cells, rank 0 speaks for all of them."""

    cells = CELLS

    def __init__(self) -> None:
        super().__init__()
        self.h: Any = None
        self.weight = DEFAULT_WEIGHT_US
        self.rate_hz = DEFAULT_RATE_HZ

    @classmethod
    def startup_scene(cls) -> Scene:
        return Scene(metadata={"title": "NEURON network: building the ring..."})

    # -- the model, on every rank ---------------------------------------------

    def initialize(self) -> Scene | None:
        from neuron import h  # here: NEURON loads where the session runs

        if self.comm is not None:
            h.nrnmpi_init()  # MPI is up already (mpi4py): NEURON joins it
        h.load_file("stdrun.hoc")
        self.h = h
        self.pc = h.ParallelContext()
        self.gids = list(range(self.rank, self.cells, self.size))  # round-robin
        self.sections: list[dict[str, Any]] = []
        self.netcons: list[Any] = []
        self.synapses: list[Any] = []
        self.spike_times, self.spike_gids = h.Vector(), h.Vector()
        for gid in self.gids:
            self._build_cell(gid)
        for gid in self.gids:  # cell gid - 1 excites cell gid, wherever it lives
            syn = h.ExpSyn(self.sections[self.gids.index(gid)]["apic"](0.3))
            syn.tau, syn.e = 2.0, 0.0
            nc = self.pc.gid_connect((gid - 1) % self.cells, syn)
            nc.weight[0], nc.delay = self.weight, DELAY_MS
            self.synapses.append(syn)
            self.netcons.append(nc)
        self.stim = self.stim_nc = None
        if 0 in self.gids:
            self.stim = h.NetStim()
            self.stim.start, self.stim.noise, self.stim.number = 2.0, 0, 1e9
            self.stim_nc = h.NetCon(self.stim, self.synapses[self.gids.index(0)])
            self.stim_nc.delay = 1.0
            self._set_rate(self.rate_hz)
        self.pc.spike_record(-1, self.spike_times, self.spike_gids)  # every local gid
        self.pc.set_maxstep(10)
        segments = [seg for cell in self.sections for sec in cell.values() for seg in sec]
        self.pointers = h.PtrVector(len(segments))
        for i, seg in enumerate(segments):
            self.pointers.pset(i, seg._ref_v)
        self.local_v = h.Vector(len(segments))
        offsets = np.arange(SEGMENTS_PER_CELL)
        positions = (np.array(self.gids, dtype=np.int64)[:, None] * SEGMENTS_PER_CELL + offsets).ravel()
        self.v_gather = self.field_gather(positions)
        self.spike_gather = self.event_gather()
        self._reset_model()
        v = self._voltages()  # a collective: every rank takes part, rank 0 gets the field
        if v is None:
            return None
        self.geometry = network_geometry(self.cells)
        soma = self.geometry.entity_ids.index(entity_id("cell[0].soma", 0.5))
        apic = self.geometry.entity_ids.index(entity_id(f"cell[{self.cells // 2}].soma", 0.5))
        self.traces = Traces(self.geometry.entity_ids, [soma, apic], samples=2000)
        self.rate = 0.0
        return self._scene(v)

    def _build_cell(self, gid: int) -> None:
        h = self.h
        cell: dict[str, Any] = {}
        for (name, parent, nseg, diam, _), xyz in zip(SECTIONS, cell_points(gid, self.cells), strict=True):
            sec = h.Section(name=f"cell[{gid}].{name}")
            for x, y, z in xyz:
                sec.pt3dadd(x, y, z, diam)
            sec.nseg, sec.Ra, sec.cm = nseg, 100.0, 1.0
            if parent is not None:
                sec.connect(cell[parent](0.5))
            if name == "soma":
                sec.insert("hh")
            else:
                sec.insert("pas")
                for seg in sec:
                    seg.pas.g, seg.pas.e = 1e-4, -65.0
            cell[name] = sec
        self.pc.set_gid2node(gid, self.rank)
        detector = h.NetCon(cell["soma"](0.5)._ref_v, None, sec=cell["soma"])
        detector.threshold = THRESHOLD_MV
        self.pc.cell(gid, detector)
        self.sections.append(cell)

    def _set_rate(self, rate: float) -> None:
        if self.stim is not None:
            self.stim.interval = 1000.0 / rate if rate > 0 else 1e9
            self.stim_nc.weight[0] = 0.05 if rate > 0 else 0.0

    def _reset_model(self) -> None:
        self.h.finitialize(-65.0)
        self.spike_times.resize(0)
        self.spike_gids.resize(0)
        self.seen = 0

    def _voltages(self) -> np.ndarray:
        self.pointers.gather(self.local_v)
        return self.v_gather.gather(self.local_v.as_numpy())

    def handle(self, command: SessionCommand) -> None:
        if isinstance(command, SetControl) and command.control_id in ("weight", "rate"):
            high = MAX_WEIGHT_US if command.control_id == "weight" else MAX_RATE_HZ
            try:
                value = min(max(float(command.value), 0.0), high)
            except (TypeError, ValueError):
                self.emit(Status(message=f"{command.control_id} wants a number, got {reprlib.repr(command.value)}"))
                return
            if command.control_id == "weight":
                self.weight = value
                for nc in self.netcons:
                    nc.weight[0] = value
            else:
                self.rate_hz = value
                self._set_rate(value)
            self.emit(ScenePatch(control_updates={command.control_id: {"value": value}}))
        elif is_reset(command):
            self._reset_model()
            v = self._voltages()
            if self.is_root:
                self.traces.clear()
                self.rate = 0.0
                self.emit(FieldReplace(field_id="spikes", values=np.zeros(0, np.int32), coords={"spike": np.zeros(0)}))
                self.emit(
                    FieldReplace(field_id="rate", values=np.zeros((0, 1), np.float32), coords={"time": np.zeros(0)})
                )
                self.emit(self.traces.replace())
                self.emit(FieldReplace(field_id="v", values=v))
        elif isinstance(command, EntityClicked) and self.is_root:
            for update in self.traces.click(command, "network_view"):
                self.emit(update)

    def is_live(self) -> bool:
        return self.h is not None

    def sim_time(self) -> float | None:
        return None if self.h is None else float(self.h.t)

    def idle_sleep(self) -> float:
        return 0.01  # at most 100 ticks (0.1 s of model time) a second: a wave round the ring takes 1.5 s

    def advance(self) -> None:
        self.in_step()  # every rank is here: none waits in psolve (which holds the GIL) for a rank that raised
        self.pc.psolve(self.h.t + TICK_MS)
        v = self._voltages()
        new = slice(self.seen, int(self.spike_times.size()))
        self.seen = new.stop
        times = self.spike_times.as_numpy()[new]
        gids = self.spike_gids.as_numpy()[new]
        spikes = self.spike_gather.gather(gids, times)
        if v is None or spikes is None:
            return  # not rank 0: its part is gathered
        t = float(self.h.t)
        units, at = spikes
        self.rate += (len(units) / self.cells / (TICK_MS / 1000.0) - self.rate) * (TICK_MS / RATE_TAU_MS)
        first = self.traces.count
        self.traces.record(t, v)
        times_kept, samples = self.traces.since(first)
        self.emit(FieldReplace(field_id="v", values=v))
        if len(units):
            self.emit(
                FieldAppend(
                    field_id="spikes",
                    append_dim="spike",
                    values=units,
                    coord_values=at,
                    max_length=self.cells * 200,
                )
            )
        self.emit(
            FieldAppend(
                field_id="rate",
                append_dim="time",
                values=np.array([[self.rate]], np.float32),
                coord_values=np.array([t]),
                max_length=5000,
            )
        )
        self.emit(
            FieldAppend(field_id="v_trace", append_dim="time", values=samples, coord_values=times_kept, max_length=2000)
        )

    def shutdown(self) -> None:
        self.netcons.clear()
        self.synapses.clear()
        self.stim = self.stim_nc = None
        if self.h is not None:
            self.pc.gid_clear()
        self.sections.clear()

    # -- the scene, on rank 0 -----------------------------------------------

    def _scene(self, v: np.ndarray) -> Scene:
        labels = self.traces.labels()
        n = len(v)
        return Scene(
            fields=[
                Field(id="v", values=v, dims=["segment"], unit="mV"),
                Field(
                    id="v_trace",
                    values=np.zeros((0, len(labels)), np.float32),
                    dims=["time", "segment"],
                    coords={"time": np.zeros(0)},
                    unit="mV",
                    attrs={"segments": labels},
                ),
                Field(
                    id="spikes",
                    values=np.zeros(0, np.int32),
                    dims=["spike"],
                    coords={"spike": np.zeros(0)},
                    attrs={"units": self.cells},
                ),
                Field(
                    id="rate",
                    values=np.zeros((0, 1), np.float32),
                    dims=["time", "population"],
                    coords={"time": np.zeros(0)},
                    unit="Hz",
                ),
            ],
            geometries=[self.geometry],
            views=[
                MorphologyView(
                    id="network_view",
                    geometry_id="network",
                    color_field_id="v",
                    colormap="coolwarm",
                    color_limits=V_LIMITS,
                    title=f"{self.cells} cells, {n} segments: V (mV); click to trace",
                ),
                RasterView(
                    id="raster",
                    field_id="spikes",
                    event_dim="spike",
                    unit_count=self.cells,
                    time_label="t",
                    time_unit="ms",
                    unit_label="cell",
                    rolling_window=WINDOW_MS,
                    title="spikes",
                ),
                LinePlotView(
                    id="rate_view",
                    field_id="rate",
                    x_dim="time",
                    series_dim="population",
                    series_labels=["all cells"],
                    x_label="time",
                    x_unit="ms",
                    y_label="rate",
                    y_unit="Hz",
                    rolling_window=WINDOW_MS,
                    title="population rate",
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
                    rolling_window=500.0,
                    y_limits=(-90.0, 50.0),
                    title="voltage traces",
                ),
            ],
            controls=[
                Control(
                    id="weight",
                    label="synaptic weight (µS)",
                    spec=ScalarSpec(min=0.0, max=MAX_WEIGHT_US, step=0.002),
                    value=self.weight,
                ),
                Control(
                    id="rate",
                    label="stimulus to cell 0 (Hz)",
                    spec=ScalarSpec(min=0.0, max=MAX_RATE_HZ, step=1.0),
                    value=self.rate_hz,
                ),
            ],
            actions=[Action(id="reset", label="Reset", shortcuts=["r"])],
            layout=Layout(
                title="scenewire: a NEURON ring network",
                panels=[
                    Panel(id="net", kind="view_3d", title="network", view_ids=["network_view"]),
                    Panel(id="raster", kind="line_plot", title="raster", view_ids=["raster"]),
                    Panel(id="rate", kind="line_plot", title="rate", view_ids=["rate_view"]),
                    Panel(id="traces", kind="line_plot", title="traces", view_ids=["trace_view"]),
                    Panel(
                        id="controls",
                        kind="controls",
                        title="controls",
                        control_ids=["weight", "rate"],
                        action_ids=["reset"],
                    ),
                ],
                panel_grid=[["net", "raster"], ["net", "rate"], ["traces", "controls"]],
            ),
            metadata={
                "title": f"NEURON ring network on {self.size} MPI rank(s)",
                "ranks": self.size,
                "cells": self.cells,
                "segments": n,
            },
        )
