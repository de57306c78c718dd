"""The cost of a snapshot (§7.13) of a large scene, against encoding its ``scene_ready`` once.

``.venv/bin/python bench/bench_snapshot.py [--segments 100000] [--repeat 15]``

The scene: a morphology of 100 000 segments coloured by a voltage field of
100 000 float32, and 8 traces of 10 000 float32 points with float64 times,
grown to that length by appends with ``max_length`` (so the trace is a view
into a growable buffer, as on a running server), plus frontend state keys and
a status. Rows, all in one run, taking turns: CPU time of the calling thread
per call (median and worst of ``--repeat`` calls) and bytes:

- baseline: ``encode(SceneReady(scene))`` of the same present scene, once;
- ``snapshot(state, index)``: the whole snapshot, frames encoded (what a
  server sends a joining client);
- the same under a frame limit 100 kB below the whole ``scene_ready``, so the
  largest field travels in a ``field_replace`` after it (the sizing path);
- decode + apply of the snapshot's frames to an empty ``SceneState``: the
  joining client's side.

Prints a markdown table; ratios are against the baseline row.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from scenewire.protocol import FieldAppend, SceneReady, StatePatch, Status, Tick, decode, encode
from scenewire.scene import Field, LinePlotView, MorphologyGeometry, MorphologyView, Scene
from scenewire.state.scene_state import SceneState
from scenewire.state.snapshot import snapshot

TRACES, POINTS = 8, 10_000


def morphology(n: int) -> MorphologyGeometry:
    rng = np.random.default_rng(1)
    return MorphologyGeometry(
        id="cell",
        positions=rng.normal(0, 100, (n, 3)),
        orientations=np.tile(np.eye(3), (n, 1, 1)),
        radii=rng.uniform(0.5, 2, n),
        lengths=rng.uniform(5, 20, n),
        xlocs=np.full(n, 0.5),
        entity_ids=[f"dend[{i // 10}]({(i % 10 + 0.5) / 10:.2f})" for i in range(n)],
        section_names=[f"dend[{i // 10}]" for i in range(n)],
    )


def running_state(n: int) -> SceneState:
    """The server's state after a while: the scene, traces grown to POINTS (trimmed), state keys, a status."""
    state = SceneState()
    scene = Scene(
        fields=[
            Field(id="v", values=np.full(n, -65.0, np.float32), dims=["segment"], unit="mV"),
            Field(
                id="traces",
                values=np.zeros((TRACES, 0), np.float32),
                dims=["probe", "time"],
                coords={"time": np.zeros(0)},
                unit="mV",
            ),
        ],
        geometries=[morphology(n)],
        views=[
            MorphologyView(id="m", geometry_id="cell", color_field_id="v"),
            LinePlotView(id="p", field_id="traces", x_dim="time", series_dim="probe", bindings={"title": "t"}),
        ],
    )
    state.apply(decode(encode(SceneReady(scene=scene, tick_end=Tick(index=0)))))
    rng = np.random.default_rng(2)
    chunk, t, ticks = 250, 0, POINTS // 250 + 8  # past POINTS: the oldest columns are trimmed
    for _ in range(ticks):
        values = rng.normal(-65, 5, (TRACES, chunk)).astype(np.float32)
        times = (np.arange(chunk) + t) * 0.025
        t += chunk
        state.apply(
            FieldAppend(field_id="traces", append_dim="time", values=values, coord_values=times, max_length=POINTS)
        )
        state.apply(
            FieldAppend(field_id="v", append_dim="segment", values=np.zeros(0, np.float32), coord_values=np.zeros(0))
        )
    state.apply(StatePatch(updates={"t": "Probes", "selection": "dend[3](0.55)"}))
    state.apply(Status(message="t = 250 ms", tick_end=Tick(index=ticks, time=t * 0.025)))
    assert state.field("traces").values.shape == (TRACES, POINTS)
    return state


def interleaved(calls: dict[str, Callable[[], Any]], repeat: int) -> tuple[dict[str, list[float]], dict[str, Any]]:
    """CPU time of this thread per call, in ms; the rows take turns, so a busy moment of the machine
    falls on all of them alike."""
    times: dict[str, list[float]] = {name: [] for name in calls}
    out: dict[str, Any] = {}
    for _ in range(repeat):
        for name, call in calls.items():
            start = time.thread_time_ns()
            out[name] = call()
            times[name].append((time.thread_time_ns() - start) / 1e6)
    return times, out


def apply_all(frames: list[bytes]) -> SceneState:
    joined = SceneState()
    for frame in frames:
        joined.apply(decode(frame))
    return joined


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segments", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    state = running_state(args.segments)
    assert state.scene is not None
    ready = encode(SceneReady(scene=state.scene))
    limit = len(ready) - 100_000
    times, out = interleaved(
        {
            "base": lambda: encode(SceneReady(scene=state.scene)),
            "snap": lambda: snapshot(state, 41, 250.0),
            "split": lambda: snapshot(state, 41, 250.0, max_frame_bytes=limit),
        },
        args.repeat,
    )
    made, split = out["snap"], out["split"]
    join, joined = interleaved({"join": lambda: apply_all(made.frames)}, args.repeat)
    assert joined["join"].to_json() == state.to_json()
    assert apply_all(split.frames).to_json() == state.to_json()
    base_times, snap_times, split_times, join_times = times["base"], times["snap"], times["split"], join["join"]

    base = float(np.median(base_times))
    print(
        f"{args.segments} segments, {TRACES} traces x {POINTS} points; scene_ready {len(ready)} bytes; "
        f"CPU ms, median and worst of {args.repeat} calls taking turns\n"
    )
    print("| | frames | bytes | median ms | worst ms | median x baseline | bytes x baseline |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    rows = (
        ("baseline: `encode(SceneReady(scene))`", base_times, 1, len(ready)),
        ("`snapshot(state, index)`", snap_times, len(made.frames), made.nbytes),
        (
            f"the same, limit {limit} bytes: {', '.join(split.moved)} in a field_replace",
            split_times,
            len(split.frames),
            split.nbytes,
        ),
        ("joining client: decode + apply the snapshot", join_times, len(made.frames), made.nbytes),
    )
    for name, times, frames, nbytes in rows:
        arr = np.array(times)
        print(
            f"| {name} | {frames} | {nbytes} | {np.median(arr):.2f} | {arr.max():.2f} | {np.median(arr) / base:.3f} "
            f"| {nbytes / len(ready):.4f} |"
        )


if __name__ == "__main__":
    main()
