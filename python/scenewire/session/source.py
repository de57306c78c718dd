"""Session sources: how a transport is told which session to build.

A source is a :class:`Session` subclass or a zero-argument factory. The
session object is built where it runs (in a worker process, or on a
session thread), so an already-built instance is refused: it would have been
built in the wrong place, and could not cross a process boundary anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..scene import Scene
from .base import Session

SessionSource = type[Session] | Callable[[], Any]


def check_source(source: object) -> SessionSource:
    """Return ``source`` if it can build a session, else raise ``TypeError`` saying why."""
    if isinstance(source, Session):
        raise TypeError(
            f"got a {type(source).__name__} instance; pass the class {type(source).__name__} "
            f"(or a zero-argument factory) so the session is built where it runs"
        )
    if not callable(source):
        raise TypeError(f"a session source is a Session subclass or a zero-argument factory, got {source!r}")
    return source  # type: ignore[return-value]


def build_session(source: SessionSource) -> Session:
    """Call the source; the result must quack like a session."""
    session = source()
    missing = [name for name in ("initialize", "handle", "read_updates", "shutdown") if not hasattr(session, name)]
    if missing:
        raise TypeError(f"{describe_source(source)} built {session!r}, which has no {', '.join(missing)}")
    return session


def startup_scene_of(source: SessionSource) -> Scene | None:
    """The source's ``startup_scene()`` when it has one."""
    hook = getattr(source, "startup_scene", None)
    return hook() if callable(hook) else None


def describe_source(source: object) -> str:
    return getattr(source, "__qualname__", None) or repr(source)
