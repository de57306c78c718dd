"""WebSocket close codes (§12.4): their names, which fault gives which, and reasons that fit.

The table in §12.4 is checked against :class:`CloseCode` by
``tests/test_connection.py``; change both together.
"""

from __future__ import annotations

from enum import IntEnum

from ..wire.errors import ErrorCode, ProtocolError
from .limits import MAX_CLOSE_REASON_BYTES


class CloseCode(IntEnum):
    """The close codes scenewire uses (§12.4): RFC 6455's where one fits, 4000-4999 for the rest."""

    NORMAL = 1000
    GOING_AWAY = 1001
    PROTOCOL_ERROR = 1002
    UNSUPPORTED_DATA = 1003
    POLICY_VIOLATION = 1008
    MESSAGE_TOO_BIG = 1009
    INTERNAL_ERROR = 1011
    BUSY = 4000
    VERSION_MISMATCH = 4001
    HELLO_TIMEOUT = 4002
    AUTH = 4003


OK_CLOSE_CODES = frozenset({CloseCode.NORMAL, CloseCode.GOING_AWAY})
"""Closes that end a connection without anything having gone wrong."""


class FrameTooBig(ProtocolError):
    """A frame over the receiver's frame limit (§11): it closes the connection in any phase (§2.7)."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(ErrorCode.LIMIT_EXCEEDED, f"frame of {size} bytes is over the {limit}-byte limit")


def close_code_for(error: ProtocolError) -> CloseCode:
    """The close for a fault that ends a connection.

    A bad first frame ends it (§2.3); after the hello only an oversized frame
    does (§2.7), other faults are reported and the connection stays (§2.4).
    """
    if isinstance(error, FrameTooBig):
        return CloseCode.MESSAGE_TOO_BIG
    if error.code is ErrorCode.VERSION_MISMATCH:
        return CloseCode.VERSION_MISMATCH
    return CloseCode.PROTOCOL_ERROR


def close_reason(text: str) -> str:
    """``text`` cut to fit a close frame (123 bytes of UTF-8), marked with ``...`` when cut."""
    data = text.encode()
    if len(data) <= MAX_CLOSE_REASON_BYTES:
        return text
    return data[: MAX_CLOSE_REASON_BYTES - 3].decode(errors="ignore") + "..."


def cut_text(text: str, max_bytes: int) -> str:
    """``text`` cut to ``max_bytes`` of UTF-8, saying how much was left out."""
    data = text.encode()
    if len(data) <= max_bytes:
        return text
    note = f"... ({len(data)} bytes, cut)"
    return data[: max(0, max_bytes - len(note.encode()))].decode(errors="ignore") + note
