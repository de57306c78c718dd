"""Decode time of frames built to make validation work hard, at n and 4n elements.

    .venv/bin/python bench/bench_decode_checks.py [--n 40000]

Each case is one frame a peer could send: a ``layout_replace`` of n panels
(distinct ids), the same with a one-row ``panel_grid`` naming every panel, a
``scene_ready`` whose state graph has n nodes and n edges, and a
``set_control`` whose value is a list of n one-byte integers. A decoder whose
checks are linear takes about 4x as long at 4n; a quadratic one about 16x.
The times are of ``scenewire.decode`` (the codec every peer uses), one call
each; the ratio is what travels between machines.

    .venv/bin/python bench/bench_decode_checks.py --stall

Before and after in one run: export the older commit's ``python/`` (``git archive
aa44912 python | tar -x -C /tmp/old``) and run the same command with
``PYTHONPATH=/tmp/old/python`` first, e.g. ``--case "n panels" --no-4n``.

instead decodes large frames the way the server does (on a thread beside an
asyncio loop) and reports the longest the loop waited for a turn meanwhile,
and the decode time of the worst 4 KiB frame (4 096 empty maps), which the
server decodes on its loop (``INLINE_DECODE_BYTES``).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import time
from collections.abc import Callable
from typing import Any

from scenewire import decode
from scenewire.wire import ProtocolError
from scenewire.wire.msgpack_io import pack_tree


def _panel(i: int) -> dict[str, Any]:
    return {"action_ids": [], "control_ids": [], "id": f"p{i}", "kind": "controls", "view_ids": []}


def layout(n: int, grid: bool = False) -> bytes:
    tree: dict[str, Any] = {"kind": "layout_replace", "panels": [_panel(i) for i in range(n)]}
    if grid:
        tree["panel_grid"] = [[f"p{i}" for i in range(n)]]
    return pack_tree(tree)


def state_graph(n: int) -> bytes:
    nodes = [{"id": f"n{i}"} for i in range(n)]
    edges = [{"source": f"n{i}", "target": f"n{(i + 1) % n}"} for i in range(n)]
    view = {"bindings": {}, "colormap": "viridis", "edges": edges, "id": "g", "kind": "state_graph", "nodes": nodes}
    lists: dict[str, list[Any]] = {key: [] for key in ("actions", "controls", "fields", "geometries", "operators")}
    return pack_tree({"kind": "scene_ready", "scene": {**lists, "metadata": {}, "views": [view]}})


def int_list(n: int) -> bytes:
    return pack_tree({"control_id": "c", "kind": "set_control", "value": [1] * n})


CASES: dict[str, Callable[[int], bytes]] = {
    "layout_replace, n panels": layout,
    "layout_replace, n panels + a grid row of n cells": lambda n: layout(n, grid=True),
    "scene_ready, state graph of n nodes and n edges": state_graph,
    "set_control, a list of n integers": int_list,
}


def seconds(frame: bytes) -> float:
    start = time.perf_counter()
    with contextlib.suppress(ProtocolError):  # a frame refused after its whole decode costs the same
        decode(frame)
    return time.perf_counter() - start


def value_frame(value: Any) -> bytes:
    return pack_tree({"control_id": "c", "kind": "set_control", "value": value})


STALL_CASES: dict[str, Callable[[], bytes]] = {
    "layout_replace, 160 000 panels": lambda: layout(160_000),
    "set_control, a list of 60M integers": lambda: int_list(60_000_000),
    "set_control, a list of 4M empty maps": lambda: value_frame([{}] * 4_000_000),
    "set_control, a 60 MB string": lambda: value_frame("x" * 60_000_000),
}


async def longest_gap(frame: bytes) -> tuple[float, float]:
    """(decode seconds on a thread, longest seconds the loop waited for a turn meanwhile)."""
    loop = asyncio.get_running_loop()
    start = last = time.perf_counter()
    decoding = loop.run_in_executor(None, seconds, frame)
    worst = 0.0
    while not decoding.done():
        await asyncio.sleep(0)
        now = time.perf_counter()
        worst, last = max(worst, now - last), now
    await decoding
    return time.perf_counter() - start, worst


def stall() -> None:
    from scenewire.protocol.limits import INLINE_DECODE_BYTES  # here, so that the rest runs on older code too

    inline = value_frame([{}] * (4096 - (len(value_frame([{}] * 4096)) - INLINE_DECODE_BYTES)))
    print(f"decoded on the loop: {len(inline)} bytes of empty maps, {seconds(inline) * 1e3:.1f} ms")
    print("| frame on the decode thread | bytes | decode | longest wait of the loop |")
    print("|---|---:|---:|---:|")
    for name, build in STALL_CASES.items():
        frame = build()
        took, gap = asyncio.run(longest_gap(frame))
        print(f"| {name} | {len(frame):,} | {took:.2f} s | {gap * 1e3:.1f} ms |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=40_000)
    parser.add_argument("--stall", action="store_true", help="the loop's longest wait beside large decodes")
    parser.add_argument("--case", default="", help="only the frames whose name holds this text")
    parser.add_argument("--no-4n", dest="four", action="store_false", help="decode at n only (old code is slow)")
    args = parser.parse_args()
    if args.stall:
        stall()
        return
    n = args.n
    print(f"| frame | bytes at n={n} | decode at n | decode at 4n | ratio |")
    print("|---|---:|---:|---:|---:|")
    for name, build in CASES.items():
        if args.case not in name:
            continue
        small = build(n)
        t1 = seconds(small)
        if not args.four:
            print(f"| {name} | {len(small):,} | {t1 * 1e3:.1f} ms | | |")
            continue
        t4 = seconds(build(4 * n))
        print(f"| {name} | {len(small):,} | {t1 * 1e3:.1f} ms | {t4 * 1e3:.1f} ms | {t4 / t1:.1f} |")


if __name__ == "__main__":
    main()
