"""A client that reads at a tenth of the session's rate: the backlog toward it, and the server's memory.

Run by hand::

    .venv/bin/python bench/slow_reader.py --seconds 30
    .venv/bin/python bench/slow_reader.py --seconds 30 --max-backlog 4M

It starts ``scenewire serve slow_reader:FastSession --once`` (a real server in a
subprocess, the session in its worker process: 60 ticks a second, each a
256 KiB ``field_replace`` whose values are the tick) and reads with the
headless client at 6 frames a second. Every 50 ms it samples, from outside
the server, the kernel's Send-Q of the server's socket (``/proc/net/tcp``,
Linux) and the resident memory of the server and its worker. At the end it
stops the session and reads the server's own high-water mark of its backlog
(its log line ``backlog high-water N bytes``). It prints one markdown table;
exit status 1 when a tick was lost or reordered, the connection did not end
with 1000, or a figure passed the budget.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

from scenewire.protocol import FieldReplace, StopSession
from scenewire.scene import Field, LinePlotView, Scene
from scenewire.session import BufferedSession
from scenewire.transports.ws_client import SceneClient, ServerClosed

HZ = 60.0
VALUES = 1 << 16  # 256 KiB of float32 per tick: about 15 MB/s for the client to keep up with
READ_HZ = 6.0
HERE = Path(__file__).resolve().parent


class FastSession(BufferedSession):
    """60 ticks a second, each a 256 KiB field_replace whose values are the tick's number."""

    def __init__(self) -> None:
        super().__init__()
        self.tick = 0

    def initialize(self) -> Scene:
        return Scene(
            fields=[Field(id="wave", values=np.zeros(VALUES, dtype=np.float32), dims=["x"])],
            views=[LinePlotView(id="plot", field_id="wave", x_dim="x")],
            metadata={"title": "slow reader"},
        )

    def is_live(self) -> bool:
        return True

    def advance(self) -> None:
        self.tick += 1
        self.emit(FieldReplace(field_id="wave", values=np.full(VALUES, self.tick, dtype=np.float32)))

    def idle_sleep(self) -> float:
        return 1 / HZ


def send_queue(port: int) -> int | None:
    """The kernel's Send-Q of the server's end of the connection on ``port`` (bytes not yet acknowledged)."""
    try:
        lines = Path("/proc/net/tcp").read_text().splitlines()[1:]
    except OSError:
        return None
    for line in lines:
        fields = line.split()
        if int(fields[1].split(":")[1], 16) == port and fields[3] == "01":
            return int(fields[4].split(":")[0], 16)
    return None


def rss_mib(pid: int) -> float:
    """Resident memory of ``pid`` and its children, in MiB (0 when gone)."""
    total = 0
    pids = [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        pids += [int(child) for child in children.read_text().split()]
    for each in pids:
        try:
            status = Path(f"/proc/{each}/status").read_text()
        except OSError:
            continue
        match = re.search(r"VmRSS:\s+(\d+) kB", status)
        if match:
            total += int(match.group(1))
    return total / 1024


async def read_slowly(url: str, port: int, pid: int, seconds: float) -> dict[str, object]:
    client = await SceneClient.connect(url, ping_interval=None)  # only the server's keepalive
    ticks: list[int] = []
    queues: list[int] = []
    rss: list[float] = []
    end = time.monotonic() + seconds
    next_read = time.monotonic()
    while time.monotonic() < end:
        now = time.monotonic()
        queued = send_queue(port)
        if queued is not None:
            queues.append(queued)
        rss.append(rss_mib(pid))
        if now >= next_read:
            message = await client.receive(30)
            if isinstance(message, FieldReplace):
                ticks.append(int(message.values[0]))
            next_read += 1 / READ_HZ
        await asyncio.sleep(0.05)
    await client.send(StopSession())
    code = None
    while True:
        try:
            message = await client.receive(60)
        except ServerClosed as closed:
            code = closed.code
            break
        if isinstance(message, FieldReplace):
            ticks.append(int(message.values[0]))
    return {"ticks": ticks, "queues": queues, "rss": rss, "code": code}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--max-backlog", default=None, help="passed to scenewire serve (default: its own)")
    args = parser.parse_args()
    extra = ["--max-backlog", args.max_backlog] if args.max_backlog else []
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "scenewire.cli",
            "serve",
            "slow_reader:FastSession",
            "--once",
            "--port",
            "0",
            "-v",
            *extra,
        ],
        cwd=HERE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE), os.environ.get("PYTHONPATH", "")])},
    )
    assert server.stdout is not None
    url = ""
    for line in server.stdout:
        if line.startswith("connect with: "):
            url = line.split()[-1]
            break
    if not url:
        print(server.communicate()[0])
        return 1
    port = int(url.rsplit(":", 1)[1].split("/")[0])
    result = asyncio.run(read_slowly(url, port, server.pid, args.seconds))
    out, _ = server.communicate(timeout=120)
    match = re.search(r"backlog high-water (\d+) bytes \(budget (\d+)\)", out)
    peak, budget = (int(match.group(1)), int(match.group(2))) if match else (None, None)
    ticks = result["ticks"]
    assert isinstance(ticks, list)
    in_order = ticks == list(range(ticks[0], ticks[0] + len(ticks))) if ticks else False
    queues = result["queues"]
    rss = result["rss"]
    assert isinstance(queues, list) and isinstance(rss, list)
    max_queue = max(queues) if queues else None
    print("| seconds | ticks read | in order | close | budget | server's high-water | kernel Send-Q max | RSS max |")
    print("|---|---|---|---|---|---|---|---|")
    print(
        f"| {args.seconds:g} | {len(ticks)} | {'yes' if in_order else 'NO'} | {result['code']} | "
        f"{budget if budget is not None else '-'} | {peak if peak is not None else '-'} | "
        f"{max_queue if max_queue is not None else '-'} | {max(rss):.1f} MiB |"
    )
    over = budget is not None and ((peak or 0) > budget or (max_queue or 0) > budget)
    return 0 if in_order and result["code"] == 1000 and not over else 1


if __name__ == "__main__":
    sys.exit(main())
