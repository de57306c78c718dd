"""The one exception a decoder lets escape, and the codes the spec gives it.

Every decode failure, whatever the cause inside MessagePack, NumPy or our own
checks, surfaces as :class:`ProtocolError` with a spec code, so callers need a
single ``except`` and a frontend can show the person something actionable.

Every exception scenewire raises on purpose derives from :class:`ScenewireError`::

    ScenewireError
    ├── ProtocolError            a message breaks the spec (§12.1)
    │   ├── FrameTooBig          over the frame limit (protocol.close)
    │   └── HelloRefused         this client refused the server's hello (transports.ws_client)
    ├── EncodeError (ValueError) a local value has no wire form
    ├── ConnectionStateError     a connection used out of order (protocol.connection)
    └── ServerClosed             the server closed the connection (transports.ws_client)
"""

from __future__ import annotations

from enum import Enum


class ErrorCode(str, Enum):
    """Protocol error codes (§12.1)."""

    MALFORMED_MSGPACK = "malformed_msgpack"
    LIMIT_EXCEEDED = "limit_exceeded"
    DUPLICATE_KEY = "duplicate_key"
    UNKNOWN_EXTENSION = "unknown_extension"
    BAD_NDARRAY = "bad_ndarray"
    BAD_ENVELOPE = "bad_envelope"
    UNKNOWN_KIND = "unknown_kind"
    MISSING_FIELD = "missing_field"
    WRONG_TYPE = "wrong_type"
    INVALID_VALUE = "invalid_value"
    VERSION_MISMATCH = "version_mismatch"
    UNEXPECTED_MESSAGE = "unexpected_message"
    SESSION_ERROR = "session_error"
    NOT_CONTROLLER = "not_controller"  # 1.1: an observer sent a command (§2.5)


class ScenewireError(Exception):
    """The root of every exception scenewire raises on purpose."""


class ProtocolError(ScenewireError):
    """A message that breaks the spec; ``code`` is the spec's error code."""

    def __init__(self, code: ErrorCode, message: str, path: str = "") -> None:
        self.code = ErrorCode(code)
        self.path = path
        self.detail = message
        where = f" at {path}" if path else ""
        super().__init__(f"{self.code.value}{where}: {message}")

    def at(self, prefix: str) -> ProtocolError:
        """Return the same error with ``prefix`` prepended to its path."""
        path = f"{prefix}.{self.path}" if self.path and not self.path.startswith("[") else f"{prefix}{self.path}"
        return ProtocolError(self.code, self.detail, path)


class EncodeError(ScenewireError, ValueError):
    """A local value that has no wire form (wrong type, unsupported dtype).

    Raised by encoders on the sending side; it never crosses the wire.
    """
