"""MpiSession: a session that runs on every rank, with its rank, its communicator and the gathers."""

from __future__ import annotations

from typing import Any

import numpy as np

from ..protocol import SessionUpdate
from ..session import BufferedSession
from .gather import EventGather, FieldGather
from .world import barrier, world


class MpiSession(BufferedSession):
    """A session built on every rank: ``initialize()``, ``handle()``, ``advance()`` and ``shutdown()`` run on each.

    Every rank gets the same commands at the same tick boundary, in the same
    order, and advances when rank 0 does (rank 0 decides ``is_live()``).
    Only rank 0's updates reach the clients: ``emit()`` on another rank
    is dropped, so a session emits what it gathered, unconditionally.
    ``initialize()`` returns the scene on rank 0 (other ranks may return
    ``None``). Without MPI (plain ``scenewire serve``) it is one rank of one.
    """

    def __init__(self) -> None:
        super().__init__()
        self.comm: Any = world()
        self.rank = 0 if self.comm is None else int(self.comm.Get_rank())
        self.size = 1 if self.comm is None else int(self.comm.Get_size())

    @property
    def is_root(self) -> bool:
        """Rank 0: the rank that speaks to the clients and receives the gathers."""
        return self.rank == 0

    def emit(self, update: SessionUpdate) -> None:
        if self.is_root:
            super().emit(update)

    def field_gather(self, positions: np.ndarray, dtype: Any = np.float32) -> FieldGather:
        """A gather of a field whose local entries sit at ``positions`` (collective: call it on every rank)."""
        return FieldGather(positions, dtype, self.comm)

    def event_gather(self) -> EventGather:
        return EventGather(self.comm)

    def in_step(self) -> None:
        """Wait (GIL free) until every rank got here; call it before a collective that holds the GIL.

        NEURON's ``pc.psolve()`` holds Python's GIL while it waits for the other ranks'
        spikes; if one rank raised before reaching it, rank 0 would wait there with its
        server frozen. Past this barrier every rank is in the same step.
        """
        if self.comm is not None and self.size > 1:
            barrier(self.comm)
