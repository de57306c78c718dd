"""Decoder limits (§11): what a peer refuses before it allocates."""

from __future__ import annotations

from dataclasses import dataclass

MAX_FRAME_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 32
MAX_NDIM = 32


@dataclass(frozen=True, slots=True)
class Limits:
    """Limits one decoder enforces; the defaults are the spec's."""

    max_frame_bytes: int = MAX_FRAME_BYTES
    max_depth: int = MAX_DEPTH


DEFAULT_LIMITS = Limits()
