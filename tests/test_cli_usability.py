"""The scenewire command as a person meets it: help with examples, and mistakes as one line to act on."""

from __future__ import annotations

import socket
import subprocess
import textwrap
from pathlib import Path

import pytest

from .test_cli import PY, WAIT, start_server


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([PY, "-m", "scenewire.cli", *args], capture_output=True, text=True, timeout=WAIT, cwd=cwd)


def one_line_error(result: subprocess.CompletedProcess) -> str:
    """The error a failed command printed: exit status not 0, no traceback, one line."""
    text = (result.stderr + result.stdout).strip()
    assert result.returncode != 0, text
    assert "Traceback" not in text, text
    assert len(text.splitlines()) == 1, text
    return text


def test_help_lists_every_command_with_examples() -> None:
    result = run("--help")
    assert result.returncode == 0
    for command in ("serve", "view", "probe", "record", "replay", "peer"):
        assert f"\n    {command}" in result.stdout
    assert "examples:\n  scenewire serve scenewire.demos.neuron_demo:BranchedNeuronSession" in result.stdout


@pytest.mark.parametrize("command", ["serve", "view", "probe", "record", "replay"])
def test_each_command_has_examples_in_its_help(command: str) -> None:
    result = run(command, "--help")
    assert result.returncode == 0 and "examples:" in result.stdout
    assert f"scenewire {command} " in result.stdout.split("examples:")[1]


def test_a_port_in_use_says_what_to_do() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [PY, "-m", "scenewire.cli", "serve", "scenewire.demos.echo:EchoSession", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=WAIT,
        )
    text = one_line_error(result)
    assert f"port {port} on 127.0.0.1 is in use" in text and "--port 0" in text


def test_a_missing_module_says_where_it_looked(tmp_path: Path) -> None:
    text = one_line_error(run("serve", "mymodel:CellSession", cwd=tmp_path))
    assert "no module 'mymodel' here" in text and str(tmp_path) in text and "mymodel.py" in text


def test_a_module_that_fails_to_import_names_the_line(tmp_path: Path) -> None:
    (tmp_path / "broken.py").write_text("x = 1\nraise RuntimeError('no license file')\n")
    text = one_line_error(run("serve", "broken:CellSession", cwd=tmp_path))
    assert "importing 'broken' failed" in text and "broken.py line 2" in text and "no license file" in text


def test_a_missing_dependency_of_the_module_is_named(tmp_path: Path) -> None:
    (tmp_path / "needy.py").write_text("import surely_not_installed_pkg\n")
    text = one_line_error(run("serve", "needy:CellSession", cwd=tmp_path))
    assert "needs 'surely_not_installed_pkg', which is not installed" in text


def test_a_wrong_name_lists_the_session_classes_there(tmp_path: Path) -> None:
    (tmp_path / "mymodel.py").write_text(
        textwrap.dedent(
            """
            import scenewire as sw
            class CellSession(sw.Session):
                pass
            """
        )
    )
    text = one_line_error(run("serve", "mymodel:Cell", cwd=tmp_path))
    assert "'mymodel' has no 'Cell'; its session classes: CellSession" in text


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("scenewire.scene:Field", "is the class Field, not a session: subclass scenewire.Session"),
        ("scenewire:__version__", "is a str, not a session class or a zero-argument factory"),
        ("scenewire.demos.echo", "expected module:SessionClass"),
    ],
)
def test_what_is_not_a_session_is_refused_before_serving(source: str, expected: str) -> None:
    assert expected in one_line_error(run("serve", source))


def test_probe_and_record_say_when_nothing_listens() -> None:
    probe = run("probe", "ws://127.0.0.1:9", "--count", "1")
    assert probe.returncode == 2 and "cannot connect to ws://127.0.0.1:9" in probe.stdout
    assert "Traceback" not in probe.stdout + probe.stderr
    record = run("record", "ws://127.0.0.1:9", "/tmp/never-written.mcap")
    assert record.returncode == 2 and "is `scenewire serve` running there?" in record.stdout


def test_a_missing_recording_is_one_line() -> None:
    text = one_line_error(run("replay", "no-such-run.mcap"))
    assert "cannot replay no-such-run.mcap: no such file" in text


def test_probe_into_a_pipe_that_closes_ends_quietly() -> None:
    server, url = start_server("scenewire.demos.neuron_demo:BranchedNeuronSession")
    try:
        result = subprocess.run(
            f"{PY} -m scenewire.cli probe {url} --seconds 20 | head -2",
            shell=True,
            capture_output=True,
            text=True,
            timeout=WAIT,
        )
        assert len(result.stdout.splitlines()) == 2 and result.stdout.startswith("connected to")
        assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr, result.stderr
    finally:
        server.kill()
        server.wait()
