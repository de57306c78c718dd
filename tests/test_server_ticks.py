"""§7.12 on a real server: every batch ends with ``tick_end``, even when its last update became an ``error``.

A session update whose frame would be over the frame limit is replaced by a
``session_error`` (§11, ``transports/session_host.py``). When that update
closed its tick, the error takes the tick's end mark: otherwise the tick never
closes, and a client that holds ticks (§7.12 rule 3) holds every later update.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from scenewire.protocol import KeyPressed, SessionCommand, SetControl, Status, StopSession
from scenewire.scene import Scene
from scenewire.session import BufferedSession
from scenewire.transports.ws_client import SceneClient, ServerClosed
from scenewire.transports.ws_server import BackendServer
from scenewire.wire.records import Record
from tests.test_session_kit import small_scene

WAIT = 20.0
LIMIT = 1 << 20  # the server's frame limit in these tests
HUGE = "x" * (LIMIT + 1000)  # a status whose frame is over it


class OversizedLastSession(BufferedSession):
    """``set_control`` "last": a status, then one over the limit; "middle": the big one, then a small one."""

    def initialize(self) -> Scene:
        return small_scene()

    def handle(self, command: SessionCommand) -> None:
        if isinstance(command, SetControl) and command.value == "last":
            self.emit(Status(message="before the big one"))
            self.emit(Status(message=HUGE))
        elif isinstance(command, SetControl) and command.value == "middle":
            self.emit(Status(message=HUGE))
            self.emit(Status(message="after the big one"))
        elif isinstance(command, KeyPressed):
            self.emit(Status(message=f"key {command.key}"))

    def idle_sleep(self) -> float:
        return 0.01


async def read_until(client: SceneClient, seen: list[Record], text: str) -> None:
    """Read into ``seen`` until a message whose text (an error's or a status's) contains ``text``."""
    while text not in getattr(seen[-1], "message", ""):
        seen.append(await client.receive(WAIT))


def exchange(isolation: str, value: str) -> list[Record]:
    """``set_control`` with ``value``, then (in a later tick) a key and stop; every message until the close.

    Each command waits for the answer to the one before, so each is handled in a tick of its own.
    """
    answer = {"last": "frame limit", "middle": "after the big one"}[value]

    async def main() -> list[Record]:
        async with BackendServer(
            OversizedLastSession, "127.0.0.1", 0, isolation=isolation, max_frame_bytes=LIMIT
        ) as server:
            client = await SceneClient.connect(server.url)
            seen = [await client.receive(WAIT)]
            await client.send(SetControl(control_id="c", value=value))
            await read_until(client, seen, answer)
            await client.send(KeyPressed(key="k"))
            await read_until(client, seen, "key k")
            await client.send(StopSession())
            try:
                while True:
                    seen.append(await client.receive(WAIT))
            except ServerClosed:
                pass
            await asyncio.wait_for(server.finished(), WAIT)
            return seen

    return asyncio.run(main())


def ticks(seen: list[Record]) -> list[list[Any]]:
    """The messages grouped into ticks, each as (kind, text) pairs; whatever follows the last mark at the end."""
    out: list[list[Any]] = [[]]
    for message in seen:
        text = getattr(message, "message", "")
        out[-1].append((message.wire_kind, text if len(text) < 100 else f"{len(text)} chars"))
        if message.tick_end is not None:
            out.append([])
    return out


@pytest.mark.parametrize("isolation", ["process", "thread"])
def test_an_oversized_last_update_becomes_an_error_that_ends_its_tick(isolation: str) -> None:
    seen = exchange(isolation, "last")
    marks = [m.tick_end.index for m in seen if m.tick_end is not None]
    assert marks == list(range(len(marks))), marks  # one higher each time, none skipped
    grouped = ticks(seen)
    assert grouped[-1] == [], f"updates after the last tick_end: {grouped[-1]}"
    big = [tick for tick in grouped if ("status", "before the big one") in tick]
    assert len(big) == 1, grouped
    assert big[0][0] == ("status", "before the big one") and big[0][1][0] == "error", big
    error = next(m for m in seen if m.wire_kind == "error")
    assert error.code == "session_error" and f"over the {LIMIT}-byte frame limit" in error.message
    assert error.tick_end is not None, "the error replacing the tick's last update must close the tick"
    assert ("status", "key k") in grouped[grouped.index(big[0]) + 1]  # the next tick closes on its own


def test_an_oversized_update_inside_a_tick_becomes_an_error_without_the_mark() -> None:
    seen = exchange("thread", "middle")
    error = next(m for m in seen if m.wire_kind == "error")
    assert error.tick_end is None
    after = next(m for m in seen if getattr(m, "message", "") == "after the big one")
    assert after.tick_end is not None
    assert ticks(seen)[-1] == []
