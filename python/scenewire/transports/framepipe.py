"""Frames across an OS pipe from the session worker to the server, with few copies and syscalls.

``multiprocessing``'s ``send_bytes``/``recv_bytes`` cost two reads and a copy
through a ``BytesIO`` per message, which halved the server's throughput
against a thread. Here a frame is an 8-byte little-endian length and the bytes:

- the writer hands a whole tick to one ``writev`` (the frames are not joined);
- the reader pulls whatever is waiting into one buffer and cuts small frames
  out of it (one ``read`` for many frames), and reads a large frame straight
  into a buffer of its own size (no copy after the kernel's);
- the pipe is enlarged to 1 MiB where Linux allows, so a 4 MB frame crosses
  in a few wake-ups rather than sixty-four.

POSIX only (``os.writev``/``os.readv``); the server falls back to a thread elsewhere.
"""

from __future__ import annotations

import contextlib
import os
import struct
from collections.abc import Sequence

HEADER = struct.Struct("<Q")
PIPE_BYTES = 1 << 20
READ_BUFFER_BYTES = 256 * 1024
WRITEV_PIECES = 512  # below every system's IOV_MAX (1024 on Linux)
SUPPORTED = hasattr(os, "writev") and hasattr(os, "readv")


def enlarge_pipe(fd: int, size: int = PIPE_BYTES) -> None:
    """Ask Linux for a larger pipe buffer; elsewhere, or when refused, keep the default."""
    try:
        import fcntl
    except ImportError:
        return
    setpipe = getattr(fcntl, "F_SETPIPE_SZ", None)
    if setpipe is None:
        return
    with contextlib.suppress(OSError):  # above /proc/sys/fs/pipe-max-size for an unprivileged user
        fcntl.fcntl(fd, setpipe, size)


def write_frames(fd: int, frames: Sequence[bytes]) -> None:
    """Write frames in order, each behind its length; blocks while the pipe is full."""
    pieces: list[bytes | memoryview] = []
    for frame in frames:
        pieces.append(HEADER.pack(len(frame)))
        pieces.append(frame)
    for start in range(0, len(pieces), WRITEV_PIECES):
        _writev_all(fd, pieces[start : start + WRITEV_PIECES])


def _writev_all(fd: int, pieces: list[bytes | memoryview]) -> None:
    while pieces:
        written = os.writev(fd, pieces)
        while pieces and written >= len(pieces[0]):  # drop what went out whole
            written -= len(pieces[0])
            pieces.pop(0)
        if written:  # a piece went out in part
            pieces[0] = memoryview(pieces[0])[written:]


class FrameReader:
    """The reading end: :meth:`read` returns the frames that have arrived, at least one."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self._buffer = bytearray(READ_BUFFER_BYTES)
        self._start = 0  # unread bytes are _buffer[_start:_end]
        self._end = 0

    def read(self, max_frames: int = 64) -> list[bytes | bytearray]:
        """Block for one frame, then take every complete frame already buffered (up to ``max_frames``).

        Raises ``EOFError`` when the writer closed the pipe (a partial frame
        before that also counts as the end: the writer died mid-write).
        """
        frames: list[bytes | bytearray] = [self._read_one()]
        while len(frames) < max_frames and self._buffered_frame_ready():
            frames.append(self._read_one())
        return frames

    def _buffered_frame_ready(self) -> bool:
        available = self._end - self._start
        if available < HEADER.size:
            return False
        (size,) = HEADER.unpack_from(self._buffer, self._start)
        return available - HEADER.size >= size

    def _read_one(self) -> bytes | bytearray:
        self._fill(HEADER.size)
        (size,) = HEADER.unpack_from(self._buffer, self._start)
        self._start += HEADER.size
        if size <= len(self._buffer) // 2:
            self._fill(size)
            frame = bytes(self._buffer[self._start : self._start + size])
            self._start += size
            return frame
        # a large frame: what is buffered, then the rest read straight into its own buffer
        frame = bytearray(size)
        have = min(size, self._end - self._start)
        frame[:have] = self._buffer[self._start : self._start + have]
        self._start += have
        view = memoryview(frame)
        while have < size:
            got = os.readv(self.fd, [view[have:]])
            if got == 0:
                raise EOFError
            have += got
        return frame

    def _fill(self, need: int) -> None:
        """Make at least ``need`` unread bytes sit in the buffer, reading as much as is there."""
        if self._end - self._start >= need:
            return
        if self._start:  # move the unread tail to the front
            tail = self._end - self._start
            self._buffer[:tail] = self._buffer[self._start : self._end]
            self._start, self._end = 0, tail
        view = memoryview(self._buffer)
        while self._end - self._start < need:
            got = os.readv(self.fd, [view[self._end :]])
            if got == 0:
                raise EOFError
            self._end += got
