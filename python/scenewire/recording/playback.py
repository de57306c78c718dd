"""``scenewire replay run.mcap --window``: the window plays a recording itself, and its timeline seeks in the file.

:class:`RecordingTransport` is the window's transport for a file: it hands the
window the recording's updates at the recorded pace (``speed`` times faster,
or as fast as the window applies them with ``fast``), as a connection would,
with no server and no socket. Space pauses and resumes, '.' plays one tick,
'r' starts over; the status bar shows "paused" as for a live run (a
``run_state`` the transport makes itself).

Its :class:`FileStore` is where the window's history keeps the ticks played:
not their updates, only each frame's place in the file (log time, sequence).
A past tick is rebuilt from a keyframe in memory and the frames after it, read
back through the MCAP file's index (``mcap``'s seeking reader reads only the
chunks whose time range holds them), so the timeline covers the whole played
recording within a small budget. A file without a usable index (a recorder
killed before it wrote one) keeps its ticks in memory instead, like a live run.
"""

from __future__ import annotations

import copy
import logging
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from mcap.reader import SeekingReader

from ..protocol import UPDATES, Error, KeyPressed, RunState, Status, decode
from ..wire import ProtocolError
from .chunks import MAX_CHUNK_BYTES, MAX_RECORD_BYTES
from .container import TOPIC, Frame, Recording, open_recording

log = logging.getLogger("scenewire.recording")

FAST_FRAMES = 400  # frames handed over per poll with fast (the window applies them within its budget)
PAUSE_KEY, STEP_KEY, RESET_KEY = "Space", ".", "r"


class RecordingTransport:
    """The window's transport for a recording file: its updates at the recorded pace, paused by Space."""

    def __init__(self, path: str | Path, speed: float = 1.0, fast: bool = False) -> None:
        if speed <= 0:
            raise ValueError(f"speed must be positive, got {speed}")
        self.path = Path(path)
        self.speed, self.fast = speed, fast
        self.source = f"{self.path.name} (recording)"
        self.closed = False  # a file never closes like a connection: its end is a status line
        self.backlog = 0
        self.paused = False
        self.finished = False
        self.played = 0
        self.store = FileStore(self.path) if FileStore.usable(self.path) else None
        if self.store is not None:
            self.store.transport = self
        self._places: dict[int, tuple[int, int]] = {}  # id(update) -> (log time, sequence), until kept
        self._out: list[Any] = []
        self._steps = 0  # ticks still to play before pausing again ('.')
        self._recording: Recording | None = None

    def start(self) -> None:
        self._recording = open_recording(self.path)
        self._frames: Iterator[Frame] = self._recording.frames()
        self._next: Frame | None = next(self._frames, None)
        self._first_ns = self._next.log_time_ns if self._next is not None else 0
        self._clock = time.monotonic()
        self._offset_ns = 0  # recorded time already played before the last pause
        self._damage_told = 0
        self.finished = False

    def poll_updates(self) -> list[Any]:
        out, self._out = self._out, []
        if self._recording is None or self.paused:
            return out
        elapsed_ns = self._offset_ns + (time.monotonic() - self._clock) * 1e9 * self.speed
        handed = 0
        while self._next is not None and handed < FAST_FRAMES:
            frame = self._next
            if not self.fast and not self._steps and frame.log_time_ns - self._first_ns > elapsed_ns:
                break
            self._next = next(self._frames, None)
            handed += 1
            update = self._decode(frame)
            if update is None:
                continue
            out.append(update)
            if getattr(update, "tick_end", None) is not None and self._steps:
                self._steps -= 1
                if not self._steps:
                    self._pause(True, frame)
                    break
        for text in self._recording.damage[self._damage_told :]:
            out.append(Error(message=f"{text}; played what was intact"))
        self._damage_told = len(self._recording.damage)
        if self._next is None and not self.finished:
            self.finished = True
            out.append(Status(message=f"end of the recording: {self.played} frames; drag the timeline to look back"))
        return out

    def _decode(self, frame: Frame) -> Any:
        try:
            update = decode(frame.data)
        except ProtocolError as exc:
            self._out.append(Error(message=f"{self.path.name}: a frame does not decode ({exc}); skipped"))
            return None
        if not isinstance(update, UPDATES):
            return None
        self.played += 1
        if self.store is not None:
            self._places[id(update)] = (frame.log_time_ns, frame.sequence)
        return update

    def _pause(self, paused: bool, frame: Frame | None = None) -> None:
        if paused and not self.paused:
            now_ns = frame.log_time_ns - self._first_ns if frame is not None else None
            played = self._offset_ns + (time.monotonic() - self._clock) * 1e9 * self.speed
            self._offset_ns = int(now_ns if now_ns is not None else played)
        elif not paused and self.paused:
            self._clock = time.monotonic()
        self.paused = paused
        self._out.append(RunState(state="paused" if paused else "running"))

    def send_command(self, command: Any) -> None:
        """Space, '.' and 'r' steer the playback; anything else has nobody to go to."""
        key = command.key if isinstance(command, KeyPressed) else None
        if key == PAUSE_KEY:
            self._steps = 0
            self._pause(not self.paused)
        elif key == STEP_KEY:
            self._steps = 1
            self._pause(False)
        elif key == RESET_KEY:
            self.start()
            self._out.append(Status(message=f"replaying {self.path.name} from the start", timeout_ms=3000))

    def stop(self) -> None:
        self._recording = None
        if self.store is not None:
            self.store.close()

    def place(self, update: Any) -> tuple[int, int] | None:
        """Where ``update`` is in the file; forgotten once asked (the history asks once per update)."""
        return self._places.pop(id(update), None)


class FileStore:
    """A history's steps as places in a recording, read back through the file's index (frontend/history.py)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.transport: RecordingTransport | None = None
        self.reads = 0  # frames read back, for tests and the benchmark
        self._file: Any = None
        self._reader: SeekingReader | None = None

    @staticmethod
    def usable(path: Path) -> bool:
        """Whether the file has an index to seek with, whose chunks are within what a recording may hold."""
        try:
            with open(path, "rb") as stream:
                summary = SeekingReader(stream, record_size_limit=MAX_RECORD_BYTES).get_summary()
        except Exception:  # cut short, damaged, not MCAP: no seeking; the history keeps ticks in memory
            return False
        if summary is None or not summary.chunk_indexes:
            return False
        return all(c.uncompressed_size <= MAX_CHUNK_BYTES for c in summary.chunk_indexes)

    def keep(self, unit: list[Any]) -> tuple[Any, list[Any]]:
        """Each update's place in the file; one the transport made itself (a status, an error) is kept as it is."""
        assert self.transport is not None, "FileStore.transport is the RecordingTransport that plays the file"
        handle = [self.transport.place(u) or copy.deepcopy(u) for u in unit]
        return handle, [handle]  # counted as one record: no array of the file stays in memory

    def load(self, handles: list[Any]) -> Iterator[list[Any]]:
        places = [p for handle in handles for p in handle if isinstance(p, tuple)]
        frames = self._read(places) if places else {}
        for handle in handles:
            yield [decode(frames[p[1]]) if isinstance(p, tuple) else copy.deepcopy(p) for p in handle]

    def _read(self, places: list[tuple[int, int]]) -> dict[int, bytes]:
        """The frames at ``places`` (log time, sequence), read through the index: only the chunks that hold them."""
        if self._reader is None:
            self._file = open(self.path, "rb")  # noqa: SIM115 - closed in close()
            self._reader = SeekingReader(self._file, record_size_limit=MAX_RECORD_BYTES)
        wanted = {seq for _t, seq in places}
        start, end = min(t for t, _s in places), max(t for t, _s in places)
        found: dict[int, bytes] = {}
        for _schema, _channel, message in self._reader.iter_messages(TOPIC, starting_at=start, ending_at=end):
            if message.sequence in wanted:
                found[message.sequence] = bytes(message.data)
                if len(found) == len(wanted):
                    break
        self.reads += len(found)
        missing = wanted - found.keys()
        if missing:
            raise OSError(f"{self.path.name}: {len(missing)} frames of the ticks asked for are not in its index")
        return found

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        self._file = self._reader = None
