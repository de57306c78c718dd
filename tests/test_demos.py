"""The demo sessions: the neuron fires (and rests without input), scenes are valid protocol, runs repeat exactly."""

from __future__ import annotations

import numpy as np
import pytest

from scenewire import decode, encode
from scenewire.demos.hh_cell import HHCable, build_morphology
from scenewire.demos.neuron_demo import MAX_TRACES, BranchedNeuronSession
from scenewire.demos.spikes import PoissonRasterSession, SpikeSheetSession
from scenewire.demos.wave import WaveSession
from scenewire.protocol import (
    EntityClicked,
    FieldAppend,
    FieldReplace,
    InvokeAction,
    ScenePatch,
    SceneReady,
    SetControl,
    Status,
)
from scenewire.scene import MorphologyGeometry
from scenewire.session import Session
from scenewire.wire.jsonform import to_json_form

from .test_conformance_schema import envelope_validator

DEMOS = [BranchedNeuronSession, WaveSession, SpikeSheetSession, PoissonRasterSession]


def run_ticks(session: Session, ticks: int) -> list[bytes]:
    """Advance ``ticks`` times; every update as it would go on the wire."""
    frames = []
    for _ in range(ticks):
        session.advance()
        frames += [encode(u) for u in session.read_updates()]
    return frames


def test_the_neuron_fires_at_the_soma_under_the_default_stimulus() -> None:
    session = BranchedNeuronSession()
    session.initialize()
    run_ticks(session, 100)  # 100 ms of model time
    assert session.spikes >= 3
    assert session.cell.v.max() <= 60.0 and session.cell.v.min() >= -90.0


def test_the_neuron_stays_at_rest_without_a_stimulus() -> None:
    session = BranchedNeuronSession(stim_na=0.0)
    session.initialize()
    run_ticks(session, 100)
    assert session.spikes == 0
    np.testing.assert_allclose(session.cell.v, -65.0, atol=0.5)


def test_the_stimulus_slider_sets_the_firing() -> None:
    session = BranchedNeuronSession()
    session.initialize()
    session.handle(SetControl(control_id="stim", value=0.0))
    updates = session.read_updates()
    assert any(isinstance(u, ScenePatch) and u.control_updates == {"stim": {"value": 0.0}} for u in updates)
    run_ticks(session, 60)
    assert session.spikes == 0
    session.handle(SetControl(control_id="stim", value=1.0))
    run_ticks(session, 60)
    assert session.spikes >= 2


def test_the_cell_has_a_few_hundred_segments_with_soma_dendrites_and_axon() -> None:
    session = BranchedNeuronSession()
    geometry = session.initialize().geometries[0]
    assert isinstance(geometry, MorphologyGeometry)
    assert 200 <= geometry.n_segments <= 600
    sections = set(geometry.section_names)
    assert {"soma", "axon"} <= sections and sum(s.startswith("dend[") for s in sections) >= 10
    # orientations are rotations whose third column is the segment's axis; lengths are µm
    rot = geometry.orientations.astype(np.float64)
    np.testing.assert_allclose(rot @ rot.transpose(0, 2, 1), np.broadcast_to(np.eye(3), rot.shape), atol=1e-5)
    assert 1.0 < float(np.median(geometry.lengths)) < 50.0
    assert float(geometry.radii.max()) == pytest.approx(15.0)  # the soma


def test_the_membrane_solver_is_stable_and_converged_at_large_steps() -> None:
    tree, active = build_morphology(1)
    counts = []
    for dt in (0.025, 0.1):
        cell = HHCable(tree, active, dt)
        current = np.zeros(cell.n)
        current[0] = 0.8
        above, spikes = False, 0
        for _ in range(int(100 / dt)):
            cell.step(current)
            assert np.isfinite(cell.v).all() and np.abs(cell.v).max() < 100
            spikes += cell.v[0] >= 0 and not above
            above = cell.v[0] >= 0
        counts.append(spikes)
    assert counts[0] >= 3 and abs(counts[0] - counts[1]) <= 1


@pytest.mark.parametrize("demo", DEMOS, ids=lambda d: d.__name__)
def test_the_scene_is_valid_protocol(demo: type[Session]) -> None:
    scene = demo().initialize()
    message = SceneReady(scene=scene)
    assert decode(encode(message)) == message
    errors = list(envelope_validator().iter_errors(to_json_form(message.to_tree())))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]


@pytest.mark.parametrize("demo", DEMOS, ids=lambda d: d.__name__)
def test_two_runs_with_one_seed_send_the_same_bytes(demo: type[Session]) -> None:
    runs = []
    for _ in range(2):
        session = demo()
        frames = [encode(SceneReady(scene=session.initialize()))]
        runs.append(frames + run_ticks(session, 30))
    assert runs[0] == runs[1]
    other = demo(seed=2)  # type: ignore[call-arg]
    assert [encode(SceneReady(scene=other.initialize())), *run_ticks(other, 30)] != runs[0]


def test_a_click_adds_that_segments_trace_with_its_past() -> None:
    session = BranchedNeuronSession()
    session.initialize()
    run_ticks(session, 20)
    target = session.geometry.entity_ids[150]
    session.handle(EntityClicked(entity_id=target))
    updates = session.read_updates()
    replace = next(u for u in updates if isinstance(u, FieldReplace))
    assert replace.field_id == "v_trace" and replace.values.shape == (200, 3)
    assert np.isfinite(replace.values).all() and replace.coords["time"].shape == (200,)
    patch = next(u for u in updates if isinstance(u, ScenePatch))
    assert patch.view_updates["trace_view"]["series_labels"][-1] == target
    session.advance()
    append = next(u for u in session.read_updates() if isinstance(u, FieldAppend))
    assert append.values.shape == (10, 3)
    # never more than MAX_TRACES series; the soma's stays
    for i in range(10):
        session.handle(EntityClicked(entity_id=session.geometry.entity_ids[200 + i]))
    assert len(session.traced) == MAX_TRACES and session.traced[0] == session.soma
    session.handle(EntityClicked(entity_id="no such segment"))
    assert any(isinstance(u, Status) and "no segment" in u.message for u in session.read_updates())
    # a frontend that sends the segment's index (§6.5) is taken at its word, entity id or not
    session.handle(EntityClicked(entity_id="dend[0]", view_id="cell_view", segment=3))
    assert session.traced[-1] == 3


def test_the_demos_give_their_model_time_to_the_tick_mark() -> None:
    session = BranchedNeuronSession()
    session.initialize()
    run_ticks(session, 3)
    assert session.sim_time() == pytest.approx(3.0)
    wave = WaveSession(size=16)
    wave.initialize()
    run_ticks(wave, 2)
    assert wave.sim_time() == 8.0


def test_reset_brings_the_neuron_back_to_rest() -> None:
    session = BranchedNeuronSession()
    session.initialize()
    run_ticks(session, 20)
    session.handle(InvokeAction(action_id="reset"))
    assert session.spikes == 0 and session.cell.t == 0.0
    np.testing.assert_allclose(session.cell.v, -65.0)


def test_the_wave_stays_bounded_at_its_fastest_and_calms_after_reset() -> None:
    session = WaveSession(size=48)
    session.initialize()
    for name, value in (("speed", 5.0), ("damping", 0.0), ("rain", 2.0)):
        session.handle(SetControl(control_id=name, value=value))
    assert session.params["speed"] == 0.6  # clamped to the stable range
    run_ticks(session, 300)
    assert np.isfinite(session.u).all() and np.abs(session.u).max() < 20
    session.handle(InvokeAction(action_id="reset"))
    assert not session.u.any()
    session.handle(InvokeAction(action_id="drop"))
    assert session.u.min() < -0.5


def test_the_neuron_holds_at_the_model_time_it_is_given_and_says_so() -> None:
    session = BranchedNeuronSession(hold_at_ms=5.3)
    session.initialize()
    frames = []
    while session.is_live():
        session.advance()
        frames += session.read_updates()
    assert session.cell.t == pytest.approx(5.3)
    last_append = [u for u in frames if isinstance(u, FieldAppend)][-1]
    assert float(last_append.coord_values[-1]) == pytest.approx(5.3)  # the trace ends at the held moment
    assert isinstance(frames[-1], Status) and "5.3 ms" in frames[-1].message
    # a reset runs to the same moment again
    session.handle(InvokeAction(action_id="reset"))
    assert session.is_live()


def test_the_hold_comes_from_the_environment_and_a_bad_one_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCENEWIRE_DEMO_HOLD_MS", "2")
    session = BranchedNeuronSession()
    session.initialize()
    run_ticks(session, 5)
    assert session.cell.t == pytest.approx(2.0) and not session.is_live()
    monkeypatch.setenv("SCENEWIRE_DEMO_HOLD_MS", "soon")
    with pytest.raises(ValueError, match="SCENEWIRE_DEMO_HOLD_MS wants a model time in ms"):
        BranchedNeuronSession()


def test_the_spike_sheet_fires_on_the_waves_crests_at_a_plausible_rate() -> None:
    """A travelling wave of input: over 200 ms every unit fires, at a few to some tens of Hz, and the spike
    times ascend (§8.3.6)."""
    session = SpikeSheetSession()
    session.initialize()
    units, times = [], []
    for _ in range(200):  # 1 ms a tick
        session.advance()
        for update in session.read_updates():
            if isinstance(update, FieldAppend):
                units.append(update.values)
                times.append(update.coord_values)
    units_all, times_all = np.concatenate(units), np.concatenate(times)
    assert np.all(np.diff(times_all) >= 0)
    rate_hz = len(units_all) / 1600 / 0.2
    assert 5 < rate_hz < 60, rate_hz
    assert len(np.unique(units_all)) > 1500


def test_the_poisson_raster_fires_10_hz_per_unit() -> None:
    session = PoissonRasterSession(units=10_000, rate_hz=10.0, tick_ms=10.0)
    session.initialize()
    count = 0
    for _ in range(100):  # 1 s
        session.advance()
        count += sum(len(u.values) for u in session.read_updates())
    assert 95_000 < count < 105_000
