"""``scenewire replay run.mcap --window``: the window plays the file, and its timeline seeks through the MCAP index.

The recording is a real MCAP file (``RecordingWriter``) of :class:`WaveSession`'s
ticks; the window plays it through :class:`RecordingTransport`, and a past
tick comes back from a keyframe and the frames after it, read through the
file's index (no update of the file is held in memory).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from scenewire.frontend.app import AppSpec
from scenewire.frontend.window import VispyFrontendWindow
from scenewire.protocol import KeyPressed, SceneReady, Tick, encode
from scenewire.recording import RecordingWriter
from scenewire.recording.playback import RecordingTransport

from .grabs import keep
from .history_sessions import WaveSession
from .test_timeline_window import WAIT_MS, same, scrub, views

TICKS = 300


def record(path: Path, ticks: int = TICKS) -> int:
    """A recording of ``ticks`` ticks of WaveSession, 20 ms apart, as the session loop marks them; its frame count."""
    session = WaveSession()
    writer = RecordingWriter(path, "ws://127.0.0.1:1", "test")
    t0 = 1_700_000_000_000_000_000
    writer.add(encode(SceneReady(scene=session.initialize(), tick_end=Tick(index=0, time=0.0))), t0)
    for k in range(1, ticks + 1):
        session.advance()
        updates = session.read_updates()
        updates[-1].tick_end = Tick(index=k, time=session.sim_time())
        for update in updates:
            writer.add(encode(update), t0 + k * 20_000_000)
        if k % 20 == 0:
            writer.flush()  # a chunk per 20 ticks, as a recorder closes one every few seconds
    writer.close()
    return writer.count


def test_replay_window_seeks_a_past_tick_through_the_index(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "wave.mcap"
    frames = record(path)
    transport = RecordingTransport(path, fast=True)
    assert transport.store is not None  # a finished recording has an index
    transport.paused = True  # nothing plays until '.' or Space
    win = VispyFrontendWindow(AppSpec(transport=transport, history_mib=64, history_store=transport.store))
    qtbot.addWidget(win)
    win.resize(1000, 700)
    win.show()
    try:
        for k in range(40):  # '.': one recorded tick, then paused again
            win.send(KeyPressed(key="."))
            qtbot.waitUntil(lambda k=k: win.last_tick is not None and win.last_tick.index == k, timeout=WAIT_MS)
        assert win.status.run.text() == "paused"
        live = views(qtbot, win)
        number = win.history.count
        keep(win, "timeline-replay-tick-39")

        win.send(KeyPressed(key="Space"))  # play the rest
        played = lambda: transport.finished and win.last_tick.index == TICKS and not win.pending  # noqa: E731
        qtbot.waitUntil(played, timeout=WAIT_MS)
        assert not same(views(qtbot, win), live)

        read = transport.store.reads
        scrub(qtbot, win, number)
        assert same(views(qtbot, win), live)
        keep(win, "timeline-replay-scrubbed")
        # the ticks came back through the index: only the frames after the keyframe before tick 39
        since_keyframe = number - max(k.number for k in win.history.keyframes if k.number <= number)
        assert 0 < transport.store.reads - read <= 2 * since_keyframe < frames
        # and no frame of the file is held in memory: steps hold places, keyframes the arrays
        assert all(key == -1 for step in win.history.steps for key in step.owned)
        assert win.history.first == 1 and win.history.last == win.history.count  # the whole file is held
    finally:
        win.shutdown()


def test_replay_of_a_file_without_index_keeps_ticks_in_memory(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "cut.mcap"
    record(path, 60)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 3 // 4])  # a recorder killed: no summary, no index
    transport = RecordingTransport(path, fast=True)
    assert transport.store is None
    win = VispyFrontendWindow(AppSpec(transport=transport, history_mib=64))
    qtbot.addWidget(win)
    win.show()
    try:
        qtbot.waitUntil(lambda: transport.finished and not win.pending, timeout=WAIT_MS)
        shown = win.last_tick.index
        assert shown > 5
        assert win.timeline.show_step(win.history.first + 1)
        assert np.any([key != -1 for step in win.history.steps for key in step.owned])  # arrays in memory
    finally:
        win.shutdown()


def test_an_index_that_claims_chunks_too_large_is_not_used_to_seek(tmp_path: Path) -> None:
    """A chunk index saying a chunk inflates past what a recording may hold: the file plays, its ticks in memory."""
    import struct

    from scenewire.recording.chunks import MAX_CHUNK_BYTES

    path = tmp_path / "big-index.mcap"
    record(path, 30)
    data = bytearray(path.read_bytes())
    assert RecordingTransport(path).store is not None  # as written, the index is fine
    # the footer (opcode 0x02, 8-byte length, summary_start, ...) sits before the 8 magic bytes at the end
    footer = len(data) - 8 - (1 + 8 + 8 + 8 + 4)
    assert data[footer] == 0x02
    at = struct.unpack_from("<Q", data, footer + 9)[0]
    patched = 0
    while at < footer:
        opcode, length = struct.unpack_from("<BQ", data, at)
        if opcode == 0x08:  # a chunk index: its last field is the chunk's uncompressed size
            struct.pack_into("<Q", data, at + 9 + length - 8, MAX_CHUNK_BYTES + 1)
            patched += 1
        at += 9 + length
    assert patched > 0
    path.write_bytes(bytes(data))
    assert RecordingTransport(path).store is None
