"""EchoSession: answers every command with a ``status`` naming it; a counter when live.

Small and deterministic, so tests, the conformance runner of another language
and a person with ``scenewire probe --set`` can all see their commands land.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..protocol import SessionCommand, Status, StopSession
from ..protocol.updates import FieldAppend, StatePatch
from ..scene import Action, BoolSpec, Control, Field, LinePlotView, Scene
from ..session import BufferedSession


def command_summary(command: SessionCommand) -> str:
    """``kind key=value ...`` for a command, the text of the echoed status."""
    parts = [command.wire_kind or type(command).__name__]
    for spec in command.wire_fields():
        parts.append(f"{spec.key}={getattr(command, spec.key)!r}")
    return " ".join(parts)


class EchoSession(BufferedSession):
    """Echo commands; while the ``live`` control is on, append one tick count per advance."""

    def __init__(self) -> None:
        super().__init__()
        self.live = False
        self.ticks = 0

    def initialize(self) -> Scene:
        return Scene(
            fields=[Field(id="ticks", values=np.zeros(0, dtype=np.int64), dims=["tick"])],
            views=[LinePlotView(id="ticks_plot", field_id="ticks", x_dim="tick", title="ticks")],
            controls=[Control(id="live", label="Live", spec=BoolSpec(), value=False)],
            actions=[Action(id="ping", label="Ping", shortcuts=["p"])],
            metadata={"title": "echo"},
        )

    def handle(self, command: SessionCommand) -> None:
        self.emit(Status(message=command_summary(command)))
        tree: dict[str, Any] = command.to_tree()
        if command.wire_kind == "set_control" and tree["control_id"] == "live":
            self.live = bool(tree["value"])
        if isinstance(command, StopSession):
            return
        self.emit(StatePatch(updates={"last_command": command.wire_kind}))

    def is_live(self) -> bool:
        return self.live

    def advance(self) -> None:
        self.ticks += 1
        self.emit(
            FieldAppend(
                field_id="ticks",
                append_dim="tick",
                values=np.array([self.ticks], dtype=np.int64),
                coord_values=np.array([self.ticks], dtype=np.int64),
                max_length=100,
            )
        )
