"""The MPI communicator a session runs on, or ``None`` on one process without MPI.

mpi4py is imported only by :func:`enable` (``scenewire serve --mpi``), so a
machine without MPI imports scenewire, and a session written for MPI runs
there on one process, unchanged.
"""

from __future__ import annotations

import time
from typing import Any

_world: Any = None

#: seconds between two looks at a pending request while waiting for the other ranks (the GIL is free meanwhile)
POLL_S = 0.0005


def enable() -> Any:
    """Initialize MPI (through mpi4py) and make ``COMM_WORLD`` the sessions' communicator; returns it."""
    global _world
    if _world is None:
        try:
            from mpi4py import MPI
        except ImportError as exc:
            raise SystemExit(
                'scenewire: --mpi needs mpi4py: pip install "./python[mpi]" (Debian: apt-get install openmpi-bin '
                "libopenmpi-dev first); see docs/mpi.md"
            ) from exc
        _world = MPI.COMM_WORLD
    return _world


def world() -> Any:
    """``COMM_WORLD`` once :func:`enable` ran, else ``None`` (one process, no MPI)."""
    return _world


def wait(request: Any, deadline: float | None = None) -> bool:
    """Wait for an MPI request by polling it, sleeping between looks; ``False`` if ``deadline`` passed.

    A blocking ``Wait`` would spin a core (Open MPI busy-polls) and, on a rank's main thread,
    keep Python's signal handlers (SIGTERM) from running until it returns.
    """
    while not request.Test():
        if deadline is not None and time.monotonic() > deadline:
            return False
        time.sleep(POLL_S)
    return True


def barrier(comm: Any, deadline: float | None = None) -> bool:
    """Every rank of ``comm`` got here (a polled ``Ibarrier``); ``False`` if ``deadline`` passed first."""
    return wait(comm.Ibarrier(), deadline)
