"""Shared runs (protocol 1.1): what 16 observers, a frozen one, and joining a large run cost.

Run by hand (every row in one run, the rows that are compared taking turns)::

    .venv/bin/python bench/bench_shared_runs.py --seconds 10

Each case starts ``scenewire serve bench_shared_runs:<Session> --shared`` (a
real server in a subprocess, the session in its worker process) and drives it
from this process with asyncio clients.

1. **Fan-out.** ``FieldSession``: 60 ticks a second, each a 400 kB
   ``field_replace`` (100 000 float32) and a trace ``field_append``. The
   session's tick rate (ticks the controller receives per second) with the
   controller alone, then with 16 observers reading every frame; the server's
   peak resident memory (``VmHWM``, the server process and its worker apart).
2. **A frozen observer.** The same session with the controller and two
   observers: the controller's command-to-update time (``set_control`` until
   the ``state_patch`` that answers it), p50 and p99, without and with a third
   observer that connects and never reads; the others' ticks checked
   contiguous (nothing lost).
3. **Joining a large run.** ``MorphologySession``: a 100 000-segment
   morphology and 8 traces of 10 000 points. Time from connect to the
   snapshot's ``tick_end`` received and applied to a ``SceneState``, against
   connecting to a fresh per-connection server and its first tick applied.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from scenewire.protocol import (
    Access,
    FieldAppend,
    FieldReplace,
    SessionCommand,
    SetControl,
    StatePatch,
    encode,
    make_hello,
)
from scenewire.scene import Field, LinePlotView, MorphologyView, Scene
from scenewire.session import BufferedSession
from scenewire.state import SceneState
from scenewire.transports.ws_client import SceneClient, open_socket

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
HZ = 60.0
VALUES = 100_000  # 400 kB of float32 a tick


class FieldSession(BufferedSession):
    """60 ticks a second: a 400 kB field_replace and a trace point; ``set_control k`` answers with a state_patch."""

    def __init__(self) -> None:
        super().__init__()
        self.t = 0
        self.next_at = 0.0

    def initialize(self) -> Scene:
        return Scene(
            fields=[
                Field(id="v", values=np.zeros(VALUES, np.float32), dims=["seg"]),
                Field(id="trace", values=np.zeros(0, np.float64), dims=["time"]),
            ],
            views=[LinePlotView(id="p", field_id="trace", x_dim="time")],
        )

    def handle(self, command: SessionCommand) -> None:
        if isinstance(command, SetControl):
            self.emit(StatePatch(updates={"k": command.value}))

    def is_live(self) -> bool:
        return True

    def advance(self) -> None:
        now = time.monotonic()
        if now < self.next_at:
            time.sleep(self.next_at - now)  # the session's own pace: 60 ticks a second
        self.next_at = max(now, self.next_at) + 1 / HZ
        self.t += 1
        self.emit(FieldReplace(field_id="v", values=np.full(VALUES, self.t, np.float32)))
        self.emit(
            FieldAppend(
                field_id="trace",
                append_dim="time",
                values=np.array([float(self.t)]),
                coord_values=np.array([self.t / HZ]),
                max_length=1000,
            )
        )

    def sim_time(self) -> float:
        return self.t / HZ

    def idle_sleep(self) -> float:
        return 0.0


class MorphologySession(BufferedSession):
    """A 100 000-segment morphology coloured by a field, and 8 traces of 10 000 points (a running NEURON cell)."""

    def initialize(self) -> Scene:
        sys.path.insert(0, str(HERE))
        from bench_snapshot import POINTS, TRACES, morphology

        n = 100_000
        rng = np.random.default_rng(3)
        return Scene(
            fields=[
                Field(id="v", values=np.full(n, -65.0, np.float32), dims=["segment"], unit="mV"),
                Field(
                    id="traces",
                    values=rng.normal(-65, 5, (TRACES, POINTS)).astype(np.float32),
                    dims=["probe", "time"],
                    coords={"time": np.arange(POINTS) * 0.025},
                    unit="mV",
                ),
            ],
            geometries=[morphology(n)],
            views=[
                MorphologyView(id="m", geometry_id="cell", color_field_id="v"),
                LinePlotView(id="p", field_id="traces", x_dim="time", series_dim="probe"),
            ],
        )

    def is_live(self) -> bool:
        return True

    def advance(self) -> None:
        time.sleep(0.05)

    def idle_sleep(self) -> float:
        return 0.0


# -- the server ---------------------------------------------------------------------------------------------


class Server:
    def __init__(self, session: str, *extra: str) -> None:
        env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(HERE), str(ROOT / "python"), *sys.path]))
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "scenewire.cli", "serve", f"bench_shared_runs:{session}", "--port", "0", *extra],
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line.startswith("connect with: scenewire probe "):
                self.url = line.split()[-1]
                return
        raise RuntimeError("the server did not start")

    def peak_kib(self) -> tuple[int, int]:
        """VmHWM of the server process and of its worker (the session), in KiB."""
        server = _hwm(self.proc.pid)
        children = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children")
        worker = sum(_hwm(int(pid)) for pid in children.read_text().split()) if children.exists() else 0
        return server, worker

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()


def _hwm(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


async def raw_observer(url: str, frozen: bool = False) -> tuple[Any, asyncio.Task[int] | None]:
    """An observer that reads every frame without decoding (or never reads); the count of frames it took."""
    ws = await open_socket(url)
    await ws.send(encode(make_hello("client", "bench", access="observe")))

    async def read() -> int:
        count = 0
        try:
            while True:
                await ws.recv()
                count += 1
        except Exception:
            return count

    return ws, None if frozen else asyncio.create_task(read())


async def tick_rate(url: str, observers: int, seconds: float) -> float:
    """Ticks per second the controller receives while ``observers`` observers read every frame."""
    controller = await SceneClient.connect(url)
    others = [await raw_observer(url) for _ in range(observers)]
    ticks: list[float] = []
    loop = asyncio.get_running_loop()
    end = loop.time() + seconds + 2.0
    while loop.time() < end:
        message = await controller.receive(30)
        if getattr(message, "tick_end", None) is not None:
            ticks.append(loop.time())
    await controller.close()
    for ws, task in others:
        await ws.close()
        if task is not None:
            task.cancel()
    kept = [t for t in ticks if t > ticks[0] + 2.0]  # the first 2 s (joins, the scene) left out
    return (len(kept) - 1) / (kept[-1] - kept[0])


async def command_latency(url: str, frozen: bool, seconds: float) -> tuple[list[float], bool]:
    """Command-to-update times of the controller, with two reading observers (and a frozen one)."""
    controller = await SceneClient.connect(url)
    readers = [await raw_observer(url) for _ in range(2)]
    stuck = await raw_observer(url, frozen=True) if frozen else None
    loop = asyncio.get_running_loop()
    times: list[float] = []
    indices: list[int] = []
    end = loop.time() + seconds
    k = 0
    await asyncio.sleep(1.0)  # settle: joins and the scene (a span of time, not a wait for a condition)
    while loop.time() < end:
        k += 1
        sent = loop.time()
        await controller.send(SetControl(control_id="k", value=float(k)))
        while True:
            message = await controller.receive(30)
            tick = getattr(message, "tick_end", None)
            if tick is not None:
                indices.append(tick.index)
            if isinstance(message, StatePatch) and message.updates.get("k") == float(k):
                times.append(loop.time() - sent)
                break
        await asyncio.sleep(0.02)
    await controller.close()
    for ws, task in readers + ([stuck] if stuck else []):
        ws.transport.abort() if task is None else await ws.close()
        if task is not None:
            task.cancel()
    contiguous = all(b == a + 1 for a, b in itertools.pairwise(indices))
    return times, contiguous


async def join_time(url: str) -> float:
    """Connect, then receive and apply updates until the first tick_end: seconds."""
    started = time.perf_counter()
    client = await SceneClient.connect(url, access="observe")
    state = SceneState()
    while True:
        message = await client.receive(120)
        if isinstance(message, Access):
            continue
        state.apply(message)
        if getattr(message, "tick_end", None) is not None and state.scene is not None:
            break
    took = time.perf_counter() - started
    await client.close()
    return took


def p(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--observers", type=int, default=16)
    parser.add_argument(
        "--frozen-seconds", type=float, default=None, help="each frozen/not-frozen run (default --seconds)"
    )
    parser.add_argument("--joins", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=2, help="rounds of the compared rows, taking turns")
    parser.add_argument("--case", choices=["fanout", "frozen", "join", "all"], default="all")
    args = parser.parse_args()
    rows: list[str] = []

    if args.case in ("fanout", "all"):
        rates: dict[int, list[float]] = {0: [], args.observers: []}
        peaks: dict[int, tuple[int, int]] = {}
        for _ in range(args.rounds):  # taking turns
            for n in (0, args.observers):
                server = Server("FieldSession", "--shared", "--linger", "0", "--once")
                rates[n].append(asyncio.run(tick_rate(server.url, n, args.seconds)))
                peaks[n] = max(peaks.get(n, (0, 0)), server.peak_kib())
                server.stop()
        alone, many = statistics.median(rates[0]), statistics.median(rates[args.observers])
        rows.append(f"| tick rate, controller alone | {alone:.1f} ticks/s | server {peaks[0][0] / 1024:.0f} MiB peak |")
        rows.append(
            f"| tick rate, controller + {args.observers} observers | {many:.1f} ticks/s ({many / alone:.2f}x) | "
            f"server {peaks[args.observers][0] / 1024:.0f} MiB peak |"
        )

    if args.case in ("frozen", "all"):
        seconds = args.frozen_seconds or args.seconds
        results: dict[bool, list[float]] = {False: [], True: []}
        whole = True
        for _ in range(args.rounds):
            for frozen in (False, True):
                server = Server("FieldSession", "--shared", "--linger", "0", "--once")
                times, contiguous = asyncio.run(command_latency(server.url, frozen, seconds))
                results[frozen] += times
                whole = whole and contiguous
                server.stop()
        base, with_frozen = p(results[False], 0.99), p(results[True], 0.99)
        rows.append(
            f"| command-to-update, 2 observers | p50 {p(results[False], 0.5) * 1e3:.1f} ms, p99 {base * 1e3:.1f} ms | |"
        )
        rows.append(
            f"| the same + 1 frozen observer ({seconds:g} s) | p50 {p(results[True], 0.5) * 1e3:.1f} ms, "
            f"p99 {with_frozen * 1e3:.1f} ms ({with_frozen / base:.2f}x) | ticks contiguous: {whole} |"
        )

    if args.case in ("join", "all"):
        fresh: list[float] = []
        joined: list[float] = []
        shared = Server("MorphologySession", "--shared", "--start-now", "--linger", "inf")
        try:
            asyncio.run(join_time(shared.url))  # the run is going and has sent its scene
            for _ in range(args.joins):
                single = Server("MorphologySession", "--once")
                fresh.append(asyncio.run(join_time(single.url)))
                single.stop()
                joined.append(asyncio.run(join_time(shared.url)))
        finally:
            shared.stop()
        f, j = statistics.median(fresh), statistics.median(joined)
        rows.append(f"| connect to a fresh session, first tick applied | {f * 1e3:.0f} ms | |")
        rows.append(f"| join the running run, snapshot applied | {j * 1e3:.0f} ms ({j / f:.2f}x) | |")

    print("| case | figure | notes |")
    print("|---|---|---|")
    for row in rows:
        print(row)


if __name__ == "__main__":
    main()
