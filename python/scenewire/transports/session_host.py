"""Where the WebSocket server runs a connection's session: a worker process or a thread.

Both hosts run the one session loop (:func:`scenewire.session.run_session`),
encode updates into frames where the session runs, and hand the frames to the
connection's :class:`~scenewire.transports.outbox.FrameOutbox`; commands reach
the loop through a :class:`~scenewire.session.CommandInbox`. The server sees
only :class:`SessionHost`.

**Process (the default).** A simulator such as NEURON holds the GIL for the
whole of a long ``advance()``; on a thread it would freeze the event loop
with it: no keepalive pongs, no answer to a bad frame, no close. So the
session runs in a spawned worker that imports only the session's module and
scenewire. The worker encodes each update and writes the frame to a pipe; a
relay thread in the server reads the frames and puts them in the outbox. The
worker writes a frame only while it has credit (:mod:`.backlog`): the bytes
it wrote that the socket has not yet taken stay within the backlog budget,
so backpressure reaches the session as it does on a thread, and the pipe,
the relay and the outbox together never hold more than the credit.
Commands go the other way, pickled, through a second pipe fed by a forwarder
thread (a pipe write may block; the event loop must not). When the client
leaves, the command pipe is closed; the loop sees the channel close after its
current tick and runs ``shutdown()``. The worker ignores SIGINT: Ctrl-C is
the server's to handle, and the worker then ends through the same path. A
worker that dies (a crash inside the simulator, ``os._exit``) is reported as
an ``error`` and the connection closes 1011.

**Thread.** For sessions that release the GIL while they compute, or whose
source cannot be pickled (a closure, a lambda): no spawn cost, no pickling.
The outbox's bound is the session's credit. A thread cannot be killed: one
that does not end is left behind (a daemon), and the server says so.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import pickle
import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from multiprocessing.connection import Connection
from typing import Any, Protocol

from ..protocol import Error, SessionCommand, SessionUpdate
from ..protocol.close import cut_text
from ..protocol.limits import MAX_ERROR_TEXT_BYTES, MAX_FRAME_BYTES, MAX_INBOX_COMMANDS, MAX_SESSION_ERROR_TEXT_BYTES
from ..protocol.text import bounded_traceback, exception_text, shown
from ..session import ChannelClosed, CommandInbox, LoopEnd, SessionSource, run_session
from ..session.headless import quiet_headless_simulators
from ..session.source import describe_source
from ..wire import ErrorCode
from ..wire.codec import Codec
from . import framepipe
from .backlog import CreditLine, WorkerCredit
from .command_gate import CommandGate
from .framepipe import FrameReader, enlarge_pipe, write_frames
from .outbox import FrameOutbox
from .pipe import ConnectionChannel

log = logging.getLogger("scenewire.server")

# A frame always starts with a MessagePack map marker (0x80-0x8f, 0xde, 0xdf);
# a message on the frame pipe that starts with 0x00 is the worker's end mark,
# followed by the LoopEnd value in ASCII.
_END_MARK = b"\x00"
_INITIALIZED_MARK = b"\x01"  # initialize() has returned (the server's watchdog stops)
_STARTING_MARK = b"\x02"  # the session is about to be built (the watchdog's clock starts)
RELAY_BATCH_FRAMES = 64
"""At most this many frames cross from the relay to the event loop in one hand-off."""


class Isolation(str, Enum):
    """Where the session of a connection runs."""

    PROCESS = "process"
    THREAD = "thread"


def resolve_isolation(isolation: Isolation | str | None) -> Isolation:
    """``None`` means a worker process where the frame pipe works (POSIX), else a thread."""
    if isolation is None:
        return Isolation.PROCESS if framepipe.SUPPORTED else Isolation.THREAD
    try:
        chosen = Isolation(isolation)
    except ValueError:
        raise ValueError(f"isolation is 'process' or 'thread', not {isolation!r}") from None
    if chosen is Isolation.PROCESS and not framepipe.SUPPORTED:
        raise ValueError("isolation='process' needs os.writev and os.readv (POSIX: Linux, WSL, macOS)")
    return chosen


@dataclass(frozen=True)
class SessionEnd:
    """How a hosted session ended: the loop's reason, and a close reason for the client."""

    end: LoopEnd
    detail: str = ""


def encode_updates(codec: Codec, updates: list[SessionUpdate]) -> list[bytes]:
    """One tick's updates as frames; an update that cannot be encoded, or whose frame would be over the
    frame limit (§11), becomes an ``error`` frame (the tick's end mark moves to it): no frame above the
    limit is ever sent."""
    limits = getattr(codec, "limits", None)
    limit = getattr(limits, "max_frame_bytes", MAX_FRAME_BYTES)
    frames = []
    for update in updates:
        try:
            frame = codec.encode(update)
        except Exception as exc:  # encoded where the session runs, so a bad update is the session's fault
            why = (
                f"the session emitted a {update.wire_kind} that cannot be encoded: "
                f"{exception_text(exc, MAX_ERROR_TEXT_BYTES)}"
            )
            log.error("%s:\n%s", why, bounded_traceback(exc, MAX_SESSION_ERROR_TEXT_BYTES))
        else:
            if len(frame) <= limit:
                frames.append(frame)
                continue
            why = (
                f"the session emitted a {update.wire_kind} of {len(frame)} bytes, over the {limit}-byte frame "
                "limit; it was not sent"
            )
            log.error("%s", shown(why))
        error = Error(message=cut_text(why, MAX_ERROR_TEXT_BYTES), code=ErrorCode.SESSION_ERROR.value)
        error.tick_end = getattr(update, "tick_end", None)
        frames.append(codec.encode(error))
    return frames


class SessionHost(Protocol):
    """One connection's running session, as the server drives it."""

    def start(self) -> None:
        """Start the session; ``on_done`` is called (from another thread) once it has ended."""
        ...

    def command(self, command: SessionCommand) -> None:
        """Queue a command for the session; never blocks."""
        ...

    def close(self) -> None:
        """No more commands: the session ends after its current tick, ``shutdown()`` included."""
        ...

    def join(self) -> SessionEnd:
        """Wait until the session has ended (call after ``on_done``); how it ended."""
        ...

    def kill(self) -> bool:
        """Give up on a session that does not end (its ``shutdown()`` will not run); never blocks long.

        ``False`` when it cannot be killed (a thread): it is left behind.
        """
        ...

    def outstanding(self) -> int:
        """Bytes the session wrote that the socket has not yet taken (the credit in use)."""
        ...

    @property
    def phase(self) -> str:
        """Where the session is: what a log says about one that does not end."""
        ...


def make_host(
    isolation: Isolation,
    source: SessionSource,
    codec: Codec,
    outbox: FrameOutbox,
    on_done: Callable[[], None],
    on_initialized: Callable[[], None] = lambda: None,
    gate: CommandGate | None = None,
    on_starting: Callable[[], None] = lambda: None,
    credit: int | None = None,
) -> SessionHost:
    """The host for ``isolation``.

    Called from another thread: ``on_starting`` when the session is about to be built (a worker
    has spawned and imported the session's module), ``on_initialized`` once ``initialize()`` returned.
    ``credit``: the bytes the session may have written and the socket not yet taken (``None``: no bound);
    on a thread the outbox enforces it, so give the outbox that bound.
    """
    host: _Host = (ProcessHost if isolation is Isolation.PROCESS else ThreadHost)(source, codec, outbox, on_done)
    host.on_initialized = on_initialized
    host.on_starting = on_starting
    host.gate = gate
    host.credit = credit
    return host


def check_picklable(source: SessionSource) -> None:
    """Raise ``TypeError`` saying what to do when ``source`` cannot reach a worker process."""
    try:
        pickle.dumps(source)
    except Exception as exc:
        raise TypeError(
            f"{describe_source(source)} cannot be sent to a worker process ({exc}); define it at module "
            f"level, or serve it with isolation='thread' (--isolation thread)"
        ) from None


# -- thread ------------------------------------------------------------------


class _OutboxChannel:
    """The session loop's channel on a thread: commands from the inbox, frames to the outbox."""

    def __init__(self, inbox: CommandInbox, outbox: FrameOutbox, codec: Codec, host: _Host) -> None:
        self.inbox = inbox
        self.outbox = outbox
        self.codec = codec
        self.host = host

    def initialized(self) -> None:
        self.host.reached(RUNNING)

    def starting(self) -> None:
        self.host.reached(INITIALIZING)

    def receive(self, timeout: float) -> list[SessionCommand]:
        commands = self.inbox.take(timeout)
        if self.host.gate is not None:
            self.host.gate.taken(len(commands))
        return commands

    def send(self, updates: list[SessionUpdate]) -> None:
        self.outbox.put(encode_updates(self.codec, updates))


STARTING = "starting (a worker's spawn, the import of the session's module, startup_scene())"
INITIALIZING = "building the session and running its initialize()"
RUNNING = "running"
ENDED = "ended"


class _Host:
    """What both hosts share: the command inbox, the session's phase, and how an ended session is announced."""

    def __init__(self, source: SessionSource, codec: Codec, outbox: FrameOutbox, on_done: Callable[[], None]):
        self.source = source
        self.codec = codec
        self.outbox = outbox
        self.on_done = on_done
        self.on_initialized: Callable[[], None] = lambda: None
        self.on_starting: Callable[[], None] = lambda: None
        self.gate: CommandGate | None = None
        self.credit: int | None = None
        self.inbox = CommandInbox()
        self.result = SessionEnd(LoopEnd.FAILED, "the session did not run")
        self._phase = STARTING

    @property
    def phase(self) -> str:
        return self._phase

    def reached(self, phase: str) -> None:
        """The session reached ``phase`` (called from the thread that runs or relays it)."""
        self._phase = phase
        if phase == INITIALIZING:
            self.on_starting()
        elif phase == RUNNING:
            self.on_initialized()

    def outstanding(self) -> int:
        return self.outbox.held_bytes

    def command(self, command: SessionCommand) -> None:
        self.inbox.put(command)

    def close(self) -> None:
        self.inbox.close()

    def _report(self, message: str) -> None:
        """An ``error`` frame of the host's own (the session cannot send it); dropped if the client left."""
        with contextlib.suppress(ChannelClosed):
            self.outbox.put([self.codec.encode(Error(message=message, code=ErrorCode.SESSION_ERROR.value))])

    def _finish(self) -> None:
        """The session has ended: the sender stops after its frames, the server is told."""
        self._phase = ENDED
        with contextlib.suppress(Exception):
            self.outbox.finish()
        self.on_done()


class ThreadHost(_Host):
    """The session loop on a thread of the server's process."""

    def __init__(self, source: SessionSource, codec: Codec, outbox: FrameOutbox, on_done: Callable[[], None]):
        super().__init__(source, codec, outbox, on_done)
        self.channel = _OutboxChannel(self.inbox, outbox, codec, self)
        self.thread = threading.Thread(target=self._main, name="scenewire-session", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def _main(self) -> None:
        try:
            self.result = SessionEnd(run_session(self.source, self.channel))
        except BaseException:
            log.exception("the session loop itself failed")
            self.result = SessionEnd(LoopEnd.FAILED, "the session loop failed; see the server's log")
        finally:
            self._finish()

    def join(self) -> SessionEnd:
        self.thread.join()
        return self.result

    def kill(self) -> bool:
        if not self.thread.is_alive():
            return True
        log.warning(
            "the session thread cannot be stopped; it is left behind (a daemon thread of this process, still %s); "
            "its shutdown() runs only if it ever gets there",
            self.phase,
        )
        return False


# -- process -----------------------------------------------------------------


class _FramePipeChannel(ConnectionChannel):
    """The worker's channel: pickled commands in, encoded frames out."""

    max_batch = MAX_INBOX_COMMANDS  # a flood waits in the pipe, not in the worker's memory

    def __init__(self, commands: Connection, frames: Connection, codec: Codec, credit: WorkerCredit | None) -> None:
        super().__init__(commands)
        self.frames = frames
        self.codec = codec
        self.credit = credit

    def send(self, updates: list[SessionUpdate]) -> None:
        """Write the tick's frames, each once it fits in the credit (the frames before it go first)."""
        frames = encode_updates(self.codec, updates)
        try:
            if self.credit is None:
                write_frames(self.frames.fileno(), frames)
                return
            ready: list[bytes] = []
            for frame in frames:
                while not self.credit.take(len(frame)):
                    if ready:  # what fits goes now, so that the socket can take it and return credit
                        write_frames(self.frames.fileno(), ready)
                        ready = []
                    self.credit.wait()
                ready.append(frame)
            if ready:
                write_frames(self.frames.fileno(), ready)
        except OSError:  # the server is gone (EPIPE)
            raise ChannelClosed from None

    def initialized(self) -> None:
        with contextlib.suppress(OSError):
            write_frames(self.frames.fileno(), [_INITIALIZED_MARK])

    def starting(self) -> None:
        with contextlib.suppress(OSError):
            write_frames(self.frames.fileno(), [_STARTING_MARK])


def _worker_main(
    source: bytes, codec: Codec, commands: Connection, frames: Connection, credit: WorkerCredit | None
) -> None:
    """Entry point of the spawned session worker; ``source`` is pickled (its import is the session's start)."""
    # the server stops us through the command pipe, also when a signal reached the whole process group
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    logging.basicConfig(level=logging.WARNING, format="scenewire worker: %(levelname)s %(name)s: %(message)s")
    quiet_headless_simulators()  # before the session's module (and NEURON) is imported
    end = LoopEnd.FAILED
    channel = _FramePipeChannel(commands, frames, codec, credit)
    try:
        try:
            loaded = pickle.loads(source)  # imports the session's module: part of the session's start
        except Exception as exc:
            log.error("could not load the session in the worker", exc_info=exc)
            channel.send([Error(message=f"could not load the session: {exc}", code=ErrorCode.SESSION_ERROR.value)])
        else:
            end = run_session(loaded, channel)
    finally:
        with contextlib.suppress(OSError):
            write_frames(frames.fileno(), [_END_MARK + end.value.encode("ascii")])
        frames.close()
        commands.close()


class ProcessHost(_Host):
    """The session loop in a spawned worker process; two threads here relay its pipes."""

    def __init__(self, source: SessionSource, codec: Codec, outbox: FrameOutbox, on_done: Callable[[], None]):
        super().__init__(source, codec, outbox, on_done)
        self._process: Any = None
        self._credit: CreditLine | None = None
        self._relay = threading.Thread(target=self._relay_main, name="scenewire-relay", daemon=True)
        self._forwarder = threading.Thread(target=self._forward_main, name="scenewire-forwarder", daemon=True)

    def start(self) -> None:
        ctx = multiprocessing.get_context("spawn")
        command_out, command_in = ctx.Pipe(duplex=False)
        frame_out, frame_in = ctx.Pipe(duplex=False)
        enlarge_pipe(frame_out.fileno())
        self._credit = None if self.credit is None else CreditLine(ctx, self.credit)
        self.outbox.on_sent = self._credit.returned if self._credit is not None else (lambda size: None)
        self._process = ctx.Process(
            target=_worker_main,
            args=(
                pickle.dumps(self.source),
                self.codec,
                command_out,
                frame_in,
                None if self._credit is None else self._credit.worker_end(),
            ),
            name="scenewire-session",
            daemon=True,
        )
        try:
            self._process.start()
        except Exception as exc:
            for end in (command_out, command_in, frame_out, frame_in):
                end.close()
            if self._credit is not None:
                self._credit.spawned()
                self._credit.close()
            self._fail_to_start(exc)
            return
        command_out.close()
        frame_in.close()
        if self._credit is not None:
            self._credit.spawned()
        self._commands = command_in
        self._frames = frame_out
        self._reader = FrameReader(frame_out.fileno())
        self._forwarder.start()
        self._relay.start()

    def _fail_to_start(self, exc: BaseException) -> None:
        log.error("could not start the session worker", exc_info=exc)
        self._report(f"could not start the session worker: {exc}")
        self.result = SessionEnd(LoopEnd.FAILED, "could not start the session worker")
        self._finish()

    def join(self) -> SessionEnd:
        if self._relay.ident is not None:  # started
            self._relay.join()
        if self._forwarder.ident is not None:
            self.inbox.close()
            self._forwarder.join()
        return self.result

    def outstanding(self) -> int:
        return self._credit.outstanding if self._credit is not None else self.outbox.held_bytes

    def close(self) -> None:
        super().close()
        if self._credit is not None:  # a worker waiting for credit learns that the client is gone
            self._credit.close()

    def kill(self) -> bool:
        if self._process is None or not self._process.is_alive():
            return True
        log.warning("killing the session worker (pid %s): its shutdown() will not run", self._process.pid)
        self._process.kill()
        self._relay.join(10.0)  # it sees the pipe close, reports, and ends
        return True

    def _forward_main(self) -> None:
        """Commands to the worker, in order; the pipe closes when the server says no more."""
        try:
            while True:
                try:
                    commands = self.inbox.take(1.0)
                except ChannelClosed:
                    return
                for command in commands:
                    with contextlib.suppress(BrokenPipeError, OSError):  # a dead worker is the relay's to report
                        self._commands.send(command)  # blocks while the pipe is full: the worker is busy
                    if self.gate is not None:
                        self.gate.taken(1)
        finally:
            self._commands.close()

    def _relay_main(self) -> None:
        """Frames from the worker to the outbox, batched, until the worker's end mark or death."""
        discard = False  # the client is gone: keep reading so the worker is never stuck writing
        try:
            while True:
                batch, mark = self._read_batch()
                if batch and not discard:
                    try:
                        self.outbox.put(batch)
                    except ChannelClosed:
                        discard = True
                if mark is not None:
                    self.result = _end_from_mark(mark)
                    break
        except (EOFError, OSError):
            self._process.join(5.0)  # it is gone already; this only reaps it
            code = self._process.exitcode
            log.error("the session worker exited unexpectedly (exit code %s)", code)
            if not discard:
                self._report(f"the session worker exited unexpectedly (exit code {code}); see the server's log")
            self.result = SessionEnd(LoopEnd.FAILED, "the session worker died")
        finally:
            self._frames.close()
            self.inbox.close()  # the forwarder stops, whatever the server does
            self._process.join()
            self._finish()

    def _read_batch(self) -> tuple[list[bytes | bytearray], bytes | bytearray | None]:
        """Frames that have arrived (at least one read), and the end mark if it came.

        Raises ``EOFError`` when the pipe closed without an end mark.
        """
        frames = self._reader.read(RELAY_BATCH_FRAMES)
        marks = {_STARTING_MARK: INITIALIZING, _INITIALIZED_MARK: RUNNING}
        if any(bytes(frame[:1]) in marks for frame in frames):
            for frame in frames:
                if bytes(frame[:1]) in marks:
                    self.reached(marks[bytes(frame[:1])])
            frames = [frame for frame in frames if bytes(frame[:1]) not in marks]
        for index, frame in enumerate(frames):
            if frame[:1] == _END_MARK:
                return frames[:index], frame
        return frames, None


def _end_from_mark(mark: bytes | bytearray) -> SessionEnd:
    try:
        return SessionEnd(LoopEnd(mark[1:].decode("ascii")))
    except ValueError:
        return SessionEnd(LoopEnd.FAILED, "the session worker sent an unknown end mark")
