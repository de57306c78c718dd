"""The hello message and version negotiation (§2.2, §2.3, §5).

Protocol 1.1 adds two optional keys (§5): a client's ``access`` (the role it
asks for) and a server's ``access`` and ``run`` (the role it got and the run
it joined). A 1.0 peer ignores them as unknown keys (§13).
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

from ..wire.errors import ErrorCode, ProtocolError
from ..wire.records import COUNT, STR, ListOf, Record, many, opt, req
from .close import CloseCode
from .limits import HELLO_TIMEOUT_S

__all__ = [
    "ACCESS",
    "CONTROL",
    "HELLO_TIMEOUT_S",
    "MAJOR",
    "MINOR",
    "OBSERVE",
    "PROTOCOL",
    "ROLES",
    "SUBPROTOCOL",
    "CloseCode",
    "Hello",
    "new_run_id",
    "speaks_1_1",
]

PROTOCOL = "scenewire"
MAJOR = 1
MINOR = 1
"""The highest minor this implementation's protocol layer speaks; a peer's hello may say less (§14)."""
SUBPROTOCOL = f"{PROTOCOL}.v{MAJOR}"
ROLES = ("client", "server")

CONTROL = "control"
OBSERVE = "observe"
ACCESS = (CONTROL, OBSERVE)
"""The values of a hello's and an ``access`` message's ``access`` (§5, §7.14)."""

RUN_ID = re.compile(r"[0-9a-f]{32}")
"""A run id: 32 lowercase hex digits (§5)."""


def new_run_id() -> str:
    """A fresh run id: 128 random bits as 32 lowercase hex digits."""
    return secrets.token_hex(16)


def check_access(value: str, where: str) -> None:
    if value not in ACCESS:
        raise ValueError(f"{where}: access {value!r} is not one of {ACCESS}")


@dataclass(eq=False, slots=True)
class Hello(Record, kind="hello"):
    """First message each way: who is speaking and which version.

    ``access`` and ``run`` are 1.1's: a client's ``access`` asks for a role
    (absent: ``control``); a server's, sent only to a client whose hello says
    minor 1 or more, says which role it got, and ``run`` names the run.
    """

    protocol: str = req(STR)
    major: int = req(COUNT)
    minor: int = req(COUNT)
    role: str = req(STR)
    implementation: str = req(STR)
    capabilities: list[str] = many(ListOf(STR))
    access: str | None = opt(STR)
    run: str | None = opt(STR)

    def check(self) -> None:
        if self.protocol != PROTOCOL:
            raise ValueError(f"hello: protocol is {self.protocol!r}, expected {PROTOCOL!r}")
        if self.role not in ROLES:
            raise ValueError(f"hello: role {self.role!r} is not one of {ROLES}")
        if self.access is not None:
            check_access(self.access, "hello")
        if self.run is not None and not RUN_ID.fullmatch(self.run):
            raise ValueError(f"hello: run {self.run[:40]!r} is not 32 lowercase hex digits")


def speaks_1_1(hello: Hello | None) -> bool:
    """Whether a peer's hello says minor 1 or more: it may be sent 1.1's kinds and keys (§13)."""
    return hello is not None and hello.major == MAJOR and hello.minor >= 1


def subprotocol_major(name: str) -> int | None:
    """The major version in a ``scenewire.vN`` subprotocol name, else ``None``."""
    prefix = f"{PROTOCOL}.v"
    if name.startswith(prefix) and name[len(prefix) :].isdigit():
        return int(name[len(prefix) :])
    return None


def check_peer_hello(hello: Hello, expected_role: str, minor: int = MINOR) -> None:
    """Refuse a hello from the wrong role or with a major this peer does not speak (``minor``: this side's)."""
    if hello.role != expected_role:
        raise ProtocolError(ErrorCode.UNEXPECTED_MESSAGE, f"hello from a {hello.role}, expected a {expected_role}")
    if hello.major != MAJOR:
        raise ProtocolError(
            ErrorCode.VERSION_MISMATCH,
            f"peer speaks scenewire {hello.major}.{hello.minor}, this side speaks {MAJOR}.{minor}; "
            f"upgrade the older side",
        )


def make_hello(
    role: str,
    implementation: str,
    capabilities: list[str] | None = None,
    *,
    minor: int = MINOR,
    access: str | None = None,
    run: str | None = None,
) -> Hello:
    """A hello saying ``minor`` (1.1's keys only with minor 1 or more: a 1.0 hello has none)."""
    if minor < 1 and (access is not None or run is not None):
        raise ValueError("access and run are 1.1 keys; a hello saying minor 0 carries neither")
    return Hello(
        protocol=PROTOCOL,
        major=MAJOR,
        minor=minor,
        role=role,
        implementation=implementation,
        capabilities=list(capabilities or []),
        access=access,
        run=run,
    )
