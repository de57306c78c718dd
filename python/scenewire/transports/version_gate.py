"""What a 1.0 client cannot be sent: a scene holding view variants protocol 1.1 added (§13).

A 1.0 decoder finds an unknown variant inside a ``scene_ready`` and drops the
whole message (``invalid_value``): the client would sit with no scene and no
reason. So the server refuses such a client instead, with an ``error`` and
close 4001 whose reason names the views: the person can upgrade the client.
Only ``scene_ready`` can bring a view (no patch adds one), so only that kind is
decoded: every other frame's kind is read from its map without touching its
values (an ndarray's bytes are skipped, not copied).

Optional keys 1.1 added (a surface's ``height_scale``, a 3-D view's
``camera``, the scene's ``time_unit``) are left out instead (§13's table):
:func:`downgrade_for_1_0` re-encodes a ``scene_ready`` or ``scene_patch``
without them, so a 1.0 client draws the scene as 1.0 defines it.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import msgpack

from ..scene.views import VIEW_KEYS_1_1, views_needing_1_1

__all__ = [
    "downgrade_for_1_0",
    "frame_kind",
    "message_for_1_0",
    "refusal_for_1_0",
    "scene_refusal_for_1_0",
    "scene_for_1_0",
]

KEYS_1_1 = frozenset(key for keys in VIEW_KEYS_1_1.values() for key in keys)
"""Every view key 1.1 added, whatever the view's kind: no 1.0 view has one."""


def frame_kind(frame: bytes) -> str | None:
    """The ``kind`` of an encoded message, or ``None`` when it has none (read without decoding the rest)."""
    unpacker = msgpack.Unpacker(raw=False, strict_map_key=False)
    unpacker.feed(frame)
    try:
        entries = unpacker.read_map_header()
        for _ in range(entries):
            key = unpacker.unpack()
            if key == "kind":
                kind = unpacker.unpack()
                return kind if isinstance(kind, str) else None
            unpacker.skip()
    except (msgpack.OutOfData, msgpack.UnpackValueError, ValueError):
        return None
    return None


def scene_refusal_for_1_0(scene: Any) -> str | None:
    """The close reason for a 1.0 client whose scene holds 1.1 views, or ``None`` when it may have it."""
    ids = views_needing_1_1(scene.views) if scene is not None else []
    if not ids:
        return None
    shown = ", ".join(repr(i) for i in ids[:5]) + (f" and {len(ids) - 5} more" if len(ids) > 5 else "")
    return (
        f"this session's scene has views only protocol 1.1 defines ({shown}); this client's hello says "
        "scenewire 1.0: upgrade the client to one that speaks 1.1"
    )


def refusal_for_1_0(codec: Any, frame: bytes) -> str | None:
    """For a frame bound for a 1.0 client: why it cannot be sent (a ``scene_ready`` with 1.1 views), else ``None``."""
    if frame_kind(frame) != "scene_ready":
        return None
    return scene_refusal_for_1_0(codec.decode(frame).scene)


def _without_1_1_bindings(bindings: dict[str, str]) -> dict[str, str]:
    return {prop: key for prop, key in bindings.items() if prop not in KEYS_1_1}


def scene_for_1_0(scene: Any) -> Any:
    """``scene`` without the optional keys 1.1 added (the same object when it has none)."""
    views = []
    changed = scene.time_unit is not None
    for view in scene.views:
        keys = VIEW_KEYS_1_1.get(view.wire_kind, ())
        drop = {k: None for k in keys if getattr(view, k) is not None}
        bindings = _without_1_1_bindings(view.bindings)
        if drop or len(bindings) != len(view.bindings):
            view = dataclasses.replace(view, bindings=bindings, **drop)
            changed = True
        views.append(view)
    return dataclasses.replace(scene, views=views, time_unit=None) if changed else scene


def _patch_for_1_0(patch: Any) -> Any:
    updates: dict[str, dict[str, Any]] = {}
    changed = False
    for view_id, entry in patch.view_updates.items():
        kept = {k: v for k, v in entry.items() if k not in KEYS_1_1}
        if isinstance(kept.get("bindings"), dict):
            kept["bindings"] = _without_1_1_bindings(kept["bindings"])
        changed = changed or kept != entry
        if kept or not entry:
            updates[view_id] = kept
    return dataclasses.replace(patch, view_updates=updates) if changed else patch


def message_for_1_0(message: Any) -> Any:
    """A decoded update without the optional keys 1.1 added (§13); the same object when it has none."""
    kind = message.wire_kind
    if kind == "scene_ready":
        scene = scene_for_1_0(message.scene)
        return message if scene is message.scene else dataclasses.replace(message, scene=scene)
    if kind == "scene_patch":
        return _patch_for_1_0(message)
    return message


def downgrade_for_1_0(codec: Any, frame: bytes) -> bytes:
    """A frame bound for a 1.0 client without the optional keys 1.1 added (§13); most frames come back as they are.

    Only a ``scene_ready`` (a scene's views and ``time_unit``) and a ``scene_patch`` (a view's properties) can
    carry them, so only those two kinds are decoded.
    """
    if frame_kind(frame) not in ("scene_ready", "scene_patch"):
        return frame
    message = codec.decode(frame)
    down = message_for_1_0(message)
    return frame if down is message else codec.encode(down)
