"""Stream a NetPyNE model (its ``netParams`` and ``simConfig``) as a session, on one process or N MPI ranks.

Subclass :class:`NetPyNESession` and return the model's parameters from
``net_params()`` and ``sim_config()``; NetPyNE builds the cells (with their
3-D morphologies placed where NetPyNE puts them, ``defineCellShapes``),
deals them over the ranks (its own round-robin), connects and stimulates
them. Each tick every rank advances ``tick_ms`` (``pc.psolve``); rank 0
gathers every segment's voltage (one ``Gatherv``) and the tick's spikes.
Views: every cell's morphology coloured by voltage (ids ``cell[gid].sec(x)``,
the section names NetPyNE gives), a raster of every cell. Needs ``netpyne``
(``pip install netpyne``) where the session runs.

    mpiexec -n 2 scenewire serve mymodel:MyNet --mpi
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..demos.commands import is_reset
from ..mpi import MpiSession
from ..protocol import FieldAppend, FieldReplace, SessionCommand
from ..scene import Action, Field, Layout, MorphologyGeometry, MorphologyView, Panel, RasterView, Scene
from ..scene.morphology import cut_path, entity_id, frames
from ..session.headless import quiet_headless_simulators

quiet_headless_simulators()

V_LIMITS = (-80.0, 40.0)


def _cell_sections(cell: Any) -> list[dict[str, Any]]:
    """A NetPyNE cell's sections as plain data: name, 3-D points, arc lengths, nseg, diameters, L."""
    out = []
    for name, sec in cell.secs.items():
        h_sec = sec["hObj"]
        k = int(h_sec.n3d())
        xyz = np.array([[h_sec.x3d(i), h_sec.y3d(i), h_sec.z3d(i)] for i in range(k)])
        arc = np.array([h_sec.arc3d(i) for i in range(k)])
        out.append(
            {
                "name": f"cell[{cell.gid}].{name}",
                "xyz": xyz,
                "arc": arc,
                "nseg": int(h_sec.nseg),
                "diam": [float(seg.diam) for seg in h_sec],
                "x": [float(seg.x) for seg in h_sec],
                "L": float(h_sec.L),
            }
        )
    return out


def geometry_of(cells: list[list[dict[str, Any]]], geometry_id: str = "network") -> MorphologyGeometry:
    """One geometry of every cell's sections, in the order given (cells by gid)."""
    centres, chords, radii, lengths, xlocs, ids, names = [], [], [], [], [], [], []
    for sections in cells:
        for sec in sections:
            cuts = cut_path(sec["xyz"], sec["nseg"], sec["arc"])
            for i in range(sec["nseg"]):
                centres.append(cuts[i, 1])
                chords.append(cuts[i, 2] - cuts[i, 0])
                radii.append(sec["diam"][i] / 2)
                lengths.append(sec["L"] / sec["nseg"])
                xlocs.append(sec["x"][i])
                ids.append(entity_id(sec["name"], sec["x"][i]))
                names.append(sec["name"])
    return MorphologyGeometry(
        id=geometry_id,
        positions=np.array(centres, dtype=np.float32),
        orientations=frames(np.array(chords)).astype(np.float32),
        radii=np.array(radii, dtype=np.float32),
        lengths=np.array(lengths, dtype=np.float32),
        xlocs=np.array(xlocs, dtype=np.float32),
        entity_ids=ids,
        section_names=names,
    )


class NetPyNESession(MpiSession):
    """A NetPyNE model as a session; override ``net_params()`` and ``sim_config()``."""

    tick_ms = 1.0
    title = "NetPyNE model"

    def net_params(self) -> Any:
        raise NotImplementedError("return the model's netpyne.specs.NetParams")

    def sim_config(self) -> Any:
        raise NotImplementedError("return the model's netpyne.specs.SimConfig")

    def initialize(self) -> Scene | None:
        from neuron import h

        if self.comm is not None:
            h.nrnmpi_init()  # before NetPyNE makes its ParallelContext: it joins the MPI mpi4py started
        from netpyne import sim

        net, cfg = self.net_params(), self.sim_config()
        cfg.duration = 1e12  # the run goes on until the session ends
        cfg.recordTraces, cfg.recordCells = {}, []
        cfg.verbose, cfg.printRunTime, cfg.printPopAvgRates = False, False, False
        net.defineCellShapes = True
        self.h, self.sim = h, sim
        sim.initialize(netParams=net, simConfig=cfg)
        sim.net.createPops()
        sim.net.createCells()
        sim.net.connectCells()
        sim.net.addStims()
        sim.setupRecording()
        from netpyne.sim.run import preRun

        preRun()
        self.v_init = float(sim.cfg.hParams["v_init"])
        cells = sorted(sim.net.cells, key=lambda c: c.gid)
        local = [(cell.gid, _cell_sections(cell)) for cell in cells]
        counts = {gid: sum(s["nseg"] for s in secs) for gid, secs in local}
        all_counts: dict[int, int] = {}
        for part in self.comm.allgather(counts) if self.comm is not None else [counts]:
            all_counts.update(part)
        self.cells = len(all_counts)
        start = np.cumsum([0] + [all_counts[g] for g in sorted(all_counts)])
        first = {gid: int(start[i]) for i, gid in enumerate(sorted(all_counts))}
        positions = np.concatenate(
            [np.arange(first[gid], first[gid] + counts[gid]) for gid, _ in local] or [np.zeros(0, np.int64)]
        )
        segments = [seg for cell in cells for sec in cell.secs.values() for seg in sec["hObj"]]
        self.pointers = h.PtrVector(len(segments))
        for i, seg in enumerate(segments):
            self.pointers.pset(i, seg._ref_v)
        self.local_v = h.Vector(len(segments))
        self.v_gather = self.field_gather(positions)
        self.spike_gather = self.event_gather()
        shapes = self.comm.gather(local, 0) if self.comm is not None else [local]
        self._reset()
        v = self._voltages()
        if v is None:
            return None
        by_gid = dict(item for part in shapes for item in part)
        self.geometry = geometry_of([by_gid[g] for g in sorted(by_gid)])
        return self._scene(v)

    def _reset(self) -> None:
        self.h.finitialize(self.v_init)
        self.sim.simData["spkt"].resize(0)
        self.sim.simData["spkid"].resize(0)
        self.seen = 0

    def _voltages(self) -> np.ndarray | None:
        self.pointers.gather(self.local_v)
        return self.v_gather.gather(self.local_v.as_numpy())

    def handle(self, command: SessionCommand) -> None:
        if is_reset(command):
            self._reset()
            v = self._voltages()
            self.emit(FieldReplace(field_id="spikes", values=np.zeros(0, np.int32), coords={"spike": np.zeros(0)}))
            if v is not None:
                self.emit(FieldReplace(field_id="v", values=v))

    def is_live(self) -> bool:
        return True

    def sim_time(self) -> float:
        return float(self.h.t)

    def idle_sleep(self) -> float:
        return 0.01

    def advance(self) -> None:
        self.in_step()
        self.sim.pc.psolve(self.h.t + self.tick_ms)
        v = self._voltages()
        times, gids = self.sim.simData["spkt"].as_numpy(), self.sim.simData["spkid"].as_numpy()
        new = slice(self.seen, len(times))
        self.seen = new.stop
        spikes = self.spike_gather.gather(gids[new], times[new])
        if v is None or spikes is None:
            return
        self.emit(FieldReplace(field_id="v", values=v))
        if len(spikes[0]):
            self.emit(
                FieldAppend(
                    field_id="spikes",
                    append_dim="spike",
                    values=spikes[0],
                    coord_values=spikes[1],
                    max_length=self.cells * 200,
                )
            )

    def shutdown(self) -> None:
        if getattr(self, "sim", None) is not None:
            self.sim.pc.gid_clear()

    def _scene(self, v: np.ndarray) -> Scene:
        return Scene(
            fields=[
                Field(id="v", values=v, dims=["segment"], unit="mV"),
                Field(
                    id="spikes",
                    values=np.zeros(0, np.int32),
                    dims=["spike"],
                    coords={"spike": np.zeros(0)},
                    attrs={"units": self.cells},
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
                    title=f"{self.cells} cells: V (mV)",
                ),
                RasterView(
                    id="raster",
                    field_id="spikes",
                    event_dim="spike",
                    unit_count=self.cells,
                    time_label="t",
                    time_unit="ms",
                    unit_label="cell",
                    rolling_window=1000.0,
                    title="spikes",
                ),
            ],
            actions=[Action(id="reset", label="Reset", shortcuts=["r"])],
            layout=Layout(
                title=f"scenewire: {self.title}",
                panels=[
                    Panel(id="net", kind="view_3d", title="network", view_ids=["network_view"]),
                    Panel(id="raster", kind="line_plot", title="raster", view_ids=["raster"]),
                    Panel(id="controls", kind="controls", title="controls", action_ids=["reset"]),
                ],
                panel_grid=[["net", "raster"], ["net", "controls"]],
            ),
            metadata={"title": self.title, "ranks": self.size, "cells": self.cells, "segments": len(v)},
        )
