"""What the window is asked to show: AppSpec, its screenshot and diagnostics.

Apart from :mod:`scenewire.frontend.app` (which opens the window) so that the
window can read its spec without importing the module that imports it.

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
from .history import DEFAULT_BUDGET_MIB


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
    history_mib: float = DEFAULT_BUDGET_MIB  # the timeline's memory budget (frontend/history.py); 0: no history
    history_store: Any = None  # where the history keeps ticks (a recording's file); None: in memory

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
        if not self.history_mib >= 0:
            raise ValueError(f"AppSpec.history_mib is 0 (no history) or more MiB, got {self.history_mib!r}")
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


__all__ = ["AppSpec", "DiagnosticsSpec", "ScreenshotSpec"]
