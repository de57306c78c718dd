"""Ranks 1..N-1: the same session, driven by rank 0's tick broadcast instead of a connection."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from ..protocol.limits import MAX_SESSION_ERROR_TEXT_BYTES
from ..protocol.text import bounded_traceback, exception_text
from ..session import SessionSource, build_session
from .faults import FaultLine
from .ticks import ADVANCE, COMMANDS, END, TickCast

log = logging.getLogger("scenewire.mpi")


def follow(source: SessionSource, cast: TickCast, faults: FaultLine, give_up: Callable[[], bool]) -> bool:
    """Build, initialize and advance the session as rank 0 says until its ``end``; ``shutdown()`` at the end.

    A ``handle()`` that raises is logged here and the rank goes on (rank 0,
    running the same code, tells the client); ``initialize()`` or ``advance()``
    raising ends the job (:class:`~.faults.FaultLine`). Returns ``True`` on a clean
    end, ``False`` when ``give_up()`` ended the wait (SIGTERM and no word from rank 0).
    """
    rank = cast.comm.Get_rank()
    session = None
    where = "building the session"
    try:
        session = build_session(source)
        where = "initialize"
        session.initialize()
        session.read_updates()
        while True:
            where = "waiting for rank 0"
            message = cast.receive(give_up)
            if message is None:
                return False
            if message[0] == END:
                return True
            if message[0] == COMMANDS:
                for command in message[1]:
                    try:
                        session.handle(command)
                    except Exception as exc:
                        log.error("rank %d: handle(%s) failed: %s", rank, command.wire_kind, exception_text(exc, 500))
            elif message[0] == ADVANCE:
                where = "advance"
                session.advance()
            session.read_updates()
    except Exception as exc:
        log.error("rank %d: %s failed:\n%s", rank, where, bounded_traceback(exc, MAX_SESSION_ERROR_TEXT_BYTES))
        faults.report(f"{where}: {exception_text(exc, MAX_SESSION_ERROR_TEXT_BYTES)}")  # aborts the job
        return False
    finally:
        if session is not None:
            started = time.monotonic()
            try:
                session.shutdown()
            except Exception as exc:
                log.error("rank %d: shutdown failed: %s", rank, exception_text(exc, 500))
            log.info("rank %d: shutdown() ran in %.3f s", rank, time.monotonic() - started)
