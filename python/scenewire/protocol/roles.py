"""Protocol 1.1's roles on a shared run (§2.5): the messages that ask for control and say who has it.

Neither is a session command nor a session update: the server handles
``control_request`` itself and never passes it to the session, and ``access``
is the server's own message to one client, outside every tick (§7.12 rule 2),
never applied to a scene state. Both travel only between peers whose hellos
say minor 1 or more (§13).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..wire.records import BOOL, POSITIVE, STR, Record, req
from .hello import CONTROL, check_access


@dataclass(eq=False, slots=True)
class ControlRequest(Record, kind="control_request"):
    """Client to server: ``want`` true asks for control, false gives it up (or withdraws a waiting request)."""

    want: bool = req(BOOL)


@dataclass(eq=False, slots=True)
class Access(Record, kind="access"):
    """Server to client: the role this client has, whether its request for control waits, how many are connected.

    ``clients`` counts every client connected to the run, this one included.
    A controller has nothing to wait for, so ``waiting`` is false with ``control``.
    """

    access: str = req(STR)
    waiting: bool = req(BOOL)
    clients: int = req(POSITIVE)

    def check(self) -> None:
        check_access(self.access, "access")
        if self.waiting and self.access == CONTROL:
            raise ValueError("access: a controller has no request waiting (waiting is true with access 'control')")


ROLE_MESSAGES = (ControlRequest, Access)
"""The 1.1 message kinds; a peer whose hello says minor 0 is never sent one (§13)."""
