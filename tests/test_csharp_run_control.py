"""The C# client's run control (§6.8, §7.15) against a real ``BackendServer`` running a shared run.

``scenewire-client.exe --run-pause --run-step 5`` controls the run; a Python
observer on the same run logs every tick and ``run_state`` in order, and the
session (on a thread) counts its ``advance()`` calls.
"""

from __future__ import annotations

import asyncio
import subprocess
from pathlib import Path
from typing import Any

from scenewire.protocol import Access, Error, RunState
from scenewire.transports.ws_client import SceneClient, ServerClosed
from scenewire.transports.ws_server import BackendServer
from tests.shared_sessions import CountingSession

from .conftest import ROOT
from .test_csharp import BIN, RUN_TIMEOUT_S, built  # noqa: F401  (the build fixture)


async def _observe(client: SceneClient, log: list[Any]) -> None:
    try:
        while True:
            message = await client.receive()
            if isinstance(message, RunState):
                log.append(("state", message.state))
            elif not isinstance(message, (Access, Error)) and getattr(message, "tick_end", None) is not None:
                log.append(("tick", message.tick_end.time))
    except ServerClosed:
        pass


def test_the_csharp_client_pauses_and_steps_a_shared_run_exactly(built: Path) -> None:  # noqa: F811
    async def main() -> tuple[subprocess.CompletedProcess[str], list[Any], int]:
        CountingSession.instances.clear()
        async with BackendServer(CountingSession, "127.0.0.1", 0, isolation="thread", shared=True, linger=0.0) as srv:
            observer = await SceneClient.connect(srv.url, access="observe")
            log: list[Any] = []
            reader = asyncio.create_task(_observe(observer, log))
            port = srv.url.rsplit(":", 1)[1].strip("/")
            proc = await asyncio.create_subprocess_exec(
                "mono", str(BIN / "scenewire-client.exe"), "--port", port,
                "--run-pause", "--run-step", "5", "--stop-on-run-states", "3",
                cwd=ROOT, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
            )  # fmt: skip
            out, err = await asyncio.wait_for(proc.communicate(), RUN_TIMEOUT_S)
            await asyncio.wait_for(reader, RUN_TIMEOUT_S)
            (session,) = CountingSession.instances
            result = subprocess.CompletedProcess([], proc.returncode or 0, out.decode(), err.decode())
            return result, log, session.t

    run, log, advances = asyncio.run(main())
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.count("run: paused") == 3, run.stdout
    states = [i for i, entry in enumerate(log) if entry[0] == "state"]
    assert [log[i][1] for i in states] == ["paused"] * 3, log
    first, second, third = states
    held = [t for kind, t in log[:first] if kind == "tick"][-1]
    assert all(t == held for kind, t in log[first:second] if kind == "tick"), "advance() ran while paused"
    stepped = [t for kind, t in log[second:third] if kind == "tick"]
    assert stepped == [held + k for k in range(1, 6)], log[second:third]
    assert all(t == held + 5 for kind, t in log[third:] if kind == "tick"), "advance() ran after the step"
    assert advances == held + 5
