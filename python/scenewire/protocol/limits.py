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
"""Connections a server lets wait for their hello at once; one more closes the longest waiting with 4002 (§2.5)."""

# -- keepalive (§2.6) --------------------------------------------------------

PING_INTERVAL_S = 20.0
"""A server pings this often; ``None`` turns keepalive off."""

PING_TIMEOUT_S = 20.0
"""A ping with no pong after this long ends the connection with 1011."""

# -- what a peer sends back ----------------------------------------------------

MAX_ERROR_TEXT_BYTES = 1024
"""The ``message`` of an ``error`` a server writes about a dropped frame, and its log line, is cut to this."""

MAX_SESSION_ERROR_TEXT_BYTES = 16 * 1024
"""The ``message`` of an ``error`` a session's exception becomes is cut to this, and so is its log entry (the
traceback; each of its lines at most ``MAX_ERROR_TEXT_BYTES``)."""

MAX_SHOWN_TEXT_BYTES = 16 * 1024
"""A line that ``probe``, ``record``, ``replay`` or the window prints from the other side's text (an ``error``,
a ``status``, a close reason, a hello's ``implementation``) is cut to this, its control characters escaped."""

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

MAX_CLIENTS = 32
"""Clients one shared run serves at once (§2.5, ``--max-clients``); one more is closed 4000 with a reason."""

LINGER_S = 600.0
"""A shared run goes on this long with no client connected, then ends (``--linger``; 0: when the last leaves)."""

INLINE_DECODE_BYTES = 4 * 1024
"""Frames up to this size a server decodes on its event loop; larger ones on its decode thread (§11).

Decoding is linear in the frame, and the costliest bytes (empty maps) decode at
about 3 µs each here: 4 KiB holds the loop for about 12 ms at worst, while a
command (tens of bytes) skips the thread hop.
"""

# -- what a frontend holds and draws (§11.1) ----------------------------------------------
# A frontend meets data from a server it may not control (a colleague's, a recording someone sent). Each
# bound below is one no honest scene comes near; past it the element is refused, with the reason shown in
# its place, or the connection is closed with an ``error`` shown (§11.1).

MAX_SERIES_PER_PLOT = 1024
"""Lines one line plot draws; a field with more series along ``series_dim`` draws none and says why."""

MAX_GRAPH_ELEMENTS = 1024
"""Nodes and edges together one state graph draws (each is a drawn item and a text); past it, none."""

MAX_CONTROLS = 1024
"""Controls and actions together that a window makes widgets for; a scene with more shows none and says why."""

MAX_CHOICE_OPTIONS = 1024
"""Options of one choice control a window lists; a choice with more is shown as refused."""

MAX_PANELS = 64
"""Panels a window builds; the ones beyond (in layout order) are not shown, and the window says so."""

MAX_VIEWS_PER_PANEL = 16
"""Views one panel draws; the ones beyond (in the panel's order) are not drawn, and the panel says so."""

MAX_LABEL_CHARS = 200
"""Characters of a label, title, option, legend entry or node label a window shows; longer text is cut,
marked with how much was left out."""

MAX_MESSAGE_CHARS = 2000
"""Characters of a ``status`` or ``error`` message a window shows (its log keeps them too, cut alike)."""

MAX_ERRORS_KEPT = 100
"""Errors a window keeps for its error line's tooltip until dismissed (it counts all of them)."""

MAX_OPEN_TICK_UPDATES = 16384
"""Updates a client holds for a tick that has not closed (§7.12); one more closes the connection 1009."""

MAX_OPEN_TICK_BYTES = 128 * 1024 * 1024
"""Frame bytes a client holds for a tick that has not closed (§7.12); past it the connection is closed 1009."""

MAX_QUEUED_UPDATES = 4096
"""Updates a window has received and not yet taken (its socket's thread to its 60 Hz timer); at the bound
that thread stops reading, so TCP slows the server (nothing dropped)."""

MAX_QUEUED_BYTES = 64 * 1024 * 1024
"""Frame bytes a window has received and not yet taken; at the bound its socket's thread stops reading
until the window catches up. One larger frame still goes, alone."""

MAX_QUEUED_FRAMES = 4
"""Frames the asyncio client (``probe``, ``record``, ``SceneClient``) lets ``websockets`` read ahead of its
reader; then it stops reading the socket (at most this many frames of up to the frame limit are held)."""

__all__ = [
    "MAX_CHOICE_OPTIONS",
    "MAX_CONTROLS",
    "MAX_ERRORS_KEPT",
    "MAX_GRAPH_ELEMENTS",
    "MAX_LABEL_CHARS",
    "MAX_MESSAGE_CHARS",
    "MAX_OPEN_TICK_BYTES",
    "MAX_OPEN_TICK_UPDATES",
    "MAX_PANELS",
    "MAX_QUEUED_BYTES",
    "MAX_QUEUED_FRAMES",
    "MAX_QUEUED_UPDATES",
    "MAX_SERIES_PER_PLOT",
    "MAX_VIEWS_PER_PANEL",
    "MAX_UNREAD_PONG_BYTES",
    "CLOSE_TIMEOUT_S",
    "HELLO_TIMEOUT_S",
    "INITIALIZE_TIMEOUT_S",
    "MAX_INBOX_BYTES",
    "MAX_INBOX_COMMANDS",
    "SHUTDOWN_GRACE_S",
    "MAX_FAULTS_IN_A_ROW",
    "MAX_SESSION_ERROR_TEXT_BYTES",
    "MAX_SHOWN_TEXT_BYTES",
    "MAX_UNREAD_REPLIES",
    "MAX_WAITING_FOR_HELLO",
    "INLINE_DECODE_BYTES",
    "LINGER_S",
    "MAX_CLIENTS",
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
