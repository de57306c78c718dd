"""View kind -> adapter class: the one table the window consults, so it has no per-kind code.

An adapter registers itself with :func:`register` when its module is imported.
The built-in adapters live in ``scenewire.frontend.views.<kind>`` and are
imported the first time a view of that kind is drawn, so a kind whose module
is not there yet (or whose import fails) shows as a placeholder, not a crash.
"""

from __future__ import annotations

import importlib
import logging
from typing import TypeVar

from .base import ViewAdapter

log = logging.getLogger("scenewire.frontend")

_ADAPTERS: dict[str, type[ViewAdapter]] = {}
_TRIED: set[str] = set()
A = TypeVar("A", bound=type[ViewAdapter])


def register(cls: A) -> A:
    """Class decorator: ``cls`` draws views of ``cls.kind`` (a later registration replaces it)."""
    kind = getattr(cls, "kind", None)
    if not isinstance(kind, str) or not kind:
        raise TypeError(f"{cls.__name__} has no view kind: set the class attribute kind = '<view kind>'")
    _ADAPTERS[kind] = cls
    return cls


def unregister(kind: str) -> None:
    """Forget the adapter of ``kind`` (tests use this to see the placeholder)."""
    _ADAPTERS.pop(kind, None)
    _TRIED.add(kind)


def adapter_for(kind: str) -> type[ViewAdapter] | None:
    """The adapter class for a view kind, importing its built-in module once; ``None`` if there is none."""
    if kind not in _ADAPTERS and kind not in _TRIED and kind.isidentifier():
        _TRIED.add(kind)
        module = f"{__package__}.{kind}"
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                log.warning("the %s view adapter could not be imported: %s", kind, exc)
        except Exception:
            log.exception("the %s view adapter failed to import", kind)
    return _ADAPTERS.get(kind)


def registered_kinds() -> list[str]:
    return sorted(_ADAPTERS)
