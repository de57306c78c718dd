"""Bytes the C# stub allocates per received 100 000-float32 ``field_replace``, before and after
the low-copy array path, in one run (issue: a Unity client must hold 60 Hz without garbage); with
``--appends``, the time ``SceneState`` takes per ``field_append`` by the field's layout instead.

Run by hand: ``.venv/bin/python bench/bench_csharp_alloc.py [--frames 200]``. It builds the stub,
compiles ``bench/csharp/AllocationBench.cs`` against it, and serves one ``field_replace`` (400 KB of
float32) per ``key_pressed`` the client sends, over a real ``websockets`` server on loopback. The C#
side measures ``GC.GetTotalMemory`` around each request (process-wide, so the receive loop's
thread counts too) with a 256 MiB nursery, and leaves out windows in which a collection ran.

``.venv/bin/python bench/bench_csharp_alloc.py --appends`` compiles ``bench/csharp/AppendBench.cs``
instead and prints microseconds per one-entry append to a field of n entries (trimmed to n) for
n = 1000, 10 000, 100 000: along the first dim (the baseline, a buffer that grows in place), along a
later dim with only sizes of 1 before it (the same buffer), the same with a whole copy per append
(what it cost before), and along the last dim of 8 series (a whole copy, the C-order layout leaves
no other way). Ratios are against the baseline of the same n, in the same run.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

from scenewire import decode, encode
from scenewire.protocol import SUBPROTOCOL, FieldReplace, KeyPressed, StopSession, make_hello

ROOT = Path(__file__).resolve().parents[1]
STUB = ROOT / "csharp-stub"
ELEMENTS = 100_000
NURSERY_BYTES = 1 << 20  # small garbage is counted in nursery collections of this size


def build(out: Path, source: str = "AllocationBench.cs") -> Path:
    """Build the stub and the benchmark ``bench/csharp/<source>``; return the benchmark's exe."""
    subprocess.run(["bash", str(STUB / "build.sh")], check=True, stdout=subprocess.DEVNULL)
    dll = STUB / "bin" / "Scenewire.dll"
    exe = out / (Path(source).stem + ".exe")
    subprocess.run(
        ["mcs", "-langversion:7.2", "-nologo", "-optimize+", f"-r:{dll}", f"-out:{exe}",
         str(ROOT / "bench" / "csharp" / source)],
        check=True,
    )  # fmt: skip
    (out / "Scenewire.dll").write_bytes(dll.read_bytes())
    return exe


async def serve_and_run(exe: Path, frames: int) -> int:
    """Serve field_replace frames on request while the benchmark runs; return its exit status."""
    from websockets.asyncio.server import serve

    values = np.linspace(-80.0, 40.0, ELEMENTS, dtype=np.float32)
    frame = encode(FieldReplace(field_id="v", values=values))

    async def handler(ws: Any) -> None:
        await ws.recv()  # the client's hello
        await ws.send(encode(make_hello("server", "allocation-bench")))
        async for data in ws:
            message = decode(data)
            if isinstance(message, KeyPressed):
                await ws.send(frame)
            elif isinstance(message, StopSession):
                await ws.close(1000, "session stopped")

    def pick(connection: Any, offered: list[str]) -> str | None:
        return SUBPROTOCOL if SUBPROTOCOL in offered else None

    async with serve(handler, "127.0.0.1", 0, select_subprotocol=pick, max_size=None) as server:
        port = server.sockets[0].getsockname()[1]
        env = dict(os.environ, MONO_GC_PARAMS=f"nursery-size={NURSERY_BYTES}")
        proc = await asyncio.create_subprocess_exec(
            "mono", str(exe), f"ws://127.0.0.1:{port}", str(frames), str(NURSERY_BYTES), env=env
        )
        return await proc.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=1000, help="frames per path (the first 10 warm up)")
    parser.add_argument("--appends", action="store_true", help="time field_append by layout instead")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.appends:
            exe = build(Path(tmp), "AppendBench.cs")
            return subprocess.run(["mono", str(exe)], check=False).returncode
        exe = build(Path(tmp))
        return asyncio.run(serve_and_run(exe, args.frames))


if __name__ == "__main__":
    sys.exit(main())
