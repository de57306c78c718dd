"""The scenewire command: serve and probe as a person (or demo.sh) runs them."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from scenewire.cli import build_parser, connect_url, load_source, parse_value
from scenewire.demos.cable import CableSession

PY = sys.executable
WAIT = 60


def start_server(*args: str) -> tuple[subprocess.Popen, str]:
    server = subprocess.Popen(
        [PY, "-m", "scenewire.cli", "serve", *args, "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert server.stdout is not None
    lines = []
    for line in server.stdout:
        lines.append(line)
        if line.startswith("connect with: "):
            command = line.removeprefix("connect with: ").strip()
            assert command.startswith("scenewire probe ws://127.0.0.1:")
            return server, command.split()[-1]
    server.wait(WAIT)
    raise AssertionError(f"no connect line; server said: {''.join(lines)}")


def probe(url: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [PY, "-m", "scenewire.cli", "probe", url, *args], capture_output=True, text=True, timeout=WAIT
    )


def test_serve_then_probe_with_set_and_stop() -> None:
    server, url = start_server("scenewire.demos.cable:CableSession")
    try:
        result = probe(url, "--count", "6", "--set", "stim=0.1", "--stop")
        assert result.returncode == 0, result.stdout + result.stderr
        lines = result.stdout.splitlines()
        assert lines[0].startswith("connected to scenewire-python/")
        assert lines[1].startswith("scene_ready") and "building the cell" in lines[1]
        assert "> set_control    control_id='stim' value=0.1" in lines
        assert any(line.startswith("field_replace  field_id='v' values=float32[43]") for line in lines)
        assert any(line.startswith("status         message='stimulus 0.1 nA'") for line in lines)
        assert lines[-1] == "server closed: 1000 'session stopped'"
        out, _ = server.communicate(timeout=WAIT)
        assert server.returncode == 0
        assert "server exited" in out
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()


def test_probe_reports_a_busy_server_and_an_unreachable_one() -> None:
    server, url = start_server("scenewire.demos.echo:EchoSession", "--forever")
    try:
        first = subprocess.Popen([PY, "-m", "scenewire.cli", "probe", url, "--seconds", "30"], stdout=subprocess.PIPE)
        assert first.stdout is not None
        first.stdout.readline()  # connected: the server is now busy
        second = probe(url, "--count", "1")
        assert second.returncode == 2 and "refused: close 4000" in second.stdout
        first.kill()
        first.wait()
    finally:
        server.kill()
        server.wait()
    gone = probe(url, "--count", "1")
    assert gone.returncode == 2 and "cannot connect" in gone.stdout


def test_serve_refuses_an_instance(tmp_path: Path) -> None:
    (tmp_path / "made.py").write_text(
        textwrap.dedent(
            """
            from scenewire.demos.echo import EchoSession
            SESSION = EchoSession()
            """
        )
    )
    result = subprocess.run(
        [PY, "-m", "scenewire.cli", "serve", "made:SESSION", "--port", "0"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=WAIT,
    )
    assert result.returncode != 0 and "pass the class EchoSession" in result.stderr


def test_backend_modules_import_without_qt() -> None:
    code = textwrap.dedent(
        """
        import sys
        class NoQt:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PyQt6", "PyQt5", "PySide6", "vispy"):
                    raise ImportError("no Qt here")
        sys.meta_path.insert(0, NoQt())
        import scenewire.cli, scenewire.transports.ws_server, scenewire.transports.ws_client
        import scenewire.transports.pipe, scenewire.demos.cable, scenewire.transports.probe
        print("ok", [m for m in sys.modules if m.startswith(("PyQt", "vispy"))])
        """
    )
    result = subprocess.run([PY, "-c", code], capture_output=True, text=True, timeout=WAIT)
    assert result.stdout.strip() == "ok []", result.stderr


def test_helpers() -> None:
    assert load_source("scenewire.demos.cable:CableSession") is CableSession
    with pytest.raises(SystemExit, match="expected module:SessionClass"):
        load_source("scenewire.demos.cable")
    with pytest.raises(SystemExit, match="has no"):
        load_source("scenewire.demos.cable:Nope")
    assert parse_value("0.5") == 0.5 and parse_value("true") is True and parse_value("[1, 2]") == [1, 2]
    assert parse_value("fast") == "fast"
    assert connect_url("0.0.0.0", 9) == "ws://127.0.0.1:9" and connect_url("::1", 9) == "ws://[::1]:9"
    args = build_parser().parse_args(["probe", "ws://x", "--set", "a=1", "--set", "b=on", "--stop"])
    assert [(c.control_id, c.value) for c in args.set] == [("a", 1), ("b", "on")] and args.stop
