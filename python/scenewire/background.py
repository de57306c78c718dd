"""A server and its shared run on a thread of this process: for a notebook's kernel and ``view --browser``.

``scenewire serve`` owns its process (signals, exit status); a notebook (scenewire.jupyter) and
``scenewire view MODULE:Class --browser`` need the same server beside other work, started and
stopped by a call. The session runs on a thread too: a class defined in a notebook cell cannot be
pickled for a worker process.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

from .transports.ws_server import BackendServer

START_TIMEOUT_S = 60.0


class ServedRun:
    """A shared run served on a thread of its own, started by the constructor.

    ``stop()`` ends the run (the session's ``shutdown()`` runs) and frees the port; so does the
    process's exit, since the thread is a daemon.
    """

    def __init__(self, source: Any, *, host: str = "127.0.0.1", port: int = 0, **options: Any) -> None:
        self._ready = threading.Event()
        self._failure: BaseException | None = None
        self._server: BackendServer | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._thread = threading.Thread(
            target=self._main, args=(source, host, port, options), name="scenewire-run", daemon=True
        )
        self._thread.start()
        if not self._ready.wait(START_TIMEOUT_S):
            raise TimeoutError(f"the server did not start within {START_TIMEOUT_S:g} s")
        if self._failure is not None:
            raise self._failure

    def _main(self, source: Any, host: str, port: int, options: dict[str, Any]) -> None:
        try:
            asyncio.run(self._serve(source, host, port, options))
        except BaseException as exc:  # reported to the caller if the start failed; else the run just ended
            if not self._ready.is_set():
                self._failure = exc
        finally:
            self._ready.set()

    async def _serve(self, source: Any, host: str, port: int, options: dict[str, Any]) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        async with BackendServer(source, host, port, **options) as server:
            self._server = server
            self._ready.set()
            finished = asyncio.ensure_future(server.finished())
            stopped = asyncio.ensure_future(self._stop.wait())
            await asyncio.wait({finished, stopped}, return_when=asyncio.FIRST_COMPLETED)
            for task in (finished, stopped):
                task.cancel()

    @property
    def server(self) -> BackendServer:
        assert self._server is not None
        return self._server

    @property
    def url(self) -> str:
        """The page to open (the token, if one is required, in its fragment)."""
        return self.server.page_url

    @property
    def ws_url(self) -> str:
        """What ``scenewire view`` or ``probe`` connects to."""
        return self.server.url

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def stop(self, timeout: float = 30.0) -> None:
        """End the run: clients get 1001, the session's ``shutdown()`` runs, the port is freed."""
        if self._loop is not None and self._stop is not None and self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(timeout)
        if self._thread.is_alive():
            raise TimeoutError(f"the run did not end within {timeout:g} s (an advance() that never returns?)")

    def __repr__(self) -> str:
        state = "running" if self.running else "ended"
        return f"scenewire run ({state}) at {self.url}" if self._server is not None else "scenewire run (not started)"


def serve_in_background(source: Any, *, host: str = "127.0.0.1", port: int = 0, **options: Any) -> ServedRun:
    """``source`` as a shared run that starts now and runs until :meth:`ServedRun.stop` (or the process exits)."""
    options.setdefault("isolation", "thread")
    options.setdefault("linger", float("inf"))
    return ServedRun(source, host=host, port=port, shared=True, start_now=True, serve_forever=True, **options)


__all__ = ["ServedRun", "serve_in_background"]
