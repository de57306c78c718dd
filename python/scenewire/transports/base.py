"""The Transport protocol: how a frontend talks to a session, wherever it runs.

A frontend polls at its frame rate, so ``poll_updates()`` must never block;
anything that goes wrong on the far side (a dead worker, a lost connection)
comes back as an ``error`` update rather than an exception in the GUI thread.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from ..protocol import SessionCommand, SessionUpdate


@runtime_checkable
class Transport(Protocol):
    def start(self) -> None:
        """Start the session's side (spawn the worker, open the socket)."""
        ...

    def poll_updates(self) -> list[SessionUpdate]:
        """Every update received since the last call, oldest first; never blocks."""
        ...

    def send_command(self, command: SessionCommand) -> None:
        """Queue one command for the session."""
        ...

    def stop(self) -> None:
        """Stop the session (``stop_session``) and release the transport; idempotent."""
        ...
