"""The ``scenewire`` command: ``serve`` a session over a WebSocket, ``view`` it, ``probe`` a server, check a client.

``serve`` imports the session class from ``module:Class`` (the current
directory is importable, so ``scenewire serve mymodel:CellSession`` works
beside ``mymodel.py``) and prints the exact command that connects to it.
``peer`` is the conformance peer (:mod:`scenewire.conformance_peer`): a
scripted server that plays one exchange to a client and prints a verdict.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any

from .protocol import InvokeAction, SessionCommand, SetControl
from .transports.addresses import connect_url


def load_source(spec: str) -> Any:
    """``package.module:Name`` (or ``module:Outer.Inner``) to the object it names."""
    module_name, sep, attr = spec.partition(":")
    if not sep or not module_name or not attr:
        raise SystemExit(f"scenewire: expected module:SessionClass, got {spec!r}")
    if os.getcwd() not in sys.path:
        sys.path.insert(0, os.getcwd())
    try:
        obj: Any = importlib.import_module(module_name)
    except ImportError as exc:
        raise SystemExit(f"scenewire: cannot import {module_name!r}: {exc}") from None
    for part in attr.split("."):
        try:
            obj = getattr(obj, part)
        except AttributeError:
            raise SystemExit(f"scenewire: {module_name!r} has no {attr!r}") from None
    return obj


def parse_value(text: str) -> Any:
    """A control value: JSON when it parses (``1.5``, ``true``, ``[1, 2]``), else the string."""
    try:
        return json.loads(text)
    except ValueError:
        return text


def parse_set(text: str) -> SetControl:
    control_id, sep, value = text.partition("=")
    if not sep or not control_id:
        raise argparse.ArgumentTypeError(f"expected control=value, got {text!r}")
    return SetControl(control_id=control_id, value=parse_value(value))


def cmd_serve(args: argparse.Namespace) -> int:
    from .transports.ws_server import BackendServer, run_backend_server

    source = load_source(args.session)

    def ready(server: BackendServer) -> None:
        url = connect_url(server.host, server.port)
        where = "a worker process" if server.isolation == "process" else "a thread"
        print(f"scenewire: serving {args.session} on {server.url} (session in {where})", flush=True)
        print(f"connect with: scenewire probe {url}", flush=True)

    options: dict[str, Any] = {}
    if args.ping_interval is not None:
        options["ping_interval"] = args.ping_interval or None
    if args.isolation is not None:
        options["isolation"] = args.isolation
    try:
        run_backend_server(source, args.host, args.port, serve_forever=args.forever, on_ready=ready, **options)
    except (TypeError, ValueError) as exc:
        raise SystemExit(f"scenewire: {exc}") from None
    except OSError as exc:
        raise SystemExit(f"scenewire: cannot listen on {args.host}:{args.port}: {exc}") from None
    except KeyboardInterrupt:
        print("scenewire: interrupted", flush=True)
        return 130
    print("scenewire: server exited", flush=True)
    return 0


def cmd_probe(args: argparse.Namespace) -> int:
    from .transports.probe import probe

    commands: list[SessionCommand] = list(args.set)
    commands += [InvokeAction(action_id=a) for a in args.action]
    try:
        return asyncio.run(
            probe(
                args.url,
                count=args.count,
                seconds=args.seconds,
                commands=commands,
                stop=args.stop,
                out=lambda line: print(line, flush=True),
            )
        )
    except KeyboardInterrupt:
        return 130


def cmd_peer(args: argparse.Namespace) -> int:
    """Hand the arguments after ``peer`` to the conformance peer, which parses them itself."""
    from . import conformance_peer

    try:
        return conformance_peer.main(args.peer_args)
    except KeyboardInterrupt:
        print("scenewire: interrupted", flush=True)
        return 130


def cmd_view(args: argparse.Namespace) -> int:
    """Open the window on a server (``ws://...``) or on a session run beside it (``module:Class``)."""
    from pathlib import Path

    try:
        from .frontend.app import AppSpec, ScreenshotSpec, run_app
        from .frontend.qt_transport import WebSocketTransport
    except ImportError as exc:
        need = 'pip install "scenewire[frontend]"'
        raise SystemExit(f"scenewire view needs the frontend extra: {need} ({exc})") from None

    if "://" in args.target:
        try:
            spec = AppSpec(transport=WebSocketTransport(args.target, reconnect=args.reconnect), title=args.title)
        except ValueError as exc:
            raise SystemExit(f"scenewire: {exc}") from None
    else:
        spec = AppSpec(session=load_source(args.target), title=args.title)
    screenshot = None
    if args.screenshot is not None:
        if args.after_updates is None and args.after_seconds is None:
            args.after_seconds = 3.0
        screenshot = ScreenshotSpec(Path(args.screenshot), args.after_updates, args.after_seconds)
    elif args.after_updates is not None or args.after_seconds is not None:
        raise SystemExit("scenewire: --after-updates and --after-seconds go with --screenshot FILE")
    try:
        code = run_app(spec, screenshot=screenshot)
    except KeyboardInterrupt:
        return 130
    if screenshot is not None and code == 0:
        print(f"scenewire: wrote {screenshot.path}", flush=True)
    return code


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="scenewire", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="serve a session over a WebSocket (no Qt needed)")
    serve.add_argument("session", help="module:SessionClass (or a zero-argument factory)")
    serve.add_argument("--host", default="127.0.0.1", help="bind address; loopback by default (WSL2 forwards it)")
    serve.add_argument("--port", type=int, default=8765, help="0 picks a free port (default 8765)")
    serve.add_argument("--forever", action="store_true", help="after a session ends, wait for the next client")
    serve.add_argument("--ping-interval", type=float, default=None, help="keepalive ping interval in s (0: off)")
    serve.add_argument(
        "--isolation",
        choices=["process", "thread"],
        default=None,
        help="run the session in a worker process (default; a GIL-holding simulator such as NEURON "
        "cannot stall the server) or on a thread (no spawn; for factories that cannot be pickled)",
    )
    serve.add_argument("-v", "--verbose", action="store_true", help="log connections and session errors")
    serve.set_defaults(run=cmd_serve)

    probe = sub.add_parser("probe", help="connect to a server and print its stream, one line per message")
    probe.add_argument("url", help="e.g. ws://127.0.0.1:8765")
    probe.add_argument("--count", type=int, default=None, help="stop after N messages")
    probe.add_argument("--seconds", type=float, default=None, help="stop after S seconds")
    probe.add_argument(
        "--set",
        type=parse_set,
        action="append",
        default=[],
        metavar="CONTROL=VALUE",
        help="send set_control after the first scene (value as JSON, else a string); repeatable",
    )
    probe.add_argument("--action", action="append", default=[], metavar="ID", help="send invoke_action; repeatable")
    probe.add_argument("--stop", action="store_true", help="end with stop_session and wait for the server to close")
    probe.add_argument("-v", "--verbose", action="store_true", help="log what the client does")
    probe.set_defaults(run=cmd_probe)

    view = sub.add_parser("view", help="open the window: on a server (ws://HOST:PORT) or a session (module:Class)")
    view.add_argument("target", help="ws://HOST:PORT of `scenewire serve`, or module:SessionClass to run here")
    view.add_argument("--title", default=None, help="window title (default: the scene's)")
    view.add_argument(
        "--reconnect", action="store_true", help="retry a failed or dropped connection with backoff (a fresh session)"
    )
    view.add_argument("--screenshot", metavar="FILE", default=None, help="write the window as a PNG, then exit")
    view.add_argument("--after-updates", type=int, default=None, metavar="N", help="screenshot after N updates")
    view.add_argument("--after-seconds", type=float, default=None, metavar="S", help="screenshot after S seconds")
    view.add_argument("-v", "--verbose", action="store_true", help="log what the window and connection do")
    view.set_defaults(run=cmd_view)

    # The peer's options belong to scenewire.conformance_peer (see `scenewire peer -h`); main() passes them on.
    peer = sub.add_parser(
        "peer",
        add_help=False,
        help="a scripted server that checks a client and prints a verdict (options: scenewire peer -h)",
    )
    peer.set_defaults(run=cmd_peer)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args, rest = parser.parse_known_args(argv)
    if args.command == "peer":
        args.peer_args = rest
    elif rest:
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    logging.basicConfig(
        level=logging.INFO if getattr(args, "verbose", False) else logging.WARNING,
        format="%(asctime)s %(name)s %(levelname)s: %(message)s",
    )
    return int(args.run(args))


if __name__ == "__main__":
    sys.exit(main())
