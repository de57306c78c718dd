"""The raster view's cost (issue 19): 10 000 Poisson units at 10 Hz against a streaming line plot, in one run.

``xvfb-run -a -s "-screen 0 1280x1024x24" .venv/bin/python bench/bench_raster.py [--ticks 600]``

Both views run in one process, in real pyqtgraph widgets (800 x 500 px), fed
the frames a server would send (encoded once, decoded here), one frame per
tick; each tick is what the window's 60 Hz poll does for it:

- **apply**: decode the frame, apply it to the ``SceneState``, hand the
  adapter the changes (the raster finds its window by a binary search and
  hands one ``PlotCurveItem`` two points per event);
- **paint**: ``grab()`` of the widget: the whole plot rendered by QPainter on the CPU, synchronously
  (``repaint()`` of a ``QGraphicsView`` defers its viewport), into an image of 800 x 500 px;
- **stall**: apply + paint of one tick, the time the Qt event loop is blocked
  for it; the longest over the run is the longest stall, and its 99th
  percentile the one a busy machine's hiccups (another process taking the
  core) do not decide.

The raster: ``PoissonRasterSession`` (10 000 units, 10 Hz, 10 ms of model
time per tick: ~1 000 spikes a tick, ``max_length`` 200 000, a 1 s rolling
window of ~100 000 ticks drawn). The baseline: a line plot of 50 series
receiving 10 samples each per tick with a 10 000-sample rolling window (the
trace plot of bench_frontend.py part 1b). Figures are medians over the ticks
after the windows have filled (the first third is warm-up), CPU and wall the
same here (one thread). ``--ticks 6000`` is the issue's 60 s; the default 600
(6 s) is a short run.

``--window`` measures the same two streams through the whole window instead
(``VispyFrontendWindow``, 1200 x 500 px, one view each, as ``scenewire view``
shows it): per tick the window's own 60 Hz poll is called once with the
tick's updates (each tick closed by a ``tick_end``, §7.12): the tick gate,
``SceneState``, the panel's adapter, the status bar's clock; then ``grab()``
of the whole window. Its longest stall is what the person would see as a
stutter.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np

from scenewire.demos.spikes import PoissonRasterSession
from scenewire.protocol import FieldAppend, SceneReady, decode, encode
from scenewire.scene import Field, LinePlotView, Scene
from scenewire.state import SceneState

SERIES, SAMPLES_PER_TICK, TRACE_WINDOW = 50, 10, 10_000


def raster_frames(ticks: int) -> tuple[Scene, Iterator[bytes]]:
    session = PoissonRasterSession(units=10_000, rate_hz=10.0, tick_ms=10.0)
    scene = session.initialize()

    def frames() -> Iterator[bytes]:
        for _ in range(ticks):
            session.advance()
            for update in session.read_updates():
                yield encode(update)

    return scene, frames()


def trace_frames(ticks: int) -> tuple[Scene, Iterator[bytes]]:
    field = Field(
        id="v",
        values=np.zeros((SERIES, 0), np.float32),
        dims=["seg", "time"],
        coords={"time": np.zeros(0, np.float64)},
        unit="mV",
    )
    view = LinePlotView(id="p", field_id="v", x_dim="time", series_dim="seg", rolling_window=TRACE_WINDOW * 0.1)
    rng = np.random.default_rng(1)

    def frames() -> Iterator[bytes]:
        for k in range(ticks):
            t = (k * SAMPLES_PER_TICK + np.arange(SAMPLES_PER_TICK)) * 0.1
            values = -65 + 10 * np.sin(t[None, :] / 5 + np.arange(SERIES)[:, None]) + rng.normal(0, 1, (SERIES, t.size))
            yield encode(
                FieldAppend(
                    field_id="v",
                    append_dim="time",
                    values=values.astype(np.float32),
                    coord_values=t,
                    max_length=TRACE_WINDOW,
                )
            )

    return Scene(fields=[field], views=[view]), frames()


def run(adapter_cls: type, view_id: str, made: tuple[Scene, Iterator[bytes]], app: Any) -> dict[str, Any]:
    from PyQt6.QtWidgets import QVBoxLayout, QWidget

    scene, frames = made
    state = SceneState()
    state.apply(SceneReady(scene=scene))
    holder = QWidget()
    QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
    holder.resize(800, 500)
    adapter = adapter_cls(view_id, state, lambda command: None)
    adapter.build(holder)
    holder.show()
    app.processEvents()
    applies, paints = [], []
    for frame in frames:
        started = time.perf_counter()
        adapter.apply(state.apply(decode(frame)))
        applied = time.perf_counter()
        adapter.widget.grab()  # renders the scene now (repaint() of a QGraphicsView defers its viewport)
        painted = time.perf_counter()
        app.processEvents()
        applies.append(applied - started)
        paints.append(painted - applied)
    shown = getattr(adapter, "shown", None)
    adapter.close()
    holder.close()
    warm = len(applies) // 3
    stalls = [a + p for a, p in zip(applies, paints, strict=True)]
    return {
        "apply": statistics.median(applies[warm:]) * 1e3,
        "paint": statistics.median(paints[warm:]) * 1e3,
        "stall": max(stalls[warm:]) * 1e3,
        "p99": float(np.percentile(stalls[warm:], 99)) * 1e3,
        "stall_all": max(stalls) * 1e3,
        "shown": shown,
    }


def run_window(made: tuple[Scene, Iterator[bytes]], app: Any) -> dict[str, Any]:
    """The window's poll and paint per tick (``--window``): the figures a person sees."""
    import dataclasses

    from scenewire.frontend.app_spec import AppSpec
    from scenewire.frontend.window import VispyFrontendWindow
    from scenewire.protocol import Tick

    scene, frames = made
    win = VispyFrontendWindow(AppSpec(scene=scene))  # no transport: the updates are handed to it
    win.resize(1200, 500)
    win.show()
    app.processEvents()
    applies, paints = [], []
    for k, frame in enumerate(frames):
        update = decode(frame)
        update = dataclasses.replace(update, tick_end=Tick(index=k, time=10.0 * k))
        started = time.perf_counter()
        win.receive([update])
        win.poll()
        applied = time.perf_counter()
        win.grab()
        painted = time.perf_counter()
        app.processEvents()
        applies.append(applied - started)
        paints.append(painted - applied)
    adapters = [a for f in win.frames.values() for a in getattr(f.body, "adapters", {}).values()]
    shown = getattr(adapters[0], "shown", None) if adapters else None
    clock = win.status.clock.text()
    win.shutdown()
    win.close()
    warm = len(applies) // 3
    stalls = [a + p for a, p in zip(applies, paints, strict=True)]
    return {
        "apply": statistics.median(applies[warm:]) * 1e3,
        "paint": statistics.median(paints[warm:]) * 1e3,
        "stall": max(stalls[warm:]) * 1e3,
        "p99": float(np.percentile(stalls[warm:], 99)) * 1e3,
        "stall_all": max(stalls) * 1e3,
        "shown": shown,
        "clock": clock,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ticks", type=int, default=600, help="ticks of 10 ms model time (6000: the issue's 60 s)")
    parser.add_argument("--window", action="store_true", help="through the whole window (its poll, 1200 x 500 px)")
    args = parser.parse_args()
    import pyqtgraph as pg

    from scenewire.frontend.views.line_plot import LinePlotAdapter
    from scenewire.frontend.views.raster import RasterAdapter

    app = pg.mkQApp()
    rows: list[tuple[str, Callable[[], dict[str, Any]]]] = [
        (
            f"line plot, {SERIES} series x {SAMPLES_PER_TICK} samples/tick, {TRACE_WINDOW} window (baseline)",
            lambda: (
                run_window(trace_frames(args.ticks), app)
                if args.window
                else run(LinePlotAdapter, "p", trace_frames(args.ticks), app)
            ),
        ),
        (
            "raster, 10 000 units at 10 Hz, 1 s window (~1 000 spikes/tick)",
            lambda: (
                run_window(raster_frames(args.ticks), app)
                if args.window
                else run(RasterAdapter, "raster", raster_frames(args.ticks), app)
            ),
        ),
    ]
    where = "the whole window (poll + grab), 1200 x 500 px" if args.window else "the view alone, 800 x 500 px"
    print(f"{args.ticks} ticks each; medians after the first third; {where}\n")
    print(
        "| view | apply ms/tick (median) | paint ms/tick (median) | longest stall ms (after warm-up) "
        "| longest stall ms (whole run) | 99th percentile stall ms | events drawn at the end |"
    )
    print("|---|---|---|---|---|---|---|")
    base = None
    for name, make in rows:
        r = make()
        base = base or r
        print(
            f"| {name} | {r['apply']:.2f} ({r['apply'] / base['apply']:.1f}x) | {r['paint']:.2f} "
            f"({r['paint'] / base['paint']:.2f}x) | {r['stall']:.1f} | {r['stall_all']:.1f} "
            f"| {r['p99']:.1f} ({r['p99'] / base['p99']:.2f}x) | {r['shown'] or '-'} |"
        )


if __name__ == "__main__":
    main()
