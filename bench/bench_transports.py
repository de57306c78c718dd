"""Transport benchmarks: PipeTransport vs the WebSocket server, and the batching question.

Run by hand: ``.venv/bin/python bench/bench_transports.py [--quick]``. Prints one
markdown table; every figure is a ratio against a baseline measured in the
same run, so the machine's speed cancels out.

1. Throughput of one session's updates, 4 MB ``field_replace`` and small
   ticks (a cable tick: field_replace + field_append + status + scene_patch),
   through PipeTransport (process, thread) and through the WebSocket server
   (session in a worker process, the default; session on a thread) to a
   decoding client; baseline: raw ``websockets`` sending the same bytes with
   no session, no encode and no decode.
2. Command-to-update latency (p50, p99) while the session idles: ``key_pressed``
   out, the session's ``status`` back; the command must wake the idle loop.
3. Batching: a tick's messages as one frame each vs one frame for the tick
   (length-prefixed), raw websockets, decoded by the client.

The WebSocket server and every sender run in their own process, as they would
in use, so the client does not share a GIL with them.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import multiprocessing
import statistics
import struct
import time
from typing import Any

import numpy as np
from websockets.asyncio.client import connect
from websockets.asyncio.server import serve
from websockets.exceptions import ConnectionClosed

from scenewire.demos.cable import CableSession
from scenewire.protocol import (
    FieldAppend,
    FieldReplace,
    KeyPressed,
    ScenePatch,
    SessionCommand,
    Status,
    StopSession,
    decode,
    encode,
)
from scenewire.scene import Field, Scene
from scenewire.session import BufferedSession
from scenewire.transports import PipeTransport
from scenewire.transports.ws_client import SceneClient, ServerClosed
from scenewire.transports.ws_server import run_backend_server

BIG = 1 << 20  # float32 values: 4 MiB
WS_PROCESS = "WebSocket server (session in a worker process) -> decoding client"
WS_THREAD = "WebSocket server (session on a thread) -> decoding client"


def small_tick(t: int) -> list[Any]:
    return [
        FieldReplace(field_id="v", values=np.full(43, t, dtype=np.float32)),
        FieldAppend(
            field_id="trace",
            append_dim="time",
            values=np.full((10, 3), t, dtype=np.float32),
            coord_values=np.arange(10, dtype=np.float64) + t,
            max_length=2000,
        ),
        Status(message=f"t = {t} ms"),
        ScenePatch(metadata_updates={"t": t}),
    ]


class BigFieldSession(BufferedSession):
    """Every tick: one fresh 4 MiB field_replace, as fast as the transport takes them."""

    def initialize(self) -> Scene:
        self.t = 0
        return Scene(fields=[Field(id="big", values=np.zeros(0, dtype=np.float32), dims=["i"])])

    def is_live(self) -> bool:
        return True

    def idle_sleep(self) -> float:
        return 0.0

    def advance(self) -> None:
        self.t += 1  # a new array each tick, as a simulation makes (the thread pipe copies nothing)
        self.emit(FieldReplace(field_id="big", values=np.full(BIG, self.t, dtype=np.float32)))


class SmallTickSession(BufferedSession):
    """Every tick: the four small messages of a cable tick, as fast as they go."""

    def initialize(self) -> Scene:
        self.t = 0
        return Scene()

    def is_live(self) -> bool:
        return True

    def idle_sleep(self) -> float:
        return 0.0

    def advance(self) -> None:
        self.t += 1
        for update in small_tick(self.t):
            self.emit(update)


class IdleEchoSession(BufferedSession):
    """Idles 10 s between ticks; a command must wake it. Answers each with a status."""

    def idle_sleep(self) -> float:
        return 10.0

    def handle(self, command: SessionCommand) -> None:
        self.emit(Status(message=getattr(command, "key", "")))


# -- helpers: servers in their own processes --------------------------------


def _serve_session(source: Any, isolation: str, ready: Any) -> None:
    run_backend_server(source, "127.0.0.1", 0, isolation=isolation, on_ready=lambda server: ready.put(server.port))


def _serve_forever(source: Any, isolation: str, ready: Any) -> None:
    def on_ready(server: Any) -> None:
        ready.put(server.port)

    run_backend_server(source, "127.0.0.1", 0, isolation=isolation, serve_forever=True, on_ready=on_ready)


def _serve_raw(frames: list[bytes], repeat: int, ready: Any) -> None:
    async def handler(ws: Any) -> None:
        await ws.recv()  # the client says go
        with contextlib.suppress(ConnectionClosed):  # the client may leave before the last
            for _ in range(repeat):
                for frame in frames:
                    await ws.send(frame)
            await ws.close()

    async def main() -> None:
        async with serve(handler, "127.0.0.1", 0, compression=None, max_size=None) as server:
            ready.put(next(iter(server.sockets)).getsockname()[1])
            await server.serve_forever()

    asyncio.run(main())


class InProcess:
    """A spawned process running ``target(*args, queue)``; its first queue item is the port."""

    def __init__(self, target: Any, *args: Any) -> None:
        ctx = multiprocessing.get_context("spawn")
        self.queue = ctx.Queue()
        self.process = ctx.Process(target=target, args=(*args, self.queue))  # not daemonic: it spawns a worker

    def __enter__(self) -> int:
        self.process.start()
        return int(self.queue.get(timeout=60))

    def __exit__(self, *exc: object) -> None:
        self.process.join(10)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join()


# -- throughput -------------------------------------------------------------


def pipe_throughput(source: Any, kind: str, count: int, use_process: bool) -> float:
    """Seconds for ``count`` updates of ``kind``, from the first one on."""
    transport = PipeTransport(source, use_process=use_process)
    transport.start()
    seen, start = 0, 0.0
    try:
        while seen < count:
            updates = transport.poll_updates()
            if not updates:
                time.sleep(0.0002)
                continue
            for update in updates:
                if update.wire_kind == kind:
                    if seen == 0:
                        start = time.perf_counter()
                    seen += 1
        return time.perf_counter() - start
    finally:
        transport.stop()


def ws_throughput(source: Any, kind: str, count: int, isolation: str) -> float:
    async def client(port: int) -> float:
        c = await SceneClient.connect(f"ws://127.0.0.1:{port}")
        seen, start = 0, 0.0
        while seen < count:
            message = await c.receive(60)
            if message.wire_kind == kind:
                if seen == 0:
                    start = time.perf_counter()
                seen += 1
        elapsed = time.perf_counter() - start
        await c.send(StopSession())
        await c.close()
        return elapsed

    with InProcess(_serve_session, source, isolation) as port:
        return asyncio.run(client(port))


def raw_throughput(frames: list[bytes], repeat: int, count: int) -> float:
    """Raw websockets: seconds for ``count`` frames (bytes only, nothing decoded)."""

    async def client(port: int) -> float:
        async with connect(f"ws://127.0.0.1:{port}", compression=None, max_size=None) as ws:
            await ws.send(b"go")
            await ws.recv()
            start = time.perf_counter()
            for _ in range(count - 1):
                await ws.recv()
            return time.perf_counter() - start

    with InProcess(_serve_raw, frames, repeat) as port:
        return asyncio.run(client(port))


# -- latency ----------------------------------------------------------------


def ws_latency(rounds: int, isolation: str) -> list[float]:
    with InProcess(_serve_session, IdleEchoSession, isolation) as port:
        return asyncio.run(_latency_after_warmup(port, rounds))


async def _latency_after_warmup(port: int, rounds: int) -> list[float]:
    c = await SceneClient.connect(f"ws://127.0.0.1:{port}")
    await c.send(KeyPressed(key="warm"))
    await c.receive(60)
    out = []
    for i in range(rounds):
        start = time.perf_counter()
        await c.send(KeyPressed(key=str(i)))
        while True:
            message = await c.receive(60)
            if isinstance(message, Status) and message.message == str(i):
                break
        out.append(time.perf_counter() - start)
    await c.send(StopSession())
    await c.close()
    return out


def first_update(isolation: str, sessions: int) -> float:
    """Median seconds from connecting to the cable demo's first update after its scene (a serve_forever server)."""

    async def client(port: int) -> list[float]:
        out = []
        for _ in range(sessions):
            start = time.perf_counter()
            c = await SceneClient.connect(f"ws://127.0.0.1:{port}")
            while (await c.receive(60)).wire_kind in ("scene_ready", "status"):
                pass
            out.append(time.perf_counter() - start)
            await c.send(StopSession())
            with contextlib.suppress(ServerClosed):
                while True:
                    await c.receive(60)
        return out

    server = InProcess(_serve_forever, CableSession, isolation)
    with server as port:
        seconds = statistics.median(asyncio.run(client(port)))
        server.process.terminate()  # it serves forever; no session is running now
    return seconds


def pipe_latency(rounds: int, use_process: bool) -> list[float]:
    transport = PipeTransport(IdleEchoSession, use_process=use_process)
    transport.start()
    out = []
    try:
        for i in range(-1, rounds):
            start = time.perf_counter()
            transport.send_command(KeyPressed(key=str(i)))
            done = False
            while not done:
                for update in transport.poll_updates():
                    done = done or (isinstance(update, Status) and update.message == str(i))
                time.sleep(0)  # let the session thread have the GIL (a frontend polls at 60 Hz)
            if i >= 0:
                out.append(time.perf_counter() - start)
    finally:
        transport.stop()
    return out


# -- batching ---------------------------------------------------------------


def batching(ticks: int) -> tuple[float, float]:
    """Seconds for ``ticks`` small ticks received and decoded: frame per message, frame per tick."""
    frames = [encode(m) for m in small_tick(1)]
    batch = b"".join(struct.pack("<I", len(f)) + f for f in frames)

    async def per_message(port: int) -> float:
        async with connect(f"ws://127.0.0.1:{port}", compression=None, max_size=None) as ws:
            await ws.send(b"go")
            start = time.perf_counter()
            for _ in range(ticks * len(frames)):
                decode(await ws.recv())
            return time.perf_counter() - start

    async def per_tick(port: int) -> float:
        async with connect(f"ws://127.0.0.1:{port}", compression=None, max_size=None) as ws:
            await ws.send(b"go")
            start = time.perf_counter()
            for _ in range(ticks):
                data = await ws.recv()
                view, pos = memoryview(data), 0
                while pos < len(view):
                    (n,) = struct.unpack_from("<I", view, pos)
                    decode(view[pos + 4 : pos + 4 + n])
                    pos += 4 + n
            return time.perf_counter() - start

    with InProcess(_serve_raw, frames, ticks) as port:
        one_each = asyncio.run(per_message(port))
    with InProcess(_serve_raw, [batch], ticks) as port:
        one_per_tick = asyncio.run(per_tick(port))
    return one_each, one_per_tick


# -- report -----------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds (a smoke run)")
    args = parser.parse_args()
    big_n, small_n, rounds, ticks = (10, 2000, 200, 2000) if args.quick else (60, 20000, 1000, 20000)
    mb = BIG * 4 / 1e6
    big_frame = encode(FieldReplace(field_id="big", values=np.arange(BIG, dtype=np.float32)))
    small_frames = [encode(m) for m in small_tick(1)]

    rows: list[tuple[str, str, str]] = []

    base = raw_throughput([big_frame], big_n + 5, big_n)
    rows.append(("4 MB field_replace", "raw websockets bytes (baseline)", f"{big_n * mb / base:,.0f} MB/s (1.00)"))
    for label, seconds in (
        (WS_PROCESS, ws_throughput(BigFieldSession, "field_replace", big_n, "process")),
        (WS_THREAD, ws_throughput(BigFieldSession, "field_replace", big_n, "thread")),
        ("PipeTransport, process", pipe_throughput(BigFieldSession, "field_replace", big_n, True)),
        ("PipeTransport, thread", pipe_throughput(BigFieldSession, "field_replace", big_n, False)),
    ):
        rows.append(("4 MB field_replace", label, f"{big_n * mb / seconds:,.0f} MB/s ({base / seconds:.2f})"))

    n = small_n
    base = raw_throughput(small_frames, n // 4 + 10, n)
    rows.append(("small updates", "raw websockets bytes (baseline)", f"{n / base:,.0f} msg/s (1.00)"))
    for label, seconds in (
        (WS_PROCESS, ws_throughput(SmallTickSession, "field_replace", n // 4, "process")),
        (WS_THREAD, ws_throughput(SmallTickSession, "field_replace", n // 4, "thread")),
        ("PipeTransport, process", pipe_throughput(SmallTickSession, "field_replace", n // 4, True)),
        ("PipeTransport, thread", pipe_throughput(SmallTickSession, "field_replace", n // 4, False)),
    ):
        rows.append(("small updates", label, f"{n / seconds:,.0f} msg/s ({base / seconds:.2f})"))

    for label, samples in (
        ("WebSocket, session in a worker process", ws_latency(rounds, "process")),
        ("WebSocket, session on a thread", ws_latency(rounds, "thread")),
        ("PipeTransport, process", pipe_latency(rounds, True)),
        ("PipeTransport, thread", pipe_latency(rounds, False)),
    ):
        ms = sorted(s * 1000 for s in samples)
        p50 = statistics.median(ms)
        p99 = ms[min(len(ms) - 1, int(len(ms) * 0.99))]
        rows.append(("command -> update, idle session", label, f"p50 {p50:.3f} ms, p99 {p99:.3f} ms"))

    base = first_update("thread", 5)
    case = "connect -> first update (cable demo)"
    rows.append((case, "session on a thread (baseline)", f"{base * 1000:.0f} ms (1.00)"))
    spawned = first_update("process", 5)
    rows.append((case, "session in a worker process", f"{spawned * 1000:.0f} ms ({spawned / base:.1f})"))

    each, batched = batching(ticks)
    case = "4-message tick, raw ws + decode"
    rows.append((case, "one message per frame (baseline)", f"{ticks / each:,.0f} ticks/s (1.00)"))
    rows.append((case, "one frame per tick", f"{ticks / batched:,.0f} ticks/s ({each / batched:.2f})"))

    print("| case | path | result (ratio to the case's baseline) |")
    print("|---|---|---|")
    for case, path, result in rows:
        print(f"| {case} | {path} | {result} |")


if __name__ == "__main__":
    main()
