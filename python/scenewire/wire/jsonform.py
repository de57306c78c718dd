"""The JSON form of a decoded message: what the conformance manifest and the schemas use.

Any language can read JSON, so the manifest states each vector's decoded
value this way. Rules: maps -> objects, arrays -> arrays, nil -> null;
integers as JSON integers, floats always with '.', 'e' or 'E' (Python's
``repr``), NaN and infinities as ``{"$float": "nan" | "inf" | "-inf"}``;
bin as ``{"$bin": base64}``; an ndarray as
``{"$ndarray": {"dtype", "shape", "data": base64}}``, with ``"sha256"`` (hex
digest of the raw little-endian data) instead of ``"data"`` from
:data:`INLINE_LIMIT` bytes up, so the manifest stays small. A map whose only
key is one of these tags (or ``$map``) is wrapped as ``{"$map": {...}}``, so
that no map reads as a tagged value (§15.2).
"""

from __future__ import annotations

import base64
import hashlib
import math
from typing import Any

import numpy as np

from .ndarray import DTYPES, to_wire_array, wire_dtype_name

INLINE_LIMIT = 64 * 1024
#: single keys that tag a JSON object as a value other than a map
TAGS = frozenset(("$float", "$bin", "$ndarray", "$map"))


def _array_json(arr: np.ndarray) -> dict[str, Any]:
    _, wire = to_wire_array(arr)
    raw = wire.tobytes()
    body: dict[str, Any] = {"dtype": wire_dtype_name(wire.dtype), "shape": list(wire.shape)}
    if len(raw) < INLINE_LIMIT:
        body["data"] = base64.b64encode(raw).decode("ascii")
    else:
        body["sha256"] = hashlib.sha256(raw).hexdigest()
    return {"$ndarray": body}


def to_json_form(value: Any) -> Any:
    """A decoded tree (or a record's ``to_tree()``) as JSON-ready Python values."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if math.isnan(value):
            return {"$float": "nan"}
        if math.isinf(value):
            return {"$float": "inf" if value > 0 else "-inf"}
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"$bin": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, np.ndarray):
        return _array_json(value)
    if isinstance(value, dict):
        body = {k: to_json_form(v) for k, v in value.items()}
        return {"$map": body} if len(body) == 1 and next(iter(body)) in TAGS else body
    if isinstance(value, (list, tuple)):
        return [to_json_form(v) for v in value]
    raise TypeError(f"{type(value).__name__} has no JSON form")


def from_json_form(value: Any) -> Any:
    """The inverse, for inline arrays (a ``sha256`` array cannot be rebuilt)."""
    if isinstance(value, dict):
        if len(value) == 1:
            if "$map" in value:
                return {k: from_json_form(v) for k, v in value["$map"].items()}
            if "$float" in value:
                return float(value["$float"])
            if "$bin" in value:
                return base64.b64decode(value["$bin"])
            if "$ndarray" in value:
                spec = value["$ndarray"]
                if "data" not in spec:
                    raise ValueError("array given by digest only cannot be rebuilt")
                raw = base64.b64decode(spec["data"])
                return np.frombuffer(raw, DTYPES[spec["dtype"]]).reshape(spec["shape"])
        return {k: from_json_form(v) for k, v in value.items()}
    if isinstance(value, list):
        return [from_json_form(v) for v in value]
    return value
