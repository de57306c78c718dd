"""One readable line per message, for ``scenewire probe`` and logs.

Arrays show as dtype, shape and the range of their values (so a person can
see a voltage move), never the values themselves: a 4 MB field is one short
line.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..wire.records import Record

MAX_TEXT = 60


def describe_array(array: np.ndarray) -> str:
    """``float32[43] -65..40.2``: dtype, shape, and min..max of a numeric array's finite values."""
    head = f"{array.dtype.name}{list(array.shape)}"
    if array.size == 0 or array.dtype.kind not in "iuf":
        return head
    finite = array[np.isfinite(array)] if array.dtype.kind == "f" else array
    if finite.size == 0:
        return f"{head} no finite values"
    low, high = finite.min(), finite.max()
    return f"{head} {low:.4g}" if low == high else f"{head} {low:.4g}..{high:.4g}"


def describe_value(value: Any) -> str:
    if isinstance(value, np.ndarray):
        return describe_array(value)
    if isinstance(value, Record):
        if value.wire_kind:
            return value.wire_kind
        inner = {spec.key: getattr(value, spec.key) for spec in value.wire_fields()}  # a part such as tick_end
        return describe_value({k: v for k, v in inner.items() if v is not None})
    if isinstance(value, dict):
        inner = ", ".join(f"{k}: {describe_value(v)}" for k, v in list(value.items())[:6])
        more = ", ..." if len(value) > 6 else ""
        return "{" + inner + more + "}"
    if isinstance(value, (list, tuple)):
        if len(value) > 4 or any(isinstance(v, Record) for v in value):
            return f"[{len(value)} items]"
        return "[" + ", ".join(describe_value(v) for v in value) + "]"
    text = repr(value)
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 3] + "..."


def describe_scene(scene: Any) -> str:
    parts = []
    for name in ("fields", "geometries", "views", "controls", "actions"):
        items = getattr(scene, name)
        if items:
            parts.append(f"{len(items)} {name}")
    unit = getattr(scene, "time_unit", None)  # 1.1 (§8.12)
    if isinstance(unit, str):
        parts.append(f"times in {describe_value(unit)}")
    title = scene.metadata.get("title")
    head = f"{title!r}: " if isinstance(title, str) else ""
    return head + (", ".join(parts) or "empty")


def describe(message: Record) -> str:
    """``kind key=value ...``, with arrays as dtype+shape and scenes as counts.

    Texts a person must read whole (an error's and a status's ``message``)
    are not cut here: the end of an error usually says what to do. (A printer
    bounds the whole line, ``MAX_SHOWN_TEXT_BYTES``, far beyond any error a
    server sends about a fault, and escapes its control characters.)
    """
    kind = message.wire_kind or type(message).__name__
    whole = ("message",) if kind in ("error", "status") else ()
    if kind == "scene_ready":
        return f"{kind:<14} {describe_scene(message.scene)}"  # type: ignore[attr-defined]
    parts = []
    for spec in message.wire_fields():
        value = getattr(message, spec.key)
        if value is None or (isinstance(value, (dict, list)) and not value):
            continue
        parts.append(f"{spec.key}={value!r}" if spec.key in whole else f"{spec.key}={describe_value(value)}")
    return f"{kind:<14} " + " ".join(parts)
