"""The controls panel: one widget per control (by its value spec) and a button per action.

A person's change goes through ``on_change(control_id, value)``, which the
window turns into ``set_control``; a change that comes from the session
(``scene_patch.control_updates``) is shown with the widgets' signals blocked,
so it is never echoed back as a ``set_control``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from PyQt6.QtCore import QPointF, QRectF, QSize, Qt, pyqtSignal
from PyQt6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PyQt6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...protocol.limits import MAX_CHOICE_OPTIONS, MAX_CONTROLS
from ...scene import Action, BoolSpec, ChoiceSpec, Control, Panel, ScalarSpec, XYSpec
from ..text import count_text, shown

FLOAT_SLIDER_STEPS = 1000  # slider positions of a float scalar without a step

OnChange = Callable[[str, Any], None]
OnAction = Callable[[str], None]


INT_BOX_LIMIT = 2**31 - 1  # a QSpinBox holds a C int


def _int_bound(bound: float) -> int:
    """A scalar's bound as a QSpinBox can hold it: infinities and huge values at the int's ends."""
    return int(max(-INT_BOX_LIMIT, min(INT_BOX_LIMIT, bound)))


def _decimals(step: float | None, span: float) -> int:
    """Enough decimals to show one step (or a thousandth of the range)."""
    unit = step if step and math.isfinite(step) else span / FLOAT_SLIDER_STEPS
    return max(0, min(6, -math.floor(math.log10(unit)) if unit > 0 else 3))


class ScalarEditor(QWidget):
    """A slider and a spin box kept in step; integers step by ``step`` (default 1)."""

    def __init__(self, spec: ScalarSpec, value: float, changed: Callable[[Any], None]) -> None:
        super().__init__()
        self.changed = changed
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setMinimumWidth(100)
        self.box: QSpinBox | QDoubleSpinBox = QSpinBox() if spec.integer else QDoubleSpinBox()
        self.box.setKeyboardTracking(False)
        self.box.setMinimumWidth(80)
        row.addWidget(self.slider, 1)
        row.addWidget(self.box)
        self.configure(spec)
        self.set_value(value)
        self.slider.valueChanged.connect(self._slid)
        self.box.valueChanged.connect(self._typed)

    def configure(self, spec: ScalarSpec) -> None:
        self.spec = spec
        self.integer = spec.integer
        span = spec.max - spec.min
        # §8.5 lets min or max be infinite (and a finite span may overflow): no slider then, the spin box alone
        self.bounded = math.isfinite(span)
        self.slider.setVisible(self.bounded)
        if spec.integer:
            step = max(1, min(round(spec.step), INT_BOX_LIMIT)) if spec.step and math.isfinite(spec.step) else 1
            self.positions = max(1, math.ceil(span / step)) if self.bounded else 1
            self.step_value = float(step)
        elif not self.bounded:
            self.positions = 1
            self.step_value = spec.step if spec.step and math.isfinite(spec.step) else 1.0
        else:
            self.positions = max(1, round(span / spec.step)) if spec.step else FLOAT_SLIDER_STEPS
            self.step_value = span / self.positions
        self.slider.blockSignals(True)
        self.slider.setRange(0, self.positions)
        self.slider.setSingleStep(1)
        self.slider.setPageStep(max(1, self.positions // 10))
        self.slider.blockSignals(False)
        self.box.blockSignals(True)
        if isinstance(self.box, QSpinBox):
            self.box.setRange(_int_bound(spec.min), _int_bound(spec.max))
            self.box.setSingleStep(int(self.step_value))
        else:
            self.box.setDecimals(_decimals(spec.step, span if self.bounded else 1.0))
            self.box.setRange(spec.min, spec.max)
            self.box.setSingleStep(spec.step or (span / 100 if self.bounded else 1.0))
        self.box.blockSignals(False)

    def _from_position(self, pos: int) -> float | int:
        value = self.spec.max if pos >= self.positions else self.spec.min + pos * self.step_value
        return round(value) if self.integer else float(value)

    def _to_position(self, value: float) -> int:
        if not self.bounded:
            return 0  # the slider is hidden
        return max(0, min(self.positions, round((value - self.spec.min) / self.step_value)))

    def set_value(self, value: float) -> None:
        """Show ``value`` without emitting anything."""
        for widget in (self.slider, self.box):
            widget.blockSignals(True)
        self.slider.setValue(self._to_position(value))
        self.box.setValue(int(value) if isinstance(self.box, QSpinBox) else float(value))
        for widget in (self.slider, self.box):
            widget.blockSignals(False)

    def value(self) -> float | int:
        return int(self.box.value()) if self.integer else float(self.box.value())

    def _slid(self, pos: int) -> None:
        value = self._from_position(pos)
        self.box.blockSignals(True)
        self.box.setValue(value)
        self.box.blockSignals(False)
        self.changed(value)

    def _typed(self, value: float) -> None:
        value = int(value) if self.integer else float(value)
        self.slider.blockSignals(True)
        self.slider.setValue(self._to_position(value))
        self.slider.blockSignals(False)
        self.changed(value)


class XYPad(QWidget):
    """A square pad: click or drag to set ``[x, y]`` inside the spec's ranges (y grows upwards)."""

    moved = pyqtSignal(float, float)
    MARGIN = 6

    def __init__(self, spec: XYSpec, value: list[float]) -> None:
        super().__init__()
        self.spec = spec
        self.point = (float(value[0]), float(value[1]))
        self.setMinimumSize(120, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def sizeHint(self) -> QSize:
        return QSize(160, 140)

    def area(self) -> QRectF:
        side = min(self.width(), self.height()) - 2 * self.MARGIN
        return QRectF((self.width() - side) / 2, self.MARGIN, side, side)

    def to_widget(self, x: float, y: float) -> QPointF:
        r = self.area()
        (x0, x1), (y0, y1) = self.spec.x_range, self.spec.y_range
        return QPointF(r.left() + (x - x0) / (x1 - x0) * r.width(), r.bottom() - (y - y0) / (y1 - y0) * r.height())

    def to_value(self, p: QPointF) -> tuple[float, float]:
        r = self.area()
        (x0, x1), (y0, y1) = self.spec.x_range, self.spec.y_range
        fx = min(1.0, max(0.0, (p.x() - r.left()) / r.width()))
        fy = min(1.0, max(0.0, (r.bottom() - p.y()) / r.height()))
        return x0 + fx * (x1 - x0), y0 + fy * (y1 - y0)

    def set_point(self, x: float, y: float) -> None:
        self.point = (float(x), float(y))
        self.update()

    def paintEvent(self, event: QPaintEvent | None) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = self.area()
        painter.fillRect(r, QColor("#f4f6f8"))
        painter.setPen(QPen(QColor("#b0b7bf"), 1))
        painter.drawRect(r)
        painter.setPen(QPen(QColor("#d5dae0"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(r.center().x(), r.top()), QPointF(r.center().x(), r.bottom()))
        painter.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()))
        p = self.to_widget(*self.point)
        painter.setPen(QPen(QColor("#1565c0"), 2))
        painter.setBrush(QColor("#42a5f5"))
        painter.drawEllipse(p, 5.0, 5.0)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent | None) -> None:
        if event is not None and event.button() == Qt.MouseButton.LeftButton:
            self._drag(event)

    def mouseMoveEvent(self, event: QMouseEvent | None) -> None:
        if event is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self._drag(event)

    def _drag(self, event: QMouseEvent) -> None:
        x, y = self.to_value(event.position())
        self.set_point(x, y)
        self.moved.emit(x, y)


class XYEditor(QWidget):
    """The pad with the point's coordinates under it."""

    def __init__(self, spec: XYSpec, value: list[float], changed: Callable[[Any], None]) -> None:
        super().__init__()
        self.changed = changed
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        self.pad = XYPad(spec, value)
        self.readout = QLabel()
        self.readout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        col.addWidget(self.pad)
        col.addWidget(self.readout)
        self.pad.moved.connect(self._moved)
        self.set_value(value)

    def set_value(self, value: list[float]) -> None:
        self.pad.set_point(*value)
        self.readout.setText(f"x {value[0]:.3g}, y {value[1]:.3g}")

    def _moved(self, x: float, y: float) -> None:
        self.readout.setText(f"x {x:.3g}, y {y:.3g}")
        self.changed([x, y])


def make_editor(control: Control, changed: Callable[[Any], None]) -> QWidget:
    """The widget for one control, chosen by its value spec."""
    spec = control.spec
    if isinstance(spec, ScalarSpec):
        return ScalarEditor(spec, control.value, changed)
    if isinstance(spec, ChoiceSpec):
        if len(spec.options) > MAX_CHOICE_OPTIONS:
            return refused(
                f"{count_text(len(spec.options))} options: more than the {count_text(MAX_CHOICE_OPTIONS)}"
                " a window lists"
            )
        box = QComboBox()
        box.addItems([shown(option) for option in spec.options])
        box.setCurrentIndex(spec.options.index(control.value))
        options = list(spec.options)  # the values; the box shows them cut
        box.currentIndexChanged.connect(lambda i: changed(options[i]) if 0 <= i < len(options) else None)
        return box
    if isinstance(spec, BoolSpec):
        check = QCheckBox()
        check.setChecked(bool(control.value))
        check.toggled.connect(changed)
        return check
    if isinstance(spec, XYSpec):
        return XYEditor(spec, control.value, changed)
    raise TypeError(f"control {control.id!r}: no editor for a {spec.wire_kind} spec")


def refused(why: str) -> QLabel:
    """What a control shows in place of an editor the window refused to make (§11.1)."""
    label = QLabel(f"not shown: {why}")
    label.setObjectName("refused")
    label.setWordWrap(True)
    label.setStyleSheet("color: #8e0000;")
    return label


def show_value(editor: QWidget, value: Any, control: Control | None = None) -> None:
    """Show a value the session set, emitting nothing (so nothing is echoed back)."""
    if isinstance(editor, (ScalarEditor, XYEditor)):
        editor.set_value(value)
        return
    editor.blockSignals(True)
    try:
        if isinstance(editor, QComboBox):
            options = control.spec.options if control is not None and isinstance(control.spec, ChoiceSpec) else []
            if value in options:
                editor.setCurrentIndex(options.index(value))
            else:
                editor.setCurrentText(shown(str(value)))
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
    finally:
        editor.blockSignals(False)


def action_text(action: Action) -> str:
    label = shown(action.label)
    return shown(f"{label}  [{', '.join(action.shortcuts)}]") if action.shortcuts else label


def too_many_controls(scene: Any) -> str | None:
    """Why a scene's controls get no widgets (more than :data:`MAX_CONTROLS` with its actions), or None."""
    count = len(scene.controls) + len(scene.actions) if scene is not None else 0
    if count <= MAX_CONTROLS:
        return None
    return (
        f"This scene has {count_text(count)} controls and actions, more than the {count_text(MAX_CONTROLS)}"
        " a window shows: none of them is shown."
    )


class ControlsPanel(QWidget):
    """The controls and actions a panel names, in that order."""

    def __init__(self, panel: Panel, state: Any, on_change: OnChange, on_action: OnAction) -> None:
        super().__init__()
        self.panel = panel
        self.state = state
        self.on_change = on_change
        self.on_action = on_action
        self.editors: dict[str, QWidget] = {}
        self.specs: dict[str, Any] = {}
        self.labels: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        self.read_only: str | None = None  # why nothing here can be changed (an observer's window, 1.1)
        self._tips: dict[QWidget, str] = {}  # the tooltips read-only covered, to give back
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.grid.setVerticalSpacing(8)
        outer.addLayout(self.grid)
        self.actions_box = QVBoxLayout()
        outer.addLayout(self.actions_box)
        outer.addStretch(1)
        self.build()

    def build(self) -> None:
        scene = self.state.scene
        self.refusal = too_many_controls(scene)
        if self.refusal is not None:  # one widget per control of 100 000 froze the window for a minute
            note = refused(self.refusal)
            note.setText(self.refusal)
            self.grid.addWidget(note, 0, 0, 1, 2)
            return
        controls = {c.id: c for c in scene.controls} if scene else {}
        actions = {a.id: a for a in scene.actions} if scene else {}
        for row, cid in enumerate(self.panel.control_ids):
            control = controls.get(cid)
            if control is None:
                continue
            label = QLabel(shown(control.label))
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            editor = make_editor(control, lambda value, cid=cid: self.on_change(cid, value))
            editor.setObjectName(f"control:{cid}")
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(editor, row, 1)
            self.editors[cid], self.labels[cid], self.specs[cid] = editor, label, control.spec.to_tree()
        for aid in self.panel.action_ids:
            action = actions.get(aid)
            if action is None:
                continue
            button = QPushButton(action_text(action))
            button.setObjectName(f"action:{aid}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space and Enter stay keys for the session
            button.clicked.connect(lambda _=False, aid=aid: self.on_action(aid))
            self.actions_box.addWidget(button)
            self.buttons[aid] = button

    def apply(self, changes: Any) -> None:
        """Show control and action changes from the session; a control whose spec changed gets a new editor."""
        for cid in changes.controls & self.editors.keys():
            control = self.state.control(cid)
            self.labels[cid].setText(shown(control.label))
            if control.spec.to_tree() != self.specs[cid]:
                old = self.editors[cid]
                editor = make_editor(control, lambda value, cid=cid: self.on_change(cid, value))
                editor.setObjectName(f"control:{cid}")
                self.grid.replaceWidget(old, editor)
                self._tips.pop(old, None)
                old.deleteLater()
                self.editors[cid], self.specs[cid] = editor, control.spec.to_tree()
                self._lock(editor)
            else:
                show_value(self.editors[cid], control.value, control)
        scene = self.state.scene
        if changes.actions and scene is not None:
            actions = {a.id: a for a in scene.actions}
            for aid in changes.actions & self.buttons.keys():
                if aid in actions:
                    self.buttons[aid].setText(action_text(actions[aid]))

    def set_read_only(self, why: str | None) -> None:
        """Disable every editor and button, each with ``why`` as its tooltip; ``None`` enables them again."""
        self.read_only = why
        for widget in [*self.editors.values(), *self.buttons.values()]:
            self._lock(widget)

    def _lock(self, widget: QWidget) -> None:
        why = self.read_only
        if why is not None:
            self._tips.setdefault(widget, widget.toolTip())
            widget.setToolTip(why)
        elif widget in self._tips:
            widget.setToolTip(self._tips.pop(widget))
        widget.setEnabled(why is None)

    def close_panel(self) -> None:
        """Nothing to release beyond the widgets."""
