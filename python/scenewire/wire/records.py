"""Typed records: dataclasses that map field by field onto MessagePack maps.

Each record field declares a wire type (``STR``, ``ArrayType(...)``, ...). The
declaration drives encoding (canonical key order, optional fields omitted),
decoding (type checks that name the path, unknown keys ignored) and the
cross-check against the JSON schemas. Messages and scene elements are both
records; the wire layer knows nothing about what they mean.
"""

from __future__ import annotations

import contextlib
import dataclasses
import math
import threading
from collections.abc import Iterator
from typing import Any, ClassVar, TypeVar

import numpy as np

from .errors import EncodeError, ErrorCode, ProtocolError
from .limits import DEFAULT_LIMITS
from .msgpack_io import check_depth
from .ndarray import DTYPES, wire_dtype_name

WIRE = "scenewire.wire"
_MISSING = object()
T = TypeVar("T", bound="Record")


class _Receiving(threading.local):
    """Set on this thread while a message is being decoded (:meth:`scenewire.wire.codec.Registry.from_tree`)."""

    active = False


RECEIVING = _Receiving()


def being_built() -> bool:
    """Whether the record under construction is being built by a sender, not decoded from a frame.

    Some rules the spec leaves to the receiver, which reports a breach by not
    drawing that part or as ``does_not_fit`` (a ``line_plot``'s ``x_dim``
    against its field, §8.12; a ``field_append``'s coordinate count, §7.3):
    a decoder must accept them. A session author gets them at the line that
    builds the record instead, where the mistake is; a ``check()`` runs such
    rules only when this is true.
    """
    return not RECEIVING.active


@contextlib.contextmanager
def as_received() -> Iterator[None]:
    """Build records inside as a decoder does: for tools that make what a peer may send (vector generators)."""
    outer = RECEIVING.active
    RECEIVING.active = True
    try:
        yield
    finally:
        RECEIVING.active = outer


def _wrong(expected: str, value: Any) -> ProtocolError:
    got = "nil" if value is None else type(value).__name__
    return ProtocolError(ErrorCode.WRONG_TYPE, f"expected {expected}, got {got}")


def _invalid(message: str) -> ProtocolError:
    return ProtocolError(ErrorCode.INVALID_VALUE, message)


class WireType:
    """How one field's value travels: ``enc`` to a tree, ``dec`` back, checked."""

    __slots__ = ()
    schema_name = "any"

    def enc(self, value: Any) -> Any:
        return value

    def dec(self, value: Any, depth: int) -> Any:
        return value


class _Str(WireType):
    __slots__ = ()
    schema_name = "string"

    def enc(self, value: Any) -> Any:
        if type(value) is not str:
            if isinstance(value, str):
                return str(value)
            raise EncodeError(f"expected str, got {type(value).__name__}")
        return value

    def dec(self, value: Any, depth: int) -> Any:
        if type(value) is not str:
            raise _wrong("string", value)
        return value


class _Int(WireType):
    __slots__ = ("minimum",)
    schema_name = "integer"

    def __init__(self, minimum: int | None = None) -> None:
        self.minimum = minimum

    def enc(self, value: Any) -> Any:
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
            raise EncodeError(f"expected int, got {type(value).__name__}")
        return int(value)

    def dec(self, value: Any, depth: int) -> Any:
        if type(value) is not int:
            raise _wrong("integer", value)
        if self.minimum is not None and value < self.minimum:
            raise _invalid(f"{value} is below the minimum {self.minimum}")
        return value


class _Float(WireType):
    __slots__ = ()
    schema_name = "number"

    def enc(self, value: Any) -> Any:
        if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
            raise EncodeError(f"expected a number, got {type(value).__name__}")
        value = float(value)
        return value if value == value else math.nan  # one NaN on the wire (canonical rule)

    def dec(self, value: Any, depth: int) -> Any:
        kind = type(value)
        if kind is float:
            return value
        if kind is int:
            return float(value)
        raise _wrong("float", value)


class _Bool(WireType):
    __slots__ = ()
    schema_name = "boolean"

    def enc(self, value: Any) -> Any:
        if not isinstance(value, (bool, np.bool_)):
            raise EncodeError(f"expected bool, got {type(value).__name__}")
        return bool(value)

    def dec(self, value: Any, depth: int) -> Any:
        if type(value) is not bool:
            raise _wrong("boolean", value)
        return value


def canonical_value(value: Any) -> Any:
    """A free-form value in wire form: sorted maps, lists, plain scalars, arrays."""
    kind = type(value)
    if kind is float and value != value:
        return math.nan  # one NaN on the wire, whatever the sign and payload bits
    if kind in (str, int, float, bool, bytes) or value is None:
        return value
    if kind is dict or isinstance(value, dict):
        out = {}
        for key in sorted(value):
            if type(key) is not str:
                raise EncodeError(f"map key {key!r} is not a string")
            out[key] = canonical_value(value[key])
        return out
    if kind in (list, tuple):
        return [canonical_value(v) for v in value]
    if isinstance(value, np.ndarray):
        return value
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, (str, int, float, bytes)):
        return value
    raise EncodeError(f"{kind.__name__} has no wire form; use nil, bool, int, float, str, bytes, list, dict or ndarray")


class _Any(WireType):
    """A free-form value: anything MessagePack carries, checked only for depth."""

    __slots__ = ()

    def enc(self, value: Any) -> Any:
        return canonical_value(value)

    def dec(self, value: Any, depth: int) -> Any:
        if type(value) is dict or type(value) is list:
            check_depth(value, depth)
        return value


class _AnyMap(_Any):
    __slots__ = ()
    schema_name = "object"

    def enc(self, value: Any) -> Any:
        if not isinstance(value, dict):
            raise EncodeError(f"expected a dict, got {type(value).__name__}")
        return canonical_value(value)

    def dec(self, value: Any, depth: int) -> Any:
        if type(value) is not dict:
            raise _wrong("map", value)
        check_depth(value, depth)
        return value


STR = _Str()
INT = _Int()
COUNT = _Int(minimum=0)
POSITIVE = _Int(minimum=1)
FLOAT = _Float()
BOOL = _Bool()
ANY = _Any()
ANY_MAP = _AnyMap()


class ListOf(WireType):
    __slots__ = ("item",)
    schema_name = "array"

    def __init__(self, item: WireType) -> None:
        self.item = item

    def enc(self, value: Any) -> Any:
        if isinstance(value, (str, bytes, dict)) or not hasattr(value, "__iter__"):
            raise EncodeError(f"expected a list, got {type(value).__name__}")
        enc = self.item.enc
        return [enc(v) for v in value]

    def dec(self, value: Any, depth: int) -> Any:
        if type(value) is not list:
            raise _wrong("array", value)
        item = self.item
        if item is STR:
            for i, v in enumerate(value):
                if type(v) is not str:
                    raise _wrong("string", v).at(f"[{i}]")
            return value
        out = []
        for i, v in enumerate(value):
            try:
                out.append(item.dec(v, depth + 1))
            except ProtocolError as exc:
                raise exc.at(f"[{i}]") from None
        return out


class MapOf(WireType):
    """A map from string keys to values of one wire type."""

    __slots__ = ("item",)
    schema_name = "object"

    def __init__(self, item: WireType) -> None:
        self.item = item

    def enc(self, value: Any) -> Any:
        if not isinstance(value, dict):
            raise EncodeError(f"expected a dict, got {type(value).__name__}")
        enc = self.item.enc
        out = {}
        for key in sorted(value):
            if type(key) is not str:
                raise EncodeError(f"map key {key!r} is not a string")
            out[key] = enc(value[key])
        return out

    def dec(self, value: Any, depth: int) -> Any:
        if type(value) is not dict:
            raise _wrong("map", value)
        item = self.item
        out = {}
        for key, v in value.items():
            try:
                out[key] = item.dec(v, depth + 1)
            except ProtocolError as exc:
                raise exc.at(f"[{key!r}]") from None
        return out


class Range(WireType):
    """Two floats: a point ``[x, y]``, or with ``ordered`` limits ``[low, high]``.

    Limits (colour limits, axis ranges) are finite with ``low <= high``
    (§4.1); a point (a graph node's position) is any two floats.
    """

    __slots__ = ("ordered",)
    schema_name = "array"

    def __init__(self, ordered: bool = False) -> None:
        self.ordered = ordered

    def enc(self, value: Any) -> Any:
        low, high = value
        out = [FLOAT.enc(low), FLOAT.enc(high)]
        if self.ordered and not (math.isfinite(out[0]) and math.isfinite(out[1]) and out[0] <= out[1]):
            raise EncodeError(f"limits {list(value)} must be finite with low <= high")
        return out

    def dec(self, value: Any, depth: int) -> Any:
        if type(value) is not list:
            raise _wrong("array of two floats", value)
        if len(value) != 2:
            raise _invalid(f"expected two numbers [low, high], got {len(value)}")
        low, high = FLOAT.dec(value[0], depth), FLOAT.dec(value[1], depth)
        if self.ordered and not (math.isfinite(low) and math.isfinite(high) and low <= high):
            raise _invalid(f"limits [{low}, {high}] must be finite with low <= high")
        return (low, high)


RANGE = Range(ordered=True)
POINT = Range()

NUMERIC = tuple(n for n in DTYPES if n != "bool")
FLOATS = ("float32", "float64")


class ArrayType(WireType):
    """An ndarray with allowed dtypes, a number of dimensions and fixed trailing sizes."""

    __slots__ = ("dtypes", "ndim", "trailing")
    schema_name = "ndarray"

    def __init__(
        self,
        dtypes: tuple[str, ...] | None = None,
        ndim: int | None = None,
        trailing: tuple[int, ...] = (),
    ) -> None:
        self.dtypes = dtypes
        self.ndim = ndim
        self.trailing = trailing

    def enc(self, value: Any) -> Any:
        arr = value if isinstance(value, np.ndarray) else np.asarray(value)
        if arr.dtype.kind in "OUSV":
            raise EncodeError(f"array of dtype {arr.dtype} has no wire form")
        name = wire_dtype_name(arr.dtype)
        if self.dtypes is not None and name not in self.dtypes:
            arr = arr.astype(self.dtypes[-1])
        self._check_shape(arr.shape, EncodeError)
        return arr

    def _check_shape(self, shape: tuple[int, ...], error: type) -> None:
        if self.ndim is not None and len(shape) != self.ndim:
            if error is EncodeError:
                raise EncodeError(f"expected {self.ndim}-d array, got shape {shape}")
            raise _wrong(f"{self.ndim}-d array", np.empty(shape))
        if self.trailing and tuple(shape[-len(self.trailing) :]) != self.trailing:
            want = "(n, " + ", ".join(map(str, self.trailing)) + ")"
            if error is EncodeError:
                raise EncodeError(f"expected shape {want}, got {shape}")
            raise _invalid(f"expected shape {want}, got {list(shape)}")

    def dec(self, value: Any, depth: int) -> Any:
        if not isinstance(value, np.ndarray):
            raise _wrong("ndarray", value)
        if self.dtypes is not None:
            name = wire_dtype_name(value.dtype)
            if name not in self.dtypes:
                raise ProtocolError(
                    ErrorCode.WRONG_TYPE, f"dtype {name} not allowed here; expected {' or '.join(self.dtypes)}"
                )
        if self.ndim is not None and value.ndim != self.ndim:
            raise ProtocolError(
                ErrorCode.WRONG_TYPE, f"expected a {self.ndim}-d array, got {value.ndim}-d shape {list(value.shape)}"
            )
        self._check_shape(value.shape, ProtocolError)
        return value


class RecordType(WireType):
    """A nested record."""

    __slots__ = ("cls",)
    schema_name = "record"

    def __init__(self, cls: type[Record]) -> None:
        self.cls = cls

    def enc(self, value: Any) -> Any:
        if not isinstance(value, self.cls):
            raise EncodeError(f"expected {self.cls.__name__}, got {type(value).__name__}")
        return value.to_tree()

    def dec(self, value: Any, depth: int) -> Any:
        return self.cls.from_tree(value, depth)


class Variant(WireType):
    """One of several records, told apart by their ``kind`` key."""

    __slots__ = ("by_kind",)
    schema_name = "variant"

    def __init__(self, *classes: type[Record]) -> None:
        self.by_kind = {c.wire_kind: c for c in classes}

    def enc(self, value: Any) -> Any:
        if type(value) not in self.by_kind.values():
            allowed = ", ".join(c.__name__ for c in self.by_kind.values())
            raise EncodeError(f"expected one of {allowed}, got {type(value).__name__}")
        return value.to_tree()

    def dec(self, value: Any, depth: int) -> Any:
        if type(value) is not dict:
            raise _wrong("map", value)
        kind = value.get("kind", _MISSING)
        if kind is _MISSING:
            raise ProtocolError(ErrorCode.MISSING_FIELD, "required field 'kind' is absent")
        if type(kind) is not str:
            raise _wrong("string", kind).at("kind")
        cls = self.by_kind.get(kind)
        if cls is None:
            raise _invalid(f"unknown kind {kind!r}; expected one of {', '.join(self.by_kind)}").at("kind")
        return cls.from_tree(value, depth)


def req(wire: WireType, **kwargs: Any) -> Any:
    """A required field."""
    return dataclasses.field(metadata={WIRE: (wire, False)}, **kwargs)


def opt(wire: WireType) -> Any:
    """An optional field: ``None`` in Python, absent on the wire."""
    return dataclasses.field(default=None, metadata={WIRE: (wire, True)})


def many(wire: WireType, factory: Any = list) -> Any:
    """A required collection that defaults to empty in Python."""
    return dataclasses.field(default_factory=factory, metadata={WIRE: (wire, False)})


@dataclasses.dataclass(frozen=True, slots=True)
class FieldSpec:
    key: str
    wire: WireType
    optional: bool


def values_equal(a: Any, b: Any) -> bool:
    """Structural equality that treats arrays by dtype, shape and content, NaN == NaN."""
    if a is b and isinstance(a, Record):  # one record (a 100 000-segment geometry kept by identity): no walk
        return True
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        if not (isinstance(a, np.ndarray) and isinstance(b, np.ndarray)):
            return False
        return a.dtype == b.dtype and a.shape == b.shape and np.array_equal(a, b, equal_nan=a.dtype.kind == "f")
    if isinstance(a, Record) or isinstance(b, Record):
        return type(a) is type(b) and all(values_equal(getattr(a, f.key), getattr(b, f.key)) for f in a.wire_fields())
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(values_equal(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(values_equal(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        if isinstance(a, bool) or isinstance(b, bool):
            return a is b
        return a == b or (a != a and b != b)  # NaN equals NaN here
    return type(a) is type(b) and a == b


class Record:
    """Base of every message and scene element.

    Subclasses are slotted dataclasses whose fields are declared with
    :func:`req`, :func:`opt` or :func:`many`; ``wire_kind`` names the kind of
    messages and variant elements. Subclasses may define ``check()`` for
    cross-field rules; it raises ``ValueError`` with a message naming the id.
    """

    __slots__ = ()
    wire_kind: ClassVar[str | None] = None
    _wire_fields: ClassVar[tuple[FieldSpec, ...]] = ()
    _wire_encode: ClassVar[Any]  # generated by _compile on first use
    _wire_decode: ClassVar[Any]
    _wire_names: ClassVar[frozenset[str]] = frozenset()

    def __init_subclass__(cls, kind: str | None = None, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if kind is not None:
            cls.wire_kind = kind

    @classmethod
    def wire_fields(cls) -> tuple[FieldSpec, ...]:
        """The declared fields, in declaration order (compiled on first use)."""
        if "_wire_fields" not in cls.__dict__:
            specs = tuple(FieldSpec(f.name, *f.metadata[WIRE]) for f in dataclasses.fields(cls))  # type: ignore[arg-type]
            cls._wire_names = frozenset(s.key for s in specs) | {"kind"}
            cls._wire_encode, cls._wire_decode = _compile(cls, specs)
            cls._wire_fields = specs
        return cls._wire_fields

    def __post_init__(self) -> None:
        self.check()

    def check(self) -> None:
        """Cross-field rules; override to add them."""

    def __eq__(self, other: object) -> bool:
        return values_equal(self, other)

    __hash__ = None  # type: ignore[assignment]

    def to_tree(self) -> dict[str, Any]:
        """The record as a plain map in canonical key order."""
        try:
            return self._wire_encode()
        except AttributeError:
            type(self).wire_fields()
            return self._wire_encode()

    @classmethod
    def from_tree(cls: type[T], tree: Any, depth: int = 1) -> T:
        """Check and build a record from a decoded map found at ``depth``."""
        if "_wire_fields" not in cls.__dict__:
            cls.wire_fields()
        return cls._wire_decode(tree, depth)


def _compile(cls: type[Record], specs: tuple[FieldSpec, ...]) -> tuple[Any, Any]:
    """Generate this class's encoder and decoder, unrolled over its fields.

    Generated rather than looped because a small command's round trip is a
    few microseconds and the loop's bookkeeping was a third of it.
    """
    env: dict[str, Any] = {
        "cls": cls,
        "MISSING": _MISSING,
        "EncodeError": EncodeError,
        "ProtocolError": ProtocolError,
        "MISSING_FIELD": ErrorCode.MISSING_FIELD,
        "wrong": _wrong,
        "invalid": _invalid,
        "check_depth": check_depth,
        "LIMITS": DEFAULT_LIMITS,
    }
    keys = [(s.key, s) for s in specs]
    if cls.wire_kind:
        keys.append(("kind", None))
    enc = ["def encode(self):", "    out = {}"]
    for key, spec in sorted(keys, key=lambda k: k[0].encode()):
        if spec is None:
            enc.append(f"    out['kind'] = {cls.wire_kind!r}")
            continue
        env[f"enc_{key}"] = spec.wire.enc
        enc.append(f"    value = self.{key}")
        if spec.optional:
            enc.append("    if value is not None:")
            pad = "        "
        else:
            if spec.wire is not ANY:
                enc.append(f"    if value is None: raise EncodeError('{cls.__name__}.{key} is required')")
            pad = "    "
        enc.append(f"{pad}try: out[{key!r}] = enc_{key}(value)")
        enc.append(f"{pad}except EncodeError as exc: raise EncodeError(f'{cls.__name__}.{key}: {{exc}}') from None")
    enc.append("    return out")

    dec = [
        "def decode(tree, depth):",
        f"    if type(tree) is not dict: raise wrong('map ({cls.__name__})', tree)",
        "    get = tree.get",
        "    inner = depth + 1",
        f"    known = {1 if cls.wire_kind else 0}",
    ]
    for spec in specs:
        key = spec.key
        env[f"dec_{key}"] = spec.wire.dec
        dec.append(f"    value = get({key!r}, MISSING)")
        if spec.optional:
            dec += [
                "    if value is MISSING or value is None:",
                f"        f_{key} = None",
                "        known += value is None",
                "    else:",
                "        known += 1",
            ]
        else:
            dec += [
                "    if value is MISSING:",
                f'        raise ProtocolError(MISSING_FIELD, "required field {key!r} is absent")',
                "    if True:",
                "        known += 1",
            ]
        if spec.wire is STR:
            dec.append(f"        if type(value) is not str: raise wrong('string', value).at({key!r})")
            dec.append(f"        f_{key} = value")
        else:
            dec.append(f"        try: f_{key} = dec_{key}(value, inner)")
            dec.append(f"        except ProtocolError as exc: raise exc.at({key!r}) from None")
    dec += [
        "    if len(tree) > known:",
        "        for key, value in tree.items():",
        "            if key not in cls._wire_names: check_depth(value, inner, LIMITS)",
        "    try:",
        "        return cls(" + ", ".join(f"{s.key}=f_{s.key}" for s in specs) + ")",
        "    except ValueError as exc:",
        "        raise invalid(str(exc)) from None",
    ]
    exec("\n".join(enc) + "\n\n" + "\n".join(dec), env)
    return env["encode"], staticmethod(env["decode"])
