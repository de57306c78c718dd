"""The browser viewer in tests: ``scenewire serve`` with its page, and web/e2e's Chromium scripts.

Helpers only (no tests here), for every test that opens the served page in real Chromium
(Debian's ``/usr/bin/chromium``, driven by ``playwright-core`` from ``web/node_modules``, which
``scripts/setup.sh`` installs with ``npm ci``). A test starts a server with :func:`served`, then
runs a Node script of ``web/e2e/`` against the page URL the server printed with :func:`run_e2e`
(or :func:`start_e2e` to act while the script waits). web/README.md says how to add one.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
WEB = ROOT / "web"
E2E = WEB / "e2e"
WAIT = 60.0


def missing_tools() -> str | None:
    """Why the browser tests cannot run here, or ``None`` (scripts/setup.sh installs all three)."""
    if shutil.which("node") is None:
        return "node is not installed (scripts/setup.sh installs Debian's nodejs)"
    if not (WEB / "node_modules" / "playwright-core" / "package.json").exists():
        return "web/node_modules is missing (cd web && npm ci; scripts/setup.sh does it)"
    if not Path(os.environ.get("SCENEWIRE_CHROMIUM", "/usr/bin/chromium")).exists():
        return "chromium is not installed (scripts/setup.sh installs Debian's chromium)"
    return None


@dataclass
class Served:
    """A running ``scenewire serve``: its process, the page URL it printed, everything it wrote."""

    process: subprocess.Popen[str]
    page_url: str
    lines: list[str] = field(default_factory=list)

    @property
    def output(self) -> str:
        return "".join(self.lines)

    def kill(self) -> None:
        """Ends the server at once, the session worker with it (SIGKILL to its process group)."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(WAIT)


@contextmanager
def served(*serve_args: str) -> Iterator[Served]:
    """``scenewire serve ARGS --port 0`` in a process group of its own, until the block ends."""
    process = subprocess.Popen(
        [sys.executable, "-m", "scenewire.cli", "serve", *serve_args, "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    assert process.stdout is not None
    lines: list[str] = []
    url = None
    for line in process.stdout:
        lines.append(line)
        if line.startswith("open in a browser: "):
            url = line.split(": ", 1)[1].strip()
            break
    if url is None:
        process.wait(WAIT)
        raise AssertionError(f"no page URL printed; the server said: {''.join(lines)}")
    server = Served(process, url, lines)
    reader = threading.Thread(target=lambda: lines.extend(process.stdout or ()), daemon=True)
    reader.start()
    try:
        yield server
    finally:
        server.kill()
        reader.join(WAIT)


def _node(script: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        ["node", str(E2E / script), *args], cwd=WEB, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _last_json(out: str, err: str) -> dict[str, Any]:
    lines = [line for line in out.splitlines() if line.startswith("{")]
    assert lines, f"the browser script printed no result; stderr:\n{err}"
    return json.loads(lines[-1])


def run_e2e(script: str, *args: str, timeout: float = 2 * WAIT) -> dict[str, Any]:
    """Runs ``web/e2e/SCRIPT ARGS`` to its end; the JSON object its last result line holds."""
    node = _node(script, *args)
    out, err = node.communicate(timeout=timeout)
    return _last_json(out, err)


@contextmanager
def start_e2e(script: str, *args: str) -> Iterator[tuple[subprocess.Popen[str], dict[str, Any]]]:
    """Runs ``web/e2e/SCRIPT ARGS`` until its first result line (e.g. ``{"ready": true}``), then yields."""
    node = _node(script, *args)
    assert node.stdout is not None
    first = node.stdout.readline()
    try:
        yield node, _last_json(first, "" if first else (node.stderr.read() if node.stderr else ""))
    finally:
        if node.poll() is None:
            node.kill()
        node.wait(WAIT)


def finish_e2e(node: subprocess.Popen[str], timeout: float = 2 * WAIT) -> dict[str, Any]:
    """The last result of a script :func:`start_e2e` started, once it ends."""
    out, err = node.communicate(timeout=timeout)
    return _last_json(out, err)


def need_module(name: str, extra: str) -> Any:
    """Import ``name``; missing, skip the test, but fail it under CI (``CI=1``: scripts/setup.sh installs it)."""
    import importlib

    try:
        return importlib.import_module(name)
    except ImportError:
        why = f"{name} is missing: the {extra} extra (scripts/setup.sh installs it)"
        if os.environ.get("CI"):
            pytest.fail(why)
        pytest.skip(why, allow_module_level=True)
