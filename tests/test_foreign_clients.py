"""Clients not written in Python against a real server on loopback: Node's ``ws`` and headless Chromium.

The case they decide (§2.2): a client that offers only another major. Both
abort a handshake whose response selects none of the subprotocols they
offered, so the server selects the client's first offer and closes 4001 at
once; each client must see that code and its reason.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from scenewire.protocol import StopSession, decode, encode, make_hello
from scenewire.transports.ws_server import BackendServer
from tests.foreign import attack_page, browser_visit, node_client, page_server
from tests.test_session_kit import KitSession

REFUSAL = "this server speaks scenewire.v1; you offered scenewire.v2"


def serving(check: Callable[[BackendServer], Awaitable[Any]], **options: Any) -> Any:
    async def main() -> Any:
        options.setdefault("isolation", "thread")
        async with BackendServer(KitSession, "127.0.0.1", 0, serve_forever=True, **options) as server:
            return await check(server)

    return asyncio.run(main())


def test_node_ws_offering_only_another_major_reads_4001_and_its_reason() -> None:
    async def check(server: BackendServer) -> dict[str, Any]:
        return await asyncio.to_thread(node_client, server.url, ["scenewire.v2"])

    seen = serving(check)
    assert seen["opened"] and seen["protocol"] == "scenewire.v2" and seen["error"] is None
    assert seen["code"] == 4001 and seen["reason"] == REFUSAL and seen["received"] == []


def test_node_ws_runs_a_session_and_stops_it() -> None:
    async def check(server: BackendServer) -> dict[str, Any]:
        frames = [encode(make_hello("client", "node-ws")), encode(StopSession())]
        return await asyncio.to_thread(node_client, server.url, ["scenewire.v1"], frames)

    seen = serving(check)
    assert seen["protocol"] == "scenewire.v1" and seen["code"] == 1000
    kinds = [decode(bytes.fromhex(frame)).wire_kind for frame in seen["received"]]
    assert kinds[0] == "hello" and "scene_ready" in kinds


def test_chromium_offering_only_another_major_reads_4001_and_its_reason() -> None:
    with page_server({}) as pages:
        pages.pages["/v2.html"] = ""

        async def check(server: BackendServer) -> dict[str, str]:
            pages.pages["/v2.html"] = attack_page(server.url, f"{pages.origin}/report", [], ["scenewire.v2"])
            return await asyncio.to_thread(browser_visit, f"{pages.origin}/v2.html", pages.reports)

        seen = serving(check, allowed_origins=[pages.origin])
    assert seen["opened"] == "true" and seen["protocol"] == "scenewire.v2"
    assert seen["code"] == "4001" and seen["reason"] == REFUSAL
