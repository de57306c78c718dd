"""``scenewire replay --movie``: one frame per recorded tick, the first one what the window showed at that tick."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from scenewire.demos.hh_point import HHPointSession
from scenewire.protocol import SceneReady, Tick, encode
from scenewire.recording import RecordingWriter

from .test_replay_window import ROOT

imageio_ffmpeg = pytest.importorskip("imageio_ffmpeg", reason="the export extra: pip install './python[export]'")

TICKS = 12
TICK_APART_NS = 60 * 10**9  # a minute between recorded ticks: a replay at the recorded pace shows the first alone


def record(path: Path) -> None:
    """The HH demo's first tick (its scene, drawn at t = 0) and ``TICKS`` ticks after it, a minute apart."""
    session = HHPointSession()
    writer = RecordingWriter(path, source="test", server="test")
    start = 10**18
    writer.add(encode(SceneReady(scene=session.initialize(), tick_end=Tick(index=0, time=0.0))), log_time_ns=start)
    for i in range(TICKS):
        session.advance()
        updates = session.read_updates()
        updates[-1].tick_end = Tick(index=i + 1, time=session.cell.t)
        for j, update in enumerate(updates):
            writer.add(encode(update), log_time_ns=start + (i + 1) * TICK_APART_NS + j)
    writer.close()


def cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "scenewire.cli", *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout
    )


def movie_frames(path: Path) -> list[np.ndarray]:
    reader = imageio_ffmpeg.read_frames(str(path))
    meta = next(reader)
    width, height = meta["size"]
    return [np.frombuffer(frame, np.uint8).reshape(height, width, 3) for frame in reader]


def png_pixels(path: Path) -> np.ndarray:
    from PyQt6.QtGui import QImage

    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    raw = np.frombuffer(image.constBits().asstring(stride * height), dtype=np.uint8)
    return raw.reshape(height, stride)[:, : width * 3].reshape(height, width, 3).copy()


def test_movie_has_a_frame_per_tick_and_its_first_is_the_replays_first_screenshot(
    x_display: str, tmp_path: Path, qapp
) -> None:
    run = tmp_path / "hh.mcap"
    record(run)
    movie = tmp_path / "hh.mp4"
    made = cli("replay", str(run), "--movie", str(movie), "--fps", "10")
    assert made.returncode == 0, made.stdout + made.stderr
    assert f"wrote {movie}: {TICKS + 1} frames (1200x800, 10 fps" in made.stdout
    assert "movie [" + "#" * 30 + "]" in made.stderr  # the progress bar, full at the end, on stderr
    frames = movie_frames(movie)
    assert len(frames) == TICKS + 1
    assert not np.array_equal(frames[0], frames[-1])  # the traces grew

    # the replay served at the recorded pace shows its first tick alone for a minute: screenshot it
    server = subprocess.Popen(
        [sys.executable, "-m", "scenewire.cli", "replay", str(run), "--port", "0", "--once"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert server.stdout is not None
        url = None
        for line in server.stdout:
            if line.startswith("connect with: "):
                url = line.split()[-1]
                break
        assert url, "no connect line from scenewire replay"
        shot = tmp_path / "first.png"
        viewed = cli("view", url, "--screenshot", str(shot), "--after-updates", "1")
        assert viewed.returncode == 0, viewed.stdout + viewed.stderr
    finally:
        server.kill()
        server.wait()
    first = png_pixels(shot)
    assert first.shape == frames[0].shape
    difference = np.abs(first.astype(int) - frames[0].astype(int)).mean()
    # measured: 0.56 from the codec for the first frame, 2.1 for the last (its traces drawn): the bound is between
    assert difference < 1.0, f"mean absolute difference {difference:.2f} per channel (codec loss is about 0.6)"
    last_difference = np.abs(first.astype(int) - frames[-1].astype(int)).mean()
    assert last_difference > 1.0  # the bound tells the first tick from the last


def test_movie_size_and_a_bad_size_or_fps(x_display: str, tmp_path: Path, qapp) -> None:
    run = tmp_path / "hh.mcap"
    record(run)
    movie = tmp_path / "small.mp4"
    made = cli("replay", str(run), "--movie", str(movie), "--size", "641x481", "--fps", "5")
    assert made.returncode == 0, made.stdout + made.stderr
    frames = movie_frames(movie)
    assert len(frames) == TICKS + 1 and frames[0].shape == (480, 640, 3)  # drawn at that size, odd sides cut to even
    bad = cli("replay", str(run), "--movie", str(tmp_path / "x.mp4"), "--size", "big")
    assert bad.returncode != 0 and "WIDTHxHEIGHT" in bad.stderr
    again = cli("replay", str(run), "--movie", str(movie))
    assert again.returncode != 0 and "--force" in again.stderr
    assert cli("replay", str(run), "--movie", str(tmp_path / "y.mp4"), "--fps", "0").returncode != 0
