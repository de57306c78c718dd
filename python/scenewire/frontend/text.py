"""Text from the other side, cut to what a window can show (§11.1).

A label of 10 MB made a 32 767-pixel-wide widget and a GL texture that
failed; a status of 60 MB a status bar that froze the window while it laid
out. Whatever a server names (labels, titles, options, messages) passes
through :func:`shown` before it reaches a widget, escaped as §7.9 asks
(control characters made visible, so a newline or an escape sequence cannot
restyle or forge a line) and cut by characters.
"""

from __future__ import annotations

from ..protocol.limits import MAX_LABEL_CHARS, MAX_MESSAGE_CHARS
from ..protocol.text import shown as escaped


def shown(text: str | None, limit: int = MAX_LABEL_CHARS) -> str:
    """``text`` escaped and cut to ``limit`` characters, ending with how many were left out; ``""`` for None."""
    if not text:
        return ""
    head = escaped(text[:limit])
    if len(text) <= limit:
        return head
    return f"{head}… ({count_text(len(text) - limit)} more characters)"


def count_text(n: int) -> str:
    """``1 000 000``: a large count a person reads at a glance."""
    return f"{n:,}".replace(",", " ")


def shown_message(text: str | None) -> str:
    """A ``status`` or ``error`` message cut to :data:`MAX_MESSAGE_CHARS`."""
    return shown(text, MAX_MESSAGE_CHARS)


__all__ = ["count_text", "shown", "shown_message"]
