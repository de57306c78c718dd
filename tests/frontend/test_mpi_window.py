"""The window draws the NEURON ring served by ``mpiexec -n 2`` exactly as from one rank, at the same tick.

Both jobs are paused, reset and stepped 43 ticks (t = 43 ms) by the asyncio
client; then ``scenewire view --observe`` joins each paused run (its state
comes as a late joiner's snapshot) and writes a PNG. The pictures must be the
same pixels: every cell coloured by the voltage gathered from both ranks,
the raster, the rate and the traces.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PyQt6.QtGui import QImage

from scenewire.protocol import FieldReplace, InvokeAction
from scenewire.transports.ws_client import SceneClient

from ..test_mpi import WAIT, Job

ROOT = Path(__file__).resolve().parents[2]
STEPS = 43  # cell 6 fires at 42.5 ms: its soma is red in both pictures
STATUS_BAR_PX = 40  # left out of the comparison: its notices depend on how long the window waited


@pytest.fixture
def jobs() -> Iterator[list[Job]]:
    started: list[Job] = []
    yield started
    for job in started:
        job.stop()


async def hold_at_step(url: str) -> float:
    """Pause, reset, step ``STEPS`` ticks; the model time of the last tick."""
    async with await SceneClient.connect(url) as client:
        await client.pause()
        await client.send(InvokeAction(action_id="reset"))
        await client.step(STEPS)
        last, reset = -1.0, False
        while last < STEPS - 0.5:
            message = await client.receive(timeout=WAIT)
            if isinstance(message, FieldReplace) and message.field_id == "spikes" and len(message.values) == 0:
                reset = True  # the reset's own updates: the ticks after it count from t = 0
            tick = getattr(message, "tick_end", None)
            if reset and tick is not None and tick.time is not None:
                last = float(tick.time)
        return last


def pixels(png: Path) -> np.ndarray:
    image = QImage(str(png)).convertToFormat(QImage.Format.Format_RGB888)
    assert not image.isNull(), png
    ptr = image.constBits()
    ptr.setsize(image.sizeInBytes())
    rows = np.frombuffer(ptr, np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, : image.width() * 3].reshape(image.height(), image.width(), 3).copy()


def screenshot(url: str, png: Path) -> np.ndarray:
    done = subprocess.run(
        [sys.executable, "-m", "scenewire.cli", "view", url, "--observe", "--screenshot", str(png),
         "--after-seconds", "3"],
        cwd=ROOT, env=dict(os.environ), capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0 and png.is_file(), done.stdout + done.stderr
    return pixels(png)


@pytest.mark.usefixtures("x_display")
def test_two_ranks_draw_the_same_ring_as_one(jobs: list[Job], tmp_path: Path) -> None:
    pytest.importorskip("neuron")
    for ranks in (1, 2):
        jobs.append(Job(ranks, "scenewire.demos.nrn_net:RingNetSession"))
    times = [asyncio.run(hold_at_step(job.url or "")) for job in jobs]
    assert times[0] == times[1] and abs(times[0] - STEPS) < 1e-6, times
    one, two = (screenshot(job.url or "", tmp_path / f"ring-{i + 1}.png") for i, job in enumerate(jobs))
    assert one.shape == two.shape
    one, two = one[:-STATUS_BAR_PX], two[:-STATUS_BAR_PX]
    differ = np.any(one != two, axis=2)
    assert differ.mean() < 0.001, f"{differ.sum()} pixels differ; see {tmp_path}"
    # not two blank windows: the cells' blue (rest, coolwarm) fills part of the left half
    left = two[:, : two.shape[1] // 2].astype(int)
    blue = (left[..., 2] > 150) & (left[..., 0] < 120)
    red = (left[..., 0] > 170) & (left[..., 2] < 120) & (left[..., 1] < 140)
    assert blue.sum() > 2000 and red.sum() > 20, (blue.sum(), red.sum())
