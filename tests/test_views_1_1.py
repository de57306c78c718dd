"""The 1.1 view variants (raster, image) on a real server: a 1.1 client gets them, a 1.0 client never does (§13).

A 1.0 decoder would drop the whole ``scene_ready`` (an unknown variant is
``invalid_value``) and sit with no scene; the server instead sends it an
``error`` (``version_mismatch``) naming the views and closes 4001, per
connection and on a shared run, where the run and its other clients go on.
"""

from __future__ import annotations

import asyncio
from functools import partial
from typing import Any

import numpy as np
import pytest

from scenewire.demos.spikes import SpikeSheetSession
from scenewire.protocol import REGISTRY, CloseCode, SceneReady, StopSession, encode, make_hello
from scenewire.protocol.updates import FieldAppend
from scenewire.scene import ImageView, RasterView
from scenewire.state import SceneState
from scenewire.transports.version_gate import frame_kind, refusal_for_1_0
from scenewire.transports.ws_client import SceneClient, ServerClosed
from scenewire.transports.ws_server import BackendServer
from scenewire.wire.codec import MsgpackCodec

WAIT = 30.0
Sheet = partial(SpikeSheetSession, side=8)


async def read_until_closed(client: SceneClient) -> tuple[list[Any], ServerClosed]:
    got: list[Any] = []
    while True:
        try:
            got.append(await asyncio.wait_for(client.receive(), WAIT))
        except ServerClosed as closed:
            return got, closed


def test_frame_kind_reads_the_kind_without_the_rest() -> None:
    append = FieldAppend(field_id="s", append_dim="spike", values=np.arange(5, dtype=np.int32),
                         coord_values=np.arange(5.0))
    assert frame_kind(encode(append)) == "field_append"
    assert frame_kind(b"\x81\xa4kind\x01") is None  # a kind that is no string
    assert frame_kind(b"\x93\x01\x02\x03") is None  # no map
    assert frame_kind(b"\x82\xa1a") is None  # cut short


def test_only_a_scene_ready_with_1_1_views_is_refused_to_a_1_0_client() -> None:
    codec = MsgpackCodec(REGISTRY)
    scene = Sheet().initialize()
    reason = refusal_for_1_0(codec, codec.encode(SceneReady(scene=scene)))
    assert reason is not None and "'raster', 'sheet'" in reason and "1.1" in reason
    scene.views = [v for v in scene.views if not isinstance(v, (RasterView, ImageView))]
    scene.layout = None
    assert refusal_for_1_0(codec, codec.encode(SceneReady(scene=scene))) is None


@pytest.mark.timeout(60)
def test_per_connection_a_1_0_client_is_closed_4001_and_a_1_1_client_gets_the_views() -> None:
    async def main() -> None:
        async with BackendServer(Sheet, "127.0.0.1", 0, isolation="thread", serve_forever=True) as server:
            old = await SceneClient.connect(server.url, hello=make_hello("client", "old", minor=0))
            got, closed = await read_until_closed(old)
            assert closed.code == CloseCode.VERSION_MISMATCH
            assert "'raster'" in closed.reason and "1.1" in closed.reason
            assert closed.error is not None and closed.error.code == "version_mismatch"
            assert not any(isinstance(m, SceneReady) for m in got)
            new = await SceneClient.connect(server.url)
            state = SceneState()
            while state.scene is None or len(state.field("spikes").values) == 0:
                state.apply(await asyncio.wait_for(new.receive(), WAIT))
            assert {v.wire_kind for v in state.scene.views} == {"raster", "image"}
            await new.send(StopSession())
            _, closed = await read_until_closed(new)
            assert closed.code == CloseCode.NORMAL

    asyncio.run(main())


@pytest.mark.timeout(60)
def test_a_shared_run_refuses_a_joining_1_0_client_4001_and_goes_on_for_the_others() -> None:
    async def main() -> None:
        async with BackendServer(Sheet, "127.0.0.1", 0, isolation="thread", shared=True, linger=0.0) as server:
            observer = await SceneClient.connect(server.url, access="observe")  # the slot stays free for the 1.0
            state = SceneState()
            while state.scene is None:
                state.apply(await asyncio.wait_for(observer.receive(), WAIT))
            old = await SceneClient.connect(server.url, hello=make_hello("client", "old", minor=0))
            got, closed = await read_until_closed(old)
            assert closed.code == CloseCode.VERSION_MISMATCH and "'sheet'" in closed.reason
            assert not any(isinstance(m, SceneReady) for m in got)
            before = len(state.field("spikes").values)
            while len(state.field("spikes").values) <= before:  # the run goes on for the other client
                state.apply(await asyncio.wait_for(observer.receive(), WAIT))
            await observer.request_control(True)
            while observer.access != "control":
                state.apply(await asyncio.wait_for(observer.receive(), WAIT))
            await observer.send(StopSession())
            _, closed = await read_until_closed(observer)
            assert closed.code == CloseCode.NORMAL

    asyncio.run(main())


@pytest.mark.timeout(60)
def test_a_1_0_client_that_started_a_shared_run_is_closed_4001_when_its_scene_ready_comes() -> None:
    async def main() -> None:
        async with BackendServer(Sheet, "127.0.0.1", 0, isolation="thread", shared=True, linger=0.0) as server:
            old = await SceneClient.connect(server.url, hello=make_hello("client", "old", minor=0))
            got, closed = await read_until_closed(old)
            assert closed.code == CloseCode.VERSION_MISMATCH and "'raster'" in closed.reason
            assert closed.error is not None and closed.error.code == "version_mismatch"
            assert not any(isinstance(m, SceneReady) for m in got)

    asyncio.run(main())
