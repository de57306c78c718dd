"""Session sources: how a transport is told which session to build.

A source is a :class:`Session` subclass or a zero-argument factory that
returns a session. The session object is built where it runs (in a worker
process, or on a session thread), so an already-built instance is refused:
it would have been built in the wrong place, and could not cross a process
boundary anyway.

A factory is a plain function, and so is a mistake (a function that builds
the scene, or the arrays, instead of the session). What can be told without
calling it is refused before anything is served (:func:`check_source`): a
function that needs arguments, a generator or coroutine function, and one
whose return annotation is not a session. The rest is known only when it is
called, where the session runs: :func:`build_session` refuses a result that
is not a session with one bounded line that names its type and the fix,
never its ``repr`` (a dict of arrays once made a 30 KB error).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any, get_type_hints

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
        raise TypeError(
            f"a session source is a Session subclass or a zero-argument factory, got a {type(source).__name__}"
        )
    if not isinstance(source, type):
        _check_factory(source)
    return source  # type: ignore[return-value]


FIX = (
    "a session source is a Session subclass (class MySession(scenewire.BufferedSession) whose initialize() "
    "returns the Scene) or a zero-argument factory that returns such a session"
)
SESSION_METHODS = ("initialize", "handle", "read_updates", "shutdown")


def _check_factory(source: Callable[..., Any]) -> None:
    """Refuse the functions that cannot be a factory, by their signature and return annotation alone."""
    name = describe_source(source)
    if inspect.isgeneratorfunction(source) or inspect.iscoroutinefunction(source):
        raise TypeError(f"{name} is a generator or coroutine function, not a session: {FIX}")
    try:
        signature = inspect.signature(source)
    except (TypeError, ValueError):  # a builtin or C callable: nothing to read
        return
    needed = [
        p.name
        for p in signature.parameters.values()
        if p.default is p.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)
    ]
    if needed:
        args = ", ".join(needed)
        raise TypeError(f"{name} needs arguments ({args}), but a session source is called with none: {FIX}")
    if not (inspect.isfunction(source) or inspect.ismethod(source)):
        return  # a partial or a callable object: its annotations may be a class's __init__'s (-> None)
    returned = _return_annotation(source, signature)
    if isinstance(returned, type) and not _is_session_type(returned):
        shown = "None" if returned is type(None) else returned.__name__
        raise TypeError(f"{name} returns {shown}, not a session: {FIX}")


def _return_annotation(source: Callable[..., Any], signature: inspect.Signature) -> Any:
    """The return annotation as a type where it resolves; a bare name (``-> "Scene"``) as the class it names."""
    try:
        hints = get_type_hints(source)
    except Exception:  # names the module cannot resolve: read the text
        hints = {}
    returned = hints.get("return", signature.return_annotation)
    if returned is inspect.Signature.empty:
        return None  # no annotation: known only when called
    if isinstance(returned, str):
        from ..scene import Scene

        known = {"Scene": Scene, "dict": dict, "list": list, "tuple": tuple, "None": type(None)}
        returned = known.get(returned.rpartition(".")[2], returned)
    return type(None) if returned is None else returned


def _is_session_type(cls: type) -> bool:
    return issubclass(cls, Session) or all(hasattr(cls, m) for m in SESSION_METHODS)


def build_session(source: SessionSource) -> Session:
    """Call the source; the result must quack like a session, or a ``TypeError`` of one bounded line says why."""
    session = source()
    missing = [name for name in SESSION_METHODS if not hasattr(session, name)]
    if missing:
        kind = type(session)
        named = kind.__qualname__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"
        what = "None" if session is None else f"a {named}"
        raise TypeError(
            f"{describe_source(source)}() returned {what}, which is not a session (it has no "
            f"{', '.join(missing)}): {FIX}"
        )
    return session


def startup_scene_of(source: SessionSource) -> Scene | None:
    """The source's ``startup_scene()`` when it has one."""
    hook = getattr(source, "startup_scene", None)
    return hook() if callable(hook) else None


def describe_source(source: object) -> str:
    """The source's name for a message: its qualified name, else its type's (never a repr, which may be huge)."""
    name = getattr(source, "__qualname__", None) or getattr(getattr(source, "func", None), "__qualname__", None)
    return name if isinstance(name, str) else f"a {type(source).__name__}"
