"""What a 1.0 client cannot be sent: a scene holding view variants protocol 1.1 added (§13).

A 1.0 decoder finds an unknown variant inside a ``scene_ready`` and drops the
whole message (``invalid_value``): the client would sit with no scene and no
reason. So the server refuses such a client instead, with an ``error`` and
close 4001 whose reason names the views: the person can upgrade the client.
Only ``scene_ready`` can bring a view (no patch adds one), so only that kind is
decoded: every other frame's kind is read from its map without touching its
values (an ndarray's bytes are skipped, not copied).
"""

from __future__ import annotations

from typing import Any

import msgpack

from ..scene.views import views_needing_1_1

__all__ = ["frame_kind", "refusal_for_1_0", "scene_refusal_for_1_0"]


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
