"""A branched Hodgkin-Huxley neuron in NumPy: morphology and compartmental cable; and one
isopotential patch (:class:`HHPoint`) with its sodium channel read as an eight-state kinetic
scheme (:data:`NA_STATES`, :data:`NA_STEPS`, :func:`na_occupancy`) for a state graph.

The cell: a soma, five dendritic trees that fork twice (passive membrane), and
an axon (Hodgkin-Huxley sodium, potassium and leak, as in the soma). Branch
directions and their wiggle come from a seeded generator, so a seed gives one
cell. All lengths are µm, as the morphology geometry requires (§8.2.1).

Numerics, chosen to be stable at any step a person might pick:

- gates step with the exponential (Rush-Larsen) rule, exact for a frozen
  voltage;
- the membrane steps exactly towards its momentary reversal potential
  (conductances frozen over the step), so the stiff sodium current during
  a spike cannot overshoot;
- the axial coupling steps backward (implicit Euler) through a matrix
  inverted once: its rows sum to one and its entries are positive, so it
  only averages neighbours and can never amplify.

Each piece is unconditionally stable; the splitting is first order, which is
accurate enough at 25 µs for a picture of a firing cell.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .segments import SegmentTree

DT_MS = 0.025
CM = 1e-6  # membrane capacitance, F/cm2
RA = 100.0  # axial resistivity, ohm cm
E_NA, E_K, E_HH_LEAK, E_PAS = 50.0, -77.0, -54.387, -65.0  # mV
G_NA, G_K, G_HH_LEAK, G_PAS = 0.12, 0.036, 0.0003, 0.0001  # S/cm2
UM = 1e-4  # cm per µm
REST_MV = -65.0


@dataclass(frozen=True)
class CellShape:
    """How big the generated cell is."""

    dendrites: int = 5  # primary dendrites on the soma
    forks: int = 2  # times each dendrite branches in two
    segments_per_branch: int = 8
    branch_um: float = 70.0  # length of a primary branch; children are shorter
    axon_segments: int = 60
    axon_um: float = 400.0
    axon_radius_um: float = 0.75
    soma_radius_um: float = 15.0
    soma_length_um: float = 30.0
    dendrite_radius_um: float = 1.2  # at the soma; each fork thins it


def build_morphology(seed: int = 1, shape: CellShape = CellShape()) -> tuple[SegmentTree, np.ndarray]:
    """The cell's segments and which of them carry HH channels (soma and axon)."""
    rng = np.random.default_rng(seed)
    tree = SegmentTree()
    half = shape.soma_length_um / 2
    tree.add_section("soma", np.array([[0.0, -half, 0.0], [0.0, half, 0.0]]), [shape.soma_radius_um], -1)
    soma = tree.first["soma"]
    count = 0

    def wiggly(start: np.ndarray, direction: np.ndarray, length: float, n: int, bend: float) -> np.ndarray:
        points = [start]
        d = direction / np.linalg.norm(direction)
        for _ in range(n):
            d = d + bend * rng.normal(size=3)
            d /= np.linalg.norm(d)
            points.append(points[-1] + d * length / n)
        return np.array(points)

    def grow(start: np.ndarray, direction: np.ndarray, length: float, radius: float, parent: int, depth: int) -> None:
        nonlocal count
        name = f"dend[{count}]"
        count += 1
        n = shape.segments_per_branch
        points = wiggly(start, direction, length, n, 0.12)
        radii = np.linspace(radius, radius * 0.7, n)
        tree.add_section(name, points, radii, parent)
        if depth < shape.forks:
            end = points[-1]
            heading = points[-1] - points[-2]
            heading /= np.linalg.norm(heading)
            side = np.cross(heading, rng.normal(size=3))
            side /= np.linalg.norm(side)
            for sign in (1.0, -1.0):
                child = heading + sign * 0.7 * side
                grow(end, child, length * 0.75, radius * 0.7, tree.last[name], depth + 1)

    axon = wiggly(np.array([0.0, -half, 0.0]), np.array([0.0, -1.0, 0.0]), shape.axon_um, shape.axon_segments, 0.04)
    radii = np.full(shape.axon_segments, shape.axon_radius_um)
    radii[:4] = [1.5, 1.2, 1.0, 0.85]  # the axon hillock tapers
    tree.add_section("axon", axon, radii, soma)

    for i in range(shape.dendrites):
        # spread over the upper hemisphere, away from the axon below
        angle = 2 * np.pi * (i + rng.uniform(-0.2, 0.2)) / shape.dendrites
        elevation = rng.uniform(0.3, 0.9)
        direction = np.array([np.cos(angle), elevation * 1.5, np.sin(angle)])
        direction /= np.linalg.norm(direction)
        start = direction * shape.soma_radius_um * np.array([1.0, 0.0, 1.0]) + np.array([0.0, half, 0.0]) * 0.5
        grow(start, direction, shape.branch_um, shape.dendrite_radius_um, soma, 0)

    active = np.array([s in ("soma", "axon") for s in tree.sections])
    return tree, active


def gate_rates(v: np.ndarray) -> tuple[np.ndarray, ...]:
    """HH opening and closing rates (1/ms) at ``v`` (mV): am, bm, ah, bh, an, bn."""
    # x / (1 - exp(-x/10)) tends to 10 at x = 0; nudging x off 0 gives that limit without a warning
    x = v + 40.0
    x[np.abs(x) < 1e-6] = 1e-6
    y = v + 55.0
    y[np.abs(y) < 1e-6] = 1e-6
    am = 0.1 * x / -np.expm1(-0.1 * x)
    an = 0.01 * y / -np.expm1(-0.1 * y)
    w = v + 65.0
    bm = 4.0 * np.exp(w * (-1 / 18))
    ah = 0.07 * np.exp(w * (-1 / 20))
    bh = 1.0 / (1.0 + np.exp((v + 35.0) * -0.1))
    bn = 0.125 * np.exp(w * (-1 / 80))
    return am, bm, ah, bh, an, bn


class HHCable:
    """The cell's state (voltage per segment, HH gates on active ones) and its time step."""

    def __init__(self, tree: SegmentTree, active: np.ndarray, dt_ms: float = DT_MS) -> None:
        self.n = len(tree)
        self.dt = dt_ms
        index = np.flatnonzero(active)
        # a slice when the active segments are one block (build_morphology makes them so): views, no copies
        contiguous = index.size and index[-1] - index[0] + 1 == index.size
        self.active: slice | np.ndarray = slice(int(index[0]), int(index[-1]) + 1) if contiguous else index
        radius = np.array(tree.radii) * UM
        length = tree.lengths * UM
        self.area = 2 * np.pi * radius * length  # cm2
        half_resistance = RA * (length / 2) / (np.pi * radius**2)  # ohm
        coupling = np.zeros((self.n, self.n))  # 1/ms: dV_i/dt += coupling[i, j] (V_j - V_i)
        for child, parent in enumerate(tree.parents):
            if parent < 0:
                continue
            g = 1.0 / (half_resistance[child] + half_resistance[parent])  # S
            coupling[child, parent] = g / (CM * self.area[child]) / 1000.0
            coupling[parent, child] = g / (CM * self.area[parent]) / 1000.0
        coupling -= np.diag(coupling.sum(axis=1))
        self.implicit = np.linalg.inv(np.eye(self.n) - dt_ms * coupling)
        self.g_rest = np.full(self.n, G_PAS)
        self.g_rest[self.active] = G_HH_LEAK
        self.ge_rest = self.g_rest * E_PAS
        self.ge_rest[self.active] = G_HH_LEAK * E_HH_LEAK
        self.mv_per_na = 1e-9 / self.area * 1e3  # nA -> A/cm2, times 1e3: divided by S/cm2 gives mV
        self.reset()

    def reset(self) -> None:
        """Every segment at rest, gates at their steady state there."""
        self.v = np.full(self.n, REST_MV)
        am, bm, ah, bh, an, bn = gate_rates(self.v[self.active])
        self.gates = np.stack([am / (am + bm), ah / (ah + bh), an / (an + bn)])  # m, h, n
        self.t = 0.0

    @property
    def m(self) -> np.ndarray:
        return self.gates[0]

    @property
    def h(self) -> np.ndarray:
        return self.gates[1]

    @property
    def nk(self) -> np.ndarray:
        return self.gates[2]

    def step(self, current_na: np.ndarray) -> None:
        """One time step with ``current_na`` (nA, per segment) injected."""
        dt, act = self.dt, self.active
        am, bm, ah, bh, an, bn = gate_rates(self.v[act])
        alpha = np.stack([am, ah, an])
        total = alpha + np.stack([bm, bh, bn])
        inf = alpha / total
        gates = inf + (self.gates - inf) * np.exp(-dt * total)
        self.gates = gates
        m, h, n = gates
        n2 = n * n
        g_na = G_NA * (m * m * m * h)
        g_k = G_K * (n2 * n2)
        g = self.g_rest.copy()
        ge = self.ge_rest + current_na * self.mv_per_na
        g[act] += g_na + g_k
        ge[act] += g_na * E_NA + g_k * E_K
        v_inf = ge / g  # where the membrane alone would settle, with conductances frozen
        decay = np.exp(g * (-dt / CM / 1000.0))  # g/C in 1/s, dt in ms
        self.v = self.implicit @ (v_inf + (self.v - v_inf) * decay)
        self.t += dt


# ---- the sodium channel as a kinetic scheme (for a state graph) -----------------------

#: The HH sodium conductance m³h read as a channel with eight states: k of its three m gates
#: open (0..3) with its h gate open (C0, C1, C2 and O, the one that conducts) or shut (I0..I3,
#: inactivated). The gates move independently: with k m gates open, one more opens at
#: (3 - k) alpha_m and one shuts at k beta_m; the h gate shuts at beta_h, reopens at alpha_h. From
#: the product of the gates' own distributions (as at rest), the occupancies stay that
#: product: binomial in m, times h (top row) or 1 - h (bottom row), so O is m³h.
NA_STATES = ("C0", "C1", "C2", "O", "I0", "I1", "I2", "I3")
_TOP, _BOTTOM = NA_STATES[:4], NA_STATES[4:]
ALPHA, BETA = "\u03b1", "\u03b2"  # the rate labels' Greek letters


def _rate(count: int, name: str) -> str:
    """A step's rate as a physiologist writes it: "3\u03b1m", "\u03b2m"."""
    return f"{count if count > 1 else ''}{name}"


#: (source, target, rate): every step of the scheme, both ways
NA_STEPS: tuple[tuple[str, str, str], ...] = (
    *(
        step
        for row in (_TOP, _BOTTOM)
        for k in range(3)
        for step in ((row[k], row[k + 1], _rate(3 - k, ALPHA + "m")), (row[k + 1], row[k], _rate(k + 1, BETA + "m")))
    ),
    *(step for k in range(4) for step in ((_TOP[k], _BOTTOM[k], BETA + "h"), (_BOTTOM[k], _TOP[k], ALPHA + "h"))),
)


def na_occupancy(m: float, h: float) -> np.ndarray:
    """The fraction of sodium channels in each of :data:`NA_STATES` for gates ``m`` and ``h``.

    Sums to 1 (up to rounding); the open state's entry is m³h.
    """
    closed = 1.0 - m
    by_k = np.array([closed**3, 3 * m * closed**2, 3 * m * m * closed, m**3])  # k of three m gates open
    return np.concatenate([by_k * h, by_k * (1.0 - h)])


class HHPoint:
    """One isopotential patch of HH membrane (the squid axon of 1952): voltage and gates m, h, n.

    The stimulus is a current density (µA/cm2). Steps as :class:`HHCable` does (exponential
    gates, exact membrane step with conductances frozen), without the cable.
    """

    def __init__(self, dt_ms: float = DT_MS) -> None:
        self.dt = dt_ms
        self.reset()

    def reset(self) -> None:
        self.v = REST_MV
        am, bm, ah, bh, an, bn = (float(r[0]) for r in gate_rates(np.array([REST_MV])))
        self.m, self.h, self.n = am / (am + bm), ah / (ah + bh), an / (an + bn)
        self.t = 0.0

    def step(self, stim_ua_cm2: float) -> None:
        dt = self.dt
        am, bm, ah, bh, an, bn = (float(r[0]) for r in gate_rates(np.array([self.v])))
        for name, alpha, beta in (("m", am, bm), ("h", ah, bh), ("n", an, bn)):
            total = alpha + beta
            inf = alpha / total
            setattr(self, name, inf + (getattr(self, name) - inf) * math.exp(-dt * total))
        g_na = G_NA * self.m**3 * self.h
        g_k = G_K * self.n**4
        g = g_na + g_k + G_HH_LEAK
        v_inf = (g_na * E_NA + g_k * E_K + G_HH_LEAK * E_HH_LEAK + stim_ua_cm2 * 1e-3) / g  # µA/cm2 over S/cm2, in mV
        self.v = v_inf + (self.v - v_inf) * math.exp(-dt * g / CM / 1000.0)
        self.t += dt
