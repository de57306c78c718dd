"""A headless asyncio client: the hello exchange, then commands out and updates in.

Used by ``scenewire probe``, by the tests and by the benchmarks; the Qt
frontend has its own client on ``QWebSocket``. Both follow the client rules
of :class:`scenewire.protocol.connection.ClientConnection`; this module only
moves the bytes. A frame that fails to decode raises
:class:`~scenewire.wire.ProtocolError` from :meth:`SceneClient.receive` and
the connection stays up (§2.4): the caller reports it and reads on. So does
a frame the server should not have sent (a command, a second ``hello``),
with code ``unexpected_message``. A text frame closes the connection with
1003 (§2.1) and raises :class:`ServerClosed`.

Protocol 1.1 (§2.5): ``connect(access="observe")`` asks for a role; the
server's hello says which one it gave (:attr:`SceneClient.access`) and names
the run (:attr:`SceneClient.run`). ``access`` messages come out of
:meth:`SceneClient.receive` like updates (a ``SceneState`` ignores them) and
update :attr:`~SceneClient.access`, :attr:`~SceneClient.waiting` and
:attr:`~SceneClient.clients`; :meth:`SceneClient.request_control` asks for
control or gives it up; :meth:`SceneClient.reconnect` comes back after a
connection ended and says whether it is the same run.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from typing import Any

from websockets.asyncio.client import ClientConnection as Socket
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from .. import __version__
from ..protocol import REGISTRY, SUBPROTOCOL, Access, Error, Hello, RunControl, RunState, SessionCommand
from ..protocol.close import close_reason
from ..protocol.connection import ClientConnection, Close, Dropped, Ended, Handshake, Received, with_token
from ..protocol.limits import (
    HELLO_TIMEOUT_S,
    MAX_FRAME_BYTES,
    MAX_QUEUED_FRAMES,
    OPEN_TIMEOUT_S,
    PING_INTERVAL_S,
    PING_TIMEOUT_S,
)
from ..protocol.run_control import PAUSE, RESUME, SPEED, STEP
from ..wire import ErrorCode, ProtocolError, ScenewireError
from ..wire.codec import MsgpackCodec
from ..wire.limits import Limits
from ..wire.records import Record
from .ws_events import perform

IMPLEMENTATION = f"scenewire-python-probe/{__version__}"

__all__ = ["REFUSALS", "HelloRefused", "SceneClient", "ServerClosed", "close_reason", "open_socket"]

REFUSALS = frozenset(range(4000, 4004))
"""Closes a reconnect does not retry (§12.4): busy, another version, no hello, a wrong token."""


class ServerClosed(ScenewireError):
    """The connection is over; ``code`` and ``reason`` say why (``code`` None: the link dropped).

    ``error`` is the last ``error`` message the server sent before, if any: it
    often says why (before a 1011, a 4001). ``by_client`` is true when this
    client closed it (a text frame from the server, 1003).
    """

    def __init__(self, code: int | None, reason: str, error: Error | None = None, by_client: bool = False) -> None:
        self.code = code
        self.reason = reason
        self.error = error
        self.by_client = by_client
        who = "this client" if by_client else "server"
        detail = f": {error.message}" if error is not None else ""
        super().__init__(f"{who} closed the connection ({code} {reason}){detail}")

    @classmethod
    def from_exc(cls, exc: ConnectionClosed, error: Error | None = None) -> ServerClosed:
        frame = exc.rcvd or exc.sent
        return cls(frame.code if frame else None, frame.reason if frame else "", error)


class HelloRefused(ProtocolError):
    """This client refused the server's hello and closed the connection with ``close_code``.

    ``code`` is the protocol error (``version_mismatch`` for another major,
    close 4001; anything else closes with 1002, a text frame with 1003);
    ``detail`` is the reason sent with the close, for the person to read.
    """

    def __init__(self, code: ErrorCode, detail: str, close_code: int) -> None:
        super().__init__(code, detail)
        self.close_code = close_code

    def __str__(self) -> str:
        return f"refused the server's hello, closed with {self.close_code} ({self.code.value}): {self.detail}"


class SceneClient:
    """One connection to a scenewire server, past the hello exchange."""

    def __init__(self, ws: Socket, rules: ClientConnection) -> None:
        self.ws = ws
        self.rules = rules
        assert rules.peer_hello is not None, "SceneClient.connect() makes these"
        self.server_hello: Hello = rules.peer_hello
        self.codec = rules.codec
        self.run_state: RunState | None = None
        """The run's last ``run_state`` (1.1, §7.15): running, paused or stopped, and the speed limit."""
        self.access: str | None = rules.access
        """This client's role (1.1): the server hello's, then each ``access`` message's; ``None`` from a 1.0 server,
        where every client controls."""
        self.waiting = False
        """This client's request for control waits (the last ``access`` message)."""
        self.clients: int | None = None
        """Clients connected to the run, this one included (the last ``access`` message; ``None`` before one)."""
        self.same_run: bool | None = None
        """After :meth:`reconnect`: whether the server's hello named the run this client left (``None``: not known)."""
        self._connect_args: dict[str, Any] = {}

    @property
    def run(self) -> str | None:
        """The run's id the server's hello named (1.1, 32 hex digits); ``None`` from a 1.0 server."""
        return self.rules.run

    @property
    def last_error(self) -> Error | None:
        """The last ``error`` the server sent; attached to ServerClosed: it often says why (before a 1011)."""
        return self.rules.last_error

    @classmethod
    async def connect(
        cls,
        url: str,
        *,
        token: str | None = None,
        subprotocols: Sequence[str] = (SUBPROTOCOL,),
        hello: Hello | None = None,
        open_timeout: float = OPEN_TIMEOUT_S,
        ping_interval: float | None = PING_INTERVAL_S,
        ping_timeout: float | None = PING_TIMEOUT_S,
        max_frame_bytes: int = MAX_FRAME_BYTES,
        hello_timeout: float | None = HELLO_TIMEOUT_S,
        access: str | None = None,
    ) -> SceneClient:
        """Open, say hello, check the server's hello.

        ``access`` (1.1): ``"control"`` or ``"observe"``, the role to ask for
        (``None``: none named, which a server takes as control); give it here
        or in ``hello``, not both. ``token`` goes in the URL's query if the server asks for one.
        ``ServerClosed`` if the server refuses (with the ``error`` it sent
        first, if any); :class:`HelloRefused` if this client refuses the
        server's hello (another major: close 4001); ``asyncio.TimeoutError``
        if no hello arrives within ``hello_timeout`` seconds (close 4002).
        """
        codec = MsgpackCodec(REGISTRY, Limits(max_frame_bytes=max_frame_bytes))
        rules = ClientConnection(
            codec=codec,
            max_frame_bytes=max_frame_bytes,
            hello_timeout=hello_timeout or HELLO_TIMEOUT_S,
            hello=hello,
            implementation=IMPLEMENTATION,
            access=access,
        )
        ws = await open_socket(
            with_token(url, token),
            subprotocols=subprotocols,
            open_timeout=open_timeout,
            ping_interval=ping_interval,
            ping_timeout=ping_timeout,
            max_frame_bytes=max_frame_bytes,
        )
        try:
            await ws.send(rules.hello_frame())
            await asyncio.wait_for(_await_handshake(ws, rules), hello_timeout)
        except ConnectionClosed as exc:  # refused right after the upgrade (busy, version)
            raise ServerClosed.from_exc(exc, rules.last_error) from None
        except asyncio.TimeoutError:
            await perform(ws, rules.hello_timed_out())
            raise asyncio.TimeoutError(f"no hello from the server within {hello_timeout:g} s") from None
        except BaseException:
            await ws.close()
            raise
        client = cls(ws, rules)
        client._connect_args = {
            "url": url,
            "token": token,
            "subprotocols": subprotocols,
            "hello": hello,
            "open_timeout": open_timeout,
            "ping_interval": ping_interval,
            "ping_timeout": ping_timeout,
            "max_frame_bytes": max_frame_bytes,
            "hello_timeout": hello_timeout,
            "access": access,
        }
        return client

    async def request_control(self, want: bool = True) -> None:
        """Ask for control (``want``) or give it up (§6.7); the answer is an ``access`` message.

        ``ConnectionStateError`` when the server's hello says minor 0: it has no roles.
        """
        await self.ws.send(self.rules.request_control(want))

    async def reconnect(
        self,
        *,
        attempts: int = 10,
        first_delay: float = 0.25,
        max_delay: float = 5.0,
    ) -> SceneClient:
        """A new connection to the same server, asking for the role this one had; ``same_run`` says whether it
        came back to the same run (the server's hello names the run this one had).

        Call it once this connection is over (or to leave it: it is closed first). Tries ``attempts`` times,
        waiting ``first_delay`` seconds, then twice as long each time up to ``max_delay``. A refusal (close 4000
        to 4003: busy, another version, no hello, a wrong token) is not retried: its ``ServerClosed`` is raised,
        as is the last failure when every attempt failed.
        """
        if not self._connect_args:
            raise RuntimeError("reconnect() needs a client made by SceneClient.connect()")
        if self.ws.close_code is None:
            await self.close()
        args = dict(self._connect_args)
        if args["hello"] is None and self.access is not None:
            args["access"] = self.access  # the role it had: a controller asks for control again
        delay = first_delay
        for attempt in range(1, attempts + 1):
            try:
                client = await SceneClient.connect(**args)
            except ServerClosed as exc:
                if exc.code in REFUSALS or attempt == attempts:
                    raise
            except (OSError, asyncio.TimeoutError):
                if attempt == attempts:
                    raise
            else:
                client.same_run = None if client.run is None or self.run is None else client.run == self.run
                return client
            await asyncio.sleep(delay)  # backoff between attempts, not a wait for a condition
            delay = min(delay * 2, max_delay)
        raise AssertionError("unreachable: the last attempt returns or raises")

    async def send(self, command: SessionCommand | RunControl) -> None:
        await self.ws.send(self.rules.send(command))

    # -- run control (§6.8, 1.1): the answer is a run_state message, to every client -------------------------

    async def pause(self) -> None:
        """Pause the run: no ``advance()`` until :meth:`resume` or :meth:`step`; commands and pings go on."""
        await self.send(RunControl(action=PAUSE))

    async def resume(self) -> None:
        """Let a paused (or stopped) run advance again."""
        await self.send(RunControl(action=RESUME))

    async def step(self, steps: int = 1) -> None:
        """Advance ``steps`` ticks, then wait paused."""
        await self.send(RunControl(action=STEP, steps=steps))

    async def speed(self, ticks_per_s: float | None) -> None:
        """Advance at most ``ticks_per_s`` ticks a second (``None``: no limit)."""
        await self.send(RunControl(action=SPEED, ticks_per_s=ticks_per_s))

    async def receive(self, timeout: float | None = None) -> Record:
        """The next update.

        ``ServerClosed`` once the connection is over; ``ProtocolError`` for a
        frame dropped by the rules (the connection stays); ``TimeoutError``
        after ``timeout`` seconds.
        """
        while True:
            try:
                data = await asyncio.wait_for(self.ws.recv(), timeout)
            except ConnectionClosed as exc:
                raise self._closed(exc) from None
            for event in self.rules.receive(data):
                if isinstance(event, Received):
                    if isinstance(event.message, Access):
                        self._note_access(event.message)
                    elif isinstance(event.message, RunState):
                        self.run_state = event.message
                    return event.message
                if isinstance(event, Dropped):
                    raise event.error
                if isinstance(event, Close):
                    await self.ws.close(event.code, event.reason)
                    raise ServerClosed(event.code, event.reason, self.last_error, by_client=True)

    def _note_access(self, message: Access) -> None:
        self.access, self.waiting, self.clients = message.access, message.waiting, message.clients

    def _closed(self, exc: ConnectionClosed) -> ServerClosed:
        frame = exc.rcvd or exc.sent
        (ended,) = self.rules.connection_lost(frame.code if frame else None, frame.reason if frame else "")
        assert isinstance(ended, Ended)
        return ServerClosed(ended.code, ended.reason, ended.last_error)

    async def messages(self) -> AsyncIterator[Record]:
        """Every message until the server closes; decode errors are raised, not skipped."""
        while True:
            try:
                yield await self.receive()
            except ServerClosed:
                return

    async def close(self, code: int = 1000, reason: str = "") -> None:
        await self.ws.close(code, reason)

    @property
    def close_code(self) -> int | None:
        return self.ws.close_code

    @property
    def close_reason(self) -> str | None:
        return self.ws.close_reason

    async def __aenter__(self) -> SceneClient:
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.close()


async def _await_handshake(ws: Socket, rules: ClientConnection) -> None:
    """Read until the server's hello; raise as the rules decide.

    An ``error`` before the hello (a server refusing this client's hello) is
    kept by the rules: the close that follows raises ``ServerClosed`` with it.
    """
    while True:
        try:
            frame = await ws.recv()
        except ConnectionClosed as exc:
            code = exc.rcvd.code if exc.rcvd else None
            raise ServerClosed(code, exc.rcvd.reason if exc.rcvd else "", rules.last_error) from None
        events = rules.receive(frame)
        await perform(ws, events)
        for event in events:
            if isinstance(event, Handshake):
                return
            if isinstance(event, Close):  # the rules refused the server's first frame
                code = event.error.code if event.error is not None else ErrorCode.UNEXPECTED_MESSAGE
                raise HelloRefused(code, event.reason, event.code)


async def open_socket(
    url: str,
    *,
    subprotocols: Sequence[str] = (SUBPROTOCOL,),
    open_timeout: float = OPEN_TIMEOUT_S,
    ping_interval: float | None = PING_INTERVAL_S,
    ping_timeout: float | None = PING_TIMEOUT_S,
    max_frame_bytes: int = MAX_FRAME_BYTES,
) -> Socket:
    """A bare WebSocket with scenewire's settings, before any hello (tests send raw frames on it).

    ``websockets`` reads at most :data:`MAX_QUEUED_FRAMES` frames ahead of the
    reader, then stops reading the socket (§11.1): ``probe`` and ``record``
    hold no more than that many frames, however fast the server sends, and
    neither holds a tick (they handle each message as it arrives).
    """
    return await connect(
        url,
        subprotocols=list(subprotocols) or None,  # type: ignore[arg-type]
        compression=None,
        open_timeout=open_timeout,
        ping_interval=ping_interval,
        ping_timeout=ping_timeout,
        max_size=max_frame_bytes,
        max_queue=MAX_QUEUED_FRAMES,
    )
