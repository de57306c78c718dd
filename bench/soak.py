"""Soak: a 60 Hz session served for minutes; resident memory, and any lost or reordered message.

Run by hand (10 minutes)::

    .venv/bin/python bench/soak.py --seconds 600

It starts ``scenewire serve soak:SoakSession --once`` (a real server in a
subprocess, the session in its worker process), connects the headless client
and reads for ``--seconds``. Every tick appends its number to a field and
replaces a 4096-value field whose first value is the tick; twice a second the
client sends a ``key_pressed`` whose echo must come back in order. At the end
it prints one markdown table: ticks and their rate beside the 60 Hz target,
lost and reordered messages, and the resident memory of the server and its
worker at the end of the warm-up (the baseline) and at the end. Exit status 1
when a message was lost or reordered, memory grew more than ``--max-growth-mib``,
or no baseline was taken (then the table says "no baseline", never a growth of 0).
A warm-up as long as the run is refused.
``tests/test_soak.py`` runs a short version.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

from scenewire.protocol import FieldAppend, FieldReplace, KeyPressed, SessionCommand, Status, StopSession
from scenewire.scene import Field, LinePlotView, Scene
from scenewire.session import BufferedSession
from scenewire.transports.ws_client import SceneClient, ServerClosed

HZ = 60.0
WAVE = 4096
HERE = Path(__file__).resolve().parent


class SoakSession(BufferedSession):
    """Ticks at 60 Hz: each tick appends its number and replaces a wave that starts with it."""

    def __init__(self) -> None:
        super().__init__()
        self.tick = 0
        self.next_at = time.monotonic()

    def initialize(self) -> Scene:
        return Scene(
            fields=[
                Field(id="tick", values=np.zeros(0, dtype=np.int64), dims=["t"]),
                Field(id="wave", values=np.zeros(WAVE, dtype=np.float32), dims=["x"]),
            ],
            views=[LinePlotView(id="plot", field_id="tick", x_dim="t")],
            metadata={"title": "soak"},
        )

    def handle(self, command: SessionCommand) -> None:
        if isinstance(command, KeyPressed):
            self.emit(Status(message=f"key {command.key}"))

    def is_live(self) -> bool:
        return True

    def advance(self) -> None:
        self.tick += 1
        tick = np.array([self.tick], dtype=np.int64)
        self.emit(FieldAppend(field_id="tick", append_dim="t", values=tick, coord_values=tick, max_length=600))
        wave = np.sin(np.linspace(0.0, 6.28, WAVE, dtype=np.float32) + self.tick / HZ)
        wave[0] = self.tick
        self.emit(FieldReplace(field_id="wave", values=wave))

    def idle_sleep(self) -> float:
        self.next_at += 1.0 / HZ
        return max(0.0, self.next_at - time.monotonic())


def resident_mib(pid: int) -> float:
    """Resident memory of ``pid`` and its children (the worker), in MiB; 0 once gone."""
    total = 0
    pids = [pid]
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        pids += [int(child) for child in task.read_text().split()]
    for each in pids:
        try:
            for line in Path(f"/proc/{each}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def start_server() -> tuple[subprocess.Popen[str], str]:
    server = subprocess.Popen(
        [sys.executable, "-m", "scenewire.cli", "serve", "soak:SoakSession", "--once", "--port", "0"],
        cwd=HERE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert server.stdout is not None
    for line in server.stdout:
        if line.startswith("connect with: "):
            return server, line.split()[-1]
    server.wait()
    raise SystemExit("soak: the server did not start")


async def soak(url: str, pid: int, seconds: float, warmup: float) -> dict[str, float | None]:
    client = await SceneClient.connect(url)
    start = time.monotonic()
    last_tick = 0
    ticks = lost = reordered = 0
    keys_sent = keys_back = 0
    next_key = start
    baseline: float | None = None  # None until the first sample after the warm-up
    peak = 0.0
    next_sample = start + warmup
    while time.monotonic() - start < seconds:
        now = time.monotonic()
        if now >= next_key:
            await client.send(KeyPressed(key=str(keys_sent)))
            keys_sent += 1
            next_key += 0.5
        if now >= next_sample:
            rss = resident_mib(pid)
            baseline = rss if baseline is None else baseline
            peak = max(peak, rss)
            next_sample += 5.0
        message = await client.receive(10.0)
        if isinstance(message, FieldAppend):
            tick = int(message.values[0])
            ticks += 1
            if tick < last_tick + 1:
                reordered += 1
            lost += max(0, tick - last_tick - 1)
            last_tick = max(last_tick, tick)
        elif isinstance(message, FieldReplace) and int(message.values[0]) != last_tick:
            reordered += 1  # a tick's replace follows its append
        elif isinstance(message, Status) and message.message.startswith("key "):
            if message.message != f"key {keys_back}":
                reordered += 1
            keys_back += 1
    elapsed = time.monotonic() - start
    end = resident_mib(pid)
    await client.send(StopSession())
    try:
        while True:
            message = await client.receive(10.0)
            if isinstance(message, Status) and message.message.startswith("key "):
                keys_back += 1
    except ServerClosed:
        pass
    return {
        "seconds": round(elapsed, 1),
        "ticks": ticks,
        "rate_hz": round(ticks / elapsed, 1),
        "lost": lost,
        "reordered": reordered,
        "keys_sent": keys_sent,
        "keys_back": keys_back,
        "rss_baseline_mib": None if baseline is None else round(baseline, 1),
        "rss_peak_mib": round(max(peak, end), 1),
        "rss_end_mib": round(end, 1),
        "rss_growth_mib": None if baseline is None else round(end - baseline, 1),
    }


def report(f: dict[str, float | None], max_growth_mib: float) -> tuple[list[str], bool]:
    """The markdown table's lines, and whether the soak failed: a loss, a reorder, growth, or no baseline."""
    no_baseline = f["rss_baseline_mib"] is None
    start_rss = "no baseline" if no_baseline else f"{f['rss_baseline_mib']} MiB"
    growth = "unknown (no baseline)" if no_baseline else f"{f['rss_growth_mib']} MiB"
    lines = [
        "| s | ticks | rate (60 Hz target) | lost | reordered | keys sent/back | RSS start | RSS end | growth |",
        "|---|---|---|---|---|---|---|---|---|",
        f"| {f['seconds']} | {f['ticks']} | {f['rate_hz']} Hz | {f['lost']} | {f['reordered']} | "
        f"{f['keys_sent']}/{f['keys_back']} | {start_rss} | {f['rss_end_mib']} MiB | {growth} |",
    ]
    failed = bool(f["lost"] or f["reordered"] or f["keys_back"] != f["keys_sent"])
    if no_baseline:
        lines.append("no memory sample was taken after the warm-up, so the growth is unknown")
        return lines, True
    return lines, failed or f["rss_growth_mib"] > max_growth_mib


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=600.0)
    parser.add_argument("--warmup", type=float, default=None, help="seconds before the memory baseline (10%%)")
    parser.add_argument("--max-growth-mib", type=float, default=32.0)
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON line too")
    args = parser.parse_args()
    warmup = args.warmup if args.warmup is not None else args.seconds / 10
    if not 0 <= warmup < args.seconds:
        parser.error(f"--warmup {warmup:g} must be shorter than --seconds {args.seconds:g}: no baseline otherwise")
    server, url = start_server()
    try:
        figures = asyncio.run(soak(url, server.pid, args.seconds, warmup))
        server.wait(60)
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
    lines, failed = report(figures, args.max_growth_mib)
    print("\n".join(lines))
    if args.json:
        print(json.dumps(figures))
    return 1 if failed else 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(main())
