"""A headless asyncio client: the hello exchange, then commands out and updates in.

Used by ``scenewire probe``, by the tests and by the benchmarks; the Qt
frontend has its own client on ``QWebSocket``. A frame that fails to decode
raises :class:`~scenewire.wire.ProtocolError` from :meth:`SceneClient.receive`
and the connection stays up, as the spec says; the caller reports it and
reads on.

The client's side of the hello (spec 2.3 step 7): a server hello with another
major closes the connection with 4001 and a reason; a first message that is
not a server's hello (or does not decode) closes with 1002; no hello within
``hello_timeout`` closes with 4002. Either refusal raises :class:`HelloRefused`.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from typing import Any

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from .. import __version__
from ..protocol import REGISTRY, SUBPROTOCOL, CloseCode, Error, Hello, SessionCommand, check_peer_hello, make_hello
from ..protocol.hello import HELLO_TIMEOUT_S
from ..wire import ErrorCode, ProtocolError
from ..wire.codec import Codec, MsgpackCodec
from ..wire.limits import MAX_FRAME_BYTES, Limits
from ..wire.records import Record

IMPLEMENTATION = f"scenewire-python-probe/{__version__}"


class ServerClosed(Exception):
    """The server closed the connection; ``code`` and ``reason`` say why."""

    def __init__(self, code: int | None, reason: str, error: Error | None = None) -> None:
        self.code = code
        self.reason = reason
        self.error = error  # the last error message the server sent before closing, if any
        detail = f": {error.message}" if error is not None else ""
        super().__init__(f"server closed the connection ({code} {reason}){detail}")

    @classmethod
    def from_exc(cls, exc: ConnectionClosed, error: Error | None = None) -> ServerClosed:
        frame = exc.rcvd or exc.sent
        return cls(frame.code if frame else None, frame.reason if frame else "", error)


class HelloRefused(ProtocolError):
    """This client refused the server's hello and closed the connection with ``close_code``.

    ``code`` is the protocol error (``version_mismatch`` for another major,
    close 4001; anything else closes with 1002); ``detail`` is the reason sent
    with the close, for the person to read.
    """

    def __init__(self, code: ErrorCode, detail: str, close_code: int) -> None:
        super().__init__(code, detail)
        self.close_code = close_code

    def __str__(self) -> str:
        return f"refused the server's hello, closed with {self.close_code} ({self.code.value}): {self.detail}"


def close_reason(text: str) -> str:
    """A close reason fits in 123 UTF-8 bytes (RFC 6455); cut longer ones."""
    data = text.encode()
    return text if len(data) <= 123 else data[:120].decode(errors="ignore") + "..."


class SceneClient:
    """One connection to a scenewire server, past the hello exchange."""

    def __init__(self, ws: ClientConnection, server_hello: Hello, codec: Codec) -> None:
        self.ws = ws
        self.server_hello = server_hello
        self.codec = codec
        self.last_error: Error | None = None  # attached to ServerClosed: it often says why (before a 1011)

    @classmethod
    async def connect(
        cls,
        url: str,
        *,
        subprotocols: Sequence[str] = (SUBPROTOCOL,),
        hello: Hello | None = None,
        open_timeout: float = 10.0,
        ping_interval: float | None = 20.0,
        ping_timeout: float | None = 20.0,
        max_frame_bytes: int = MAX_FRAME_BYTES,
        hello_timeout: float | None = HELLO_TIMEOUT_S,
    ) -> SceneClient:
        """Open, say hello, check the server's hello.

        ``ServerClosed`` if the server refuses (with the ``error`` it sent
        first, if any); :class:`HelloRefused` if this client refuses the
        server's hello (another major: close 4001); ``asyncio.TimeoutError``
        if no hello arrives within ``hello_timeout`` seconds (close 4002).
        """
        codec = MsgpackCodec(REGISTRY, Limits(max_frame_bytes=max_frame_bytes))
        ws = await open_socket(
            url,
            subprotocols=subprotocols,
            open_timeout=open_timeout,
            ping_interval=ping_interval,
            ping_timeout=ping_timeout,
            max_frame_bytes=max_frame_bytes,
        )
        try:
            await ws.send(codec.encode(hello or make_hello("client", IMPLEMENTATION)))
            reply = await asyncio.wait_for(read_server_hello(ws, codec), hello_timeout)
        except ConnectionClosed as exc:  # refused right after the upgrade (busy, version)
            raise ServerClosed.from_exc(exc) from None
        except asyncio.TimeoutError:
            await ws.close(CloseCode.HELLO_TIMEOUT, f"no hello within {hello_timeout:g} s")
            raise asyncio.TimeoutError(f"no hello from the server within {hello_timeout:g} s") from None
        except ProtocolError as exc:
            close_code = (
                CloseCode.VERSION_MISMATCH if exc.code is ErrorCode.VERSION_MISMATCH else CloseCode.PROTOCOL_ERROR
            )
            await ws.close(close_code, close_reason(exc.detail))
            raise HelloRefused(exc.code, exc.detail, close_code) from None
        except BaseException:
            await ws.close()
            raise
        return cls(ws, reply, codec)

    async def send(self, command: SessionCommand) -> None:
        await self.ws.send(self.codec.encode(command))

    async def receive(self, timeout: float | None = None) -> Record:
        """The next message; ``ServerClosed`` once the server has closed, ``TimeoutError`` after ``timeout``."""
        try:
            data = await asyncio.wait_for(self.ws.recv(), timeout)
        except ConnectionClosed as exc:
            raise ServerClosed.from_exc(exc, self.last_error) from None
        if isinstance(data, str):
            raise ProtocolError(ErrorCode.BAD_ENVELOPE, "server sent a text frame")
        message = self.codec.decode(data)
        if isinstance(message, Error):
            self.last_error = message
        return message

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


async def read_server_hello(ws: ClientConnection, codec: Codec) -> Hello:
    """The server's hello, checked; ``ProtocolError`` if it is not one this client accepts.

    An ``error`` before it (a server refusing this client's hello) is kept and
    reading goes on: the close that follows raises ``ServerClosed`` with it.
    """
    error: Error | None = None
    while True:
        try:
            frame = await ws.recv()
        except ConnectionClosed as exc:
            raise ServerClosed.from_exc(exc, error) from None
        if isinstance(frame, str):
            raise ProtocolError(ErrorCode.BAD_ENVELOPE, "the server's first frame is a text frame, not a hello")
        message = codec.decode(frame)
        if isinstance(message, Error):
            error = message
            continue
        if not isinstance(message, Hello):
            raise ProtocolError(ErrorCode.UNEXPECTED_MESSAGE, f"the server sent {message.wire_kind} before its hello")
        check_peer_hello(message, "server")
        return message


async def open_socket(
    url: str,
    *,
    subprotocols: Sequence[str] = (SUBPROTOCOL,),
    open_timeout: float = 10.0,
    ping_interval: float | None = 20.0,
    ping_timeout: float | None = 20.0,
    max_frame_bytes: int = MAX_FRAME_BYTES,
) -> ClientConnection:
    """A bare WebSocket with scenewire's settings, before any hello (tests send raw frames on it)."""
    return await connect(
        url,
        subprotocols=list(subprotocols) or None,  # type: ignore[arg-type]
        compression=None,
        open_timeout=open_timeout,
        ping_interval=ping_interval,
        ping_timeout=ping_timeout,
        max_size=max_frame_bytes,
    )
