"""RunHub: one session run, N clients (protocol 1.1's shared run, §2.5, §7.13).

The run is a session host (:mod:`.session_host`, a worker process or a thread)
whose frames the hub takes one by one, on the event loop, and for each:

1. decodes it and applies it to the run's own :class:`~scenewire.state.SceneState`
   (only the session's frames: the server's own messages to one client never
   reach the state, §7.13);
2. hands the same bytes to every client's :class:`~.client_outbox.ClientOutbox`
   in the same step, so no client can see a frame the state has not applied.

A client joining between two ticks gets the server's hello, then
``snapshot(state, index)`` (§7.13), then the live ticks: nothing missing,
nothing twice. One joining while a tick is open waits for its end (its hello
goes out at once). The controller's outbox holds the run's credit, so the
session waits for the person steering as in 1.0; an observer's outbox has its
own budget and is merged or closed 1008 when it falls behind: the run and the
other clients never wait for it.

Roles (§2.5): one controller; a 1.1 client asking for control while another
holds it observes and its request waits (first come, first served); control
passes on leave (or on ``control_request {want: false}``) to the oldest
waiting request. A 1.0 client controls when the slot is free and is refused
4000 otherwise; it never gets a 1.1 message, and its tick indices count from
0 on its connection (the frame that closes a tick is encoded again for it).

The run ends on ``stop_session`` (every client closed 1000), when the session
fails (1011), when the server stops (1001, :meth:`RunHub.end`), or when no
client has been connected for ``linger`` seconds; ``shutdown()`` always runs.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import functools
import logging
import math
import time
from collections.abc import Callable
from typing import Any

from websockets.asyncio.server import ServerConnection
from websockets.exceptions import ConnectionClosed

from ..protocol import CONTROL, OBSERVE, CloseCode, ControlRequest, Error, StatePatch, Tick, new_run_id
from ..protocol.connection import Close, Dropped, Received, Send
from ..protocol.connection import ServerConnection as Rules
from ..protocol.limits import KERNEL_SLACK_BYTES
from ..protocol.text import shown
from ..session import LoopEnd
from ..state import ApplyNote, SceneState, SnapshotError
from ..state.snapshot import snapshot
from ..wire import ErrorCode
from ..wire.errors import ProtocolError
from .backlog import limit_send_buffer
from .client_outbox import ClientOutbox, Entry
from .command_gate import CommandGate
from .keepalive import keep_alive
from .outbox import FrameOutbox
from .session_host import Isolation, SessionHost, make_host
from .socket_flow import BoundedSocket, close_and_discard
from .version_gate import downgrade_for_1_0, message_for_1_0, scene_refusal_for_1_0
from .ws_events import perform

log = logging.getLogger("scenewire.server")

__all__ = ["RunClient", "RunHub"]

FELL_BEHIND = "fell behind"
"""The start of the 1008 reason an observer gets when its budget is full and merging cannot make room (§2.5)."""


@dataclasses.dataclass(eq=False)
class RunClient:
    """One connection to a shared run."""

    ws: ServerConnection
    rules: Rules
    outbox: ClientOutbox
    access: str
    waiting: bool = False
    active: bool = False
    """Receiving the live ticks (after its snapshot); until then it waits for the open tick to close."""
    tick_offset: int = 0
    """A 1.0 client's ticks are counted from 0 on its connection: each index is sent less this."""
    fault: tuple[int, str] | None = None
    """Why the hub closes it (fell behind, no snapshot), once it does."""
    kicked: asyncio.Event = dataclasses.field(default_factory=asyncio.Event)
    refused: bool = False
    """No snapshot could be made for it (§7.13): it gets its hello and a 1011, never a tick."""

    @property
    def speaks_1_1(self) -> bool:
        return self.rules.speaks_1_1


class RunHub:
    """One session run shared by the clients of a server started with ``shared=True``."""

    def __init__(self, server: Any) -> None:
        """``server``: the :class:`~.ws_server.BackendServer` whose settings (budget, codec, limits, linger) and
        helpers (``_receive``, ``_watch_start``, ``_wait_for_end``) the run uses; not imported, which would make
        the two modules import each other."""
        self.server = server
        self.run_id = new_run_id()
        self.state = SceneState()
        """The run's scene state: every update of the session's ticks applied (the snapshots' source)."""
        self.last_tick: Tick | None = None
        self.in_tick = False
        self.sent_any = False
        self.clients: list[RunClient] = []
        self.controller: RunClient | None = None
        self.requests: list[RunClient] = []
        """Clients whose request for control waits, oldest first."""
        self.frames = 0
        self.decode_seconds = 0.0
        """Event-loop time spent decoding and applying the session's frames (for the benchmark and the log)."""
        self.ended = asyncio.Event()
        self.result: LoopEnd | None = None
        self._host: SessionHost | None = None
        self._life: asyncio.Task[None] | None = None
        self._linger: asyncio.Task[None] | None = None
        self._ending = False
        self._placeholder_cache: dict[tuple[int, float | None], bytes] = {}
        self.run_state: bytes | None = None
        """The last ``run_state`` frame (§7.15), for clients that join later; ``None`` before run control was used."""

    # -- the run -------------------------------------------------------------

    def start(self) -> None:
        """Start the session (at the first client, or at once with ``start_now``)."""
        loop = asyncio.get_running_loop()
        server = self.server
        budget = server.budget
        self.credit = budget.credit(2 * budget.send_buffer_request + KERNEL_SLACK_BYTES)
        self.outbox = FrameOutbox(loop, self.credit if server.isolation is Isolation.THREAD else None)
        self.gate = server.gate = CommandGate(loop, server.max_inbox_commands, server.max_inbox_bytes)
        done, initialized, starting = asyncio.Event(), asyncio.Event(), asyncio.Event()

        def threadsafe(event: asyncio.Event) -> Callable[[], None]:
            def set_it() -> None:
                with contextlib.suppress(RuntimeError):
                    loop.call_soon_threadsafe(event.set)

            return set_it

        self._done = done
        self._host = make_host(
            server.isolation,
            server.source,
            server.codec,
            self.outbox,
            threadsafe(done),
            threadsafe(initialized),
            self.gate,
            threadsafe(starting),
            credit=self.credit,
        )
        server._host = self._host
        self._host.start()
        self._life = asyncio.create_task(self._live(starting, initialized, done))
        log.info("run %s started", self.run_id)
        if self.server.linger > 0:
            self._start_linger()  # started before any client (start_now): the linger counts from now

    async def _live(self, starting: asyncio.Event, initialized: asyncio.Event, done: asyncio.Event) -> None:
        host = self._host
        assert host is not None
        pump = asyncio.create_task(self._pump())
        watchdog = asyncio.create_task(self.server._watch_start(starting, initialized, done))
        give_up = False
        code, reason = CloseCode.NORMAL, "session stopped"
        try:
            await asyncio.wait({pump, watchdog}, return_when=asyncio.FIRST_COMPLETED)
            if watchdog.done() and watchdog.result():
                reason, code, give_up = watchdog.result(), CloseCode.INTERNAL_ERROR, True
                log.error("run %s: %s (the session was %s)", self.run_id, reason, host.phase)
                error = self.server.codec.encode(Error(message=reason, code=ErrorCode.SESSION_ERROR.value))
                for client in self.clients:
                    client.outbox.put_own(error)
        except asyncio.CancelledError:
            code, reason = CloseCode.GOING_AWAY, "the server is shutting down"
        finally:
            self._ending = True
            host.close()
            self.outbox.close()
            ended, _ = await self.server._wait_for_end(host, done, 0.0 if give_up else self.server.shutdown_grace)
            if ended:
                result = await asyncio.to_thread(host.join)
                self.result = result.end
                if result.end is LoopEnd.FAILED and code is CloseCode.NORMAL:
                    code = CloseCode.INTERNAL_ERROR
                    reason = result.detail or "the session failed to start; see the error message"
            else:
                self.server.left_behind.append(f"left {host.phase}")
            if self.server._stopping and code is CloseCode.NORMAL:
                code, reason = CloseCode.GOING_AWAY, "the server is shutting down"
            for task in (pump, watchdog):
                task.cancel()
            await asyncio.gather(pump, watchdog, return_exceptions=True)
            if self._linger is not None:
                self._linger.cancel()
            for client in list(self.clients):
                client.outbox.finish(int(code), reason)
            self.server._host = None
            log.info("run %s ended (%s)", self.run_id, reason)
            self.ended.set()

    async def end(self) -> None:
        """End the run now: no more commands, ``shutdown()`` after the current tick; returns once it ended."""
        if self._host is not None and not self._ending:
            self._ending = True
            self._host.close()
        if self._life is not None:
            await asyncio.shield(self._life)

    async def _pump(self) -> None:
        """Every frame of the session, in order: applied to the state, then handed to every client."""
        while True:
            item = await self.outbox.get()
            if item is None:
                return
            frame, counted = item
            self._take(bytes(frame) if isinstance(frame, bytearray) else frame, counted)

    def _take(self, frame: bytes, counted: bool) -> None:
        started = time.perf_counter()
        release = functools.partial(self.outbox.sent, frame, counted)
        kind, field_id, key, tick = "", None, None, None
        record: Any = None
        try:
            record = self.server.codec.decode(frame)
        except ProtocolError as exc:  # the session's own encoder made it: never expected
            log.error("run %s: a frame of the session does not decode (%s); not applied", self.run_id, exc)
        else:
            kind = record.wire_kind
            if kind == "run_state":  # §7.15: outside every tick, never applied; 1.1 clients only
                self._run_state(frame)
                release()
                return
            tick = getattr(record, "tick_end", None)
            changes = self.state.apply(record)
            if kind in ("field_replace", "field_append"):
                field_id = record.field_id
            if kind == "field_replace" and not record.attrs_update and not _noted(changes.errors):
                coords = tuple(sorted((dim, tuple(c.shape)) for dim, c in (record.coords or {}).items()))
                key = (record.field_id, tuple(record.values.shape), coords)
        self.decode_seconds += time.perf_counter() - started
        self.frames += 1
        self.sent_any = True
        held = False
        too_new = scene_refusal_for_1_0(record.scene) if kind == "scene_ready" else None
        for client in self.clients:
            if not client.active:
                continue
            if too_new is not None and not client.speaks_1_1:
                self._refuse_1_0(client, too_new)
                continue
            data, sent = frame, record
            if not client.speaks_1_1 and kind in ("scene_ready", "scene_patch"):
                sent = message_for_1_0(record)  # §13: without the optional keys 1.1 added
                if sent is not record:
                    data = self.server.codec.encode(sent)
            if tick is not None and client.tick_offset:
                data = self.server.codec.encode(
                    dataclasses.replace(sent, tick_end=Tick(index=tick.index - client.tick_offset, time=tick.time))
                )
            entry = Entry(data, kind, field_id, key, tick)
            if client is self.controller:
                entry.release, held = release, True
            if not client.outbox.put(entry):
                self._fell_behind(client)
        if not held:
            release()
        if tick is not None:
            self.last_tick, self.in_tick = tick, False
            for client in self.clients:
                if not client.active and client.fault is None and not client.refused:
                    self._activate(client)
        else:
            self.in_tick = True

    def _run_state(self, frame: bytes) -> None:
        """Tell every active 1.1 client the run's state, and keep it for those who join later (§7.15)."""
        self.run_state = frame
        for client in self.clients:
            if client.active and client.speaks_1_1 and not client.outbox.put(Entry(frame, "run_state", own=True)):
                self._fell_behind(client)

    def _placeholder(self, tick: Any) -> bytes:
        """An empty ``state_patch`` closing ``tick``: what a merged-away frame that closed a tick leaves."""
        cache_key = (tick.index, tick.time)
        frame = self._placeholder_cache.get(cache_key)
        if frame is None:
            frame = self.server.codec.encode(StatePatch(updates={}, tick_end=tick))
            if len(self._placeholder_cache) > 1024:
                self._placeholder_cache.clear()
            self._placeholder_cache[cache_key] = frame
        return frame

    def _fell_behind(self, client: RunClient) -> None:
        if client.fault is not None:
            return
        reason = (
            f"{FELL_BEHIND}: {client.outbox.held_bytes} bytes waiting, over this observer's budget of "
            f"{client.outbox.budget} bytes, and merging could not make room"
        )
        log.info("%s: %s", client.ws.remote_address, reason)
        self._kick(client, CloseCode.POLICY_VIOLATION, reason)

    def _kick(self, client: RunClient, code: int, reason: str) -> None:
        client.fault = (int(code), reason)
        client.outbox.close()
        client.kicked.set()

    # -- clients ---------------------------------------------------------------

    def refusal(self, rules: Rules) -> str | None:
        """Why a client with this hello cannot join now (closed 4000), or ``None``."""
        if len(self.clients) >= self.server.max_clients:
            return f"busy: this run has {len(self.clients)} clients, the most this server takes (--max-clients)"
        if not rules.speaks_1_1 and self.controller is not None:
            return "busy: another client controls this run, and a 1.0 client cannot observe"
        return None

    async def serve(self, ws: ServerConnection, rules: Rules) -> None:
        """Serve one client whose hello was valid, from the server's hello until it leaves or the run ends."""
        asks = rules.requested_access
        if asks == CONTROL and self.controller is None:
            access, waiting = CONTROL, False
        else:
            access, waiting = OBSERVE, asks == CONTROL
        budget = None if access == CONTROL else self.server.budget.total
        client = RunClient(ws, rules, ClientOutbox(budget, self._placeholder), access, waiting)
        sock = ws.transport.get_extra_info("socket")
        if sock is not None:
            limit_send_buffer(sock, self.server.budget.send_buffer_request)
        self.clients.append(client)
        if access == CONTROL:
            self.controller = client
        if waiting:
            self.requests.append(client)
        if self._linger is not None:
            self._linger.cancel()
            self._linger = None
        for event in rules.accept(access=access, run=self.run_id):
            if isinstance(event, Send):
                client.outbox.put_own(event.data)
        log.info("%s joined run %s as %s (%d clients)", ws.remote_address, self.run_id, access, len(self.clients))
        if not self.in_tick:
            self._activate(client)
        self._tell_everyone(but=client)
        reader = asyncio.create_task(self._read(client))
        sender = asyncio.create_task(self._send(client))
        keeper = asyncio.create_task(self._keep_alive(client))
        kicked = asyncio.create_task(client.kicked.wait())
        tasks = {reader, sender, keeper, kicked}
        try:
            await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
            if client.fault is not None:
                for task in (reader, sender):  # close_and_discard reads what the client still sends
                    task.cancel()
                await asyncio.gather(reader, sender, return_exceptions=True)
                await close_and_discard(ws, *client.fault)
            elif keeper.done() and keeper.result() is not None:
                log.warning("%s: %s", ws.remote_address, keeper.result())
                sender.cancel()
                await perform(BoundedSocket(ws), rules.close(CloseCode.INTERNAL_ERROR, keeper.result()))
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            self._leave(client)

    def _refuse_1_0(self, client: RunClient, reason: str) -> None:
        """§13: a 1.0 client is never sent a 1.1 view: an ``error`` and close 4001 saying why; the run goes on."""
        log.warning("%s: %s", client.ws.remote_address, reason)
        client.active, client.refused = False, True
        client.outbox.put_own(self.server.codec.encode(Error(message=reason, code=ErrorCode.VERSION_MISMATCH.value)))
        client.outbox.finish(int(CloseCode.VERSION_MISMATCH), reason)

    def _activate(self, client: RunClient) -> None:
        """Between two ticks: the snapshot (when the run has sent updates), then the live ticks, then ``access``."""
        too_new = None if client.speaks_1_1 else scene_refusal_for_1_0(self.state.scene)
        if too_new is not None:
            self._refuse_1_0(client, too_new)
            return
        if self.sent_any and self.last_tick is not None:
            index = self.last_tick.index
            if not client.speaks_1_1:
                client.tick_offset, index = index, 0
            try:
                made = snapshot(self.state, index, self.last_tick.time, max_frame_bytes=self.server.max_frame_bytes)
            except SnapshotError as exc:
                # §7.13: no part of a snapshot; its hello goes out, then 1011 with the reason. The run goes on.
                log.error("%s: %s", client.ws.remote_address, exc)
                client.refused = True
                client.outbox.finish(int(CloseCode.INTERNAL_ERROR), str(exc))
                return
            for update, frame in zip(made.updates, made.frames, strict=True):
                if not client.speaks_1_1:
                    frame = downgrade_for_1_0(self.server.codec, frame)
                client.outbox.put(Entry(frame, update.wire_kind, tick_end=update.tick_end))
        if self.run_state is not None and client.speaks_1_1:  # §7.15: a late joiner learns paused and speed
            client.outbox.put(Entry(self.run_state, "run_state", own=True))
        client.active = True
        self._tell(client)

    def _leave(self, client: RunClient) -> None:
        client.outbox.close()
        if client in self.clients:
            self.clients.remove(client)
        if client in self.requests:
            self.requests.remove(client)
        if client is self.controller:
            self.controller = None
            self._pass_control()
        log.info("%s left run %s (%d clients)", client.ws.remote_address, self.run_id, len(self.clients))
        self._tell_everyone()
        if not self.clients and not self._ending:
            self._start_linger()

    def _start_linger(self) -> None:
        linger = self.server.linger
        if linger <= 0:
            self._linger = asyncio.create_task(self.end())
        elif math.isfinite(linger):
            self._linger = asyncio.create_task(self._linger_out(linger))

    async def _linger_out(self, seconds: float) -> None:
        await asyncio.sleep(seconds)  # the linger itself is a span of time, not a wait for a condition
        if not self.clients:
            log.info("run %s: no client for %g s; ending it", self.run_id, seconds)
            await self.end()

    def _pass_control(self) -> None:
        """The slot is free: to the oldest waiting request, if any."""
        if self.controller is not None or not self.requests:
            return
        client = self.requests.pop(0)
        client.access, client.waiting = CONTROL, False
        self.controller = client
        client.outbox.budget = None  # the run now waits for it, as for every controller
        log.info("%s: control passed to it", client.ws.remote_address)

    def _control_request(self, client: RunClient, want: bool) -> None:
        if want:
            if client is self.controller:
                pass
            elif self.controller is None:
                client.access, client.waiting = CONTROL, False
                self.controller = client
                client.outbox.budget = None
            elif client not in self.requests:
                self.requests.append(client)
                client.waiting = True
        else:
            if client in self.requests:
                self.requests.remove(client)
            client.waiting = False
            if client is self.controller:
                self.controller = None
                client.access = OBSERVE
                client.outbox.budget = self.server.budget.total
                self._pass_control()
        self._tell_everyone(but=client)
        self._tell(client)  # §7.14: every control_request gets an answer (one), changed or not

    def _tell(self, client: RunClient) -> None:
        if not client.active or client.fault is not None:
            return  # a joiner gets its first access after its snapshot
        frame = client.rules.access_frame(client.access, client.waiting, len(self.clients))
        if frame is not None:
            client.outbox.put_own(frame)

    def _tell_everyone(self, but: RunClient | None = None) -> None:
        for client in self.clients:
            if client is not but:
                self._tell(client)

    # -- one client's tasks ------------------------------------------------------

    async def _read(self, client: RunClient) -> None:
        ws, rules = client.ws, client.rules
        server = self.server
        try:
            while True:
                if client is self.controller:
                    await self.gate.wait_for_room()  # a busy session: TCP slows the controller down
                data = await ws.recv()
                for event in await server._receive(rules, data):
                    if isinstance(event, Received):
                        message = event.message
                        if isinstance(message, ControlRequest):
                            self._control_request(client, message.want)
                        elif client is self.controller and self._host is not None and not self._ending:
                            self.gate.added(len(data))
                            self._host.command(message)  # type: ignore[arg-type]
                        elif client is not self.controller and not self._reply(
                            client, rules.not_controller_frame(message)
                        ):
                            return
                    elif isinstance(event, Send):
                        if not self._reply(client, event.data):
                            return
                    elif isinstance(event, Dropped):
                        log.info("dropped a frame: %s", shown(str(event.error), 300))
                    elif isinstance(event, Close):
                        client.outbox.close()
                        await close_and_discard(ws, event.code, event.reason)
                        return
        except ConnectionClosed:
            pass

    def _reply(self, client: RunClient, frame: bytes) -> bool:
        """The server's own answer to this client; ``False`` (and the client closed 1008) when it reads none."""
        if client.outbox.own_pending >= self.server.max_unread_replies:
            reason = f"{client.outbox.own_pending} error replies left unread; stop sending frames we drop"
            self._kick(client, CloseCode.POLICY_VIOLATION, reason)
            return False
        client.outbox.put_own(frame)
        return True

    async def _send(self, client: RunClient) -> None:
        ws = client.ws
        try:
            while True:
                entry = await client.outbox.get()
                if entry is None:
                    break
                try:
                    await ws.send(entry.frame)
                finally:
                    client.outbox.sent(entry)
        except ConnectionClosed:
            return
        end = client.outbox.end
        if end is not None and client.fault is None:
            await perform(BoundedSocket(ws), client.rules.close(CloseCode(end[0]), end[1]))

    async def _keep_alive(self, client: RunClient) -> str | None:
        server = self.server
        if not server.ping_interval:
            await asyncio.Event().wait()
        assert server.ping_interval
        timeout = server.ping_timeout or server.ping_interval
        return await keep_alive(client.ws, lambda: client.outbox.sent_bytes, server.ping_interval, timeout)


def _noted(errors: list[Any]) -> bool:
    return any(isinstance(e, ApplyNote) for e in errors)
