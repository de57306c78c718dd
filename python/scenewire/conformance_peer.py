"""A scripted peer that checks a client or a server: run it, point it at the other side, read the verdict.

    scenewire peer [--scenario client_session] [--port 8765]
    scenewire peer --scenario server_decode_fault_wins --connect ws://127.0.0.1:8765

It plays one exchange from ``conformance/exchanges/`` over a real WebSocket
(§15.5). An exchange that checks a client (``plays`` absent or ``"server"``:
handshake, a scene, updates, a frame the client cannot decode, a close) makes
the peer a server that waits for the client. One that checks a server
(``"plays": "client"``: frames that travel the wrong way, frames that fail to
decode, a command before the hello) makes it a client of ``--connect``.
Either way it checks every frame the other side sends (binary, decodable,
canonical bytes, the expected kind and fields, the close code) and prints
one line per check and a verdict. Exit status 0 means the other side passed.
Unlike a conforming peer it sends what the script says, bad frames included;
as a server its subprotocol choice, close codes and reasons are those of
:mod:`scenewire.protocol.connection`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from websockets.asyncio.client import connect
from websockets.asyncio.connection import Connection
from websockets.asyncio.server import ServerConnection, serve
from websockets.exceptions import ConnectionClosed

from .protocol import REGISTRY, Access, decode, encode
from .protocol.close import CloseCode, close_reason
from .protocol.connection import TEXT_FRAME_REASON, Close, select_subprotocol, token_of, with_token
from .protocol.connection import ServerConnection as Rules
from .protocol.hello import SUBPROTOCOL
from .protocol.limits import MAX_SHOWN_TEXT_BYTES
from .protocol.text import shown
from .protocol.updates import UPDATES, Error
from .scene import Scene
from .transports.addresses import connect_url
from .transports.ws_server import offered_subprotocols
from .wire import ProtocolError
from .wire.jsonform import from_json_form
from .wire.records import Record

DEFAULT_CONFORMANCE = Path(__file__).resolve().parents[2] / "conformance"


@dataclass
class Verdict:
    """Every check made, in order; the client passes when all of them did."""

    checks: list[tuple[bool, str]] = field(default_factory=list)

    def check(self, ok: bool, what: str) -> bool:
        self.checks.append((ok, what))
        print(shown(f"{'PASS' if ok else 'FAIL'} {what}", MAX_SHOWN_TEXT_BYTES), flush=True)  # `what` quotes the peer
        return ok

    @property
    def passed(self) -> bool:
        return bool(self.checks) and all(ok for ok, _ in self.checks)

    def summary(self) -> str:
        failed = sum(not ok for ok, _ in self.checks)
        word = "PASS" if self.passed else "FAIL"
        return f"verdict: {word} ({len(self.checks) - failed} passed, {failed} failed)"


def load_script(name: str, conformance: Path = DEFAULT_CONFORMANCE) -> dict[str, Any]:
    path = conformance / "exchanges" / f"{name}.json"
    if not path.exists():
        known = sorted(p.stem for p in (conformance / "exchanges").glob("*.json"))
        raise SystemExit(f"no exchange {name!r} under {path.parent}; known: {', '.join(known)}")
    return json.loads(path.read_text(encoding="utf-8"))


def plays_client(script: dict[str, Any]) -> bool:
    """Whether the peer is the client in ``script`` (it checks a server), not the server (§15.5)."""
    return script.get("plays", "server") == "client"


def frame_for(step: dict[str, Any], conformance: Path = DEFAULT_CONFORMANCE) -> bytes:
    """The bytes a ``send``, ``send_hex`` or ``send_json`` step sends (§15.5)."""
    if "send" in step:
        return (conformance / step["send"]).read_bytes()
    if "send_hex" in step:
        return bytes.fromhex(step["send_hex"])
    return encode(REGISTRY.from_tree(from_json_form(step["send_json"])))


class Player:
    """Plays one script over one connection and fills a :class:`Verdict`."""

    def __init__(self, script: dict[str, Any], conformance: Path, verdict: Verdict) -> None:
        self.script = script
        self.conformance = conformance
        self.verdict = verdict
        self.scene: Scene | None = None
        self.other = "server" if plays_client(script) else "client"

    def frame_for(self, step: dict[str, Any]) -> bytes:
        return frame_for(step, self.conformance)

    async def receive_message(self, ws: Connection, timeout: float) -> Record | None:
        """The next frame, checked: binary, decodable, canonical. ``None`` if it failed a check."""
        frame = await asyncio.wait_for(ws.recv(), timeout)
        if not self.verdict.check(isinstance(frame, bytes), f"{self.other} frame is binary"):
            await ws.close(CloseCode.UNSUPPORTED_DATA, TEXT_FRAME_REASON)  # §2.1, as any server does
            return None
        try:
            message = decode(frame)
        except ProtocolError as exc:
            self.verdict.check(False, f"{self.other} frame decodes ({exc})")
            return None
        canonical = encode(message) == frame
        self.verdict.check(canonical, f"{self.other} {message.wire_kind} is canonically encoded")
        return message

    def check_fields(self, message: Record, wanted: dict[str, Any]) -> None:
        for key, value in wanted.items():
            got = getattr(message, key, None)
            self.verdict.check(got == value, f"{message.wire_kind}.{key} is {value!r} (got {got!r})")

    def check_control(self, message: Record) -> None:
        if self.scene is None:
            return
        controls = {c.id: c for c in self.scene.controls}
        control = controls.get(getattr(message, "control_id", None))
        if not self.verdict.check(control is not None, f"set_control names a control of the scene ({message})"):
            return
        self.verdict.check(
            control.spec.accepts(message.value),  # type: ignore[attr-defined]
            f"value {message.value!r} fits control {control.id!r}",  # type: ignore[attr-defined]
        )

    async def play(self, ws: Connection) -> None:
        for step in self.script["steps"]:
            if "expect_subprotocol" in step:
                how = "selected" if plays_client(self.script) else "offered"
                self.verdict.check(
                    ws.subprotocol == step["expect_subprotocol"],
                    f"{self.other} {how} subprotocol {step['expect_subprotocol']} (agreed: {ws.subprotocol})",
                )
            elif "send" in step or "send_json" in step or "send_hex" in step:
                frame = self.frame_for(step)
                if step.get("remember_scene"):
                    self.scene = decode(frame).scene  # type: ignore[attr-defined]
                await ws.send(frame)
            elif "expect" in step:
                await self.expect(ws, step)
            elif "expect_close" in step:
                await self.expect_close(ws, step)
            elif "close" in step:
                await ws.close(step["close"], close_reason(step.get("reason", "")))
                self.verdict.check(True, f"peer closed with {step['close']}")
            else:
                raise ValueError(f"unknown step {step}")

    @staticmethod
    def session_traffic(message: Record) -> bool:
        """A server's frame the run may send at any time (§2.4): any update but an ``error`` of the protocol's own,
        and 1.1's ``access`` message (§7.14: it comes whenever the clients or a role change)."""
        if isinstance(message, Error):
            return message.code == "session_error"
        return isinstance(message, (*UPDATES, Access))

    async def expect(self, ws: Connection, step: dict[str, Any]) -> None:
        kind = step["expect"]
        timeout = float(step.get("timeout_s", 10))
        broken: set[str] = set()  # forbidden kinds the client sent
        deadline = asyncio.get_running_loop().time() + timeout  # the step's, however many frames come first
        while True:
            left = deadline - asyncio.get_running_loop().time()
            if left <= 0:
                raise asyncio.TimeoutError(f"no {kind} within {timeout:g} s")
            message = await self.receive_message(ws, left)
            if message is None:
                continue
            if plays_client(self.script):
                # the session's updates may come before the expected frame, never before the hello (§15.5)
                awaited = message.wire_kind == kind == "access"  # the only one of these a step waits for
                if kind != "hello" and self.session_traffic(message) and not awaited:
                    continue
                if message.wire_kind == kind:
                    break
                self.verdict.check(False, f"server sent {message.wire_kind} while the peer waited for {kind}")
                if kind == "hello":
                    return
                continue
            if message.wire_kind == kind:
                break
            if message.wire_kind in step.get("forbid", ()):
                self.verdict.check(False, f"client sent no {message.wire_kind} (it sent one)")
                broken.add(message.wire_kind)
                continue
            # a client may send other commands (a key, a click) before the expected one
            self.verdict.check(
                message.wire_kind in REGISTRY.by_kind and kind != "hello",
                f"client sent {message.wire_kind} while the peer waited for {kind}",
            )
        self.verdict.check(True, f"{self.other} sent {kind}")
        for forbidden in set(step.get("forbid", ())) - broken:
            self.verdict.check(True, f"{self.other} sent no {forbidden} before its {kind}")
        self.check_fields(message, step.get("fields", {}))
        if step.get("check") == "control_fits_scene":
            self.check_control(message)

    async def expect_close(self, ws: Connection, step: dict[str, Any]) -> None:
        if plays_client(self.script):
            await self.expect_server_close(ws, step)
            return
        try:
            await asyncio.wait_for(ws.wait_closed(), float(step.get("timeout_s", 10)))
        except asyncio.TimeoutError:
            self.verdict.check(False, f"client closed the connection with {step['expect_close']} (it did not close)")
            return
        code = ws.close_code
        self.verdict.check(code == step["expect_close"], f"client closed with {step['expect_close']} (got {code})")

    async def expect_server_close(self, ws: Connection, step: dict[str, Any]) -> None:
        """Read every frame until the server closes: updates may come first unless ``frames_before`` is none."""
        want, frames = step["expect_close"], []
        try:
            async with asyncio.timeout(float(step.get("timeout_s", 10))):
                try:
                    while True:
                        frames.append(await ws.recv())
                except ConnectionClosed:
                    pass
        except TimeoutError:
            self.verdict.check(False, f"server closed the connection with {want} (it did not close)")
            return
        for forbidden in step.get("forbid", ()):
            sent = [f for f in frames if describe_frame(f) == forbidden]
            self.verdict.check(not sent, f"server sent no {forbidden} before its close (it sent {len(sent)})")
        if step.get("frames_before") == "none":
            kinds = [describe_frame(frame) for frame in frames]
            self.verdict.check(
                not frames, f"server sent nothing before its close (got {', '.join(kinds) or 'nothing'})"
            )
        code = ws.close_code
        reason = ws.close_reason or ""
        self.verdict.check(code == want, f"server closed with {want} (got {code} {reason!r})")


def describe_frame(frame: bytes | str) -> str:
    """A frame's kind for a message, or what it was when it has none."""
    if isinstance(frame, str):
        return "a text frame"
    try:
        return decode(frame).wire_kind
    except ProtocolError as exc:
        return f"an undecodable frame ({exc.code.value})"


async def run_client(
    scenario: str,
    url: str,
    conformance: Path = DEFAULT_CONFORMANCE,
    timeout: float = 120.0,
) -> Verdict:
    """Connect to the server at ``url`` (a token in its query, if it needs one) and play ``scenario``.

    The peer offers ``scenewire.v1`` and nothing else; every other frame it
    sends is one the script names.
    """
    script = load_script(scenario, conformance)
    if not plays_client(script):
        raise SystemExit(f"exchange {scenario!r} checks a client: run the peer without --connect")
    verdict = Verdict()
    print(f"conformance peer: playing {scenario!r} against {url}", flush=True)
    try:
        async with asyncio.timeout(timeout):
            async with connect(url, subprotocols=[SUBPROTOCOL], compression=None) as ws:  # type: ignore[list-item]
                try:
                    await Player(script, conformance, verdict).play(ws)
                except ConnectionClosed as exc:
                    verdict.check(False, f"server stayed connected until the script ended (closed: {exc})")
    except TimeoutError:
        verdict.check(False, f"the server answered within the step's time limit (or the {timeout:.0f} s in all)")
    except OSError as exc:
        verdict.check(False, f"the peer connected to {url} ({exc})")
    print(verdict.summary(), flush=True)
    return verdict


async def run_peer(
    scenario: str = "client_session",
    host: str = "127.0.0.1",
    port: int = 8765,
    conformance: Path = DEFAULT_CONFORMANCE,
    timeout: float = 120.0,
    on_ready: Callable[[int], None] | None = None,
    token: str | None = None,
) -> Verdict:
    """Serve until one client has played ``scenario`` (or ``timeout`` passes).

    With ``token``, the client must present it as a server requiring one
    asks (§2.9: ``?token=`` in the URL); the printed URL carries it.
    """
    script = load_script(scenario, conformance)
    if plays_client(script):
        raise SystemExit(f"exchange {scenario!r} checks a server: run the peer with --connect ws://HOST:PORT")
    verdict = Verdict()
    done = asyncio.Event()

    async def handler(ws: ServerConnection) -> None:
        if done.is_set():
            await ws.close(CloseCode.BUSY, "busy: the conformance peer plays one client")
            return
        path = ws.request.path if ws.request is not None else "/"
        refusal = Rules(token=token).upgrade(offered_subprotocols(ws), token_of(path))  # §2.9, §2.2
        for event in refusal:
            if isinstance(event, Close):
                await ws.close(event.code, event.reason)
                verdict.check(False, f"client presented the token and offered {SUBPROTOCOL} ({event.reason})")
                done.set()
                return
        player = Player(script, conformance, verdict)
        try:
            await player.play(ws)
        except ConnectionClosed as exc:
            verdict.check(False, f"client stayed connected until the script ended (closed: {exc})")
        except asyncio.TimeoutError:
            verdict.check(False, "client answered within the step's time limit")
        finally:
            done.set()

    def pick(connection: ServerConnection, offered: list[str]) -> str | None:
        return select_subprotocol(offered)

    async with serve(handler, host, port, select_subprotocol=pick) as server:
        bound = server.sockets[0].getsockname()[1]
        print(f"conformance peer: playing {scenario!r} on {with_token(connect_url(host, bound), token)}", flush=True)
        if script.get("instructions"):
            print(f"conformance peer: {script['instructions']}", flush=True)
        if on_ready is not None:
            on_ready(bound)
        try:
            await asyncio.wait_for(done.wait(), timeout)
        except asyncio.TimeoutError:
            verdict.check(False, f"a client connected and finished within {timeout:.0f} s")
    print(verdict.summary(), flush=True)
    return verdict


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scenewire peer", description=__doc__.splitlines()[0])
    parser.add_argument("--scenario", default="client_session", help="an exchange under conformance/exchanges")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--conformance", type=Path, default=DEFAULT_CONFORMANCE, help="the conformance folder")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds to wait for a client to finish")
    parser.add_argument("--token", default=None, help="require this token, as a server would (?token= in the URL)")
    parser.add_argument(
        "--connect", metavar="URL", default=None, help="the server to check, for an exchange that plays the client"
    )
    args = parser.parse_args(argv)
    if args.connect is not None:
        verdict = asyncio.run(run_client(args.scenario, args.connect, args.conformance, args.timeout))
    else:
        verdict = asyncio.run(
            run_peer(args.scenario, args.host, args.port, args.conformance, args.timeout, token=args.token)
        )
    return 0 if verdict.passed else 1


if __name__ == "__main__":
    sys.exit(main())
