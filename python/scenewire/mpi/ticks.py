"""The tick broadcast: what rank 0 tells every other rank at each tick boundary.

A tick message is ``("commands", [...])`` (apply these, in order),
``("advance",)`` or ``("end",)`` (run ``shutdown()``), pickled
(it never leaves the job: every rank runs the same scenewire) and
broadcast in two steps on a communicator of its own: its length by a
non-blocking ``Ibcast`` that the waiting ranks poll, sleeping between
looks (so an idle rank takes no core, and its SIGTERM handler runs), then the
bytes by ``Bcast``.
"""

from __future__ import annotations

import pickle
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from .world import POLL_S

COMMANDS, ADVANCE, END = "commands", "advance", "end"


class TickCast:
    """Both ends of the tick broadcast over ``comm`` (a ``Dup`` of the world, made collectively)."""

    def __init__(self, comm: Any) -> None:
        self.comm = comm.Dup()
        self.sent = 0

    def send(self, message: tuple[Any, ...]) -> None:
        """Rank 0: broadcast ``message`` to every other rank."""
        payload = np.frombuffer(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL), np.uint8)
        header = np.array([len(payload)], np.int64)
        self.comm.Ibcast(header, 0).Wait()
        self.comm.Bcast(payload, 0)
        self.sent += 1

    def receive(self, give_up: Callable[[], bool] = lambda: False) -> tuple[Any, ...] | None:
        """Another rank: the next message from rank 0, or ``None`` once ``give_up()`` says to stop waiting.

        After ``None`` the broadcast is still pending: the rank must leave without ``MPI_Finalize``.
        """
        header = np.zeros(1, np.int64)
        request = self.comm.Ibcast(header, 0)
        while not request.Test():
            if give_up():
                return None
            time.sleep(POLL_S)
        payload = np.empty(int(header[0]), np.uint8)
        self.comm.Bcast(payload, 0)
        return pickle.loads(payload.tobytes())  # rank 0 of the same job, the same scenewire
