"""Clients not written in Python, for the tests: Node's ``ws`` package and headless Chromium.

Helpers only (no tests here). ``node_ws_module()`` installs ``ws`` once into
``.cache/node`` (``scripts/setup.sh`` does the same, so CI has it before the
tests run); ``browser_visit()`` opens a page in Debian's ``chromium`` and
returns what the page reported back over HTTP to a small server of ours.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import signal
import subprocess
import tempfile
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
NODE_DIR = ROOT / ".cache" / "node"
WS_VERSION = "8"
WAIT = 60.0


def node_ws_module() -> Path:
    """The folder of Node's ``ws`` package, installed with npm on first use."""
    module = NODE_DIR / "node_modules" / "ws"
    if not (module / "package.json").exists():
        NODE_DIR.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["npm", "install", "--no-audit", "--no-fund", "--silent", "--prefix", str(NODE_DIR), f"ws@{WS_VERSION}"],
            check=True,
            timeout=300,
        )
    return module


def node_client(url: str, protocols: list[str], frames: Sequence[bytes] = ()) -> dict[str, Any]:
    """Run ``ws_client.js`` against ``url``: what it saw (opened, protocol, received, code, reason, error)."""
    env = {**os.environ, "SCENEWIRE_WS_MODULE": str(node_ws_module())}
    args = [json.dumps(protocols), json.dumps([f.hex() for f in frames])]
    done = subprocess.run(
        ["node", str(HERE / "ws_client.js"), url, *args], env=env, capture_output=True, text=True, timeout=WAIT + 30
    )
    assert done.stdout.strip(), done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


class _Pages(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, pages: dict[str, str]) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.pages = pages
        self.reports: queue.Queue[dict[str, str]] = queue.Queue()

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    server: _Pages

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        if parts.path == "/report":
            self.server.reports.put(dict(parse_qsl(parts.query)))
            body, kind = b"", "text/plain"
        elif parts.path in self.server.pages:
            body, kind = self.server.pages[parts.path].encode(), "text/html"
        else:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def attack_page(ws_url: str, report_url: str, frames: list[bytes], protocols: list[str]) -> str:
    """A page that opens ``ws_url``, sends ``frames`` one per frame received, and reports how it ended."""
    hexes = json.dumps([f.hex() for f in frames])
    return f"""<!doctype html><meta charset="utf-8"><title>scenewire test page</title>
<script>
const frames = {hexes}.map(h => new Uint8Array(h.match(/../g).map(b => parseInt(b, 16))));
const report = (o) => {{ new Image().src = {json.dumps(report_url)} + '?' + new URLSearchParams(o); }};
let opened = false, received = 0, next = 0;
const ws = new WebSocket({json.dumps(ws_url)}, {json.dumps(protocols)});
ws.binaryType = 'arraybuffer';
const sendNext = () => {{ if (next < frames.length) ws.send(frames[next++]); }};
ws.onopen = () => {{ opened = true; sendNext(); }};
ws.onmessage = () => {{ received += 1; sendNext(); }};
ws.onclose = (e) => report({{opened, received, code: e.code, reason: e.reason, protocol: ws.protocol,
                             origin: location.origin}});
</script>"""


def chromium() -> str:
    path = shutil.which("chromium")
    assert path, "Debian's chromium is needed (scripts/setup.sh installs it)"
    return path


@contextmanager
def page_server(pages: dict[str, str]) -> Iterator[_Pages]:
    server = _Pages(pages)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def browser_visit(url: str, reports: queue.Queue[dict[str, str]], timeout: float = WAIT) -> dict[str, str]:
    """Open ``url`` in headless Chromium and return the first report its page sends."""
    with tempfile.TemporaryDirectory(prefix="scenewire-chromium-") as profile:
        process = subprocess.Popen(
            [
                chromium(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={profile}",
                url,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            return reports.get(timeout=timeout)
        finally:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(30)
