"""Snapshots (§7.13, protocol 1.1): the updates that take an empty scene state to a present one.

A client that joins a run already under way gets, before the live stream, the
run's present state as ordinary updates made from the server's own
:class:`~scenewire.state.scene_state.SceneState` (never a replay of history). The
client does nothing special with them: it applies them as it applies every
update, so whatever applies updates correctly (the window, the C# client, a
recorder) lands in exactly the state the other clients hold.

This module is in the protocol layer because a snapshot is made of the
protocol's message classes; the scene layer below it owns the state and may
not import them (``tests/test_layers.py``).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..protocol.updates import FieldReplace, SceneReady, SessionUpdate, StatePatch, Tick
from ..scene import Field, Scene
from ..wire.errors import ProtocolError
from ..wire.limits import MAX_DEPTH, MAX_FRAME_BYTES, Limits
from ..wire.msgpack_io import check_depth, pack_tree
from ..wire.records import as_received
from .scene_state import SceneState

TICK_ALLOWANCE_BYTES = 64
"""Room left in every snapshot frame for a ``tick_end`` (at most 39 bytes: the key, an index up to 2^64 - 1 and a
float64 time): each update is measured without it and must fit ``max_frame_bytes - TICK_ALLOWANCE_BYTES`` (§7.13)."""

# Containers above a free-form value in a snapshot frame (§11: the envelope map is level 1).
_ATTRS_LEVEL = 5  # envelope, scene, fields list, field, attrs
_PARAMS_LEVEL = 5  # envelope, scene, operators list, operator, params
_METADATA_LEVEL = 3  # envelope, scene, metadata
_STATE_LEVEL = 2  # envelope, updates


class SnapshotError(ValueError):
    """The state cannot travel as a snapshot within the receiver's limits (§7.13).

    Raised when a field alone is over the frame limit (a trace grown by appends
    without ``max_length``), when the scene is over it even with every field
    taken out, or when a free-form value would nest deeper than §11 allows.
    The server then closes the joining connection 1011 with this text as the
    reason; the run and its other clients go on.
    """


@dataclass(slots=True)
class Snapshot:
    """A snapshot's updates, in order, and each one's frame.

    ``updates`` share arrays and records with the state they were made from:
    valid until the next update is applied to it. ``frames`` are independent
    bytes, each at most the frame limit: what a server sends. ``moved`` names
    the fields that travel in a ``field_replace`` after the ``scene_ready``.
    """

    updates: list[SessionUpdate]
    frames: list[bytes]
    moved: list[str] = field(default_factory=list)
    max_frame_bytes: int = MAX_FRAME_BYTES  # the limit it was made under

    @property
    def nbytes(self) -> int:
        return sum(len(f) for f in self.frames)


def snapshot(
    state: SceneState, index: int, time: float | None = None, *, max_frame_bytes: int = MAX_FRAME_BYTES
) -> Snapshot:
    """The updates that give an empty ``SceneState`` a state equal to ``state``, the last closing tick ``index``.

    In order (§7.13): the ``scene_ready`` of the present scene (when there is
    one), a ``field_replace`` for each field too large to travel inside it, a
    ``state_patch`` with every frontend state key (when any is set), the last
    ``status``, the last ``error``. The last carries ``tick_end`` with
    ``index`` and ``time``; a state with none of these is one empty
    ``state_patch``, so a snapshot is always one whole tick. Raises
    :class:`SnapshotError` when a frame cannot fit ``max_frame_bytes``.

    Records are built as a decoder builds them (``as_received``): the state
    may hold what a peer may send but an author may not build (a selector
    naming no dim, §8.12), and the snapshot must carry it unchanged.
    """
    with as_received():
        return _snapshot(state, index, time, max_frame_bytes)


def _snapshot(state: SceneState, index: int, time: float | None, max_frame_bytes: int) -> Snapshot:
    if isinstance(index, bool) or not isinstance(index, int) or index < 0:
        raise ValueError(f"a tick index is an integer >= 0, got {index!r}")
    budget = max_frame_bytes - TICK_ALLOWANCE_BYTES
    if budget <= 0:
        raise ValueError(f"max_frame_bytes {max_frame_bytes} leaves no room for a frame")
    tick = Tick(index=index, time=None if time is None else float(time))
    _check_depths(state)

    tail: list[SessionUpdate] = []
    if state.frontend_state:
        tail.append(StatePatch(updates=dict(state.frontend_state)))
    if state.status is not None:
        tail.append(_untick(state.status))
    if state.last_error is not None:
        tail.append(_untick(state.last_error))
    if state.scene is None and not tail:
        tail.append(StatePatch(updates={}))

    head: list[SessionUpdate] = []
    head_frames: list[bytes] = []
    moved: list[str] = []
    if state.scene is not None:
        head, head_frames, moved = _scene_frames(state.scene, tick if not tail else None, budget)

    tail_frames = []
    for i, update in enumerate(tail):
        if i == len(tail) - 1:
            update.tick_end = tick
        tail_frames.append(_fit(update, budget, f"the snapshot's {update.wire_kind}"))
    return Snapshot(head + tail, head_frames + tail_frames, moved, max_frame_bytes)


def _scene_frames(scene: Scene, tick: Tick | None, budget: int) -> tuple[list[SessionUpdate], list[bytes], list[str]]:
    """The ``scene_ready`` and the ``field_replace``s after it; ``tick`` goes on the last of them when given."""
    ready = SceneReady(scene=scene, tick_end=tick)
    frame = encode(ready)
    size = len(frame) - (_tick_bytes(tick) if tick is not None else 0)
    if size <= budget:
        return [ready], [frame], []

    # Too large with every field inside: take fields out, largest first, until it fits (§7.13).
    candidates = [(i, f) for i, f in enumerate(scene.fields) if f.values.ndim > 0 and f.values.shape[0] > 0]
    candidates.sort(key=lambda item: -_data_bytes(item[1]))
    taken: dict[int, Field] = {}
    for i, f in candidates:
        if size <= budget:
            break
        empty = emptied(f)
        size -= len(pack_tree(f.to_tree())) - len(pack_tree(empty.to_tree()))
        taken[i] = empty
    if size > budget:
        raise SnapshotError(
            f"snapshot: the scene is {size} bytes with every field taken out, over the frame limit "
            f"({budget} bytes without tick_end)"
        )
    fields = [taken.get(i, f) for i, f in enumerate(scene.fields)]
    ready = SceneReady(scene=dataclasses.replace(scene, fields=fields))
    updates: list[SessionUpdate] = [ready]
    frames = [_fit(ready, budget, "the snapshot's scene_ready")]
    moved = [scene.fields[i].id for i in sorted(taken)]
    for n, i in enumerate(sorted(taken)):
        f = scene.fields[i]
        replace = FieldReplace(field_id=f.id, values=f.values, coords=dict(f.coords) or None)
        if tick is not None and n == len(taken) - 1:
            replace.tick_end = tick
        updates.append(replace)
        frames.append(_fit(replace, budget, f"field {f.id!r}"))
    return updates, frames, moved


def encode(update: SessionUpdate) -> bytes:
    """The update's canonical frame: what ``scenewire.protocol.encode`` writes (imported from there, it would
    make this module and the package import each other)."""
    return pack_tree(update.to_tree())


def _fit(update: SessionUpdate, budget: int, what: str) -> bytes:
    frame = encode(update)
    tick = update.tick_end
    size = len(frame) - (_tick_bytes(tick) if tick is not None else 0)
    if size > budget:
        hint = "; a field grown by appends needs a max_length to be sent to a joining client"
        raise SnapshotError(
            f"snapshot: {what} is {size} bytes, over the frame limit ({budget} bytes without tick_end)"
            + (hint if isinstance(update, FieldReplace) else "")
        )
    return frame


def _tick_bytes(tick: Tick) -> int:
    """What ``tick_end`` adds to a frame: its key and its map (the envelope stays a fixmap)."""
    return len(pack_tree("tick_end")) + len(pack_tree(tick.to_tree()))


def _data_bytes(f: Field) -> int:
    return f.values.nbytes + sum(c.nbytes for c in f.coords.values())


def emptied(f: Field) -> Field:
    """``f`` taken out of a snapshot's ``scene_ready`` (§7.13): no entries along its first dim, no coords;
    same id, dims, dtype, unit and attrs (a zero-size array, §9.4)."""
    values = np.zeros((0, *f.values.shape[1:]), f.values.dtype)
    return dataclasses.replace(f, values=values, coords={})


def _untick(update: Any) -> Any:
    """A copy of a held ``status`` or ``error`` without the ``tick_end`` it came with."""
    return dataclasses.replace(update, tick_end=None)


def _check_depths(state: SceneState) -> None:
    """Free-form values nest one to three levels deeper in a snapshot than in the patch that brought them."""
    limits = Limits(max_depth=MAX_DEPTH)
    places: list[tuple[str, Any, int]] = [("frontend state", state.frontend_state, _STATE_LEVEL)]
    if state.scene is not None:
        places.append(("metadata", state.scene.metadata, _METADATA_LEVEL))
        places += [(f"field {f.id!r} attrs", f.attrs, _ATTRS_LEVEL) for f in state.scene.fields]
        places += [(f"operator {o.id!r} params", o.params, _PARAMS_LEVEL) for o in state.scene.operators]
    for what, value, level in places:
        try:
            check_depth(value, level, limits)
        except ProtocolError:
            raise SnapshotError(
                f"snapshot: {what} would nest deeper than {MAX_DEPTH} containers (§11) inside the snapshot"
            ) from None
