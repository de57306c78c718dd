"""A served run inside a Jupyter notebook cell: the browser viewer in an iframe (issue 20, D34).

Two uses, both returning an object a cell displays as the viewer::

    from scenewire.jupyter import serve, show
    run = serve("scenewire.demos.nrn_cell:BranchedNeuronSession")  # the kernel serves it
    run                                  # the cell shows the live run; run.stop() ends it
    show("http://127.0.0.1:8765/")       # or a run `scenewire serve` serves elsewhere

The cell holds an ``<iframe>`` of the page the server itself serves (transports/web_page.py), not
the bundle loaded into the notebook's own page: the viewer keeps its own origin, so the server's
origin rule (§2.9) and its Content-Security-Policy stay as they are for a browser tab, the token
travels in the URL's fragment (never sent in a request), and JupyterLab, classic Notebook, VS Code
and a static HTML export all show it the same way. The server allows loopback pages (a local
Jupyter) to frame the viewer; a remote Jupyter's origin is named with ``allowed_origins``.

:func:`serve` runs a shared run (protocol 1.1) on a thread of the kernel, its session on a thread
too: a session class defined in the notebook itself cannot be sent to a worker process. Several
cells, tabs or the Qt window (``scenewire view URL``) may watch the same run.
"""

from __future__ import annotations

import asyncio
import html
import threading
from dataclasses import dataclass
from typing import Any

from .transports.ws_server import BackendServer

DEFAULT_HEIGHT = 640
START_TIMEOUT_S = 60.0


@dataclass(frozen=True)
class Viewer:
    """A served page shown in a notebook cell (its ``_repr_html_`` is the iframe)."""

    url: str
    height: int = DEFAULT_HEIGHT

    def _repr_html_(self) -> str:
        src = html.escape(self.url, quote=True)
        return (
            f'<iframe src="{src}" width="100%" height="{int(self.height)}" '
            'style="border: 1px solid #888; border-radius: 4px" '
            'title="scenewire viewer" allow="fullscreen"></iframe>'
        )

    def __repr__(self) -> str:
        return f"scenewire viewer at {self.url}"


def show(url: str, height: int = DEFAULT_HEIGHT) -> Viewer:
    """The viewer of a run served elsewhere (``scenewire serve`` prints its ``open in a browser`` URL)."""
    if not url.startswith(("http://", "https://")):
        raise ValueError(f"show() takes the page URL that scenewire serve prints (http://...), not {url!r}")
    return Viewer(url, height)


class ServedRun:
    """A shared run the kernel serves on a thread of its own; displays as its viewer.

    ``stop()`` ends the run (the session's ``shutdown()`` runs) and frees the port; so does the
    kernel's exit, since the thread is a daemon.
    """

    def __init__(self, source: Any, *, host: str, port: int, height: int, **options: Any) -> None:
        self.height = height
        self._ready = threading.Event()
        self._failure: BaseException | None = None
        self._server: BackendServer | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._thread = threading.Thread(
            target=self._main, args=(source, host, port, options), name="scenewire-jupyter", daemon=True
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

    def viewer(self, height: int | None = None) -> Viewer:
        """Another view of the same run (a second cell)."""
        return Viewer(self.url, self.height if height is None else height)

    def stop(self, timeout: float = 30.0) -> None:
        """End the run: clients get 1001, the session's ``shutdown()`` runs, the port is freed."""
        if self._loop is not None and self._stop is not None and self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(timeout)
        if self._thread.is_alive():
            raise TimeoutError(f"the run did not end within {timeout:g} s (an advance() that never returns?)")

    def _repr_html_(self) -> str:
        return self.viewer()._repr_html_()

    def __repr__(self) -> str:
        state = "running" if self.running else "ended"
        return f"scenewire run ({state}) at {self.url}" if self._server is not None else "scenewire run (not started)"


def serve(
    session: Any,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    height: int = DEFAULT_HEIGHT,
    linger: float = float("inf"),
    **options: Any,
) -> ServedRun:
    """Serve ``session`` (a Session class, a factory, or ``"module:Class"``) from this kernel as a shared run.

    The run starts at once and keeps running with no viewer (``linger``, default: until
    :meth:`ServedRun.stop`); ``port=0`` picks a free port. Other options go to
    :class:`~scenewire.transports.ws_server.BackendServer` (``token``, ``allowed_origins``, ...).
    """
    if isinstance(session, str):
        from .cli import check_session_source, load_source

        session = check_session_source(session, load_source(session))
    options.setdefault("isolation", "thread")
    return ServedRun(
        session, host=host, port=port, height=height, shared=True, start_now=True, linger=linger,
        serve_forever=True, **options,
    )


__all__ = ["ServedRun", "Viewer", "serve", "show"]
