"""Hostile recordings against ``scenewire replay``: the memory each costs, and how long until it is told.

Run by hand::

    .venv/bin/python bench/replay_hostile.py
    .venv/bin/python bench/replay_hostile.py --only "zstd bomb"

It builds each file of ``tests/hostile_recordings.py`` in a temporary
folder, starts ``scenewire replay FILE --port 0 --once`` on it and, when the
replay serves, connects one client (the worker process plays the file to it)
and reads until the server closes or ``--seconds`` pass. It polls the
resident memory peak (``VmHWM``, Linux) of the replay and of every process
under it (its worker), and prints one markdown row per file: the peaks, when
the replay served (or exited), the time from the start until the first line
that names the damage, that line, and whether a Python traceback was printed.
``--pythonpath DIR`` runs the replay from another copy of the package (the
code before a change: ``git archive OLD python | tar -x -C DIR``).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.hostile_recordings import HOSTILE, write_all  # noqa: E402

DAMAGE = re.compile(r"damaged|warning|cannot|not an MCAP|not a scenewire|ends early|Error")


def descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        with contextlib.suppress(OSError):  # a process that just ended
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
    return found


def peak_mib(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


async def play_to_one_client(url: str, seconds: float) -> str:
    from scenewire.transports.ws_client import SceneClient

    try:
        client = await asyncio.wait_for(SceneClient.connect(url), seconds)
    except Exception as exc:  # the bench reports whatever happens
        return f"connect: {type(exc).__name__}"
    try:
        async with asyncio.timeout(seconds):
            async for _ in client.ws:
                pass
    except (Exception, TimeoutError) as exc:
        return f"read: {type(exc).__name__}"
    finally:
        await client.close()
    return f"closed {client.ws.close_code}"


def measure(path: str, seconds: float) -> dict[str, object]:
    started = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, "-m", "scenewire.cli", "replay", path, "--port", "0", "--once", "--fast"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    peaks: dict[int, float] = {}
    done = threading.Event()

    def poll() -> None:
        while not done.is_set():
            for pid in descendants(process.pid):
                value = peak_mib(pid)
                if value is not None:
                    peaks[pid] = max(peaks.get(pid, 0.0), value)
            time.sleep(0.01)

    poller = threading.Thread(target=poll, daemon=True)
    poller.start()
    lines: list[str] = []
    told: tuple[float, str] | None = None
    client = "-"
    ready = None  # when it served, or refused the file
    assert process.stdout is not None
    for line in process.stdout:
        lines.append(line)
        if told is None and DAMAGE.search(line):
            told = (time.monotonic() - started, line.strip())
        if line.startswith("connect with: "):
            ready = f"served after {time.monotonic() - started:.1f} s"
            client = asyncio.run(play_to_one_client(line.split()[-1], seconds))
            break
    if ready is None:
        ready = f"exit {process.wait()} after {time.monotonic() - started:.1f} s"
    try:
        rest, _ = process.communicate(timeout=seconds)
    except subprocess.TimeoutExpired:
        process.kill()
        rest, _ = process.communicate()
    lines += rest.splitlines(keepends=True)
    if told is None:
        found = next((line.strip() for line in lines if DAMAGE.search(line)), None)
        told = (time.monotonic() - started, found) if found else (float("nan"), "(none)")
    done.set()
    poller.join()
    out = "".join(lines)
    replay_peak = peaks.pop(process.pid, 0.0)
    return {
        "replay": replay_peak,
        "others": sum(peaks.values()),
        "seconds": told[0],
        "message": told[1],
        "traceback": "Traceback" in out,
        "ready": ready,
        "client": client,
        "exit": process.returncode,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", help="one file's name (repeatable); default every file")
    parser.add_argument("--seconds", type=float, default=60.0, help="how long a client reads, at most")
    parser.add_argument("--pythonpath", help="a folder holding another copy of the scenewire package to run")
    args = parser.parse_args()
    if args.pythonpath:
        os.environ["PYTHONPATH"] = args.pythonpath
    names = args.only or list(HOSTILE)
    print("| file | size | replay peak RSS | worker peak RSS | replay | time to the message | message | traceback |")
    print("|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        paths = write_all(folder)
        for name in names:
            size = Path(paths[name]).stat().st_size
            got = measure(paths[name], args.seconds)
            message = str(got["message"])[:160].replace("|", "\\|")
            print(
                f"| {name} | {size / 1024:.1f} KiB | {got['replay']:.0f} MiB | {got['others']:.0f} MiB | "
                f"{got['ready']} | {got['seconds']:.1f} s | {message} | {'yes' if got['traceback'] else 'no'} |",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
