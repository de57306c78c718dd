"""Canonical MessagePack writing and limit-checked reading of plain trees.

A *tree* is what records turn into: dicts with string keys already in
canonical order, lists, str, int, float, bool, None, bytes and NumPy arrays.
Large arrays are spliced into the output instead of being copied through the
packer's buffer, so a 4 MB array costs one copy on the way out and one on the
way in (the extension bytes, which the decoded array then views).
"""

from __future__ import annotations

import math
import os
import struct
import threading
from typing import Any

import msgpack
import numpy as np

from .errors import EncodeError, ErrorCode, ProtocolError
from .limits import DEFAULT_LIMITS, Limits
from .ndarray import EXT_NDARRAY, from_payload, payload, to_wire_array

#: arrays at least this large are spliced rather than packed
SPLICE_BYTES = 64 * 1024


def ext_header(length: int, code: int = EXT_NDARRAY) -> bytes:
    """Shortest MessagePack extension header for a payload of ``length`` bytes."""
    fixed = {1: 0xD4, 2: 0xD5, 4: 0xD6, 8: 0xD7, 16: 0xD8}.get(length)
    if fixed is not None:
        return bytes((fixed, code))
    if length < 0x100:
        return struct.pack(">BBb", 0xC7, length, code)
    if length < 0x10000:
        return struct.pack(">BHb", 0xC8, length, code)
    return struct.pack(">BIb", 0xC9, length, code)


class _Splicer:
    """Packer ``default`` hook: small arrays inline, large ones as placeholders."""

    __slots__ = ("pending",)

    def __init__(self) -> None:
        self.pending: list[tuple[bytes, bytes, np.ndarray]] = []

    def __call__(self, value: Any) -> Any:
        if isinstance(value, np.ndarray):
            if value.nbytes < SPLICE_BYTES:
                return msgpack.ExtType(EXT_NDARRAY, payload(value))
            head, arr = to_wire_array(value)
            token = os.urandom(16)  # unguessable, so no user bytes can collide
            self.pending.append((bytes((0xD8, EXT_NDARRAY)) + token, head, arr))
            return msgpack.ExtType(EXT_NDARRAY, token)
        if isinstance(value, np.generic):
            item = value.item()
            return math.nan if item != item else item
        if isinstance(value, int):
            raise EncodeError(f"integer {value} is outside the int64 and uint64 ranges MessagePack carries")
        raise EncodeError(f"{type(value).__name__} has no scenewire wire form")


_local = threading.local()


def _packer() -> tuple[msgpack.Packer, _Splicer]:
    """This thread's packer; building one per call would cost more than packing a command."""
    try:
        return _local.packer
    except AttributeError:
        splicer = _Splicer()
        _local.packer = (msgpack.Packer(use_bin_type=True, default=splicer, autoreset=True), splicer)
        return _local.packer


def pack_tree(tree: Any) -> bytes:
    """Canonical bytes of a tree whose dicts are already in key order."""
    packer, splicer = _packer()
    splicer.pending.clear()
    try:
        packed = packer.pack(tree)
    except (OverflowError, TypeError, ValueError) as exc:
        packer.reset()
        if isinstance(exc, EncodeError):
            raise
        raise EncodeError(f"value has no wire form: {exc}") from exc
    if not splicer.pending:
        return packed
    chunks: list[Any] = []
    start = 0
    for marker, head, arr in splicer.pending:
        at = packed.index(marker, start)
        chunks.append(packed[start:at])
        chunks.append(ext_header(len(head) + arr.nbytes))
        chunks.append(head)
        chunks.append(memoryview(arr).cast("B"))
        start = at + len(marker)
    chunks.append(packed[start:])
    splicer.pending.clear()
    return b"".join(chunks)


def _ext_hook(code: int, data: bytes) -> np.ndarray:
    if code != EXT_NDARRAY:
        raise ProtocolError(
            ErrorCode.UNKNOWN_EXTENSION,
            f"extension type {code} is not part of scenewire 1.0 (only {EXT_NDARRAY}, ndarray)",
        )
    return from_payload(data)


_TIMESTAMP = msgpack.Timestamp


def _no_timestamp() -> ProtocolError:
    # msgpack-python turns type -1 into a Timestamp without calling ext_hook,
    # so the containers holding one reject it instead.
    return ProtocolError(
        ErrorCode.UNKNOWN_EXTENSION, f"extension type -1 (timestamp) is not part of scenewire 1.0 (only {EXT_NDARRAY})"
    )


def _pairs(pairs: list[tuple[Any, Any]]) -> dict[str, Any]:
    for key, value in pairs:
        if type(key) is not str:
            if type(key) is _TIMESTAMP:
                raise _no_timestamp()
            raise ProtocolError(
                ErrorCode.WRONG_TYPE, f"map key {key!r} is a {type(key).__name__}; keys must be strings"
            )
        if type(value) is _TIMESTAMP:
            raise _no_timestamp()
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        dup = next(k for k, _ in pairs if k in seen or seen.add(k))
        raise ProtocolError(ErrorCode.DUPLICATE_KEY, f"map holds the key {dup!r} more than once")
    return out


#: a list is scanned for timestamps this many items at a time, and a large frame is
#: fed to the parser this many bytes at a time: each C step of a decode ends there, so
#: a decode on another thread gives the GIL back between steps (§11, "validation work")
SCAN_ITEMS = 65536
FEED_BYTES = 1 << 20


def _list(items: list[Any]) -> list[Any]:
    if len(items) <= SCAN_ITEMS:
        if _TIMESTAMP in map(type, items):
            raise _no_timestamp()
        return items
    for start in range(0, len(items), SCAN_ITEMS):
        if _TIMESTAMP in map(type, items[start : start + SCAN_ITEMS]):
            raise _no_timestamp()
    return items


_HOOKS: dict[str, Any] = {
    "raw": False,
    "strict_map_key": False,
    "ext_hook": _ext_hook,
    "object_pairs_hook": _pairs,
    "list_hook": _list,
}


def _parse(data: bytes | bytearray | memoryview) -> Any:
    """One MessagePack object; a large frame is fed in steps of :data:`FEED_BYTES`.

    Each step's C work is bounded by the bytes fed, so a thread decoding a
    64 MiB frame holds the GIL for milliseconds at a time, not seconds.
    """
    size = len(data)
    if size <= FEED_BYTES:
        return msgpack.unpackb(data, **_HOOKS)
    unpacker = msgpack.Unpacker(max_buffer_size=size, **_HOOKS)
    view = memoryview(data)
    for start in range(0, size, FEED_BYTES):
        unpacker.feed(view[start : start + FEED_BYTES])
        try:
            tree = unpacker.unpack()
        except msgpack.OutOfData:
            continue
        used = unpacker.tell()
        if used < size:
            raise ProtocolError(ErrorCode.MALFORMED_MSGPACK, f"{size - used} bytes follow the message")
        return tree
    raise ValueError("Unpack failed: incomplete input")


def unpack_tree(data: bytes | bytearray | memoryview, limits: Limits = DEFAULT_LIMITS) -> Any:
    """Parse exactly one MessagePack object, raising only :class:`ProtocolError`."""
    size = len(data)
    if size > limits.max_frame_bytes:
        raise ProtocolError(
            ErrorCode.LIMIT_EXCEEDED, f"frame of {size} bytes is over the {limits.max_frame_bytes}-byte limit"
        )
    if size == 0:
        raise ProtocolError(ErrorCode.MALFORMED_MSGPACK, "empty frame")
    try:
        tree = _parse(data)
    except ProtocolError:
        raise
    except msgpack.ExtraData as exc:
        raise ProtocolError(ErrorCode.MALFORMED_MSGPACK, f"{len(exc.extra)} bytes follow the message") from None
    except msgpack.StackError:
        raise ProtocolError(ErrorCode.LIMIT_EXCEEDED, "nesting is too deep") from None
    except UnicodeDecodeError as exc:
        raise ProtocolError(ErrorCode.MALFORMED_MSGPACK, f"string is not valid UTF-8: {exc.reason}") from None
    except TypeError as exc:  # an unhashable (array or map) key
        raise ProtocolError(ErrorCode.WRONG_TYPE, f"map key is not a string: {exc}") from None
    except Exception as exc:  # msgpack's own format errors, truncation included
        reason = str(exc) or f"{type(exc).__name__} (reserved or invalid byte)"
        raise ProtocolError(ErrorCode.MALFORMED_MSGPACK, f"not valid MessagePack: {reason}") from None
    if type(tree) is _TIMESTAMP:
        raise _no_timestamp()
    return tree


def check_depth(value: Any, level: int, limits: Limits = DEFAULT_LIMITS) -> None:
    """Raise ``limit_exceeded`` if ``value``, a container at ``level``, nests too deeply.

    Levels count containers from the envelope map, which is level 1.
    """
    stack = [(value, level)]
    limit = limits.max_depth
    while stack:
        node, level = stack.pop()
        if type(node) is dict:
            children = node.values()
        elif type(node) is list:
            children = node
        else:
            continue
        if level > limit:
            raise ProtocolError(ErrorCode.LIMIT_EXCEEDED, f"nesting depth over {limit}")
        for child in children:
            if type(child) is dict or type(child) is list:
                stack.append((child, level + 1))
