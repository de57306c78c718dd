"""A real X display (Xvfb, started once per run) and pytest-qt's ``qtbot`` on it.

Every frontend test draws in a real window: Xvfb with Mesa's software GL,
PyQt6's xcb platform plugin and VisPy's ``gl+`` backend, as on a CI machine
after ``scripts/setup.sh``. ``SCENEWIRE_TEST_DISPLAY=:N`` uses an existing
display instead (to watch the tests on a desktop).
"""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
from collections.abc import Iterator

import pytest


def start_xvfb(*extra: str) -> tuple[subprocess.Popen[bytes], str]:
    """Xvfb on a free display number (``-displayfd`` tells us which), 24-bit colour; ``extra`` server options."""
    exe = shutil.which("Xvfb")
    if exe is None:
        pytest.fail("Xvfb is not installed: run scripts/setup.sh as root (it installs xvfb and the xcb libraries)")
    read, write = os.pipe()
    proc = subprocess.Popen(
        [exe, "-displayfd", str(write), "-screen", "0", "1600x1200x24", "-nolisten", "tcp", "+extension", "GLX",
         *extra],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        proc.kill()
        pytest.fail("Xvfb did not start (no display number)")
    return proc, f":{number}"


@pytest.fixture(scope="session")
def x_display() -> Iterator[str]:
    """The X display the tests draw on; ``DISPLAY`` points at it for this process and its children."""
    given = os.environ.get("SCENEWIRE_TEST_DISPLAY")
    if given:
        os.environ["DISPLAY"] = given
        yield given
        return
    proc, display = start_xvfb()
    os.environ["DISPLAY"] = display
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    # Qt keeps its X connection until the interpreter ends: stop Xvfb after that, not at fixture teardown
    atexit.register(_stop, proc)
    yield display


def _stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    proc.wait(10)


@pytest.fixture(scope="session")
def qapp(x_display: str) -> Iterator[object]:
    """Overrides pytest-qt's fixture, so that the display exists before the application."""
    from PyQt6.QtWidgets import QApplication

    import scenewire.frontend  # noqa: F401 - selects VisPy's pyqt6 / gl+ backends first

    app = QApplication.instance() or QApplication(["scenewire-tests"])
    yield app


@pytest.fixture(autouse=True)
def free_widgets_between_tests(request: pytest.FixtureRequest) -> Iterator[None]:
    """After each test on the display: close what it left open, then free it all, here.

    A canvas that the garbage collector frees later, in the middle of another
    test's Qt event, runs its GL clean-up inside that test (a canvas freed
    inside a later window's ``show()`` once failed a test with "Cannot UNIFORM
    object ... does not exist"). Torn down after ``qtbot`` (autouse fixtures are
    set up first), so its widgets are closed by then.
    """
    yield
    if "qapp" not in request.fixturenames:
        return
    import gc

    from PyQt6.QtCore import QEvent
    from PyQt6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    for widget in app.topLevelWidgets():
        if widget.isVisible():
            widget.close()
    app.processEvents()
    gc.collect()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    app.processEvents()
