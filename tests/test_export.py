"""scenewire export: a recording's fields to NWB (read back with pynwb) and to npz (read back with numpy).

The expected histories are made independently of the exporter: straight from
the recorded frames, by concatenating every ``field_append``'s values and
coordinates in order.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from scenewire.demos.hh_point import NA_STATES, WINDOW_SAMPLES, state_field
from scenewire.protocol import FieldAppend, FieldReplace, SceneReady, Tick, decode, encode
from scenewire.recording import RecordingWriter, open_recording
from scenewire.scene import Field, Scene
from scenewire.scene.views import LinePlotView

from .test_cli import WAIT, start_server
from .test_recording import run_cli

pynwb = pytest.importorskip("pynwb", reason="the export extra: pip install './python[export]'")


def appended(path: Path, field_id: str) -> tuple[np.ndarray, np.ndarray]:
    """Every value appended to ``field_id`` (time axis last, as the demo sends it) and its times, in order."""
    values, times = [], []
    for frame in open_recording(path).frames():
        message = decode(frame.data)
        if isinstance(message, FieldAppend) and message.field_id == field_id:
            values.append(message.values)
            times.append(message.coord_values)
    return np.concatenate(values, axis=-1), np.concatenate(times)


@pytest.fixture(scope="module")
def hh_recording(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real run: the HH demo served on loopback, recorded past its trace window (1000 samples)."""
    path = tmp_path_factory.mktemp("export") / "hh.mcap"
    server, url = start_server("scenewire.demos.hh_point:HHPointSession", "--once")
    try:
        result = run_cli("record", url, str(path), "--count", "2500", timeout=WAIT * 4)
        assert result.returncode == 0, result.stdout + result.stderr
    finally:
        server.kill()
        server.wait()
    return path


def test_nwb_holds_every_appended_trace_value_with_units_and_seconds(hh_recording: Path, tmp_path: Path) -> None:
    out = tmp_path / "hh.nwb"
    result = run_cli("export", str(hh_recording), str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"export: wrote {out} (nwb)" in result.stdout
    v, t_ms = appended(hh_recording, "v_trace")
    assert v.shape[-1] > WINDOW_SAMPLES + 1  # longer than the window a viewer keeps: the whole run is exported
    gates, _ = appended(hh_recording, "gates")
    with pynwb.NWBHDF5IO(str(out), "r") as io:
        nwb = io.read()
        trace = nwb.acquisition["v_trace"]
        assert trace.unit == "mV"
        np.testing.assert_array_equal(trace.data[:], v.T)  # time first
        np.testing.assert_allclose(trace.timestamps[:], t_ms / 1000.0)  # the plot's x_unit ms, in seconds
        assert json.loads(trace.comments)["dims"] == ["time", "trace"]
        g = nwb.acquisition["gates"]
        np.testing.assert_array_equal(g.data[:], gates.T)
        assert g.unit == "unknown"  # the demo gives the gates no unit
        assert nwb.session_description == "a Hodgkin-Huxley patch: voltage, gates and the Na channel's states"
        notes = json.loads(nwb.notes)
        assert notes["scene_metadata"]["title"] == nwb.session_description
        assert notes["recording"]["source"] == open_recording(hh_recording).info["source"]
        # the Na channel's occupancies: one value per tick, at the tick's model time
        ticks = nwb.processing["scenewire_ticks"]
        occ = ticks[state_field(NA_STATES[0])]
        assert occ.data.shape[0] > 100 and np.all(np.diff(occ.timestamps[:]) > 0)
        assert set(nwb.scratch) >= {"v_trace", "gates", state_field(NA_STATES[0])}
        last = nwb.scratch["v_trace"].data[:]
        np.testing.assert_array_equal(last, v[:, -(WINDOW_SAMPLES + 1) :])  # what a viewer held last


def test_npz_holds_the_same_histories(hh_recording: Path, tmp_path: Path) -> None:
    out = tmp_path / "hh.npz"
    result = run_cli("export", str(hh_recording), str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    v, t_ms = appended(hh_recording, "v_trace")
    with np.load(out) as data:
        np.testing.assert_array_equal(data["v_trace"], v.T)
        np.testing.assert_array_equal(data["v_trace.time"], t_ms)  # the recorded unit, as recorded
        meta = json.loads(str(data["scenewire.json"]))
        assert meta["arrays"]["v_trace"] == {
            "kind": "trace",
            "field_id": "v_trace",
            "dims": ["time", "trace"],
            "unit": "mV",
            "time_unit": "ms",
            "times": "v_trace.time",
        }
        occ = data[f"ticks/{state_field(NA_STATES[0])}"]
        assert occ.shape[0] == data[f"ticks/{state_field(NA_STATES[0])}.time"].shape[0] > 100


def scripted(path: Path) -> None:
    """A trace appended past max_length, resent as a window (a joining recorder's snapshot), then reset."""
    writer = RecordingWriter(path, source="ws://test", server="test/1")
    scene = Scene(
        fields=[
            Field(id="v", values=np.zeros((0, 2), np.float32), dims=["time", "cell"], coords={"time": np.zeros(0)})
        ],
        views=[LinePlotView(id="p", field_id="v", x_dim="time", series_dim="cell", x_unit="s", y_unit="mV")],
    )
    writer.add(encode(SceneReady(scene=scene, tick_end=Tick(index=0, time=0.0))))
    for i in range(6):
        values = np.array([[i, -i]], np.float32)
        append = FieldAppend(field_id="v", append_dim="time", values=values, coord_values=np.array([float(i)]))
        append.max_length = 3
        append.tick_end = Tick(index=i + 1, time=float(i))
        writer.add(encode(append))
    window = np.array([[4, -4], [5, -5], [6, -6]], np.float32)  # two entries held already, one new
    writer.add(encode(FieldReplace(field_id="v", values=window, coords={"time": np.array([4.0, 5.0, 6.0])})))
    writer.add(encode(FieldReplace(field_id="v", values=np.zeros((0, 2), np.float32), coords={"time": np.zeros(0)})))
    for i in range(2):
        append = FieldAppend(
            field_id="v",
            append_dim="time",
            values=np.array([[10 + i, 0]], np.float32),
            coord_values=np.array([i * 1.0]),
        )
        writer.add(encode(append))
    writer.close()


def test_a_window_resent_adds_only_new_entries_and_a_reset_starts_a_new_series(tmp_path: Path) -> None:
    scripted(tmp_path / "s.mcap")
    result = run_cli("export", str(tmp_path / "s.mcap"), str(tmp_path / "s.nwb"))
    assert result.returncode == 0, result.stdout + result.stderr
    with pynwb.NWBHDF5IO(str(tmp_path / "s.nwb"), "r") as io:
        nwb = io.read()
        first, second = nwb.acquisition["v"], nwb.acquisition["v.2"]
        np.testing.assert_array_equal(first.data[:, 0], [0, 1, 2, 3, 4, 5, 6])
        np.testing.assert_array_equal(first.timestamps[:], [0, 1, 2, 3, 4, 5, 6])
        assert first.unit == "mV"  # the field has none: the plot's y_unit
        np.testing.assert_array_equal(second.data[:, 0], [10, 11])
        np.testing.assert_array_equal(second.timestamps[:], [0, 1])


def test_export_refuses_a_missing_file_and_an_existing_output(tmp_path: Path) -> None:
    result = run_cli("export", str(tmp_path / "none.mcap"), str(tmp_path / "o.nwb"))
    assert result.returncode != 0 and "cannot export" in result.stderr and "no such file" in result.stderr
    scripted(tmp_path / "s.mcap")
    (tmp_path / "o.nwb").write_bytes(b"mine")
    result = run_cli("export", str(tmp_path / "s.mcap"), str(tmp_path / "o.nwb"))
    assert result.returncode != 0 and "--force" in result.stderr
    assert (tmp_path / "o.nwb").read_bytes() == b"mine"


def test_a_raster_field_becomes_units_with_every_spike_time(tmp_path: Path) -> None:
    from scenewire.scene import RasterView

    path = tmp_path / "spikes.mcap"
    writer = RecordingWriter(path, source="ws://test", server="test/1")
    spikes = Field(id="spikes", values=np.zeros(0, np.int32), dims=["spike"], coords={"spike": np.zeros(0)})
    view = RasterView(id="r", field_id="spikes", event_dim="spike", unit_count=6, time_unit="ms")
    writer.add(encode(SceneReady(scene=Scene(fields=[spikes], views=[view]), tick_end=Tick(index=0, time=0.0))))
    rng = np.random.default_rng(19)
    units, times = [], []
    for tick in range(8):
        k = int(rng.integers(1, 6))
        tick_units = rng.integers(0, 5, size=k).astype(np.int32)  # unit 5 never fires
        tick_times = np.sort(rng.uniform(tick, tick + 1, size=k)) * 10.0
        append = FieldAppend(field_id="spikes", append_dim="spike", values=tick_units, coord_values=tick_times)
        append.max_length = 4  # the window keeps 4 events: the export keeps them all
        append.tick_end = Tick(index=tick + 1, time=(tick + 1) * 10.0)
        writer.add(encode(append))
        units.append(tick_units)
        times.append(tick_times)
    writer.close()
    units_all, times_all = np.concatenate(units), np.concatenate(times)
    assert units_all.size > 4
    result = run_cli("export", str(path), str(tmp_path / "spikes.nwb"))
    assert result.returncode == 0, result.stdout + result.stderr
    with pynwb.NWBHDF5IO(str(tmp_path / "spikes.nwb"), "r") as io:
        table = io.read().units.to_dataframe()
        assert list(table["unit_index"]) == list(range(6)) and set(table["scenewire_field"]) == {"spikes"}
        for unit in range(6):
            expected = np.sort(times_all[units_all == unit]) / 1000.0  # ms -> s
            np.testing.assert_allclose(table["spike_times"].iloc[unit], expected)
    result = run_cli("export", str(path), str(tmp_path / "spikes.npz"))
    assert result.returncode == 0, result.stdout + result.stderr
    with np.load(tmp_path / "spikes.npz") as data:
        np.testing.assert_array_equal(data["spikes"], units_all)
        np.testing.assert_array_equal(data["spikes.spike"], times_all)
        assert json.loads(str(data["scenewire.json"]))["arrays"]["spikes"]["kind"] == "events"


def test_without_the_export_extra_the_cli_says_which_to_install(tmp_path: Path) -> None:
    """pynwb and imageio_ffmpeg made unimportable (a module of that name that raises), as where the extra is absent."""
    import os
    import subprocess

    from .test_cli import PY

    shadow = tmp_path / "shadow"
    shadow.mkdir()
    for name in ("pynwb", "imageio_ffmpeg"):
        (shadow / f"{name}.py").write_text("raise ImportError('not installed')\n")
    scripted(tmp_path / "s.mcap")
    env = {**os.environ, "PYTHONPATH": f"{shadow}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([PY, "-m", "scenewire.cli", *args], capture_output=True, text=True, timeout=WAIT, env=env)

    result = run("export", str(tmp_path / "s.mcap"), str(tmp_path / "s.nwb"))
    assert result.returncode != 0 and "'export' extra" in result.stderr and "[export]" in result.stderr
    assert not (tmp_path / "s.nwb").exists()
    result = run("replay", str(tmp_path / "s.mcap"), "--movie", str(tmp_path / "s.mp4"))
    assert result.returncode != 0 and "'export' extra" in result.stderr and "imageio-ffmpeg" in result.stderr
    result = run("export", str(tmp_path / "s.mcap"), str(tmp_path / "s.npz"))  # npz needs only numpy
    assert result.returncode == 0, result.stderr
