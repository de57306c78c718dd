"""Pixels of a widget as a NumPy array, and where to keep them for a person to look at."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import numpy as np


def grab(widget) -> np.ndarray:
    """The widget as it is drawn now: (height, width, 3) uint8 RGB."""
    from PyQt6.QtGui import QImage

    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    raw = np.frombuffer(image.constBits().asstring(stride * height), dtype=np.uint8)
    return raw.reshape(height, stride)[:, : width * 3].reshape(height, width, 3).copy()


def settled(qtbot, take: Callable[[], np.ndarray], timeout_ms: int = 20_000) -> np.ndarray:
    """``take()`` once two calls in a row, with Qt's events processed in between, give the same pixels.

    Waits for the widget to show what it was given (a deferred layout or repaint, an update the window
    applies on its next poll) instead of sleeping a fixed time before a grab.
    """
    last = [take()]

    def same() -> bool:
        now = take()
        equal = now.shape == last[0].shape and bool(np.array_equal(now, last[0]))
        last[0] = now
        return equal

    qtbot.waitUntil(same, timeout=timeout_ms)
    return last[0]


def keep(widget, name: str) -> None:
    """Save a PNG of the widget under ``$SCENEWIRE_SHOTS`` when set (to look at the test's pictures)."""
    folder = os.environ.get("SCENEWIRE_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def near(image: np.ndarray, x: float, y: float, color: tuple[int, int, int], radius: int = 2, tol: int = 40) -> bool:
    """Whether a pixel within ``radius`` of (x, y) has ``color`` (each channel within ``tol``)."""
    cx, cy = round(x), round(y)
    patch = image[max(cy - radius, 0) : cy + radius + 1, max(cx - radius, 0) : cx + radius + 1].astype(int)
    return bool(np.any(np.all(np.abs(patch - np.array(color)) <= tol, axis=-1)))
