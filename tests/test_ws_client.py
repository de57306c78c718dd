"""SceneClient's side of the hello (spec 2.3 step 7) against a scripted server on a loopback socket."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import pytest
from websockets.asyncio.server import ServerConnection, serve

from scenewire import ErrorCode, encode
from scenewire.protocol import SUBPROTOCOL, Error, Reset, Status, make_hello
from scenewire.transports.probe import probe
from scenewire.transports.ws_client import HelloRefused, SceneClient, ServerClosed, close_reason

Reply = Callable[[ServerConnection], Awaitable[None]]


async def refusal(reply: Reply, **connect: float) -> tuple[BaseException, int | None, str | None]:
    """Connect a SceneClient to a server that reads the client's hello and then runs ``reply``.

    Returns what ``connect`` raised and the close code and reason the server received.
    """
    closed: asyncio.Future[tuple[int | None, str | None]] = asyncio.get_running_loop().create_future()

    async def handler(ws: ServerConnection) -> None:
        await ws.recv()  # the client's hello
        await reply(ws)
        await ws.wait_closed()
        closed.set_result((ws.close_code, ws.close_reason))

    def pick(connection: ServerConnection, offered: list[str]) -> str | None:
        return SUBPROTOCOL if SUBPROTOCOL in offered else None

    async with serve(handler, "127.0.0.1", 0, select_subprotocol=pick) as server:
        port = server.sockets[0].getsockname()[1]
        with pytest.raises(BaseException) as info:
            await SceneClient.connect(f"ws://127.0.0.1:{port}", **connect)
        code, reason = await asyncio.wait_for(closed, 30)
    return info.value, code, reason


def server_hello(**fields: object) -> bytes:
    hello = make_hello("server", "scripted")
    for key, value in fields.items():
        setattr(hello, key, value)
    return encode(hello)


def test_another_major_closes_4001_with_a_reason() -> None:
    async def reply(ws: ServerConnection) -> None:
        await ws.send(server_hello(major=2, minor=3))

    error, code, reason = asyncio.run(refusal(reply))
    assert isinstance(error, HelloRefused)
    assert error.code is ErrorCode.VERSION_MISMATCH and error.close_code == 4001
    assert code == 4001 and reason == error.detail
    assert "scenewire 2.3" in reason and "1.1" in reason  # this client speaks 1.1


def test_a_hello_from_another_client_closes_1002() -> None:
    async def reply(ws: ServerConnection) -> None:
        await ws.send(server_hello(role="client"))

    error, code, _ = asyncio.run(refusal(reply))
    assert isinstance(error, HelloRefused)
    assert error.code is ErrorCode.UNEXPECTED_MESSAGE and error.close_code == code == 1002


@pytest.mark.parametrize(
    ("frame", "wanted", "close"),
    [
        (encode(Status(message="hi")), ErrorCode.UNEXPECTED_MESSAGE, 1002),
        ("a text frame", ErrorCode.BAD_ENVELOPE, 1003),
        (b"\xc1", ErrorCode.MALFORMED_MSGPACK, 1002),
    ],
    ids=["status", "text", "not_msgpack"],
)
def test_a_first_frame_that_is_not_a_hello_is_refused(frame: bytes | str, wanted: ErrorCode, close: int) -> None:
    async def reply(ws: ServerConnection) -> None:
        await ws.send(frame)

    error, code, reason = asyncio.run(refusal(reply))
    assert isinstance(error, HelloRefused)
    assert error.code is wanted and error.close_code == code == close and reason


def test_no_server_hello_closes_4002() -> None:
    async def reply(ws: ServerConnection) -> None:
        pass  # say nothing until the client gives up

    error, code, reason = asyncio.run(refusal(reply, hello_timeout=0.2))
    assert isinstance(error, asyncio.TimeoutError) and "no hello" in str(error)
    assert code == 4002 and reason == "no hello within 0.2 s"


def test_the_servers_refusal_arrives_with_its_error() -> None:
    async def reply(ws: ServerConnection) -> None:
        await ws.send(encode(Error(message="go away", code="version_mismatch")))
        await ws.close(4001, "this server speaks scenewire 9.0")

    error, code, _ = asyncio.run(refusal(reply))
    assert isinstance(error, ServerClosed)
    assert error.code == 4001 and error.reason == "this server speaks scenewire 9.0"
    assert error.error is not None and error.error.message == "go away"
    assert code == 4001


def test_close_reason_fits_in_123_bytes() -> None:
    assert close_reason("short") == "short"
    cut = close_reason("é" * 100)
    assert len(cut.encode()) <= 123 and cut.endswith("...")


def test_probe_says_it_refused_a_server_of_another_major() -> None:
    async def scenario() -> tuple[int, list[str]]:
        async def handler(ws: ServerConnection) -> None:
            await ws.recv()
            await ws.send(server_hello(major=2, minor=0))
            await ws.wait_closed()

        lines: list[str] = []
        async with serve(handler, "127.0.0.1", 0, subprotocols=[SUBPROTOCOL]) as server:  # type: ignore[list-item]
            port = server.sockets[0].getsockname()[1]
            status = await probe(f"ws://127.0.0.1:{port}", out=lines.append)
        return status, lines

    status, lines = asyncio.run(scenario())
    assert status == 2
    assert lines == [lines[0]] and lines[0].startswith("refused the server: closed 4001 (version_mismatch): ")


def test_probe_reports_a_command_and_a_second_hello_then_closes_1003_on_text() -> None:
    closed: list[tuple[int | None, str | None]] = []

    async def scenario() -> tuple[int, list[str]]:
        async def handler(ws: ServerConnection) -> None:
            await ws.recv()
            await ws.send(server_hello())
            await ws.send(encode(Status(message="one")))
            await ws.send(encode(Reset()))
            await ws.send(server_hello())
            await ws.send("a text frame")
            await ws.wait_closed()
            closed.append((ws.close_code, ws.close_reason))

        lines: list[str] = []
        async with serve(handler, "127.0.0.1", 0, subprotocols=[SUBPROTOCOL]) as server:  # type: ignore[list-item]
            port = server.sockets[0].getsockname()[1]
            status = await probe(f"ws://127.0.0.1:{port}", seconds=30, out=lines.append)
        return status, lines

    status, lines = asyncio.run(scenario())
    assert status == 1
    assert lines[1].startswith("status")
    assert lines[2] == "dropped: unexpected from the server: the server sent the command reset; dropped"
    assert lines[3] == "dropped: unexpected from the server: the server sent a second hello; dropped"
    assert lines[4].startswith("probe closed: 1003 ")
    assert closed[0][0] == 1003
