"""``scenewire serve ... --mpi`` under a real ``mpiexec -n 2`` against the asyncio client (issue 21, docs/mpi.md).

The gathered field of the NEURON ring on two ranks equals a one-rank run's at
every tick; a command reaches every rank at the same tick; a rank that raises
gives the client an ``error`` and a close 1011 and ends the job; SIGTERM to
``mpiexec`` runs ``shutdown()`` on every rank. Open MPI as root needs
``OMPI_ALLOW_RUN_AS_ROOT``; ``--oversubscribe`` lets two ranks share fewer cores;
Open MPI 4.1 sends the ranks SIGCONT, SIGTERM and SIGKILL ``odls_base_sigkill_timeout``
(1 s) apart (docs/mpi.md); 3 s here, for a loaded CI machine.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from scenewire.mpi.faults import ABORT_CODE
from scenewire.protocol import FieldReplace, InvokeAction, RunControl, ScenePatch, SceneReady, SetControl, StopSession
from scenewire.transports.ws_client import SceneClient, ServerClosed

from .mpi_sessions import CELLS, SEGMENTS, base_values

ROOT = Path(__file__).resolve().parent.parent
SCENEWIRE = str(Path(sys.executable).with_name("scenewire"))
WAIT = 60


def _need_mpi() -> None:
    missing = []
    if shutil.which("mpiexec") is None:
        missing.append("mpiexec (Debian: openmpi-bin libopenmpi-dev)")
    try:
        import mpi4py  # noqa: F401
    except ImportError:
        missing.append('mpi4py (pip install "./python[mpi]")')
    if missing:
        message = f"{' and '.join(missing)} not installed; scripts/setup.sh installs them"
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but {message}")
        pytest.skip(message)


class Job:
    """One ``mpiexec -n N scenewire serve SOURCE --mpi --port 0``; its output read on a thread."""

    def __init__(self, ranks: int, source: str, *args: str, env: dict[str, str] | None = None) -> None:
        _need_mpi()
        full_env = {
            **os.environ,
            "OMPI_ALLOW_RUN_AS_ROOT": "1",
            "OMPI_ALLOW_RUN_AS_ROOT_CONFIRM": "1",
            "OMPI_MCA_odls_base_sigkill_timeout": "3",
            **(env or {}),
        }
        full_env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), full_env.get("PYTHONPATH")]))
        self.process = subprocess.Popen(
            ["mpiexec", "--oversubscribe", "-n", str(ranks), SCENEWIRE, "serve", source, "--mpi", "--port", "0", *args],
            cwd=ROOT,
            env=full_env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.lines: list[str] = []
        self.url: str | None = None
        self._ready = threading.Event()
        threading.Thread(target=self._read, daemon=True).start()
        if not self._ready.wait(WAIT) or self.url is None:
            self.stop()
            raise AssertionError(f"no connect line from the job:\n{self.output}")

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line)
            if line.startswith("connect with: "):
                self.url = line.split()[-1]
                self._ready.set()
        self._ready.set()

    @property
    def output(self) -> str:
        return "".join(self.lines)

    def wait(self) -> int:
        return self.process.wait(WAIT)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(WAIT)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@pytest.fixture
def jobs() -> Iterator[list[Job]]:
    started: list[Job] = []
    yield started
    for job in started:
        job.stop()


async def _field_by_time(client: SceneClient, times: int, marker: str = "spikes") -> dict[float, dict[str, np.ndarray]]:
    """After the reset's empty ``marker`` field: each tick's last ``v`` and spikes, keyed by the tick's time."""
    seen_reset = False
    out: dict[float, dict[str, np.ndarray]] = {}
    current: dict[str, np.ndarray] = {}
    while len(out) < times:
        message = await client.receive(timeout=WAIT)
        if isinstance(message, FieldReplace) and message.field_id == marker and len(message.values) == 0:
            seen_reset, current = True, {}
        elif seen_reset and message.field_id in ("v", "spikes") if hasattr(message, "field_id") else False:
            current[message.field_id] = np.array(message.values)
        tick = getattr(message, "tick_end", None)
        if seen_reset and tick is not None and "v" in current:
            out[round(float(tick.time), 6)] = current
            current = {}
    return out


def test_the_ring_on_two_ranks_gathers_what_one_rank_computes(jobs: list[Job]) -> None:
    """NEURON's ring on 2 ranks (round-robin cells, spikes across ranks): every segment's V equals 1 rank's."""
    pytest.importorskip("neuron")
    one = Job(1, "scenewire.demos.nrn_net:RingNetSession")
    jobs.append(one)
    two = Job(2, "scenewire.demos.nrn_net:RingNetSession")
    jobs.append(two)

    async def run(job: Job) -> dict[float, dict[str, np.ndarray]]:
        assert job.url is not None
        async with await SceneClient.connect(job.url) as client:
            await client.send(InvokeAction(action_id="reset"))  # both runs from t = 0, whatever they reached
            return await _field_by_time(client, 60)

    by_one = asyncio.run(run(one))
    by_two = asyncio.run(run(two))
    common = sorted(set(by_one) & set(by_two))
    assert len(common) >= 50, (sorted(by_one)[:5], sorted(by_two)[:5])
    for t in common:
        assert by_two[t]["v"].shape == (24 * 16,)
        np.testing.assert_array_equal(by_two[t]["v"], by_one[t]["v"], err_msg=f"t = {t} ms")
    fired = [t for t in common if "spikes" in by_two[t]]
    assert fired, "no cell fired within 60 ms of the reset"
    for t in fired:
        np.testing.assert_array_equal(by_two[t]["spikes"], by_one[t]["spikes"])
    assert any(v["v"].max() > 0 for v in by_two.values()), "no spike in the voltage field"


def test_a_command_reaches_every_rank_at_the_same_tick(jobs: list[Job]) -> None:
    job = Job(2, "tests.mpi_sessions:ToyNet")
    jobs.append(job)
    base = base_values()

    async def run() -> list[float]:
        assert job.url is not None
        gains: list[float] = []
        async with await SceneClient.connect(job.url) as client:
            await client.send(SetControl(control_id="gain", value=3.0))
            await client.send(RunControl(action="pause"))
            await client.send(SetControl(control_id="gain", value=5.0))  # paused: sent with no advance
            await client.send(RunControl(action="step", steps=2))
            while len(gains) < 40 and 5.0 not in gains:
                message = await client.receive(timeout=WAIT)
                if isinstance(message, FieldReplace) and message.field_id == "v":
                    assert message.values.shape == (CELLS * SEGMENTS,)
                    t = float(message.tick_end.time) if message.tick_end else None
                    assert t is not None
                    ratio = (np.asarray(message.values) - t)[1:] / base[1:]
                    assert np.ptp(ratio) < 1e-6, f"ranks disagree on the gain at t = {t}: {np.unique(ratio)}"
                    gains.append(float(ratio[0]))
            await client.send(RunControl(action="resume"))
        return gains

    gains = asyncio.run(run())
    assert gains[-1] == 5.0 and set(gains) <= {1.0, 3.0, 5.0}, gains  # the commands may share a tick


def test_pings_are_answered_while_another_rank_computes(jobs: list[Job]) -> None:
    """§2.6: rank 0 waits for rank 1's 3 s step in a ``Gatherv`` (GIL free); its server answers pings meanwhile."""
    job = Job(2, "tests.mpi_sessions:ToyNet")
    jobs.append(job)

    async def run() -> None:
        assert job.url is not None
        async with await SceneClient.connect(job.url) as client:
            await client.send(SetControl(control_id="slow", value=3.0))
            applied = False
            while True:  # to the end of the tick that applied it; the next advance takes rank 1 three seconds
                message = await client.receive(timeout=WAIT)
                applied = applied or (isinstance(message, ScenePatch) and "slow" in message.control_updates)
                if applied and getattr(message, "tick_end", None) is not None:
                    break
            for _ in range(3):
                pong = await client.ws.ping()
                await asyncio.wait_for(pong, 2.0)
            with pytest.raises(asyncio.TimeoutError):  # and the slow tick is still going: no update yet
                while True:
                    message = await client.receive(timeout=0.2)
                    assert not isinstance(message, FieldReplace), "a tick ended before the pings were answered"
            await client.send(SetControl(control_id="slow", value=0.0))

    asyncio.run(run())


@pytest.mark.parametrize("rank", [1, 0])
def test_a_rank_that_raises_closes_the_client_with_an_error_and_ends_the_job(jobs: list[Job], rank: int) -> None:
    job = Job(2, "tests.mpi_sessions:ToyNet")
    jobs.append(job)

    async def run() -> ServerClosed:
        assert job.url is not None
        async with await SceneClient.connect(job.url) as client:
            await client.send(SetControl(control_id="fail", value=rank))
            with pytest.raises(ServerClosed) as closed:
                while True:
                    await client.receive(timeout=WAIT)
            return closed.value

    closed = asyncio.run(run())
    assert closed.code == 1011, closed
    assert f"MPI rank {rank} failed" in closed.reason
    assert closed.error is not None and f"ZeroDivisionError: rank {rank} fails on purpose" in closed.error.message
    assert job.wait() == ABORT_CODE, job.output  # MPI_Abort's code: every rank ended, none left waiting


def test_stop_session_ends_the_job_with_shutdown_on_every_rank(jobs: list[Job], tmp_path: Path) -> None:
    job = Job(2, "tests.mpi_sessions:ToyNet", env={"TOYNET_MARKS": str(tmp_path)})
    jobs.append(job)

    async def run() -> ServerClosed:
        assert job.url is not None
        async with await SceneClient.connect(job.url) as client:
            await client.send(StopSession())
            with pytest.raises(ServerClosed) as closed:
                while True:
                    await client.receive(timeout=WAIT)
            return closed.value

    closed = asyncio.run(run())
    assert (closed.code, closed.reason) == (1000, "session stopped")
    assert job.wait() == 0, job.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rank0", "rank1"]


def test_sigterm_to_mpiexec_runs_shutdown_on_every_rank(jobs: list[Job], tmp_path: Path) -> None:
    job = Job(2, "tests.mpi_sessions:ToyNet", env={"TOYNET_MARKS": str(tmp_path)})
    jobs.append(job)

    async def run() -> ServerClosed:
        assert job.url is not None
        async with await SceneClient.connect(job.url) as client:
            await client.receive(timeout=WAIT)
            job.process.send_signal(signal.SIGTERM)
            with pytest.raises(ServerClosed) as closed:
                while True:
                    await client.receive(timeout=WAIT)
            return closed.value

    closed = asyncio.run(run())
    assert closed.code == 1001, closed
    assert closed.error is not None and "the MPI job is ending: SIGTERM from mpiexec" in closed.error.message
    job.wait()
    marks = sorted(p.name for p in tmp_path.iterdir())
    assert marks == ["rank0", "rank1"], job.output
    assert all("shutdown ran" in (tmp_path / m).read_text() for m in marks)


def test_a_rank_that_dies_ends_the_job_with_an_error_at_the_client(jobs: list[Job]) -> None:
    """SIGKILL to rank 1: mpiexec ends the job (SIGTERM to the others); the client is told, then closed 1001."""
    job = Job(2, "tests.mpi_sessions:ToyNet")
    jobs.append(job)

    async def run() -> ServerClosed:
        assert job.url is not None
        async with await SceneClient.connect(job.url) as client:
            scene = await client.receive(timeout=WAIT)
            while not isinstance(scene, SceneReady):  # the snapshot starts with it (an access message may come first)
                scene = await client.receive(timeout=WAIT)
            pids = scene.scene.metadata["pids"]
            assert len(pids) == 2 and pids[1] != job.process.pid
            os.kill(pids[1], signal.SIGKILL)
            with pytest.raises(ServerClosed) as closed:
                while True:
                    await client.receive(timeout=WAIT)
            return closed.value

    closed = asyncio.run(run())
    assert closed.code == 1001, closed
    assert closed.error is not None and "a rank died" in closed.error.message
    assert job.wait() != 0


def test_scenewire_imports_without_mpi4py() -> None:
    """A machine without MPI imports scenewire and runs an MpiSession on one process."""
    code = (
        "import sys; sys.modules['mpi4py'] = None;"
        "import scenewire.cli, scenewire.mpi, scenewire.demos.nrn_net;"
        "from tests.mpi_sessions import ToyNet;"
        "s = ToyNet(); s.initialize(); s.advance(); u = s.read_updates();"
        "import numpy as np; from tests.mpi_sessions import base_values;"
        "assert np.array_equal(u[-1].values, base_values() + 1), u; print('ok')"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=WAIT)
    assert out.stdout.strip() == "ok", out.stderr
