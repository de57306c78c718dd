"""Every limit and timeout of a scenewire connection, with its unit and default, in one place.

The decoder's limits (§11) live in :mod:`scenewire.wire.limits` because the
sans-I/O decoder needs them below this layer; they are re-exported here so
that this module is the one list a reader (and ``docs/security.md``) needs.
Names end in their unit: ``_S`` seconds, ``_BYTES`` bytes, otherwise a count.
"""

from __future__ import annotations

from ..wire.limits import MAX_DEPTH, MAX_FRAME_BYTES, MAX_NDIM

# -- handshake (§2.2, §2.3) ---------------------------------------------------

HELLO_TIMEOUT_S = 10.0
"""How long either side waits for the other's hello (§2.3 steps 4 and 7); then close 4002."""

OPEN_TIMEOUT_S = 10.0
"""How long a client waits for the TCP connection and the WebSocket upgrade."""

MAX_CLOSE_REASON_BYTES = 123
"""A close reason fits in a control frame (RFC 6455); longer reasons are cut (§2.2)."""

CLOSE_TIMEOUT_S = 10.0
"""A close (ours or the client's) not completed within this long, e.g. because the client does not read the
frames before the close frame: the server drops the TCP connection."""

MAX_WAITING_FOR_HELLO = 64
"""Connections a server lets wait for their hello at once; more are refused with 4000 (the slot is the hello's)."""

# -- keepalive (§2.6) --------------------------------------------------------

PING_INTERVAL_S = 20.0
"""A server pings this often; ``None`` turns keepalive off."""

PING_TIMEOUT_S = 20.0
"""A ping with no pong after this long ends the connection with 1011."""

# -- what a peer sends back ----------------------------------------------------

MAX_ERROR_TEXT_BYTES = 1024
"""The ``message`` of an ``error`` a server writes about a dropped frame, and its log line, is cut to this."""

MAX_SESSION_ERROR_TEXT_BYTES = 16 * 1024
"""The ``message`` of an ``error`` a session's exception becomes is cut to this."""

MAX_FAULTS_IN_A_ROW = 16
"""Bad frames in a row (no valid command between) after which a server closes 1008."""

MAX_UNREAD_REPLIES = 64
"""The server's own ``error`` replies waiting for a client that does not read them; one more closes 1008."""

MAX_INBOX_COMMANDS = 256
"""Commands a server holds for a busy session; then it stops reading the socket (TCP backpressure)."""

MAX_INBOX_BYTES = 64 * 1024 * 1024
"""Bytes of commands a server holds for a busy session before it stops reading; one larger frame still goes."""

# -- the session watchdog (§2.7) -------------------------------------------------

START_TIMEOUT_S = 60.0
"""A session not yet being built this long after its start (a worker's spawn, the import of the session's
module, ``startup_scene()``): an ``error``, then close 1011, and the worker is killed at once."""

INITIALIZE_TIMEOUT_S = 60.0
"""A session whose ``initialize()`` has not returned this long after it began to be built: an ``error``,
then close 1011, and the worker is killed at once."""

SHUTDOWN_GRACE_S = 10.0
"""After its client leaves (or the server stops), a session not ended within this long is killed (a worker process)."""

# -- the backlog toward a slow client ----------------------------------------------

MAX_BACKLOG_BYTES = 16 * 1024 * 1024
"""Bytes the session has encoded and the client has not yet taken, all stages counted: the worker's pipe,
the relay, the outbox, ``websockets``' write buffer and the kernel's send buffer. The session waits at the
bound (nothing dropped); a single larger frame still goes, alone."""

MIN_BACKLOG_BYTES = 256 * 1024
"""The smallest budget a server accepts: the socket's own buffers must fit inside it."""

SOCKET_SEND_BUFFER_BYTES = 1024 * 1024
"""``SO_SNDBUF`` asked for on a client's socket (at most a sixteenth of the budget); Linux doubles it."""

KERNEL_SLACK_BYTES = 64 * 1024
"""What the kernel may queue beyond its send buffer (one segment of up to 64 KiB), counted in the budget."""

WRITE_BUFFER_BYTES = 64 * 1024
"""``websockets``' write buffer high-water mark (at most a sixteenth of the budget), counted in the budget."""

MAX_UNREAD_PONG_BYTES = 64 * 1024
"""Automatic answers (pongs) to a client's pings that may wait unread in the write buffer; beyond it the
server stops reading that client until the buffer drains, so TCP slows a client that pings and never reads."""

INLINE_DECODE_BYTES = 4 * 1024
"""Frames up to this size a server decodes on its event loop; larger ones on its decode thread (§11).

Decoding is linear in the frame, and the costliest bytes (empty maps) decode at
about 3 µs each here: 4 KiB holds the loop for about 12 ms at worst, while a
command (tens of bytes) skips the thread hop.
"""

__all__ = [
    "MAX_UNREAD_PONG_BYTES",
    "CLOSE_TIMEOUT_S",
    "HELLO_TIMEOUT_S",
    "INITIALIZE_TIMEOUT_S",
    "MAX_INBOX_BYTES",
    "MAX_INBOX_COMMANDS",
    "SHUTDOWN_GRACE_S",
    "MAX_FAULTS_IN_A_ROW",
    "MAX_SESSION_ERROR_TEXT_BYTES",
    "MAX_UNREAD_REPLIES",
    "MAX_WAITING_FOR_HELLO",
    "INLINE_DECODE_BYTES",
    "MAX_CLOSE_REASON_BYTES",
    "MAX_DEPTH",
    "MAX_ERROR_TEXT_BYTES",
    "MAX_FRAME_BYTES",
    "MAX_NDIM",
    "KERNEL_SLACK_BYTES",
    "MAX_BACKLOG_BYTES",
    "MIN_BACKLOG_BYTES",
    "SOCKET_SEND_BUFFER_BYTES",
    "START_TIMEOUT_S",
    "WRITE_BUFFER_BYTES",
    "OPEN_TIMEOUT_S",
    "PING_INTERVAL_S",
    "PING_TIMEOUT_S",
]
