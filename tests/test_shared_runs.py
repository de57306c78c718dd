"""Shared runs (protocol 1.1, §2.5, §7.13): one session run, many clients, on a real server and real sockets.

Every client applies what it receives to a :class:`SceneState`; at the end each
observer's state equals the controller's (to_json and every field's values).
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from scenewire.protocol import Access, CloseCode, Error, FieldAppend, FieldReplace, SetControl, StopSession, make_hello
from scenewire.state import SceneState
from scenewire.transports.ws_client import SceneClient, ServerClosed, open_socket
from scenewire.transports.ws_server import BackendServer
from tests.shared_sessions import SHUTDOWN_MARK_ENV, SharedSession

WAIT = 30.0


class Viewer:
    """A client that applies every update to its own state and checks that its ticks count up by one."""

    def __init__(self, client: SceneClient) -> None:
        self.client = client
        self.state = SceneState()
        self.ticks: list[int] = []
        self.errors: list[Error] = []
        self.closed: ServerClosed | None = None
        self.task: asyncio.Task[None] | None = None

    @classmethod
    async def connect(cls, url: str, **kwargs: Any) -> Viewer:
        viewer = cls(await SceneClient.connect(url, **kwargs))
        viewer.task = asyncio.create_task(viewer._read())
        return viewer

    async def _read(self) -> None:
        try:
            while True:
                message = await self.client.receive()
                if isinstance(message, Access):
                    continue
                if isinstance(message, Error) and message.code == "not_controller":
                    self.errors.append(message)
                    continue
                self.state.apply(message)
                tick = getattr(message, "tick_end", None)
                if tick is not None:
                    self.ticks.append(tick.index)
        except ServerClosed as exc:
            self.closed = exc

    async def until(self, condition: Any, what: str) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + WAIT
        while not condition():
            if loop.time() > deadline:
                raise AssertionError(f"timed out waiting for {what}")
            await asyncio.sleep(0.01)

    async def ended(self) -> ServerClosed:
        assert self.task is not None
        await asyncio.wait_for(self.task, WAIT)
        assert self.closed is not None
        return self.closed

    def contiguous(self) -> bool:
        return all(b == a + 1 for a, b in zip(self.ticks, self.ticks[1:], strict=False))


def same_state(a: SceneState, b: SceneState) -> None:
    assert a.to_json() == b.to_json()
    assert a.scene is not None and b.scene is not None
    for fa, fb in zip(a.scene.fields, b.scene.fields, strict=True):
        assert fa.id == fb.id
        np.testing.assert_array_equal(fa.values, fb.values)
        assert fa.values.dtype == fb.values.dtype
        assert fa.coords.keys() == fb.coords.keys()
        for dim in fa.coords:
            np.testing.assert_array_equal(fa.coords[dim], fb.coords[dim])


def shared_server(**kwargs: Any) -> BackendServer:
    options: dict[str, Any] = {"isolation": "thread", "shared": True, "linger": 0.0}
    options.update(kwargs)
    return BackendServer(SharedSession, "127.0.0.1", 0, **options)


async def wait_for(condition: Any, what: str) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + WAIT
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.01)


def test_a_controller_and_8_observers_end_in_the_same_state() -> None:
    async def main() -> None:
        async with shared_server() as server:
            controller = await Viewer.connect(server.url)
            assert controller.client.access == "control" and controller.client.run is not None
            observers = [await Viewer.connect(server.url, access="observe") for _ in range(4)]
            await controller.until(lambda: len(controller.ticks) > 20, "20 ticks")
            # joining mid-run: the present, then ticks continuing from the run's
            observers += [await Viewer.connect(server.url, access="observe") for _ in range(4)]
            assert {o.client.run for o in observers} == {controller.client.run}
            await controller.client.send(SetControl(control_id="gain", value=3.0))
            await controller.until(lambda: controller.state.frontend_state.get("gain_seen") == 3.0, "the gain")
            for late in observers[4:]:
                await late.until(lambda late=late: len(late.ticks) > 3, "a late joiner's ticks")
                assert late.ticks[0] > 0  # its snapshot closed the run's tick, not 0
            # an observer's command is answered, not dropped silently
            await observers[0].client.send(SetControl(control_id="gain", value=9.0))
            await observers[0].until(lambda: observers[0].errors, "not_controller")
            await controller.client.send(StopSession())
            closed = [await v.ended() for v in (controller, *observers)]
            assert {c.code for c in closed} == {CloseCode.NORMAL}
            for observer in observers:
                assert observer.contiguous() and controller.contiguous()
                same_state(observer.state, controller.state)
            assert controller.state.frontend_state["gain_seen"] == 3.0  # the observer's 9.0 never reached it
            assert server.runs[0].state.to_json() == controller.state.to_json()
            await asyncio.wait_for(server.finished(), WAIT)

    asyncio.run(main())


def test_a_1_0_client_controls_counts_ticks_from_0_and_a_second_is_refused_4000() -> None:
    async def main() -> None:
        async with shared_server() as server:
            observer = await Viewer.connect(server.url, access="observe")
            await observer.until(lambda: len(observer.ticks) > 10, "ticks")
            old = await Viewer.connect(server.url, hello=make_hello("client", "old", minor=0))
            assert old.client.server_hello.minor == 1 and old.client.access is None
            await old.until(lambda: len(old.ticks) > 5, "ticks")
            assert old.ticks[:3] == [0, 1, 2]
            with pytest.raises(ServerClosed) as refused:
                await SceneClient.connect(server.url, hello=make_hello("client", "old2", minor=0))
            assert refused.value.code == CloseCode.BUSY
            await old.client.send(StopSession())  # the 1.0 client controls
            await old.ended()
            await observer.ended()
            same_state(old.state, observer.state)
            assert old.contiguous() and observer.contiguous()

    asyncio.run(main())


def test_control_passes_to_the_oldest_waiting_request_when_the_controller_leaves() -> None:
    async def main() -> None:
        async with shared_server() as server:
            first = await Viewer.connect(server.url)
            second = await Viewer.connect(server.url)  # asks for control: observes, waits
            third = await Viewer.connect(server.url)
            await second.until(lambda: second.client.clients == 3, "three clients")
            assert (second.client.access, second.client.waiting) == ("observe", True)
            await first.client.close()
            await second.until(lambda: second.client.access == "control", "control passed")
            assert (third.client.access, third.client.waiting) == ("observe", True)
            await second.client.request_control(False)  # gives it up: to the next waiting
            await third.until(lambda: third.client.access == "control", "control passed again")
            await second.until(lambda: second.client.access == "observe", "the answer to its control_request")
            await third.client.send(StopSession())
            for v in (second, third):
                assert (await v.ended()).code == CloseCode.NORMAL

    asyncio.run(main())


def test_max_clients_refuses_one_more_with_4000() -> None:
    async def main() -> None:
        async with shared_server(max_clients=2) as server:
            a = await Viewer.connect(server.url)
            b = await Viewer.connect(server.url, access="observe")
            with pytest.raises(ServerClosed) as refused:
                await SceneClient.connect(server.url, access="observe")
            assert refused.value.code == CloseCode.BUSY and "max-clients" in refused.value.reason
            await a.client.send(StopSession())
            await a.ended()
            await b.ended()

    asyncio.run(main())


def test_a_frozen_observer_is_closed_and_the_others_lose_nothing() -> None:
    class Big(SharedSession):
        """160 kB a tick; after ``set_control burst``, each field_replace carries attrs_update: none merges."""

        points = 40_000
        burst = False

        def handle(self, command: Any) -> None:
            if isinstance(command, SetControl) and command.control_id == "burst":
                self.burst = True
            super().handle(command)

        def advance(self) -> None:
            super().advance()
            if self.burst:
                values = np.zeros(self.points, np.float32)
                self.emit(FieldReplace(field_id="v", values=values, attrs_update={"t": self.t}))

    async def main() -> None:
        async with BackendServer(
            Big, "127.0.0.1", 0, isolation="thread", shared=True, linger=0.0, max_backlog_bytes=1 << 20
        ) as server:
            controller = await Viewer.connect(server.url)
            other = await Viewer.connect(server.url, access="observe")
            frozen = await open_socket(server.url)
            await frozen.send(_observer_hello())
            run = server.runs[0]
            await wait_for(lambda: len(run.clients) == 3, "the frozen observer joined")
            frozen_port = frozen.local_address[1]
            frozen_client = next(c for c in run.clients if c.ws.remote_address[1] == frozen_port)
            # first its queued field_replaces merge: it holds no more than its budget, and stays
            await wait_for(lambda: frozen_client.outbox.merged > 50, "merges")
            assert frozen_client.fault is None and frozen_client.outbox.held_bytes <= (1 << 20)
            # then updates that cannot merge: it falls behind and is closed 1008
            await controller.client.send(SetControl(control_id="burst", value=1.0))
            await wait_for(lambda: frozen_client.fault is not None, "the frozen observer closed")
            assert frozen_client.fault[0] == CloseCode.POLICY_VIOLATION
            assert frozen_client.fault[1].startswith("fell behind")
            ticks_then = len(controller.ticks)
            await controller.until(lambda: len(controller.ticks) > ticks_then + 20, "the run goes on")
            await controller.client.send(StopSession())
            await controller.ended()
            await other.ended()
            assert controller.contiguous() and other.contiguous()
            same_state(other.state, controller.state)
            frozen.transport.abort()

    asyncio.run(main())


def test_an_observer_behind_on_reading_still_gets_its_control_request_answered() -> None:
    """§7.14: its control_request is read and answered while its outbox is full of frames it has not taken."""

    class Big(SharedSession):
        points = 40_000

    async def main() -> None:
        async with BackendServer(
            Big, "127.0.0.1", 0, isolation="thread", shared=True, linger=0.0, max_backlog_bytes=1 << 20
        ) as server:
            from scenewire.protocol import ControlRequest, decode, encode

            controller = await Viewer.connect(server.url)
            slow = await open_socket(server.url)
            await slow.send(_observer_hello())
            run = server.runs[0]
            await wait_for(lambda: len(run.clients) == 2, "the slow observer joined")
            slow_client = next(c for c in run.clients if c.ws.remote_address[1] == slow.local_address[1])
            await wait_for(lambda: slow_client.outbox.merged > 20, "its outbox backed up (merging)")
            # two: the server's read already waiting when the backlog grew takes the first; the second needs
            # a read after it, while the frames it has not taken still fill its budget
            await slow.send(encode(ControlRequest(want=False)))
            await slow.send(encode(ControlRequest(want=True)))
            await wait_for(lambda: slow_client in run.requests, "the request read")
            assert slow_client.outbox.held_bytes > 0
            loop = asyncio.get_running_loop()
            deadline = loop.time() + WAIT
            answer = None
            while answer is None:  # it reads again: everything queued before the answer, then the answer
                assert loop.time() < deadline, "no access answer"
                message = decode(await asyncio.wait_for(slow.recv(), WAIT))
                if isinstance(message, Access) and message.waiting:
                    answer = message
            assert answer.access == "observe" and answer.clients == 2
            assert slow_client.fault is None
            await controller.client.send(StopSession())
            await controller.ended()
            slow.transport.abort()

    asyncio.run(main())


def _observer_hello() -> bytes:
    from scenewire.protocol import encode

    return encode(make_hello("client", "frozen", access="observe"))


def test_reconnect_lands_in_the_same_run_and_model_time_keeps_rising() -> None:
    async def main() -> None:
        async with shared_server(linger=60.0) as server:
            first = await Viewer.connect(server.url)
            await first.until(lambda: len(first.ticks) > 10, "ticks")
            run, t_before = first.client.run, first.ticks[-1]
            await first.client.close()
            await wait_for(lambda: not server.runs[0].clients, "the client gone")
            again = await first.client.reconnect()
            assert again.same_run and again.run == run and again.access == "control"
            viewer = Viewer(again)
            viewer.task = asyncio.create_task(viewer._read())
            await viewer.until(lambda: viewer.ticks, "a tick")
            assert viewer.ticks[0] > t_before  # the run went on while no one watched
            field = viewer.state.field("trace")
            assert field.coords["time"][-1] > t_before
            await again.send(StopSession())
            await viewer.ended()

    asyncio.run(main())


def test_the_linger_ends_the_run_and_shutdown_runs(tmp_path: Path) -> None:
    mark = tmp_path / "shutdown.txt"
    os.environ[SHUTDOWN_MARK_ENV] = str(mark)

    async def main() -> None:
        async with shared_server(linger=0.3) as server:
            client = await Viewer.connect(server.url)
            await client.until(lambda: client.ticks, "a tick")
            await client.client.close()
            await asyncio.wait_for(server.finished(), WAIT)  # the linger ran out, the run ended
            assert server.runs[0].ended.is_set()

    try:
        asyncio.run(main())
    finally:
        del os.environ[SHUTDOWN_MARK_ENV]
    assert mark.read_text().startswith("shutdown at")


def test_kill_9_of_a_client_and_sigterm_of_the_server(tmp_path: Path) -> None:
    """A real server process (``scenewire serve --shared``, a worker process); a client process killed -9;
    the run goes on for the others; SIGTERM ends it with 1001 and shutdown() ran."""
    mark = tmp_path / "shutdown.txt"
    env = dict(os.environ, **{SHUTDOWN_MARK_ENV: str(mark)}, PYTHONPATH=os.pathsep.join(sys.path))
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "scenewire.cli",
            "serve",
            "tests.shared_sessions:SharedSession",
            "--port",
            "0",
            "--shared",
            "--linger",
            "inf",
        ],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        url = ""
        for line in server.stdout:
            if line.startswith("connect with: scenewire probe "):
                url = line.split()[-1]
                break
        assert url

        async def main() -> None:
            watcher = await Viewer.connect(url, access="observe")
            code = (
                "import asyncio, sys\n"
                "from scenewire.transports.ws_client import SceneClient\n"
                "async def main():\n"
                f"    c = await SceneClient.connect({url!r})\n"
                "    print('connected', flush=True)\n"
                "    while True: await c.receive()\n"
                "asyncio.run(main())\n"
            )
            victim = await asyncio.create_subprocess_exec(
                sys.executable, "-c", code, env=env, stdout=asyncio.subprocess.PIPE
            )
            assert victim.stdout is not None
            assert (await asyncio.wait_for(victim.stdout.readline(), WAIT)).startswith(b"connected")
            await watcher.until(lambda: watcher.client.clients == 2, "two clients")
            victim.kill()
            await victim.wait()
            await watcher.until(lambda: watcher.client.clients == 1, "the killed client gone")
            before = len(watcher.ticks)
            await watcher.until(lambda: len(watcher.ticks) > before + 10, "the run going on")
            await watcher.until(lambda: watcher.client.access == "observe", "")
            server.send_signal(signal.SIGTERM)
            closed = await watcher.ended()
            assert closed.code == CloseCode.GOING_AWAY
            assert watcher.contiguous()

        asyncio.run(main())
        server.wait(WAIT)
    finally:
        if server.poll() is None:
            server.kill()
    assert mark.read_text().startswith("shutdown at")


def test_start_now_runs_before_the_first_client_who_gets_the_present() -> None:
    async def main() -> None:
        async with shared_server(start_now=True, linger=float("inf")) as server:
            run = server.run
            assert run is not None
            await wait_for(lambda: run.last_tick is not None and run.last_tick.index > 5, "ticks with no client")
            viewer = await Viewer.connect(server.url)
            await viewer.until(lambda: len(viewer.ticks) > 2, "ticks")
            assert viewer.ticks[0] > 5 and viewer.contiguous()
            await viewer.client.send(StopSession())
            assert (await viewer.ended()).code == CloseCode.NORMAL
            await asyncio.wait_for(server.finished(), WAIT)

    asyncio.run(main())


def test_a_joiner_whose_snapshot_cannot_fit_is_closed_1011_and_the_run_goes_on() -> None:
    class Unbounded(SharedSession):
        """A trace grown by appends without max_length: past the frame limit, no snapshot can carry it."""

        def advance(self) -> None:
            self.t += 1
            self.emit(
                FieldAppend(
                    field_id="trace",
                    append_dim="time",
                    values=np.full(1000, float(self.t)),
                    coord_values=np.arange(1000.0) + 1000 * self.t,
                )
            )

    async def main() -> None:
        async with BackendServer(
            Unbounded, "127.0.0.1", 0, isolation="thread", shared=True, linger=0.0, max_frame_bytes=1 << 16
        ) as server:
            controller = await Viewer.connect(server.url, max_frame_bytes=1 << 16)
            await controller.until(lambda: len(controller.ticks) > 20, "the trace past the frame limit")
            late = await Viewer.connect(server.url, access="observe", max_frame_bytes=1 << 16)
            closed = await late.ended()
            assert closed.code == CloseCode.INTERNAL_ERROR and "over the frame limit" in closed.reason
            before = len(controller.ticks)
            await controller.until(lambda: len(controller.ticks) > before + 5, "the run going on")
            await controller.client.send(StopSession())
            assert (await controller.ended()).code == CloseCode.NORMAL and controller.contiguous()

    asyncio.run(main())


def test_per_connection_mode_gives_a_1_1_client_control_of_a_new_run_each_time() -> None:
    """§2.5: per-connection runs say minor 1; a 1.1 client controls whatever it asked for, its control_request is
    answered with an access message that changes nothing; a 1.0 client gets a 1.0 hello."""

    async def main() -> None:
        async with BackendServer(SharedSession, "127.0.0.1", 0, isolation="thread", serve_forever=True) as server:
            first = await Viewer.connect(server.url, access="observe")
            assert first.client.server_hello.minor == 1 and first.client.access == "control"
            await first.until(lambda: first.ticks, "a tick")
            await first.client.request_control(False)
            await first.until(lambda: first.client.clients == 1, "the answer: an access message")
            await first.client.send(SetControl(control_id="gain", value=2.0))
            await first.until(lambda: first.state.frontend_state.get("gain_seen") == 2.0, "its command obeyed")
            assert first.client.access == "control" and not first.errors
            run = first.client.run
            await first.client.send(StopSession())
            await first.ended()
            old = await Viewer.connect(server.url, hello=make_hello("client", "old", minor=0))
            assert old.client.server_hello.access is None and old.client.server_hello.run is None
            await old.until(lambda: old.ticks, "a tick")
            assert old.ticks[0] == 0
            await old.client.send(StopSession())
            await old.ended()
            again = await SceneClient.connect(server.url)
            assert again.run is not None and again.run != run
            await again.send(StopSession())
            await again.close()

    asyncio.run(main())


def test_a_run_started_now_that_no_client_joins_ends_after_its_linger() -> None:
    async def main() -> None:
        async with shared_server(start_now=True, linger=0.3) as server:
            await asyncio.wait_for(server.finished(), WAIT)
            assert server.runs[0].ended.is_set() and server.runs[0].frames > 0

    asyncio.run(main())
