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


def client_url(text: str) -> str:
    """The ``ws://`` URL a person meant; ``ValueError`` with the fix for what cannot be one.

    ``127.0.0.1:8765`` and ``localhost:8765`` (what ``scenewire serve`` listens on, typed without
    the scheme) become ``ws://127.0.0.1:8765``; ``ws://`` and ``wss://`` URLs pass unchanged;
    ``http://`` and anything else are refused with the URL to use instead.
    """
    scheme, sep, rest = text.partition("://")
    if sep and scheme.lower() in ("ws", "wss"):
        return text
    if sep and scheme.lower() in ("http", "https"):
        secure = "s" if scheme.lower() == "https" else ""
        raise ValueError(
            f"{text} is a web page's address; a scenewire server is reached over a WebSocket: "
            f"ws{secure}://{rest} (the line `scenewire serve` printed)"
        )
    if sep:
        raise ValueError(f"{text}: {scheme}:// is not a scenewire address; expected ws://HOST:PORT")
    if looks_like_address(text):
        return f"ws://{text}"
    raise ValueError(f"expected a server's address such as ws://127.0.0.1:8765, got {text!r}")


def looks_like_address(text: str) -> bool:
    """``HOST:PORT`` (the port all digits, ``[::1]:8765`` too): an address, not ``module:Class``."""
    host, sep, port = text.rpartition(":")
    return bool(sep and host and port.isdigit() and "/" not in host)


def connect_failure(url: str, exc: BaseException) -> str:
    """Why connecting to ``url`` failed, in words, for a line that begins ``cannot connect to URL: ``.

    A ``wss://`` URL to ``scenewire serve`` fails with no reason of its own (the server, which has
    no TLS, resets the handshake): say so, and where to read about TLS.
    """
    reason = str(exc) or type(exc).__name__
    refused = isinstance(exc, ConnectionRefusedError) or "Connect call failed" in str(exc)
    return reason if refused else reason + tls_hint(url)


def tls_hint(url: str) -> str:
    """For a ``wss://`` URL that reached something which did not speak TLS: ``; wss:// needs TLS, ...``; else ``""``."""
    if not url.lower().startswith("wss://"):
        return ""
    return (
        f"; wss:// needs TLS, which scenewire serve does not speak (protocol 1.0 has none): "
        f"use ws://{url.split('://', 1)[1]}, or wss:// only to a TLS proxy in front of the server "
        f"(docs/security.md)"
    )
