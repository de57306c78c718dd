"""Scrubbing the timeline: time to show a past tick of a 100 000-segment cell with 8 traces, and the history's memory.

``.venv/bin/python bench/bench_scrub.py [--segments 100000] [--minutes 10] [--rate 30] [--budget 512] [--seeks 25]``
(under Xvfb: ``xvfb-run -s "-screen 0 1600x1200x24 +extension GLX"``, or a desktop)

The run: ``--minutes`` of a session ticking ``--rate`` times a second, each tick a
``field_replace`` of the voltage over every segment (float32) and a ``field_append``
of one point to 8 traces (``max_length`` 10 000), as the 100 000-segment demo sends
(bench/bench_shared_runs.py, ``MorphologySession``). The ticks are fed to a real
window (``VispyFrontendWindow``, history budget ``--budget`` MiB) through its own
``receive``/``apply_pending``, as fast as it applies them rather than in real
time: 10 minutes at 30 ticks/s are 18 000 ticks, simulated in about a minute.

Rows, in one run, on the window as it is at the end:

- baseline: one live tick, applied and drawn (apply, render, paint): what the
  window does 30 times a second while live;
- a jump to a random held tick (rebuilt from the keyframe before it);
- a drag forward by one tick (goes on from the state shown);
- Live again (the present drawn whole).

Each is wall time from the call to the painted window, median (and worst) of
``--seeks``, split into *state* (the ``SceneState``: rebuilt from a keyframe, or
a tick applied), *render* (the window handing the changes to the views, which
recolour 100 000 segments and redraw the traces) and *paint* (Qt's events until
the window is painted; on a machine without a GPU, Mesa's software GL). Then the memory: the history's count (array
``nbytes``) against its budget, how many ticks and seconds of the run it holds,
and the process's resident memory before and after the run. Each shown tick is
checked: the voltage drawn is the one that tick sent.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
TRACES, POINTS = 8, 10_000


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def voltage(base: np.ndarray, k: int) -> np.ndarray:
    """Tick k's voltages: a fresh array, different for every k (so a wrong tick shows)."""
    return base + np.float32(k % 9973) * np.float32(0.01)


def run(segments: int, minutes: float, rate: float, budget_mib: float, seeks: int, seed: int = 0) -> dict[str, Any]:
    from PyQt6.QtWidgets import QApplication

    import scenewire.frontend  # noqa: F401 - VisPy's backend first
    from scenewire.frontend.app_spec import AppSpec
    from scenewire.frontend.history import MIB
    from scenewire.frontend.window import VispyFrontendWindow
    from scenewire.protocol import FieldAppend, FieldReplace, SceneReady, Tick
    from scenewire.scene import Field, LinePlotView, MorphologyView, Scene

    sys.path.insert(0, str(HERE))
    from bench_snapshot import morphology

    app = QApplication.instance() or QApplication(["bench_scrub"])
    window = VispyFrontendWindow(AppSpec(history_mib=budget_mib))
    window.resize(1200, 800)
    window.show()
    rng = np.random.default_rng(seed)
    base = rng.normal(-65, 5, segments).astype(np.float32)
    scene = Scene(
        fields=[
            Field(id="v", values=base.copy(), dims=["segment"], unit="mV"),
            Field(
                id="traces",
                values=np.zeros((TRACES, 0), np.float32),
                dims=["probe", "time"],
                coords={"time": np.zeros(0)},
                unit="mV",
            ),
        ],
        geometries=[morphology(segments)],
        views=[
            MorphologyView(id="m", geometry_id="cell", color_field_id="v", color_limits=(-80.0, 40.0)),
            LinePlotView(id="p", field_id="traces", x_dim="time", series_dim="probe", x_unit="s"),
        ],
    )

    def tick(k: int) -> list[Any]:
        replace = FieldReplace(field_id="v", values=voltage(base, k))
        append = FieldAppend(
            field_id="traces",
            append_dim="time",
            values=(-65 + 20 * np.sin(k / 40 + np.arange(TRACES)[:, None])).astype(np.float32),
            coord_values=np.array([k / rate]),
            max_length=POINTS,
            tick_end=Tick(index=k, time=k / rate),
        )
        return [replace, append]

    def paint() -> None:
        app.processEvents()
        app.processEvents()

    rss_before = rss_mib()
    window.receive([SceneReady(scene=scene, tick_end=Tick(index=0, time=0.0))])
    window.render(window.apply_pending(0.0))
    paint()

    ticks = int(minutes * 60 * rate)
    peak = 0
    fill_started = time.perf_counter()
    merged = None
    for k in range(1, ticks + 1):
        window.receive(tick(k))
        changes = window.apply_pending(0.0)  # exactly one whole tick
        if merged is None:
            merged = changes
        else:
            merged.merge(changes)
        peak = max(peak, window.history.nbytes)
        if k % 600 == 0:  # draw now and then, as the live window does (not every tick: the run is simulated)
            window.render(merged)
            window.timeline.refresh()
            merged = None
            paint()
    if merged is not None:
        window.render(merged)
    window.timeline.refresh()
    paint()
    fill_s = time.perf_counter() - fill_started
    history = window.history

    phases = {"state": 0.0, "render": 0.0}  # time inside History.rebuild / apply_pending, and window.render

    def clocked(name: str, call: Any) -> Any:
        def inner(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return call(*args, **kwargs)
            finally:
                phases[name] += time.perf_counter() - started

        return inner

    history.rebuild = clocked("state", history.rebuild)  # type: ignore[method-assign]
    window.apply_pending = clocked("state", window.apply_pending)  # type: ignore[method-assign]
    window.render = clocked("render", window.render)  # type: ignore[method-assign]

    def timed(call: Any) -> tuple[float, float, float, float]:
        """(total, state, render, paint) in ms: the call, then Qt's events until the window is painted."""
        phases["state"] = phases["render"] = 0.0
        started = time.perf_counter()
        call()
        painted = time.perf_counter()
        paint()
        total = time.perf_counter() - started
        state, render = phases["state"], phases["render"]
        return total * 1000, state * 1000, render * 1000, (time.perf_counter() - painted) * 1000

    peaks = [peak]

    def live_tick(k: int) -> None:
        window.receive(tick(k))
        window.render(window.apply_pending(0.0))
        window.timeline.refresh()
        peaks.append(history.nbytes)

    def shows(number: int) -> bool:
        index = history.step(number).tick.index
        return bool(np.array_equal(window.shown.field("v").values, voltage(base, index)))

    rows: dict[str, list[tuple[float, float, float, float]]] = {
        "live tick (baseline)": [],
        "jump to a past tick": [],
        "drag forward 1 tick": [],
    }
    rows["back to Live"] = []
    wrong = 0
    k = ticks
    for _ in range(seeks):
        k += 1
        rows["live tick (baseline)"].append(timed(lambda k=k: live_tick(k)))
        first, last = history.first, history.last
        target = int(rng.integers(first, max(first + 1, last - 1)))
        rows["jump to a past tick"].append(timed(lambda t=target: window.timeline.show_step(t)))
        wrong += not shows(target)
        rows["drag forward 1 tick"].append(timed(lambda t=target: window.timeline.show_step(t + 1)))
        wrong += not shows(target + 1)
        rows["back to Live"].append(timed(window.timeline.go_live))
        wrong += not np.array_equal(window.shown.field("v").values, voltage(base, k))
    window.shutdown()
    window.close()
    app.processEvents()
    return {
        "rows": rows,
        "wrong": wrong,
        "ticks": ticks,
        "fill_s": fill_s,
        "budget": int(budget_mib * MIB),
        "nbytes": history.nbytes,
        "peak": max(peaks),
        "held": (history.last or 0) - (history.first or 0) + 1 if history.first is not None else 0,
        "first": history.first,
        "dropped": history.dropped,
        "keyframes": len(history.keyframes),
        "rate": rate,
        "rss_before": rss_before,
        "rss_after": rss_mib(),
    }


def report(result: dict[str, Any], args: argparse.Namespace) -> None:
    rows = result["rows"]
    base = statistics.median(t[0] for t in rows["live tick (baseline)"])
    print(
        f"{args.segments} segments, 8 traces, {result['ticks']} ticks ({args.minutes:g} min at {args.rate:g} ticks/s, "
        f"fed in {result['fill_s']:.0f} s), budget {args.budget:g} MiB"
    )
    print()
    print("| row | state ms | render ms | paint ms | total ms (worst) | total x baseline |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, times in rows.items():
        total, state, render, paint = (statistics.median(t[i] for t in times) for i in range(4))
        worst = max(t[0] for t in times)
        cells = f"{state:.1f} | {render:.1f} | {paint:.1f} | {total:.1f} ({worst:.1f}) | {total / base:.2f}x"
        print(f"| {name} | {cells} |")
    mib = 1024 * 1024
    held_s = result["held"] / result["rate"]
    print()
    print(
        f"history: {result['nbytes'] / mib:.1f} MiB held (peak {result['peak'] / mib:.1f}) of a "
        f"{result['budget'] / mib:.0f} MiB budget; {result['held']} ticks ({held_s:.1f} s of the run) in "
        f"{result['keyframes']} keyframes' stretches, {result['dropped']} oldest ticks dropped; process RSS "
        f"{result['rss_before']:.0f} -> {result['rss_after']:.0f} MiB; ticks shown wrong: {result['wrong']}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--segments", type=int, default=100_000)
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--rate", type=float, default=30.0, help="ticks per second of the simulated run")
    parser.add_argument("--budget", type=float, default=512.0, help="history budget, MiB")
    parser.add_argument("--seeks", type=int, default=25)
    args = parser.parse_args()
    report(run(args.segments, args.minutes, args.rate, args.budget, args.seeks), args)


if __name__ == "__main__":
    main()
