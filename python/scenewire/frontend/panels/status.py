"""The status bar: ``status`` lines that fade after their timeout, errors that stay until dismissed.

What a server wrote is shown as plain text (never as Qt's rich text), its control characters escaped and its
length bounded (:func:`scenewire.frontend.text.shown_message`).

At the right: the simulation time of the last tick shown (§7.12) with the
scene's time unit when it declares one (1.1, §8.12: ``t = 170.0 ms``), and the
window's diagnostics when asked for.
"""

from __future__ import annotations

import html
from typing import Any

from PyQt6.QtCore import Qt, QTimer
from PyQt6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QStatusBar, QToolButton, QWidget

from ...protocol.limits import MAX_ERRORS_KEPT
from ..text import shown, shown_message

DIAGNOSTICS_TEMPLATE = "000 updates/s · 000.0 MB/s · longest apply 00.0 ms (over a frame) · 00 waiting"
CLOCK_TEMPLATE = "t = -0.00000e-00"
MAX_UNIT_CHARS = 12
"""A time unit longer than this is cut (a server's text, §11.1); "ms", "s", "steps" fit."""
ERROR_STYLE = "QWidget#error { background: #fde2e1; border: 1px solid #c62828; border-radius: 3px; }"


RUN_TEMPLATE = "  stopped · ≤ 1000.5 ticks/s"
"""The widest run state the status bar makes room for (§7.15)."""


def clock_text(time: float, unit: str | None) -> str:
    """``t = 0.25`` without a unit (as 1.0 windows show it); with one, a whole number keeps a decimal: ``t = 170.0 ms``.

    The decimal says it is a time read off a clock, not a count of ticks.
    """
    if unit is None:
        return f"t = {time:.6g}"
    text = f"{time:.6g}"
    if text.lstrip("-").isdigit():
        text += ".0"
    return f"t = {text} {unit}"


class StatusPanel(QStatusBar):
    """``show_status(update)`` and ``show_error(message)``; the right corner takes diagnostics."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.message = QLabel("")
        self.message.setObjectName("status")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # a server's "<img src=...>" is text, not HTML
        # a long line is cut at the window's edge instead of widening the window (its tooltip has it whole)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.addWidget(self.message, 1)
        self._clear = QTimer(self)
        self._clear.setSingleShot(True)
        self._clear.timeout.connect(lambda: self.message.setText(""))

        self.error_box = QWidget(self)
        self.error_box.setObjectName("error")
        self.error_box.setStyleSheet(ERROR_STYLE)
        row = QHBoxLayout(self.error_box)
        row.setContentsMargins(6, 1, 2, 1)
        self.error_label = QLabel("")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setStyleSheet("color: #8e0000;")
        # wrapped, never wider than the window lets it be: a long error (up to MAX_MESSAGE_CHARS) used to
        # widen the window past the screen
        self.error_label.setWordWrap(True)
        self.error_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        dismiss = QToolButton(self.error_box)
        dismiss.setText("✕")
        dismiss.setToolTip("Dismiss")
        dismiss.setAutoRaise(True)
        dismiss.clicked.connect(self.dismiss_error)
        self.dismiss_button = dismiss
        row.addWidget(self.error_label, 1)
        row.addWidget(dismiss)
        self.addWidget(self.error_box, 2)
        self.error_box.hide()
        self.errors: list[str] = []  # the last MAX_ERRORS_KEPT errors since the last dismissal, oldest first
        self.error_count = 0  # every error since the last dismissal

        self.run = QLabel("")
        self.run.setObjectName("run")
        self.run.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.run.setVisible(False)  # until a run_state says more than "running, no limit"
        self.run.setContentsMargins(8, 0, 0, 0)
        self.run.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.run.setMinimumWidth(self.run.fontMetrics().horizontalAdvance(RUN_TEMPLATE))  # no cut-off, no jitter
        self.addPermanentWidget(self.run)

        self.clock = QLabel("")
        self.clock.setObjectName("clock")
        self.clock.setStyleSheet("color: #333;")
        self.clock.setVisible(False)  # until a server marks its ticks
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.clock.setContentsMargins(8, 0, 8, 0)  # off the window's edge
        self.clock.setMinimumWidth(self.clock.fontMetrics().horizontalAdvance(CLOCK_TEMPLATE))  # steady as t grows
        self.time_unit: str | None = None  # the scene's (1.1), shown after the time
        self._tick: Any = None
        self.addPermanentWidget(self.clock)

        self.diagnostics = QLabel("")
        self.diagnostics.setStyleSheet("color: #666;")
        # wide enough for a busy second, so the text neither jitters nor gets cut off at the window's edge
        self.diagnostics.setMinimumWidth(self.diagnostics.fontMetrics().horizontalAdvance(DIAGNOSTICS_TEMPLATE))
        self.addPermanentWidget(self.diagnostics)

    def show_status(self, update: Any) -> None:
        """Show ``update.message``; clear it after ``update.timeout_ms`` when given (0: until the next)."""
        text = shown_message(update.message)  # escaped and cut (frontend/text.py)
        self.message.setText(text)
        self.message.setToolTip(f"<pre>{html.escape(text)}</pre>")  # never rich text
        self._clear.stop()
        if update.timeout_ms:
            self._clear.start(int(update.timeout_ms))

    def show_run(self, state: Any) -> None:
        """The run's ``run_state`` (1.1, §7.15): "paused", "stopped", the speed limit; hidden while it runs freely."""
        if state is None or (state.state == "running" and state.ticks_per_s is None):
            self.run.setVisible(False)
            return
        parts = [] if state.state == "running" else [state.state]
        if state.ticks_per_s is not None and state.ticks_per_s != float("inf"):
            parts.append(f"≤ {state.ticks_per_s:g} ticks/s")
        self.run.setText(" · ".join(parts))
        self.run.setToolTip("Space: pause or resume · '.': step one tick")
        self.run.setVisible(True)

    def set_time_unit(self, unit: str | None) -> None:
        """The scene's ``time_unit`` (1.1, §8.12): shown after every time from now on; ``None``: no unit, as 1.0."""
        unit = shown(unit, MAX_UNIT_CHARS) if unit else None
        if unit == self.time_unit:
            return
        self.time_unit = unit
        template = CLOCK_TEMPLATE + (f" {unit}" if unit else "")
        self.clock.setMinimumWidth(self.clock.fontMetrics().horizontalAdvance(template))
        if self._tick is not None:
            self.show_tick(self._tick)

    def show_tick(self, tick: Any) -> None:
        """The ``tick_end`` of the last tick drawn: its simulation time (or its number, with no clock)."""
        self._tick = tick
        if tick is None:
            self.clock.setVisible(False)
            return
        time = getattr(tick, "time", None)
        self.clock.setText(clock_text(time, self.time_unit) if time is not None else f"tick {tick.index}")
        self.clock.setToolTip(f"simulation time of the last tick shown (tick {tick.index})")
        self.clock.setVisible(True)

    def show_error(self, message: str) -> None:
        """Show an error until dismissed; several show the latest and how many there are.

        The text is cut to :data:`MAX_MESSAGE_CHARS` and only the last
        :data:`MAX_ERRORS_KEPT` are kept (a server may send errors for ever).
        """
        message = shown_message(message)
        self.errors.append(message)
        del self.errors[:-MAX_ERRORS_KEPT]
        self.error_count += 1
        text = message if self.error_count == 1 else f"{message}  ({self.error_count} errors)"
        self.error_label.setText(text)
        self.error_label.setToolTip(f"<pre>{html.escape(chr(10).join(self.errors[-20:]))}</pre>")  # never rich text
        self.error_box.show()

    def dismiss_error(self) -> None:
        self.errors.clear()
        self.error_count = 0
        self.error_label.setText("")
        self.error_box.hide()

    @property
    def error_text(self) -> str:
        return self.error_label.text() if self.error_box.isVisible() or self.errors else ""
