"""Rank 0's session: the user's session, with each tick's commands broadcast to the other ranks.

The server's one session loop (:mod:`scenewire.session.loop`) drives an
:class:`MpiLeader` on rank 0 as it drives any session: ``handle()`` for the
tick's commands, ``is_live()``, ``advance()``, ``read_updates()``. The
leader holds the commands back until the tick boundary, broadcasts them
(:class:`~.ticks.TickCast`), then applies them on rank 0 while the other
ranks apply them too (a ``handle()`` may take part in a collective: a reset
that gathers the field); then, when the loop advances, it broadcasts
``advance`` and advances. A paused run still applies a slider. So every rank
applies the same commands, in the same order, before the same ``advance()``.
"""

from __future__ import annotations

import threading
from typing import Any

from ..protocol import SessionCommand, SessionUpdate
from ..protocol.limits import MAX_SESSION_ERROR_TEXT_BYTES
from ..protocol.text import exception_text
from ..scene import Scene
from ..session import Session, SessionSource, build_session, session_error, startup_scene_of
from ..session.source import describe_source
from .faults import FaultReporter
from .ticks import ADVANCE, COMMANDS, END, TickCast


class MpiLeader(Session):
    """Wraps rank 0's session; the loop on rank 0 runs this, the other ranks run :func:`~.follower.follow`."""

    def __init__(self, inner: Session, cast: TickCast | None, faults: FaultReporter | None) -> None:
        self.inner = inner
        self.cast = cast
        self.faults = faults
        self.pending: list[SessionCommand] = []  # arrived, not yet sent nor applied
        self.out: list[SessionUpdate] = []

    def initialize(self) -> Scene | None:
        return self.inner.initialize()

    def handle(self, command: SessionCommand) -> None:
        self.pending.append(command)

    def _apply(self) -> None:
        if not self.pending:
            return
        self._send((COMMANDS, self.pending))
        for command in self.pending:
            try:
                self.inner.handle(command)
            except Exception as exc:  # as the loop reports it; the other ranks log their own
                self.out.extend([*self.inner.read_updates(), session_error(f"handle({command.wire_kind})", exc)])
        self.pending = []

    def is_live(self) -> bool:
        self._apply()
        return bool(self.inner.is_live())

    def advance(self) -> None:
        self._apply()
        self._send((ADVANCE,))
        try:
            self.inner.advance()
        except Exception as exc:
            self._fail("advance", exc)

    def read_updates(self) -> list[SessionUpdate]:
        self._apply()
        out, self.out = self.out, []
        return [*out, *self.inner.read_updates()]

    def sim_time(self) -> float | None:
        hook = getattr(self.inner, "sim_time", None)
        return hook() if hook is not None else None

    def idle_sleep(self) -> float:
        return self.inner.idle_sleep()

    def shutdown(self) -> None:
        try:
            self._send((END,))
        finally:
            self.inner.shutdown()

    def _send(self, message: tuple[Any, ...]) -> None:
        if self.cast is not None:
            self.cast.send(message)

    def _fail(self, where: str, exc: BaseException) -> None:
        """Rank 0's own session raised: the others may wait in a collective, so the job ends (no return)."""
        if self.faults is None:
            raise exc
        self.faults.report(0, f"{where}: {exception_text(exc, MAX_SESSION_ERROR_TEXT_BYTES)}")
        threading.Event().wait()  # the reporter aborts the job


class LeaderSource:
    """The session source the server on rank 0 builds: the user's source, wrapped in an :class:`MpiLeader`."""

    def __init__(self, source: SessionSource, cast: TickCast | None, faults: FaultReporter | None) -> None:
        self.source, self.cast, self.faults = source, cast, faults
        self.__qualname__ = describe_source(source)

    def startup_scene(self) -> Scene | None:
        return startup_scene_of(self.source)

    def __call__(self) -> MpiLeader:
        return MpiLeader(build_session(self.source), self.cast, self.faults)
