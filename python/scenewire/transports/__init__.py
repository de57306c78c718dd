"""Transports: the pipe (same machine), the WebSocket server and a headless client.

``websockets`` is imported only by the WebSocket modules, so the pipe works
with the base install; nothing here imports Qt.
"""

from __future__ import annotations

from typing import Any

from .base import Transport
from .pipe import PipeTransport

__all__ = ["PipeTransport", "Transport", "run_backend_server"]


def __getattr__(name: str) -> Any:
    if name == "run_backend_server":
        from .ws_server import run_backend_server

        return run_backend_server
    raise AttributeError(name)
