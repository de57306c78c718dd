"""Sessions the transport tests share (no tests here).

They live at module level so a spawned pipe worker can import them by name.
Events they record go to ``LOG`` (same process only); what a remote test must
see, they also emit as ``status`` updates.
"""

from __future__ import annotations

import os
import threading
import time
from typing import ClassVar

import numpy as np

from scenewire.demos.echo import command_summary
from scenewire.protocol import FieldAppend, FieldReplace, SessionCommand, Status
from scenewire.scene import Field, LinePlotView, Scene
from scenewire.session import BufferedSession

LOG: list[str] = []
ADVANCING = threading.Event()  # set when a BlockingAdvanceSession enters advance()
RELEASE = threading.Event()  # lets it leave


def reset_log() -> None:
    LOG.clear()
    ADVANCING.clear()
    RELEASE.clear()


def small_scene(title: str = "kit") -> Scene:
    return Scene(
        fields=[Field(id="count", values=np.zeros(0, dtype=np.int64), dims=["tick"])],
        views=[LinePlotView(id="plot", field_id="count", x_dim="tick")],
        metadata={"title": title},
    )


class KitSession(BufferedSession):
    """Logs every call; ``live`` sessions append a counter each advance."""

    live: ClassVar[bool] = False
    fail_in: ClassVar[str | None] = None
    sleep: ClassVar[float] = 0.02

    def __init__(self) -> None:
        super().__init__()
        self.ticks = 0
        LOG.append("build")

    def initialize(self) -> Scene:
        LOG.append("initialize")
        if self.fail_in == "initialize":
            raise RuntimeError("boom in initialize")
        return small_scene()

    def handle(self, command: SessionCommand) -> None:
        LOG.append(f"handle {command.wire_kind}")
        self.emit(Status(message=f"handled {command_summary(command)}"))
        if self.fail_in == "handle" and command.wire_kind == "key_pressed":
            raise ValueError("boom in handle")

    def is_live(self) -> bool:
        return self.live

    def advance(self) -> None:
        self.ticks += 1
        LOG.append(f"advance {self.ticks}")
        if self.fail_in == "advance":
            raise ArithmeticError("boom in advance")
        self.emit(
            FieldAppend(
                field_id="count",
                append_dim="tick",
                values=np.array([self.ticks], dtype=np.int64),
                coord_values=np.array([self.ticks], dtype=np.int64),
                max_length=50,
            )
        )

    def idle_sleep(self) -> float:
        return self.sleep

    def shutdown(self) -> None:
        LOG.append("shutdown")
        self.emit(Status(message="shutdown"))


class LiveSession(KitSession):
    live = True


class FailingInitialize(KitSession):
    fail_in = "initialize"


class FailingHandle(KitSession):
    fail_in = "handle"


class FailingAdvance(KitSession):
    live = True
    fail_in = "advance"


class StartupSession(KitSession):
    @classmethod
    def startup_scene(cls) -> Scene:
        return small_scene("loading")


class BlockingAdvanceSession(KitSession):
    """The first advance() takes until RELEASE (at most 3 s): a NEURON run that takes seconds."""

    live = True

    def advance(self) -> None:
        if self.ticks == 0:
            ADVANCING.set()
            RELEASE.wait(3.0)
        super().advance()


class ScriptedSession(KitSession):
    """Deterministic: every command answers with a status, a field_replace and a field_append."""

    def handle(self, command: SessionCommand) -> None:
        super().handle(command)
        self.ticks += 1
        self.emit(FieldReplace(field_id="count", values=np.arange(5, dtype=np.float32) * self.ticks))
        self.emit(
            FieldAppend(
                field_id="count",
                append_dim="tick",
                values=np.array([self.ticks * 10], dtype=np.int64),
                coord_values=np.array([self.ticks], dtype=np.int64),
            )
        )


class BigFieldSession(KitSession):
    """Every advance replaces a field of ``size`` float32 values (the benchmark's large case)."""

    live = True
    size: ClassVar[int] = 1 << 20

    def advance(self) -> None:
        self.ticks += 1
        self.emit(FieldReplace(field_id="count", values=np.full(self.size, self.ticks, dtype=np.float32)))

    def idle_sleep(self) -> float:
        return 0.0


class DyingSession(KitSession):
    """The worker process dies in advance(), as a segfaulting simulator would."""

    live = True

    def advance(self) -> None:
        os._exit(3)


def wait_for(predicate, timeout: float = 20.0, step: float = 0.01) -> bool:
    """Poll ``predicate`` until true; a bound for a hung test, not a timing check."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return predicate()
