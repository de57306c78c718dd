"""A live session whose ``advance()`` raises on its fifth tick, until a key resets it (the newcomer's broken model)."""

from __future__ import annotations

import numpy as np

from scenewire.protocol import FieldAppend, SessionCommand
from scenewire.protocol.commands import KeyPressed
from scenewire.scene import Field, LinePlotView, Scene
from scenewire.session import BufferedSession


class BreaksOnTickFive(BufferedSession):
    """Appends one sample a tick; tick 5 divides by zero, and keeps doing so until the key ``r`` starts over."""

    def __init__(self) -> None:
        super().__init__()
        self.ticks = 0

    def initialize(self) -> Scene:
        return Scene(
            fields=[
                Field(
                    id="v",
                    values=np.zeros((1, 0), dtype=np.float32),
                    dims=["site", "time"],
                    coords={"time": np.zeros(0, dtype=np.float64)},
                )
            ],
            views=[LinePlotView(id="plot", field_id="v", x_dim="time", series_dim="site", title="voltage")],
        )

    def is_live(self) -> bool:
        return True

    def advance(self) -> None:
        self.ticks += 1
        if self.ticks >= 5:
            raise ZeroDivisionError("division by zero in the model's step")
        self.emit(
            FieldAppend(
                field_id="v",
                append_dim="time",
                values=np.array([[float(self.ticks)]], dtype=np.float32),
                coord_values=np.array([float(self.ticks)]),
            )
        )

    def handle(self, command: SessionCommand) -> None:
        if isinstance(command, KeyPressed) and command.key == "r":
            self.ticks = 0

    def idle_sleep(self) -> float:
        return 0.01
