"""Sessions the transport tests share (no tests here).

They live at module level so a spawned worker can import them by name.
Events they record go to ``LOG``, and ``ADVANCING``/``RELEASE`` signal a
blocked ``advance()``; all three live in files under one directory named by
an environment variable, so a session in a spawned worker process (which
inherits the environment) writes where the test reads. What a remote client
must see, the sessions also emit as ``status`` updates.
"""

from __future__ import annotations

import atexit
import ctypes
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import numpy as np

from scenewire.demos.echo import command_summary
from scenewire.protocol import FieldAppend, FieldReplace, SessionCommand, Status
from scenewire.scene import Field, LinePlotView, Scene
from scenewire.session import BufferedSession


def _kit_dir() -> Path:
    """The directory named by ``SCENEWIRE_KIT_DIR``; made (and removed at exit) by the first process to need it.

    The worker processes and servers a test starts inherit the variable, so they share it; only the process
    that made it removes it, so a test run leaves no directory behind in the temp folder.
    """
    named = os.environ.get("SCENEWIRE_KIT_DIR")
    if named:
        return Path(named)
    made = tempfile.mkdtemp(prefix="scenewire-kit-")
    os.environ["SCENEWIRE_KIT_DIR"] = made
    atexit.register(shutil.rmtree, made, ignore_errors=True)
    return Path(made)


KIT_DIR = _kit_dir()


class SharedLog:
    """A list of events that any process may append to: the lines of a file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def append(self, entry: str) -> None:
        with self.path.open("a", encoding="utf-8") as out:
            out.write(entry + "\n")

    def entries(self) -> list[str]:
        try:
            return self.path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return []

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)

    def count(self, entry: str) -> int:
        return self.entries().count(entry)

    def index(self, entry: str) -> int:
        return self.entries().index(entry)

    def __getitem__(self, index: int | slice) -> str | list[str]:
        return self.entries()[index]

    def __contains__(self, entry: object) -> bool:
        return entry in self.entries()

    def __iter__(self) -> Iterator[str]:
        return iter(self.entries())

    def __len__(self) -> int:
        return len(self.entries())

    def __eq__(self, other: object) -> bool:
        return self.entries() == other

    def __repr__(self) -> str:
        return repr(self.entries())


class FileEvent:
    """A ``threading.Event`` that works across processes: set means the file exists."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def set(self) -> None:
        self.path.touch()

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)

    def is_set(self) -> bool:
        return self.path.exists()

    def wait(self, timeout: float) -> bool:
        return wait_for(self.is_set, timeout, step=0.005)


LOG = SharedLog(KIT_DIR / "log")
ADVANCING = FileEvent(KIT_DIR / "advancing")  # set when a BlockingAdvanceSession enters advance()
RELEASE = FileEvent(KIT_DIR / "release")  # lets it leave
HANG = FileEvent(KIT_DIR / "hang")  # a HangingInitialize hangs while it is set


def reset_log() -> None:
    LOG.clear()
    ADVANCING.clear()
    RELEASE.clear()
    HANG.clear()


def small_scene(title: str = "kit") -> Scene:
    return Scene(
        fields=[Field(id="count", values=np.zeros(0, dtype=np.int64), dims=["tick"])],
        views=[LinePlotView(id="plot", field_id="count", x_dim="tick")],
        metadata={"title": title},
    )


class KitSession(BufferedSession):
    """Logs every call; ``live`` sessions append a counter each advance."""

    live: ClassVar[bool] = False
    fail_in: ClassVar[str | None] = None
    sleep: ClassVar[float] = 0.02

    def __init__(self) -> None:
        super().__init__()
        self.ticks = 0
        LOG.append("build")

    def initialize(self) -> Scene:
        LOG.append("initialize")
        if self.fail_in == "initialize":
            raise RuntimeError("boom in initialize")
        return small_scene()

    def handle(self, command: SessionCommand) -> None:
        LOG.append(f"handle {command.wire_kind}")
        self.emit(Status(message=f"handled {command_summary(command)}"))
        if self.fail_in == "handle" and command.wire_kind == "key_pressed":
            raise ValueError("boom in handle")

    def is_live(self) -> bool:
        return self.live

    def advance(self) -> None:
        self.ticks += 1
        LOG.append(f"advance {self.ticks}")
        if self.fail_in == "advance":
            raise ArithmeticError("boom in advance")
        self.emit(
            FieldAppend(
                field_id="count",
                append_dim="tick",
                values=np.array([self.ticks], dtype=np.int64),
                coord_values=np.array([self.ticks], dtype=np.int64),
                max_length=50,
            )
        )

    def idle_sleep(self) -> float:
        return self.sleep

    def shutdown(self) -> None:
        LOG.append("shutdown")
        self.emit(Status(message="shutdown"))


class LiveSession(KitSession):
    live = True


class FailingInitialize(KitSession):
    fail_in = "initialize"


class FailingHandle(KitSession):
    fail_in = "handle"


class FailingAdvance(KitSession):
    live = True
    fail_in = "advance"


class StartupSession(KitSession):
    @classmethod
    def startup_scene(cls) -> Scene:
        return small_scene("loading")


class BlockingAdvanceSession(KitSession):
    """The first advance() takes until RELEASE (at most 3 s): a NEURON run that takes seconds."""

    live = True

    def advance(self) -> None:
        if self.ticks == 0:
            ADVANCING.set()
            RELEASE.wait(3.0)
        super().advance()


class BusySession(KitSession):
    """Its first advance() takes until RELEASE (at most 60 s): commands pile up meanwhile."""

    live = True

    def advance(self) -> None:
        if self.ticks == 0:
            ADVANCING.set()
            RELEASE.wait(60.0)
        super().advance()


class HangingInitialize(KitSession):
    """The session that takes HANG (the test sets it) hangs in initialize() until RELEASE (at most 60 s)."""

    def initialize(self) -> Scene:
        scene = super().initialize()
        try:
            HANG.path.unlink()  # only one session can take it
        except FileNotFoundError:
            return scene
        ADVANCING.set()
        RELEASE.wait(60.0)
        return scene


class ScriptedSession(KitSession):
    """Deterministic: every command answers with a status, a field_replace and a field_append."""

    def handle(self, command: SessionCommand) -> None:
        super().handle(command)
        self.ticks += 1
        self.emit(FieldReplace(field_id="count", values=np.arange(5, dtype=np.float32) * self.ticks))
        self.emit(
            FieldAppend(
                field_id="count",
                append_dim="tick",
                values=np.array([self.ticks * 10], dtype=np.int64),
                coord_values=np.array([self.ticks], dtype=np.int64),
            )
        )


class BigFieldSession(KitSession):
    """Every advance replaces a field of ``size`` float32 values, all equal to the tick, as fast as it can."""

    live = True
    size: ClassVar[int] = 1 << 20

    def advance(self) -> None:
        self.ticks += 1
        LOG.append(f"advance {self.ticks}")
        self.emit(FieldReplace(field_id="count", values=np.full(self.size, self.ticks, dtype=np.float32)))

    def idle_sleep(self) -> float:
        return 0.0


class MediumFieldSession(BigFieldSession):
    """256 KiB frames: a backlog of a few MiB is many frames."""

    size = 1 << 16


class PacedFieldSession(BigFieldSession):
    """60 ticks a second, each a 64 KiB field_replace: about 4 MB/s for a client to keep up with."""

    size = 1 << 14

    def idle_sleep(self) -> float:
        return 1 / 60


class DyingSession(KitSession):
    """The worker process dies in advance(), as a segfaulting simulator would."""

    live = True

    def advance(self) -> None:
        os._exit(3)


GIL_GATE = KIT_DIR / "gil-gate"
GIL_GATE_OPEN = FileEvent(KIT_DIR / "gil-gate-open")


class GilHoggingSession(KitSession):
    """The first advance() blocks in C code that holds the GIL, as NEURON's ``continuerun`` does.

    It reads one byte from a FIFO through a ``ctypes.PyDLL`` call, which
    keeps the GIL for the whole wait; :func:`open_gil_gate` writes the byte.
    Deterministic: it ends when the test says, not after some amount of work.
    """

    live = True

    def advance(self) -> None:
        if self.ticks == 0:
            libc = ctypes.PyDLL(None)
            libc.read.argtypes = [ctypes.c_int, ctypes.c_void_p, ctypes.c_size_t]
            fd = os.open(GIL_GATE, os.O_RDWR)  # a reader and a writer: read() waits for data, not EOF
            buffer = ctypes.create_string_buffer(1)
            try:
                LOG.append("holding the GIL")
                ADVANCING.set()
                if not GIL_GATE_OPEN.is_set():
                    libc.read(fd, buffer, 1)
                LOG.append("released the GIL")
            finally:
                os.close(fd)
        super().advance()


def make_gil_gate() -> None:
    GIL_GATE_OPEN.clear()
    GIL_GATE.unlink(missing_ok=True)
    os.mkfifo(GIL_GATE)


def open_gil_gate() -> None:
    """Let a held (or a future) GIL-holding advance go; safe to call more than once."""
    GIL_GATE_OPEN.set()  # before the write: a worker that opens the FIFO later sees this and does not wait
    try:
        fd = os.open(GIL_GATE, os.O_WRONLY | os.O_NONBLOCK)
    except OSError:  # no reader: nobody is waiting
        return
    try:
        os.write(fd, b"x")
    finally:
        os.close(fd)


def wait_for(predicate, timeout: float = 20.0, step: float = 0.01) -> bool:
    """Poll ``predicate`` until true; a bound for a hung test, not a timing check."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return predicate()
