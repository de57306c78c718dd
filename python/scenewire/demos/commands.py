"""How the demos read the commands they share."""

from __future__ import annotations

from ..protocol import InvokeAction, KeyPressed, Reset, SessionCommand


def is_reset(command: SessionCommand) -> bool:
    """A reset in any of its forms: the command, the ``reset`` action, or the ``r`` key."""
    return (
        isinstance(command, Reset)
        or (isinstance(command, InvokeAction) and command.action_id == "reset")
        or (isinstance(command, KeyPressed) and command.key == "r")
    )
