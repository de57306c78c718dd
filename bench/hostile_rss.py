"""A client against a hostile server: its resident memory over time, and how it ended.

Run by hand (the window needs a display; ``xvfb-run -a`` gives one)::

    xvfb-run -a .venv/bin/python bench/hostile_rss.py view open_tick
    .venv/bin/python bench/hostile_rss.py probe huge_frames --seconds 20

It starts a server of ``tests/frontend/hostile.py`` on a free loopback port,
then ``scenewire view|probe|record`` against it, samples the client's
``VmRSS`` every 0.25 s for ``--seconds`` (or until it exits), and kills the
client when it passes ``--cap-mib`` (the machine is shared: a client without
bounds would take it all). It prints one markdown row: the server, the
client, its RSS at start, its peak, whether the cap killed it, and the
client's last output line.
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def rss_mib(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("client", choices=["view", "probe", "record"])
    parser.add_argument("server", help="a server of tests/frontend/hostile.py (open_tick, huge_frames, ...)")
    parser.add_argument("--seconds", type=float, default=15.0)
    parser.add_argument("--cap-mib", type=float, default=2048.0)
    args = parser.parse_args()
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "tests.frontend.hostile", args.server, "--port", str(port)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    tmp = tempfile.TemporaryDirectory()
    try:
        assert server.stdout is not None
        server.stdout.readline()
        url = f"ws://127.0.0.1:{port}"
        command = [sys.executable, "-m", "scenewire.cli", args.client, url]
        if args.client == "record":
            command.append(str(Path(tmp.name) / "out.mcap"))
        out = Path(tmp.name) / "client.log"
        with out.open("w") as log:
            client = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, text=True)
            started = time.monotonic()
            first = peak = 0.0
            capped = False
            while time.monotonic() - started < args.seconds and client.poll() is None:
                rss = rss_mib(client.pid)
                if rss is not None:
                    first = first or rss
                    peak = max(peak, rss)
                    if rss > args.cap_mib:
                        capped = True
                        break
                time.sleep(0.25)
            ended = client.poll()
            client.kill()
            client.wait(10)
        lines = [line for line in out.read_text(errors="replace").splitlines() if line.strip()]
        last = lines[-1][:160] if lines else ""
        how = "killed at the cap" if capped else (f"exited {ended}" if ended is not None else "still running")
        elapsed = time.monotonic() - started
        print(
            f"| {args.server} | {args.client} | {first:.0f} MiB | {peak:.0f} MiB | {how} after {elapsed:.1f} s "
            f"| {last} |"
        )
    finally:
        server.kill()
        server.wait(10)
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
