"""ReplaySession: a recording served again as a session like any other.

The frames go out as they were recorded, at the recorded pace (``speed``
times faster, or as fast as the client reads with ``fast``), so a window
shows a run without the simulator. ``reset`` (or the ``r`` key) starts over.
Damage found in the file becomes an ``error`` update naming what was lost;
everything intact is still played. A frame that does not decode is skipped
the same way.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from ..protocol import UPDATES, Error, InvokeAction, KeyPressed, Reset, SessionCommand, Status, decode
from ..protocol.limits import MAX_SHOWN_TEXT_BYTES
from ..protocol.text import shown
from ..session import BufferedSession
from ..wire import ProtocolError
from ..wire.records import Record
from .container import Frame, Recording, open_recording

FAST_BATCH = 200  # frames per tick with fast: a tick stays short, the outbox applies backpressure
PROGRESS_EVERY_S = 5.0


class ReplaySession(BufferedSession):
    """Plays ``path`` once; ``speed`` > 1 plays faster, ``fast`` ignores the recorded timing."""

    def __init__(
        self,
        path: str | Path,
        speed: float = 1.0,
        fast: bool = False,
        out: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__()
        if speed <= 0:
            raise ValueError(f"speed must be positive, got {speed}")
        self.path = Path(path)
        self.speed = speed
        self.fast = fast
        self.out = out or _print
        self.recording: Recording | None = None
        self.played = 0
        self.skipped = 0
        self.finished = False
        self._next: Frame | None = None
        self._tick_time: float | None = None

    def initialize(self) -> None:
        self._start()
        return None  # the recording's own scene_ready frames are the scene

    def _start(self) -> None:
        self.recording = open_recording(self.path)
        self._frames: Iterator[Frame] = self.recording.frames()
        self._next: Frame | None = next(self._frames, None)
        self._first_ns = self._last_ns = self._next.log_time_ns if self._next else 0
        self._started = time.monotonic()
        self._progress_at = self._started + PROGRESS_EVERY_S
        self._damage_told = 0
        self.played = self.skipped = 0
        self.finished = False
        self._tick_time: float | None = None

    def handle(self, command: SessionCommand) -> None:
        if (
            isinstance(command, Reset)
            or (isinstance(command, InvokeAction) and command.action_id == "reset")
            or (isinstance(command, KeyPressed) and command.key == "r")
        ):
            self._start()
            self.emit(Status(message=f"replaying {self.path.name} from the start", timeout_ms=3000))

    def is_live(self) -> bool:
        return not self.finished

    def idle_sleep(self) -> float:
        """Until the next frame is due (none when behind, or with ``fast``), at most 20 ms."""
        if self.fast or self._next is None:
            return 0.0
        due_s = (self._next.log_time_ns - self._first_ns) / 1e9 / self.speed
        return max(0.0, min(0.02, due_s - (time.monotonic() - self._started)))

    def sim_time(self) -> float | None:
        """The recorded tick's own time, so the loop marks the replayed tick as the session did."""
        return self._tick_time

    def advance(self) -> None:
        """Play what is due, up to the end of one recorded tick (its ``tick_end``).

        One recorded tick per loop tick: the loop puts its ``tick_end`` on the
        last update of each batch, which is then where the recording had it,
        with the same index and time, and a replay sends the recorded bytes.
        """
        assert self.recording is not None
        elapsed_ns = (time.monotonic() - self._started) * 1e9 * self.speed
        sent = 0
        while self._next is not None and sent < FAST_BATCH:
            frame = self._next
            if not self.fast and frame.log_time_ns - self._first_ns > elapsed_ns:
                break
            message = self._play(frame)
            sent += 1
            self._next = next(self._frames, None)
            tick = getattr(message, "tick_end", None)
            if tick is not None:
                self._tick_time = tick.time
                break
        self._tell_damage()
        now = time.monotonic()
        if now >= self._progress_at:
            self._progress_at = now + PROGRESS_EVERY_S
            self.out(f"replay: {self.played} frames, {self._position_s():.1f} s into the recording")
        if self._next is None:
            self.finished = True
            note = f"; {self.skipped} skipped" if self.skipped else ""
            message = f"end of the recording: {self.played} frames, {self._position_s():.1f} s{note}"
            self.out(f"replay: {message}")
            self.emit(Status(message=message))

    def _position_s(self) -> float:
        assert self.recording is not None
        return (self._last_ns - self._first_ns) / 1e9 if self.played else 0.0

    def _play(self, frame: Frame) -> Record | None:
        try:
            message = decode(frame.data)
        except ProtocolError as exc:
            self.skipped += 1
            self.emit(Error(message=f"{self.path.name}: frame {self.played + self.skipped} does not decode: {exc}"))
            return None
        if not isinstance(message, UPDATES):
            self.skipped += 1
            return None
        self.emit(message)  # type: ignore[arg-type]
        self.played += 1
        self._last_ns = frame.log_time_ns
        return message

    def _tell_damage(self) -> None:
        assert self.recording is not None
        for text in self.recording.damage[self._damage_told :]:
            self.out(f"replay: {text}")
            self.emit(Error(message=f"{text}; replayed what was intact"))
        self._damage_told = len(self.recording.damage)


def _print(line: str) -> None:
    print(shown(line, MAX_SHOWN_TEXT_BYTES), file=sys.stdout, flush=True)  # a damage note may quote the file
