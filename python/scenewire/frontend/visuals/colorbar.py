"""A colour bar beside a 3-D view: the colormap, its limits and the field's unit (§8.13).

Without one, a colour cannot be read as a value. The bar is a VisPy widget in
a grid column to the right of the view's ViewBox, in the same canvas: it
draws the colormap's lookup table as an image (high at the top) and three
text labels. ``show`` redraws only when the colormap, limits or unit change,
and never touches the view's geometry.

Sizes are in the canvas's logical pixels, which VisPy scales by the device
pixel ratio. VisPy sizes text from the screen's DPI as the system reports it
(``xdpyinfo``; 192 on Windows at 200 %), while Qt's logical pixels already
take that density out: the labels take Qt's logical DPI instead, as the
widgets around them do, or a high-DPI screen would scale them twice (and cut
them off at the canvas's edge).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from vispy import scene
from vispy.scene.widgets import Widget

from ...scene import colormaps
from ..text import shown

BAR_WIDTH_PX = 14
WIDGET_WIDTH_PX = 76  # the bar and room for labels such as "-80.5 mV"
MARGIN_PX = 10  # above and below the bar, beside the canvas edge
LABEL_COLOR = (0.85, 0.87, 0.9, 1.0)
LABEL_POINTS = 8.0
QT_DEFAULT_DPI = 96.0
LUT_SIZE = 256


def format_limit(value: float) -> str:
    """A limit as the bar's label shows it: four significant digits."""
    return f"{value:.4g}"


class ColorBar(Widget):
    """The colormap from low (bottom) to high (top), the limits at its ends, the unit beside its middle."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.unfreeze()  # VisPy nodes refuse new attributes until unfrozen
        self._set_width(0.0)  # no room taken until there is something to show
        self.key: tuple[str, float, float, str] | None = None
        self.redraws = 0  # how often the bar changed (tests check it follows only its inputs)
        self.image = scene.visuals.Image(
            np.zeros((LUT_SIZE, 1, 4), np.float32), clim=(0.0, 1.0), interpolation="nearest", parent=self
        )
        self.high, self.low, self.unit = (
            scene.visuals.Text(
                "", color=LABEL_COLOR, font_size=LABEL_POINTS, anchor_x="left", anchor_y="center", parent=self
            )
            for _ in range(3)
        )
        self.visible = False
        self.events.resize.connect(self._place)
        self.freeze()

    def bar_rect(self) -> tuple[float, float, float, float]:
        """(x, top, width, height) of the coloured bar in the widget's pixels."""
        height = self.size[1]
        return 6.0, float(MARGIN_PX), float(BAR_WIDTH_PX), max(float(height) - 2 * MARGIN_PX, 1.0)

    def show(self, colormap: str, limits: tuple[float, float], unit: str | None) -> bool:
        """Show ``colormap`` over ``limits`` with ``unit``; whether anything had to be redrawn."""
        key = (colormap, float(limits[0]), float(limits[1]), shown(unit))
        if key == self.key and self.visible:
            return False
        if self.key is None or key[0] != self.key[0]:
            # row 0 is drawn at the top: the high end
            self.image.set_data(colormaps.lut(colormap, LUT_SIZE)[::-1, None, :])
        self.key = key
        self.low.text = format_limit(key[1])
        self.high.text = format_limit(key[2])
        self.unit.text = key[3]
        self.visible = True
        self._set_width(WIDGET_WIDTH_PX)
        self.redraws += 1
        self._place()
        return True

    def hide(self) -> None:
        """No colour field (or a broken one): nothing to read colours against, and the view takes the room."""
        self.visible = False
        self._set_width(0.0)

    def _set_width(self, width: float) -> None:
        # the grid keeps min <= max at each step: widen the maximum first, narrow the minimum first
        if width >= self.width_min:
            self.width_max = width
            self.width_min = width
        else:
            self.width_min = width
            self.width_max = width
        # VisPy's grid reads widget limits only when it builds its solver: ask for a new one
        if hasattr(self.parent, "_need_solver_recreate"):
            self.parent._need_solver_recreate = True
            self.parent._update_child_widgets()

    @property
    def labels(self) -> tuple[str, str, str]:
        """(low, high, unit) as shown."""
        return self.low.text, self.high.text, self.unit.text

    def label_points(self) -> float:
        """The font size to give VisPy so that the labels are ``LABEL_POINTS`` at Qt's logical DPI."""
        canvas = self.canvas
        if canvas is None or not canvas.dpi:
            return LABEL_POINTS
        native = getattr(canvas, "native", None)
        logical = float(native.logicalDpiY()) if hasattr(native, "logicalDpiY") else QT_DEFAULT_DPI
        return LABEL_POINTS * logical / float(canvas.dpi)

    def _place(self, event: Any = None) -> None:
        points = self.label_points()
        for label in (self.high, self.low, self.unit):
            if abs(label.font_size - points) > 1e-6:
                label.font_size = points
        x, top, width, height = self.bar_rect()
        self.image.transform = scene.STTransform(scale=(width, height / LUT_SIZE), translate=(x, top))
        self.high.pos = (x + width + 4, top)
        self.low.pos = (x + width + 4, top + height)
        self.unit.pos = (x + width + 4, top + height / 2)


def attach_colorbar(viewbox: Any) -> ColorBar:
    """Put a colour bar to the right of ``viewbox``, sharing its canvas (a grid replaces the plain holder)."""
    holder = viewbox.parent
    holder.remove_widget(viewbox)
    grid = holder.add_grid(spacing=0)
    grid.add_widget(viewbox, row=0, col=0)
    bar = ColorBar()
    grid.add_widget(bar, row=0, col=1)
    return bar
