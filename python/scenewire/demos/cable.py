"""CableSession: a Hodgkin-Huxley soma and axon with passive dendrites, in NumPy.

Big enough to look like a neuron (a soma, an axon, two dendrites; 43
compartments), small enough to need nothing but NumPy. It shows what a NEURON
session sends: the morphology once, voltage per segment as a ``field_replace``
every tick, a rolling voltage trace at three sites as ``field_append`` with
``max_length``, a stimulus-amplitude control that changes the firing rate, and
a reset action (also on the ``r`` key). Clicking a segment records it.

Numerics: operator splitting with a fixed step. Membrane currents (HH in the
soma and axon, leak everywhere) step forward explicitly; the axial coupling,
which is stiff for short compartments, steps backward with a matrix inverted
once.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..protocol import EntityClicked, ScenePatch, SessionCommand, SetControl, Status
from ..scene import MorphologyGeometry, Scene
from ..session import BufferedSession
from .cell_scene import cell_scene, tick_updates
from .commands import is_reset

DT_MS = 0.025
STEPS_PER_TICK = 40  # 1 ms of model time per tick
SAMPLE_EVERY = 4  # trace sample every 0.1 ms
TRACE_LENGTH = 2000  # 200 ms of trace
CM = 1e-6  # F/cm2
RA = 100.0  # ohm cm
E_LEAK, E_NA, E_K = -54.4, 50.0, -77.0  # mV
G_NA, G_K, G_LEAK, G_PAS = 0.12, 0.036, 0.0003, 0.0001  # S/cm2
UM = 1e-4  # cm


@dataclass
class Section:
    name: str
    n: int
    segment_um: float  # length of each segment
    radius_um: float
    start: tuple[float, float, float]
    direction: tuple[float, float, float]
    parent: str | None
    active: bool


SECTIONS = (
    Section("soma", 1, 20.0, 10.0, (-10.0, 0.0, 0.0), (1.0, 0.0, 0.0), None, True),
    Section("axon", 24, 25.0, 0.5, (10.0, 0.0, 0.0), (1.0, 0.0, 0.0), "soma", True),
    Section("dend[0]", 9, 20.0, 1.0, (-10.0, 0.0, 0.0), (-0.7, 0.7, 0.0), "soma", False),
    Section("dend[1]", 9, 20.0, 1.0, (-10.0, 0.0, 0.0), (-0.7, -0.7, 0.2), "soma", False),
)


def _frame(direction: np.ndarray) -> np.ndarray:
    """A rotation whose third column is ``direction``."""
    d = direction / np.linalg.norm(direction)
    helper = np.array([0.0, 0.0, 1.0]) if abs(d[2]) < 0.9 else np.array([1.0, 0.0, 0.0])
    u = np.cross(helper, d)
    u /= np.linalg.norm(u)
    v = np.cross(d, u)
    return np.stack([u, v, d], axis=1)


class Cell:
    """Compartments, their geometry and the constant coupling solve."""

    def __init__(self) -> None:
        pos, rot, radii, lengths, xlocs, ids, names, active = [], [], [], [], [], [], [], []
        first: dict[str, int] = {}
        edges: list[tuple[int, int]] = []
        for sec in SECTIONS:
            d = np.array(sec.direction) / np.linalg.norm(sec.direction)
            seg_len = sec.segment_um
            first[sec.name] = len(ids)
            for i in range(sec.n):
                index = len(ids)
                if i > 0:
                    edges.append((index - 1, index))
                elif sec.parent is not None:
                    edges.append((first[sec.parent], index))
                pos.append(np.array(sec.start) + d * seg_len * (i + 0.5))
                rot.append(_frame(d))
                radii.append(sec.radius_um)
                lengths.append(seg_len)
                xlocs.append((i + 0.5) / sec.n)
                ids.append(f"{sec.name}({(i + 0.5) / sec.n:.3f})")
                names.append(sec.name)
                active.append(sec.active)
        self.n = len(ids)
        self.geometry = MorphologyGeometry(
            id="cell",
            positions=np.array(pos, dtype=np.float32),
            orientations=np.array(rot, dtype=np.float32),
            radii=np.array(radii, dtype=np.float32),
            lengths=np.array(lengths, dtype=np.float32),
            xlocs=np.array(xlocs, dtype=np.float32),
            entity_ids=ids,
            section_names=names,
        )
        self.active = np.array(active)
        r = np.array(radii) * UM
        length = np.array(lengths) * UM
        self.area = 2 * np.pi * r * length  # cm2
        half_resistance = RA * (length / 2) / (np.pi * r**2)  # ohm
        rates = np.zeros((self.n, self.n))  # 1/ms: dV_i/dt += rates[i, j] (V_j - V_i)
        for a, b in edges:
            g = 1.0 / (half_resistance[a] + half_resistance[b])  # S
            rates[a, b] = g / (CM * self.area[a]) / 1000.0
            rates[b, a] = g / (CM * self.area[b]) / 1000.0
        coupling = rates - np.diag(rates.sum(axis=1))
        self.implicit = np.linalg.inv(np.eye(self.n) - DT_MS * coupling)
        self.soma = first["soma"]
        self.probes = [first["soma"], first["axon"] + SECTIONS[1].n // 2, first["axon"] + SECTIONS[1].n - 1]


def _rates(v: np.ndarray) -> tuple[np.ndarray, ...]:
    """HH opening and closing rates (1/ms) at ``v`` (mV)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        x = v + 40.0
        am = np.where(np.abs(x) < 1e-6, 1.0, 0.1 * x / (1 - np.exp(-x / 10)))
        y = v + 55.0
        an = np.where(np.abs(y) < 1e-6, 0.1, 0.01 * y / (1 - np.exp(-y / 10)))
    bm = 4.0 * np.exp(-(v + 65.0) / 18)
    ah = 0.07 * np.exp(-(v + 65.0) / 20)
    bh = 1.0 / (1 + np.exp(-(v + 35.0) / 10))
    bn = 0.125 * np.exp(-(v + 65.0) / 80)
    return am, bm, ah, bh, an, bn


class CableSession(BufferedSession):
    """A live HH cell; ``stim`` (nA) into the soma sets how often it fires."""

    def __init__(self) -> None:
        super().__init__()
        self.cell = Cell()
        self.stim_na = 0.5
        self.probe_segment = self.cell.probes[-1]
        self._reset_state()

    @classmethod
    def startup_scene(cls) -> Scene:
        return Scene(metadata={"title": "cable: building the cell..."})

    def _reset_state(self) -> None:
        n = self.cell.n
        self.v = np.full(n, -65.0)
        am, bm, ah, bh, an, bn = _rates(self.v)
        self.m, self.h, self.nk = am / (am + bm), ah / (ah + bh), an / (an + bn)
        self.t = 0.0
        self.step_count = 0

    def initialize(self) -> Scene:
        cell = self.cell
        labels = ["soma", "axon middle", "axon end"]
        return cell_scene(
            geometry=cell.geometry,
            v=self.v.astype(np.float32),
            trace_values=np.zeros((0, 3), dtype=np.float32),
            trace_times=np.zeros(0, dtype=np.float64),
            labels=labels,
            series_dim="probe",
            colormap="viridis",
            cell_title="membrane potential",
            y_limits=(-90.0, 60.0),
            trace_title="voltage at three sites",
            stim_label="stimulus (nA)",
            stim_max=3.0,
            stim_na=self.stim_na,
            layout_title="cable demo",
            metadata={"title": "cable: HH soma and axon, passive dendrites"},
        )

    def handle(self, command: SessionCommand) -> None:
        if isinstance(command, SetControl) and command.control_id == "stim":
            self.stim_na = float(command.value)
            self.emit(ScenePatch(control_updates={"stim": {"value": self.stim_na}}))
            self.emit(Status(message=f"stimulus {self.stim_na:g} nA", timeout_ms=2000))
        elif is_reset(command):
            self._reset_state()
            self.emit(Status(message="reset", timeout_ms=2000))
        elif isinstance(command, EntityClicked):
            self.emit(Status(message=f"clicked {command.entity_id}", timeout_ms=2000))

    def is_live(self) -> bool:
        return True

    def idle_sleep(self) -> float:
        return 0.02

    def advance(self) -> None:
        cell = self.cell
        stim = np.zeros(cell.n)
        stim[cell.soma] = self.stim_na * 1e-9 / (CM * cell.area[cell.soma])  # mV/ms
        times, samples = [], []
        for _ in range(STEPS_PER_TICK):
            self._step(stim)
            if self.step_count % SAMPLE_EVERY == 0:
                times.append(self.t)
                samples.append(self.v[cell.probes])
        updates = tick_updates(
            self.v.astype(np.float32),
            np.array(times),
            np.array(samples, dtype=np.float32),
            max_length=TRACE_LENGTH,
        )
        for update in updates:
            self.emit(update)

    def _step(self, stim: np.ndarray) -> None:
        v, act = self.v, self.cell.active
        am, bm, ah, bh, an, bn = _rates(v)
        self.m += DT_MS * (am * (1 - self.m) - bm * self.m)
        self.h += DT_MS * (ah * (1 - self.h) - bh * self.h)
        self.nk += DT_MS * (an * (1 - self.nk) - bn * self.nk)
        g_na = np.where(act, G_NA * self.m**3 * self.h, 0.0)
        g_k = np.where(act, G_K * self.nk**4, 0.0)
        g_leak = np.where(act, G_LEAK, G_PAS)
        e_leak = np.where(act, E_LEAK, -65.0)
        ionic = g_na * (E_NA - v) + g_k * (E_K - v) + g_leak * (e_leak - v)  # S/cm2 * mV
        dv = ionic * 1e-3 / CM + stim  # (mA/cm2 -> A/cm2) / (F/cm2) = V/s = mV/ms
        self.v = self.cell.implicit @ (v + DT_MS * dv)
        self.t += DT_MS
        self.step_count += 1
