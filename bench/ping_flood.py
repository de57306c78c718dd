"""A client that floods the server with pings and never reads: how much of it the server holds.

Run by hand::

    .venv/bin/python bench/ping_flood.py
    .venv/bin/python bench/ping_flood.py --mib 64

It starts ``scenewire serve`` (the echo demo, session on a thread) on a free
loopback port, upgrades a plain socket and sends masked 125-byte pings
without ever reading, until ``--mib`` MiB are sent or a send waits 3 s (the
server stopped reading it, so TCP holds the sender). It reads the server's
resident memory (``VmRSS`` before, ``VmHWM`` after, Linux) and prints one
markdown row: what was sent, how the server grew, and the growth as a
fraction of what was sent (about 1 when every pong is held, docs/security.md).
"""

from __future__ import annotations

import argparse
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PING = bytes([0x89, 0xFD]) + b"mask" + bytes(125)  # FIN + ping, masked, 125 bytes of payload


def memory_mib(pid: int, key: str) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {key} for process {pid}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mib", type=int, default=256, help="stop after sending this many MiB of pings")
    args = parser.parse_args()
    server = subprocess.Popen(
        [sys.executable, "-m", "scenewire.cli", "serve", "scenewire.demos.echo:EchoSession", "--port", "0",
         "--isolation", "thread", "--forever"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    try:
        assert server.stdout is not None
        port = next(int(m.group(1)) for line in server.stdout if (m := re.search(r"ws://[^:]+:(\d+)", line)))
        before = memory_mib(server.pid, "VmRSS")
        sock = socket.create_connection(("127.0.0.1", port))
        sock.sendall(
            b"GET / HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            b"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
            b"Sec-WebSocket-Protocol: scenewire.v1\r\n\r\n" % port
        )
        status = sock.recv(4096).split(b"\r\n")[0].decode()
        if " 101 " not in status + " ":
            raise SystemExit(f"the upgrade failed: {status}")
        chunk, sent, stalled, started = PING * 8000, 0, False, time.monotonic()
        sock.settimeout(3.0)
        while sent < args.mib << 20:
            try:
                sent += sock.send(chunk)
            except (TimeoutError, OSError):
                stalled = True
                break
        seconds = time.monotonic() - started
        peak = memory_mib(server.pid, "VmHWM")
        sock.close()
    finally:
        server.terminate()
        server.wait(30)
    print("| pings sent | seconds | sender stalled | server RSS before | server RSS peak | growth / sent |")
    print("|---|---|---|---|---|---|")
    print(
        f"| {sent / 2**20:.1f} MiB | {seconds:.1f} | {'yes' if stalled else 'no'} | {before:.1f} MiB | "
        f"{peak:.1f} MiB | {(peak - before) / (sent / 2**20):.3f} |"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
