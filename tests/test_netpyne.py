"""A two-population NetPyNE model through ``scenewire.adapters.netpyne`` on ``mpiexec -n 2``, against 1 rank (issue 21).

NetPyNE builds the cells (3-D morphologies placed by ``defineCellShapes``)
and deals them over the ranks itself; the asyncio client resets both runs and
checks that every segment's voltage and the spikes equal, tick by tick.
"""

from __future__ import annotations

import asyncio
import os

import numpy as np
import pytest

from scenewire.protocol import InvokeAction, SceneReady
from scenewire.transports.ws_client import SceneClient

from .test_mpi import WAIT, Job, _field_by_time, jobs  # noqa: F401 (the fixture)


def test_netpyne_on_two_ranks_streams_what_one_rank_computes(jobs: list[Job]) -> None:  # noqa: F811
    try:
        import netpyne  # noqa: F401
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail('CI is set but netpyne is not installed (pip install "./python[netpyne]"; setup.sh does)')
        pytest.skip("netpyne is not installed")
    runs = [Job(ranks, "tests.netpyne_models:TwoPops") for ranks in (1, 2)]
    jobs.extend(runs)

    async def run(job: Job) -> tuple[SceneReady, dict[float, dict[str, np.ndarray]]]:
        assert job.url is not None
        async with await SceneClient.connect(job.url) as client:
            scene = await client.receive(timeout=WAIT)
            while not isinstance(scene, SceneReady):
                scene = await client.receive(timeout=WAIT)
            await client.send(InvokeAction(action_id="reset"))
            return scene, await _field_by_time(client, 60)

    (scene_one, by_one), (scene_two, by_two) = (asyncio.run(run(job)) for job in runs)
    assert scene_two.scene.metadata["ranks"] == 2 and scene_two.scene.metadata["cells"] == 12
    geometry_one, geometry_two = scene_one.scene.geometries[0], scene_two.scene.geometries[0]
    assert geometry_two.entity_ids == geometry_one.entity_ids
    assert geometry_two.entity_ids[:2] == ["cell[0].soma(0.500)", "cell[0].dend(0.100)"]
    np.testing.assert_array_equal(geometry_two.positions, geometry_one.positions)
    assert np.ptp(geometry_two.positions[:, 1]) > 100, "the cells are not placed in space"
    common = sorted(set(by_one) & set(by_two))
    assert len(common) >= 50
    for t in common:
        assert by_two[t]["v"].shape == (72,)
        np.testing.assert_array_equal(by_two[t]["v"], by_one[t]["v"], err_msg=f"t = {t} ms")
        if "spikes" in by_two[t] or "spikes" in by_one[t]:
            np.testing.assert_array_equal(by_two[t]["spikes"], by_one[t]["spikes"])
    assert any("spikes" in by_two[t] for t in common), "no cell fired in 60 ms"
