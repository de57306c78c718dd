"""The browser viewer, served on the server's own port (issue 20): a plain HTTP GET gets the page.

The bundle (``scenewire/web_bundle/``: ``index.html``, ``app.js``) is built from ``web/`` by
``npm run bundle`` and travels inside the Python package, so a machine that only ``pip install``s
the server needs no Node (docs/decisions.md D33; ``tests/test_web_client.py`` checks that
the committed bundle is what ``web/``'s sources build today). Only the bundle's own files are
served, looked up by name in a table read at start-up: no path reaches the file system, so there is
no traversal to refuse. Every answer carries a Content-Security-Policy that lets the page load its
own script and connect to this server only.

The page's own origin (``http://`` and the request's ``Host``) may then open the WebSocket
(spec §2.9): the Host check runs first, so that origin names this server, never a rebinding name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from http import HTTPStatus
from pathlib import Path
from urllib.parse import urlsplit

from websockets.datastructures import Headers
from websockets.http11 import Request, Response

#: where the built viewer lives inside the package
BUNDLE_DIR = Path(__file__).resolve().parent.parent / "web_bundle"

CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".json": "application/json",
}
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_HOST = re.compile(r"^[A-Za-z0-9.\-\[\]:]+$")


def is_upgrade(request: Request) -> bool:
    """Whether ``request`` asks for a WebSocket (else it is a plain GET for the page)."""
    return any(token.strip().lower() == "websocket" for token in request.headers.get("Upgrade", "").split(","))


def page_origin(host_header: str) -> str:
    """The origin of the page this server serves to a browser that asked for ``host_header``."""
    return f"http://{host_header}"


#: who may show the viewer in a frame besides the page itself: a notebook or a tool on this machine
#: (scenewire.jupyter); a page elsewhere could frame a viewer on loopback to trick clicks into it
LOOPBACK_FRAMERS = ("http://localhost:*", "http://127.0.0.1:*")  # CSP has no IPv6 literals


_ORIGIN = re.compile(r"^https?://[A-Za-z0-9.\-\[\]:]+$")


def frame_sources(origins: tuple[str, ...]) -> tuple[str, ...]:
    """The allowed origins that are plain ``scheme://host[:port]`` (a CSP source each); others are left out."""
    return tuple(origin for origin in origins if _ORIGIN.match(origin))


def content_security_policy(host_header: str, framers: tuple[str, ...] = LOOPBACK_FRAMERS) -> str:
    """The page may run its own script and connect to this server; nothing else.

    ``framers``: the origins (besides the page's own) that may show it in a frame.
    """
    ancestors = " ".join(("'self'", *framers))
    sockets = f" ws://{host_header} wss://{host_header}" if _HOST.match(host_header) else ""
    return (
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
        f"font-src 'self'; connect-src 'self'{sockets}; worker-src 'self' blob:; base-uri 'none'; "
        f"form-action 'none'; frame-ancestors {ancestors}"
    )


@dataclass
class WebBundle:
    """The viewer's files, read once: name -> (bytes, content type)."""

    folder: Path = BUNDLE_DIR
    files: dict[str, tuple[bytes, str]] = field(default_factory=dict)
    framers: tuple[str, ...] = LOOPBACK_FRAMERS
    """origins that may frame the viewer: loopback pages, and the origins a server was told to allow"""

    def __post_init__(self) -> None:
        if not self.folder.is_dir():
            return
        for path in sorted(self.folder.iterdir()):
            kind = CONTENT_TYPES.get(path.suffix)
            if kind and _NAME.match(path.name) and path.is_file() and not path.is_symlink():
                self.files[path.name] = (path.read_bytes(), kind)

    @property
    def available(self) -> bool:
        return "index.html" in self.files

    def response(self, request: Request) -> Response:
        """The answer to a plain GET: a file of the bundle, or 404."""
        host = request.headers.get("Host", "")
        if request.method != "GET":
            return _plain(HTTPStatus.METHOD_NOT_ALLOWED, "scenewire: only GET is served\n", host, self.framers)
        path = urlsplit(request.path).path
        name = "index.html" if path == "/" else path[1:]
        found = self.files.get(name)
        if found is None:
            why = "not found" if self.available else "no viewer bundle in this install (cd web && npm run bundle)"
            return _plain(HTTPStatus.NOT_FOUND, f"scenewire: {why}\n", host, self.framers)
        body, kind = found
        return _answer(HTTPStatus.OK, body, kind, host, self.framers)


def _plain(status: HTTPStatus, text: str, host: str, framers: tuple[str, ...]) -> Response:
    return _answer(status, text.encode(), "text/plain; charset=utf-8", host, framers)


def _answer(status: HTTPStatus, body: bytes, kind: str, host: str, framers: tuple[str, ...]) -> Response:
    headers = Headers()
    headers["Content-Type"] = kind
    headers["Content-Length"] = str(len(body))
    headers["Content-Security-Policy"] = content_security_policy(host, framers)
    headers["X-Content-Type-Options"] = "nosniff"
    headers["Referrer-Policy"] = "no-referrer"
    headers["Cache-Control"] = "no-cache"
    headers["Connection"] = "close"
    return Response(status.value, status.phrase, headers, body)
