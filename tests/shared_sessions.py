"""Sessions for the shared-run tests and benchmark (module level, so a worker process can import them)."""

from __future__ import annotations

import os
from typing import ClassVar

import numpy as np

from scenewire.protocol import FieldAppend, FieldReplace, SessionCommand, SetControl, StatePatch, Status
from scenewire.scene import Field, LinePlotView, Scene
from scenewire.scene.controls import Control, ScalarSpec
from scenewire.session import BufferedSession

SHUTDOWN_MARK_ENV = "SCENEWIRE_TEST_SHUTDOWN_MARK"
"""A file the session writes in ``shutdown()``: how a test sees that it ran, in any process."""


class SharedSession(BufferedSession):
    """A field replaced every tick and a trace appended every tick (``max_length`` 500); ``gain`` scales both.

    Its clock is the tick count: model time rises with every tick, so a reconnect can see that the run went on.
    """

    points: ClassVar[int] = 64
    sleep: ClassVar[float] = 0.005

    def __init__(self) -> None:
        super().__init__()
        self.t = 0
        self.gain = 1.0

    def initialize(self) -> Scene:
        x = np.arange(self.points, dtype=np.float64)
        return Scene(
            fields=[
                Field(id="v", values=np.zeros(self.points, np.float32), dims=["seg"], coords={"seg": x}),
                Field(id="trace", values=np.zeros(0, np.float64), dims=["time"]),
            ],
            views=[LinePlotView(id="plot", field_id="trace", x_dim="time")],
            controls=[Control(id="gain", label="Gain", spec=ScalarSpec(min=0.0, max=10.0), value=1.0)],
            metadata={"title": "shared"},
        )

    def handle(self, command: SessionCommand) -> None:
        if isinstance(command, SetControl) and command.control_id == "gain":
            self.gain = float(command.value)
            self.emit(StatePatch(updates={"gain_seen": self.gain}))
            self.emit(Status(message=f"gain {self.gain:g}"))

    def is_live(self) -> bool:
        return True

    def advance(self) -> None:
        self.t += 1
        values = (np.sin(np.arange(self.points) * 0.1 + self.t * 0.05) * self.gain).astype(np.float32)
        self.emit(FieldReplace(field_id="v", values=values))
        self.emit(
            FieldAppend(
                field_id="trace",
                append_dim="time",
                values=np.array([self.gain * self.t], np.float64),
                coord_values=np.array([float(self.t)]),
                max_length=500,
            )
        )

    def sim_time(self) -> float:
        return float(self.t)

    def idle_sleep(self) -> float:
        return self.sleep

    def shutdown(self) -> None:
        mark = os.environ.get(SHUTDOWN_MARK_ENV)
        if mark:
            with open(mark, "a", encoding="utf-8") as out:
                out.write(f"shutdown at t={self.t}\n")


class CountingSession(SharedSession):
    """A :class:`SharedSession` a test can reach (thread isolation): ``t`` counts its ``advance()`` calls.

    A negative ``gain`` makes ``advance()`` raise.
    """

    instances: ClassVar[list[CountingSession]] = []

    def __init__(self) -> None:
        super().__init__()
        CountingSession.instances.append(self)

    def advance(self) -> None:
        if self.gain < 0:  # how a test makes advance() raise: the run stops (§2.4)
            raise RuntimeError("negative gain")
        super().advance()
