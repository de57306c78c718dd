"""How long the server goes deaf while a session's advance() holds the GIL, per isolation.

Run by hand: ``.venv/bin/python bench/bench_gil_stall.py`` (uses NEURON when it
is importable: 200 Hodgkin-Huxley sections of 51 segments, one
``continuerun(150)`` per advance; otherwise a C call that holds the GIL for
3 s). The server runs in a process of its own; the client pings it every
50 ms during two advances and reports the longest gap between answered pings.
The baseline is the ping period itself: a server that never stalls shows a
gap close to it.
"""

from __future__ import annotations

import asyncio
import ctypes
import itertools
import multiprocessing
import sys
import time
from typing import Any

import numpy as np

from scenewire.protocol import Status, StopSession
from scenewire.scene import Field, LinePlotView, Scene
from scenewire.session import BufferedSession
from scenewire.transports.ws_client import SceneClient, ServerClosed
from scenewire.transports.ws_server import run_backend_server

PING_PERIOD_S = 0.05
HOG_SECONDS = 3


class GilHoldingSession(BufferedSession):
    """Two advances, each one long C call that keeps the GIL."""

    def initialize(self) -> Scene:
        self.runs = 0
        self.h: Any = None
        try:
            from neuron import h
        except ImportError:
            pass
        else:
            h.load_file("stdrun.hoc")
            self.h = h
            self.sections = []
            for _ in range(200):
                section = h.Section()
                section.nseg = 51
                section.insert("hh")
                self.sections.append(section)
        return Scene(
            fields=[Field(id="runs", values=np.zeros(0), dims=["i"])],
            views=[LinePlotView(id="plot", field_id="runs", x_dim="i")],
        )

    def is_live(self) -> bool:
        return self.runs < 2

    def advance(self) -> None:
        if self.h is not None:
            self.h.finitialize(-65)
            self.h.continuerun(150)
            what = "NEURON continuerun(150)"
        else:
            ctypes.PyDLL(None).sleep(HOG_SECONDS)  # PyDLL: the GIL stays held during the call
            what = f"a {HOG_SECONDS} s C call"
        self.runs += 1
        self.emit(Status(message=f"{what} #{self.runs} done"))


def _serve(isolation: str, ready: Any) -> None:
    run_backend_server(
        GilHoldingSession, "127.0.0.1", 0, isolation=isolation, on_ready=lambda server: ready.put(server.port)
    )


async def _measure(port: int) -> tuple[float, int, str]:
    client = await SceneClient.connect(f"ws://127.0.0.1:{port}", ping_interval=None)
    finished = asyncio.Event()
    what = ""

    async def read() -> None:
        nonlocal what
        try:
            while True:
                message = await client.receive()
                if isinstance(message, Status) and message.message.endswith("#2 done"):
                    what = message.message.rsplit(" #", 1)[0]
                    finished.set()
                    return
        except ServerClosed:
            finished.set()

    reader = asyncio.create_task(read())
    stamps = [time.perf_counter()]
    while not finished.is_set():
        await asyncio.wait_for(await client.ws.ping(), 60)
        stamps.append(time.perf_counter())
        await asyncio.sleep(PING_PERIOD_S)
    await reader
    await client.send(StopSession())
    await client.close()
    return max(b - a for a, b in itertools.pairwise(stamps)), len(stamps) - 1, what


def measure(isolation: str) -> tuple[float, int, str]:
    ctx = multiprocessing.get_context("spawn")
    ready = ctx.Queue()
    server = ctx.Process(target=_serve, args=(isolation, ready))
    server.start()
    try:
        return asyncio.run(_measure(int(ready.get(timeout=60))))
    finally:
        server.join(30)
        if server.is_alive():
            server.terminate()


def main() -> None:
    print(f"python {sys.version.split()[0]}; ping every {PING_PERIOD_S * 1000:.0f} ms (baseline)")
    print("| session runs | longest gap between answered pings | x ping period | pings answered | advance |")
    print("|---|---:|---:|---:|---|")
    for isolation in ("process", "thread"):
        gap, pings, what = measure(isolation)
        print(f"| {isolation} | {gap:.2f} s | {gap / PING_PERIOD_S:.0f} | {pings} | {what} |")


if __name__ == "__main__":
    main()
