"""§2.6: a client that reads every frame but never answers a ping is kept while it takes frames, and
closed 1011 once a timeout passes in which it takes nothing.

The client is websockets' own sans-I/O ``ClientProtocol`` over a plain socket: it parses every frame
the server sends and queues its pongs as any client does, but this one never writes them.
"""

from __future__ import annotations

import asyncio
import socket
from typing import Any

from websockets.client import ClientProtocol
from websockets.frames import Opcode
from websockets.http11 import Response
from websockets.typing import Subprotocol
from websockets.uri import parse_uri

from scenewire.protocol import StopSession, encode, make_hello
from scenewire.transports.ws_server import BackendServer
from tests.test_session_kit import KitSession, LiveSession, reset_log

WAIT = 30.0


def pongless_client(url: str, stop_after: int | None = None) -> dict[str, Any]:
    """Handshake and hello, then read until the server closes; every pong it owes is thrown away.

    With ``stop_after``, send ``stop_session`` once that many frames came after the first ping.
    """
    uri = parse_uri(url)
    protocol = ClientProtocol(uri, subprotocols=[Subprotocol("scenewire.v1")])
    seen: dict[str, Any] = {"pings": 0, "binary": 0, "close": None}
    with socket.create_connection((uri.host, uri.port), timeout=WAIT) as sock:
        protocol.send_request(protocol.connect())
        sock.sendall(b"".join(protocol.data_to_send()))
        upgraded = False
        while seen["close"] is None:
            data = sock.recv(65536)
            if not data:
                break
            protocol.receive_data(data)
            for event in protocol.events_received():
                if isinstance(event, Response):
                    assert event.status_code == 101, event.status_code
                    upgraded = True
                elif event.opcode is Opcode.PING:
                    seen["pings"] += 1
                elif event.opcode is Opcode.BINARY:
                    seen["binary"] += 1
                    seen["after_ping"] = seen.get("after_ping", 0) + (1 if seen["pings"] else 0)
                elif event.opcode is Opcode.CLOSE:
                    seen["close"] = (protocol.close_rcvd.code, protocol.close_rcvd.reason)
            protocol.data_to_send()  # what it owes now is pongs (or a close's echo): thrown away
            if upgraded and not seen.get("hello_sent"):
                protocol.send_binary(encode(make_hello("client", "pongless/1.0")))
                sock.sendall(b"".join(protocol.data_to_send()))
                seen["hello_sent"] = True
            if stop_after is not None and seen.get("after_ping", 0) >= stop_after and not seen.get("stop_sent"):
                protocol.send_binary(encode(StopSession()))
                sock.sendall(b"".join(protocol.data_to_send()))  # the pongs were drained above: only the stop
                seen["stop_sent"] = True
    return seen


def against(source: type, stop_after: int | None = None) -> dict[str, Any]:
    """The pongless client against a server that pings every 0.2 s and waits 0.5 s for each pong."""

    async def main() -> dict[str, Any]:
        reset_log()
        options = {"isolation": "thread", "ping_interval": 0.2, "ping_timeout": 0.5}
        async with BackendServer(source, "127.0.0.1", 0, **options) as server:
            seen = await asyncio.to_thread(pongless_client, server.url, stop_after)
            await asyncio.wait_for(server.finished(), WAIT)
        return seen

    return asyncio.run(asyncio.wait_for(main(), 120))


def test_a_client_that_reads_but_never_answers_pings_is_closed_1011_when_nothing_is_left_to_read() -> None:
    seen = against(KitSession)  # an idle session: after its scene, nothing to take
    assert seen["binary"] >= 2  # the server's hello and the scene: it read them
    assert seen["pings"] >= 1
    code, reason = seen["close"]
    assert code == 1011 and reason.startswith("keepalive: no pong within 0.5 s"), (code, reason)


def test_a_client_that_reads_but_never_answers_pings_is_kept_while_it_takes_frames() -> None:
    # LiveSession waits 0.02 s between ticks and sends a frame each: 100 frames after the first ping
    # span at least 2 s, four times the pong timeout, all without a pong
    seen = against(LiveSession, stop_after=100)
    assert seen["pings"] >= 1 and seen["after_ping"] >= 100
    code, reason = seen["close"]
    assert code == 1000, (code, reason)  # stopped by its stop_session, not by the keepalive
