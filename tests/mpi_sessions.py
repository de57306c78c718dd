"""Sessions the MPI tests serve under ``mpiexec`` (tests/test_mpi.py): a toy network with no simulator.

``ToyNet``: 12 cells of 5 segments, dealt round-robin over the ranks; the
value of segment s of cell c at tick t is ``gain * (100 c + s) + t``, so the
gathered field says at once whether every rank applied the same ``gain`` at
the same tick, and whether the positions came back in order.

For the fault tests: the control ``fail`` set to a rank makes that rank's
``advance()`` raise two ticks later (every rank gets the command, the
named one fails); ``TOYNET_MARKS`` in the environment: a folder where each
rank's ``shutdown()`` writes a file. The control ``slow`` set to S makes
rank 1's ``advance()`` take S seconds more (a long computation elsewhere).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import numpy as np

from scenewire.mpi import MpiSession
from scenewire.protocol import FieldReplace, ScenePatch, SetControl
from scenewire.scene import Control, Field, LinePlotView, ScalarSpec, Scene

CELLS, SEGMENTS = 12, 5


def base_values() -> np.ndarray:
    return (100 * np.arange(CELLS)[:, None] + np.arange(SEGMENTS)[None, :]).ravel().astype(np.float32)


class ToyNet(MpiSession):
    def initialize(self) -> Scene | None:
        self.cells = np.arange(self.rank, CELLS, self.size)
        positions = (self.cells[:, None] * SEGMENTS + np.arange(SEGMENTS)[None, :]).ravel()
        self.gather_v = self.field_gather(positions)
        self.base = base_values()[positions]
        self.pids = [os.getpid()] if self.comm is None else self.comm.allgather(os.getpid())
        self.gain, self.t = 1.0, 0
        self.fail_at: int | None = None
        self.slow_s = 0.0
        return Scene(
            fields=[Field(id="v", values=base_values(), dims=["segment"])],
            views=[LinePlotView(id="plot", field_id="v", x_dim="segment", title="v")],
            controls=[
                Control(id="gain", label="gain", spec=ScalarSpec(min=0.0, max=10.0), value=1.0),
                Control(id="fail", label="make this rank fail", spec=ScalarSpec(min=-1, max=64, step=1), value=-1),
                Control(id="slow", label="rank 1's extra seconds a tick", spec=ScalarSpec(min=0, max=60), value=0),
            ],
            metadata={"ranks": self.size, "pids": self.pids},
        )

    def handle(self, command: object) -> None:
        if isinstance(command, SetControl) and command.control_id == "gain":
            self.gain = float(command.value)
            self.emit(ScenePatch(control_updates={"gain": {"value": self.gain}}))
        elif isinstance(command, SetControl) and command.control_id == "fail" and int(command.value) == self.rank:
            self.fail_at = self.t + 2
        elif isinstance(command, SetControl) and command.control_id == "slow":
            self.slow_s = float(command.value)
            self.emit(ScenePatch(control_updates={"slow": {"value": self.slow_s}}))

    def is_live(self) -> bool:
        return True

    def idle_sleep(self) -> float:
        return 0.01

    def sim_time(self) -> float:
        return float(self.t)

    def advance(self) -> None:
        self.t += 1
        if self.t == self.fail_at:
            raise ZeroDivisionError(f"rank {self.rank} fails on purpose at tick {self.t}")
        if self.rank == 1 and self.slow_s:
            time.sleep(self.slow_s)  # the model's own long step, on rank 1 only
        v = self.gather_v.gather(self.gain * self.base + self.t)
        if v is not None:
            self.emit(FieldReplace(field_id="v", values=v))

    def shutdown(self) -> None:
        marks = os.environ.get("TOYNET_MARKS")
        if marks:
            Path(marks, f"rank{self.rank}").write_text(f"shutdown ran at t={self.t}\n")
