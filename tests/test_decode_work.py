"""Decoding work is linear in the frame and never holds the server's event loop (§11, issue 17).

The work of a check is counted, not timed: ids are a ``str`` subclass that
counts how often it is hashed and compared, so a check that searches a list
(quadratic) shows n² comparisons where a set shows n. The server's part runs
on real loopback sockets: while a large first frame is being decoded, a second
client completes its handshake; ``scenewire probe`` reads a 40 000-panel
layout from a hand-written server and exits.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from websockets.exceptions import ConnectionClosed

from scenewire.protocol import SetControl, StopSession, decode, encode, make_hello
from scenewire.scene.layout import Panel, check_panels
from scenewire.scene.views import GraphEdge, GraphNode, StateGraphView
from scenewire.transports.ws_client import SceneClient, open_socket
from scenewire.transports.ws_server import BackendServer
from scenewire.wire import ErrorCode, ProtocolError
from scenewire.wire.msgpack_io import FEED_BYTES, SCAN_ITEMS, pack_tree
from tests.frontend.loopback import server_thread
from tests.test_session_kit import KitSession

ROOT = Path(__file__).resolve().parents[1]
WAIT = 60.0  # a hang guard, never a speed requirement
OPS = [0]


class CountedId(str):
    """An id that counts the hashes and comparisons made with it."""

    __slots__ = ()

    def __hash__(self) -> int:
        OPS[0] += 1
        return str.__hash__(self)

    def __eq__(self, other: object) -> bool:
        OPS[0] += 1
        return str.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)


def work(check: Any, n: int) -> int:
    OPS[0] = 0
    check(n)
    return OPS[0]


def check_layout(n: int) -> None:
    panels = [Panel(id=CountedId(f"p{i}"), kind="controls") for i in range(n)]
    check_panels(panels, [[CountedId(f"p{i}") for i in range(n)]])


def check_graph(n: int) -> None:
    nodes = [GraphNode(id=CountedId(f"n{i}")) for i in range(n)]
    edges = [GraphEdge(source=CountedId(f"n{i}"), target=CountedId(f"n{(i + 1) % n}")) for i in range(n)]
    StateGraphView(id="g", nodes=nodes, edges=edges)


@pytest.mark.parametrize("check", [check_layout, check_graph], ids=["layout", "state_graph"])
def test_id_checks_do_linear_work(check: Any) -> None:
    # quadratic checks did about 16x the work at 4n (n = 500: 250 000 comparisons, then 4 000 000)
    small, large = work(check, 500), work(check, 2000)
    assert small > 0
    assert large <= 5 * small, f"{small} operations at n=500, {large} at n=2000: not linear"


def layout_frame(n: int) -> bytes:
    panels = [
        {"action_ids": [], "control_ids": [], "id": f"p{i}", "kind": "controls", "view_ids": []} for i in range(n)
    ]
    return pack_tree({"kind": "layout_replace", "panels": panels})


def decoding_now() -> bool:
    """Whether the server's decode thread is inside a decode at this moment."""
    threads = {t.ident: t.name for t in threading.enumerate()}
    for ident, frame in sys._current_frames().items():
        if threads.get(ident, "").startswith("scenewire-decode"):
            f: Any = frame
            while f is not None:
                if f.f_code.co_name == "decode":
                    return True
                f = f.f_back
    return False


def test_a_second_client_completes_its_handshake_while_a_large_first_frame_decodes() -> None:
    async def scenario() -> None:
        async with BackendServer(KitSession, "127.0.0.1", 0, isolation="thread", ping_interval=None) as server:
            attacker = await open_socket(server.url)
            await attacker.send(layout_frame(160_000))  # 9.6 MB: seconds of decoding, linear or not
            loop = asyncio.get_running_loop()
            deadline = loop.time() + WAIT
            while not decoding_now():
                assert loop.time() < deadline, "the large frame was never decoded beside the event loop"
                await asyncio.sleep(0.001)
            honest = await asyncio.wait_for(SceneClient.connect(server.url), WAIT)
            assert honest.server_hello.role == "server"
            assert decoding_now(), "the handshake waited for the large frame's decode"
            with pytest.raises(ConnectionClosed) as info:
                await asyncio.wait_for(attacker.recv(), WAIT)
            assert info.value.rcvd is not None and info.value.rcvd.code == 1002
            assert "layout_replace" in info.value.rcvd.reason
            await honest.send(StopSession())
            await asyncio.wait_for(server.finished(), WAIT)

    asyncio.run(asyncio.wait_for(scenario(), 2 * WAIT))


def test_probe_reads_a_40000_panel_layout_and_exits() -> None:
    frame = layout_frame(40_000)  # the frame: 2.4 MB; a quadratic decode took over 30 s

    async def handler(ws: Any) -> None:
        await ws.recv()
        await ws.send(encode(make_hello("server", "hand-written")))
        await ws.send(frame)
        await ws.close(1000, "done")

    with server_thread(handler) as (port, _):
        done = subprocess.run(
            [sys.executable, "-m", "scenewire.cli", "probe", f"ws://127.0.0.1:{port}", "--count", "1"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=WAIT / 2,
        )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "layout_replace" in done.stdout


def test_a_frame_parsed_in_steps_decodes_and_fails_as_one_parsed_whole() -> None:
    """Frames over FEED_BYTES go through msgpack's streaming parser: same values, same codes."""
    values = list(range(FEED_BYTES // 2))
    frame = encode(SetControl(control_id="c", value=values))
    assert len(frame) > FEED_BYTES
    message = decode(frame)
    assert isinstance(message, SetControl) and message.value == values
    timestamp = b"\xd6\xff\x00\x00\x00\x01"  # the MessagePack timestamp type -1, past the first scan step
    late = pack_tree({"control_id": "c", "kind": "set_control", "value": [0] * (SCAN_ITEMS + 10)})[:-1] + timestamp
    cases = {
        frame[:-1]: ErrorCode.MALFORMED_MSGPACK,
        frame + b"\xc0": ErrorCode.MALFORMED_MSGPACK,
        late: ErrorCode.UNKNOWN_EXTENSION,
    }
    for data, code in cases.items():
        with pytest.raises(ProtocolError) as info:
            decode(data)
        assert info.value.code is code, info.value
