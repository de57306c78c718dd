"""``--after-seconds`` counts from the first scene: a slow start never gives a screenshot of an empty window."""

from __future__ import annotations

import os
import time
from pathlib import Path

from scenewire.frontend.app import AppSpec, ScreenshotSpec
from scenewire.frontend.window import VispyFrontendWindow

from .sessions import RecorderSession


class LateSession(RecorderSession):
    """The recorder's scene, given only once the test writes the release file (a session slow to build its model).

    A file, not an event: the session may run in a process of its own.
    """

    def initialize(self):  # type: ignore[no-untyped-def]
        release = Path(os.environ["SCENEWIRE_TEST_RELEASE"])
        deadline = time.monotonic() + 60
        while not release.exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        return super().initialize()


def test_the_shot_waits_for_a_late_first_scene_then_its_seconds(qtbot, tmp_path: Path, monkeypatch) -> None:
    shot, release = tmp_path / "late.png", tmp_path / "release"
    monkeypatch.setenv("SCENEWIRE_TEST_RELEASE", str(release))
    win = VispyFrontendWindow(AppSpec(session=LateSession), screenshot=ScreenshotSpec(shot, after_seconds=0.2))
    qtbot.addWidget(win)
    win.show()
    try:
        qtbot.wait(1500)  # well past 0.2 s (and the 250 ms of drawing): a clock from the start would have shot
        assert not shot.exists() and win.state.scene is None
        release.touch()
        qtbot.waitUntil(shot.exists, timeout=60_000)
        assert win.state.scene is not None and win.exit_code == 0
    finally:
        release.touch()
        win.shutdown()
