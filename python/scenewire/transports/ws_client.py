"""A headless asyncio client: the hello exchange, then commands out and updates in.

Used by ``scenewire probe``, by the tests and by the benchmarks; the Qt
frontend has its own client on ``QWebSocket``. A frame that fails to decode
raises :class:`~scenewire.wire.ProtocolError` from :meth:`SceneClient.receive`
and the connection stays up, as the spec says; the caller reports it and
reads on.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from typing import Any

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from .. import __version__
from ..protocol import REGISTRY, SUBPROTOCOL, Error, Hello, SessionCommand, check_peer_hello, make_hello
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
        self.error = error  # the error message the server sent before closing, if any
        detail = f": {error.message}" if error is not None else ""
        super().__init__(f"server closed the connection ({code} {reason}){detail}")

    @classmethod
    def from_exc(cls, exc: ConnectionClosed, error: Error | None = None) -> ServerClosed:
        frame = exc.rcvd or exc.sent
        return cls(frame.code if frame else None, frame.reason if frame else "", error)


class SceneClient:
    """One connection to a scenewire server, past the hello exchange."""

    def __init__(self, ws: ClientConnection, server_hello: Hello, codec: Codec) -> None:
        self.ws = ws
        self.server_hello = server_hello
        self.codec = codec

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
    ) -> SceneClient:
        """Open, say hello, check the server's hello; ``ServerClosed`` if it refuses."""
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
            try:
                await ws.send(codec.encode(hello or make_hello("client", IMPLEMENTATION)))
                reply = codec.decode(await ws.recv())
            except ConnectionClosed as exc:  # refused right after the upgrade (busy, version)
                raise ServerClosed.from_exc(exc) from None
            if isinstance(reply, Error):
                try:
                    await ws.recv()
                except ConnectionClosed as exc:
                    raise ServerClosed.from_exc(exc, reply) from None
                raise ProtocolError(ErrorCode.UNEXPECTED_MESSAGE, f"server sent an error instead of hello: {reply}")
            if not isinstance(reply, Hello):
                raise ProtocolError(ErrorCode.UNEXPECTED_MESSAGE, f"server sent {reply.wire_kind} before its hello")
            check_peer_hello(reply, "server")
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
            raise ServerClosed.from_exc(exc) from None
        if isinstance(data, str):
            raise ProtocolError(ErrorCode.BAD_ENVELOPE, "server sent a text frame")
        return self.codec.decode(data)

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
