"""Session and BufferedSession: what a simulation implements to be shown.

A session is built where it runs (a worker process, a server thread), so the
frontend never needs the simulation's dependencies. Every hook has a harmless
default: a subclass overrides only what it needs, and an existing subclass
runs unchanged over every transport.
"""

from __future__ import annotations

from collections import deque

from ..protocol import SessionCommand, SessionUpdate
from ..scene import Scene

#: Seconds between ticks unless ``idle_sleep()`` says otherwise, so at most 20 ticks a second.
DEFAULT_IDLE_SLEEP = 0.05


class Session:
    """One running simulation, driven by :func:`scenewire.session.run_session`.

    Lifecycle: ``initialize()`` once; then, tick by tick, ``handle()`` for each
    command that arrived, ``advance()`` when ``is_live()``, ``read_updates()``
    to drain what it emitted, and a wait of ``idle_sleep()`` seconds that a new
    command cuts short; ``shutdown()`` always at the end.
    """

    @classmethod
    def startup_scene(cls) -> Scene | None:
        """A scene to show before ``initialize()`` returns (say, "loading NEURON...")."""
        return None

    def initialize(self) -> Scene | None:
        """Build the model; the returned scene is sent as ``scene_ready``."""
        return None

    def handle(self, command: SessionCommand) -> None:
        """React to one command from the frontend (``stop_session`` included)."""

    def is_live(self) -> bool:
        """Whether ``advance()`` should run this tick."""
        return False

    def advance(self) -> None:
        """Step the simulation; may take seconds without stalling the connection.

        An exception here stops the run: the frontend is told ("the run stopped: ..."), and
        ``advance()`` is not called again until the next command (a key, an action, a control).
        """

    def read_updates(self) -> list[SessionUpdate]:
        """Updates emitted since the last call, oldest first."""
        return []

    def idle_sleep(self) -> float:
        """Seconds to wait between ticks; a command arriving ends the wait early.

        The default, 0.05 s (``DEFAULT_IDLE_SLEEP``), makes at most 20 ticks a
        second, each one ``advance()``; override it for a faster stream (the
        demos use 0.02) or a slower one, or return 0 to advance as fast as the
        model runs.
        """
        return DEFAULT_IDLE_SLEEP

    def sim_time(self) -> float | None:
        """The simulation time this tick's updates belong to (``h.t`` in ms for NEURON).

        Sent as ``tick_end.time`` on the tick's last update (§7.12); ``None`` when
        the session has no clock.
        """
        return None

    def shutdown(self) -> None:
        """Release resources; runs once however the session ends."""


class BufferedSession(Session):
    """A session that queues its updates with ``emit()`` for ``read_updates()``."""

    def __init__(self) -> None:
        # a deque: append and popleft are atomic, so a simulator callback on
        # another thread may emit safely
        self._pending: deque[SessionUpdate] = deque()

    def emit(self, update: SessionUpdate) -> None:
        """Queue one update; it leaves at the end of this tick."""
        pending = getattr(self, "_pending", None)
        if pending is None:  # a subclass that forgot super().__init__()
            pending = self._pending = deque()
        pending.append(update)

    def read_updates(self) -> list[SessionUpdate]:
        pending = getattr(self, "_pending", None)
        out: list[SessionUpdate] = []
        while pending:
            out.append(pending.popleft())
        return out
