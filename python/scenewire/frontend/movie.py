"""``scenewire replay run.mcap --movie run.mp4``: the recording drawn by the window itself, one frame per tick.

The window is the live one (:class:`~scenewire.frontend.window.VispyFrontendWindow`)
with no transport: the recording's updates are handed to it as a transport
would hand them (``receive``), each whole tick (§7.12) is applied and drawn,
and the window is grabbed as ``--screenshot`` grabs it. So frame *k* is the
window as it looked after the recording's *k*-th tick, whatever the pace it
was recorded at; ``fps`` sets how many ticks a second of movie shows. A
recording without tick marks gets one frame per update.

The frames go to ffmpeg through ``imageio-ffmpeg``, which carries its own
binary (the ``export`` extra); no system ffmpeg is needed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import numpy as np

from ..protocol import SessionUpdate

SETTLE_TRIES = 12
"""Grabs per frame at most, until two in a row agree (a canvas that repaints on Qt's next event)."""


@dataclass
class MovieResult:
    frames: int
    width: int
    height: int


class ProgressBar:
    """A plain text bar on stderr, redrawn in place: ``movie [#######.....] 120/300 frames of the file``."""

    def __init__(self, total: int, stream: IO[str] | None = None, width: int = 30) -> None:
        self.total, self.width = max(total, 1), width
        self.stream = stream or sys.stderr
        self._shown = -1

    def update(self, done: int, frames: int) -> None:
        filled = self.width * min(done, self.total) // self.total
        if filled == self._shown and done < self.total:
            return
        self._shown = filled
        bar = "#" * filled + "." * (self.width - filled)
        self.stream.write(f"\rmovie [{bar}] {done}/{self.total} recorded frames, {frames} movie frames")
        self.stream.flush()

    def close(self) -> None:
        self.stream.write("\n")
        self.stream.flush()


def grab_rgb(widget) -> np.ndarray:
    """The widget as drawn now: (height, width, 3) uint8 RGB."""
    from PyQt6.QtGui import QImage

    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    raw = np.frombuffer(image.constBits().asstring(stride * height), dtype=np.uint8)
    return raw.reshape(height, stride)[:, : width * 3].reshape(height, width, 3).copy()


def _settled(app, widget) -> np.ndarray:
    app.processEvents()
    last = grab_rgb(widget)
    for _ in range(SETTLE_TRIES):
        app.processEvents()
        now = grab_rgb(widget)
        if now.shape == last.shape and np.array_equal(now, last):
            break
        last = now
    return last


def render_movie(
    updates: Iterable[SessionUpdate],
    out: str | Path,
    *,
    fps: float = 30.0,
    size: tuple[int, int] = (1200, 800),
    progress: Callable[[int], None] | None = None,
) -> MovieResult:
    """Write ``out`` (any container ffmpeg knows by its suffix: .mp4, .mkv, ...): one frame per tick of ``updates``.

    ``updates`` are a recording's, decoded, in order (the caller reads the file: this layer is below
    :mod:`scenewire.recording`); ``progress`` gets the count of frames written after each update.
    """
    import imageio_ffmpeg
    from PyQt6.QtWidgets import QApplication

    from .app_spec import AppSpec
    from .window import VispyFrontendWindow

    app = QApplication.instance() or QApplication(["scenewire"])
    window = VispyFrontendWindow(AppSpec(title=None, history_mib=0))  # a movie never looks back: no history
    window.resize(*size)
    window.show()
    writer = None
    frames = 0
    shape: tuple[int, int] | None = None
    try:
        for message in updates:
            window.receive([message])
            while window.pending:
                changes = window.apply_pending(0.0)  # a deadline passed: exactly one whole tick
                window.render(changes)
                window.status.show_tick(window.last_tick)
                image = _settled(app, window)
                if shape is None:
                    shape = (image.shape[0] // 2 * 2, image.shape[1] // 2 * 2)  # yuv420p wants even sides
                    writer = imageio_ffmpeg.write_frames(
                        str(out), (shape[1], shape[0]), fps=fps, macro_block_size=2, ffmpeg_log_level="error"
                    )
                    writer.send(None)  # start ffmpeg
                image = _fit(image, shape)
                assert writer is not None
                writer.send(np.ascontiguousarray(image))
                frames += 1
            if progress is not None:
                progress(frames)
    finally:
        if writer is not None:
            writer.close()
        window.shutdown()
        window.close()
        app.processEvents()
    if shape is None:
        return MovieResult(0, 0, 0)
    return MovieResult(frames, shape[1], shape[0])


def _fit(image: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    """Crop or pad (black) to the movie's size: a window that changed size mid-run keeps the first frame's."""
    h, w = shape
    out = np.zeros((h, w, 3), np.uint8)
    ih, iw = min(h, image.shape[0]), min(w, image.shape[1])
    out[:ih, :iw] = image[:ih, :iw]
    return out
