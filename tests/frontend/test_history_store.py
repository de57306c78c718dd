"""frontend/history.py without a window: every held step rebuilds to the state the live window held there.

A sequence with everything a state holds (a scene with a geometry, a replaced
field, a trimmed append, state patches, view patches, statuses, a second
``scene_ready`` midway) is applied to a live ``SceneState`` while a small
budget evicts; each held step's rebuild (from its keyframe, and going on from
the step before) must equal the live state's JSON form at that step, and the
memory count must be the held arrays' bytes, each once.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from scenewire.frontend.history import RECORD_BYTES, History, arrays_of
from scenewire.protocol import ScenePatch, SceneReady, StatePatch, Status, Tick
from scenewire.state import SceneState

from .history_sessions import WaveSession


def units(ticks: int) -> list[list]:
    session = WaveSession()
    out = [[SceneReady(scene=session.initialize(), tick_end=Tick(index=0, time=0.0))]]
    for k in range(1, ticks + 1):
        if k == ticks // 2:  # a new scene midway: the history goes on across it
            out.append([SceneReady(scene=WaveSession().initialize(), tick_end=Tick(index=k, time=k * 0.1))])
            continue
        session.advance()
        unit = session.read_updates()
        if k % 7 == 0:
            unit.append(StatePatch(updates={"selection": f"dend[{k % 24}](0.50)"}))
        if k % 11 == 0:
            unit.append(ScenePatch(view_updates={"p": {"title": f"tick {k}"}}))
        if k % 13 == 0:
            unit.append(Status(message=f"tick {k}"))
        unit[-1].tick_end = Tick(index=k, time=k * 0.1)
        out.append(unit)
    return out


def form(state: SceneState) -> str:
    return json.dumps(state.to_json(), sort_keys=True, default=str)


@pytest.mark.parametrize("budget", [400_000, 4_000_000])
def test_every_held_step_rebuilds_to_the_live_state_and_memory_is_counted_once(budget: int) -> None:
    live, history = SceneState(), History(budget, keyframe_ticks=16)
    seen: dict[int, str] = {}
    for unit in units(160):
        kept = history.before(unit)
        for update in unit:
            live.apply(update)
        history.after(kept, live)
        assert history.nbytes <= budget
        seen[history.count] = form(live)
    assert history.first is not None and history.last == history.count == 161
    if budget < 1_000_000:
        assert history.dropped > 0 and history.first > 1  # the small budget evicted, oldest first
    going = None
    for number in range(history.first, history.last + 1):
        assert form(history.rebuild(number).state) == seen[number], number
        going = history.rebuild(number, going)
        assert form(going.state) == seen[number], number
    assert history.rebuild(history.first - 1) is None

    # the count: every held array once, plus a flat cost per record
    arrays: dict[int, int] = {}
    records = 0
    for holder in [*(s.handle for s in history.steps), *(k.updates for k in history.keyframes)]:
        for update in holder:
            records += 1
            for array in arrays_of(update):
                arrays[id(array)] = array.nbytes if isinstance(array, np.ndarray) else -1
    listed = sum(n for n in arrays.values() if n >= 0)
    assert listed <= history.nbytes - records * RECORD_BYTES  # lists of names count too (sys.getsizeof)
    assert history.nbytes - records * RECORD_BYTES - listed < 200_000  # and they are the rest
