"""The URL a client uses to reach a server bound to a given host and port."""

from __future__ import annotations

import ipaddress

WILDCARD_HOSTS = ("0.0.0.0", "", "::")
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


def is_loopback(host: str) -> bool:
    """Whether binding ``host`` serves this machine only (127.0.0.0/8, ::1, localhost)."""
    if host in LOOPBACK_HOSTS:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def connect_url(host: str, port: int) -> str:
    """A wildcard bind is reached on loopback from this machine; IPv6 hosts go in brackets."""
    if host == "::":  # binds IPv6 only (asyncio sets IPV6_V6ONLY): reached on IPv6 loopback
        host = "::1"
    elif host in WILDCARD_HOSTS:
        host = "127.0.0.1"
    return f"ws://[{host}]:{port}" if ":" in host else f"ws://{host}:{port}"
