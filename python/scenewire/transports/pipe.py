"""PipeTransport: the session in a spawned worker process (or a thread), same machine.

The worker runs :func:`scenewire.session.run_session` over a pipe channel. One
tick's updates cross as one pickled list (both ends are the same Python and
the same scenewire, so pickle is safe here and skips an encode step); a
``None`` after the last list says the loop ended on purpose, so a pipe that
closes without it means the worker died and is reported as an ``error``
update.

``use_process=False`` runs the same loop on a thread, for places that cannot
spawn processes (some test runners, frozen apps). The session source must be
picklable in process mode: a class or function defined at module level.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import queue
import threading
import time
from multiprocessing.connection import Connection
from typing import Any

from ..protocol import Error, SessionCommand, SessionUpdate, StopSession
from ..session import ChannelClosed, CommandInbox, SessionSource, check_source, run_session
from ..wire import ErrorCode

log = logging.getLogger("scenewire.pipe")

_END = None  # sent after the loop's last batch
STOP_TIMEOUT_S = 5.0
THREAD_QUEUE_TICKS = 16


class ConnectionChannel:
    """The worker's end of a pipe, as the session loop's channel: pickled commands in, tick lists out."""

    max_batch: int | None = None
    """At most this many commands per ``receive`` (the rest wait in the pipe); ``None``: all that arrived."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def receive(self, timeout: float) -> list[SessionCommand]:
        out: list[SessionCommand] = []
        try:
            if not self.conn.poll(timeout):
                return out
            while True:
                out.append(self.conn.recv())
                if len(out) == self.max_batch or not self.conn.poll(0):
                    return out
        except (EOFError, OSError):
            if out:
                return out
            raise ChannelClosed from None

    def send(self, updates: list[SessionUpdate]) -> None:
        if not updates:
            return
        try:
            self.conn.send(updates)
        except (BrokenPipeError, EOFError, OSError):
            raise ChannelClosed from None


def _worker_main(source: SessionSource, conn: Connection) -> None:
    """Entry point of the spawned process."""
    logging.basicConfig(level=logging.WARNING)
    try:
        run_session(source, ConnectionChannel(conn))
        with contextlib.suppress(OSError):
            conn.send(_END)
    finally:
        conn.close()


class _QueueChannel:
    """Thread mode: commands through an inbox, tick batches through a bounded queue."""

    def __init__(self, inbox: CommandInbox, outbox: queue.Queue[list[SessionUpdate] | None]) -> None:
        self.inbox = inbox
        self.outbox = outbox
        self.closed = threading.Event()

    def receive(self, timeout: float) -> list[SessionCommand]:
        return self.inbox.take(timeout)

    def send(self, updates: list[SessionUpdate]) -> None:
        if not updates:
            return
        while not self.closed.is_set():
            try:
                self.outbox.put(updates, timeout=0.1)  # bounded: a slow frontend slows the session
                return
            except queue.Full:
                continue
        raise ChannelClosed


class PipeTransport:
    """Run a session beside the frontend: ``start()``, poll, send, ``stop()``."""

    def __init__(self, source: SessionSource, *, use_process: bool = True, stop_timeout: float = STOP_TIMEOUT_S):
        self.source = check_source(source)
        self.use_process = use_process
        self.stop_timeout = stop_timeout
        self._conn: Connection | None = None
        self._process: Any = None
        self._thread: threading.Thread | None = None
        self._inbox: CommandInbox | None = None
        self._channel: _QueueChannel | None = None
        self._outbox: queue.Queue[list[SessionUpdate] | None] = queue.Queue(maxsize=THREAD_QUEUE_TICKS)
        self._pending: list[SessionUpdate] = []
        self._ended = False  # the loop said it ended, or we reported that it died

    # -- lifecycle ---------------------------------------------------------

    def start(self) -> None:
        if self._process is not None or self._thread is not None:
            raise RuntimeError("PipeTransport.start() was already called")
        if self.use_process:
            ctx = multiprocessing.get_context("spawn")
            parent, child = ctx.Pipe(duplex=True)
            self._process = ctx.Process(
                target=_worker_main, args=(self.source, child), name="scenewire-session", daemon=True
            )
            self._process.start()
            child.close()
            self._conn = parent
        else:
            self._inbox = CommandInbox()
            self._channel = _QueueChannel(self._inbox, self._outbox)
            self._thread = threading.Thread(target=self._thread_main, name="scenewire-session", daemon=True)
            self._thread.start()

    def _thread_main(self) -> None:
        assert self._channel is not None
        try:
            run_session(self.source, self._channel)
        except BaseException as exc:  # the loop reports session faults itself; this is a bug in it
            self._put_final([Error(message=f"session thread died: {exc!r}", code=ErrorCode.SESSION_ERROR.value)])
            raise
        self._put_final(None)

    def _put_final(self, item: list[SessionUpdate] | None) -> None:
        assert self._channel is not None
        while not self._channel.closed.is_set():
            try:
                self._outbox.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def send_command(self, command: SessionCommand) -> None:
        if self._ended:
            return
        if self._conn is not None:
            with contextlib.suppress(BrokenPipeError, OSError):  # a death is reported by poll_updates
                self._conn.send(command)
        elif self._inbox is not None:
            self._inbox.put(command)
        else:
            raise RuntimeError("PipeTransport.send_command() before start()")

    def poll_updates(self) -> list[SessionUpdate]:
        out, self._pending = self._pending, []
        if self._ended:
            return out
        if self._conn is not None:
            self._poll_pipe(out)
        elif self._thread is not None:
            self._poll_queue(out)
        return out

    def _poll_pipe(self, out: list[SessionUpdate]) -> None:
        assert self._conn is not None
        try:
            while self._conn.poll(0):
                batch = self._conn.recv()
                if batch is _END:
                    self._ended = True
                    return
                out.extend(batch)
        except (EOFError, OSError):
            self._ended = True
            self._process.join(1.0)  # it is gone already; this only reaps it
            out.append(
                Error(
                    message=f"the session worker exited unexpectedly (exit code {self._process.exitcode})",
                    code=ErrorCode.SESSION_ERROR.value,
                )
            )

    def _poll_queue(self, out: list[SessionUpdate]) -> None:
        while True:
            try:
                batch = self._outbox.get_nowait()
            except queue.Empty:
                return
            if batch is _END:
                self._ended = True
                return
            out.extend(batch)

    def stop(self) -> None:
        """Send ``stop_session``, wait for ``shutdown()`` to finish, then reap the worker.

        Updates that arrive meanwhile are kept for a last ``poll_updates()``.
        A worker that does not end within ``stop_timeout`` is terminated.
        """
        if self._process is None and self._thread is None:
            return
        self.send_command(StopSession())
        deadline = time.monotonic() + self.stop_timeout
        while not self._ended and time.monotonic() < deadline:
            if self._conn is not None and not self._conn.poll(0.02):
                if not self._process.is_alive():
                    self._pending.extend(self.poll_updates())
                    break
                continue
            if self._thread is not None and not self._thread.is_alive() and self._outbox.empty():
                break
            batch = self.poll_updates()
            self._pending.extend(batch)
            if self._thread is not None and not batch:
                time.sleep(0.01)
        self._ended = True
        if self._process is not None:
            self._process.join(max(0.0, deadline - time.monotonic()))
            if self._process.is_alive():
                log.warning("session worker did not stop within %.1f s; terminating it", self.stop_timeout)
                self._process.terminate()
                self._process.join(2.0)
            assert self._conn is not None
            self._conn.close()
            self._process = None
        if self._thread is not None:
            assert self._channel is not None and self._inbox is not None
            self._inbox.close()
            self._channel.closed.set()
            self._thread.join(max(0.0, deadline - time.monotonic()))
            if self._thread.is_alive():
                log.warning("session thread did not stop within %.1f s; leaving it (daemon)", self.stop_timeout)
            self._thread = None

    def __enter__(self) -> PipeTransport:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
