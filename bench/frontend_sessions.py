"""Sessions the frontend benchmark serves, in a module of their own so a server worker imports no Qt.

``scenewire serve frontend_sessions:FieldStreamSession`` (run from ``bench/``).
"""

from __future__ import annotations

import numpy as np

from scenewire.protocol import FieldReplace
from scenewire.scene import Field, Scene
from scenewire.session import BufferedSession

FIELD_FLOATS = 1_048_576  # 4 MiB of float32
RATE_HZ = 30.0


class FieldStreamSession(BufferedSession):
    """Replaces one 4 MB float32 field 30 times a second."""

    def initialize(self) -> Scene:
        self.values = np.zeros(FIELD_FLOATS, dtype=np.float32)
        return Scene(fields=[Field(id="big", values=self.values, dims=["i"])])

    def is_live(self) -> bool:
        return True

    def idle_sleep(self) -> float:
        return 1 / RATE_HZ

    def advance(self) -> None:
        self.values = self.values + 1.0
        self.emit(FieldReplace(field_id="big", values=self.values))
