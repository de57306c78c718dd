"""The scene state a frontend draws and a server keeps: updates applied in order (§7.10), snapshots (§7.13).

A layer of its own, above ``protocol`` (it applies the protocol's updates and
makes them for a late joiner's snapshot) and below ``session`` and the
transports: the window renders from a :class:`SceneState`, a shared run's
server keeps one to make each joiner's snapshot. It imports neither asyncio nor Qt.
"""

from .scene_state import ApplyNote, Changes, Growth, SceneState, TickGate
from .snapshot import Snapshot, SnapshotError

__all__ = ["ApplyNote", "Changes", "Growth", "SceneState", "Snapshot", "SnapshotError", "TickGate"]
