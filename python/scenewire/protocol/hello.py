"""The hello message and version negotiation (§2.2, §2.3, §5)."""

from __future__ import annotations

from dataclasses import dataclass

from ..wire.errors import ErrorCode, ProtocolError
from ..wire.records import COUNT, STR, ListOf, Record, many, req
from .close import CloseCode
from .limits import HELLO_TIMEOUT_S

__all__ = ["HELLO_TIMEOUT_S", "MAJOR", "MINOR", "PROTOCOL", "ROLES", "SUBPROTOCOL", "CloseCode", "Hello"]

PROTOCOL = "scenewire"
MAJOR = 1
MINOR = 0
SUBPROTOCOL = f"{PROTOCOL}.v{MAJOR}"
ROLES = ("client", "server")


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
