"""Sessions whose ticks hold several updates that must be drawn together (§7.12)."""

from __future__ import annotations

import numpy as np

from scenewire.protocol import FieldReplace, Status
from scenewire.scene import Field, Scene
from scenewire.session import BufferedSession

#: values per field: 1 MB each, so that one tick spans many socket reads and several of the window's polls
SIZE = 262_144
STEP_MS = 0.5


class PairSession(BufferedSession):
    """Each tick replaces ``a`` and ``b`` with the tick's number, in two updates: a window must show both or neither."""

    def __init__(self) -> None:
        super().__init__()
        self.k = 0

    def initialize(self) -> Scene:
        zeros = np.zeros(SIZE, np.float32)
        return Scene(fields=[Field(id="a", values=zeros, dims=["i"]), Field(id="b", values=zeros.copy(), dims=["i"])])

    def is_live(self) -> bool:
        return True

    def idle_sleep(self) -> float:
        return 0.005

    def advance(self) -> None:
        self.k += 1
        self.emit(FieldReplace(field_id="a", values=np.full(SIZE, self.k, np.float32)))
        self.emit(Status(message=f"tick {self.k}"))
        self.emit(FieldReplace(field_id="b", values=np.full(SIZE, self.k, np.float32)))

    def sim_time(self) -> float:
        return self.k * STEP_MS
