"""The swappable encode/decode seam: a codec turns messages into frames and back.

MessagePack with the ndarray extension is the default and the only codec other
languages speak. :class:`PickleCodec` exists for trusted same-version Python
peers and must be asked for by name; it is never negotiated on the wire.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterable
from typing import Any, Protocol

from .errors import ErrorCode, ProtocolError
from .limits import DEFAULT_LIMITS, Limits
from .msgpack_io import pack_tree, unpack_tree
from .records import RECEIVING, Record


class Codec(Protocol):
    """Encode a message to one frame's bytes and decode one frame back."""

    name: str

    def encode(self, message: Record) -> bytes: ...

    def decode(self, data: bytes | bytearray | memoryview) -> Record: ...


class Registry:
    """The message kinds one protocol version knows, by their ``kind`` string."""

    def __init__(self, classes: Iterable[type[Record]] = ()) -> None:
        self.by_kind: dict[str, type[Record]] = {}
        for cls in classes:
            self.add(cls)

    def add(self, cls: type[Record]) -> type[Record]:
        kind = cls.wire_kind
        if not kind:
            raise ValueError(f"{cls.__name__} has no wire kind")
        if kind in self.by_kind:
            raise ValueError(f"kind {kind!r} is registered twice")
        self.by_kind[kind] = cls
        return cls

    def from_tree(self, tree: Any, limits: Limits = DEFAULT_LIMITS) -> Record:
        """Check the envelope and build the message it names."""
        if type(tree) is not dict:
            got = "nil" if tree is None else type(tree).__name__
            raise ProtocolError(ErrorCode.BAD_ENVELOPE, f"a message is a map, got {got}")
        kind = tree.get("kind")
        if kind is None:
            raise ProtocolError(ErrorCode.BAD_ENVELOPE, "the message map has no 'kind' key")
        if type(kind) is not str:
            raise ProtocolError(ErrorCode.BAD_ENVELOPE, f"'kind' is a {type(kind).__name__}, not a string")
        cls = self.by_kind.get(kind)
        if cls is None:
            raise ProtocolError(ErrorCode.UNKNOWN_KIND, f"unknown message kind {kind!r}")
        # Records check depth against the spec's limit; a decoder configured
        # with another limit starts counting that much deeper (or shallower).
        start = 1 + DEFAULT_LIMITS.max_depth - limits.max_depth
        outer = RECEIVING.active
        RECEIVING.active = True  # a sender's own rules (records.being_built) are not a decoder's
        try:
            return cls.from_tree(tree, start)
        except ProtocolError as exc:
            raise exc.at(kind) from None
        finally:
            RECEIVING.active = outer


class MsgpackCodec:
    """The spec's codec: canonical MessagePack, ndarray extension, limits enforced."""

    name = "msgpack"

    def __init__(self, registry: Registry, limits: Limits = DEFAULT_LIMITS) -> None:
        self.registry = registry
        self.limits = limits

    def encode(self, message: Record) -> bytes:
        if getattr(type(message), "wire_kind", None) not in self.registry.by_kind:
            raise TypeError(f"{type(message).__name__} is not a message of this protocol")
        return pack_tree(message.to_tree())

    def decode(self, data: bytes | bytearray | memoryview) -> Record:
        return self.registry.from_tree(unpack_tree(data, self.limits), self.limits)


class PickleCodec:
    """Pickle protocol 5, for trusted peers running the same scenewire and NumPy.

    Unpickling runs arbitrary code: never point this at a socket that anyone
    but yourself can reach. Faults still surface as :class:`ProtocolError`.
    """

    name = "pickle"

    def __init__(self, registry: Registry) -> None:
        self.registry = registry

    def encode(self, message: Record) -> bytes:
        return pickle.dumps(message, protocol=5)

    def decode(self, data: bytes | bytearray | memoryview) -> Record:
        try:
            message = pickle.loads(data)
        except Exception as exc:
            raise ProtocolError(ErrorCode.MALFORMED_MSGPACK, f"not a valid pickle: {exc}") from None
        if getattr(type(message), "wire_kind", None) not in self.registry.by_kind:
            raise ProtocolError(ErrorCode.UNKNOWN_KIND, f"{type(message).__name__} is not a message")
        return message
