"""A scale bar for a 3-D view of a cell: a round length in µm (§8.14), as drawn at the view's centre.

Without one, a picture of a morphology says nothing about size: a 400 µm
axon and a 4 mm one look alike. The bar sits in the view's bottom-right
corner, in the ViewBox's pixels, and follows the camera: its length is 1, 2
or 5 times a power of ten, the longest such that fits in a quarter of the
view's width. A perspective view shows nearer parts larger; the bar is true
at the depth of the camera's centre, which the first view puts at the cell's
middle.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from vispy import scene

BAR_COLOR = (0.85, 0.87, 0.9, 1.0)
MARGIN_PX = 14  # from the view's right and bottom edges
MAX_FRACTION = 0.25  # of the view's width


def nice_length(longest: float) -> float:
    """The largest 1, 2 or 5 times a power of ten that is at most ``longest`` (> 0)."""
    if not math.isfinite(longest) or longest <= 0:
        return 0.0
    power = 10.0 ** math.floor(math.log10(longest))
    for step in (5.0, 2.0, 1.0):
        if step * power <= longest * (1 + 1e-9):
            return step * power
    return power


def length_label(um: float) -> str:
    """``50 µm``, ``200 µm``, ``1 mm``: micrometres below a millimetre, millimetres from there."""
    return f"{um / 1000:g} mm" if um >= 1000 else f"{um:g} µm"


def pixels_per_unit(viewbox: Any) -> float:
    """How many of the ViewBox's pixels one scene unit spans across the screen at the camera's centre.

    Measured through the view's own transform: the camera looks at its centre,
    so a small step there along the view moves nothing on screen and a step
    across it moves the point by the same amount in any direction; that amount
    is the largest singular value of the projection's derivative there. It
    holds for any camera and viewport shape.
    """
    centre = getattr(viewbox.camera, "center", None)
    if centre is None:
        return 0.0
    to_pixels = viewbox.scene.node_transform(viewbox)
    here = np.asarray(centre, dtype=np.float64)[:3]
    step = 1e-3 * max(float(getattr(viewbox.camera, "scale_factor", 1.0) or 1.0), 1e-9)
    points = np.vstack([here, here + step * np.eye(3)])
    mapped = np.asarray(to_pixels.map(np.hstack([points, np.ones((4, 1))])), dtype=np.float64)
    if not np.isfinite(mapped).all() or (mapped[:, 3] == 0).any():
        return 0.0
    screen = mapped[:, :2] / mapped[:, 3:4]
    jacobian = (screen[1:] - screen[0]).T / step  # 2 x 3: pixels per unit along x, y, z
    return float(np.linalg.svd(jacobian, compute_uv=False)[0])


class _FollowingLine(scene.visuals.Line):
    """A line that calls ``before_draw`` as each frame draws it, whatever moved the camera or resized the view."""

    def __init__(self, before_draw: Any, **kwargs: Any) -> None:
        super().__init__(np.full((2, 2), -10.0, np.float32), **kwargs)
        self.unfreeze()
        self._before_draw = before_draw
        self.freeze()

    def _prepare_draw(self, view: Any) -> Any:
        self._before_draw()
        return super()._prepare_draw(view)


class ScaleBar:
    """A line and its length, drawn in a ViewBox's own pixels and kept true as the camera moves.

    The camera changes its projection in place (no event says so), so the bar
    measures the view as each frame draws it and changes only when that moved.
    """

    def __init__(self, viewbox: Any) -> None:
        self.viewbox = viewbox
        self.line = _FollowingLine(self.update, color=BAR_COLOR, width=2, parent=viewbox)
        self.label = scene.visuals.Text(
            "", color=BAR_COLOR, font_size=8, anchor_x="center", anchor_y="top", parent=viewbox
        )
        self.length = 0.0  # scene units (µm) the bar stands for; 0 while hidden
        self.pixels = 0.0  # its drawn length
        self.enabled = False
        self._anchor = (0.0, 0.0)

    def show(self, enabled: bool) -> None:
        """Draw the bar (when there is a cell to measure) or not."""
        self.enabled = enabled
        self.update()

    def update(self) -> None:
        """Measure the view and move the bar, if anything changed since the last frame."""
        width, height = (float(v) for v in self.viewbox.size)
        per_unit = pixels_per_unit(self.viewbox) if self.enabled else 0.0
        length = nice_length(MAX_FRACTION * width / per_unit) if per_unit > 0 else 0.0
        if length <= 0 or width < 4 * MARGIN_PX:
            if self.length:
                self.line.set_data(np.full((2, 2), -10.0, np.float32))  # off the view; still drawn, so still asked
                self.label.text = ""
                self.length, self.pixels = 0.0, 0.0
            return
        pixels = length * per_unit
        right, y = width - MARGIN_PX, height - MARGIN_PX
        if abs(pixels - self.pixels) < 0.05 and length == self.length and (right, y) == self._anchor:
            return
        self.line.set_data(np.array([[right - pixels, y], [right, y]], np.float32))
        self.label.pos = (right - pixels / 2, y - 4)  # in these y-down pixels, "top" sets the text above
        self.label.text = length_label(length)
        self.length, self.pixels, self._anchor = length, pixels, (right, y)

    def close(self) -> None:
        self.line.parent = None
        self.label.parent = None
