"""Hand-written hostile servers on loopback: each sends a frontend what a conforming server may send,
in amounts no frontend can hold (issue 17, defect 3). Run one alone to measure a client against it::

    .venv/bin/python -m tests.frontend.hostile open_tick --port 8799
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from typing import Any

import numpy as np

from scenewire.protocol import FieldReplace, SceneReady, Status, encode, make_hello
from scenewire.protocol.updates import Tick
from scenewire.scene import Field, Layout, LinePlotView, Panel, Scene
from scenewire.scene.controls import Action, ChoiceSpec, Control, ScalarSpec
from scenewire.scene.views import GraphNode, StateGraphView
from scenewire.wire.records import Record

HELLO = make_hello("server", "hostile-test-server/1.0")
#: values per frame of the open-tick and huge-frame servers: 16 MiB of float32
BIG_VALUES = 4 * 1024 * 1024


def tick(update: Record, index: int) -> Record:
    update.tick_end = Tick(index=index)
    return update


def empty_series_scene() -> Scene:
    """A 1 KB scene: a line plot of an empty field of shape (0, 4294967295), one series per entry of ``s``."""
    field = Field(id="v", values=np.zeros((0, 4294967295), np.float32), dims=["t", "s"])
    view = LinePlotView(id="plot", field_id="v", x_dim="t", series_dim="s", title="empty")
    return Scene(
        fields=[field], views=[view], layout=Layout(panels=[Panel(id="p", kind="line_plot", view_ids=["plot"])])
    )


def many_controls_scene(count: int = 100_000) -> Scene:
    spec = ScalarSpec(min=0.0, max=1.0)
    controls = [Control(id=f"c{i}", label=f"control {i}", spec=spec, value=0.5) for i in range(count)]
    return Scene(controls=controls)


def long_label_scene(chars: int = 10_000_000) -> Scene:
    """One control, one action and a panel title each ``chars`` long."""
    spec = ScalarSpec(min=0.0, max=1.0)
    text = "L" * chars
    controls = [
        Control(id="gain", label=text, spec=spec, value=0.5),
        Control(id="ok", label="ok", spec=spec, value=0.1),
    ]
    panel = Panel(id="knobs", kind="controls", title=text, control_ids=["gain", "ok"], action_ids=["go"])
    return Scene(controls=controls, actions=[Action(id="go", label=text)], layout=Layout(panels=[panel], title=text))


def crowded_scene(panels: int = 70, views: int = 20, options: int = 2000) -> Scene:
    """A line-plot panel of ``views`` views, a choice of ``options`` options, and ``panels`` panels in all."""
    field = Field(id="v", values=np.zeros(8, np.float32), dims=["t"])
    plots = [LinePlotView(id=f"plot{i}", field_id="v", x_dim="t") for i in range(views)]
    spec = ChoiceSpec(options=[f"option {i}" for i in range(options)])
    control = Control(id="pick", label="pick", spec=spec, value="option 0")
    layout = [Panel(id="plots", kind="line_plot", view_ids=[p.id for p in plots])]
    layout += [Panel(id=f"c{i}", kind="controls", control_ids=["pick"]) for i in range(panels - 1)]
    return Scene(fields=[field], views=plots, controls=[control], layout=Layout(panels=layout))


def big_graph_scene(nodes: int = 100_000) -> Scene:
    view = StateGraphView(id="graph", nodes=[GraphNode(id=f"n{i}") for i in range(nodes)], title="states")
    return Scene(views=[view])


def big_scene() -> Scene:
    return Scene(fields=[Field(id="big", values=np.zeros(BIG_VALUES, np.float32), dims=["i"])])


async def _send_then_wait(ws: Any, frames: list[bytes]) -> None:
    await ws.recv()
    await ws.send(encode(HELLO))
    for frame in frames:
        await ws.send(frame)
    with contextlib.suppress(Exception):
        await ws.wait_closed()


def scene_server(scene: Scene) -> Callable[[Any], Awaitable[None]]:
    """Sends ``scene`` as the first tick, then nothing."""
    frame = encode(tick(SceneReady(scene=scene), 0))

    async def handler(ws: Any) -> None:
        await _send_then_wait(ws, [frame])

    return handler


def open_tick_server(
    frames: int | None = None, closes: list[tuple[int | None, str | None]] | None = None
) -> Callable[[Any], Awaitable[None]]:
    """A closed first tick (a 16 MiB field), then tick 2 opened and never closed: 16 MiB frames, ``frames`` of
    them (None: for ever, as fast as the client takes them). The client's close goes into ``closes``."""
    first = encode(tick(SceneReady(scene=big_scene()), 0))
    replace = encode(FieldReplace(field_id="big", values=np.ones(BIG_VALUES, np.float32)))

    async def handler(ws: Any) -> None:
        await ws.recv()
        await ws.send(encode(HELLO))
        await ws.send(first)
        await ws.send(encode(tick(Status(message="tick 0 closed; tick 1 never will"), 1)))
        sent = 0
        with contextlib.suppress(Exception):
            while frames is None or sent < frames:
                await ws.send(replace)
                sent += 1
            await ws.wait_closed()
        if closes is not None:
            closes.append((ws.close_code, ws.close_reason))

    return handler


def huge_frame_server(frames: int | None = None, sent: list[int] | None = None) -> Callable[[Any], Awaitable[None]]:
    """Closed ticks of 16 MiB frames, as fast as the client takes them (a window that applies slowly falls behind).

    Frame ``i`` replaces the field with the value ``i``; ``sent`` gets the number of each frame once sent.
    """
    first = encode(tick(SceneReady(scene=big_scene()), 0))
    values = np.ones(BIG_VALUES, np.float32)

    async def handler(ws: Any) -> None:
        await ws.recv()
        await ws.send(encode(HELLO))
        await ws.send(first)
        index = 1
        with contextlib.suppress(Exception):
            while frames is None or index <= frames:
                values[:] = index
                await ws.send(encode(tick(FieldReplace(field_id="big", values=values), index)))
                if sent is not None:
                    sent.append(index)
                index += 1
            await ws.wait_closed()

    return handler


SERVERS: dict[str, Callable[[], Callable[[Any], Awaitable[None]]]] = {
    "empty_series": lambda: scene_server(empty_series_scene()),
    "many_controls": lambda: scene_server(many_controls_scene()),
    "long_label": lambda: scene_server(long_label_scene()),
    "crowded": lambda: scene_server(crowded_scene()),
    "big_graph": lambda: scene_server(big_graph_scene()),
    "open_tick": open_tick_server,
    "huge_frames": huge_frame_server,
}


def main() -> None:
    from websockets.asyncio.server import serve

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("server", choices=sorted(SERVERS))
    parser.add_argument("--port", type=int, default=8799)
    args = parser.parse_args()

    async def run() -> None:
        async with serve(
            SERVERS[args.server](),
            "127.0.0.1",
            args.port,
            subprotocols=["scenewire.v1"],
            max_size=None,
            compression=None,
        ):
            print(f"serving {args.server} on ws://127.0.0.1:{args.port}", flush=True)
            await asyncio.Future()

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(run())


if __name__ == "__main__":
    main()
