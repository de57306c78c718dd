"""Scalar controls with infinite bounds (valid per §8.5): a spin box without a slider, values still sent."""

from __future__ import annotations

from scenewire.frontend.app import AppSpec
from scenewire.frontend.panels.controls import ControlsPanel
from scenewire.frontend.window import VispyFrontendWindow
from scenewire.transports.pipe import PipeTransport

from .grabs import keep
from .unbounded_sessions import SET, UnboundedControls

WAIT_MS = 10_000


def test_infinite_bounds_give_a_spin_box_that_sends_what_is_typed(qtbot) -> None:
    win = VispyFrontendWindow(AppSpec(transport=PipeTransport(UnboundedControls, use_process=False)))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    try:
        qtbot.waitUntil(lambda: "panel:controls" in win.frames, timeout=WAIT_MS)
        body = win.frames["panel:controls"].body
        assert isinstance(body, ControlsPanel)
        assert not win.status.errors, win.status.errors
        for cid, shown in [("free", 1.5), ("count", 3), ("below", -2.0), ("wide", 0.0)]:
            editor = body.editors[cid]
            assert not editor.slider.isVisible()  # no slider across an infinite (or overflowing) span
            assert editor.box.isVisible() and editor.box.value() == shown
        keep(win, "unbounded_controls")
        body.editors["free"].box.setValue(1e6)
        body.editors["count"].box.setValue(12)
        qtbot.waitUntil(lambda: {c.control_id for c in SET} == {"free", "count"}, timeout=WAIT_MS)
        values = {c.control_id: c.value for c in SET}
        assert values == {"free": 1e6, "count": 12} and type(values["count"]) is int
    finally:
        win.shutdown()
