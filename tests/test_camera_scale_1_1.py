"""1.1's optional keys (surface ``height_scale``, a 3-D view's ``camera``, the scene's ``time_unit``) on a real server.

A 1.1 client gets them; a 1.0 client gets the same scene and patches without
them (§13's table): a 1.0 decoder ignores unknown keys, but a binding or a
patch naming one would be ``invalid_value`` / ``unknown_property`` to it.
"""

from __future__ import annotations

import asyncio
from typing import Any

import numpy as np
import pytest

from scenewire import BufferedSession
from scenewire.protocol import REGISTRY, CloseCode, ScenePatch, SceneReady, StopSession, make_hello
from scenewire.protocol.updates import StatePatch
from scenewire.scene import Camera, Field, GridGeometry, MorphologyView, Scene, SurfaceView
from scenewire.scene.morphology import morphology_from_points
from scenewire.transports.version_gate import downgrade_for_1_0
from scenewire.transports.ws_client import SceneClient, ServerClosed
from scenewire.transports.ws_server import BackendServer
from scenewire.wire.codec import MsgpackCodec

WAIT = 30.0


def scene() -> Scene:
    grid = GridGeometry(id="g", dims=["r", "c"], coords={"r": np.arange(3.0), "c": np.arange(4.0)})
    height = Field(id="h", values=np.zeros((3, 4)), dims=["r", "c"], unit="mV")
    cell = morphology_from_points({"soma": [[0.0, 0, 0, 2.0], [10.0, 0, 0, 2.0]]})
    return Scene(
        fields=[height],
        geometries=[grid, cell],
        views=[
            SurfaceView(
                id="s",
                grid_id="g",
                height_field_id="h",
                height_scale=8.0,
                camera=Camera(azimuth=30.0, elevation=20.0, distance=40.0),
                bindings={"height_scale": "k", "title": "t"},
            ),
            MorphologyView(id="m", geometry_id="cell", camera=Camera(azimuth=0.0, elevation=90.0)),
        ],
        time_unit="ms",
    )


class CameraSession(BufferedSession):
    """One scene, then one patch of the surface's 1.1 keys and its title, then nothing."""

    def initialize(self) -> Scene:
        self.sent = False
        return scene()

    def is_live(self) -> bool:
        return not self.sent

    def advance(self) -> None:
        if not self.sent:
            self.sent = True
            self.emit(ScenePatch(view_updates={"s": {"height_scale": 2.0, "camera": None, "title": "sheet"}}))
            self.emit(StatePatch(updates={"k": 3.0}))


async def first_updates(client: SceneClient) -> tuple[SceneReady, ScenePatch]:
    ready = patch = None
    while ready is None or patch is None:
        message: Any = await asyncio.wait_for(client.receive(), WAIT)
        if isinstance(message, SceneReady):
            ready = message
        elif isinstance(message, ScenePatch):
            patch = message
    return ready, patch


async def stop(client: SceneClient) -> None:
    await client.send(StopSession())
    while True:
        try:
            await asyncio.wait_for(client.receive(), WAIT)
        except ServerClosed as closed:
            assert closed.code == CloseCode.NORMAL
            return


def test_a_1_0_client_never_gets_a_key_1_1_added() -> None:
    codec = MsgpackCodec(REGISTRY)
    down = codec.decode(downgrade_for_1_0(codec, codec.encode(SceneReady(scene=scene()))))
    surface, morph = down.scene.views
    assert (surface.height_scale, surface.camera, morph.camera, down.scene.time_unit) == (None, None, None, None)
    assert surface.bindings == {"title": "t"}  # a 1.0 decoder refuses a binding of a property it lacks
    patch = ScenePatch(view_updates={"s": {"height_scale": 2.0, "bindings": {"camera": "c"}}, "m": {"camera": None}})
    down = codec.decode(downgrade_for_1_0(codec, codec.encode(patch)))
    assert down.view_updates == {"s": {"bindings": {}}}
    plain = codec.encode(ScenePatch(view_updates={"s": {"title": "x"}}))
    assert downgrade_for_1_0(codec, plain) is plain  # nothing to leave out: the same bytes


@pytest.mark.timeout(60)
@pytest.mark.parametrize("shared", [False, True], ids=["per-connection", "shared"])
def test_the_server_sends_1_1_keys_to_a_1_1_client_and_leaves_them_out_for_a_1_0_client(shared: bool) -> None:
    async def main() -> None:
        options: dict[str, Any] = {"shared": True, "linger": 0.0} if shared else {"serve_forever": True}
        async with BackendServer(CameraSession, "127.0.0.1", 0, isolation="thread", **options) as server:
            new = await SceneClient.connect(server.url, **({"access": "observe"} if shared else {}))
            ready, patch = await first_updates(new)
            surface, morph = ready.scene.views
            assert surface.height_scale == 8.0 and surface.camera == Camera(azimuth=30.0, elevation=20.0, distance=40.0)
            assert morph.camera == Camera(azimuth=0.0, elevation=90.0) and ready.scene.time_unit == "ms"
            assert patch.view_updates == {"s": {"height_scale": 2.0, "camera": None, "title": "sheet"}}
            if not shared:  # one client at a time
                await stop(new)
            old = await SceneClient.connect(server.url, hello=make_hello("client", "old", minor=0))
            ready, patch = await first_updates(old) if not shared else (await first_updates_or_snapshot(old))
            surface, morph = ready.scene.views
            assert (surface.height_scale, surface.camera, morph.camera, ready.scene.time_unit) == (None,) * 4
            assert surface.bindings == {"title": "t"}
            if patch is not None:
                assert patch.view_updates == {"s": {"title": "sheet"}}
            await stop(old)
            if shared:
                await new.close()

    asyncio.run(main())


async def first_updates_or_snapshot(client: SceneClient) -> tuple[SceneReady, ScenePatch | None]:
    """A 1.0 client joining a shared run gets a snapshot: a scene_ready (the patch already in it), no patch."""
    while True:
        message: Any = await asyncio.wait_for(client.receive(), WAIT)
        if isinstance(message, SceneReady):
            return message, None


def test_probe_says_the_scenes_time_unit() -> None:
    from scenewire.transports.describe import describe

    assert describe(SceneReady(scene=scene())).endswith("1 fields, 2 geometries, 2 views, times in 'ms'")
