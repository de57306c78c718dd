"""The one session loop, over an in-memory channel: ordering, faults, shutdown, waking."""

from __future__ import annotations

import threading

import pytest

from scenewire.protocol import Error, KeyPressed, Reset, SceneReady, SetControl, Status, StopSession
from scenewire.session import (
    BufferedSession,
    ChannelClosed,
    CommandInbox,
    LoopEnd,
    Session,
    check_source,
    run_session,
)
from tests.test_session_kit import (
    LOG,
    FailingAdvance,
    FailingHandle,
    FailingInitialize,
    KitSession,
    LiveSession,
    StartupSession,
    reset_log,
    wait_for,
)


class MemoryChannel:
    """Commands from a CommandInbox, updates into a list; counts receive() calls."""

    def __init__(self) -> None:
        self.inbox = CommandInbox()
        self.sent: list = []
        self.receives = 0
        self.lock = threading.Lock()

    def receive(self, timeout: float) -> list:
        self.receives += 1
        return self.inbox.take(timeout)

    def send(self, updates: list) -> None:
        with self.lock:
            self.sent.extend(updates)

    def kinds(self) -> list[str]:
        with self.lock:
            return [u.wire_kind for u in self.sent]

    def errors(self) -> list[Error]:
        with self.lock:
            return [u for u in self.sent if isinstance(u, Error)]


@pytest.fixture(autouse=True)
def _clean_log():
    reset_log()
    yield
    reset_log()


def run_in_thread(source, channel: MemoryChannel) -> tuple[threading.Thread, list]:
    result: list = []
    thread = threading.Thread(target=lambda: result.append(run_session(source, channel)), daemon=True)
    thread.start()
    return thread, result


def test_commands_then_stop_in_one_batch() -> None:
    channel = MemoryChannel()
    for command in (KeyPressed(key="a"), Reset(), StopSession(), KeyPressed(key="ignored")):
        channel.inbox.put(command)
    assert run_session(KitSession, channel) is LoopEnd.STOPPED
    assert LOG == ["build", "initialize", "handle key_pressed", "handle reset", "handle stop_session", "shutdown"]
    assert channel.kinds() == ["scene_ready", "status", "status", "status", "status"]
    assert channel.sent[-1].message == "shutdown"


def test_commands_are_handled_before_advance() -> None:
    channel = MemoryChannel()
    thread, _ = run_in_thread(LiveSession, channel)
    assert wait_for(lambda: "advance 2" in LOG)
    channel.inbox.put(SetControl(control_id="x", value=1.0))
    channel.inbox.put(StopSession())
    thread.join(20)
    handled = LOG.index("handle set_control")
    assert LOG[handled - 1].startswith("advance")  # the previous tick
    assert LOG[handled + 1] == "handle stop_session"  # no advance in the stop tick
    assert LOG[-1] == "shutdown"


def test_closed_channel_ends_the_loop_and_shutdown_runs() -> None:
    channel = MemoryChannel()
    channel.inbox.put(KeyPressed(key="a"))
    channel.inbox.close()
    assert run_session(KitSession, channel) is LoopEnd.CLOSED
    assert LOG[-2:] == ["handle key_pressed", "shutdown"]


def test_a_command_wakes_an_idle_loop() -> None:
    class Sleepy(KitSession):
        sleep = 3600.0  # if a command did not wake the loop, this test would hang

    channel = MemoryChannel()
    thread, result = run_in_thread(Sleepy, channel)
    assert wait_for(lambda: channel.receives >= 2)  # now waiting out the idle sleep
    channel.inbox.put(KeyPressed(key="k"))
    assert wait_for(lambda: "handle key_pressed" in LOG)
    channel.inbox.put(StopSession())
    thread.join(20)
    assert result == [LoopEnd.STOPPED]


def test_startup_scene_comes_first() -> None:
    channel = MemoryChannel()
    channel.inbox.put(StopSession())
    run_session(StartupSession, channel)
    first, second = channel.sent[:2]
    assert isinstance(first, SceneReady) and first.scene.metadata["title"] == "loading"
    assert isinstance(second, SceneReady) and second.scene.metadata["title"] == "kit"


def test_initialize_failure_is_an_error_update_and_shutdown_runs() -> None:
    channel = MemoryChannel()
    assert run_session(FailingInitialize, channel) is LoopEnd.FAILED
    error = channel.errors()[0]
    assert error.code == "session_error" and "boom in initialize" in error.message
    assert LOG[-1] == "shutdown"


def test_handle_failure_is_reported_and_the_session_goes_on() -> None:
    channel = MemoryChannel()
    for command in (KeyPressed(key="a"), Reset(), StopSession()):
        channel.inbox.put(command)
    assert run_session(FailingHandle, channel) is LoopEnd.STOPPED
    (error,) = channel.errors()
    assert "handle(key_pressed)" in error.message and "boom in handle" in error.message
    assert "handle reset" in LOG


def test_advance_failure_is_reported_once_until_the_next_command() -> None:
    class FastFailing(FailingAdvance):
        sleep = 0.001

    channel = MemoryChannel()
    thread, _ = run_in_thread(FastFailing, channel)
    assert wait_for(lambda: channel.receives >= 10)
    assert len(channel.errors()) == 1
    channel.inbox.put(Reset())  # a command gives advance() another chance
    assert wait_for(lambda: len(channel.errors()) == 2)
    channel.inbox.put(StopSession())
    thread.join(20)
    assert all("boom in advance" in e.message for e in channel.errors())
    assert LOG[-1] == "shutdown"


def test_a_stopped_run_says_so_and_a_command_says_it_goes_on() -> None:
    """§2.4: the error and a lasting status say the run stopped; the next command's tick says it runs again."""

    class FastFailing(FailingAdvance):
        sleep = 0.001

    channel = MemoryChannel()
    thread, _ = run_in_thread(FastFailing, channel)
    assert wait_for(lambda: channel.receives >= 3 and "error" in channel.kinds())
    with channel.lock:
        error_at = next(i for i, u in enumerate(channel.sent) if isinstance(u, Error))
        error, stopped = channel.sent[error_at : error_at + 2]
    assert error.message.startswith("the run stopped: advance: ") and "next command" in error.message
    assert isinstance(stopped, Status) and stopped.message.startswith("the run stopped: advance() raised")
    assert stopped.timeout_ms is None  # it stays until the run goes on
    assert error.tick_end is None and stopped.tick_end is not None  # the last of its batch closes the tick (§7.12)
    channel.inbox.put(KeyPressed(key="a"))
    assert wait_for(lambda: len(channel.errors()) == 2)
    channel.inbox.put(StopSession())
    thread.join(20)
    with channel.lock:
        resumed = [u for u in channel.sent if isinstance(u, Status) and "goes on" in u.message]
    assert len(resumed) == 1 and resumed[0].timeout_ms  # the key's tick; a stop_session ends the run instead


def test_things_that_are_not_updates_become_errors() -> None:
    class Sloppy(BufferedSession):
        def initialize(self):
            self.emit("not an update")  # type: ignore[arg-type]
            self.emit(Status(message="fine"))
            return None

    channel = MemoryChannel()
    channel.inbox.put(StopSession())
    run_session(Sloppy, channel)
    assert channel.kinds() == ["error", "status"]
    assert "str" in channel.sent[0].message


def test_shutdown_failure_is_reported() -> None:
    class BadShutdown(Session):
        def shutdown(self) -> None:
            raise OSError("disk gone")

    channel = MemoryChannel()
    channel.inbox.put(StopSession())
    run_session(BadShutdown, channel)
    assert "shutdown: OSError: disk gone" in channel.errors()[0].message


def test_a_channel_closing_while_sending_still_runs_shutdown() -> None:
    class Refusing(MemoryChannel):
        def send(self, updates: list) -> None:
            raise ChannelClosed

    assert run_session(KitSession, Refusing()) is LoopEnd.CLOSED
    assert LOG[-1] == "shutdown"


def test_factories_are_sources_and_instances_are_refused() -> None:
    channel = MemoryChannel()
    channel.inbox.put(StopSession())
    assert run_session(lambda: KitSession(), channel) is LoopEnd.STOPPED
    with pytest.raises(TypeError, match="pass the class KitSession"):
        check_source(KitSession())
    with pytest.raises(TypeError, match="zero-argument factory"):
        check_source(42)


def test_a_factory_that_builds_nothing_useful_is_reported() -> None:
    channel = MemoryChannel()
    assert run_session(lambda: object(), channel) is LoopEnd.FAILED
    assert "has no initialize" in channel.errors()[0].message


class ClockSession(BufferedSession):
    """Emits two updates per tick and keeps a clock, so each batch is a tick (§7.10)."""

    def __init__(self) -> None:
        super().__init__()
        self.t = 0.0
        self.emitted: list = []

    def is_live(self) -> bool:
        return True

    def advance(self) -> None:
        self.t += 0.025
        for update in (Status(message=f"a {self.t}"), Status(message=f"b {self.t}")):
            self.emitted.append(update)
            self.emit(update)

    def sim_time(self) -> float:
        return self.t

    def idle_sleep(self) -> float:
        return 0.0


class BatchChannel(MemoryChannel):
    """Keeps each send() as its own batch."""

    def __init__(self, batches: int) -> None:
        super().__init__()
        self.batches: list[list] = []
        self.wanted = batches

    def send(self, updates: list) -> None:
        super().send(updates)
        if updates:
            self.batches.append(list(updates))
        if len(self.batches) >= self.wanted:
            self.inbox.put(StopSession())


def test_each_batch_ends_with_a_tick_mark_carrying_the_session_time() -> None:
    session = ClockSession()
    channel = BatchChannel(batches=4)
    assert run_session(lambda: session, channel) is LoopEnd.STOPPED
    indexes = []
    for batch in channel.batches:
        *body, last = batch
        assert all(u.tick_end is None for u in body)
        assert last.tick_end is not None
        assert last.tick_end.time == pytest.approx(float(last.message.split()[1]))
        indexes.append(last.tick_end.index)
    assert indexes == list(range(len(channel.batches)))
    assert all(u.tick_end is None for u in session.emitted), "the session's own objects stay unmarked"


def test_a_session_without_a_clock_gets_ticks_without_time() -> None:
    channel = MemoryChannel()
    channel.inbox.put(Reset())
    channel.inbox.put(StopSession())
    run_session(KitSession, channel)
    marked = [u for u in channel.sent if u.tick_end is not None]
    assert marked and all(u.tick_end.time is None for u in marked)
