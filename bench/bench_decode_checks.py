"""Decode time of frames built to make validation work hard, at n and 4n elements.

    .venv/bin/python bench/bench_decode_checks.py [--n 40000]

Each case is one frame a peer could send: a ``layout_replace`` of n panels
(distinct ids), the same with a one-row ``panel_grid`` naming every panel, a
``scene_ready`` whose state graph has n nodes and n edges, and a
``set_control`` whose value is a list of n one-byte integers. A decoder whose
checks are linear takes about 4x as long at 4n; a quadratic one about 16x.
The times are of ``scenewire.decode`` (the codec every peer uses), one call
each; the ratio is what travels between machines.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

from scenewire import decode
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
    decode(frame)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=40_000)
    args = parser.parse_args()
    n = args.n
    print(f"| frame | bytes at n={n} | decode at n | decode at 4n | ratio |")
    print("|---|---:|---:|---:|---:|")
    for name, build in CASES.items():
        small, large = build(n), build(4 * n)
        t1, t4 = seconds(small), seconds(large)
        print(f"| {name} | {len(small):,} | {t1 * 1e3:.1f} ms | {t4 * 1e3:.1f} ms | {t4 / t1:.1f} |")


if __name__ == "__main__":
    main()
