"""Run control (protocol 1.1, §6.8, §7.15) over a real server and real sockets.

The session is :class:`CountingSession` on a thread: ``t`` counts its ``advance()``
calls and is its model time, so every tick says how many advances came before it.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest

from scenewire.protocol import Access, Error, RunControl, RunState, SetControl, StopSession, make_hello
from scenewire.protocol.connection import ConnectionStateError
from scenewire.transports.ws_client import SceneClient, ServerClosed
from scenewire.transports.ws_server import BackendServer
from tests.shared_sessions import CountingSession

WAIT = 30.0


class Client:
    """A client that keeps every tick's (index, time), every run_state and every error it receives."""

    def __init__(self, client: SceneClient) -> None:
        self.client = client
        self.ticks: list[tuple[int, float]] = []
        self.states: list[RunState] = []
        self.errors: list[Error] = []
        self.gain_seen: float | None = None
        self.task: asyncio.Task[None] | None = None

    @classmethod
    async def connect(cls, url: str, **kwargs: Any) -> Client:
        c = cls(await SceneClient.connect(url, **kwargs))
        c.task = asyncio.create_task(c._read())
        return c

    async def _read(self) -> None:
        try:
            while True:
                message = await self.client.receive()
                if isinstance(message, RunState):
                    assert getattr(message, "tick_end", None) is None  # outside every tick
                    self.states.append(message)
                elif isinstance(message, Error):
                    self.errors.append(message)
                elif not isinstance(message, Access):
                    updates = getattr(message, "updates", None)
                    if isinstance(updates, dict) and "gain_seen" in updates:
                        self.gain_seen = updates["gain_seen"]
                    tick = getattr(message, "tick_end", None)
                    if tick is not None:
                        self.ticks.append((tick.index, tick.time))
        except ServerClosed:
            pass

    async def until(self, condition: Any, what: str) -> None:
        deadline = time.monotonic() + WAIT
        while not condition():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}")
            await asyncio.sleep(0.005)

    async def paused(self, count: int) -> None:
        """Wait for the ``count``-th run_state and check it says paused."""
        await self.until(lambda: len(self.states) >= count, f"run_state #{count}")
        assert self.states[count - 1].state == "paused"


def server(**kwargs: Any) -> BackendServer:
    CountingSession.instances.clear()
    options: dict[str, Any] = {"isolation": "thread", "shared": True, "linger": 0.0}
    options.update(kwargs)
    return BackendServer(CountingSession, "127.0.0.1", 0, **options)


def session() -> CountingSession:
    (only,) = CountingSession.instances
    return only


def contiguous(ticks: list[tuple[int, float]]) -> bool:
    return [i for i, _ in ticks] == list(range(ticks[0][0], ticks[0][0] + len(ticks)))


@pytest.mark.parametrize("shared", [True, False])
def test_pause_stops_advance_commands_and_pings_go_on_resume_continues(shared: bool) -> None:
    async def main() -> None:
        async with server(shared=shared) as srv:
            c = await Client.connect(srv.url)
            await c.until(lambda: len(c.ticks) > 5, "5 ticks")
            await c.client.pause()
            await c.paused(1)
            held = session().t
            # a paused run still handles commands (their updates travel as a tick) and answers pings
            await c.client.send(SetControl(control_id="gain", value=2.0))
            await c.until(lambda: c.gain_seen == 2.0, "the gain handled while paused")
            for _ in range(5):
                await asyncio.wait_for(await c.client.ws.ping(), WAIT)
            await c.client.send(SetControl(control_id="gain", value=3.0))
            await c.until(lambda: c.gain_seen == 3.0, "a second command")
            assert session().t == held, "advance() ran while paused"
            assert c.ticks[-1][1] == held  # the command's tick: model time did not move
            seen = len(c.ticks)
            await c.client.resume()
            await c.until(lambda: len(c.states) >= 2 and len(c.ticks) > seen + 5, "ticks after resume")
            assert c.states[1].state == "running"
            assert contiguous(c.ticks), "tick indices skip or repeat across the pause"
            times = [t for _, t in c.ticks if t > held]
            assert times[:5] == [held + 1, held + 2, held + 3, held + 4, held + 5]  # from where it stopped
            await c.client.send(StopSession())
            await c.task

    asyncio.run(main())


def test_step_n_gives_exactly_n_advances_then_waits() -> None:
    async def main() -> None:
        async with server() as srv:
            c = await Client.connect(srv.url)
            await c.until(lambda: len(c.ticks) > 2, "ticks")
            await c.client.pause()
            await c.paused(1)
            held, seen = session().t, len(c.ticks)
            await c.client.step(7)
            await c.paused(2)  # the step's own answer
            await c.paused(3)  # the step is over: the run waits again
            assert session().t == held + 7
            assert [t for _, t in c.ticks[seen:]] == [float(held + k) for k in range(1, 8)]
            await c.client.step()  # one tick
            await c.paused(5)
            assert session().t == held + 8
            assert contiguous(c.ticks)
            await c.client.send(StopSession())
            await c.task

    asyncio.run(main())


def test_the_speed_limit_holds_and_lifts() -> None:
    async def main() -> None:
        async with server() as srv:
            c = await Client.connect(srv.url)
            await c.until(lambda: len(c.ticks) > 2, "ticks")
            await c.client.speed(20.0)
            await c.until(lambda: len(c.states) >= 1, "run_state")
            assert c.states[0].state == "running" and c.states[0].ticks_per_s == 20.0
            start_t, start = session().t, time.monotonic()
            await c.until(lambda: session().t >= start_t + 10, "10 ticks at 20 per second")
            elapsed = time.monotonic() - start
            # loosely: 10 advances at most 20 a second take at least 0.45 s (free, the session does ~200 a second)
            assert elapsed >= 9 / 20.0, f"10 ticks in {elapsed:.3f} s: over the limit"
            await c.client.speed(None)
            await c.until(lambda: len(c.states) >= 2, "run_state")
            assert c.states[1].ticks_per_s is None
            await c.client.send(StopSession())
            await c.task

    asyncio.run(main())


def test_an_observer_is_refused_not_controller_and_a_late_joiner_learns_paused() -> None:
    async def main() -> None:
        async with server() as srv:
            ctl = await Client.connect(srv.url)
            obs = await Client.connect(srv.url, access="observe")
            await ctl.until(lambda: len(ctl.ticks) > 3 and len(obs.ticks) > 3, "ticks")
            await obs.client.pause()
            await obs.until(lambda: obs.errors, "not_controller")
            assert obs.errors[0].code == "not_controller" and "run_control" in obs.errors[0].message
            before = session().t
            await ctl.until(lambda: session().t > before + 3, "the run going on")
            assert not ctl.states and not obs.states
            await ctl.client.speed(50.0)
            await ctl.client.pause()
            await ctl.paused(2)
            await obs.paused(2)  # every client is told
            late = await Client.connect(srv.url, access="observe")
            await late.until(lambda: late.states, "the late joiner's run_state")
            assert late.states[-1].state == "paused" and late.states[-1].ticks_per_s == 50.0
            await ctl.client.send(StopSession())
            await asyncio.gather(ctl.task, obs.task, late.task)  # type: ignore[arg-type]

    asyncio.run(main())


def test_run_control_needs_a_1_1_server_and_a_valid_action() -> None:
    with pytest.raises(ValueError, match="action"):
        RunControl(action="rewind")
    with pytest.raises(ValueError, match="ticks_per_s"):
        RunControl(action="speed", ticks_per_s=0.0)
    with pytest.raises(ValueError, match="steps"):
        RunControl(action="pause", steps=3)

    async def main() -> None:
        async with BackendServer(CountingSession, "127.0.0.1", 0, isolation="thread") as srv:
            client = await SceneClient.connect(srv.url, hello=make_hello("client", "test/1", minor=0))
            with pytest.raises(ConnectionStateError, match="run_control"):
                await client.pause()
            await client.close()

    asyncio.run(main())


def test_stopped_and_paused_differ_and_a_command_resumes_only_a_stopped_run() -> None:
    async def main() -> None:
        async with server() as srv:
            c = await Client.connect(srv.url)
            await c.until(lambda: len(c.ticks) > 2, "ticks")
            await c.client.speed(1000.0)  # run control used: stops and resumes are told from now on
            await c.until(lambda: len(c.states) >= 1, "run_state")
            await c.client.send(SetControl(control_id="gain", value=-1.0))
            await c.until(lambda: len(c.states) >= 2, "the stop")
            assert c.states[1].state == "stopped" and c.states[1].ticks_per_s == 1000.0
            assert any("the run stopped" in e.message for e in c.errors)
            await c.client.pause()  # a stopped run can be paused
            await c.paused(3)
            held = session().t
            await c.client.send(SetControl(control_id="gain", value=1.0))  # a command: no resume of a pause
            await c.until(lambda: c.gain_seen == 1.0, "the gain")
            assert len(c.states) == 3 and session().t == held
            await c.client.resume()
            await c.until(lambda: session().t > held + 3, "ticks after resume")
            assert c.states[3].state == "running"
            assert contiguous(c.ticks)
            await c.client.send(StopSession())
            await c.task

    asyncio.run(main())


def test_a_1_0_client_never_gets_a_run_state_even_of_a_paused_run() -> None:
    async def main() -> None:
        async with server() as srv:
            ctl = await Client.connect(srv.url)
            await ctl.until(lambda: len(ctl.ticks) > 2, "ticks")
            await ctl.client.pause()
            await ctl.paused(1)
            held = session().t
            await ctl.client.request_control(False)  # the slot is free for a 1.0 client
            await ctl.until(lambda: ctl.client.access == "observe", "control given up")
            old = await SceneClient.connect(srv.url, hello=make_hello("client", "old/1", minor=0))
            assert old.access is None
            await old.send(SetControl(control_id="gain", value=4.0))
            while True:  # a run_state would raise here: a 1.0 client decodes it as unknown_kind
                message = await asyncio.wait_for(old.receive(), WAIT)
                assert not isinstance(message, RunState)
                updates = getattr(message, "updates", None)
                if isinstance(updates, dict) and updates.get("gain_seen") == 4.0:
                    break
            assert session().t == held  # the run stays paused: its state is the run's, not the controller's
            await old.send(StopSession())
            await ctl.task

    asyncio.run(main())


def test_a_scene_state_and_a_tick_gate_let_run_state_pass_without_a_note() -> None:
    from scenewire.state import SceneState, TickGate

    state = SceneState()
    changes = state.apply(RunState(state="paused", ticks_per_s=5.0))
    assert not changes.errors and state.scene is None
    gate = TickGate()
    message = RunState(state="paused")
    assert gate.release_ticks([message]) == [[message]]  # never held for a tick a paused run does not close


def test_probe_pauses_and_steps_and_prints_each_run_state() -> None:
    from scenewire.cli import build_parser
    from scenewire.transports.probe import probe

    args = build_parser().parse_args(["probe", "ws://x", "--pause", "--step", "3", "--speed", "0"])
    assert [(c.action, c.steps, c.ticks_per_s) for c in args.run_control] == [
        ("pause", None, None),
        ("step", 3, None),
        ("speed", None, None),
    ]
    lines: list[str] = []
    args = build_parser().parse_args(["probe", "ws://x", "--pause", "--step", "3", "--resume"])

    async def main() -> int:
        async with server() as srv:  # resumed at the end, so the run reaches the probe's count
            return await probe(srv.url, commands=args.run_control, stop=True, out=lines.append, count=40)

    assert asyncio.run(main()) == 0
    states = [line for line in lines if line.startswith("run_state")]
    assert len(states) >= 3, lines  # pause, step, resume (and the step's end, if the resume came later)
    assert "state='paused'" in states[0] and "state='running'" in states[-1]
    assert any(line.startswith("> run_control") and "step" in line for line in lines)
