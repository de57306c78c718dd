"""Text from the other side, made safe to print and to log: control characters escaped, length bounded.

A peer's text (a hello's ``implementation``, an ``error``'s or a ``status``'s
``message``, a close reason, an id, an exception that quotes a command's
value) reaches terminals and log files. Printed raw, ESC starts a terminal
escape sequence (CSI moves the cursor or recolours, OSC sets the window title
or a hyperlink) and a newline forges a log line; printed whole, one 8 MiB
value becomes an 8 MiB line. :func:`shown` is the one helper every printer
and logger here goes through (probe, record, replay, the server's log, the
window's status bar); the C# client has its twin (``Printable.Shown``).
"""

from __future__ import annotations

import traceback

from .close import cut_text

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(code: int) -> str:
    char = chr(code)
    if char in _NAMED:
        return _NAMED[char]
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


_UNSAFE = [
    *range(0x00, 0x20),  # C0 controls: ESC, BEL, BS, CR, LF, ...
    0x7F,  # DEL
    *range(0x80, 0xA0),  # C1 controls: 0x9b is a one-byte CSI, 0x9d an OSC
    0x061C,  # Arabic letter mark (bidi)
    0x200E,
    0x200F,  # left-to-right and right-to-left marks
    *range(0x202A, 0x202F),  # bidi embeddings and overrides ("Trojan Source")
    *range(0x2066, 0x206A),  # bidi isolates
    0x2028,
    0x2029,  # line and paragraph separators: a new line to many log viewers
    *range(0xD800, 0xE000),  # lone surrogates: a terminal's encoder raises on them
]
ESCAPES = {code: _escape(code) for code in _UNSAFE}
"""``str.translate`` table: each unsafe code point to a visible escape (``\\x1b``, ``\\n``, ``\\u202e``)."""


def shown(text: str, max_bytes: int | None = None) -> str:
    """``text`` with every control character escaped, cut to ``max_bytes`` of UTF-8 (``None``: whole).

    The result holds no character that moves a terminal's cursor or starts a
    new line, so it can go into a printed or logged line as it is. A cut says
    how long the original was; only its first ``max_bytes`` characters are
    escaped.
    """
    if max_bytes is None:
        return text.translate(ESCAPES)
    escaped = text[:max_bytes].translate(ESCAPES)  # at most max_bytes characters: each is at least one byte
    size = len(escaped.encode("utf-8", "surrogatepass"))
    if size <= max_bytes and len(text) <= max_bytes:
        return escaped
    note = f"... ({len(text.encode('utf-8', 'surrogatepass'))} bytes, cut)"
    room = max(0, max_bytes - len(note.encode()))
    kept: list[str] = []
    for char in text[:room]:  # whole characters and whole escapes only: never half of "\x1b"
        piece = char.translate(ESCAPES)
        room -= len(piece.encode("utf-8"))
        if room < 0:
            break
        kept.append(piece)
    return "".join(kept) + note


def bounded_traceback(exc: BaseException, max_bytes: int, line_bytes: int = 1024) -> str:
    """A traceback of ``exc`` for a log: each line at most ``line_bytes``, the whole at most ``max_bytes``.

    The frames come from the code; each exception's own text (which may quote
    a client's value: ``float()`` of an 8 MiB string quotes all of it, four
    times longer) is one line, escaped, so that it cannot forge a log line,
    and cut.
    """
    chain = []
    link: traceback.TracebackException | None = traceback.TracebackException.from_exception(exc)
    while link is not None and len(chain) < 8:
        chain.append(link)
        link = link.__cause__ or (None if link.__suppress_context__ else link.__context__)
    lines: list[str] = []
    for depth, link in enumerate(reversed(chain)):
        if depth:
            lines.append("which led to:")
        if link.stack:
            lines.append("Traceback (most recent call last):")
            lines.extend(part for chunk in link.stack.format() for part in chunk.rstrip("\n").split("\n"))
        lines.append("".join(link.format_exception_only()).rstrip("\n"))
    out: list[str] = []
    total = 0
    for line in lines:
        text = shown(line, line_bytes)
        total += len(text.encode("utf-8")) + 1
        if total > max_bytes:
            out.append("... (traceback cut)")
            break
        out.append(text)
    return "\n".join(out)


def exception_text(exc: BaseException, max_bytes: int) -> str:
    """``Type: message`` of ``exc``, its message cut to ``max_bytes`` (work bounded by the cut, too)."""
    try:
        message = str(exc)
    except Exception:  # a broken __str__ is the session's bug, not a reason to lose the error
        message = "<its text could not be read>"
    name = type(exc).__name__
    return cut_text(f"{name}: {message}" if message else name, max_bytes)


__all__ = ["ESCAPES", "bounded_traceback", "exception_text", "shown"]
