"""A real NEURON cell: its 3-D points become the morphology, and it fires through the real server."""

from __future__ import annotations

import asyncio

import numpy as np
import pytest

from scenewire.protocol import EntityClicked, FieldAppend, FieldReplace, ScenePatch, SceneReady, SetControl, StopSession
from scenewire.transports.ws_client import SceneClient, ServerClosed

from .test_cli import WAIT, start_server

neuron = pytest.importorskip("neuron", reason="the optional extra 'neuron' (scripts/setup.sh installs it)")


def test_segments_sit_on_neurons_own_3d_path() -> None:
    from neuron import h

    from scenewire.demos.nrn_cell import morphology_from_sections

    sec = h.Section(name="bent")
    for x, y, diam in ((0, 0, 4), (30, 0, 2), (30, 40, 2)):  # an L: 30 µm along x, then 40 along y
        sec.pt3dadd(x, y, 0, diam)
    sec.nseg = 7
    geometry, segments = morphology_from_sections([sec], "g")
    assert geometry.entity_ids == [f"bent({seg.x:.3f})" for seg in sec] and len(segments) == 7
    np.testing.assert_allclose(geometry.lengths, 10.0, rtol=1e-6)
    # centres at arc length 5, 15, ..., 65 along the path
    expected = [(a, 0) if a <= 30 else (30, a - 30) for a in np.arange(5, 70, 10)]
    np.testing.assert_allclose(geometry.positions[:, :2], expected, atol=1e-4)
    np.testing.assert_allclose(geometry.radii, [seg.diam / 2 for seg in sec], rtol=1e-6)
    # the first segment points along x, the last along y
    np.testing.assert_allclose(geometry.orientations[0][:, 2], [1, 0, 0], atol=1e-6)
    np.testing.assert_allclose(geometry.orientations[-1][:, 2], [0, 1, 0], atol=1e-6)
    with pytest.raises(ValueError, match="3-D points"):
        morphology_from_sections([h.Section(name="no_points")])


async def watch(url: str) -> tuple[SceneReady, list[FieldReplace], list[FieldAppend], int | None]:
    """Connect, read the scene, raise the stimulus, read half a second of ticks, stop."""
    client = await SceneClient.connect(url)
    scenes: list[SceneReady] = []
    replaces: list[FieldReplace] = []
    appends: list[FieldAppend] = []
    while not scenes or not scenes[-1].scene.fields:
        message = await client.receive(WAIT)
        if isinstance(message, SceneReady):
            scenes.append(message)
    await client.send(SetControl(control_id="stim", value=0.5))
    while sum(a.values.shape[0] for a in appends) < 1500:  # 150 ms of model time
        message = await client.receive(WAIT)
        if isinstance(message, FieldReplace):
            replaces.append(message)
        elif isinstance(message, FieldAppend):
            appends.append(message)
    await client.send(StopSession())
    code = None
    try:
        while True:
            await client.receive(WAIT)
    except ServerClosed as exc:
        code = exc.code
    return scenes[-1], replaces, appends, code


def test_a_neuron_cell_fires_through_the_server_from_a_worker_process() -> None:
    server, url = start_server("scenewire.demos.nrn_cell:NeuronCellSession", "--once")
    try:
        assert "(session in a worker process)" in server.greeting  # type: ignore[attr-defined]
        ready, replaces, appends, code = asyncio.run(watch(url))
        scene = ready.scene
        assert scene.metadata["pid"] != server.pid  # NEURON ran in the worker, not in the server
        geometry = scene.geometries[0]
        n = geometry.n_segments
        assert n > 100 and {"soma", "axon", "dend_0_0"} <= set(geometry.section_names)
        assert all(r.values.shape == (n,) and r.values.dtype == np.float32 for r in replaces)
        assert max(float(r.values.max()) for r in replaces) > 0.0  # a spike somewhere
        assert appends[-1].attrs_update is not None and appends[-1].attrs_update["spikes"] >= 2
        assert code == 1000
        server.wait(WAIT)
        assert server.returncode == 0
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()


def test_a_click_traces_a_neuron_segment_with_its_past() -> None:
    from scenewire.demos.nrn_cell import NeuronCellSession

    session = NeuronCellSession()
    session.initialize()
    try:
        for _ in range(5):
            session.advance()
        session.read_updates()
        target = session.geometry.entity_ids[40]
        session.handle(EntityClicked(entity_id=target))
        updates = session.read_updates()
        replace = next(u for u in updates if isinstance(u, FieldReplace))
        assert replace.field_id == "v_trace" and replace.values.shape == (50, 4)
        assert np.isfinite(replace.values).all()
        patch = next(u for u in updates if isinstance(u, ScenePatch))
        assert patch.view_updates["trace_view"]["series_labels"][-1] == target
        session.advance()
        append = next(u for u in session.read_updates() if isinstance(u, FieldAppend))
        assert append.values.shape == (10, 4)
    finally:
        session.shutdown()


NRN_SESSION = """
import scenewire as sw


class Cell(sw.BufferedSession):
    def initialize(self) -> sw.Scene:
        from neuron import h  # a session's own import, in the worker, with no display

        return sw.Scene(metadata={"title": f"t = {h.t}"})
"""


def test_no_display_warning_from_neuron_in_the_workers(tmp_path) -> None:
    """NEURON in a headless worker once printed "no DISPLAY" on every connection: told -nogui, it does not."""
    import os
    import subprocess

    from .test_cli import PY

    (tmp_path / "nrn_plain.py").write_text(NRN_SESSION)
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "NEURON_MODULE_OPTIONS")}
    server = subprocess.Popen(
        [PY, "-m", "scenewire.cli", "serve", "nrn_plain:Cell", "--port", "0"],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        assert server.stdout is not None
        url = next(line.split()[-1] for line in server.stdout if line.startswith("connect with: "))
        for _ in range(2):  # two connections, two workers, each importing NEURON
            probed = subprocess.run(
                [PY, "-m", "scenewire.cli", "probe", url, "--count", "1", "--stop"],
                capture_output=True, text=True, timeout=WAIT,
            )  # fmt: skip
            assert "scene_ready" in probed.stdout and "t = 0.0" in probed.stdout, probed.stdout
    finally:
        server.terminate()
        out = server.communicate(timeout=WAIT)[0]
    assert "DISPLAY" not in out and "No graphics" not in out, out
