"""The Hodgkin-Huxley patch demo: its sodium channel's eight states are the m³h model, step by step."""

from __future__ import annotations

import numpy as np

from scenewire import decode, encode
from scenewire.demos.hh_cell import NA_STATES, NA_STEPS, HHPoint, gate_rates, na_occupancy
from scenewire.demos.hh_point import HHPointSession, state_field
from scenewire.protocol import FieldAppend, FieldReplace, Reset, SceneReady, SetControl
from scenewire.state.scene_state import SceneState
from scenewire.wire.jsonform import to_json_form

from .test_conformance_schema import envelope_validator


def expm(q: np.ndarray) -> np.ndarray:
    """exp(q) by scaling, a Taylor series and squaring (q is small: rates of a few per ms times 25 µs)."""
    k = max(0, int(np.ceil(np.log2(max(np.abs(q).sum(axis=0).max(), 1e-300)))) + 1)
    a = q / 2**k
    term = out = np.eye(len(q))
    for i in range(1, 16):
        term = term @ a / i
        out = out + term
    for _ in range(k):
        out = out @ out
    return out


def generator(v: float) -> np.ndarray:
    """The scheme's rate matrix at ``v``, read from NA_STEPS' labels ("3 alpha_m", "beta_h", ...): dP/dt = Q P."""
    am, bm, ah, bh, _an, _bn = (float(r[0]) for r in gate_rates(np.array([v])))
    rates = {"\u03b1m": am, "\u03b2m": bm, "\u03b1h": ah, "\u03b2h": bh}
    index = {s: i for i, s in enumerate(NA_STATES)}
    q = np.zeros((8, 8))
    for source, target, label in NA_STEPS:
        count = int(label[:-2]) if label[:-2] else 1
        q[index[target], index[source]] += count * rates[label[-2:]]
    q -= np.diag(q.sum(axis=0))
    return q


def test_the_scheme_has_every_step_both_ways_and_its_occupancies_sum_to_one() -> None:
    assert len(NA_STEPS) == 20 and len({(a, b) for a, b, _ in NA_STEPS}) == 20
    assert all((b, a) in {(s, t) for s, t, _ in NA_STEPS} for a, b, _ in NA_STEPS)
    for m, h in ((0.05, 0.6), (0.9, 0.1), (0.0, 1.0), (1.0, 0.0), (0.3, 0.3)):
        occupancy = na_occupancy(m, h)
        assert abs(occupancy.sum() - 1.0) < 1e-12
        assert occupancy[NA_STATES.index("O")] == m**3 * h


def test_the_eight_state_chain_run_on_its_own_stays_the_product_m3h_through_spikes() -> None:
    """Integrate the chain with its own rates along the cell's voltage, exactly for each frozen-voltage
    step, as the gates are; it must equal the binomial occupancies of the gates at every step."""
    cell = HHPoint()
    p = na_occupancy(cell.m, cell.h)
    peak = -100.0
    for _ in range(2_000):  # 50 ms at 10 µA/cm2: several spikes
        p = expm(generator(cell.v) * cell.dt) @ p
        cell.step(10.0)
        peak = max(peak, cell.v)
        np.testing.assert_allclose(p, na_occupancy(cell.m, cell.h), atol=1e-9)
    assert peak > 20.0  # it fired


def test_the_session_sends_traces_and_a_fraction_per_state_every_tick() -> None:
    session = HHPointSession()
    state = SceneState()
    state.apply(SceneReady(scene=session.initialize()))
    session.handle(SetControl(control_id="stim", value=12.0))
    assert session.stim == 12.0
    for _ in range(30):
        session.advance()
        updates = session.read_updates()
        assert sum(isinstance(u, FieldAppend) for u in updates) == 2
        assert sum(isinstance(u, FieldReplace) for u in updates) == len(NA_STATES)
        changes = state.apply_all(updates)
        assert not changes.errors
        total = sum(float(state.field(state_field(s)).values[0]) for s in NA_STATES)
        assert abs(total - 1.0) < 1e-5
    assert state.field("v_trace").values.shape == (1, 300)
    assert float(state.field("v_trace").values.max()) > 20.0


def test_the_scene_is_valid_protocol_and_a_reset_starts_again_from_rest() -> None:
    session = HHPointSession()
    message = SceneReady(scene=session.initialize())
    assert decode(encode(message)) == message
    errors = list(envelope_validator().iter_errors(to_json_form(message.to_tree())))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]
    state = SceneState()
    state.apply(message)
    resting = {s: float(state.field(state_field(s)).values[0]) for s in NA_STATES}
    for _ in range(5):
        session.advance()
    state.apply_all(session.read_updates())
    session.handle(Reset())
    changes = state.apply_all(session.read_updates())
    assert not changes.errors and state.field("v_trace").values.shape == (1, 0)
    assert {s: float(state.field(state_field(s)).values[0]) for s in NA_STATES} == resting
