"""One byte budget for everything between a session and a slow client.

Bytes the session has encoded and the client has not yet taken sit in up to
five places: the worker's frame pipe, the relay, the outbox, ``websockets``'
write buffer and the kernel's send buffer. Each used to have a bound of its
own (the kernel's grew to several MiB on loopback), so the total was large
and undocumented. Here one number, the budget, bounds their sum:

- the kernel's send buffer is set small on the client's socket
  (``SO_SNDBUF``), and what it may hold (Linux doubles the value asked for,
  and may queue one segment beyond it) is counted in the budget;
- ``websockets``' write buffer gets a small high-water mark, counted too;
- the rest is the producer's **credit**: the session (on a thread) or its
  worker (in a process) may write a frame only while the bytes it wrote and
  the socket has not yet taken stay within it. The credit comes back when
  ``ws.send`` returns for a frame (it is then in the kernel or in the
  write buffer, both counted above). A single frame larger than the credit
  goes alone, once everything before it was taken.

Nothing is dropped, reordered or coalesced: the session waits. In process
isolation the worker and the server share two counters (bytes written, bytes
returned) in shared memory; the server rings a doorbell pipe when it returns
credit, so a worker waiting for credit wakes at once, and closing the
doorbell tells the worker that the client is gone.
"""

from __future__ import annotations

import contextlib
import os
import select
import socket
import struct
import sys
from dataclasses import dataclass
from typing import Any

from ..protocol.limits import (
    KERNEL_SLACK_BYTES,
    MAX_BACKLOG_BYTES,
    MIN_BACKLOG_BYTES,
    SOCKET_SEND_BUFFER_BYTES,
    WRITE_BUFFER_BYTES,
)
from ..session import ChannelClosed

_WRITTEN, _RETURNED = 0, 1


@dataclass(frozen=True)
class BacklogBudget:
    """How one budget is split between the socket's buffers and the producer's credit."""

    total: int = MAX_BACKLOG_BYTES
    """The budget, in bytes."""

    def __post_init__(self) -> None:
        if self.total < MIN_BACKLOG_BYTES:
            raise ValueError(f"the backlog budget must be at least {MIN_BACKLOG_BYTES} bytes, not {self.total}")

    @property
    def send_buffer_request(self) -> int:
        """``SO_SNDBUF`` to ask for on a client's socket."""
        return min(SOCKET_SEND_BUFFER_BYTES, self.total // 16)

    @property
    def write_limit(self) -> int:
        """``websockets``' write buffer high-water mark."""
        return min(WRITE_BUFFER_BYTES, self.total // 16)

    def credit(self, kernel_bytes: int) -> int:
        """What the producer may have outstanding once the kernel may hold ``kernel_bytes``."""
        return max(0, self.total - self.write_limit - kernel_bytes)


def limit_send_buffer(sock: Any, request: int) -> int:
    """Set ``SO_SNDBUF`` on ``sock``; the bytes its kernel may then hold unsent or unacknowledged.

    That is the value the kernel reports (Linux doubles the request) plus one
    segment it may queue beyond it (measured on Linux loopback: up to 48 KiB).
    """
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, request)
    try:
        granted = int(sock.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF))
    except OSError:
        granted = 2 * request
    return granted + KERNEL_SLACK_BYTES


def kernel_queued(sock: Any) -> int | None:
    """Bytes in the socket's send queue not yet acknowledged by the peer (Linux ``SIOCOUTQ``); else ``None``."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import fcntl
        import termios

        raw = fcntl.ioctl(sock.fileno(), termios.TIOCOUTQ, b"\0\0\0\0")  # TIOCOUTQ is SIOCOUTQ on Linux
    except (OSError, ValueError, ImportError):
        return None
    return int(struct.unpack("i", raw)[0])


# -- credit across a process boundary ---------------------------------------------


class CreditLine:
    """The server's end: shared counters and the doorbell; :meth:`worker_end` goes to the worker."""

    def __init__(self, ctx: Any, credit: int) -> None:
        self.credit = credit
        self.counts = ctx.RawArray("q", 2)  # [written by the worker, returned by the server]
        self._bell_read, self._bell_write = ctx.Pipe(duplex=False)  # Connections: they cross a spawn
        os.set_blocking(self._bell_write.fileno(), False)
        self._closed = False

    def worker_end(self) -> WorkerCredit:
        """What the worker needs (picklable when the worker is spawned)."""
        return WorkerCredit(self.counts, self._bell_read, self.credit)

    @property
    def outstanding(self) -> int:
        """Bytes the worker wrote that the socket has not yet taken."""
        return int(self.counts[_WRITTEN] - self.counts[_RETURNED])

    def returned(self, size: int) -> None:
        """The socket took ``size`` bytes of the worker's frames (event loop only)."""
        self.counts[_RETURNED] += size
        if not self._closed:
            with contextlib.suppress(BlockingIOError, OSError):  # a full doorbell is already ringing
                os.write(self._bell_write.fileno(), b"\x01")

    def spawned(self) -> None:
        """The worker holds its own copy of the doorbell's reading end: drop ours."""
        self._bell_read.close()

    def close(self) -> None:
        """No more credit: a worker waiting for some sees the doorbell close (the client is gone)."""
        if not self._closed:
            self._closed = True
            self._bell_write.close()


class WorkerCredit:
    """The worker's end: wait for room before writing a frame."""

    def __init__(self, counts: Any, bell: Any, credit: int) -> None:
        self.counts = counts
        self.bell = bell  # a multiprocessing Connection: only its file descriptor is used
        self.credit = credit

    def take(self, size: int) -> bool:
        """Count ``size`` bytes as written if they fit (or nothing is outstanding); ``False`` if not."""
        outstanding = self.counts[_WRITTEN] - self.counts[_RETURNED]
        if outstanding > 0 and outstanding + size > self.credit:
            return False
        self.counts[_WRITTEN] += size
        return True

    def wait(self) -> None:
        """Sleep until the server returns credit; ``ChannelClosed`` once it closed the doorbell."""
        select.select([self.bell.fileno()], [], [])
        if not os.read(self.bell.fileno(), 65536):
            raise ChannelClosed


class BacklogMeter:
    """The server's own count of one session's backlog, all stages, and its high-water mark."""

    def __init__(self, budget: int, outstanding: Any, transport: Any, sock: Any) -> None:
        self.budget = budget
        self._outstanding = outstanding  # () -> bytes the producer wrote that the socket has not taken
        self._transport = transport
        self._sock = sock
        self.peak = 0
        """The largest backlog seen, in bytes (sampled as each frame goes to the socket)."""

    def now(self) -> int:
        """Producer's outstanding bytes + ``websockets``' write buffer + the kernel's send queue."""
        buffered = 0
        with contextlib.suppress(Exception):  # a transport already closed
            buffered = int(self._transport.get_write_buffer_size())
        queued = kernel_queued(self._sock) if self._sock is not None else None
        return int(self._outstanding()) + buffered + (queued or 0)

    def sample(self) -> int:
        value = self.now()
        if value > self.peak:
            self.peak = value
        return value
