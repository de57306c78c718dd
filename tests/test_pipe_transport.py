"""PipeTransport in a spawned process and on a thread: same updates, deaths reported."""

from __future__ import annotations

import threading

import pytest

from scenewire.protocol import Error, InvokeAction, KeyPressed, SetControl
from scenewire.session import check_source
from scenewire.transports import PipeTransport, Transport
from tests.test_session_kit import DyingSession, FailingInitialize, ScriptedSession, StartupSession, wait_for

SCRIPT = [SetControl(control_id="gain", value=0.5), KeyPressed(key="a"), InvokeAction(action_id="go", payload={"n": 1})]


def run_script(transport: PipeTransport, commands=SCRIPT) -> list:
    """Start, send the commands, stop (stop_session), and return every update."""
    transport.start()
    for command in commands:
        transport.send_command(command)
    transport.stop()
    return transport.poll_updates()


def expected_kinds(n_commands: int) -> list[str]:
    """scene_ready; per command (stop_session too) status, field_replace, field_append; shutdown's status."""
    return ["scene_ready", *(["status", "field_replace", "field_append"] * (n_commands + 1)), "status"]


@pytest.mark.parametrize("use_process", [True, False], ids=["process", "thread"])
def test_scripted_session_updates(use_process: bool) -> None:
    updates = run_script(PipeTransport(ScriptedSession, use_process=use_process))
    assert [u.wire_kind for u in updates] == expected_kinds(len(SCRIPT))
    assert updates[-4].message == "handled stop_session"
    assert updates[-1].message == "shutdown"


def test_process_and_thread_give_the_same_updates() -> None:
    in_process = run_script(PipeTransport(ScriptedSession, use_process=True))
    in_thread = run_script(PipeTransport(ScriptedSession, use_process=False))
    assert in_process == in_thread


def test_startup_scene_then_scene() -> None:
    updates = run_script(PipeTransport(StartupSession, use_process=False), [])
    assert [u.scene.metadata["title"] for u in updates[:2]] == ["loading", "kit"]


def test_transport_protocol_and_no_blocking_poll() -> None:
    transport = PipeTransport(ScriptedSession)
    assert isinstance(transport, Transport)
    transport.start()
    try:
        assert isinstance(transport.poll_updates(), list)  # returns at once, maybe empty
    finally:
        transport.stop()


def test_worker_death_is_an_error_update() -> None:
    transport = PipeTransport(DyingSession)
    transport.start()
    seen: list = []
    try:
        assert wait_for(lambda: seen.extend(transport.poll_updates()) or any(isinstance(u, Error) for u in seen), 60)
    finally:
        transport.stop()
    error = next(u for u in seen if isinstance(u, Error))
    assert "exited unexpectedly (exit code 3)" in error.message


@pytest.mark.parametrize("use_process", [True, False], ids=["process", "thread"])
def test_initialize_failure_reaches_the_frontend(use_process: bool) -> None:
    updates = run_script(PipeTransport(FailingInitialize, use_process=use_process), [])
    assert updates[0].code == "session_error" and "boom in initialize" in updates[0].message
    assert not any("exited unexpectedly" in getattr(u, "message", "") for u in updates)


def test_an_instance_is_refused() -> None:
    with pytest.raises(TypeError, match="built where it runs"):
        PipeTransport(ScriptedSession())
    with pytest.raises(TypeError):
        check_source(ScriptedSession())


def test_thread_mode_leaves_no_thread() -> None:
    run_script(PipeTransport(ScriptedSession, use_process=False))
    assert not [t for t in threading.enumerate() if t.name == "scenewire-session"]
