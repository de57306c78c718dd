"""How a failing rank ends the whole job: it tells rank 0, rank 0 tells the clients, then aborts.

A rank whose session raises cannot leave the others waiting in a collective
(they would wait forever), and rank 0's session thread may be one of them.
So the failing rank sends its error on a communicator of its own
(:class:`FaultLine`, a ``Dup`` of the world), and a thread of rank 0 that
polls it (it never blocks in MPI, so it runs while the session thread waits)
hands it to the server's event loop (:class:`FaultReporter`): every client
of the run gets an ``error`` and a close 1011 whose reason names the rank;
then ``MPI_Abort`` ends every rank. A rank that gets no abort within
``SELF_ABORT_S`` aborts the job itself.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import threading
import time
from typing import Any

from ..protocol import CloseCode, Error
from ..protocol.close import cut_text
from ..protocol.limits import MAX_CLOSE_REASON_BYTES, MAX_SESSION_ERROR_TEXT_BYTES
from ..wire import ErrorCode

log = logging.getLogger("scenewire.mpi")

FAULT_TAG = 17
#: how long rank 0 waits for its clients to take the error and the close before it aborts the job
CLOSE_WAIT_S = 3.0
#: how long rank 0 waits for its clients to take the error on SIGTERM (Open MPI kills 1 s after it)
ENDING_WAIT_S = 0.3
#: how long a failed rank waits for rank 0's abort before it aborts the job itself
SELF_ABORT_S = 15.0
#: how often rank 0's watcher looks for a fault
WATCH_S = 0.02
ABORT_CODE = 70


class FaultLine:
    """The fault messages' own communicator (made collectively, on every rank, at start)."""

    def __init__(self, comm: Any) -> None:
        self.comm = comm.Dup()

    def report(self, text: str) -> None:
        """On a failing rank: send ``text`` to rank 0, then wait to be aborted (or abort)."""
        rank = self.comm.Get_rank()
        log.error("MPI rank %d failed: %s", rank, text)
        if rank == 0:
            raise AssertionError("rank 0 reports through its FaultReporter")
        request = self.comm.isend(text, dest=0, tag=FAULT_TAG)
        deadline = time.monotonic() + SELF_ABORT_S
        while time.monotonic() < deadline:
            request.Test()
            time.sleep(0.01)
        self.comm.Abort(ABORT_CODE)


class FaultReporter:
    """Rank 0's side: a watcher thread on the fault line, and the report to the clients on the event loop."""

    def __init__(self, line: FaultLine) -> None:
        self.line = line
        self.server: Any = None
        self.loop: asyncio.AbstractEventLoop | None = None
        self.fault: tuple[int, str] | None = None
        self._stop = threading.Event()
        self._aborting: asyncio.Future[None] | None = None
        self._thread = threading.Thread(target=self._watch, name="scenewire-mpi-faults", daemon=True)
        self._thread.start()

    def attach(self, server: Any) -> None:
        """Called on the event loop once the server is bound: reports go to this server's run."""
        self.server, self.loop = server, asyncio.get_running_loop()
        if self.fault is not None:
            self.loop.call_soon(self._tell, *self.fault)

    def stop(self) -> None:
        self._stop.set()

    def report(self, rank: int, text: str) -> None:
        """From any thread: rank ``rank`` failed with ``text``; the clients are told and the job aborted."""
        if self.fault is not None:
            return
        self.fault = (rank, text)
        log.error("MPI rank %d failed: %s", rank, text)
        if self.loop is not None:
            self.loop.call_soon_threadsafe(self._tell, rank, text)
        threading.Thread(target=self._abort_later, args=(CLOSE_WAIT_S + 5.0,), daemon=True).start()

    def _watch(self) -> None:
        comm = self.line.comm
        from mpi4py import MPI

        status = MPI.Status()
        while not self._stop.is_set():
            if comm.Iprobe(source=MPI.ANY_SOURCE, tag=FAULT_TAG, status=status):
                text = comm.recv(source=status.Get_source(), tag=FAULT_TAG)
                self.report(status.Get_source(), str(text))
            time.sleep(WATCH_S)

    async def ending(self, signum: int) -> None:
        """Before a signal stops rank 0's server: every client gets an ``error`` and a close saying why.

        ``mpiexec`` sends every rank SIGTERM when it is stopped, and when a rank died; rank 0
        cannot tell which, so the message names both.
        """
        if self.fault is not None or self.server is None:
            return
        name = signal.Signals(signum).name
        message = f"the MPI job is ending: {name} from mpiexec (it was stopped, or a rank died; see its output)"
        reason = cut_text(f"the MPI job is ending ({name} from mpiexec)", MAX_CLOSE_REASON_BYTES)
        run = getattr(self.server, "run", None)
        clients = list(run.clients) if run is not None else []
        error = self.server.codec.encode(Error(message=message, code=ErrorCode.SESSION_ERROR.value))
        for client in clients:
            client.outbox.put_own(error)
            client.outbox.finish(int(CloseCode.GOING_AWAY), reason)
        deadline = time.monotonic() + ENDING_WAIT_S
        while run is not None and run.clients and time.monotonic() < deadline:
            await asyncio.sleep(0.01)

    def _tell(self, rank: int, text: str) -> None:
        message = cut_text(f"MPI rank {rank} failed: {text}", MAX_SESSION_ERROR_TEXT_BYTES)
        reason = cut_text(f"MPI rank {rank} failed; the job was aborted (see the error)", MAX_CLOSE_REASON_BYTES)
        run = getattr(self.server, "run", None)
        clients = list(run.clients) if run is not None else []
        error = self.server.codec.encode(Error(message=message, code=ErrorCode.SESSION_ERROR.value))
        for client in clients:
            client.outbox.put_own(error)
            client.outbox.finish(int(CloseCode.INTERNAL_ERROR), reason)
        self._aborting = asyncio.ensure_future(self._abort_when_told(run))

    async def _abort_when_told(self, run: Any) -> None:
        deadline = time.monotonic() + CLOSE_WAIT_S
        while run is not None and run.clients and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        self.line.comm.Abort(ABORT_CODE)

    def _abort_later(self, seconds: float) -> None:
        time.sleep(seconds)  # the event loop did not abort in time (no server yet, or it is stuck)
        self.line.comm.Abort(ABORT_CODE)
