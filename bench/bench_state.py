"""The cost of applying one ``field_append`` to ``SceneState``, against copying the trace.

``.venv/bin/python bench/bench_state.py [--ticks N]``

A trace field of 50 series x 10 000 float32 samples (full, ``max_length``
10 000) receives one sample per series per tick, as the window's 60 Hz poll
would apply it. Rows, all in one run and measured the same way (CPU time of
the calling thread per tick; median, 99th percentile and worst over the
ticks):

- baseline: ``Field.append`` of the scene model, which concatenates and trims,
  so it copies the whole 2 MB trace every tick;
- ``SceneState.apply`` of the decoded update (the growable buffer: the new
  column is written twice, nothing is moved; the first tick allocates the
  buffer and copies the trace in, once per field per scene);
- decode + apply: the frame's bytes decoded, then applied, as the window does.

Prints a markdown table; ratios are against the baseline row.
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from scenewire.protocol import FieldAppend, SceneReady, decode, encode
from scenewire.scene import Field, Scene
from scenewire.state.scene_state import SceneState

SERIES, WINDOW = 50, 10_000


def frames(ticks: int) -> list[bytes]:
    rng = np.random.default_rng(1)
    return [
        encode(
            FieldAppend(
                field_id="v",
                append_dim="time",
                values=rng.normal(-65, 5, (SERIES, 1)).astype(np.float32),
                coord_values=np.array([0.025 * (WINDOW + i)]),
                max_length=WINDOW,
            )
        )
        for i in range(ticks)
    ]


def full_field() -> Field:
    return Field(
        id="v",
        values=np.zeros((SERIES, WINDOW), np.float32),
        dims=["seg", "time"],
        coords={"time": np.arange(WINDOW) * 0.025},
    )


def timed(step: object, items: list) -> list[float]:
    out = []
    clock = time.thread_time_ns
    for item in items:
        start = clock()
        step(item)  # type: ignore[operator]
        out.append((clock() - start) / 1e6)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ticks", type=int, default=12_000, help="ticks per row (more than 10 000 to see a move)")
    args = parser.parse_args()
    data = frames(args.ticks)
    decoded = [decode(f) for f in data]

    field = full_field()
    baseline = timed(
        lambda u: field.append(u.append_dim, u.values, u.coord_values, u.max_length),
        decoded[: min(args.ticks, 2000)],
    )

    def fresh() -> SceneState:
        state = SceneState()
        state.apply(SceneReady(scene=Scene(fields=[full_field()])))
        return state

    state = fresh()
    applied = timed(state.apply, [decode(f) for f in data])
    assert state.field("v").values.shape == (SERIES, WINDOW)
    state = fresh()
    both = timed(lambda f: state.apply(decode(f)), data)

    base = float(np.median(baseline))
    print(f"{SERIES} series x {WINDOW} samples float32, one sample per series per tick, {args.ticks} ticks\n")
    print("| apply one field_append | median ms | p99 ms | first ms | worst after the first ms | median x baseline |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, times in (
        ("baseline: concatenate and trim (`Field.append`)", baseline),
        ("`SceneState.apply` (growable buffer)", applied),
        ("decode + `SceneState.apply`", both),
    ):
        arr = np.array(times)
        print(
            f"| {name} | {np.median(arr):.3f} | {np.percentile(arr, 99):.3f} | {arr[0]:.3f} | {arr[1:].max():.3f} "
            f"| {np.median(arr) / base:.3f} |"
        )


if __name__ == "__main__":
    main()
