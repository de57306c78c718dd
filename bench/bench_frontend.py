"""Frontend benchmarks, run by hand under a display (``xvfb-run -a`` on a headless machine).

``xvfb-run -a -s "-screen 0 1280x1024x24" .venv/bin/python bench/bench_frontend.py [--quick] [--part 1|1b|2]``

Each part prints markdown; every figure stands beside a baseline measured the
same way in the same run.

Part 1, the window: the stalls of the Qt event loop while a real
``scenewire serve`` (another process, loopback WebSocket) sends a 4 MB
float32 ``field_replace`` 30 times a second. A 1 ms QTimer probes the loop;
a stall is a gap between two of its ticks beyond the 1 ms it asked for. Three
rows in one run: the window idle; the window idle while the same stream goes
to a headless ``scenewire probe`` in another process (the baseline: the
machine's load without the window's own work); the window receiving.

Part 1b, the trace plot (``--part 1b``): the CPU time of one 60 Hz
poll-and-apply for a trace plot of 50 series receiving one ``field_append``
per tick with a 10 000-sample rolling window, for the two ways a line plot
can be drawn, side by side in one run:

- VisPy 2-D visuals: one ``Line`` visual holding all series (one vertex buffer,
  a ``connect`` mask between series) in a ``PanZoomCamera`` view with two
  ``AxisWidget``s;
- pyqtgraph: one ``PlotCurveItem`` per series in a ``PlotWidget``.

Each is run with every sample handed over, and with the traces decimated to
at most two points (min, max) per pixel column first; then the window's own
``line_plot`` adapter runs the same ticks twice: decimating the whole window
on every poll (its baseline), and decimating only the samples appended since
the last poll (what the window does). Each tick is split into the steps
the window takes: decode the frame, apply it to the ``SceneState``, hand the
new arrays to the plot ("apply"; the goal is decode + state + apply under
2 ms), and draw the widget ("draw": VisPy renders through Mesa's software
OpenGL here, so its draw is CPU work a GPU would do; pyqtgraph paints with
QPainter on the CPU on every machine). CPU time is process time (all
threads); figures are medians over the ticks, after the window has filled;
ratios are against the first row, in the same run.

Part 2, the 3-D views: a morphology drawn as instanced cylinders coloured in
the shader from one float32 per segment, against the baseline the seed's
framework used: a per-instance RGBA colour mapped on the CPU, on the same
cylinders drawn the same way (ray-cast impostors; one frame of the polygon
mesh style beside them). For 1 000, 10 000 and 100 000 segments: build time, CPU
time to apply one colour update (the Python call plus the GL upload, flushed
without drawing), bytes uploaded per update, and frames per second while
100 000 segments receive a ``field_replace`` at 60 Hz.
"""

from __future__ import annotations

import argparse
import os
import statistics
import threading
import time
from collections.abc import Callable
from typing import Any

import numpy as np
from vispy import gloo, scene

import scenewire.frontend  # noqa: F401 - selects VisPy's pyqt6 / gl+ backends before any canvas
from scenewire import decode, encode
from scenewire.frontend.views.trace_data import decimate
from scenewire.frontend.visuals.framing import frame_sphere, segment_bounding_sphere
from scenewire.frontend.visuals.morphology import MorphologyVisual
from scenewire.protocol import FieldAppend, SceneReady
from scenewire.scene import Field, Scene, colormaps
from scenewire.scene.views import LinePlotView
from scenewire.state.scene_state import SceneState

# ---------------------------------------------------------------- shared helpers


def random_tree(n: int, seed: int = 0) -> dict[str, np.ndarray]:
    """A branching neuron-like tree of n segments (random walk; each branch starts on an earlier one)."""
    rng = np.random.default_rng(seed)
    seg_len = 2.0
    direction = rng.normal(size=(n, 3))
    direction /= np.linalg.norm(direction, axis=1, keepdims=True)
    # smooth the walk: each segment mostly continues its parent's direction
    start = np.zeros((n, 3))
    parent = np.maximum(np.arange(n) - 1, 0)
    branch_points = rng.random(n) < 0.02
    parent[branch_points] = (rng.random(branch_points.sum()) * np.arange(n)[branch_points]).astype(int)
    for i in range(1, n):
        d = direction[parent[i]] * 0.9 + direction[i] * 0.3
        direction[i] = d / np.linalg.norm(d)
        start[i] = start[parent[i]] + direction[parent[i]] * seg_len
    positions = start + direction * seg_len / 2
    z = direction
    helper = np.where(np.abs(z[:, :1]) < 0.9, [[1.0, 0, 0]], [[0, 1.0, 0]])
    x = np.cross(helper, z)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    y = np.cross(z, x)
    orientations = np.stack([x, y, z], axis=2)
    radii = np.full(n, 0.4)
    radii[:20] = 4.0
    return {
        "positions": positions.astype(np.float32),
        "orientations": orientations.astype(np.float32),
        "radii": radii.astype(np.float32),
        "lengths": np.full(n, seg_len, np.float32),
    }


def median_time(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


# ---------------------------------------------------------------- part 1: the window


def loop_stalls(seconds: float, url: str | None) -> dict[str, float]:
    """Event-loop gaps of a window watching ``url`` (None: idle), measured once the stream flows.

    A 1 ms QTimer probes the loop; a stall is the gap between two of its ticks
    beyond the 1 ms it asked for. With a URL the measurement starts after two
    updates have been applied (connection, worker start-up and the first scene
    are not the steady state this measures). The Qt-thread time spent handling
    frames (``_on_frame``: copy out of Qt, decode) and applying them is timed
    per frame by wrapping those two methods.
    """
    from PyQt6.QtCore import QElapsedTimer, QTimer
    from PyQt6.QtWidgets import QApplication

    from scenewire.frontend import qt_transport
    from scenewire.frontend.app import AppSpec
    from scenewire.frontend.qt_transport import WebSocketTransport
    from scenewire.frontend.window import VispyFrontendWindow

    app = QApplication.instance() or QApplication([])
    transport = WebSocketTransport(url) if url else None
    window = VispyFrontendWindow(AppSpec(transport=transport))
    window.resize(900, 600)
    window.show()
    frame_ms: list[float] = []  # handling a frame (copy out of Qt, decode) on the GUI thread
    off_ms: list[float] = []  # the same on the socket's own thread
    apply_ms: list[float] = []
    patched: list[tuple[Any, Any]] = []
    if transport is not None:
        # where frames are handled: on the GUI thread (the transport itself) or on its own thread (_Link)
        owner: Any = getattr(qt_transport, "_Link", None) or transport
        handle = owner._on_frame
        gui_thread = threading.get_ident()

        def timed_frame(*args: object) -> None:
            t0 = time.perf_counter()
            handle(*args)
            took = (time.perf_counter() - t0) * 1e3
            (frame_ms if threading.get_ident() == gui_thread else off_ms).append(took)

        owner._on_frame = timed_frame
        patched.append((owner, handle))
        apply_pending = window.apply_pending

        def timed_apply(deadline: float):
            t0 = time.perf_counter()
            before = window.updates_applied
            changes = apply_pending(deadline)
            if window.updates_applied > before:
                apply_ms.append((time.perf_counter() - t0) * 1e3 / (window.updates_applied - before))
            return changes

        window.apply_pending = timed_apply  # type: ignore[method-assign]
        deadline = time.monotonic() + 60
        while window.updates_applied < 3 and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.002)
        if window.updates_applied < 3:
            raise SystemExit(f"bench: no updates from {url} within 60 s: {window.status.error_text}")
    frame_ms.clear()
    off_ms.clear()
    apply_ms.clear()
    clock = QElapsedTimer()
    gaps: list[float] = []
    last = [0]

    def tick() -> None:
        now = clock.nsecsElapsed()
        gaps.append((now - last[0]) / 1e6 - 1.0)
        last[0] = now

    probe = QTimer()
    probe.setInterval(1)
    probe.timeout.connect(tick)
    applied_before = window.updates_applied
    clock.start()
    probe.start()
    QTimer.singleShot(int(seconds * 1000), app.quit)
    app.exec()
    probe.stop()
    applied = window.updates_applied - applied_before
    window.shutdown()
    window.close()
    for owner, handle in patched:
        if isinstance(owner, type):
            owner._on_frame = handle
    gaps = gaps[2:]
    return {
        "longest": max(gaps),
        "p99": float(np.percentile(gaps, 99)),
        "over_frame": sum(g > 16.0 for g in gaps),
        "rate": applied / seconds,
        "frame_ms": statistics.median(frame_ms) if frame_ms else float("nan"),
        "frame_max": max(frame_ms) if frame_ms else float("nan"),
        "off_ms": statistics.median(off_ms) if off_ms else float("nan"),
        "apply_ms": statistics.median(apply_ms) if apply_ms else float("nan"),
    }


def bench_window(seconds: float) -> None:
    import re
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    serve = ["serve", "frontend_sessions:FieldStreamSession", "--port", "0", "--forever"]
    server = subprocess.Popen(
        [sys.executable, "-m", "scenewire.cli", *serve],
        cwd=root / "bench",
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert server.stdout is not None
        url = re.search(r"on (ws://\S+)", server.stdout.readline()).group(1)  # type: ignore[union-attr]
        idle = loop_stalls(seconds, None)
        # the same stream to a headless client in another process, while the window idles: what the
        # machine's load (server, session worker, a decoding client) costs the window without its own work
        probe = subprocess.Popen(
            [sys.executable, "-m", "scenewire.cli", "probe", url, "--seconds", str(seconds + 8)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(6)  # connect, worker start-up, first scene
        loaded = loop_stalls(seconds, None)
        probe.wait(30)
        busy = loop_stalls(seconds, url)
    finally:
        server.kill()
        server.wait(10)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print("\n### Part 1: Qt event-loop stall, 4 MB field_replace at 30 Hz over a loopback WebSocket\n")
    print(f"{seconds:g} s per row; load average at the end: {load:.1f} on {os.cpu_count()} cores\n")
    print(
        "| window | longest stall (ms) | 99th percentile (ms) | stalls over 16 ms | updates applied/s "
        "| frame handling on the GUI thread, median / max (ms) | on the socket thread, median (ms) "
        "| apply per update, median (ms) |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    rows = (("idle", idle), ("idle, the stream to a headless client (baseline)", loaded), ("receiving", busy))
    for name, r in rows:
        print(
            f"| {name} | {r['longest']:.1f} | {r['p99']:.1f} | {r['over_frame']} | {r['rate']:.1f} "
            f"| {r['frame_ms']:.2f} / {r['frame_max']:.2f} | {r['off_ms']:.2f} | {r['apply_ms']:.2f} |"
        )
    print(
        f"\nreceiving / baseline: longest stall {busy['longest'] / max(loaded['longest'], 0.1):.1f}x, "
        f"99th percentile {busy['p99'] / max(loaded['p99'], 0.1):.1f}x; goal: no stall over 16 ms"
    )


# ---------------------------------------------------------------- part 2: 3-D views

ShaderMorphology = scene.visuals.create_visual_node(MorphologyVisual)
LIMITS = (-80.0, 40.0)
CMAP = "viridis"


class RGBABaseline:
    """The seed's way on our drawing: map on the CPU (``map_values``), upload RGBA float32 per segment."""

    def __init__(self, visual: MorphologyVisual) -> None:
        self.visual = visual

    def set_values(self, values: np.ndarray) -> None:
        self.visual.set_colors(colormaps.map_values(values, CMAP, LIMITS))

    @property
    def bytes_uploaded(self) -> int:
        return self.visual.bytes_uploaded

    @property
    def parent(self):
        return self.visual.parent

    @parent.setter
    def parent(self, value) -> None:
        self.visual.parent = value


def make_visual(kind: str, tree: dict[str, np.ndarray], parent, style: str = "impostor"):
    """Ours ("shader") or the baseline ("rgba"), drawn the same way (``style``)."""
    visual = ShaderMorphology(
        tree["positions"],
        tree["orientations"],
        tree["radii"],
        tree["lengths"],
        colormaps.lut(CMAP),
        colormaps.NAN_COLOR,
        style=style,
        parent=parent,
    )
    visual.set_limits(LIMITS)
    return visual if kind == "shader" else RGBABaseline(visual)


def draw(canvas: scene.SceneCanvas) -> None:
    """Draw one frame to the window and wait for the GL to finish it."""
    canvas.set_current()
    canvas.on_draw(None)
    gloo.gl.glFinish()


def bench_3d(sizes: list[int], repeat: int, fps_seconds: float) -> None:
    canvas = scene.SceneCanvas(size=(800, 600), show=True, bgcolor="black")
    view = canvas.central_widget.add_view()
    view.camera = scene.TurntableCamera(fov=40)
    rows = []
    trees = {n: random_tree(n) for n in sizes}
    for n in sizes:
        tree = trees[n]
        rng = np.random.default_rng(1)
        updates = [rng.uniform(-90, 50, n).astype(np.float32) for _ in range(8)]
        row = {"n": n}
        for kind in ("rgba", "shader"):
            builds, firsts = [], []
            for _ in range(3):
                t0 = time.perf_counter()
                visual = make_visual(kind, tree, view.scene)
                visual.set_values(updates[0])
                centre, radius = segment_bounding_sphere(
                    tree["positions"], tree["orientations"], tree["radii"], tree["lengths"]
                )
                frame_sphere(view.camera, centre, radius)
                canvas.context.flush_commands()
                t1 = time.perf_counter()
                draw(canvas)
                builds.append(t1 - t0)
                firsts.append(time.perf_counter() - t0)
                visual.parent = None
            visual = make_visual(kind, tree, view.scene)
            visual.set_values(updates[0])
            draw(canvas)
            before = visual.bytes_uploaded
            k = iter(range(10**9))

            def apply(visual=visual, k=k, updates=updates) -> None:
                visual.set_values(updates[next(k) % len(updates)])
                canvas.context.flush_commands()

            row[f"{kind}_build"] = statistics.median(builds)
            row[f"{kind}_first"] = statistics.median(firsts)
            row[f"{kind}_apply"] = median_time(apply, repeat)
            calls = repeat
            row[f"{kind}_bytes"] = (visual.bytes_uploaded - before) / calls
            row[f"{kind}_frame"] = median_time(lambda: draw(canvas), 3)
            if n == max(sizes):
                row[f"{kind}_fps"] = sustained_fps(canvas, visual, updates, fps_seconds)
            visual.parent = None
        mesh = make_visual("shader", tree, view.scene, style="mesh")
        mesh.set_values(updates[0])
        draw(canvas)
        row["mesh_frame"] = median_time(lambda: draw(canvas), 3)
        mesh.parent = None
        rows.append(row)
    canvas.close()
    print("\n## Part 2: morphology, scalar + colormap texture vs per-instance RGBA\n")
    print(
        "| segments | build RGBA (s) | build ours (s) | build + first frame ours (s) | apply RGBA (ms) "
        "| apply ours (ms) | ratio | bytes/update RGBA | bytes/update ours | ratio "
        "| frame RGBA (s) | frame ours (s) | frame ours, mesh style (s) |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(
            f"| {r['n']:,} | {r['rgba_build']:.3f} | {r['shader_build']:.3f} | {r['shader_first']:.3f} "
            f"| {r['rgba_apply'] * 1e3:.2f} | {r['shader_apply'] * 1e3:.3f} "
            f"| {r['rgba_apply'] / r['shader_apply']:.0f}x "
            f"| {r['rgba_bytes']:,.0f} | {r['shader_bytes']:,.0f} | {r['rgba_bytes'] / r['shader_bytes']:.1f}x "
            f"| {r['rgba_frame']:.3f} | {r['shader_frame']:.3f} | {r['mesh_frame']:.3f} |"
        )
    big = rows[-1]
    print(
        f"\nFrames per second, {big['n']:,} segments, field_replace at 60 Hz for {fps_seconds:.0f} s: "
        f"RGBA {big['rgba_fps']:.2f}, ours {big['shader_fps']:.2f} "
        f"(ratio {big['shader_fps'] / big['rgba_fps']:.2f}x)"
    )


def sustained_fps(canvas, visual, updates: list[np.ndarray], seconds: float) -> float:
    """Frames drawn per second while a new update arrives every 1/60 s (the newest one is applied)."""
    t0 = time.perf_counter()
    frames = 0
    applied = -1
    while (now := time.perf_counter()) - t0 < seconds:
        due = int((now - t0) * 60)
        if due != applied:
            visual.set_values(updates[due % len(updates)])
            applied = due
        draw(canvas)
        frames += 1
    return frames / (time.perf_counter() - t0)


# ---------------------------------------------------------------- part 1b: trace plot technology

SERIES = 50
WINDOW = 10_000
DT = 0.025  # ms per sample, NEURON's default step
SIZE = (900, 500)
COLUMNS = 800  # about the plot area's width in pixels: decimate to two points per column


def trace_field() -> Field:
    """A [series, time] field already full (10 000 samples), as a long run has it."""
    rng = np.random.default_rng(3)
    t = np.arange(WINDOW) * DT
    values = (np.sin(t[None, :] / 5 + np.arange(SERIES)[:, None]) * 30 - 65).astype(np.float32)
    values += rng.standard_normal(values.shape).astype(np.float32)
    return Field(id="v", values=values, dims=["series", "time"], coords={"time": t}, unit="mV")


def trace_frames(n: int) -> list[bytes]:
    """Encoded ``field_append`` frames, one new sample per series per tick."""
    rng = np.random.default_rng(4)
    frames = []
    for i in range(n):
        t = (WINDOW + i) * DT
        values = (rng.standard_normal((SERIES, 1)) * 30 - 65).astype(np.float32)
        msg = FieldAppend(field_id="v", append_dim="time", values=values, coord_values=np.array([t]), max_length=WINDOW)
        frames.append(encode(msg))
    return frames


class VispyTrace:
    """All series in one ``Line`` visual; per tick one new vertex array."""

    name = "VisPy"

    def __init__(self, field: Field, decimated: bool) -> None:
        self.decimated = decimated
        from vispy import scene

        self.canvas = scene.SceneCanvas(size=SIZE, bgcolor="white", show=True)
        grid = self.canvas.central_widget.add_grid(spacing=0)
        self.view = grid.add_view(row=0, col=1, camera="panzoom")
        yaxis = scene.AxisWidget(orientation="left", axis_label="v (mV)", text_color="black", axis_color="black")
        yaxis.width_max = 60
        xaxis = scene.AxisWidget(orientation="bottom", axis_label="time (ms)", text_color="black", axis_color="black")
        xaxis.height_max = 40
        grid.add_widget(yaxis, row=0, col=0)
        grid.add_widget(xaxis, row=1, col=1)
        yaxis.link_view(self.view)
        xaxis.link_view(self.view)
        pos = self._pos(field)
        n = pos.shape[0] // SERIES
        connect = np.ones(SERIES * n, dtype=bool)
        connect[n - 1 :: n] = False
        colors = np.repeat(_palette(SERIES), n, axis=0)
        self.line = scene.Line(pos=pos, color=colors, connect=connect, parent=self.view.scene)
        self.view.camera.set_range()

    def _pos(self, field: Field) -> np.ndarray:
        x, y = field.coords["time"], field.values
        if self.decimated:
            x, y = decimate(x, y, COLUMNS)
        pos = np.empty((y.shape[0], y.shape[1], 2), dtype=np.float32)
        pos[:, :, 0] = x
        pos[:, :, 1] = y
        return pos.reshape(-1, 2)

    def apply(self, field: Field) -> None:
        self.line.set_data(pos=self._pos(field))
        t = field.coords["time"]
        self.view.camera.set_range(x=(float(t[0]), float(t[-1])), y=(-170, 40), margin=0)

    def draw(self) -> None:
        self.canvas.render()

    def close(self) -> None:
        self.canvas.close()


class PyqtgraphTrace:
    """One ``PlotCurveItem`` per series; per tick each gets a view of the new arrays."""

    name = "pyqtgraph"

    def __init__(self, field: Field, decimated: bool) -> None:
        import pyqtgraph as pg

        self.decimated = decimated
        pg.setConfigOptions(antialias=False, foreground="k", background="w")
        self.widget = pg.PlotWidget()
        self.widget.resize(*SIZE)
        item = self.widget.getPlotItem()
        item.setLabel("left", "v", units="mV")
        item.setLabel("bottom", "time", units="ms")
        item.disableAutoRange()
        item.setYRange(-170, 40, padding=0)
        self.curves = []
        for rgba in _palette(SERIES):
            curve = pg.PlotCurveItem(pen=pg.mkPen(tuple(int(c * 255) for c in rgba[:3]), width=1))
            item.addItem(curve)
            self.curves.append(curve)
        self.widget.show()
        self.apply(field)

    def apply(self, field: Field) -> None:
        t, y = field.coords["time"], field.values
        x = t
        if self.decimated:
            x, y = decimate(t, y, COLUMNS)
        for curve, row in zip(self.curves, y, strict=True):
            curve.setData(x, row, skipFiniteCheck=True)
        self.widget.getPlotItem().setXRange(float(t[0]), float(t[-1]), padding=0)

    def draw(self) -> None:
        self.widget.grab()

    def close(self) -> None:
        self.widget.close()


class AdapterTrace:
    """The window's own ``line_plot`` adapter (pyqtgraph, decimated), fed by the scene state.

    ``incremental`` False makes it forget its decimation before every poll, so
    that it decimates the whole window each time (what it did before it kept
    its buckets): the baseline of the incremental row, in the same run.
    """

    name = "line_plot adapter (pyqtgraph)"

    def __init__(self, state: SceneState, incremental: bool = True) -> None:
        from PyQt6.QtWidgets import QVBoxLayout, QWidget

        from scenewire.frontend.views.line_plot import LinePlotAdapter

        self.holder = QWidget()
        QVBoxLayout(self.holder).setContentsMargins(0, 0, 0, 0)
        self.holder.resize(*SIZE)
        self.adapter = LinePlotAdapter("p", state, lambda command: None)
        self.adapter.build(self.holder)
        self.holder.show()
        self.incremental = incremental

    def apply(self, changes: Any) -> None:
        if not self.incremental:
            self.adapter.decimator.forget()
        self.adapter.apply(changes)

    def draw(self) -> None:
        self.holder.grab()

    def close(self) -> None:
        self.adapter.close()
        self.holder.close()


def _palette(n: int) -> np.ndarray:
    hues = np.linspace(0, 1, n, endpoint=False)
    rgb = 0.5 + 0.4 * np.cos(2 * np.pi * (hues[:, None] + np.array([0, 1 / 3, 2 / 3])))
    return np.column_stack([rgb, np.ones(n)]).astype(np.float32)


def clocks() -> tuple[float, float]:
    return time.process_time(), time.perf_counter()


def trace_state() -> SceneState:
    """The scene state after a ``scene_ready`` with the full trace field and one line plot."""
    view = LinePlotView(id="p", field_id="v", x_dim="time", series_dim="series", x_unit="ms", y_limits=(-170.0, 40.0))
    state = SceneState()
    state.apply(SceneReady(scene=Scene(fields=[trace_field()], views=[view])))
    return state


def trace_run(
    make: Callable[..., Any], decimated: bool | None, ticks: int, frames: list[bytes], incremental: bool = True
) -> dict[str, Any]:
    """Median (cpu, wall) seconds per step over ``ticks`` 60 Hz ticks.

    ``decimated`` None is the adapter itself, which takes the ``Changes``
    (``incremental`` says whether it keeps its buckets between polls); the
    others take the field.
    """
    from PyQt6.QtWidgets import QApplication

    app = QApplication.instance()
    state = trace_state()
    plot = make(state, incremental) if decimated is None else make(state.field("v"), decimated)
    app.processEvents()
    plot.draw()
    steps: dict[str, list[tuple[float, float]]] = {"decode": [], "state": [], "apply": [], "draw": []}
    for frame in frames[:ticks]:
        c0, w0 = clocks()
        update = decode(frame)
        c1, w1 = clocks()
        changes = state.apply(update)
        c2, w2 = clocks()
        plot.apply(changes if decimated is None else state.field("v"))
        c3, w3 = clocks()
        plot.draw()
        app.processEvents()
        c4, w4 = clocks()
        for name, (ca, wa, cb, wb) in zip(
            steps, ((c0, w0, c1, w1), (c1, w1, c2, w2), (c2, w2, c3, w3), (c3, w3, c4, w4)), strict=True
        ):
            steps[name].append((cb - ca, wb - wa))
    plot.close()
    app.processEvents()
    out = {}
    for name, samples in steps.items():
        out[name] = (statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples))
    return out


def trace_part(ticks: int) -> list[str]:
    """Run both technologies and return the markdown table."""
    from PyQt6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])
    frames = trace_frames(ticks)
    results = {}
    points = decimate(np.zeros(WINDOW), np.zeros((1, WINDOW)), COLUMNS)[0].size
    for decimated in (False, True):
        for cls in (VispyTrace, PyqtgraphTrace):
            how = f"decimated to {points} points" if decimated else f"all {WINDOW} samples"
            results[f"{cls.name}, {how}"] = trace_run(cls, decimated, ticks, frames)
    name = f"{AdapterTrace.name}, decimated to the plot's width"
    results[f"{name}, whole window each poll"] = trace_run(AdapterTrace, None, ticks, frames, incremental=False)
    results[f"{name}, new samples only"] = trace_run(AdapterTrace, None, ticks, frames)
    base = next(iter(results.values()))
    ms = 1e3
    lines = [
        "## Part 1b: a trace plot, VisPy 2-D visuals vs pyqtgraph",
        "",
        f"{SERIES} series, {WINDOW} samples each, one field_append per tick, median of {ticks} ticks",
        "",
        "| technology, series drawn | step | CPU ms | wall ms | CPU x first row |",
        "|---|---|---:|---:|---:|",
    ]
    for name, steps in results.items():
        total_cpu = sum(c for c, _ in steps.values())
        total_wall = sum(w for _, w in steps.values())
        for step, (cpu, wall) in [*steps.items(), ("total", (total_cpu, total_wall))]:
            ref = base[step][0] if step != "total" else sum(c for c, _ in base.values())
            lines.append(f"| {name} | {step} | {cpu * ms:.3f} | {wall * ms:.3f} | {cpu / ref:.2f} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, few repeats: a smoke run")
    parser.add_argument("--part", choices=["1", "1b", "2", "all"], default="all", help="which part to run")
    parser.add_argument("--ticks", type=int, default=60, help="part 1b: ticks measured per technology")
    args = parser.parse_args()
    if args.part in ("1", "all"):
        bench_window(3.0 if args.quick else 10.0)
    if args.part in ("1b", "all"):
        print("\n".join(trace_part(8 if args.quick else args.ticks)))
    if args.part not in ("2", "all"):
        return
    if args.quick:
        bench_3d([1_000, 10_000], repeat=5, fps_seconds=1.0)
    else:
        bench_3d([1_000, 10_000, 100_000], repeat=41, fps_seconds=6.0)


if __name__ == "__main__":
    main()
