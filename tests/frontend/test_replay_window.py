"""A recording of the neuron demo, replayed by ``scenewire replay``, shows in the window as it ran."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from scenewire import encode
from scenewire.demos.neuron_demo import BranchedNeuronSession
from scenewire.frontend.app import AppSpec
from scenewire.frontend.qt_transport import WebSocketTransport
from scenewire.protocol import FieldReplace, SceneReady
from scenewire.recording import RecordingWriter

from .test_ws_window import WAIT_MS, open_window

ROOT = Path(__file__).resolve().parents[2]
TICKS = 30


@pytest.fixture
def recording(tmp_path: Path) -> tuple[Path, np.ndarray]:
    """30 ticks of the neuron as a recording, and the voltages of its last tick."""
    session = BranchedNeuronSession()
    writer = RecordingWriter(tmp_path / "neuron.mcap", source="test", server="test")
    writer.add(encode(SceneReady(scene=session.initialize())))
    last = np.empty(0)
    for _ in range(TICKS):
        session.advance()
        for update in session.read_updates():
            writer.add(encode(update))
            if isinstance(update, FieldReplace) and update.field_id == "v":
                last = update.values
    writer.close()
    return tmp_path / "neuron.mcap", last


@pytest.fixture
def replay(recording: tuple[Path, np.ndarray]) -> Iterator[str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "scenewire.cli", "replay", str(recording[0]), "--fast", "--port", "0"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert proc.stdout is not None
    url = None
    for line in proc.stdout:
        match = re.search(r"on (ws://\S+)", line)
        if match:
            url = match.group(1)
            break
    assert url, "no serving line from scenewire replay"
    yield url
    proc.kill()
    proc.wait(10)


def test_a_replayed_recording_reaches_the_window_as_it_was_recorded(qtbot, recording, replay: str) -> None:
    win = open_window(qtbot, AppSpec(transport=WebSocketTransport(replay)))
    try:
        # the scene, then two updates per tick, then the replay's closing status
        qtbot.waitUntil(lambda: win.updates_applied >= 1 + 2 * TICKS, timeout=WAIT_MS)
        state = win.state
        assert state.scene is not None and state.scene.metadata["title"].startswith("branched neuron")
        np.testing.assert_array_equal(state.field("v").values, recording[1])
        assert state.field("v_trace").values.shape == (TICKS * 10, 2)
        assert not win.status.errors
    finally:
        win.shutdown()
