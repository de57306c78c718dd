"""Commands: frontend to backend."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..wire.records import ANY, ANY_MAP, COUNT, STR, Record, many, opt, req


@dataclass(eq=False, slots=True)
class Reset(Record, kind="reset"):
    """Start the session over from its initial state."""


@dataclass(eq=False, slots=True)
class SetControl(Record, kind="set_control"):
    """A person changed a control."""

    control_id: str = req(STR)
    value: Any = req(ANY)


@dataclass(eq=False, slots=True)
class InvokeAction(Record, kind="invoke_action"):
    """A person triggered an action (button, shortcut)."""

    action_id: str = req(STR)
    payload: dict[str, Any] = many(ANY_MAP, dict)


@dataclass(eq=False, slots=True)
class KeyPressed(Record, kind="key_pressed"):
    """A key no action claimed, named as the spec's key names say (``a``, ``Space``)."""

    key: str = req(STR)


@dataclass(eq=False, slots=True)
class EntityClicked(Record, kind="entity_clicked"):
    """A person picked an entity: a segment's entity id or a graph node's id (§6.5).

    ``view_id`` says in which view (two morphologies may share entity ids);
    ``segment`` is the picked segment's index in that view's geometry.
    """

    entity_id: str = req(STR)
    view_id: str | None = opt(STR)
    segment: int | None = opt(COUNT)


@dataclass(eq=False, slots=True)
class StopSession(Record, kind="stop_session"):
    """End the session; the backend runs ``shutdown()`` and closes."""


COMMANDS = (Reset, SetControl, InvokeAction, KeyPressed, EntityClicked, StopSession)
SessionCommand = Reset | SetControl | InvokeAction | KeyPressed | EntityClicked | StopSession
