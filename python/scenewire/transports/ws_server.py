"""run_backend_server: one session per client over a WebSocket (or one shared run, 1.1), no Qt anywhere.

Two modes. **Per connection** (the default, protocol 1.0 exactly: the
server's hello says minor 0): each client gets a fresh session, shut down
when it leaves. **Shared** (``shared=True``, ``scenewire serve --shared``,
protocol 1.1): one session run kept across connections, served to up to
``max_clients`` clients at once by :class:`~.run_hub.RunHub` (one controller,
observers, snapshots for late joiners, ``linger`` seconds with no client
before it ends). Socket flow control lives in :mod:`.socket_flow`, a shared
run's per-client outboxes in :mod:`.client_outbox`.

Runs on asyncio with ``websockets``; the session loop
(:func:`scenewire.session.run_session`) runs in a spawned worker process
(``isolation="process"``, the default) or on a thread (``"thread"``), see
:mod:`scenewire.transports.session_host`. Either way an ``advance()`` that
takes seconds stalls neither keepalive pings, nor the reading of commands,
nor the server's shutdown; in a process it may even hold the GIL throughout,
as NEURON does. Commands reach the loop through a queue whose arrival wakes
an idling loop at once.

The connection's rules (§2: subprotocol, hello, close codes, what a bad
frame gets) live in :mod:`scenewire.protocol.connection`; this module only
moves bytes for them, and adds what only a server knows: one client at a
time (§2.5; a client arriving while the previous one's session is still
shutting down waits for it, up to ``hello_timeout``, instead of getting
4000), the session's frames, and the closes that end a session (1000 after
``stop_session``, 1011 when it could not start or its worker died, 1001
when the server goes down). See docs/ws-server.md.

Slow client: one byte budget (``max_backlog_bytes``) bounds everything the
session encoded and the client has not yet taken, the kernel's send buffer
included (:mod:`scenewire.transports.backlog`); at the bound the session
waits. Nothing is dropped or coalesced (docs/ws-server.md).
Pongs, which ``websockets`` writes on its own, are bounded apart: a client
that pings and never reads stops being read (:class:`PongBoundConnection`).
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import functools
import logging
import math
import secrets
import signal
import socket
import time
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response
from websockets.protocol import State

from .. import __version__
from ..protocol import CONTROL, REGISTRY, SUBPROTOCOL, CloseCode, ControlRequest, Error, Status, new_run_id
from ..protocol.close import cut_text
from ..protocol.connection import (
    Close,
    Dropped,
    Handshake,
    Received,
    Send,
    refuse_request,
    select_subprotocol,
    token_of,
    with_token,
)
from ..protocol.connection import ServerConnection as Rules
from ..protocol.limits import (
    CLOSE_TIMEOUT_S,
    HELLO_TIMEOUT_S,
    INITIALIZE_TIMEOUT_S,
    INLINE_DECODE_BYTES,
    LINGER_S,
    MAX_BACKLOG_BYTES,
    MAX_CLIENTS,
    MAX_ERROR_TEXT_BYTES,
    MAX_FRAME_BYTES,
    MAX_INBOX_BYTES,
    MAX_INBOX_COMMANDS,
    MAX_UNREAD_REPLIES,
    MAX_WAITING_FOR_HELLO,
    PING_INTERVAL_S,
    PING_TIMEOUT_S,
    SHUTDOWN_GRACE_S,
    START_TIMEOUT_S,
)
from ..protocol.text import shown
from ..session import LoopEnd, SessionSource, check_source
from ..wire import ErrorCode
from ..wire.codec import Codec, MsgpackCodec, PickleCodec
from ..wire.limits import Limits
from .addresses import connect_url, is_loopback
from .backlog import BacklogBudget, BacklogMeter, limit_send_buffer
from .command_gate import CommandGate
from .frame_sender import send_frames
from .keepalive import keep_alive
from .outbox import FrameOutbox
from .run_hub import RunHub
from .session_host import Isolation, SessionHost, check_picklable, make_host, resolve_isolation
from .socket_flow import BoundedSocket, PongBoundConnection, close_and_discard, offered_subprotocols
from .version_gate import downgrade_for_1_0, refusal_for_1_0
from .web_page import LOOPBACK_FRAMERS, WebBundle, frame_sources, is_upgrade, page_origin
from .ws_events import perform

log = logging.getLogger("scenewire.server")

IMPLEMENTATION = f"scenewire-python/{__version__}"
TOKEN_BYTES = 16
"""A generated token carries this many random bytes (128 bits), URL-safe base64."""


def _select_subprotocol(connection: ServerConnection, subprotocols: Any) -> str | None:
    # Never fail the upgrade: the connection's rules refuse an unsupported offer after it, with a reason.
    return select_subprotocol(subprotocols)


@dataclasses.dataclass
class Waiting:
    """A connection waiting for its hello: since when, and the event that closes it to make room (§2.5)."""

    since: float = dataclasses.field(default_factory=time.monotonic)
    evict: asyncio.Event = dataclasses.field(default_factory=asyncio.Event)


class BackendServer:
    """The server as an object, for embedding in an existing asyncio program and for tests.

    ``async with BackendServer(MySession, port=0) as server:`` binds (``server.port``
    is the real port), then ``await server.finished()`` returns when the
    server is done (after the first session unless ``serve_forever``).

    Shared runs (protocol 1.1, docs/ws-server.md): ``shared=True`` keeps one
    session run for every client; ``linger`` (s, default 600; 0: end when the
    last client leaves; ``math.inf``: never) bounds how long it runs with no
    client; ``start_now`` starts it at once instead of at the first client;
    ``max_clients`` (default 32) bounds the clients of a run (one more is
    closed 4000). ``max_backlog_bytes`` is then each observer's budget too.
    Without ``serve_forever`` the server is done when the first run ends.
    """

    def __init__(
        self,
        session_source: SessionSource,
        host: str = "127.0.0.1",
        port: int = 8765,
        *,
        serve_forever: bool = False,
        hello_timeout: float = HELLO_TIMEOUT_S,
        ping_interval: float | None = PING_INTERVAL_S,
        ping_timeout: float | None = PING_TIMEOUT_S,
        max_frame_bytes: int = MAX_FRAME_BYTES,
        max_backlog_bytes: int = MAX_BACKLOG_BYTES,
        codec: Codec | None = None,
        isolation: Isolation | str | None = None,
        token: str | None = None,
        require_token: bool | None = None,
        allowed_origins: Sequence[str] = (),
        allowed_hosts: Sequence[str] = (),
        unsafe_pickle: bool = False,
        max_waiting_for_hello: int = MAX_WAITING_FOR_HELLO,
        initialize_timeout: float | None = INITIALIZE_TIMEOUT_S,
        start_timeout: float | None = START_TIMEOUT_S,
        shutdown_grace: float = SHUTDOWN_GRACE_S,
        max_inbox_commands: int = MAX_INBOX_COMMANDS,
        max_inbox_bytes: int = MAX_INBOX_BYTES,
        max_unread_replies: int = MAX_UNREAD_REPLIES,
        shared: bool = False,
        linger: float = LINGER_S,
        start_now: bool = False,
        max_clients: int = MAX_CLIENTS,
    ) -> None:
        self.source = check_source(session_source)
        self.isolation = resolve_isolation(isolation)
        if self.isolation is Isolation.PROCESS:
            check_picklable(self.source)
        self.host = host
        self.port = port
        self.serve_forever = serve_forever
        self.hello_timeout = hello_timeout
        self.ping_interval = ping_interval
        self.ping_timeout = ping_timeout
        self.max_frame_bytes = max_frame_bytes
        self.budget = BacklogBudget(max_backlog_bytes)
        self.codec = codec or MsgpackCodec(REGISTRY, Limits(max_frame_bytes=max_frame_bytes))
        loopback = is_loopback(host)
        if require_token is None:
            require_token = not loopback  # §2.9: a token is required beyond loopback unless waived
        self.token = token or (secrets.token_urlsafe(TOKEN_BYTES) if require_token else None)
        self.allowed_origins = tuple(allowed_origins)
        self.web = WebBundle(framers=(*LOOPBACK_FRAMERS, *frame_sources(self.allowed_origins)))
        """The browser viewer this server answers a plain GET with (web_page.py)."""
        self.allowed_hosts = (host, *allowed_hosts)
        self.pickle = isinstance(self.codec, PickleCodec)
        if self.pickle and not loopback and not unsafe_pickle:
            raise ValueError(
                f"the pickle codec runs code sent by the client; it is refused on {host!r}, which is not loopback "
                "(unsafe_pickle=True forces it)"
            )
        self.unsafe_pickle = unsafe_pickle
        self.max_waiting_for_hello = max_waiting_for_hello
        self.initialize_timeout = initialize_timeout
        self.start_timeout = start_timeout
        self.shutdown_grace = shutdown_grace
        self.max_inbox_commands = max_inbox_commands
        self.max_inbox_bytes = max_inbox_bytes
        self.max_unread_replies = max_unread_replies
        self.shared = shared
        if linger < 0 or math.isnan(linger):
            raise ValueError(f"linger is a number of seconds >= 0 (or inf), not {linger!r}")
        if max_clients < 1:
            raise ValueError(f"max_clients is at least 1, not {max_clients!r}")
        if shared and self.pickle:
            raise ValueError("a shared run sends snapshots in MessagePack; the pickle codec cannot be shared")
        self.linger = float(linger)
        self.start_now = start_now
        self.max_clients = max_clients
        self.run: RunHub | None = None
        """The shared run now going (``shared=True``), if one is."""
        self.runs: list[RunHub] = []
        """Every shared run this server started, in order (for tests and the log)."""
        self._stopping = False
        self._watchers: set[asyncio.Task[None]] = set()
        self.gate: CommandGate | None = None
        """The current session's count of commands held (``gate.held``, ``gate.peak``)."""
        self.backlog: BacklogMeter | None = None
        """The current (or last) session's backlog toward its client (``backlog.now()``, ``backlog.peak``)."""
        self.left_behind: list[str] = []
        """Session threads that did not end and could not be killed, what each was doing (thread isolation)."""
        self._open: set[ServerConnection] = set()
        self._waiting: dict[ServerConnection, Waiting] = {}  # in the order they arrived
        self.sessions_run = 0
        self._server: Server | None = None
        self._busy = False
        self._accepting = True
        self._finished: asyncio.Event | None = None
        self._current: ServerConnection | None = None
        self._host: SessionHost | None = None
        self._vacant = asyncio.Event()
        self._vacant.set()
        # one thread decodes every large frame, in turn: decoding is CPU work under one GIL, so more
        # threads would not finish sooner, and the event loop keeps serving meanwhile (§11)
        self._decoder = ThreadPoolExecutor(1, thread_name_prefix="scenewire-decode")

    @property
    def url(self) -> str:
        """The URL a client on this machine connects with, the token included (wildcard binds: loopback)."""
        return with_token(connect_url(self.host, self.port), self.token)

    def _check_request(self, connection: ServerConnection, request: Request) -> Response | None:
        """Before the upgrade: refuse a browser's page and a rebinding name with HTTP 403 (§2.9).

        A plain GET (no ``Upgrade: websocket``) gets the viewer page from the bundle (web_page.py),
        after the same checks; the page's own origin may then open the WebSocket.
        """
        hosts, origins = request.headers.get_all("Host"), request.headers.get_all("Origin")
        origin = origins[0] if origins else None
        own = (page_origin(hosts[0]),) if len(hosts) == 1 and self.web.available else ()
        if len(hosts) > 1 or len(origins) > 1:
            why: str | None = "a repeated Host or Origin header"
        else:
            why = refuse_request(
                hosts[0] if hosts else None,
                origin,
                allowed_origins=(*self.allowed_origins, *own),
                allowed_hosts=self.allowed_hosts,
            )
        if why is None and origin is not None and self.pickle and not self.unsafe_pickle:
            why = "the pickle codec is never offered to a browser"
        if why is None:
            return None if is_upgrade(request) else self.web.response(request)
        log.warning("%s refused before the upgrade: %s", connection.remote_address, shown(why, 300))
        return connection.respond(HTTPStatus.FORBIDDEN, f"scenewire: {why}\n")

    @property
    def page_url(self) -> str:
        """The viewer's address for a browser on this machine; the token in its fragment, never sent in a GET."""
        page = "http" + connect_url(self.host, self.port).removeprefix("ws") + "/"
        return f"{page}#token={quote(self.token, safe='')}" if self.token else page

    async def start(self) -> None:
        if not is_loopback(self.host):
            log.warning(
                "listening on %r: other machines can reach this session%s",
                self.host,
                " (a token is required)" if self.token else "; no token is required (waived)",
            )
        self._finished = asyncio.Event()
        self._server = await serve(
            self._handle,
            self.host,
            self.port,
            process_request=self._check_request,
            create_connection=PongBoundConnection,
            subprotocols=[SUBPROTOCOL],  # type: ignore[list-item]
            select_subprotocol=_select_subprotocol,
            compression=None,  # arrays do not deflate well, and deflate costs more than loopback bandwidth
            max_size=self.max_frame_bytes,
            close_timeout=CLOSE_TIMEOUT_S,
            write_limit=self.budget.write_limit,  # counted in the backlog budget
            # keepalive is the session's (keepalive.py): a slow reader's late pong is forgiven while it reads
            ping_interval=None,
            ping_timeout=None,
        )
        # a wildcard bind of "" listens on IPv4 and IPv6, and with port 0 each gets a port of its own:
        # the URL printed is the IPv4 one (connect_url reaches a wildcard on loopback)
        sockets = sorted(self._server.sockets, key=lambda sock: sock.family != socket.AF_INET)
        self.port = sockets[0].getsockname()[1]
        log.info("scenewire server on %s%s", self.url, " (shared runs)" if self.shared else "")
        if self.shared and self.start_now:
            self._new_run()

    async def finished(self) -> None:
        """Return once the server is done: after the first session, or never with ``serve_forever``."""
        assert self._finished is not None, "start() first"
        await self._finished.wait()

    async def close(self) -> None:
        """Stop listening; a connected client gets 1001 and its session shuts down.

        Waits for the session's ``shutdown()``, which waits for the current
        ``advance()``. Cancelled while waiting (a second Ctrl-C), it kills a
        worker process at once; a session thread cannot be killed and is left
        behind.
        """
        if self._server is not None:
            self._accepting = False
            self._stopping = True
            # every close carries a reason (§12.4); the handlers then see the connection close and end their sessions
            closing = [
                asyncio.create_task(BoundedSocket(ws).close(CloseCode.GOING_AWAY, "the server is shutting down"))
                for ws in self._open
                if ws.state is State.OPEN
            ]
            if closing:
                await asyncio.wait(closing)
            if self.run is not None:
                try:
                    await self.run.end()  # shutdown() runs before the server is done
                except asyncio.CancelledError:
                    self.kill_session()
                    raise
            self._server.close()
            try:
                await self._server.wait_closed()
            except asyncio.CancelledError:
                self.kill_session()
                raise
            self._server = None
        self._decoder.shutdown(wait=False, cancel_futures=True)

    def kill_session(self) -> None:
        """Give up on the running session: kill its worker process (a thread is left behind)."""
        if self._host is not None:
            self._host.kill()

    async def __aenter__(self) -> BackendServer:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # -- one connection ----------------------------------------------------

    def _rules(self) -> Rules:
        return Rules(
            codec=self.codec,
            max_frame_bytes=self.max_frame_bytes,
            hello_timeout=self.hello_timeout,
            implementation=IMPLEMENTATION,
            token=self.token,
            minor=1,  # §2.5: 1.0 clients get 1.0 exactly in either mode
        )

    async def _handle(self, ws: ServerConnection) -> None:
        self._open.add(ws)
        try:
            await self._serve_connection(ws)
        finally:
            self._open.discard(ws)

    async def _serve_connection(self, ws: ServerConnection) -> None:
        peer = ws.remote_address
        rules = self._rules()
        path = ws.request.path if ws.request is not None else "/"
        await perform(BoundedSocket(ws), rules.upgrade(offered_subprotocols(ws), token_of(path)))
        if rules.close_code is not None:
            log.info("%s refused: %s", peer, shown(rules.close_reason))
            return
        # The slot is taken by a valid hello, not by a connection (§2.5): a client that says nothing locks no one
        # out. At the bound on those waiting, the one waiting longest makes room: an honest client says hello at
        # once, so that is a silent one, however fast silent ones are reopened.
        if len(self._waiting) >= self.max_waiting_for_hello:
            self._waiting.pop(next(iter(self._waiting))).evict.set()
        waiting = self._waiting[ws] = Waiting()
        try:
            hello = await self._receive_hello(ws, rules, waiting)
        except ConnectionClosed:
            return
        finally:
            if self._waiting.get(ws) is waiting:
                del self._waiting[ws]
        if hello is None:
            return
        if self.shared:
            await self._join_run(ws, rules)
            return
        if self._busy and self._current is not None and self._current.state in (State.CLOSING, State.CLOSED):
            # the previous client has left and its session is shutting down: a reconnect waits for it
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._vacant.wait(), self.shutdown_grace + self.hello_timeout)
        if not self._accepting:
            await perform(BoundedSocket(ws), rules.close(CloseCode.GOING_AWAY, "the server is shutting down"))
            return
        if self._busy:
            log.info("%s refused: another client is connected", peer)
            await perform(
                ws, rules.close(CloseCode.BUSY, "busy: another client is connected; this server takes one at a time")
            )
            return
        self._busy = True
        self._current = ws
        self._vacant.clear()
        ran = False
        try:
            log.info("%s connected (%s)", peer, shown(hello.implementation, 200))
            # §2.5: a 1.1 client controls its own run, with a run id new with each connection
            await perform(BoundedSocket(ws), rules.accept(access=CONTROL, run=new_run_id()))
            ran = True
            await self._run_session(ws, rules)
        except ConnectionClosed:
            pass
        finally:
            self._busy = False
            self._current = None
            self._vacant.set()
            if ran:
                self.sessions_run += 1
                log.info("%s: session ended", peer)
                if not self.serve_forever:
                    self._accepting = False
                    assert self._finished is not None
                    self._finished.set()

    # -- shared runs (1.1) -----------------------------------------------------

    def _new_run(self) -> RunHub:
        run = self.run = RunHub(self)
        self.runs.append(run)
        run.start()
        self._watchers.add(task := asyncio.create_task(self._after_run(run)))
        task.add_done_callback(self._watchers.discard)
        return run

    async def _after_run(self, run: RunHub) -> None:
        await run.ended.wait()
        if self.run is run:
            self.run = None
        self.sessions_run += 1
        if not self.serve_forever:
            self._accepting = False
            assert self._finished is not None
            self._finished.set()

    async def _join_run(self, ws: ServerConnection, rules: Rules) -> None:
        """A client with a valid hello joins the run going (or starts one); refused 4000 when it cannot."""
        run = self.run
        if run is not None and run._ending and self._accepting:
            # the last run is ending (its linger ran out, stop_session): the next client gets a fresh one
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(run.ended.wait(), self.shutdown_grace + self.hello_timeout)
            run = self.run
        if not self._accepting or (run is not None and run._ending):
            await perform(BoundedSocket(ws), rules.close(CloseCode.GOING_AWAY, "the server is shutting down"))
            return
        if run is None:
            run = self._new_run()
        why = run.refusal(rules)
        if why is not None:
            log.info("%s refused: %s", ws.remote_address, why)
            await perform(BoundedSocket(ws), rules.close(CloseCode.BUSY, why))
            return
        log.info(
            "%s connected (%s)",
            ws.remote_address,
            shown(rules.peer_hello.implementation if rules.peer_hello else "", 200),
        )
        await run.serve(ws, rules)

    @property
    def waiting_for_hello(self) -> int:
        """Connections upgraded and not yet past their hello (at most ``max_waiting_for_hello``)."""
        return len(self._waiting)

    async def _receive(self, rules: Rules, data: bytes | str) -> list[Any]:
        """``rules.receive(data)``, a frame over :data:`INLINE_DECODE_BYTES` decoded on the decode thread.

        No frame holds the event loop longer than decoding 4 KiB takes: a large one (a 40 000-panel
        layout, say) decodes beside the loop, which goes on serving every other connection.
        """
        if isinstance(data, str) or len(data) <= INLINE_DECODE_BYTES or len(data) > self.max_frame_bytes:
            return rules.receive(data)
        try:
            decoding = asyncio.get_running_loop().run_in_executor(self._decoder, rules.decode, data)
        except RuntimeError:  # the server is closing and its decode thread is gone
            return rules.receive(data)
        return rules.receive_decoded(await decoding)

    async def _receive_hello(self, ws: ServerConnection, rules: Rules, waiting: Waiting) -> Any:
        """The client's hello, or ``None`` after the rules closed the connection (timed out, evicted, refused)."""
        receive = asyncio.ensure_future(ws.recv())
        evicted = asyncio.ensure_future(waiting.evict.wait())
        try:
            await asyncio.wait({receive, evicted}, timeout=self.hello_timeout, return_when=asyncio.FIRST_COMPLETED)
        finally:
            evicted.cancel()
            if not receive.done():
                receive.cancel()  # websockets' recv() loses nothing when cancelled
                with contextlib.suppress(asyncio.CancelledError):
                    await receive
        if receive.done() and not receive.cancelled():
            events = await self._receive(rules, receive.result())  # a hello that came with the eviction counts
        elif waiting.evict.is_set():
            waited = time.monotonic() - waiting.since
            events = rules.close(
                CloseCode.HELLO_TIMEOUT,
                f"no hello after {waited:.1f} s, and {self.max_waiting_for_hello} newer connections wait: "
                "the longest waiting makes room",
            )
        else:
            events = rules.hello_timed_out()
        for event in await perform(BoundedSocket(ws), events):
            if isinstance(event, Handshake):
                return event.hello
        log.info("%s refused: %s", ws.remote_address, shown(rules.close_reason))
        return None

    async def _run_session(self, ws: ServerConnection, rules: Rules) -> None:
        loop = asyncio.get_running_loop()
        sock = ws.transport.get_extra_info("socket")
        # the kernel's send buffer is small and known, so that it fits in the budget beside the write buffer
        kernel = limit_send_buffer(sock, self.budget.send_buffer_request) if sock is not None else 0
        credit = self.budget.credit(kernel)
        # on a thread the outbox holds the session to its credit; a worker process waits for credit itself
        outbox = FrameOutbox(loop, credit if self.isolation is Isolation.THREAD else None)
        done = asyncio.Event()
        initialized = asyncio.Event()
        starting = asyncio.Event()

        def threadsafe(event: asyncio.Event) -> Callable[[], None]:
            def set_it() -> None:  # called from the host's thread
                with contextlib.suppress(RuntimeError):  # the event loop is gone
                    loop.call_soon_threadsafe(event.set)

            return set_it

        note = None
        if self.left_behind:
            # the person at the client should know that an earlier session still runs in this process;
            # told after the session's first frame (its scene), so that the order of §2.4 holds
            text = (
                f"note: {len(self.left_behind)} earlier session thread(s) did not end and still run in the "
                f"server ({self.left_behind[-1]}); this session is a fresh one"
            )
            note = self.codec.encode(Status(message=cut_text(text, MAX_ERROR_TEXT_BYTES)))
        gate = self.gate = CommandGate(loop, self.max_inbox_commands, self.max_inbox_bytes)
        host = self._host = make_host(
            self.isolation,
            self.source,
            self.codec,
            outbox,
            threadsafe(done),
            threadsafe(initialized),
            gate,
            threadsafe(starting),
            credit=credit,
        )
        meter = self.backlog = BacklogMeter(self.budget.total, host.outstanding, ws.transport, sock)
        host.start()
        reader = asyncio.create_task(self._read_commands(ws, rules, host, outbox, gate))
        refuse = None if rules.speaks_1_1 else functools.partial(refusal_for_1_0, self.codec)
        adapt = None if rules.speaks_1_1 else functools.partial(downgrade_for_1_0, self.codec)
        sender = asyncio.create_task(send_frames(ws, outbox, meter, note, refuse, adapt))
        watchdog = asyncio.create_task(self._watch_start(starting, initialized, done))
        keeper = asyncio.create_task(self._keep_alive(ws, outbox))
        cancelled = False
        give_up = False  # kill the session at once instead of granting it the grace period
        try:
            await asyncio.wait({reader, sender, watchdog, keeper}, return_when=asyncio.FIRST_COMPLETED)
            if keeper.done() and keeper.result() is not None:
                # a client that neither answers pings nor reads: give up, saying why (§2.6)
                log.warning("%s: %s", ws.remote_address, keeper.result())
                await perform(BoundedSocket(ws), rules.close(CloseCode.INTERNAL_ERROR, keeper.result()))
            elif watchdog.done() and watchdog.result():
                # the session did not finish starting in time: say so, then close as for one that could not (§2.7)
                reason = watchdog.result()
                log.error("%s: %s (the session was %s)", ws.remote_address, reason, host.phase)
                give_up = True
                error = Error(message=reason, code=ErrorCode.SESSION_ERROR.value)
                with contextlib.suppress(ConnectionClosed):
                    await BoundedSocket(ws).send(self.codec.encode(error))
                    await perform(BoundedSocket(ws), rules.close(CloseCode.INTERNAL_ERROR, reason))
            elif sender.done() and not sender.cancelled() and sender.exception() is None and sender.result():
                # a 1.0 client and a scene with 1.1 views (§13): say why, close 4001; the session is shut down
                await self._refuse_old_client(ws, rules, sender.result())
                give_up = True
            elif sender.done() and not sender.cancelled() and sender.exception() is None:
                # every frame of a finished session went out: close, saying why
                await done.wait()
                result = await asyncio.to_thread(host.join)
                if result.end is LoopEnd.FAILED:
                    reason = result.detail or "the session failed to start; see the error message"
                    await perform(BoundedSocket(ws), rules.close(CloseCode.INTERNAL_ERROR, reason))
                else:
                    await perform(BoundedSocket(ws), rules.close(CloseCode.NORMAL, "session stopped"))
        except asyncio.CancelledError:
            cancelled = True
        finally:
            host.close()
            outbox.close()
            # shutdown() must run before this connection is over, even when the server is being cancelled;
            # a session that does not end within the grace period (at once after the watchdog) is killed,
            # a thread can only be left behind
            ended, cancelled_waiting = await self._wait_for_end(host, done, 0.0 if give_up else self.shutdown_grace)
            cancelled = cancelled or cancelled_waiting
            if ended:
                await asyncio.to_thread(host.join)
            else:
                self.left_behind.append(f"left {host.phase}")
            self._host = None
            for task in (reader, sender, watchdog, keeper):
                task.cancel()
            await asyncio.gather(reader, sender, watchdog, keeper, return_exceptions=True)
            log.info("%s: backlog high-water %d bytes (budget %d)", ws.remote_address, meter.peak, self.budget.total)
        if cancelled:
            raise asyncio.CancelledError

    async def _refuse_old_client(self, ws: ServerConnection, rules: Rules, reason: str) -> None:
        """§13: a 1.0 client is never sent a 1.1 view; it gets an ``error`` and close 4001 saying why."""
        log.warning("%s: %s", ws.remote_address, reason)
        error = Error(message=reason, code=ErrorCode.VERSION_MISMATCH.value)
        with contextlib.suppress(ConnectionClosed):
            await BoundedSocket(ws).send(self.codec.encode(error))
            await perform(BoundedSocket(ws), rules.close(CloseCode.VERSION_MISMATCH, reason))

    async def _watch_start(self, starting: asyncio.Event, initialized: asyncio.Event, done: asyncio.Event) -> str:
        """Why the session did not finish starting in time (§2.7); else wait forever.

        Two clocks: ``start_timeout`` from the host's start until the session is about to be
        built (a worker's spawn, the import of the session's module, ``startup_scene()``), then
        ``initialize_timeout`` until ``initialize()`` returns.
        """
        legs = (
            (
                starting,
                self.start_timeout,
                "the session did not start within {:g} s (a worker's spawn, the import of the session's module, "
                "startup_scene())",
            ),
            (initialized, self.initialize_timeout, "the session's initialize() did not return within {:g} s"),
        )
        for event, limit, reason in legs:
            try:
                await asyncio.wait_for(event.wait(), limit)
            except asyncio.TimeoutError:
                if not done.is_set():
                    return reason.format(limit)
                break
        await asyncio.Event().wait()  # never: the watchdog has nothing more to say
        return ""

    async def _keep_alive(self, ws: ServerConnection, outbox: FrameOutbox) -> str | None:
        """The reason to give up on the client, or ``None`` once the connection closed (never with keepalive off)."""
        if not self.ping_interval:
            await asyncio.Event().wait()
        assert self.ping_interval
        timeout = self.ping_timeout or self.ping_interval
        return await keep_alive(ws, lambda: outbox.sent_bytes, self.ping_interval, timeout)

    async def _wait_for_end(self, host: SessionHost, done: asyncio.Event, grace: float) -> tuple[bool, bool]:
        """Wait for the session to end, killing it after ``grace`` s; (ended, cancelled meanwhile).

        Not ended means a thread was left behind: it cannot be killed.
        """
        cancelled = False
        loop = asyncio.get_running_loop()
        deadline = loop.time() + grace
        killed = False
        while not done.is_set():
            timeout = None if killed else max(0.0, deadline - loop.time())
            try:
                await asyncio.wait_for(asyncio.shield(done.wait()), timeout)
            except asyncio.TimeoutError:
                killed = True
                if grace:
                    log.warning("the session did not end within %g s of its client leaving", grace)
                if not await asyncio.to_thread(host.kill):
                    return False, cancelled
            except asyncio.CancelledError:
                cancelled = True
        return True, cancelled

    async def _read_commands(
        self, ws: ServerConnection, rules: Rules, host: SessionHost, outbox: FrameOutbox, gate: CommandGate
    ) -> None:
        try:
            while True:
                # a busy session holding its fill of commands: stop reading, so TCP slows the client down
                await gate.wait_for_room()
                data = await ws.recv()
                for event in await self._receive(rules, data):
                    if isinstance(event, Received) and isinstance(event.message, ControlRequest):
                        # §2.5: the one client of a per-connection run keeps control; the answer changes nothing
                        answer = rules.access_frame(CONTROL, False, 1)  # delivered to 1.1 clients only
                        if answer is not None:
                            outbox.put_now(answer)
                    elif isinstance(event, Received):
                        gate.added(len(data))
                        host.command(event.message)  # type: ignore[arg-type]
                    elif isinstance(event, Send):
                        if outbox.own_pending >= self.max_unread_replies:
                            # error replies pile up for a client that does not read them (§2.4)
                            reason = f"{outbox.own_pending} error replies left unread; stop sending frames we drop"
                            log.info("%s: %s", ws.remote_address, reason)
                            await close_and_discard(ws, CloseCode.POLICY_VIOLATION, reason)
                            return
                        outbox.put_now(event.data)  # after the frames queued before it
                    elif isinstance(event, Dropped):
                        log.info("dropped a frame: %s", shown(str(event.error), MAX_ERROR_TEXT_BYTES))
                    elif isinstance(event, Close):
                        await close_and_discard(ws, event.code, event.reason)
                        return
        except ConnectionClosed:
            pass


async def _then_cancel(first: Awaitable[None], task: asyncio.Task[Any]) -> None:
    try:
        await first
    finally:
        task.cancel()


class Terminated(Exception):
    """The server was stopped by SIGTERM (after its session's ``shutdown()``, as for Ctrl-C)."""


def run_backend_server(
    session_source: SessionSource,
    host: str = "127.0.0.1",
    port: int = 8765,
    *,
    serve_forever: bool = False,
    on_ready: Callable[[BackendServer], None] | None = None,
    before_stop: Callable[[signal.Signals], Awaitable[None]] | None = None,
    **options: Any,
) -> None:
    """Serve ``session_source`` until its session ends (or forever); blocks.

    ``on_ready`` is called once the socket is bound, with the server (its
    ``url`` and real ``port`` when ``port`` was 0). Other options go to
    :class:`BackendServer` (``isolation``, ``hello_timeout``, ``ping_interval``, ``shared``, ``linger``,
    ``start_now``, ``max_clients``, ...).

    Ctrl-C (SIGINT) and SIGTERM, in the main thread, stop serving: a connected
    client gets 1001 with a reason, and the server waits for the session's
    ``shutdown()`` (a worker that has not ended within ``shutdown_grace`` is
    killed), then raises ``KeyboardInterrupt`` (SIGINT) or :class:`Terminated`;
    a second signal kills a worker process whose ``advance()`` does not end.
    ``before_stop(signum)``, if given, is awaited first (``scenewire serve --mpi``
    tells its clients why the MPI job ends before they are closed).
    """
    check_source(session_source)
    stopped_by: signal.Signals | None = None

    async def main() -> None:
        server = BackendServer(session_source, host, port, serve_forever=serve_forever, **options)
        task = asyncio.current_task()
        assert task is not None

        def on_signal(signum: signal.Signals) -> None:
            nonlocal stopped_by
            if stopped_by is None:
                stopped_by = signum
                what = "interrupted" if signum == signal.SIGINT else "terminated"
                again = "Ctrl-C" if signum == signal.SIGINT else signum.name
                log.warning("%s: ending the session after its current advance (%s again to kill it)", what, again)
                if before_stop is None:
                    task.cancel()
                else:
                    pending.add(loop.create_task(_then_cancel(before_stop(signum), task)))
            else:
                server.kill_session()

        loop = asyncio.get_running_loop()
        pending: set[asyncio.Task[None]] = set()
        for signum in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):  # Windows, or not the main thread
                loop.add_signal_handler(signum, on_signal, signum)
        async with server:
            if on_ready is not None:
                on_ready(server)
            await server.finished()

    try:
        asyncio.run(main())
    except asyncio.CancelledError:
        if stopped_by is signal.SIGINT:
            raise KeyboardInterrupt from None
        if stopped_by is signal.SIGTERM:
            raise Terminated("stopped by SIGTERM") from None
        raise
