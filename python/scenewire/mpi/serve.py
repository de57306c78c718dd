"""``scenewire serve MODULE:Session --mpi`` under ``mpiexec``: rank 0 serves, every rank runs the session.

Rank 0 runs the WebSocket server as ``--shared --start-now`` would (an MPI
job is one long-lived run: the ranks start together and cannot wait for a
first client), with the session on a thread of its own process (a worker
process would be outside the MPI job), wrapped in an
:class:`~.leader.MpiLeader`. The other ranks run :func:`~.follower.follow`.
The server is done when the run ends (``stop_session``, linger, SIGTERM, a
failed rank); then every rank meets at a last barrier, and a rank that does
not come within ``END_WAIT_S`` gets the job aborted.

SIGTERM (``mpiexec`` forwards it to every rank): rank 0 closes its clients
1001 and ends the run after the current tick, which sends ``end`` to the
others; each runs ``shutdown()``. A rank that hears nothing from rank 0
within ``TERM_GRACE_S`` of its own SIGTERM runs ``shutdown()`` and leaves.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import time
from collections.abc import Callable
from typing import Any

from ..session import SessionSource
from .faults import ABORT_CODE, FaultLine, FaultReporter
from .follower import follow
from .leader import LeaderSource
from .ticks import TickCast
from .world import barrier, enable

log = logging.getLogger("scenewire.mpi")

END_WAIT_S = 10.0
TERM_GRACE_S = 5.0
FAULT_WAIT_S = 30.0
TERMINATED = 143  # the CLI's exit status after SIGTERM

Serve = Callable[..., int]


def serve_mpi(source: SessionSource, name: str, args: argparse.Namespace, serve: Serve) -> int:
    """Run this rank's part of the job; ``serve`` is the CLI's ``serve_source`` (rank 0 only)."""
    comm = enable()
    rank, size = comm.Get_rank(), comm.Get_size()
    logging.basicConfig(format=f"[rank {rank}] %(levelname)s %(name)s: %(message)s")
    cast, line = TickCast(comm), FaultLine(comm)  # collective, in this order on every rank
    if rank == 0:
        return _lead(source, name, args, serve, comm, cast, line, size)
    return _follow(source, comm, cast, line)


def _lead(
    source: SessionSource,
    name: str,
    args: argparse.Namespace,
    serve: Serve,
    comm: Any,
    cast: TickCast,
    line: FaultLine,
    size: int,
) -> int:
    if getattr(args, "isolation", None) == "process":
        raise SystemExit("scenewire: --mpi runs the session on a thread of rank 0 (a worker process is outside MPI)")
    args.isolation, args.shared, args.start_now, args.once = "thread", True, True, True
    faults = FaultReporter(line)

    def ready(server: Any) -> None:
        faults.attach(server)
        print(f"scenewire: the session runs on {size} MPI rank{'s' if size > 1 else ''}; rank 0 serves", flush=True)

    try:
        leader = LeaderSource(source, cast if size > 1 else None, faults)
        status = serve(leader, name, args, on_ready=ready, before_stop=faults.ending)
    except SystemExit as exc:  # no server (a port in use, a bad option): the other ranks must not wait for it
        print(exc.code if isinstance(exc.code, str) else f"scenewire: exit {exc.code}", file=sys.stderr, flush=True)
        comm.Abort(ABORT_CODE)
        raise
    finally:
        faults.stop()
    if faults.fault is not None:
        time.sleep(FAULT_WAIT_S)  # the reporter aborts the job meanwhile
    if not barrier(comm, time.monotonic() + END_WAIT_S):
        print("scenewire: a rank did not end; aborting the MPI job", file=sys.stderr, flush=True)
        comm.Abort(ABORT_CODE)
    if status == TERMINATED:
        _leave(status)
    return status


def _follow(source: SessionSource, comm: Any, cast: TickCast, line: FaultLine) -> int:
    termed: list[float] = []

    def on_term(signum: int, frame: Any) -> None:
        termed.append(time.monotonic())

    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGINT, on_term)

    def give_up() -> bool:
        return bool(termed) and time.monotonic() - termed[0] > TERM_GRACE_S

    if not follow(source, cast, line, give_up):
        _leave(TERMINATED)  # a broadcast is still pending: MPI_Finalize would wait for it
    if not barrier(comm, time.monotonic() + END_WAIT_S):
        _leave(ABORT_CODE)
    if termed:
        _leave(TERMINATED)
    return 0


def _leave(status: int) -> None:
    """Exit now, without ``MPI_Finalize``: after a SIGTERM, mpiexec is tearing the job down and
    ``MPI_Finalize`` would wait for it until the SIGKILL that follows (Open MPI 4.1: seconds later)."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)
