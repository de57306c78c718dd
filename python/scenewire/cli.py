"""The ``scenewire`` command: ``serve`` a session over a WebSocket, ``view`` it, ``probe`` a server, check a client.

Made for a person at a terminal: every subcommand's ``--help`` ends with
examples, and a mistake (a port in use, a server not there, a module or
file not found, something that is not a session) is one line that says
what to do, never a traceback. ``record`` saves a server's stream to a file
and ``replay`` serves such a file again (:mod:`scenewire.recording`).

``serve`` imports the session class from ``module:Class`` (the current
directory is importable, so ``scenewire serve mymodel:CellSession`` works
beside ``mymodel.py``) and prints the exact command that connects to it.
``peer`` is the conformance peer (:mod:`scenewire.conformance_peer`): a
scripted server that plays one exchange to a client and prints a verdict.
"""

from __future__ import annotations

import argparse
import asyncio
import errno
import functools
import importlib
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from .protocol import InvokeAction, RunControl, SessionCommand, SetControl

MAIN_EXAMPLES = """\
examples:
  scenewire serve scenewire.demos.neuron_demo:BranchedNeuronSession   # a firing neuron on port 8765
  scenewire view ws://127.0.0.1:8765                                   # the window (frontend extra)
  scenewire probe ws://127.0.0.1:8765 --seconds 2                      # the stream as text
  scenewire record ws://127.0.0.1:8765 run.mcap --seconds 30
  scenewire replay run.mcap --speed 2

Each command has its own --help. Docs: docs/getting-started.md
"""

SERVE_EXAMPLES = """\
examples:
  scenewire serve mymodel:CellSession           # class CellSession in ./mymodel.py, on 127.0.0.1:8765
  scenewire serve scenewire.demos.wave:WaveSession --port 0    # a free port; the line printed says which
  scenewire serve mymodel:CellSession --once    # exit when the first client's session ends
"""

PROBE_EXAMPLES = """\
examples:
  scenewire probe ws://127.0.0.1:8765 --count 10
  scenewire probe ws://127.0.0.1:8765 --seconds 3 --set stim=1.5 --action reset --stop
  scenewire probe ws://127.0.0.1:8765 --observe --seconds 5    # watch a shared run someone else steers

exit status: 0 normal close, 1 closed with an error, 2 refused or unreachable
"""

VIEW_EXAMPLES = """\
examples:
  scenewire view ws://127.0.0.1:8765                       # a server: scenewire serve, or replay
  scenewire view ws://localhost:8765                       # on Windows, the backend in WSL2 (docs/wsl.md)
  scenewire view scenewire.demos.wave:WaveSession          # a session run beside the window, no network
  scenewire view ws://127.0.0.1:8765 --screenshot cell.png --after-seconds 5   # a PNG, then exit
  scenewire view "ws://192.168.1.20:8765/?token=..."       # a server beyond loopback: the URL it printed
  scenewire view ws://127.0.0.1:8765 --observe             # a second window on a shared run (serve --shared)
  scenewire view ws://127.0.0.1:8765 --reconnect           # a dropped link comes back (to the same shared run)
"""

RECORD_EXAMPLES = """\
examples:
  scenewire record ws://127.0.0.1:8765 run.mcap                # until the server closes or Ctrl-C
  scenewire record ws://127.0.0.1:8765 run.mcap --seconds 60 --force
  # on a shared run (serve --shared) record joins as an observer: steer in a window, record beside it
"""

EXPORT_EXAMPLES = """examples:
  scenewire export run.mcap run.nwb              # NWB (pip install "./python[export]")
  scenewire export run.mcap run.npz              # plain NumPy: np.load("run.npz")
"""
REPLAY_EXAMPLES = """\
examples:
  scenewire replay run.mcap                      # on 127.0.0.1:8765, at the recorded pace
  scenewire replay run.mcap --speed 4 --port 0   # four times faster, on a free port
  scenewire replay run.mcap --fast --once        # as fast as the client reads, then exit
  scenewire replay run.mcap --window             # the window plays the file; drag its timeline to seek
  scenewire replay run.mcap --movie run.mp4 --fps 30 --size 1280x720   # a video, a frame per tick
"""


def load_source(spec: str) -> Any:
    """``package.module:Name`` (or ``module:Outer.Inner``) to the object it names; a one-line ``SystemExit`` if not."""
    module_name, sep, attr = spec.partition(":")
    if not sep or not module_name or not attr:
        raise SystemExit(
            f"scenewire: expected module:SessionClass (say mymodel:CellSession for class CellSession "
            f"in mymodel.py), got {spec!r}"
        )
    if module_name.endswith(".py"):
        raise SystemExit(_file_not_module(module_name, attr))
    if os.getcwd() not in sys.path:
        sys.path.insert(0, os.getcwd())
    try:
        obj: Any = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and module_name.split(".")[0] == exc.name.split(".")[0]:
            raise SystemExit(
                f"scenewire: no module {module_name!r} here: run this from the folder that holds "
                f"{module_name.split('.')[0]}.py (now {os.getcwd()}), or pip install the package that has it"
            ) from None
        raise SystemExit(f"scenewire: importing {module_name!r} needs {exc.name!r}, which is not installed") from None
    except Exception as exc:
        where = _user_frame(exc)
        raise SystemExit(f"scenewire: importing {module_name!r} failed{where}: {type(exc).__name__}: {exc}") from None
    for part in attr.split("."):
        try:
            obj = getattr(obj, part)
        except AttributeError:
            names = sorted(n for n, v in vars(importlib.import_module(module_name)).items() if _is_session_class(v))
            hint = f"; its session classes: {', '.join(names)}" if names else ""
            raise SystemExit(f"scenewire: {module_name!r} has no {attr!r}{hint}") from None
    return obj


def _file_not_module(path: str, attr: str) -> str:
    """The one line for ``ring.py:RingSession``: a file named where a module's name goes."""
    file = Path(path)
    folder = file.parent
    where = "" if str(folder) in ("", ".") else f"cd {folder} && "
    exists = "" if file.is_file() else f" (and there is no {path} in {os.getcwd()})"
    return (
        f"scenewire: {path!r} is a file name; give the module's name, without .py: "
        f"{where}scenewire serve {file.stem}:{attr}. The module is imported from the folder you run "
        f"scenewire in, or from an installed package{exists}"
    )


def _is_session_class(value: Any) -> bool:
    from .session import Session

    return isinstance(value, type) and issubclass(value, Session) and value.__module__ != "scenewire.session.base"


def _user_frame(exc: BaseException) -> str:
    """`` (file.py line 12)``: where in the person's own code an import failed."""
    import traceback

    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "importlib" not in f.filename]
    return f" ({frames[-1].filename} line {frames[-1].lineno})" if frames else ""


def check_session_source(spec: str, obj: Any) -> Any:
    """Refuse, in one line, what cannot build a session: an instance, a non-session class, a non-callable."""
    from .session import Session, check_source

    if isinstance(obj, Session) or (callable(obj) and not isinstance(obj, type)):
        try:
            check_source(obj)
        except TypeError as exc:
            raise SystemExit(f"scenewire: {spec}: {exc}") from None
    if isinstance(obj, type):
        if not issubclass(obj, Session) and not all(hasattr(obj, m) for m in ("initialize", "handle", "read_updates")):
            raise SystemExit(
                f"scenewire: {spec} is the class {obj.__name__}, not a session: subclass scenewire.Session "
                f"(or scenewire.BufferedSession) and implement initialize()"
            )
    elif not callable(obj):
        raise SystemExit(f"scenewire: {spec} is a {type(obj).__name__}, not a session class or a zero-argument factory")
    return obj


def parse_value(text: str) -> Any:
    """A control value: JSON when it parses (``1.5``, ``true``, ``[1, 2]``), else the string."""
    try:
        return json.loads(text)
    except ValueError:
        return text


def parse_bytes(text: str) -> int:
    """``16M``, ``512K``, ``1G`` (powers of 1024) or a plain number of bytes."""
    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    scale = units.get(text[-1:].upper(), 1)
    try:
        return int(float(text[:-1] if scale > 1 else text) * scale)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected bytes such as 16M, 512K or 1048576, got {text!r}") from None


def parse_set(text: str) -> SetControl:
    control_id, sep, value = text.partition("=")
    if not sep or not control_id:
        raise argparse.ArgumentTypeError(f"expected control=value, got {text!r}")
    return SetControl(control_id=control_id, value=parse_value(value))


def cmd_serve(args: argparse.Namespace) -> int:
    source = check_session_source(args.session, load_source(args.session))
    if getattr(args, "mpi", False):  # under mpiexec: every rank runs this (docs/mpi.md)
        from .mpi.serve import serve_mpi

        return serve_mpi(source, args.session, args, serve_source)
    return serve_source(source, args.session, args)


def serve_source(
    source: Any,
    name: str,
    args: argparse.Namespace,
    on_ready: Callable[[Any], None] | None = None,
    before_stop: Callable[[Any], Any] | None = None,
) -> int:
    """Serve ``source`` as ``serve`` and ``replay`` do; the exit status.

    ``on_ready(server)`` runs after the banner, ``before_stop(signum)`` before a signal stops the server.
    """
    from .transports.ws_server import BackendServer, Terminated, run_backend_server

    def ready(server: BackendServer) -> None:
        where = "a worker process" if server.isolation == "process" else "a thread"
        if args.host in ("", "0.0.0.0", "::"):
            bound = f"port {server.port} of every {'IPv6 ' if args.host == '::' else ''}interface"
        else:
            bound = f"ws://[{args.host}]:{server.port}" if ":" in args.host else f"ws://{args.host}:{server.port}"
        token = "; a token is required" if server.token else ""
        if server.shared:
            where = f"one shared run in {where}, up to {server.max_clients} clients, linger {server.linger:g} s"
        print(f"scenewire: serving {name} on {bound} (session in {where}{token})", flush=True)
        print(f"connect with: scenewire probe {server.url}", flush=True)
        if server.web.available:
            print(f"open in a browser: {server.page_url}", flush=True)
        if on_ready is not None:
            on_ready(server)

    options: dict[str, Any] = {
        "token": getattr(args, "token", None) or os.environ.get("SCENEWIRE_TOKEN") or None,
        "allowed_origins": getattr(args, "allow_origin", []),
        "allowed_hosts": getattr(args, "allow_host", []),
    }
    if getattr(args, "no_token", False):
        options["require_token"] = False
    if getattr(args, "ping_interval", None) is not None:
        options["ping_interval"] = args.ping_interval or None
    if getattr(args, "isolation", None) is not None:
        options["isolation"] = args.isolation
    if getattr(args, "initialize_timeout", None) is not None:
        options["initialize_timeout"] = args.initialize_timeout or None
    if getattr(args, "start_timeout", None) is not None:
        options["start_timeout"] = args.start_timeout or None
    if getattr(args, "shutdown_grace", None) is not None:
        options["shutdown_grace"] = args.shutdown_grace
    if getattr(args, "max_backlog", None) is not None:
        options["max_backlog_bytes"] = args.max_backlog
    if getattr(args, "shared", False):
        options.update(
            shared=True,
            linger=600.0 if args.linger is None else args.linger,
            start_now=args.start_now,
            max_clients=args.max_clients,
        )
    elif getattr(args, "start_now", False) or getattr(args, "linger", None) is not None:
        raise SystemExit("scenewire: --linger and --start-now go with --shared")
    try:
        forever = not args.once if hasattr(args, "once") else args.forever  # serve: forever unless --once
        run_backend_server(
            source, args.host, args.port, serve_forever=forever, on_ready=ready, before_stop=before_stop, **options
        )
    except (TypeError, ValueError) as exc:
        raise SystemExit(f"scenewire: {exc}") from None
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise SystemExit(
                f"scenewire: port {args.port} on {args.host} is in use (another scenewire serve?); "
                f"stop that one, or pick another port with --port N (--port 0 picks a free one)"
            ) from None
        if exc.errno == errno.EADDRNOTAVAIL:
            raise SystemExit(
                f"scenewire: {args.host} is not an address of this machine; use 127.0.0.1 (loopback, "
                f"which WSL2 forwards to Windows) or 0.0.0.0 (every interface)"
            ) from None
        raise SystemExit(f"scenewire: cannot listen on {args.host}:{args.port}: {exc}") from None
    except KeyboardInterrupt:
        print("scenewire: interrupted", flush=True)
        return 130
    except Terminated:
        print("scenewire: terminated (SIGTERM)", flush=True)
        return 143
    print("scenewire: server exited", flush=True)
    return 0


def view_in_browser(args: argparse.Namespace) -> int:
    """``view --browser``: the served viewer in the person's browser, or (``--screenshot``) a headless PNG of it."""
    from pathlib import Path

    from .browser_view import BrowserShot, open_in_browser, page_url, screenshot
    from .transports.addresses import looks_like_address

    run = None
    if "://" in args.target or looks_like_address(args.target):
        try:
            url = page_url(server_url(args.target), args.token or os.environ.get("SCENEWIRE_TOKEN") or None)
        except ValueError as exc:
            raise SystemExit(f"scenewire: {exc}") from None
        if args.observe:
            url = url.replace("/#", "/?access=observe#", 1) if "/#" in url else url + "?access=observe"
    else:
        from .background import serve_in_background

        run = serve_in_background(check_session_source(args.target, load_source(args.target)))
        url = run.url
    try:
        if args.screenshot is not None:
            shot = BrowserShot(Path(args.screenshot), args.after_updates, args.after_seconds or 3.0)
            try:
                screenshot(url, shot)
            except (RuntimeError, FileNotFoundError) as exc:
                raise SystemExit(f"scenewire: {exc}") from None
            print(f"scenewire: wrote {shot.path}", flush=True)
            return 0
        print(f"open in a browser: {url}", flush=True)
        if not open_in_browser(url):
            print("scenewire: no browser found here; open the address above in one", flush=True)
        if run is None:
            return 0
        print("scenewire: serving the run for the browser; Ctrl-C ends it", flush=True)
        try:
            while run.running:
                time.sleep(0.5)
        except KeyboardInterrupt:
            return 130
        return 0
    finally:
        if run is not None:
            run.stop()


def server_url(text: str) -> str:
    """The ``ws://`` URL of ``probe``/``record``/``view`` (``127.0.0.1:8765`` gets its scheme); one line if none."""
    from .transports.addresses import client_url

    try:
        return client_url(text)
    except ValueError as exc:
        raise SystemExit(f"scenewire: {exc}") from None


def cmd_probe(args: argparse.Namespace) -> int:
    from .transports.probe import probe

    url = server_url(args.url)
    commands: list[SessionCommand | RunControl] = list(args.set)
    commands += [InvokeAction(action_id=a) for a in args.action]
    commands += args.run_control
    try:
        return asyncio.run(
            probe(
                url,
                count=args.count,
                seconds=args.seconds,
                commands=commands,
                stop=args.stop,
                token=args.token or os.environ.get("SCENEWIRE_TOKEN") or None,
                observe=args.observe,
                out=lambda line: print(line, flush=True),
            )
        )
    except KeyboardInterrupt:
        return 130


def cmd_record(args: argparse.Namespace) -> int:
    from .recording.recorder import record

    url = server_url(args.url)
    path = Path(args.file)
    if not path.parent.is_dir():
        raise SystemExit(f"scenewire: no folder {str(path.parent)!r} to write {path.name} into")
    if path.exists() and not args.force:
        raise SystemExit(f"scenewire: {path} exists; pass --force to overwrite it, or name another file")
    try:
        return asyncio.run(
            record(
                url,
                path,
                seconds=args.seconds,
                count=args.count,
                token=args.token or os.environ.get("SCENEWIRE_TOKEN") or None,
                out=lambda line: print(line, flush=True),
            )
        )
    except KeyboardInterrupt:
        return 130  # the recording was finished and saved on the way out


def cmd_export(args: argparse.Namespace) -> int:
    from .recording import RecordingError
    from .recording.export import ExportError, write_npz, write_nwb
    from .recording.history import gather

    path, out = Path(args.file), Path(args.out)
    if not path.is_file():
        hint = "it is a folder" if path.exists() else "no such file"
        raise SystemExit(f"scenewire: cannot export {args.file}: {hint} (record one with: scenewire record URL FILE)")
    if out.exists() and not args.force:
        raise SystemExit(f"scenewire: {out} exists; --force overwrites it")
    fmt = args.format or ("npz" if out.suffix.lower() == ".npz" else "nwb")
    if fmt == "nwb":
        try:
            import pynwb  # noqa: F401 - only to say which extra is missing before the recording is read
        except ImportError:
            raise SystemExit(
                "scenewire: export to NWB needs the 'export' extra (pynwb is not installed): "
                'pip install "./python[export]" from the repository, or use --format npz'
            ) from None
    try:
        history = gather(path)
    except RecordingError as exc:
        raise SystemExit(f"scenewire: {exc}") from None
    for text in history.damage:
        say(f"export: warning: {text}; the intact part is exported")
    try:
        (write_nwb if fmt == "nwb" else write_npz)(history, out)
    except ExportError as exc:
        raise SystemExit(f"scenewire: {exc}") from None
    kinds = f"{len(history.segments)} time series, {len(history.snapshots)} per-tick series, {len(history.last)} fields"
    print(f"export: wrote {out} ({fmt}): {kinds}, from {history.frames} frames and {history.ticks} ticks", flush=True)
    return 0


def parse_size(text: str) -> tuple[int, int]:
    """``WIDTHxHEIGHT`` in pixels, e.g. ``1280x720``."""
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not WIDTHxHEIGHT (e.g. 1280x720)") from None
    if not (64 <= width <= 7680 and 64 <= height <= 4320):
        raise argparse.ArgumentTypeError(f"{text!r}: each side from 64 to 7680x4320 pixels")
    return width, height


def replay_movie(path: Path, args: argparse.Namespace, total: int) -> int:
    """``replay --movie``: the window draws each recorded tick offscreen-fast, ffmpeg writes the frames."""
    out = Path(args.movie)
    if out.exists() and not args.force:
        raise SystemExit(f"scenewire: {out} exists; --force overwrites it")
    if args.fps <= 0:
        raise SystemExit(f"scenewire: --fps must be above 0, got {args.fps:g}")
    try:
        import imageio_ffmpeg  # noqa: F401
    except ImportError:
        raise SystemExit(
            "scenewire: replay --movie needs the 'export' extra (imageio-ffmpeg is not installed): "
            'pip install "./python[export,frontend]" from the repository'
        ) from None
    try:
        from .frontend.movie import ProgressBar, render_movie
    except ImportError as exc:
        raise SystemExit(
            f"scenewire: replay --movie draws with the window, which needs the 'frontend' extra ({exc}): "
            'pip install "./python[export,frontend]"'
        ) from None
    from .protocol import UPDATES, decode
    from .recording import open_recording
    from .wire import ProtocolError

    bar = ProgressBar(total)
    read = [0]

    def updates() -> Iterator[Any]:
        for frame in open_recording(path).frames():
            read[0] += 1
            try:
                message = decode(frame.data)
            except ProtocolError:
                continue  # skipped, as a replay skips it
            if isinstance(message, UPDATES):
                yield message

    try:
        result = render_movie(
            updates(), out, fps=args.fps, size=args.size, progress=lambda frames: bar.update(read[0], frames)
        )
    finally:
        bar.close()
    if result.frames == 0:
        raise SystemExit(f"scenewire: {path} holds no tick to draw; no movie written")
    seconds = result.frames / args.fps
    print(
        f"replay: wrote {out}: {result.frames} frames ({result.width}x{result.height}, {args.fps:g} fps, "
        f"{seconds:.1f} s), one per recorded tick",
        flush=True,
    )
    return 0


def replay_window(path: Path, args: argparse.Namespace) -> int:
    """``replay --window``: the window plays the file itself; its timeline seeks through the file's index."""
    try:
        from .frontend.app import AppSpec, run_app
    except ImportError as exc:
        raise SystemExit(f"scenewire: replay --window needs the 'frontend' extra ({exc})") from None
    from .recording.playback import RecordingTransport

    transport = RecordingTransport(path, speed=args.speed, fast=args.fast)
    if args.history_budget == 0:
        transport.store = None
    elif transport.store is None:
        say(f"replay: {path.name} has no usable index (cut short?): the timeline keeps played ticks in memory")
    title = f"{path.name} (replay)"
    spec = AppSpec(transport=transport, title=title, history_mib=args.history_budget, history_store=transport.store)
    try:
        return run_app(spec)
    except KeyboardInterrupt:
        return 130


def cmd_replay(args: argparse.Namespace) -> int:
    from .protocol.connection import without_token
    from .recording import RecordingError, ReplaySession, summarize

    path = Path(args.file)
    if not path.is_file():
        hint = "it is a folder" if path.exists() else "no such file"
        raise SystemExit(f"scenewire: cannot replay {args.file}: {hint} (record one with: scenewire record URL FILE)")
    if args.speed <= 0:
        raise SystemExit(f"scenewire: --speed must be above 0, got {args.speed:g}")
    try:
        summary = summarize(path)
    except RecordingError as exc:
        raise SystemExit(f"scenewire: {exc}") from None
    if summary.count == 0:  # nothing intact (a bomb, a damaged start): one line, and nothing served
        why = f": {summary.damage[0]}" if summary.damage else ""
        raise SystemExit(f"scenewire: cannot replay {path}: it holds no frame to play{why}")
    info = summary.info
    # the file's texts are someone else's: a token a recorder of before kept, escapes that drive a terminal
    source = without_token(info.get("source", "?"))
    say(
        f"replay: {path}: {summary.count} frames over {summary.seconds:.1f} s, recorded from "
        f"{source} ({info.get('server', '?')}) at {info.get('started', '?')}"
    )
    for text in summary.damage:
        say(f"replay: warning: {text}; the intact part plays")
    if args.movie is not None:
        return replay_movie(path, args, summary.count)
    if args.window:
        return replay_window(path, args)
    pace = "as fast as the client reads" if args.fast else f"at {args.speed:g} x the recorded pace"
    print(f"replay: each client gets the recording from the start, {pace}", flush=True)
    source = functools.partial(ReplaySession, str(path.resolve()), speed=args.speed, fast=args.fast)
    return serve_source(source, f"a replay of {path.name}", args)


def say(line: str) -> None:
    """Print a line that quotes text from elsewhere (a server, a file): control characters escaped, bounded."""
    from .protocol.limits import MAX_SHOWN_TEXT_BYTES
    from .protocol.text import shown

    print(shown(line, MAX_SHOWN_TEXT_BYTES), flush=True)


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

    if args.browser:
        return view_in_browser(args)
    try:
        from .frontend.app import AppSpec, DiagnosticsSpec, ScreenshotSpec, run_app
        from .frontend.qt_transport import WebSocketTransport
    except ImportError as exc:
        need = 'bash scripts/setup.sh, or pip install "./python[frontend]" from the repository'
        raise SystemExit(f"scenewire view needs the frontend extra: {need} ({exc})") from None

    from .transports.addresses import looks_like_address

    diagnostics = DiagnosticsSpec() if args.diagnostics else None
    if "://" in args.target or looks_like_address(args.target):  # 127.0.0.1:8765 is an address, not module:Class
        try:
            token = args.token or os.environ.get("SCENEWIRE_TOKEN") or None
            access = "observe" if args.observe else None
            transport = WebSocketTransport(
                server_url(args.target), reconnect=args.reconnect, token=token, access=access
            )
        except ValueError as exc:
            raise SystemExit(f"scenewire: {exc}") from None
        spec = AppSpec(transport=transport, title=args.title, diagnostics=diagnostics, history_mib=args.history_budget)
    else:
        if args.observe:
            raise SystemExit("scenewire: --observe watches a server's shared run (ws://HOST:PORT), not a module")
        spec = AppSpec(
            session=load_source(args.target), title=args.title, diagnostics=diagnostics, history_mib=args.history_budget
        )
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


def history_budget(text: str) -> float:
    """``--history-budget``'s value: MiB, 0 or more."""
    try:
        mib = float(text)
    except ValueError:
        mib = -1.0
    if not 0 <= mib < float("inf"):
        raise argparse.ArgumentTypeError(f"--history-budget takes MiB, 0 or more (0: no timeline), not {text!r}")
    return mib


def _speed(text: str) -> RunControl:
    """``--speed``'s value: ticks per second, 0 for no limit."""
    rate = float(text)
    if not rate >= 0:
        raise argparse.ArgumentTypeError(f"--speed takes ticks per second, 0 or more (0: no limit), not {text!r}")
    return RunControl(action="speed", ticks_per_s=rate or None)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="scenewire",
        description="Stream a live simulation scene over a WebSocket, look at it, record it, replay it.",
        epilog=MAIN_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = sub.add_parser(
        "serve",
        help="serve a session over a WebSocket (no Qt needed)",
        description="Serve a session over a WebSocket: each client gets a fresh session. No Qt, no display.",
        epilog=SERVE_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    serve.add_argument("session", help="module:SessionClass (or a zero-argument factory)")
    serve.add_argument("--host", default="127.0.0.1", help="bind address; loopback by default (WSL2 forwards it)")
    serve.add_argument("--port", type=int, default=8765, help="0 picks a free port (default 8765)")
    serve.add_argument(
        "--once", action="store_true", help="exit after the first session ends (default: wait for the next client)"
    )
    serve.add_argument("--forever", action="store_true", help=argparse.SUPPRESS)  # the default now; kept for scripts
    serve.add_argument(
        "--token",
        default=None,
        help="require this token (?token= in the URL); one is generated when --host is not loopback "
        "(default: $SCENEWIRE_TOKEN)",
    )
    serve.add_argument(
        "--no-token", action="store_true", help="serve a non-loopback --host without a token (anyone who can reach it)"
    )
    serve.add_argument(
        "--allow-origin",
        action="append",
        default=[],
        metavar="ORIGIN",
        help="let web pages from this origin connect, e.g. http://localhost:3000; repeatable (default: none)",
    )
    serve.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="NAME",
        help="accept this name in the Host header besides IPs, localhost and --host; repeatable",
    )
    serve.add_argument("--ping-interval", type=float, default=None, help="keepalive ping interval in s (0: off)")
    serve.add_argument(
        "--isolation",
        choices=["process", "thread"],
        default=None,
        help="run the session in a worker process (default; a GIL-holding simulator such as NEURON "
        "cannot stall the server) or on a thread (no spawn; for factories that cannot be pickled)",
    )
    serve.add_argument(
        "--initialize-timeout",
        type=float,
        default=None,
        metavar="S",
        help="a session whose initialize() takes longer gets an error and close 1011 (default 60; 0: no limit)",
    )
    serve.add_argument(
        "--start-timeout",
        type=float,
        default=None,
        metavar="S",
        help="a session not being built S s after its start (a worker's spawn, its module's import) gets an "
        "error and close 1011, and its worker is killed (default 60; 0: no limit)",
    )
    serve.add_argument(
        "--shutdown-grace",
        type=float,
        default=None,
        metavar="S",
        help="after its client leaves or on Ctrl-C/SIGTERM, a worker not ended within S s is killed (default 10)",
    )
    serve.add_argument(
        "--max-backlog",
        type=parse_bytes,
        default=None,
        metavar="BYTES",
        help="bytes encoded and not yet taken by a slow client, the socket's buffers included, before the "
        "session waits; K, M, G suffixes (default 16M; at least 256K)",
    )
    serve.add_argument(
        "--shared",
        action="store_true",
        help="one session run for every client (protocol 1.1): it outlives connections, late joiners get its "
        "present state, one client controls and the others observe (docs/ws-server.md)",
    )
    serve.add_argument(
        "--linger",
        type=float,
        default=None,
        metavar="S",
        help="with --shared: the run goes on S s with no client connected, then ends (default 600; 0: when the "
        "last client leaves; inf: never)",
    )
    serve.add_argument(
        "--start-now", action="store_true", help="with --shared: start the run now, not at the first client"
    )
    serve.add_argument(
        "--max-clients",
        type=int,
        default=32,
        metavar="N",
        help="with --shared: clients one run serves at once; one more is refused 4000 (default 32)",
    )
    serve.add_argument(
        "--mpi",
        action="store_true",
        help="under mpiexec: every rank runs the session, rank 0 serves it as one shared run, values gathered per "
        "tick (mpiexec -n 4 scenewire serve mod:NetSession --mpi; docs/mpi.md)",
    )
    serve.add_argument("-v", "--verbose", action="store_true", help="log connections and session errors")
    serve.set_defaults(run=cmd_serve)

    probe = sub.add_parser(
        "probe",
        help="connect to a server and print its stream, one line per message",
        description="Connect to a server as a frontend would and print what arrives, one line per message.",
        epilog=PROBE_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    probe.add_argument("url", help="e.g. ws://127.0.0.1:8765 (or 127.0.0.1:8765)")
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
    run = probe.add_argument_group("run control (a 1.1 server; sent after the first scene, in the order given)")
    run.add_argument(
        "--pause", dest="run_control", action="append_const", const=RunControl(action="pause"), default=[],
        help="pause the run: no advance() until --resume or --step",
    )  # fmt: skip
    run.add_argument(
        "--step", dest="run_control", action="append", type=lambda n: RunControl(action="step", steps=int(n)),
        metavar="N", help="advance N ticks, then wait paused",
    )  # fmt: skip
    run.add_argument(
        "--speed", dest="run_control", action="append", type=_speed, metavar="TICKS_PER_S",
        help="advance at most this many ticks a second (0: no limit)",
    )  # fmt: skip
    run.add_argument(
        "--resume", dest="run_control", action="append_const", const=RunControl(action="resume"),
        help="let a paused run advance again",
    )  # fmt: skip
    probe.add_argument(
        "--token", default=None, help="the server's token, if the URL lacks it (default: $SCENEWIRE_TOKEN)"
    )
    probe.add_argument(
        "--observe",
        action="store_true",
        help="join a shared run (serve --shared) as an observer: watch it without taking control",
    )
    probe.add_argument("-v", "--verbose", action="store_true", help="log what the client does")
    probe.set_defaults(run=cmd_probe)

    view = sub.add_parser(
        "view",
        help="open the window: on a server (ws://HOST:PORT) or a session (module:Class)",
        description="Open the window (the frontend extra) on a server, or on a session run beside it.",
        epilog=VIEW_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    view.add_argument(
        "target", help="ws://HOST:PORT (or HOST:PORT) of `scenewire serve`, or module:SessionClass to run here"
    )
    view.add_argument("--title", default=None, help="window title (default: the scene's)")
    view.add_argument(
        "--token", default=None, help="the server's token, if the URL lacks it (default: $SCENEWIRE_TOKEN)"
    )
    view.add_argument(
        "--reconnect",
        action="store_true",
        help="retry a failed or dropped connection with backoff (a shared run: back in the same run; "
        "else a fresh session)",
    )
    view.add_argument(
        "--observe",
        action="store_true",
        help="watch a shared run (serve --shared) without steering it; take control later from the status bar",
    )
    view.add_argument(
        "--diagnostics",
        action="store_true",
        help="show updates/s, MB/s, the longest apply of each second, backlog and dropped frames",
    )
    view.add_argument(
        "--browser",
        action="store_true",
        help="the served viewer in your browser instead of the window (a module:Class is served here for it); "
        "with --screenshot, headless Chromium writes the PNG (the browser extra)",
    )
    view.add_argument(
        "--history-budget",
        type=history_budget,
        default=512.0,
        metavar="MiB",
        help="memory for the timeline's history, the oldest ticks dropped first (default 512; 0: no timeline)",
    )
    view.add_argument("--screenshot", metavar="FILE", default=None, help="write the window as a PNG, then exit")
    view.add_argument("--after-updates", type=int, default=None, metavar="N", help="screenshot after N updates")
    view.add_argument(
        "--after-seconds", type=float, default=None, metavar="S", help="screenshot S seconds after the first scene"
    )
    view.add_argument("-v", "--verbose", action="store_true", help="log what the window and connection do")
    view.set_defaults(run=cmd_view)

    record = sub.add_parser(
        "record",
        help="save a server's stream to a file (MCAP) for replay",
        description="Connect to a server and save every frame it sends, as it arrives, until it closes, "
        "--seconds or --count is reached, or Ctrl-C. The file is MCAP (docs/recording.md).",
        epilog=RECORD_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    record.add_argument("url", help="the server, e.g. ws://127.0.0.1:8765 (or 127.0.0.1:8765)")
    record.add_argument("file", help="the recording to write, e.g. run.mcap")
    record.add_argument("--seconds", type=float, default=None, help="stop after S seconds")
    record.add_argument("--count", type=int, default=None, help="stop after N frames")
    record.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    record.add_argument(
        "--token", default=None, help="the server's token, if the URL lacks it (default: $SCENEWIRE_TOKEN)"
    )
    record.set_defaults(run=cmd_record)

    replay = sub.add_parser(
        "replay",
        help="serve a recording as a session, at the recorded pace or faster",
        description="Serve a recording as a session: a window (or probe) connects as to any server and "
        "sees the run again, without the simulator. Reset starts it over.",
        epilog=REPLAY_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    replay.add_argument("file", help="a recording made by scenewire record")
    pace = replay.add_mutually_exclusive_group()
    pace.add_argument("--speed", type=float, default=1.0, help="play N times faster than recorded (default 1)")
    pace.add_argument("--fast", action="store_true", help="play as fast as the client reads")
    replay.add_argument("--host", default="127.0.0.1", help="bind address; loopback by default")
    replay.add_argument("--port", type=int, default=8765, help="0 picks a free port (default 8765)")
    replay.add_argument(
        "--once", action="store_true", help="exit after the first client (default: replay to one client after another)"
    )
    replay.add_argument("-v", "--verbose", action="store_true", help="log connections")
    replay.add_argument(
        "--movie",
        metavar="FILE",
        default=None,
        help="instead of serving, draw each recorded tick in the window (offscreen under Xvfb works) and write "
        "a video, e.g. run.mp4 (the 'export' extra)",
    )
    replay.add_argument(
        "--window",
        action="store_true",
        help="open the window on the file itself (no server): Space pauses, the timeline seeks through the file",
    )
    replay.add_argument(
        "--history-budget",
        type=history_budget,
        default=512.0,
        metavar="MiB",
        help="with --window: memory for the timeline's keyframes (default 512; 0: no timeline)",
    )
    replay.add_argument("--fps", type=float, default=30.0, help="with --movie: ticks per second of video (default 30)")
    replay.add_argument(
        "--size", type=parse_size, default=(1200, 800), metavar="WxH", help="with --movie: the window's size (1200x800)"
    )
    replay.add_argument("--force", action="store_true", help="with --movie: overwrite FILE if it exists")
    replay.set_defaults(run=cmd_replay)

    export = sub.add_parser(
        "export",
        help="write a recording's fields to NWB (pynwb) or plain NumPy (.npz)",
        description="Read a recording, apply its updates tick by tick, and write every field's history: "
        "traces as time series with every appended value and their units, raster events as spike times, "
        "small fields per tick, every field's last value, the scene's metadata (docs/recording.md, Export). "
        "Needs the 'export' extra for NWB.",
        epilog=EXPORT_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    export.add_argument("file", help="a recording made by scenewire record")
    export.add_argument("out", help="the file to write, e.g. run.nwb or run.npz")
    export.add_argument(
        "--format", choices=("nwb", "npz"), default=None, help="nwb or npz (default: from OUT's suffix, else nwb)"
    )
    export.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    export.set_defaults(run=cmd_export)

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
    try:
        return int(args.run(args))
    except BrokenPipeError:
        # `scenewire probe URL | head`: the reader left; end quietly, as other tools in a pipe do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    sys.exit(main())
