"""The window in a real X display, driving a real session through PipeTransport (thread isolation)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PyQt6.QtCore import Qt
from PyQt6.QtTest import QTest

from scenewire.frontend.app import AppSpec
from scenewire.frontend.panels.controls import ControlsPanel, ScalarEditor, XYEditor
from scenewire.frontend.window import VispyFrontendWindow, default_cells, grid_cells
from scenewire.protocol import InvokeAction, KeyPressed, SetControl
from scenewire.scene import Panel
from scenewire.transports.pipe import PipeTransport

from .sessions import RECORDED, RecorderSession

WAIT_MS = 10_000


@pytest.fixture
def window(qtbot) -> Iterator[VispyFrontendWindow]:
    win = VispyFrontendWindow(AppSpec(transport=PipeTransport(RecorderSession, use_process=False)))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: "controls" in win.frames, timeout=WAIT_MS)
    yield win
    win.shutdown()


def recorded(kind: type, **match: object) -> list:
    return [c for c in RECORDED if isinstance(c, kind) and all(getattr(c, k) == v for k, v in match.items())]


def editor(win: VispyFrontendWindow, control_id: str):
    body = win.frames["controls"].body
    assert isinstance(body, ControlsPanel)
    return body.editors[control_id]


def test_the_window_builds_its_panels_and_title_from_scene_ready(window) -> None:
    assert set(window.frames) == {"plots", "other", "controls"}
    assert window.windowTitle() == "recorder"
    assert window.frames["plots"].title() == "Voltage"
    assert isinstance(editor(window, "gain"), ScalarEditor)
    assert isinstance(editor(window, "pos"), XYEditor)
    # the grid: controls span both rows on the right
    layout = window.grid
    assert layout.getItemPosition(layout.indexOf(window.frames["controls"])) == (0, 1, 2, 1)


def test_dragging_the_xy_pad_reaches_the_session(window, qtbot) -> None:
    from PyQt6.QtCore import QEvent, QPointF
    from PyQt6.QtGui import QMouseEvent
    from PyQt6.QtWidgets import QApplication

    pad = editor(window, "pos").pad  # x in [-1, 1], y in [0, 2]
    start, end = pad.to_widget(0.5, 1.5), pad.to_widget(-0.5, 0.5)
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start.toPoint())
    for f in (0.25, 0.5, 0.75, 1.0):  # QTest.mouseMove carries no button: send the drag's moves as Qt would
        p = QPointF(start.x() + f * (end.x() - start.x()), start.y() + f * (end.y() - start.y()))
        move = QMouseEvent(
            QEvent.Type.MouseMove,
            p,
            QPointF(pad.mapToGlobal(p.toPoint())),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(pad, move)
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end.toPoint())
    qtbot.waitUntil(lambda: len(recorded(SetControl, control_id="pos")) >= 5, timeout=WAIT_MS)
    sent = [c.value for c in recorded(SetControl, control_id="pos")]
    assert sent[0] == pytest.approx([0.5, 1.5], abs=0.03)  # the press
    assert sent[-1] == pytest.approx([-0.5, 0.5], abs=0.03)  # where the drag ended
    assert window.state.control("pos").value == pytest.approx([-0.5, 0.5], abs=0.03)
    assert editor(window, "pos").readout.text() == f"x {sent[-1][0]:.3g}, y {sent[-1][1]:.3g}"


def test_the_controls_panel_is_as_tall_as_its_controls_and_the_views_take_the_rest(window) -> None:
    controls, plots, other = (window.frames[p] for p in ("controls", "plots", "other"))
    assert controls.height() <= controls.sizeHint().height() + 1
    assert controls.y() == plots.y()  # at the top of its column
    assert plots.height() + other.height() > controls.height()


def test_a_row_of_controls_under_a_plot_keeps_its_height() -> None:
    from scenewire.frontend.window import column_stretches, row_stretches

    cells = grid_cells([["cell", "traces"], ["cell", "controls"]])
    kinds = {"cell": "view_3d", "traces": "line_plot", "controls": "controls"}
    assert row_stretches(cells, kinds) == {0: 1, 1: 0}
    assert column_stretches(cells, kinds) == {0: 1, 1: 1}
    right = default_cells([Panel(id="v", kind="line_plot"), Panel(id="c", kind="controls")])
    assert column_stretches(right, {"v": "line_plot", "c": "controls"}) == {0: 1, 1: 0}
    assert row_stretches({"c": (0, 0, 1, 1)}, {"c": "controls"}) == {0: 1}  # controls alone fill the window


def test_the_empty_window_says_it_waits_for_the_sessions_scene(qtbot) -> None:
    from .sessions import SilentSession

    win = VispyFrontendWindow(AppSpec(transport=PipeTransport(SilentSession, use_process=False)))
    qtbot.addWidget(win)
    win.show()
    try:
        assert win.waiting.isVisible()
        assert win.waiting.text() == "Starting SilentSession.\nWaiting for its scene..."
        assert not win.frames
    finally:
        win.shutdown()


def test_moving_a_slider_with_the_keyboard_reaches_the_session(window, qtbot) -> None:
    slider = editor(window, "count").slider
    slider.setFocus()
    QTest.keyClick(slider, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: bool(recorded(SetControl, control_id="count")), timeout=WAIT_MS)
    assert recorded(SetControl, control_id="count")[-1].value == 4
    assert isinstance(recorded(SetControl, control_id="count")[-1].value, int)
    qtbot.waitUntil(lambda: window.status.message.text() == "set count=4", timeout=WAIT_MS)


def test_a_float_slider_sends_values_on_its_step(window, qtbot) -> None:
    slider = editor(window, "gain").slider
    slider.setFocus()
    QTest.keyClick(slider, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: bool(recorded(SetControl, control_id="gain")), timeout=WAIT_MS)
    assert recorded(SetControl, control_id="gain")[-1].value == 2.5


def test_an_action_shortcut_invokes_it_and_other_keys_go_as_key_pressed(window, qtbot) -> None:
    QTest.keyClick(window, Qt.Key.Key_K)
    QTest.keyClick(window, Qt.Key.Key_X)
    qtbot.waitUntil(lambda: bool(recorded(InvokeAction, action_id="kick") and recorded(KeyPressed)), timeout=WAIT_MS)
    assert [c.key for c in recorded(KeyPressed)] == ["x"]  # "k" was the shortcut's, not sent as a key


def test_clicking_an_action_button_invokes_it(window, qtbot) -> None:
    button = window.frames["controls"].body.buttons["kick"]
    assert button.text() == "Kick  [k]"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(recorded(InvokeAction, action_id="kick")), timeout=WAIT_MS)


def test_a_control_update_from_the_session_shows_without_echoing_back(window, qtbot) -> None:
    QTest.keyClick(window, Qt.Key.Key_G)
    gain = editor(window, "gain")
    qtbot.waitUntil(lambda: gain.value() == 7.5, timeout=WAIT_MS)
    assert gain.slider.value() == 15  # 7.5 on a 0.5 step
    QTest.keyClick(window, Qt.Key.Key_K)  # a later command: everything before it has been handled
    qtbot.waitUntil(lambda: len(recorded(InvokeAction, action_id="kick")) == 1, timeout=WAIT_MS)
    assert not recorded(SetControl, control_id="gain")


def test_status_fades_after_its_timeout_and_an_error_stays_until_dismissed(window, qtbot) -> None:
    slider = editor(window, "count").slider
    slider.setFocus()
    QTest.keyClick(slider, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: window.status.message.text() == "set count=4", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.status.message.text() == "", timeout=WAIT_MS)  # timeout_ms=300
    QTest.keyClick(window, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: window.status.errors == ["the model diverged"], timeout=WAIT_MS)
    assert window.status.error_box.isVisible()
    qtbot.mouseClick(window.status.dismiss_button, Qt.MouseButton.LeftButton)
    assert not window.status.error_box.isVisible() and window.status.errors == []


def test_layout_replace_rebuilds_only_the_panel_that_changed(window, qtbot) -> None:
    before = dict(window.frames)
    QTest.keyClick(window, Qt.Key.Key_L)
    qtbot.waitUntil(lambda: window.frames["other"].title() == "Renamed", timeout=WAIT_MS)
    assert window.frames["plots"] is before["plots"]
    assert window.frames["controls"] is before["controls"]
    assert window.frames["other"] is not before["other"]


def test_a_view_without_an_adapter_shows_its_title(qtbot) -> None:
    from scenewire.demos.cable import CableSession
    from scenewire.frontend.views.registry import adapter_for

    win = VispyFrontendWindow(AppSpec(transport=PipeTransport(CableSession, use_process=False)))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: "cell" in win.frames, timeout=WAIT_MS)
    try:
        body = win.frames["cell"].body
        if adapter_for("morphology") is None:
            assert "membrane potential" in body.hosts["cell_view"].text()
        else:
            assert "cell_view" in body.canvases  # its own SceneCanvas
    finally:
        win.shutdown()


def test_default_placement_puts_views_left_and_controls_right() -> None:
    panels = [Panel(id=f"v{i}", kind="line_plot") for i in range(3)] + [Panel(id="c", kind="controls")]
    cells = default_cells(panels)
    assert cells["c"] == (0, 1, 3, 1)
    assert [cells[f"v{i}"] for i in range(3)] == [(0, 0, 1, 1), (1, 0, 1, 1), (2, 0, 1, 1)]
    assert grid_cells([["a", "b"], ["a", "c"]]) == {"a": (0, 0, 2, 1), "b": (0, 1, 1, 1), "c": (1, 1, 1, 1)}
