"""A session whose scalar controls have infinite bounds, which §8.5 allows (min < max is all it asks)."""

from __future__ import annotations

import math

from scenewire.protocol import SessionCommand, Status
from scenewire.protocol.commands import SetControl
from scenewire.scene import Control, ScalarSpec, Scene
from scenewire.session import BufferedSession

#: the set_control commands the last session handled
SET: list[SetControl] = []


class UnboundedControls(BufferedSession):
    def initialize(self) -> Scene:
        SET.clear()
        return Scene(
            controls=[
                Control(id="free", label="Free", spec=ScalarSpec(min=-math.inf, max=math.inf), value=1.5),
                Control(id="count", label="Count", spec=ScalarSpec(min=0.0, max=math.inf, integer=True), value=3),
                Control(id="below", label="Below", spec=ScalarSpec(min=-math.inf, max=0.0, step=0.5), value=-2.0),
                Control(id="wide", label="Wide", spec=ScalarSpec(min=-1e308, max=1e308), value=0.0),
            ]
        )

    def handle(self, command: SessionCommand) -> None:
        if isinstance(command, SetControl):
            SET.append(command)
            self.emit(Status(message=f"set {command.control_id}"))
