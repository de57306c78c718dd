"""A colour bar beside a 3-D view: the colormap, its limits and the field's unit (§8.13).

Without one, a colour cannot be read as a value. The bar is a VisPy widget in
a grid column to the right of the view's ViewBox, in the same canvas: it
draws the colormap's lookup table as an image (high at the top), the limits
at its ends, ticks at round values between them (so that a colour in the
middle reads as a value too), and the unit. ``show`` redraws only when the colormap, limits or unit change,
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


TICK_PX = 4  # a tick's length beside the bar
TICK_GAP_PX = 14  # an inner tick closer than this to an end (or to another) is left out: the labels would touch


def format_limit(value: float) -> str:
    """A limit as the bar's label shows it: four significant digits."""
    return f"{value:.4g}"


def inner_ticks(low: float, high: float, most: int = 6) -> list[float]:
    """Round values strictly between ``low`` and ``high``, at most ``most``: steps of 1, 2 or 5 times 10^k."""
    span = high - low
    if not (np.isfinite(span) and span > 0):
        return []
    raw = span / most
    power = 10.0 ** np.floor(np.log10(raw))
    step = next(m * power for m in (1.0, 2.0, 5.0, 10.0) if m * power >= raw)
    first = np.ceil(low / step) * step
    values = first + step * np.arange(int(np.floor((high - first) / step)) + 1)
    return [float(round(v / step) * step) for v in values if low < v < high]


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
        self.tick_marks = scene.visuals.Line(
            np.zeros((2, 2)), color=LABEL_COLOR, connect="segments", method="gl", parent=self
        )
        self.tick_labels = scene.visuals.Text(
            "", color=LABEL_COLOR, font_size=LABEL_POINTS, anchor_x="left", anchor_y="center", parent=self
        )
        self.ticks: list[float] = []  # the inner ticks shown (tests read them)
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
        """(low, high, unit) as shown (the unit alone, or beside the tick nearest the middle)."""
        return self.low.text, self.high.text, self.key[3] if self.key is not None else ""

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
        for label in (self.high, self.low, self.unit, self.tick_labels):
            if abs(label.font_size - points) > 1e-6:
                label.font_size = points
        x, top, width, height = self.bar_rect()
        self.image.transform = scene.STTransform(scale=(width, height / LUT_SIZE), translate=(x, top))
        self.high.pos = (x + width + 4, top)
        self.low.pos = (x + width + 4, top + height)
        self._place_ticks(x, top, width, height)

    def _place_ticks(self, x: float, top: float, width: float, height: float) -> None:
        """Inner ticks at round values, each far enough from the ends (and each other) to keep its label clear.

        The unit goes beside the tick nearest the middle ("-20 mV" reads as a value with its unit), or
        alone at the middle when no tick is near it.
        """
        self.ticks = []
        if self.key is None:
            return
        low, high, unit = self.key[1], self.key[2], self.key[3]
        middle = top + height / 2

        def y_of(v: float) -> float:
            return top + height * (1.0 - (v - low) / (high - low))

        candidates = inner_ticks(low, high)
        anchor = min(candidates, key=lambda v: abs(y_of(v) - middle), default=None)
        if anchor is not None and abs(y_of(anchor) - middle) > height / 4:
            anchor = None
        taken = [top, top + height] + ([middle] if unit and anchor is None else [])
        for value in sorted(candidates, key=lambda v: v != anchor):  # the unit's tick first
            if all(abs(y_of(value) - t) >= TICK_GAP_PX for t in taken):
                self.ticks.append(value)
                taken.append(y_of(value))
        self.ticks.sort()
        texts = [format_limit(v) + (f" {unit}" if unit and v == anchor else "") for v in self.ticks]
        self.unit.text = unit if anchor not in self.ticks else ""
        self.unit.pos = (x + width + 4, middle)
        ys = [y_of(v) for v in self.ticks]
        if ys:
            self.tick_marks.set_data(np.array([p for y in ys for p in ((x + width, y), (x + width + TICK_PX, y))]))
            self.tick_labels.text = texts
            self.tick_labels.pos = np.array([(x + width + 4 + TICK_PX, y) for y in ys])
        self.tick_marks.visible = self.tick_labels.visible = bool(ys)


def attach_colorbar(viewbox: Any) -> ColorBar:
    """Put a colour bar to the right of ``viewbox``, sharing its canvas (a grid replaces the plain holder)."""
    holder = viewbox.parent
    holder.remove_widget(viewbox)
    grid = holder.add_grid(spacing=0)
    grid.add_widget(viewbox, row=0, col=0)
    bar = ColorBar()
    grid.add_widget(bar, row=0, col=1)
    return bar
