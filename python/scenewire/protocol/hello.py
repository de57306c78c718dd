"""The hello exchange and version negotiation (spec section "Handshake")."""

from __future__ import annotations

from dataclasses import dataclass

from ..wire.errors import ErrorCode, ProtocolError
from ..wire.records import COUNT, STR, ListOf, Record, many, req

PROTOCOL = "scenewire"
MAJOR = 1
MINOR = 0
SUBPROTOCOL = f"{PROTOCOL}.v{MAJOR}"
ROLES = ("client", "server")
HELLO_TIMEOUT_S = 10.0


class CloseCode:
    """WebSocket close codes (spec section "Close codes")."""

    NORMAL = 1000
    GOING_AWAY = 1001
    PROTOCOL_ERROR = 1002
    UNSUPPORTED_DATA = 1003
    MESSAGE_TOO_BIG = 1009
    INTERNAL_ERROR = 1011
    BUSY = 4000
    VERSION_MISMATCH = 4001
    HELLO_TIMEOUT = 4002
    AUTH = 4003


@dataclass(eq=False, slots=True)
class Hello(Record, kind="hello"):
    """First message each way: who is speaking and which version."""

    protocol: str = req(STR)
    major: int = req(COUNT)
    minor: int = req(COUNT)
    role: str = req(STR)
    implementation: str = req(STR)
    capabilities: list[str] = many(ListOf(STR))

    def check(self) -> None:
        if self.protocol != PROTOCOL:
            raise ValueError(f"hello: protocol is {self.protocol!r}, expected {PROTOCOL!r}")
        if self.role not in ROLES:
            raise ValueError(f"hello: role {self.role!r} is not one of {ROLES}")


def subprotocol_major(name: str) -> int | None:
    """The major version in a ``scenewire.vN`` subprotocol name, else ``None``."""
    prefix = f"{PROTOCOL}.v"
    if name.startswith(prefix) and name[len(prefix) :].isdigit():
        return int(name[len(prefix) :])
    return None


def check_peer_hello(hello: Hello, expected_role: str) -> None:
    """Refuse a hello from the wrong role or with a major this peer does not speak."""
    if hello.role != expected_role:
        raise ProtocolError(ErrorCode.UNEXPECTED_MESSAGE, f"hello from a {hello.role}, expected a {expected_role}")
    if hello.major != MAJOR:
        raise ProtocolError(
            ErrorCode.VERSION_MISMATCH,
            f"peer speaks scenewire {hello.major}.{hello.minor}, this side speaks {MAJOR}.{MINOR}; "
            f"upgrade the older side",
        )


def make_hello(role: str, implementation: str, capabilities: list[str] | None = None) -> Hello:
    return Hello(
        protocol=PROTOCOL,
        major=MAJOR,
        minor=MINOR,
        role=role,
        implementation=implementation,
        capabilities=list(capabilities or []),
    )
