"""The window's history of a run: keyframes and the whole ticks after them, within a memory budget.

A past tick is shown exactly when its state is rebuilt from what the window
received: a *keyframe* (the scene state at some step, as the updates that give
an empty :class:`~scenewire.state.SceneState` that state) and the *steps*
after it, each one whole tick (§7.12) or, from a session that marks no ticks,
one update. Applying a keyframe and then steps to a fresh state gives the state
the window held after the last of them, because the live window applied the
same updates in the same order (spec §7.12.1 says what a frontend needs).

Memory is counted as the ``nbytes`` of every array the history holds (updates'
values and coordinates, keyframes' field values, geometries), each array once
however many steps and keyframes share it, plus a flat :data:`RECORD_BYTES` per
record. When the count passes the budget, the oldest keyframe goes with the
steps up to the next one: the history always starts at a keyframe.

Geometries are never patched (§7.4): steps and keyframes of one scene share
its geometry objects with the live state, so a rebuilt state draws the same
mesh (a 100 000-segment morphology is recoloured, not rebuilt).

Where a step's updates are kept is a :class:`StepStore`: in memory by default;
a recording keeps only where they are in its file and reads them back through
the file's index (:mod:`scenewire.recording.seek`).
"""

from __future__ import annotations

import copy
import dataclasses
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np

from ..protocol import FieldAppend, FieldReplace, SceneReady, StatePatch
from ..state import Changes, SceneState
from ..wire.records import as_received

MIB = 1024 * 1024
DEFAULT_BUDGET_MIB = 512
KEYFRAME_EVERY_TICKS = 256
"""A keyframe at least every this many steps: a seek applies at most this many steps after one."""
KEYFRAME_SHARE = 32
"""And one after every ``budget / KEYFRAME_SHARE`` bytes of steps: eviction frees about that much at a time."""
RECORD_BYTES = 256
"""What a record costs beside its arrays (a Python object or two, its small dicts): a flat estimate."""


class StepStore(Protocol):
    """Where the updates of a step are kept, and what they cost."""

    def keep(self, unit: list[Any]) -> tuple[Any, list[Any]]:
        """Called before the live state applies ``unit``: (a handle, the objects whose memory counts)."""
        ...

    def load(self, handles: list[Any]) -> Iterator[list[Any]]:
        """The units of ``handles`` in order, each a list of updates the caller may apply (it owns them)."""
        ...


class MemoryStore:
    """Steps kept in memory: private copies made before the live state takes ownership of the updates."""

    def keep(self, unit: list[Any]) -> tuple[Any, list[Any]]:
        kept = [private(u) for u in unit]
        return kept, kept

    def load(self, handles: list[Any]) -> Iterator[list[Any]]:
        for kept in handles:
            yield [private(u) for u in kept]


@dataclass(slots=True)
class Step:
    """One whole tick (or one unticked update) as the window applied it."""

    number: int  # counts the window's steps from 1
    tick: Any  # its tick_end (index, time), or None
    handle: Any
    epoch: int  # the scene (scene_ready) it belongs to
    owned: list[int] = field(default_factory=list)  # ids of the arrays it holds


@dataclass(slots=True)
class Keyframe:
    """The state after step ``number``, as updates for an empty state."""

    number: int
    updates: list[Any]
    epoch: int
    owned: list[int] = field(default_factory=list)


@dataclass(slots=True)
class Rebuilt:
    """A state as it was after step ``number``, and the scene it shows."""

    state: SceneState
    number: int
    epoch: int
    changes: Changes = field(default_factory=Changes)  # what the steps applied last changed (going on from a state)
    tick: Any = None  # the step's tick_end


class History:
    """Steps and keyframes of one window, oldest first, within ``budget_bytes`` (0: keeps nothing)."""

    def __init__(
        self,
        budget_bytes: int = DEFAULT_BUDGET_MIB * MIB,
        *,
        keyframe_ticks: int = KEYFRAME_EVERY_TICKS,
        keyframe_bytes: int | None = None,
        store: StepStore | None = None,
    ) -> None:
        if budget_bytes < 0:
            raise ValueError(f"a history budget is 0 (off) or more bytes, got {budget_bytes}")
        self.budget = budget_bytes
        self.keyframe_ticks = max(1, keyframe_ticks)
        self.keyframe_bytes = keyframe_bytes if keyframe_bytes is not None else max(1, budget_bytes // KEYFRAME_SHARE)
        self.store: StepStore = store or MemoryStore()
        self.steps: deque[Step] = deque()
        self.keyframes: deque[Keyframe] = deque()
        self.epoch = 0  # the live scene's
        self.count = 0  # steps recorded so far; the next is count + 1
        self.dropped = 0  # steps evicted so far
        self.nbytes = 0
        self._arrays: dict[int, list[Any]] = {}  # id -> [array, nbytes, references]
        self._since_keyframe = (0, 0)  # steps and bytes recorded since the last keyframe

    # -- reading ----------------------------------------------------------------

    @property
    def enabled(self) -> bool:
        return self.budget > 0

    @property
    def first(self) -> int | None:
        """The oldest step a past state can be rebuilt at (a keyframe's), or None while there is none."""
        return self.keyframes[0].number if self.keyframes else None

    @property
    def last(self) -> int | None:
        return self.steps[-1].number if self.steps and self.keyframes else None

    def step(self, number: int) -> Step | None:
        if not self.steps or not self.steps[0].number <= number <= self.steps[-1].number:
            return None
        return self.steps[number - self.steps[0].number]

    # -- recording --------------------------------------------------------------

    def before(self, unit: list[Any]) -> Any:
        """Keep ``unit`` before the live state applies (and so owns) it; pass the result to :meth:`after`."""
        if not self.enabled:
            return None
        return self.store.keep(unit), any(isinstance(u, SceneReady) for u in unit), getattr(unit[-1], "tick_end", None)

    def after(self, kept: Any, state: SceneState) -> None:
        """The live ``state`` has applied the unit: add it as a step; a keyframe when due; keep to the budget."""
        if kept is None:
            return
        (handle, objects), new_scene, tick = kept
        if new_scene:
            self.epoch += 1
        self.count += 1
        step = Step(self.count, tick, handle, self.epoch)
        added = self._own(step.owned, objects)
        self.steps.append(step)
        ticks, size = self._since_keyframe
        ticks, size = ticks + 1, size + added
        if not self.keyframes or ticks >= self.keyframe_ticks or size >= self.keyframe_bytes:
            self._keyframe(state)
            ticks = size = 0
        self._since_keyframe = (ticks, size)
        self._evict()

    def clear(self) -> None:
        self.steps.clear()
        self.keyframes.clear()
        self._arrays.clear()
        self.nbytes = 0
        self._since_keyframe = (0, 0)

    def _keyframe(self, state: SceneState) -> None:
        frame = Keyframe(self.count, keyframe_updates(state, self._arrays), self.epoch)
        self._own(frame.owned, frame.updates)
        self.keyframes.append(frame)

    def _evict(self) -> None:
        while self.nbytes > self.budget and self.keyframes:
            if len(self.keyframes) == 1:
                if self.keyframes[0].number == self.count:  # one tick over the whole budget: nothing fits
                    self.dropped += len(self.steps)
                    self.clear()
                    return
                # the newest keyframe is the only one: start the next stretch now, then drop this one
                self._keyframe_at_last()
                continue
            old = self.keyframes.popleft()
            self._release(old.owned)
            upto = self.keyframes[0].number
            while self.steps and self.steps[0].number <= upto:
                self._release(self.steps.popleft().owned)
                self.dropped += 1

    def _keyframe_at_last(self) -> None:
        """A keyframe at the newest step, made by rebuilding it (the live state may be past it by now)."""
        rebuilt = self.rebuild(self.count)
        assert rebuilt is not None
        frame = Keyframe(self.count, keyframe_updates(rebuilt.state, self._arrays), self.epoch)
        self._own(frame.owned, frame.updates)
        self.keyframes.append(frame)
        self._since_keyframe = (0, 0)

    # -- memory -----------------------------------------------------------------

    def _own(self, owned: list[int], objects: Iterable[Any]) -> int:
        """Count the arrays held by ``objects`` (each array once in the whole history); the bytes added."""
        added = 0
        for obj in objects:
            added += RECORD_BYTES
            for array in arrays_of(obj):
                entry = self._arrays.get(id(array))
                if entry is None:
                    size = array.nbytes if isinstance(array, np.ndarray) else _list_bytes(array)
                    entry = self._arrays[id(array)] = [array, size, 0]
                    added += size
                entry[2] += 1
                owned.append(id(array))
            owned.append(-1)  # a record's flat cost
        self.nbytes += added
        return added

    def _release(self, owned: list[int]) -> None:
        for key in owned:
            if key == -1:
                self.nbytes -= RECORD_BYTES
                continue
            entry = self._arrays[key]
            entry[2] -= 1
            if entry[2] == 0:
                self.nbytes -= entry[1]
                del self._arrays[key]

    # -- rebuilding -------------------------------------------------------------

    def rebuild(self, number: int, start: Rebuilt | None = None) -> Rebuilt | None:
        """A fresh state as it was after step ``number``; None when that step is not held.

        With ``start`` (a state rebuilt earlier at a step not after ``number``, with no keyframe
        between them), its state goes on from there instead: dragging forward applies only the
        steps dragged over.
        """
        first, last = self.first, self.last
        if first is None or last is None or not first <= number <= last:
            return None
        keyframe = next(k for k in reversed(self.keyframes) if k.number <= number)
        if start is not None and keyframe.number <= start.number <= number:
            state, at, epoch = start.state, start.number, start.epoch
        else:
            state, at, epoch = SceneState(), keyframe.number, keyframe.epoch
            for update in keyframe.updates:
                state.apply(private(update))
        wanted = self._steps_between(at, number)
        changes = Changes()
        for step, unit in zip(wanted, self.store.load([s.handle for s in wanted]), strict=True):
            for update in unit:
                changes.merge(state.apply(update))
            epoch = step.epoch
        step = self.step(number)
        return Rebuilt(state, number, epoch, changes, step.tick if step is not None else None)

    def _steps_between(self, after: int, upto: int) -> list[Step]:
        if upto <= after:
            return []
        begin = after + 1 - self.steps[0].number
        return [self.steps[i] for i in range(max(begin, 0), upto + 1 - self.steps[0].number)]


# -- copies that share arrays ------------------------------------------------------


def arrays_of(update: Any) -> Iterator[Any]:
    """The arrays an update (or a keyframe's update) holds: values, coordinates, geometries (whose lists of
    names, a 100 000-segment cell's entity ids, count too)."""
    if isinstance(update, FieldReplace):
        yield update.values
        yield from (update.coords or {}).values()
    elif isinstance(update, FieldAppend):
        yield update.values
        yield update.coord_values
    elif isinstance(update, SceneReady):
        for f in update.scene.fields:
            yield f.values
            yield from f.coords.values()
        for geometry in update.scene.geometries:
            yield from _record_arrays(geometry)


def _record_arrays(record: Any) -> Iterator[Any]:
    for spec in dataclasses.fields(record):
        value = getattr(record, spec.name)
        if isinstance(value, np.ndarray | list):
            yield value
        elif isinstance(value, dict):
            yield from (v for v in value.values() if isinstance(v, np.ndarray))


def _list_bytes(items: list[Any]) -> int:
    return sys.getsizeof(items) + sum(sys.getsizeof(x) for x in items)


def private(update: Any) -> Any:
    """A copy of ``update`` that applying to a state cannot change: the records and maps are copied; arrays
    (a state never writes into one it was given) and geometries (never patched) are shared."""
    memo: dict[int, Any] = {}
    for array in arrays_of(update):
        memo[id(array)] = array
    if isinstance(update, SceneReady):
        for geometry in update.scene.geometries:
            memo[id(geometry)] = geometry
    return copy.deepcopy(update, memo)


def keyframe_updates(state: SceneState, held: dict[int, Any] | None = None) -> list[Any]:
    """The updates that give an empty state ``state``'s scene, frontend state, status and error.

    What :func:`scenewire.state.snapshot.snapshot` sends a late joiner, without its frames: a
    snapshot encodes every update to fit a peer's frame limit, which a keyframe kept here does not
    need (encoding a 100 000-segment scene each keyframe would stall the window). A field's values
    are copied unless the history already holds that very array (a ``field_replace``'s, never
    written); an appended field's values are a view the state overwrites, so they are copied.
    """
    held = held or {}
    out: list[Any] = []
    with as_received():
        if state.scene is not None:
            scene = copy.copy(state.scene)
            scene.fields = [_frozen_field(f, held) for f in state.scene.fields]
            scene.geometries = list(state.scene.geometries)
            memo: dict[int, Any] = {id(g): g for g in scene.geometries}
            for f in scene.fields:
                memo[id(f.values)] = f.values
                memo.update((id(c), c) for c in f.coords.values())
            for name in ("views", "operators", "controls", "actions", "layout", "metadata"):
                setattr(scene, name, copy.deepcopy(getattr(state.scene, name), memo))
            out.append(SceneReady(scene=scene))
        if state.frontend_state:
            out.append(StatePatch(updates=copy.deepcopy(state.frontend_state)))
        for held_update in (state.status, state.last_error):
            if held_update is not None:
                out.append(dataclasses.replace(held_update, tick_end=None))
    return out


def _frozen_field(f: Any, held: dict[int, Any]) -> Any:
    def keep(array: np.ndarray) -> np.ndarray:
        return array if id(array) in held else np.array(array, copy=True)

    copied = copy.copy(f)
    copied.values = keep(f.values)
    copied.coords = {dim: keep(c) for dim, c in f.coords.items()}
    copied.attrs = copy.deepcopy(f.attrs)
    return copied
