"""Text from the other side, cut to what a window can show (§11.1).

A label of 10 MB made a 32 767-pixel-wide widget and a GL texture that
failed; a status of 60 MB a status bar that froze the window while it laid
out. Whatever a server names (labels, titles, options, messages) passes
through :func:`shown` before it reaches a widget.
"""

from __future__ import annotations

from ..protocol.limits import MAX_LABEL_CHARS, MAX_MESSAGE_CHARS


def shown(text: str | None, limit: int = MAX_LABEL_CHARS) -> str:
    """``text`` cut to ``limit`` characters, ending with how many were left out; ``""`` for None."""
    if not text:
        return ""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… ({count_text(len(text) - limit)} more characters)"


def count_text(n: int) -> str:
    """``1 000 000``: a large count a person reads at a glance."""
    return f"{n:,}".replace(",", " ")


def shown_message(text: str | None) -> str:
    """A ``status`` or ``error`` message cut to :data:`MAX_MESSAGE_CHARS`."""
    return shown(text, MAX_MESSAGE_CHARS)


__all__ = ["count_text", "shown", "shown_message"]
