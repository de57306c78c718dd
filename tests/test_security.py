"""The server under attack, on loopback: who may connect (§2.9) and what a hostile client cannot do.

Each test is a row of the attack table in docs/security.md, against a real
server; the cross-origin rows use headless Chromium as the hostile page.
"""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
from collections.abc import Awaitable, Callable
from typing import Any

import msgpack
import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidStatus
from websockets.protocol import State

from scenewire.protocol import SetControl, Status, StopSession, encode, make_hello, pickle_codec
from scenewire.protocol.connection import with_token
from scenewire.transports.addresses import connect_url
from scenewire.transports.ws_client import SceneClient, ServerClosed, open_socket
from scenewire.transports.ws_server import BackendServer
from tests.conftest import ROOT
from tests.foreign import attack_page, browser_visit, page_server
from tests.test_session_kit import LOG, KitSession, reset_log

WAIT = 20.0


def serving(check: Callable[[BackendServer], Awaitable[Any]], **options: Any) -> Any:
    async def main() -> Any:
        options.setdefault("isolation", "thread")
        options.setdefault("serve_forever", True)
        source = options.pop("source", KitSession)
        async with BackendServer(source, options.pop("host", "127.0.0.1"), 0, **options) as server:
            return await asyncio.wait_for(check(server), 120)

    reset_log()
    return asyncio.run(main())


def raw_upgrade_status(port: int, host: str, origin: str | None = None) -> int:
    """The HTTP status a hand-written upgrade request gets (one Host header, as a browser sends it)."""
    lines = [
        "GET / HTTP/1.1",
        f"Host: {host}",
        "Upgrade: websocket",
        "Connection: Upgrade",
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
        "Sec-WebSocket-Version: 13",
        "Sec-WebSocket-Protocol: scenewire.v1",
    ]
    if origin is not None:
        lines.append(f"Origin: {origin}")
    with socket.create_connection(("127.0.0.1", port), timeout=WAIT) as sock:
        sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
        return int(sock.recv(4096).split(b" ", 2)[1])


async def upgrade_status(url: str, **headers: str) -> int | None:
    """The HTTP status of a refused upgrade, or ``None`` when it succeeded."""
    try:
        ws = await connect(url, additional_headers=headers, subprotocols=["scenewire.v1"])  # type: ignore[list-item]
    except InvalidStatus as exc:
        return exc.response.status_code
    await ws.close()
    return None


async def session_runs(url: str) -> bool:
    """An honest client gets the scene and can stop the session."""
    client = await SceneClient.connect(url)
    message = await client.receive(WAIT)
    await client.send(StopSession())
    while True:
        try:
            await client.receive(WAIT)
        except ServerClosed as closed:
            return message.wire_kind == "scene_ready" and closed.code == 1000


async def gets_a_session(url: str) -> bool:
    """:func:`session_runs`, with a refusal (a close before the server's hello) as ``False``."""
    try:
        return await session_runs(url)
    except ServerClosed:
        return False


class TestOriginAndHost:
    def test_a_page_origin_or_a_rebinding_host_is_refused_403_and_a_plain_client_is_not(self) -> None:
        async def check(server: BackendServer) -> list[int | None]:
            return [
                await upgrade_status(server.url, Origin="https://evil.example"),
                await upgrade_status(server.url, Origin="null"),
                await asyncio.to_thread(raw_upgrade_status, server.port, f"evil.example:{server.port}"),
                await asyncio.to_thread(raw_upgrade_status, server.port, f"localhost:{server.port}"),
                await upgrade_status(server.url, Host="evil.example"),  # a second Host header
                await upgrade_status(server.url, Origin="http://localhost:3000"),
                await upgrade_status(server.url),
            ]

        statuses = serving(check, allowed_origins=["http://localhost:3000"])
        assert statuses == [403, 403, 403, 101, 403, None, None]
        assert "set_control" not in " ".join(LOG)

    def test_an_origin_with_or_without_its_default_port_is_the_same_and_null_is_never_allowed(self) -> None:
        """§2.9: ``http://h`` is ``http://h:80`` (a browser leaves the default port out); ``null`` is refused."""

        async def check(server: BackendServer) -> list[int | None]:
            return [
                await upgrade_status(server.url, Origin="http://localhost"),  # allowed as http://localhost:80
                await upgrade_status(server.url, Origin="HTTP://LocalHost:80/"),
                await upgrade_status(server.url, Origin="https://app.example:443"),  # allowed as https://app.example
                await upgrade_status(server.url, Origin="http://localhost:8080"),
                await upgrade_status(server.url, Origin="http://app.example"),  # another scheme, another origin
                await upgrade_status(server.url, Origin="null"),  # even though "null" is in the list
            ]

        statuses = serving(check, allowed_origins=["http://localhost:80", "https://app.example", "null"])
        assert statuses == [None, None, None, 403, 403, 403]

    @pytest.mark.parametrize("where", ["file", "other_port"])
    def test_a_hostile_page_in_chromium_cannot_open_the_session(self, where: str, tmp_path: Any) -> None:
        hello = encode(make_hello("client", "evil-page"))
        steal = encode(SetControl(control_id="stim", value=2.9))
        with page_server({}) as pages:

            async def check(server: BackendServer) -> tuple[dict[str, str], bool]:
                page = attack_page(server.url, f"{pages.origin}/report", [hello, steal], ["scenewire.v1"])
                if where == "file":
                    path = tmp_path / "evil.html"
                    path.write_text(page, encoding="utf-8")
                    url = path.as_uri()
                else:
                    pages.pages["/evil.html"] = page
                    url = f"{pages.origin}/evil.html"
                seen = await asyncio.to_thread(browser_visit, url, pages.reports)
                return seen, await session_runs(server.url)  # the real client is served after the visit

            seen, served = serving(check, serve_forever=False)
        assert seen["opened"] == "false" and seen["received"] == "0" and seen["code"] == "1006"
        assert served
        assert "set_control" not in " ".join(LOG)


class TestToken:
    @pytest.mark.parametrize(("presented", "code"), [(None, 4003), ("wrong", 4003)])
    def test_a_missing_or_wrong_token_is_closed_4003_with_a_reason(self, presented: str | None, code: int) -> None:
        async def check(server: BackendServer) -> ServerClosed:
            with pytest.raises(ServerClosed) as info:
                await SceneClient.connect(connect_url(server.host, server.port), token=presented)
            return info.value

        closed = serving(check, token="s3cret")
        assert closed.code == code and "authentication failed" in closed.reason

    def test_the_right_token_in_the_url_or_as_a_parameter_runs_the_session(self) -> None:
        async def check(server: BackendServer) -> list[bool]:
            plain = connect_url(server.host, server.port)
            return [await session_runs(server.url), await session_runs(with_token(plain, "s3cret"))]

        assert serving(check, token="s3cret") == [True, True]

    def test_a_bind_beyond_loopback_generates_a_token_unless_waived(self) -> None:
        async def check(server: BackendServer) -> tuple[str | None, str, bool]:
            return server.token, server.url, await session_runs(server.url)

        token, url, served = serving(check, host="0.0.0.0")
        assert token and len(token) >= 22 and url.startswith("ws://127.0.0.1:") and url.endswith(f"?token={token}")
        assert served
        waived = serving(lambda server: asyncio.sleep(0, server.token), host="0.0.0.0", require_token=False)
        assert waived is None


class TestSlot:
    def test_a_silent_connection_holds_no_slot(self) -> None:
        async def check(server: BackendServer) -> list[bool]:
            silent = [await open_socket(server.url) for _ in range(3)]  # upgraded, never say hello
            served = [await session_runs(server.url), await session_runs(server.url)]
            for ws in silent:
                await ws.close()
            return served

        assert serving(check) == [True, True]

    def test_silent_connections_reopened_at_once_do_not_lock_out_honest_clients(self) -> None:
        """Issue 17, defect 7: 64 silent connections, each reopened as soon as it is closed, and 10 honest clients."""

        async def check(server: BackendServer) -> tuple[list[bool], list[tuple[int | None, str | None]]]:
            stop, opened, closes = asyncio.Event(), set(), []

            async def silent_forever() -> None:
                while not stop.is_set():
                    try:
                        ws = await open_socket(server.url)
                    except (OSError, InvalidStatus, asyncio.TimeoutError):  # under load: try again
                        continue
                    opened.add(ws)
                    await ws.wait_closed()  # the server closes it: reopen at once
                    opened.discard(ws)
                    closes.append((ws.close_code, ws.close_reason))

            attackers = [asyncio.create_task(silent_forever()) for _ in range(server.max_waiting_for_hello)]
            try:
                while server.waiting_for_hello < server.max_waiting_for_hello:
                    await asyncio.sleep(0.01)  # until all of them wait (the deadline of serving() bounds it)
                served = [await gets_a_session(server.url) for _ in range(10)]
                assert server.waiting_for_hello <= server.max_waiting_for_hello
            finally:
                stop.set()
                for task in attackers:
                    task.cancel()
                await asyncio.gather(*attackers, return_exceptions=True)
                await asyncio.gather(*(ws.close() for ws in opened), return_exceptions=True)
            return served, closes

        served, closes = serving(check)
        assert served == [True] * 10
        assert all(code == 4002 for code, _ in closes)  # made room for, or (on a slow machine) timed out
        assert any("the longest waiting makes room" in str(why) for _, why in closes)

    def test_a_raw_tcp_connection_holds_no_slot(self) -> None:
        async def check(server: BackendServer) -> bool:
            with socket.create_connection(("127.0.0.1", server.port)):
                return await session_runs(server.url)

        assert serving(check)


class TestBadFrames:
    def test_a_client_that_keeps_sending_bad_frames_is_closed_1008(self) -> None:
        async def check(server: BackendServer) -> ServerClosed:
            client = await SceneClient.connect(server.url)
            await client.receive(WAIT)  # the scene
            for _ in range(100):
                await client.ws.send(b"\xc1")
            while True:
                try:
                    await client.receive(WAIT)
                except ServerClosed as closed:
                    return closed
                except Exception:  # the error replies decode to errors; read on
                    continue

        closed = serving(check)
        assert closed.code == 1008 and "bad frames in a row" in closed.reason


    def test_error_replies_a_client_does_not_read_are_bounded_then_1008(self) -> None:
        bad = msgpack.packb({"kind": "x" * 2048})  # an unknown kind: each reply quotes 1 KiB of it

        async def check(server: BackendServer) -> ServerClosed:
            client = await SceneClient.connect(server.url, ping_interval=None)
            await client.receive(WAIT)  # the scene; then read nothing while sending
            for _ in range(5000):  # 15 bad frames and a valid command: never 16 in a row
                if server._current is None or server._current.state is not State.OPEN:
                    break
                for _ in range(15):
                    await asyncio.wait_for(client.ws.send(bad), WAIT)
                await client.send(SetControl(control_id="x", value=1))
            else:
                raise AssertionError("the server never gave up on the unread replies")
            while True:  # now read: the replies, then the close
                try:
                    await client.receive(WAIT)
                except ServerClosed as closed:
                    return closed
                except Exception:
                    continue

        closed = serving(check)
        assert closed.code == 1008 and "error replies left unread" in closed.reason, (closed.code, closed.reason)

    def test_a_session_update_over_the_frame_limit_becomes_an_error(self) -> None:
        class Quoting(KitSession):
            def handle(self, command: Any) -> None:
                self.emit(Status(message=repr(command.value)))  # quotes whatever the client sent

        async def check(server: BackendServer) -> list[Any]:
            client = await SceneClient.connect(server.url, max_frame_bytes=64 << 20)
            await client.receive(WAIT)
            await client.send(SetControl(control_id="x", value=b"\x00" * (600 << 10)))  # 2.4 MB quoted
            await client.send(StopSession())
            seen = []
            while True:
                try:
                    seen.append(await client.receive(WAIT))
                except ServerClosed:
                    return seen

        seen = serving(lambda server: check(server), max_frame_bytes=1 << 20, source=Quoting)
        errors = [m for m in seen if m.wire_kind == "error"]
        assert errors and "over the 1048576-byte frame limit" in errors[0].message
        assert not [m for m in seen if m.wire_kind == "status" and len(m.message) > 1 << 20]


PING_FLOOD_BYTES = 64 << 20


def flood_pings(port: int, written: list[int]) -> None:
    """Upgrade, then send masked pings and read nothing, until ``PING_FLOOD_BYTES`` or until TCP stops taking them."""
    frame = bytes([0x89, 0x80 | 125]) + b"mask" + bytes(125)  # a ping with the largest payload a control frame has
    chunk = frame * 8000  # about 1 MiB
    with socket.create_connection(("127.0.0.1", port), timeout=WAIT) as sock:
        lines = [
            "GET / HTTP/1.1",
            f"Host: 127.0.0.1:{port}",
            "Upgrade: websocket",
            "Connection: Upgrade",
            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
            "Sec-WebSocket-Version: 13",
        ]
        sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
        response = b""
        while b"\r\n\r\n" not in response:
            response += sock.recv(4096)
        assert response.startswith(b"HTTP/1.1 101")
        sock.settimeout(2.0)  # a send that waits this long: the server has stopped reading us
        while written[0] < PING_FLOOD_BYTES:
            try:
                sent = sock.send(chunk)
            except TimeoutError:
                break
            written[0] += sent
        # the socket closes with the pongs unread: the kernel resets the connection


class TestPingFlood:
    def test_a_client_that_pings_and_never_reads_is_slowed_down_by_tcp(self) -> None:
        async def check(server: BackendServer) -> tuple[int, int, bool]:
            written = [0]
            flood = asyncio.create_task(asyncio.to_thread(flood_pings, server.port, written))
            peak = 0
            while not flood.done():  # the pongs the server holds for the flooder, sampled throughout
                for ws in list(server._open):
                    peak = max(peak, ws.transport.get_write_buffer_size())
                await asyncio.sleep(0.01)
            await flood
            return peak, written[0], await session_runs(server.url)

        peak, written, served = serving(check, hello_timeout=60.0)
        # before, the server held an unread pong for nearly every ping: tens of MiB here
        assert peak < 1 << 20, f"{peak} bytes of pongs held for {written} bytes of pings"
        assert written < PING_FLOOD_BYTES  # TCP stopped the client
        assert served


class TestPickle:
    def test_pickle_is_refused_beyond_loopback(self) -> None:
        with pytest.raises(ValueError, match="pickle"):
            BackendServer(KitSession, "0.0.0.0", 0, codec=pickle_codec(), isolation="thread")

    def test_pickle_is_never_offered_to_a_page(self) -> None:
        async def check(server: BackendServer) -> int | None:
            return await upgrade_status(server.url, Origin="http://localhost:3000")

        assert serving(check, codec=pickle_codec(), allowed_origins=["http://localhost:3000"]) == 403


class TestFuzz:
    def test_a_short_fuzz_campaign_finds_nothing(self, tmp_path: Any) -> None:
        pytest.importorskip("atheris")
        done = subprocess.run(
            [sys.executable, str(ROOT / "bench" / "fuzz_decoder.py"), "-runs=20000", "-seed=1"],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert done.returncode == 0, done.stderr[-3000:]
        assert "Done 20000 runs" in done.stderr
        assert not list(tmp_path.glob("crash-*"))
