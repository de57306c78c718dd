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

import html
from dataclasses import dataclass
from typing import Any

from .background import ServedRun

DEFAULT_HEIGHT = 640


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


class NotebookRun(ServedRun):
    """A run the kernel serves (:func:`serve`); a cell that shows it shows its viewer."""

    def __init__(self, source: Any, *, height: int, **options: Any) -> None:
        self.height = height
        super().__init__(source, **options)

    def viewer(self, height: int | None = None) -> Viewer:
        """Another view of the same run (a second cell)."""
        return Viewer(self.url, self.height if height is None else height)

    def _repr_html_(self) -> str:
        return self.viewer()._repr_html_()


def serve(
    session: Any,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    height: int = DEFAULT_HEIGHT,
    linger: float = float("inf"),
    **options: Any,
) -> NotebookRun:
    """Serve ``session`` (a Session class, a factory, or ``"module:Class"``) from this kernel as a shared run.

    The run starts at once and keeps running with no viewer (``linger``, default: until
    :meth:`NotebookRun.stop`); ``port=0`` picks a free port. Other options go to
    :class:`~scenewire.transports.ws_server.BackendServer` (``token``, ``allowed_origins``, ...).
    """
    if isinstance(session, str):
        from .cli import check_session_source, load_source

        session = check_session_source(session, load_source(session))
    options.setdefault("isolation", "thread")
    return NotebookRun(
        session, host=host, port=port, height=height, shared=True, start_now=True, linger=linger,
        serve_forever=True, **options,
    )


__all__ = ["NotebookRun", "Viewer", "serve", "show"]
