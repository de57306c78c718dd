"""AppSpec and run_app: what to show, where its session runs, and the call that opens the window.

Exactly one of three sources feeds the window:

- ``transport``: a session running elsewhere (``WebSocketTransport("localhost", 8765)``);
- ``session``: a session source run beside the window through ``PipeTransport``;
- neither: ``scene`` shown as a still picture, with no polling.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..protocol import SessionCommand
from ..scene import Scene
from ..transports.base import Transport


@dataclass(slots=True)
class DiagnosticsSpec:
    """What the window measures about itself, shown at the status bar's right once a second.

    With ``show_rates``: updates applied per second, bytes received per second
    (transports that count them), the longest poll-and-apply of the last
    second against the 16 ms of a 60 Hz frame, updates waiting to be applied
    (a window that falls behind shows a growing backlog) and frames the
    connection dropped. ``log_slow_polls_ms`` logs each slower poll-and-apply.
    """

    show_rates: bool = True
    log_slow_polls_ms: float | None = None


@dataclass(slots=True)
class ScreenshotSpec:
    """Write the whole window as a PNG once enough has happened, then close it."""

    path: Path
    after_updates: int | None = None  # after this many updates have been applied
    after_seconds: float | None = None  # this long after the first scene (also the fallback when updates never come)


@dataclass(slots=True)
class AppSpec:
    """What the window shows. Pass ``session`` or ``transport``, not both."""

    scene: Scene | None = None
    session: Any = None
    transport: Transport | None = None
    interaction_target: Callable[[SessionCommand], None] | None = None  # sees every command the window sends
    title: str | None = None  # overrides the layout's title
    diagnostics: DiagnosticsSpec | None = None

    def __post_init__(self) -> None:
        if self.session is not None and self.transport is not None:
            raise ValueError(
                "AppSpec takes session= or transport=, not both: session= runs the session beside the "
                "window (through a PipeTransport), transport= connects to one that runs elsewhere "
                "(e.g. WebSocketTransport('localhost', 8765)); pass only one"
            )
        if self.transport is not None and not isinstance(self.transport, Transport):
            raise TypeError(
                f"AppSpec.transport must have start(), poll_updates(), send_command() and stop(); "
                f"got {type(self.transport).__name__}"
            )
        if self.interaction_target is not None and not callable(self.interaction_target):
            raise TypeError("AppSpec.interaction_target must be callable with a command")

    def make_transport(self) -> Transport | None:
        """The transport the window drives: the given one, a pipe to ``session``, or none."""
        if self.transport is not None:
            return self.transport
        if self.session is not None:
            from ..transports.pipe import PipeTransport

            return PipeTransport(self.session)
        return None


def run_app(spec: AppSpec, *, screenshot: ScreenshotSpec | None = None) -> int:
    """Open the window, run Qt's event loop until it closes, stop the transport; the exit code.

    Creates the ``QApplication`` when there is none yet (the transport's
    socket is made in its ``start()``, after it exists). Closing the window
    never waits on the network; once it is gone, a transport with ``end()``
    gets a second to close its connection as agreed before it is aborted, so
    that nothing of it outlives the ``QApplication``.
    """
    from PyQt6.QtWidgets import QApplication

    from .window import VispyFrontendWindow

    app = QApplication.instance() or QApplication([spec.title or "scenewire"])
    window = VispyFrontendWindow(spec, screenshot=screenshot)
    window.show()
    try:
        code = app.exec()
    finally:
        window.shutdown()
        end = getattr(window.transport, "end", None)
        if end is not None:
            end()
    return window.exit_code if window.exit_code is not None else int(code)
