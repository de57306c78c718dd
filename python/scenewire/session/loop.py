"""The one session loop every transport runs.

The pipe worker and the WebSocket server differ only in the
:class:`~scenewire.session.channel.Channel` they hand to :func:`run_session`;
ordering, error reporting and shutdown live here once.

Per tick: every command that arrived goes to ``handle()`` (a ``stop_session``
too, then the loop ends), then ``advance()`` if ``is_live()``, then the
updates are drained and sent, then the loop waits ``idle_sleep()`` seconds or
until the next command arrives, whichever is first.

Every batch the loop sends ends with an update carrying ``tick_end`` (§7.12):
the tick's number and the session's ``sim_time()``, so that a frontend can
apply a tick's updates together.

An exception inside the session becomes an ``error`` update with code
``session_error``. After ``handle()`` raises, the session goes on with the
next command. After ``advance()`` raises, the run stops (§2.4): the loop does
not call ``advance()`` again until the next command arrives (a ``reset``, a
key, an action or a changed control may fix the cause), so a broken model
does not repeat its error every tick, and says so: the error's message starts
"the run stopped", and a ``status`` without a timeout keeps saying it until a
command resumes the run (then a ``status`` says it runs again). A session
that cannot be built or initialized is reported the same way and ends the
loop. ``shutdown()`` runs however the loop ends.

Run control (§6.8, 1.1) lives here too, so every session has it without code
of its own: a ``run_control`` never reaches ``handle()``; a paused loop calls
no ``advance()`` but still handles every other command (and sends what they
emit, as ticks); ``step`` N runs N ``advance()`` calls, then the run waits
again; ``speed`` spaces ``advance()`` calls at least ``1 / ticks_per_s`` s
apart. The loop sends ``run_state``, outside every tick, before the updates
of the tick in which a ``run_control`` took effect (every tick after it runs
under it), and after the tick that ends a step, stops the run or resumes it
by another command (these once run control was used).
"""

from __future__ import annotations

import contextlib
import copy
import logging
import time
from enum import Enum

from ..protocol import UPDATES, Error, SceneReady, SessionCommand, SessionUpdate, Status, StopSession, Tick
from ..protocol.close import cut_text
from ..protocol.limits import MAX_ERROR_TEXT_BYTES, MAX_SESSION_ERROR_TEXT_BYTES
from ..protocol.run_control import PAUSE, PAUSED, RESUME, RUNNING, STEP, STOPPED, RunControl, RunState
from ..protocol.text import bounded_traceback, exception_text, shown
from ..scene import Scene
from ..wire import ErrorCode
from .base import DEFAULT_IDLE_SLEEP, Session
from .channel import Channel, ChannelClosed
from .source import SessionSource, build_session, describe_source, startup_scene_of

log = logging.getLogger("scenewire.session")


class LoopEnd(str, Enum):
    """Why :func:`run_session` returned; a transport picks its close code from it."""

    STOPPED = "stopped"  # the frontend sent stop_session
    CLOSED = "closed"  # the channel closed (the client left, the transport stopped)
    FAILED = "failed"  # the session could not be built or initialized


def session_error(where: str, exc: BaseException) -> Error:
    """The ``error`` update that reports an exception raised inside the session.

    Its text is cut to ``MAX_SESSION_ERROR_TEXT_BYTES``, and so is the log line: an exception often quotes
    the command's value (``float()`` of a 1 MiB string quotes 4 MiB), which a client chose.
    """
    log.error("session %s failed:\n%s", where, bounded_traceback(exc, MAX_SESSION_ERROR_TEXT_BYTES))
    text = exception_text(exc, MAX_SESSION_ERROR_TEXT_BYTES)
    return Error(message=cut_text(f"{where}: {text}", MAX_SESSION_ERROR_TEXT_BYTES), code=ErrorCode.SESSION_ERROR.value)


#: how long the status that says a stopped run runs again stays (the one that says it stopped stays until replaced)
RESUMED_STATUS_MS = 3000


def run_stopped(exc: BaseException) -> list[SessionUpdate]:
    """The ``error`` and ``status`` that say ``advance()`` raised and the run stopped until the next command."""
    error = session_error("advance", exc)
    resume = "it runs again after the next command (a key, an action, a control)"
    error.message = f"the run stopped: {error.message}; {resume}"
    return [error, Status(message=f"the run stopped: advance() raised {type(exc).__name__}")]


def run_resumed() -> Status:
    """The ``status`` that says a command let a stopped run go on (sent before the tick's own updates)."""
    return Status(message="the run goes on after a command", timeout_ms=RESUMED_STATUS_MS)


NO_SCENE = (
    "initialize() returned None, so the frontend has no scene for the {kind} that followed: "
    "return the Scene from initialize() (or emit SceneReady before other updates)"
)
NEEDS_NO_SCENE = (SceneReady, Error, Status)


class _TickingChannel:
    """A channel whose every non-empty batch ends with a ``tick_end`` mark (§7.12).

    After an ``initialize()`` that returned no scene (``awaiting_scene``), the
    first update that needs one gets an error before it naming ``initialize()``,
    once: a frontend alone can only say it has no scene.
    """

    __slots__ = ("awaiting_scene", "channel", "index", "session")

    def __init__(self, channel: Channel) -> None:
        self.channel = channel
        self.session: Session | None = None
        self.index = 0
        self.awaiting_scene = False

    def receive(self, timeout: float) -> list[SessionCommand]:
        return self.channel.receive(timeout)

    def mark(self, phase: str) -> None:
        """Tell a channel that watches the session's start (the server's watchdog) that ``phase`` was reached.

        ``"starting"``: the session is about to be built; ``"initialized"``: ``initialize()`` returned.
        """
        hook = getattr(self.channel, phase, None)
        if hook is not None:
            hook()

    def send_outside(self, messages: list[RunState]) -> None:
        """Messages outside every tick (§7.12 rule 2): no ``tick_end``, no tick counted."""
        self.channel.send(messages)  # type: ignore[arg-type]

    def send(self, updates: list[SessionUpdate]) -> None:
        if self.awaiting_scene:
            updates = self._tell_no_scene(updates)
        if updates:
            last = copy.copy(updates[-1])  # the session's own object stays unmarked
            last.tick_end = Tick(index=self.index, time=self._time())
            updates = [*updates[:-1], last]
            self.index += 1
        self.channel.send(updates)

    def _tell_no_scene(self, updates: list[SessionUpdate]) -> list[SessionUpdate]:
        for i, update in enumerate(updates):
            if isinstance(update, SceneReady):
                self.awaiting_scene = False
                return updates
            if not isinstance(update, NEEDS_NO_SCENE):
                self.awaiting_scene = False
                kind = getattr(update, "wire_kind", type(update).__name__)
                error = Error(message=NO_SCENE.format(kind=kind), code=ErrorCode.SESSION_ERROR.value)
                return [*updates[:i], error, *updates[i:]]
        return updates

    def _time(self) -> float | None:
        hook = getattr(self.session, "sim_time", None)
        if hook is None:
            return None
        try:
            value = hook()
            return None if value is None else float(value)
        except Exception as exc:  # a broken clock must not break the tick
            log.warning("sim_time() failed: %s", shown(exception_text(exc, MAX_ERROR_TEXT_BYTES)))
            return None


def run_session(source: SessionSource, channel: Channel) -> LoopEnd:
    """Build the session from ``source`` and run it over ``channel`` until it ends."""
    session: Session | None = None
    ticking = _TickingChannel(channel)
    try:
        try:
            startup = startup_scene_of(source)
        except Exception as exc:
            ticking.send([session_error("startup_scene", exc)])
        else:
            if startup is not None:
                ticking.send(_checked([_scene_ready(startup)]))
        ticking.mark("starting")
        try:
            session = build_session(source)
            ticking.session = session
        except Exception as exc:
            ticking.send([session_error(f"building {describe_source(source)}", exc)])
            return LoopEnd.FAILED
        try:
            scene = session.initialize()
        except Exception as exc:
            ticking.send([*_drain(session), session_error("initialize", exc)])
            return LoopEnd.FAILED
        ticking.mark("initialized")
        ticking.awaiting_scene = scene is None
        first = [_scene_ready(scene)] if scene is not None else []
        ticking.send(_checked(first + _drain(session)))
        return _tick_until_end(session, ticking)
    except ChannelClosed:
        return LoopEnd.CLOSED
    finally:
        if session is not None:
            _shut_down(session, ticking)


#: how long a paused or stopped loop waits for a command before it looks again (a command wakes it at once)
IDLE_WAIT_S = 0.5


class RunMode:
    """What run control (§6.8) holds between ticks: running, paused or stopped, steps to take, the speed limit.

    A stopped run (§2.4, ``advance()`` raised) and a paused one differ: any
    command lets a stopped run go on; only ``run_control`` resumes a paused one.
    ``told`` turns true with the first ``run_control``: only then does the loop
    send ``run_state`` (1.1), so a 1.0 client, which cannot send one, never gets one.
    """

    __slots__ = ("ahead", "last_advance", "pending", "state", "steps_left", "ticks_per_s", "told")

    def __init__(self) -> None:
        self.state = RUNNING
        self.steps_left = 0
        self.ticks_per_s: float | None = None
        self.last_advance: float | None = None
        self.told = False
        self.ahead: list[RunState] = []
        """``run_state`` messages to send before this tick's updates: one per ``run_control``, which it runs under."""
        self.pending: list[RunState] = []
        """``run_state`` messages to send after this tick's updates: a step's end, a stop, a resume by a command."""

    @property
    def advancing(self) -> bool:
        return self.state == RUNNING or self.steps_left > 0

    def control(self, command: RunControl) -> bool:
        """Apply one ``run_control``; ``True`` when it lets a stopped run go on."""
        stopped = self.state == STOPPED
        if command.action == PAUSE:
            self.state, self.steps_left = PAUSED, 0
        elif command.action == RESUME:
            self.state, self.steps_left = RUNNING, 0
        elif command.action == STEP:
            self.state, self.steps_left = PAUSED, command.steps or 1
        else:  # speed: the state stays as it is
            self.ticks_per_s = command.ticks_per_s
        self.told = True
        self.ahead.append(RunState(state=self.state, ticks_per_s=self.ticks_per_s))
        return stopped and self.advancing

    def wait_s(self) -> float:
        """Seconds until the speed limit lets the next ``advance()`` run (0: now)."""
        if self.ticks_per_s is None or self.last_advance is None:
            return 0.0
        return max(0.0, self.last_advance + 1.0 / self.ticks_per_s - time.monotonic())

    def advanced(self) -> None:
        if self.steps_left > 0:
            self.steps_left -= 1
            if self.steps_left == 0:  # a step's end is told: the run waits again
                self._tell()

    def stopped(self) -> None:
        self.state, self.steps_left = STOPPED, 0
        self._tell()

    def resumed(self) -> None:
        self.state = RUNNING
        self._tell()

    def _tell(self) -> None:
        if self.told:
            self.pending.append(RunState(state=self.state, ticks_per_s=self.ticks_per_s))


def _tick_until_end(session: Session, channel: _TickingChannel) -> LoopEnd:
    timeout = 0.0
    mode = RunMode()
    while True:
        commands = channel.receive(timeout)
        updates: list[SessionUpdate] = []
        stop = False
        for command in commands:
            if isinstance(command, RunControl):  # the loop's own (§6.8): never the session's handle()
                if mode.control(command):
                    updates.append(run_resumed())
                continue
            if mode.state == STOPPED and not isinstance(command, StopSession):
                updates.append(run_resumed())
                mode.resumed()
            try:
                session.handle(command)
            except Exception as exc:  # what it emitted before raising goes first
                updates.extend([*_drain(session), session_error(f"handle({command.wire_kind})", exc)])
            if isinstance(command, StopSession):
                stop = True
                break
        if not stop and mode.advancing and mode.wait_s() == 0.0:
            try:
                if _is_live(session):
                    mode.last_advance = time.monotonic()
                    session.advance()
            except Exception as exc:
                updates.extend([*_drain(session), *run_stopped(exc)])
                mode.stopped()
            else:
                mode.advanced()
        updates.extend(_drain(session))
        if mode.ahead:
            channel.send_outside(mode.ahead)
            mode.ahead = []
        channel.send(_checked(updates))
        if mode.pending:
            channel.send_outside(mode.pending)
            mode.pending = []
        if stop:
            return LoopEnd.STOPPED
        if mode.advancing:
            timeout = max(_idle_sleep(session, channel), mode.wait_s())
        elif mode.state == PAUSED:
            timeout = IDLE_WAIT_S
        else:
            timeout = _idle_sleep(session, channel)


def _is_live(session: Session) -> bool:
    is_live = getattr(session, "is_live", None)
    return bool(is_live()) if is_live is not None else False


def _idle_sleep(session: Session, channel: Channel) -> float:
    hook = getattr(session, "idle_sleep", None)
    if hook is None:
        return DEFAULT_IDLE_SLEEP
    try:
        return max(0.0, float(hook()))
    except Exception as exc:
        channel.send([session_error("idle_sleep", exc)])
        return DEFAULT_IDLE_SLEEP


def _drain(session: Session) -> list[SessionUpdate]:
    try:
        return list(session.read_updates())
    except Exception as exc:
        return [session_error("read_updates", exc)]


def _scene_ready(scene: object) -> SessionUpdate:
    if not isinstance(scene, Scene):
        return Error(message=f"expected a Scene, got {type(scene).__name__}", code=ErrorCode.SESSION_ERROR.value)
    return SceneReady(scene=scene)


def _checked(updates: list[SessionUpdate]) -> list[SessionUpdate]:
    """Replace anything that is not an update with an error saying what it was."""
    out: list[SessionUpdate] = []
    for update in updates:
        if isinstance(update, UPDATES):
            out.append(update)
        else:
            out.append(
                Error(
                    message=f"the session emitted {type(update).__name__}, which is not an update",
                    code=ErrorCode.SESSION_ERROR.value,
                )
            )
    return out


def _shut_down(session: Session, channel: Channel) -> None:
    try:
        session.shutdown()
        updates = _drain(session)
    except Exception as exc:
        updates = [session_error("shutdown", exc)]
    if updates:
        with contextlib.suppress(ChannelClosed):
            channel.send(_checked(updates))
