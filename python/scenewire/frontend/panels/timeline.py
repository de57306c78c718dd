"""The timeline under the views: drag it to see every view as it was at a past tick; Live (or End) comes back.

The window keeps a :class:`~scenewire.frontend.history.History` of what it
applied. Moving the slider rebuilds the state at that step and points every
panel and view adapter at it (the window's ``shown`` state), so the views draw
the past through the same code that draws the present; the live state goes on
applying what the run sends, drawn again when Live is pressed. While the window
shows the past the status bar says so, with the live time beside it.

Dragging forward goes on from the state shown (only the ticks dragged over are
applied, and the views redraw what changed, as when live); dragging back, or
over a keyframe, rebuilds from the nearest keyframe.
"""

from __future__ import annotations

from typing import Any, Protocol

from PyQt6.QtCore import Qt, QTimer
from PyQt6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QWidget

from ...state import Changes, SceneState
from ..history import MIB, History, Rebuilt
from .status import clock_text


class TimelineHost(Protocol):
    """What the timeline needs of the window (frontend/window.py), named here so the two do not import each other."""

    frames: dict[str, Any]  # panel id -> PanelFrame, whose body draws a state
    state: SceneState  # the live state
    shown: SceneState  # the state the panels draw
    status: Any  # the StatusPanel
    last_tick: Any

    def render(self, changes: Changes) -> None: ...


LIVE_KEY = "End"
SCRUB_STYLE = "color: #1a4f8a; font-weight: bold;"


def tick_text(tick: Any, unit: str | None = None) -> str:
    """A tick as the status bar shows it: its model time (with the scene's unit, §8.12), or its index."""
    if tick is None:
        return "no tick"
    time = getattr(tick, "time", None)
    return clock_text(time, unit) if time is not None else f"tick {tick.index}"


class TimelinePanel(QWidget):
    """A slider over the steps the history holds, the time at the handle, and a Live button."""

    def __init__(self, window: TimelineHost, history: History) -> None:
        super().__init__(window)
        self.setObjectName("timeline")
        self.window_ = window
        self.history = history
        self.past: Rebuilt | None = None  # the state shown while scrubbing; None: live
        self._wanted: int | None = None  # the step the slider asks for, shown at the next event loop turn
        self._range: tuple[int | None, int | None] = (None, None)
        self.seeks = 0  # past states shown so far (tests, the benchmark)

        row = QHBoxLayout(self)
        row.setContentsMargins(6, 0, 6, 2)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("timeline-slider")
        self.slider.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space, '.' and the session's keys stay with the window
        self.slider.setToolTip("Drag to see every view as it was at that tick; Live (End) returns")
        self.slider.valueChanged.connect(self._moved)
        self.label = QLabel("")
        self.label.setObjectName("timeline-time")
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance("t = -0.00000e-00 · tick 0000000"))
        self.live_button = QPushButton("Live")
        self.live_button.setObjectName("timeline-live")
        self.live_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.live_button.setToolTip(f"Back to the present ({LIVE_KEY})")
        self.live_button.clicked.connect(self.go_live)
        row.addWidget(self.slider, 1)
        row.addWidget(self.label)
        row.addWidget(self.live_button)

        self.banner = QLabel("")  # in the status bar, while the past is shown
        self.banner.setObjectName("history")
        self.banner.setStyleSheet(SCRUB_STYLE)
        self.banner.setVisible(False)
        window.status.insertWidget(1, self.banner)  # after the role, before the status line
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_wanted)
        self.setVisible(False)  # until the history holds two steps

    @property
    def scrubbing(self) -> bool:
        return self.past is not None

    # -- following the history ---------------------------------------------------------

    def refresh(self) -> None:
        """After a poll: the slider's range follows the history; live, its handle stays at the end."""
        first, last = self.history.first, self.history.last
        if (first, last) == self._range:
            return
        self._range = (first, last)
        self.setVisible(first is not None and last is not None and last > first)
        if first is None or last is None:
            return
        self.slider.blockSignals(True)
        self.slider.setRange(first, last)
        if self.past is None:
            self.slider.setValue(last)
        else:
            self.slider.setValue(max(first, self.past.number))
        self.slider.blockSignals(False)
        if self.past is None:
            self.label.setText(self._step_text(last))
        else:
            self._say_scrubbing()

    def _unit(self) -> str | None:
        """The scene's time unit (1.1, §8.12), as the status bar's clock uses it."""
        return getattr(self.window_.status, "time_unit", None)

    def _step_text(self, number: int) -> str:
        step = self.history.step(number)
        tick = step.tick if step is not None else self.past.tick if self.past is not None else None
        return f"{tick_text(tick, self._unit())} · step {number}"

    # -- scrubbing ------------------------------------------------------------------------

    def _moved(self, value: int) -> None:
        self._wanted = value
        if not self._timer.isActive():
            self._timer.start(0)  # a drag sends many values: draw the last one when the loop is free

    def _show_wanted(self) -> None:
        if self._wanted is not None:
            wanted, self._wanted = self._wanted, None
            self.show_step(wanted)

    def show_step(self, number: int) -> bool:
        """Draw every view as it was after step ``number``; False when the history no longer holds it."""
        before = self.past
        rebuilt = self.history.rebuild(number, before)
        if rebuilt is None:
            return False
        window = self.window_
        if before is not None and rebuilt.state is before.state:
            changes = self._forward_changes(before, rebuilt)
        else:
            changes = everything(window.shown, rebuilt.state, new_scene=rebuilt.epoch != self._shown_epoch())
            point_panels(window, rebuilt.state)
        self.past = rebuilt
        window.shown = rebuilt.state
        window.render(changes)
        self.seeks += 1
        if self.slider.value() != number:
            self.slider.blockSignals(True)
            self.slider.setValue(number)
            self.slider.blockSignals(False)
        self._say_scrubbing()
        return True

    def _forward_changes(self, before: Rebuilt, after: Rebuilt) -> Changes:
        """Dragging forward went on from the state shown: what those steps changed, as the live window had it
        (errors and status lines the live window showed already are not shown again)."""
        changes = after.changes
        changes.status, changes.errors = None, []
        return changes

    def go_live(self) -> None:
        """Back to the present: the views draw the live state again, with everything it changed meanwhile."""
        if self.past is None:
            return
        window = self.window_
        changes = everything(self.past.state, window.state, new_scene=self.past.epoch != self.history.epoch)
        self.past = None
        point_panels(window, window.state)
        window.shown = window.state
        window.render(changes)
        self.banner.setVisible(False)
        last = self.history.last
        if last is not None:
            self.slider.blockSignals(True)
            self.slider.setValue(last)
            self.slider.blockSignals(False)
            self.label.setText(self._step_text(last))
        self.live_button.setEnabled(True)

    def _shown_epoch(self) -> int:
        return self.past.epoch if self.past is not None else self.history.epoch

    def _say_scrubbing(self) -> None:
        assert self.past is not None
        number = self.past.number
        self.label.setText(self._step_text(number))
        live = self.window_.last_tick
        unit = self._unit()
        self.banner.setText(f"History: {tick_text(self.past.tick, unit)} · {LIVE_KEY}: live")
        self.banner.setToolTip(
            f"The views show the run as it was at {tick_text(self.past.tick, unit)}; it goes on meanwhile (live "
            f"{tick_text(live, unit)}, at the right). History: {self.history.nbytes / MIB:.1f} of "
            f"{self.history.budget / MIB:.0f} MiB, {self.history.count - self.history.dropped} steps held"
        )
        self.banner.setVisible(True)

    def live_tick(self) -> None:
        """A poll applied live ticks while scrubbing: the banner's live time follows."""
        if self.past is not None:
            self._say_scrubbing()


def point_panels(window: TimelineHost, state: SceneState) -> None:
    """Every panel and view adapter reads ``state`` from now on."""
    for frame in window.frames.values():
        body: Any = frame.body
        body.state = state
        for adapter in getattr(body, "adapters", {}).values():
            adapter.state = state


def everything(before: SceneState, after: SceneState, *, new_scene: bool) -> Changes:
    """Changes that make every view redraw ``after`` whole, as if each of its elements had been replaced.

    With ``new_scene`` (the two states show different scene_readys) it is a new scene; otherwise the
    geometries are the same objects and views recolour instead of rebuilding their meshes.
    """
    if new_scene or after.scene is None:
        return Changes(scene=True, layout=True, metadata=True, state_keys=set(before.frontend_state))
    scene = after.scene
    return Changes(
        layout=True,
        metadata=True,
        fields={f.id for f in scene.fields},
        views={v.id for v in scene.views},
        controls={c.id for c in scene.controls},
        actions={a.id for a in scene.actions},
        operators={o.id for o in scene.operators},
        panels={p.id for p in after.layout.panels},
        state_keys=set(before.frontend_state) | set(after.frontend_state),
    )
