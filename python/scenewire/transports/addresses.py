"""The URL a client uses to reach a server bound to a given host and port."""

from __future__ import annotations

WILDCARD_HOSTS = ("0.0.0.0", "", "::")


def connect_url(host: str, port: int) -> str:
    """A wildcard bind is reached on loopback from this machine; IPv6 hosts go in brackets."""
    if host in WILDCARD_HOSTS:
        host = "127.0.0.1"
    return f"ws://[{host}]:{port}" if ":" in host else f"ws://{host}:{port}"
