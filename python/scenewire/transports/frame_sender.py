"""Sending a client its frames, in order, from an outbox: the sender task of one connection.

The per-connection server's sender (one session, one client) lives here beside
the shared run's per-client outbox (:mod:`.client_outbox`): the socket side of
the budget, where a frame's credit returns once ``ws.send`` is back.
"""

from __future__ import annotations

from collections.abc import Callable

from websockets.asyncio.server import ServerConnection
from websockets.exceptions import ConnectionClosed

from .backlog import BacklogMeter
from .outbox import FrameOutbox

__all__ = ["send_frames"]


async def send_frames(
    ws: ServerConnection,
    outbox: FrameOutbox,
    meter: BacklogMeter,
    note: bytes | None = None,
    refuse: Callable[[bytes], str | None] | None = None,
    adapt: Callable[[bytes], bytes] | None = None,
) -> str | None:
    """Write frames in order until the session's end mark; a closed socket ends it early.

    A frame's credit returns once ``ws.send`` is back: the frame is then in ``websockets``' write
    buffer or the kernel's, which the budget counts on their own. The backlog is sampled just
    before, while the frame still counts as the producer's. ``note``, the server's own, follows
    the session's first frame. ``refuse`` (for a 1.0 client, §13) says why a frame cannot be sent to
    this client: the frame is not sent, and that reason is returned for the caller to close with.
    ``adapt`` rewrites a frame for this client before it is sent (a 1.0 client's, without 1.1's keys).
    """
    try:
        while True:
            item = await outbox.get()
            if item is None:
                return None
            frame, counted = item
            reason = refuse(frame) if refuse is not None else None
            if reason is not None:
                outbox.sent(frame, counted)
                outbox.close()
                return reason
            try:
                await ws.send(adapt(frame) if adapt is not None else frame)
            finally:
                meter.sample()
                outbox.sent(frame, counted)
            if note is not None and counted:
                await ws.send(note)
                note = None
    except ConnectionClosed:
        outbox.close()
        raise
