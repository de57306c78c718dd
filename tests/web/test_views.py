"""The browser client's views and UI (web/src/views, web/src/ui) in real headless Chromium.

``web/test/pages/check.mjs`` opens the views' test pages (a hand-built scene, no server: the
end-to-end tests against ``scenewire serve`` are tests/web's others) in Debian's Chromium through
playwright-core, does what a person does (clicks a segment, moves a slider, presses keys) and records
what it measured: pixels of the drawn views, the commands sent, the status bar's text. These tests
judge those records, colours against Python's own ``scenewire.scene.colormaps.map_values``.
"""

from __future__ import annotations

import json
import math
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from scenewire.scene import colormaps

ROOT = Path(__file__).resolve().parents[2]
WEB = ROOT / "web"
CHROMIUM = Path("/usr/bin/chromium")
PIXEL_TOL = 12  # of 255: a lit cylinder's centre line, antialiasing; a wrong map is off by far more
FLAT_TOL = 3  # of 255: unlit pixels (image, state graph, an unshaded surface): the 256-entry table's rounding


def _node() -> str:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed (the browser client needs Node 20 to build)")
    if not (WEB / "node_modules" / "playwright-core").is_dir():
        pytest.fail("web/node_modules is missing: run `npm ci` in web/ (scripts/setup.sh does)")
    return node


@pytest.fixture(scope="module")
def built() -> str:
    node = _node()
    subprocess.run([node, "test/pages/build-pages.mjs"], cwd=WEB, check=True, timeout=120)
    return node


@pytest.fixture(scope="module")
def results(built: str, tmp_path_factory: pytest.TempPathFactory) -> dict:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed")
    out = tmp_path_factory.mktemp("views")
    proc = subprocess.run(
        [built, "test/pages/check.mjs", str(out)], cwd=WEB, capture_output=True, text=True, timeout=280
    )
    found = json.loads((out / "results.json").read_text()) if (out / "results.json").exists() else {}
    assert proc.returncode == 0, f"check.mjs failed:\n{proc.stderr[-4000:]}\nrecorded: {list(found)}"
    found["_dir"] = str(out)
    return found


def expected(value: float | str, name: str, limits: list[float]) -> np.ndarray:
    return colormaps.map_values(np.array([float(value)]), name, tuple(limits))[0, :3] * 255


def close_to(pixel: list[int], want: np.ndarray, tol: float) -> bool:
    return bool(np.all(np.abs(np.array(pixel[:3], dtype=float) - want) <= tol))


# ---- the colour maps: the TypeScript tables against Python's ----


def test_colormaps_agree_with_python(built: str) -> None:
    values = [-100.0, -80.0, -61.3, -20.0, 0.0, 3.3, 17.5, 39.99, 40.0, 55.0, "NaN", "Infinity", "-Infinity"]
    limits = [-80.0, 40.0]
    names = sorted(colormaps.COLORMAPS)
    arg = json.dumps({"maps": [*names, "no-such-map"], "values": values, "limits": limits})
    proc = subprocess.run(
        [built, "dist-pages/colormap_dump.mjs", arg], cwd=WEB, capture_output=True, text=True, check=True
    )
    got = json.loads(proc.stdout)
    floats = np.array([float(v) for v in values])
    for name in [*names, "no-such-map"]:
        want = colormaps.map_values(floats, name, (limits[0], limits[1]))
        np.testing.assert_allclose(np.array(got[name]["colors"]), want, atol=1e-6, err_msg=name)
        table = np.array(got[name]["lut"], dtype=float).reshape(256, 4) / 255
        np.testing.assert_allclose(table, colormaps.lut(colormaps.resolve(name)), atol=0.5 / 255 + 1e-6, err_msg=name)


# ---- the morphology view ----


def test_segments_drawn_in_their_values_colours(results: dict) -> None:
    r = results["neuron"]
    assert r["problems"] == []
    for seg in r["segments"]:
        want = expected(seg["value"], r["colormap"], r["limits"])
        assert close_to(seg["pixel"], want, PIXEL_TOL), (seg, want)
    nan = next(s for s in r["segments"] if s["value"] == "NaN")
    assert nan["pixel"][0] > 230 and nan["pixel"][1] < 20 and nan["pixel"][2] > 230, "NaN is magenta"


def test_a_colour_update_recolours_with_one_upload(results: dict) -> None:
    r = results["neuron"]
    assert r["uploadsAfter"] == r["uploadsBefore"] + 1
    assert close_to(r["afterUpdate"], expected(40.0, "coolwarm", r["limits"]), PIXEL_TOL)
    assert not close_to(r["afterUpdate"], np.array(r["segments"][0]["pixel"][:3], dtype=float), 60)


def test_a_click_on_a_segment_sends_entity_clicked(results: dict) -> None:
    r = results["neuron"]
    assert r["clicked"] == [{"kind": "entity_clicked", "entity_id": r["clickedEntity"], "view_id": "m", "segment": 20}]
    assert r["missed"] == [], "a click on the background sends nothing"
    assert r["selected"] == {"key": r["clickedEntity"], "outlined": 1}, "the click selects (§7.7) and outlines it"
    assert r["unselected"] == {"key": None, "outlined": 0}, "a click on empty space unselects"
    assert r["thinClicked"] == [{"kind": "entity_clicked", "entity_id": "thin(0.625)", "view_id": "m", "segment": 60}]
    assert max(r["thinPixel"][:3]) > 100, "a segment of 0.02 µm radius is drawn a pixel wide"
    assert r["hover"] == r["clickedEntity"].split("(")[0] + "(0.583)"
    assert r["scaleBar"] == "50 µm"
    assert r["colorBarTicks"] == ["-80", "-60", "-40", "-20", "0", "20", "40"]


# ---- the line plot ----


def test_decimated_traces_keep_their_spikes(results: dict) -> None:
    p = results["neuron"]["plot"]
    assert p["drawnPoints"] <= 2 * p["width"] + 4 < p["samples"], "decimated to two points per pixel column"
    lo, hi = p["yRange"]
    assert hi > 40 and lo < -76, "the axis holds the spikes and the troughs (§8.3.4, padded 4 %)"
    assert p["orangeNearTop"] >= 8, "the axon's spikes reach 40 mV on screen"
    assert results["neuron"]["plotAfterAppend"][1] == pytest.approx(7999 * 0.025), "the x axis follows an append"


# ---- controls, keys, status bar, roles ----


def test_controls_and_keys_send_the_commands_of_section_6(results: dict) -> None:
    assert results["neuron"]["commands"] == [
        {"kind": "set_control", "control_id": "stim", "value": 1.25},
        {"kind": "set_control", "control_id": "noise", "value": True},
        {"kind": "set_control", "control_id": "model", "value": "passive"},
        {"kind": "set_control", "control_id": "gain", "value": 7},
        {"kind": "invoke_action", "action_id": "reset", "payload": {"hard": True}},
        {"kind": "invoke_action", "action_id": "reset", "payload": {"hard": True}},  # its shortcut, r
        {"kind": "key_pressed", "key": "a"},
        {"kind": "key_pressed", "key": "Shift+a"},
        {"kind": "run_control", "action": "pause"},
        {"kind": "run_control", "action": "step", "steps": 1},
    ]
    assert float(results["neuron"]["sliderShows"]) == 1.25, "a refused value puts the last one back"
    assert results["neuron"]["fromSession"] == {"shows": "1.50", "sent": []}


def test_status_bar_shows_time_run_state_and_errors_as_plain_text(results: dict) -> None:
    s = results["neuron"]["status"]
    assert s["clock"] == "t = 136.6 ms"
    assert s["run"] == "paused · ≤ 25 ticks/s" and s["pause"] == "Resume"
    assert s["message"] == "held at t = 136.6 ms\\x1b[2J", "control characters escaped (§7.9)"
    assert s["error"] == "session_error: <b>twice</b>  (3 errors)" and s["boldTags"] == 0
    assert s["afterDismiss"] is True


def test_an_observer_is_read_only_and_can_ask_for_control(results: dict) -> None:
    o = results["neuron"]["observer"]
    assert o["role"] == "Observing · 3 viewers" and o["button"] == "Take control"
    assert o["sliderDisabled"] is True and o["sent"] == []
    assert o["enabledInputs"] == [], "every control of an observer is read-only"
    assert o["request"] == [{"kind": "control_request", "want": True}]
    assert results["neuron"]["closed"]["banner"] == "Disconnected (close code 1006): the server went away"


# ---- surface, raster, image, state graph ----


def test_surface_colours_and_a_click_picks_the_grid_point(results: dict) -> None:
    r = results["surface"]
    assert r["problems"] == []
    for point in r["points"]:
        assert close_to(point["pixel"], expected(point["value"], "viridis", r["limits"]), FLAT_TOL), point
    assert (r["click"]["row"], r["click"]["col"]) == (15, 20) and r["click"]["sent"] == []
    assert r["slice"]["after"] != r["slice"]["before"], "the slice plot bound to s.y moved to row 15"


def test_image_pixels_raster_window_and_graph_colours(results: dict) -> None:
    r = results["plots"]
    assert r["problems"] == []
    for cell in r["image"]["cells"]:
        assert close_to(cell["pixel"], expected(cell["value"], "magma", r["image"]["limits"]), FLAT_TOL), cell
    times = np.arange(3000) * 0.1
    assert r["raster"]["drawn"] == int(np.sum(times >= times[-1] - 100))
    assert r["raster"]["xRange"][0] < times[-1] - 100 < times[-1] < r["raster"]["xRange"][1]
    fills = {n["id"]: [int(c) for c in n["fill"][4:-1].split(",")] for n in r["graph"]}
    for node, value in {"C": 0.9, "O": 0.0, "I": 1.0}.items():
        assert close_to(fills[node], expected(value, "viridis", [0.0, 1.0]), 0.51), node
    assert r["graphClick"] == [{"kind": "entity_clicked", "entity_id": "O", "view_id": "gr"}]
    assert not math.isnan(r["raster"]["xRange"][1])
