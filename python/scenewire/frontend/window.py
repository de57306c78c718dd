"""VispyFrontendWindow: the scene's layout as Qt panels, kept up to date from one 60 Hz timer.

Each tick the timer polls the transport, lets the updates through a
:class:`~scenewire.state.scene_state.TickGate` (a session's tick is applied whole
or not yet, so the window never draws half of one, §7.12), applies them to
the :class:`~scenewire.state.scene_state.SceneState` (within a time budget that
ends only between ticks, so a burst is spread over several frames instead of
freezing the window), and hands the :class:`~scenewire.state.scene_state.Changes`
only to the panels and view adapters whose inputs changed. The window has no
per-view-kind code: panels come from the layout, view adapters from
:mod:`.views.registry`.

A new ``scene_ready`` or ``layout_replace`` rebuilds only the panels whose
content differs (their record, views, geometries, controls or actions); the
others keep their widgets and are told the scene is new.

On a shared run (protocol 1.1) the status bar shows the window's role
(:mod:`.panels.role`) and offers to take control, once there is someone to
share it with (a controller alone, as on a per-connection run, looks as
with 1.0). An observer's controls,
action buttons and shortcuts are disabled, each with a tooltip saying why,
and its keys and clicks are not sent: the status line says so instead. A
``not_controller`` error (control lost between a click and the server) is
shown the same way, as a note, not as a red error. Against a 1.0 server
none of this shows.
"""

from __future__ import annotations

import copy
import logging
import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PyQt6.QtCore import Qt, QTimer
from PyQt6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PyQt6.QtWidgets import QGridLayout, QGroupBox, QLabel, QMainWindow, QSizePolicy, QVBoxLayout, QWidget

from ..protocol import (
    Access,
    Error,
    InvokeAction,
    KeyPressed,
    RunControl,
    RunState,
    SceneReady,
    SessionCommand,
    SessionUpdate,
    SetControl,
    Status,
)
from ..protocol.limits import MAX_PANELS
from ..scene import Panel
from ..state import Changes, SceneState, TickGate
from ..wire.errors import ErrorCode
from ..wire.records import values_equal
from .app_spec import AppSpec, ScreenshotSpec
from .history import MIB, History
from .keys import key_name, key_sequences
from .panels.controls import ControlsPanel, too_many_controls
from .panels.role import READ_ONLY_TIP, TAKE_CONTROL_KEYS, RolePanel
from .panels.status import StatusPanel
from .panels.timeline import LIVE_KEY, TimelinePanel
from .panels.views import ViewPanel
from .qt_transport import AccessState, Joined, Lost
from .text import count_text, shown
from .view_menu import ViewControls

log = logging.getLogger("scenewire.frontend")

POLL_INTERVAL_MS = 16  # the 60 Hz poll
NO_SCENE_GRACE_S = 30.0  # how much longer a screenshot waits for a first scene that is late, with no error shown
APPLY_BUDGET_S = 0.008  # start no new tick of updates after this long in one poll; the rest wait for the next
QUIET_HINT_S = 5.0  # a scene followed by nothing for this long gets a hint in the status bar
QUIET_HINT = (
    "Nothing has come from the session since its scene ({seconds:g} s): a session sends updates from "
    "advance(), which runs while its is_live() returns True"
)
NOTE_MS = 6000  # how long a note about the role (a key not sent, control taken) stays in the status line
JOIN_NOTE_MS = 15000  # how long "back in run ..." stays
DEFAULT_TITLE = "scenewire"
CONTROLS_MIN_WIDTH = 300


class PanelFrame(QGroupBox):
    """One panel: a titled box around a views panel or a controls panel."""

    def __init__(self, record: Panel, body: ViewPanel | ControlsPanel, signature: list[Any]) -> None:
        super().__init__(shown(record.title))
        self.setObjectName(f"panel:{record.id}")
        self.record = record
        self.body = body
        self.signature = signature
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(body)
        if isinstance(body, ControlsPanel):
            # as tall as its controls, no taller: the views take the height that is left
            self.setMinimumWidth(CONTROLS_MIN_WIDTH)
            self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def apply(self, changes: Changes) -> bool:
        """Pass ``changes`` on if they reach this panel; whether they did."""
        body = self.body
        if isinstance(body, ControlsPanel):
            ids = set(self.record.control_ids) | set(self.record.action_ids)
            if (changes.controls | changes.actions) & ids:
                body.apply(changes)
                return True
            return False
        return bool(body.apply(changes))

    def close_panel(self) -> None:
        self.body.close_panel()


class VispyFrontendWindow(QMainWindow):
    """The window of one :class:`AppSpec`; ``shutdown()`` stops its transport (also on close)."""

    def __init__(self, spec: AppSpec, *, screenshot: ScreenshotSpec | None = None) -> None:
        super().__init__()
        self.spec = spec
        self.state = SceneState()  # the live state: what the run has sent
        self.shown = self.state  # what the panels draw: the live state, or a past one from the timeline
        self.history = History(int(spec.history_mib * MIB), store=spec.history_store)
        self.transport = spec.make_transport()
        self.frames: dict[str, PanelFrame] = {}
        self.shortcuts: list[QShortcut] = []
        self.claimed_keys: dict[str, str] = {}  # shortcut name -> action id
        self.gate = TickGate()  # one per connection
        self._connection = 0  # the transport's polled_connection the gate belongs to
        self.pending: deque[list[SessionUpdate]] = deque()  # units to apply whole: a tick, or one update
        self.updates_applied = 0
        self.ticks_applied = 0
        self.last_tick: Any = None  # the tick_end of the last tick applied (index, time)
        self.exit_code: int | None = None
        self._shut = False
        self._panels_over = 0  # the panel count of a layout over MAX_PANELS, once said
        self._stats = (time.monotonic(), 0, 0)  # since, updates applied then, bytes received then
        self._second_longest = 0.0  # the longest poll-and-apply since the last report
        self.diagnostics = Diagnostics()
        self._quiet_since: float | None = None  # when a scene_ready came that nothing has followed yet
        self._quiet_hint: str | None = None  # the hint shown for it, until the next update
        self.access: AccessState | None = None  # the role on a shared run (1.1); None: every command goes
        self.run: str | None = None  # the run the last 1.1 hello named
        self.run_state: RunState | None = None  # the run's last run_state (1.1, §7.15); None: running, no limit
        self.join_note: str | None = None  # what the last reconnection found: back in the same run, or a new one
        self._rejoined: tuple[str, Any] | None = None  # (run, the last tick before the drop) until a tick comes
        self._shared_seen = False  # another client joined, or this one observed: the role is worth showing

        self.status = StatusPanel(self)
        self.view_controls = ViewControls(self)
        self.setStatusBar(self.status)
        self.role = RolePanel(self.request_control, self.status)
        self.status.insertWidget(0, self.role)
        self.take_control_key = QShortcut(TAKE_CONTROL_KEYS, self)
        self.take_control_key.setContext(Qt.ShortcutContext.WindowShortcut)
        self.take_control_key.activated.connect(lambda: self.role.isVisible() and self.role.button.click())
        self.status.diagnostics.setVisible(spec.diagnostics is not None and spec.diagnostics.show_rates)
        central = QWidget(self)
        central.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        views = QWidget(central)
        column.addWidget(views, 1)
        self.timeline = TimelinePanel(self, self.history)  # hidden until the history holds two ticks
        column.addWidget(self.timeline)
        self.grid = QGridLayout(views)
        self.grid.setContentsMargins(6, 6, 6, 6)
        self.grid.setSpacing(6)
        self.waiting = QLabel("", views)
        self.waiting.setObjectName("waiting")
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waiting.setStyleSheet("QLabel#waiting { color: #555; font-size: 15px; }")
        self.grid.addWidget(self.waiting, 0, 0)
        self.setCentralWidget(central)
        self.resize(1200, 800)

        self.timer = QTimer(self)
        self.timer.setInterval(POLL_INTERVAL_MS)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.poll)

        if spec.scene is not None:
            self.render(self.state.apply(SceneReady(scene=spec.scene)))
        self.refresh_title()
        if self.transport is not None:
            try:
                self.transport.start()
            except Exception as exc:  # a session source that cannot start: say so in the window
                log.exception("starting the transport failed")
                self.status.show_error(f"could not start the session: {exc}")
                self.transport = None
            else:
                self.timer.start()
        self.refresh_waiting()
        if screenshot is not None:
            self._arm_screenshot(screenshot)

    # -- the 60 Hz tick ------------------------------------------------------------

    def poll(self) -> None:
        """Poll, apply within the budget, redraw what changed."""
        started = time.perf_counter()
        transport = self.transport
        # take more only once everything taken before is applied: what waits stays in the transport's
        # bounded inbox (§11.1), which then stops reading, instead of piling up here
        if transport is not None and not self.pending:
            try:
                self.receive(transport.poll_updates(), getattr(transport, "polled_connection", 0))
            except Exception as exc:  # a transport bug must not kill the window
                log.exception("polling the transport failed")
                self.status.show_error(f"the connection failed: {exc}")
                self.timer.stop()
        shown_tick = self.last_tick
        changes = self.apply_pending(started + APPLY_BUDGET_S)
        if changes and self.timeline.scrubbing:  # the views show the past: only the status bar hears the run
            self.render(Changes(status=changes.status, errors=changes.errors))
            self.timeline.live_tick()
        elif changes:
            self.render(changes)
        self.timeline.refresh()
        if self.last_tick is not shown_tick:
            self.status.show_tick(self.last_tick)
        # closed is read before the backlog: what the connection sent before it closed is never left behind
        over = transport is not None and getattr(transport, "closed", False) and not getattr(transport, "backlog", 0)
        if over and not self.pending:
            self.drop_open_tick("the connection ended")
            self.timer.stop()  # the connection is over and everything it brought is shown
        if not self.frames:
            self.refresh_waiting()
        self._hint_if_quiet(over)
        self._report_rates(time.perf_counter() - started)

    def receive(self, updates: list[SessionUpdate], connection: int = 0) -> None:
        """Queue what the transport brought, in whole ticks (§7.12); a new connection gets a new gate.

        What a 1.1 server says about this client (its hello's role and run, ``access``
        messages, ``not_controller`` errors) is the window's, never the scene state's.
        """
        if connection != self._connection:
            self.show_run_state(None)  # a new connection's run says its own
            self.drop_open_tick("a new connection began")
            self._connection = connection
            self.gate = TickGate()
            if self.last_tick is not None and self.run is not None:
                self._rejoined = (self.run, self.last_tick)
            self.last_tick = None  # the new session's clock starts again
            self.status.show_tick(None)
        scene_updates: list[SessionUpdate] = []
        for update in updates:
            if isinstance(update, Joined):
                self.joined(update)
            elif isinstance(update, Lost):
                self.role.show_reconnecting(update.message)
                self.note(update.message, 0)
            elif isinstance(update, Access):
                run = self.access.run if self.access is not None else self.run
                self.set_access(AccessState(update.access, update.waiting, update.clients, run))
            elif isinstance(update, RunState):  # the server's own, outside every tick (§7.15)
                self.show_run_state(update)
            elif isinstance(update, Error) and update.code == ErrorCode.NOT_CONTROLLER.value:
                self.note(
                    f"Not sent: this window observes ({shown(update.message)}). "
                    f"Take control ({TAKE_CONTROL_KEYS}) to steer."
                )
            else:
                scene_updates.append(update)
        self.pending.extend(self.gate.release_ticks(scene_updates))

    # -- roles on a shared run (1.1) ---------------------------------------------------

    def joined(self, joined: Joined) -> None:
        """A connection's hello: its role and run; after a reconnection, whether it is the same run."""
        before = self._rejoined if self.run is not None else None
        if joined.access is None:  # a 1.0 server: today's window, every command goes
            self.run = None
            self._rejoined = None
            self.set_access(None)
            return
        if joined.connection > 1 and self.run is not None:
            if joined.run == self.run:
                self._rejoined = before or (self.run, None)  # the note waits for the run's present tick
            else:
                self._rejoined = None
                self.join_note = f"A new run started ({short_run(joined.run)}); the run before has ended."
                self.note(self.join_note, JOIN_NOTE_MS)
        self.run = joined.run
        self.set_access(AccessState(joined.access, run=joined.run))

    def set_access(self, access: AccessState | None) -> None:
        """Show the role, and make the controls read-only or not to match."""
        before = self.access
        self.access = access
        if access is not None and (access.clients > 1 or not access.controls):
            self._shared_seen = True
        if access is None or not self._shared_seen:
            self.role.hide()  # a 1.0 server, or a run nobody else has joined yet: the window looks as ever
        else:
            self.role.show_access(access.access, access.waiting, access.clients, access.run)
            if before is not None and before.controls != access.controls:
                now = "controls" if access.controls else "observes"
                self.note(f"This window now {now} the run.")
        if (before is None or before.controls) != (access is None or access.controls):
            self.refresh_read_only()

    @property
    def read_only(self) -> bool:
        """An observer: its controls, actions and keys do not reach the session."""
        return self.access is not None and not self.access.controls

    def refresh_read_only(self) -> None:
        why = READ_ONLY_TIP if self.read_only else None
        for frame in self.frames.values():
            if isinstance(frame.body, ControlsPanel):
                frame.body.set_read_only(why)
        for shortcut in self.shortcuts:
            shortcut.setEnabled(why is None)

    def request_control(self, want: bool = True) -> None:
        """Ask the server for control (``want``) or give it up; the answer comes as an ``access`` message."""
        transport = self.transport
        ask = getattr(transport, "request_control", None)
        if ask is None or not ask(want):
            self.note("The connection is not open: control cannot be asked for now.")

    def note(self, text: str, timeout_ms: int = NOTE_MS) -> None:
        """A line in the status line that fades: about this window's role, never an error."""
        self.status.show_status(Status(message=text, timeout_ms=timeout_ms))

    def _note_rejoined(self, tick: Any) -> None:
        """The first tick after a reconnection to the same run: say so, with the run's time now and before."""
        assert self._rejoined is not None
        run, before = self._rejoined
        self._rejoined = None
        now = _tick_text(tick)
        was = f" (it was {_tick_text(before)} when the connection dropped)" if before is not None else ""
        self.join_note = f"Back in run {short_run(run)}, {now}{was}: the run went on."
        self.note(self.join_note, JOIN_NOTE_MS)

    def drop_open_tick(self, why: str) -> None:
        """Forget the updates of a tick that can no longer close: showing them would show half a tick."""
        dropped = self.gate.discard()
        if dropped:
            log.info("%s before its last tick closed: %d updates of it not shown", why, dropped)

    def apply_pending(self, deadline: float) -> Changes:
        """Apply queued ticks until ``deadline`` (at least one, each whole); the merged changes."""
        total = Changes()
        while self.pending:
            unit = self.pending.popleft()
            kept = self.history.before(unit)
            for update in unit:
                try:
                    total.merge(self.state.apply(update))
                except Exception as exc:  # SceneState refuses bad updates itself; this is a bug
                    log.exception("applying %s failed", getattr(update, "wire_kind", update))
                    total.errors.append(_LocalError(f"could not apply {getattr(update, 'wire_kind', '?')}: {exc}"))
            self.history.after(kept, self.state)
            self.updates_applied += len(unit)
            self._note_quiet(unit)
            tick = getattr(unit[-1], "tick_end", None)
            if tick is not None:
                self.ticks_applied += 1
                self.last_tick = tick
                if self._rejoined is not None and self.run is not None:
                    self._note_rejoined(tick)
            if time.perf_counter() >= deadline:
                break
        return total

    def _note_quiet(self, unit: list[SessionUpdate]) -> None:
        """Start the quiet clock at a scene_ready; stop it (and clear its hint) at anything after."""
        last_scene = max((i for i, u in enumerate(unit) if isinstance(u, SceneReady)), default=None)
        if last_scene is not None and last_scene == len(unit) - 1:
            self._quiet_since = time.monotonic()
            return
        self._quiet_since = None
        if self._quiet_hint is not None:
            if self.status.message.text() == self._quiet_hint:
                self.status.message.setText("")
            self._quiet_hint = None

    def _hint_if_quiet(self, over: bool) -> None:
        """A scene and then nothing for a while: say where updates come from (a session that never advances)."""
        since = self._quiet_since
        if since is None or over or self._quiet_hint is not None or time.monotonic() - since < QUIET_HINT_S:
            return
        if self.run_state is not None and self.run_state.state != "running":
            return  # a paused (or stopped) shared run is quiet for a reason the status bar already shows
        self._quiet_hint = QUIET_HINT.format(seconds=QUIET_HINT_S)
        self.status.message.setText(self._quiet_hint)

    def render(self, changes: Changes) -> None:
        """Bring the window in line with ``changes``: layout first, then the panels they reach."""
        fresh = self.sync_layout(changes.scene) if changes.scene or changes.layout or changes.panels else set()
        if changes.scene or changes.actions:
            self.sync_shortcuts()
        if changes.scene or changes.layout or changes.metadata:
            self.refresh_title()
        if changes.scene:
            self.status.set_time_unit(getattr(self.state.scene, "time_unit", None))  # 1.1, §8.12
        for pid, frame in self.frames.items():
            if pid not in fresh:
                frame.apply(changes)
        if changes.status is not None:
            self.status.show_status(changes.status)
        for error in changes.errors:
            self.status.show_error(getattr(error, "message", str(error)))

    # -- layout ---------------------------------------------------------------------

    def signature(self, panel: Panel) -> list[Any]:
        """What a panel shows, copied: it is rebuilt when this differs."""
        scene = self.shown.scene
        parts: list[Any] = [copy.deepcopy(panel)]
        if scene is None:
            return parts
        views = {v.id: v for v in scene.views}
        geometries = {g.id: g for g in scene.geometries}
        controls = {c.id: c for c in scene.controls}
        actions = {a.id: a for a in scene.actions}
        for vid in panel.view_ids:
            view = views.get(vid)
            parts.append(copy.deepcopy(view))
            for name in ("geometry_id", "grid_id"):
                gid = getattr(view, name, None)
                if gid in geometries:
                    parts.append(geometries[gid])  # geometries are never patched: keep the object
        parts += [copy.deepcopy(controls.get(cid)) for cid in panel.control_ids]
        parts += [copy.deepcopy(actions.get(aid)) for aid in panel.action_ids]
        return parts

    def sync_layout(self, new_scene: bool) -> set[str]:
        """Rebuild the panels whose content changed, keep the rest; the ids of the rebuilt ones.

        Only the first :data:`MAX_PANELS` panels of the layout are built (§11.1); the window says so.
        """
        layout_panels = self.shown.layout.panels
        panels = {p.id: p for p in layout_panels[:MAX_PANELS]}
        over = len(layout_panels) if len(layout_panels) > MAX_PANELS else 0
        if over and over != self._panels_over:  # said once per layout, not on every patch of it
            self.status.show_error(
                f"the layout has {count_text(over)} panels: this window shows the first {MAX_PANELS}"
            )
        self._panels_over = over
        for pid, frame in list(self.frames.items()):
            record = panels.get(pid)
            if record is None or not values_equal(frame.signature, self.signature(record)):
                self.grid.removeWidget(frame)
                frame.close_panel()
                frame.hide()
                frame.deleteLater()
                del self.frames[pid]
        fresh = set()
        for pid, record in panels.items():
            if pid not in self.frames:
                self.frames[pid] = self.make_frame(record)
                fresh.add(pid)
        if new_scene:
            log.debug("new scene: rebuilt %s, kept %s", sorted(fresh), sorted(set(panels) - fresh))
        self.place_frames()
        return fresh

    def make_frame(self, record: Panel) -> PanelFrame:
        body: ViewPanel | ControlsPanel
        if record.kind == "controls":
            body = ControlsPanel(record, self.shown, self.control_changed, self.invoke_action)
            if self.read_only:
                body.set_read_only(READ_ONLY_TIP)
        else:
            body = ViewPanel(record, self.shown, self.send, self.render)
            self.view_controls.attach(body)  # colour map, limits, save (view_menu.py)
        return PanelFrame(record, body, self.signature(record))

    def place_frames(self) -> None:
        """Put the frames in the grid: the layout's ``panel_grid``, or views left and controls right."""
        for frame in self.frames.values():
            self.grid.removeWidget(frame)
        self.grid.removeWidget(self.waiting)
        if not self.frames:
            self.grid.addWidget(self.waiting, 0, 0)
        for i in range(self.grid.rowCount()):
            self.grid.setRowStretch(i, 0)
        for i in range(self.grid.columnCount()):
            self.grid.setColumnStretch(i, 0)
        layout = self.shown.layout
        cells = grid_cells(layout.panel_grid) if layout.panel_grid else default_cells(layout.panels)
        for pid, (row, col, rows, cols) in cells.items():
            frame = self.frames.get(pid)
            if frame is None:
                continue
            if frame.record.kind == "controls":
                self.grid.addWidget(frame, row, col, rows, cols, Qt.AlignmentFlag.AlignTop)
            else:
                self.grid.addWidget(frame, row, col, rows, cols)
            frame.show()
        for pid, frame in self.frames.items():
            if pid not in cells:
                frame.hide()  # a panel the grid leaves out is not shown
        for r, stretch in row_stretches(cells, self.kinds()).items():
            self.grid.setRowStretch(r, stretch)
        for c, stretch in column_stretches(cells, self.kinds()).items():
            self.grid.setColumnStretch(c, stretch)
        self.refresh_waiting()

    def kinds(self) -> dict[str, str]:
        return {pid: frame.record.kind for pid, frame in self.frames.items()}

    def refresh_waiting(self) -> None:
        """While there are no panels, say what the window is waiting for."""
        if self.frames:
            self.waiting.hide()
            return
        self.waiting.setText(self.waiting_text())
        self.waiting.show()

    def waiting_text(self) -> str:
        transport = self.transport
        if transport is None:
            if self.spec.session is not None:  # the session could not start; the status bar says why
                return "The session did not start."
            return "Nothing to show: no scene and no session."
        url = getattr(transport, "url", None)
        source = getattr(transport, "source", None) or self.spec.session
        where = url or getattr(source, "__qualname__", None) or type(transport).__name__
        if getattr(transport, "closed", False):
            return f"No scene came from {where}.\nThe status bar below says why."
        if url is None:
            return f"Starting {where}.\nWaiting for its scene..."
        if getattr(transport, "connected", False):
            return f"Connected to {where}.\nWaiting for a scene..."
        attempts = getattr(transport, "attempts", 0)
        again = f" (attempt {attempts})" if attempts > 1 else ""
        return f"Connecting to {where}{again}..."

    def refresh_title(self) -> None:
        title = self.spec.title or self.state.layout.title
        if not title and self.state.scene is not None:
            meta = self.state.scene.metadata.get("title")
            title = meta if isinstance(meta, str) else None
        self.setWindowTitle(shown(title) or DEFAULT_TITLE)

    # -- input ------------------------------------------------------------------------

    def sync_shortcuts(self) -> None:
        """One QShortcut per action shortcut; they win over focused widgets, as a shortcut should."""
        for shortcut in self.shortcuts:
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self.shortcuts, self.claimed_keys = [], {}
        scene = self.state.scene
        if too_many_controls(scene):  # the controls panel says why; no shortcuts without their buttons either
            return
        for action in scene.actions if scene is not None else []:
            for name in action.shortcuts:
                self.claimed_keys.setdefault(name, action.id)
                for sequence in key_sequences(name):
                    shortcut = QShortcut(sequence, self)
                    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                    shortcut.activated.connect(lambda aid=action.id: self.invoke_action(aid))
                    shortcut.setEnabled(not self.read_only)
                    self.shortcuts.append(shortcut)

    def keyPressEvent(self, event: QKeyEvent | None) -> None:
        """A key no widget and no shortcut took goes to the session as ``key_pressed``."""
        if event is None:
            return
        if QKeySequence(event.keyCombination()) == QKeySequence(TAKE_CONTROL_KEYS):  # its shortcut slept
            if self.role.isVisible():
                self.role.button.click()
            return
        name = key_name(event)
        if name is None or event.isAutoRepeat():
            super().keyPressEvent(event)
        elif name in self.claimed_keys:  # the window is not the active one, so its QShortcuts slept
            self.invoke_action(self.claimed_keys[name])
        elif name == LIVE_KEY and self.timeline.scrubbing:  # End: back to live; otherwise the session's key
            self.timeline.go_live()
        elif self.view_controls.take_key(name):  # colour map, limits, save (view_menu.py), shortcuts asleep
            pass
        elif name in RUN_KEYS and self.has_run_control:
            self.toggle_pause() if name == PAUSE_KEY else self.step_run()
        else:
            self.send(KeyPressed(key=name))

    # -- run control (1.1, §6.8) -----------------------------------------------------

    @property
    def has_run_control(self) -> bool:
        """The server's hello says minor 1 (it gave a role): Space and '.' pause and step its run.

        With a 1.0 server, and for keys a session's action claims, they go to the session as before.
        """
        return self.access is not None

    def toggle_pause(self) -> None:
        """Space: pause a running (or stopped) run, resume a paused one; the server answers with run_state."""
        paused = self.run_state is not None and self.run_state.state == "paused"
        self.send(RunControl(action="resume" if paused else "pause"))

    def step_run(self, steps: int = 1) -> None:
        """'.': advance ``steps`` ticks, then wait paused."""
        self.send(RunControl(action="step", steps=steps))

    def set_speed(self, ticks_per_s: float | None) -> None:
        """At most ``ticks_per_s`` ticks a second (``None``: no limit)."""
        self.send(RunControl(action="speed", ticks_per_s=ticks_per_s))

    def show_run_state(self, state: RunState | None) -> None:
        """Keep the run's state and show it in the status bar ("paused", "stopped", the speed limit)."""
        self.run_state = state
        self.status.show_run(state)

    def control_changed(self, control_id: str, value: Any) -> None:
        """A person moved a control: hold the value, and send it when the control goes to the session."""
        try:
            self.state.set_control_value(control_id, value)
            control = self.state.control(control_id)
        except (KeyError, ValueError) as exc:
            self.status.show_error(str(exc))
            return
        if control.send_to_session:
            self.send(SetControl(control_id=control_id, value=control.value))

    def invoke_action(self, action_id: str) -> None:
        scene = self.state.scene
        action = next((a for a in scene.actions if a.id == action_id), None) if scene is not None else None
        if action is not None:
            self.send(InvokeAction(action_id=action_id, payload=dict(action.payload)))

    def send(self, command: SessionCommand | RunControl) -> None:
        """To the interaction target (if any) and the session (if connected); an observer's stays here."""
        if self.read_only:
            self.note(
                f"Not sent ({_command_text(command)}): this window observes. "
                f"Take control ({TAKE_CONTROL_KEYS}) to steer."
            )
            return
        target = self.spec.interaction_target
        if target is not None:
            try:
                target(command)
            except Exception:
                log.exception("the interaction target failed on %s", command.wire_kind)
        if self.transport is not None and not getattr(self.transport, "closed", False):
            try:
                self.transport.send_command(command)
            except Exception as exc:
                log.exception("sending %s failed", command.wire_kind)
                self.status.show_error(f"could not send {command.wire_kind}: {exc}")

    # -- diagnostics, screenshots, shutdown -----------------------------------------------

    def _report_rates(self, elapsed: float) -> None:
        diagnostics = self.spec.diagnostics
        slow_ms = diagnostics.log_slow_polls_ms if diagnostics is not None else None
        if slow_ms is not None and elapsed * 1000 > slow_ms:
            log.warning("poll-and-apply took %.1f ms", elapsed * 1000)
        self._second_longest = max(self._second_longest, elapsed)
        now = time.monotonic()
        since, count, received = self._stats
        if now - since < 1.0:
            return
        transport = self.transport
        total = getattr(transport, "bytes_received", None)
        self.diagnostics = Diagnostics(
            updates_per_s=(self.updates_applied - count) / (now - since),
            bytes_per_s=None if total is None else (total - received) / (now - since),
            longest_apply_ms=self._second_longest * 1000,
            backlog=sum(map(len, self.pending)) + self.gate.held + int(getattr(transport, "backlog", 0)),
            dropped=int(getattr(transport, "frames_dropped", 0)),
        )
        self._stats = (now, self.updates_applied, total or 0)
        self._second_longest = 0.0
        if diagnostics is not None and diagnostics.show_rates:
            self.status.diagnostics.setText(self.diagnostics.text())

    def _arm_screenshot(self, shot: ScreenshotSpec) -> None:
        """Take the shot ``after_seconds`` after the first scene, so a slow start never shoots an empty window.

        With no scene yet, the clock runs from now, and the shot waits for an
        error to show (a refused or failed connection) or for
        ``NO_SCENE_GRACE_S`` more seconds, whichever comes first.
        """
        done = {"armed": False}
        wait = shot.after_seconds if shot.after_seconds is not None else (3600.0 if shot.after_updates else 2.0)
        started = time.monotonic()
        first_scene: list[float] = []

        def check() -> None:
            if done["armed"]:
                return
            now = time.monotonic()
            if not first_scene and self.state.scene is not None:
                first_scene.append(now)
            by_updates = shot.after_updates is not None and self.updates_applied >= shot.after_updates
            if first_scene:
                due = now >= first_scene[0] + wait
            else:
                due = now >= started + wait and (bool(self.status.errors) or now >= started + wait + NO_SCENE_GRACE_S)
            if by_updates or due:
                done["armed"] = True
                watcher.stop()
                QTimer.singleShot(250, lambda: self._take_screenshot(shot.path))  # a few frames to draw

        watcher = QTimer(self)
        watcher.setInterval(POLL_INTERVAL_MS)
        watcher.timeout.connect(check)
        watcher.start()

    def _take_screenshot(self, path: Path) -> None:
        ok = self.save_screenshot(path)
        self.exit_code = 0 if ok else 1
        self.close()

    def save_screenshot(self, path: Path | str) -> bool:
        """The whole window (GL canvases included) as a PNG."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        ok = bool(self.grab().save(str(path), "PNG"))
        if not ok:
            log.error("could not write the screenshot %s", path)
        return ok

    def shutdown(self) -> None:
        """Stop polling, release the panels, stop the transport (``stop_session``); once."""
        if self._shut:
            return
        self._shut = True
        self.timer.stop()
        for frame in self.frames.values():
            frame.close_panel()
        if self.transport is not None:
            try:
                self.transport.stop()
            except Exception:
                log.exception("stopping the transport failed")

    def closeEvent(self, event: QCloseEvent | None) -> None:
        self.shutdown()
        super().closeEvent(event)


@dataclass(frozen=True, slots=True)
class Diagnostics:
    """The last second of the window's work (:class:`~scenewire.frontend.app.DiagnosticsSpec`)."""

    updates_per_s: float = 0.0
    bytes_per_s: float | None = None  # None: the transport does not count bytes
    longest_apply_ms: float = 0.0  # the longest poll-and-apply of the second
    backlog: int = 0  # updates received and not yet applied
    dropped: int = 0  # frames the connection dropped, so far

    def text(self) -> str:
        parts = [f"{self.updates_per_s:.0f} updates/s"]
        if self.bytes_per_s is not None:
            rate = self.bytes_per_s
            parts.append(f"{rate / 1e6:.1f} MB/s" if rate >= 1e6 else f"{rate / 1e3:.1f} kB/s")
        slow = " (over a frame)" if self.longest_apply_ms > POLL_INTERVAL_MS else ""
        parts.append(f"longest apply {self.longest_apply_ms:.1f} ms{slow}")
        if self.backlog:
            parts.append(f"{self.backlog} waiting")
        if self.dropped:
            parts.append(f"{self.dropped} dropped")
        return " · ".join(parts)


PAUSE_KEY = "Space"
STEP_KEY = "."
RUN_KEYS = (PAUSE_KEY, STEP_KEY)
"""Keys the window keeps for run control on a 1.1 server (§6.8), unless a session's action claims one."""


def short_run(run: str | None) -> str:
    """A run id as a person compares it: its first 8 hex digits."""
    return f"{run[:8]}…" if run else "?"


def _tick_text(tick: Any) -> str:
    time = getattr(tick, "time", None)
    return f"t = {time:.6g}" if time is not None else f"tick {tick.index}"


def _command_text(command: SessionCommand | RunControl) -> str:
    if isinstance(command, KeyPressed):
        return f"key {command.key!r}"
    if isinstance(command, InvokeAction):
        return f"action {command.action_id!r}"
    return command.wire_kind.replace("_", " ")


class _LocalError:
    """An error the window itself found, shown like an ``error`` update."""

    def __init__(self, message: str) -> None:
        self.message = message


def grid_cells(grid: list[list[str]]) -> dict[str, tuple[int, int, int, int]]:
    """Panel id -> (row, column, row span, column span); a repeated id spans its bounding box."""
    boxes: dict[str, list[int]] = {}
    for r, row in enumerate(grid):
        for c, pid in enumerate(row):
            box = boxes.setdefault(pid, [r, c, r, c])
            box[0], box[1] = min(box[0], r), min(box[1], c)
            box[2], box[3] = max(box[2], r), max(box[3], c)
    return {pid: (r0, c0, r1 - r0 + 1, c1 - c0 + 1) for pid, (r0, c0, r1, c1) in boxes.items()}


def row_stretches(cells: dict[str, tuple[int, int, int, int]], kinds: dict[str, str]) -> dict[int, int]:
    """Rows whose one-row panels are all controls keep their natural height (0); the others share the rest."""
    rows: dict[int, set[str]] = {}
    for pid, (row, _col, nrows, _ncols) in cells.items():
        for r in range(row, row + nrows):
            rows.setdefault(r, set())
        if nrows == 1:
            rows[row].add(kinds.get(pid, ""))
    stretches = {r: 0 if found == {"controls"} else 1 for r, found in rows.items()}
    if stretches and not any(stretches.values()):
        stretches = dict.fromkeys(stretches, 1)  # only controls: let them have the window
    return stretches


def column_stretches(cells: dict[str, tuple[int, int, int, int]], kinds: dict[str, str]) -> dict[int, int]:
    """Columns holding only controls keep their width (0); the others share the rest."""
    cols: dict[int, set[str]] = {}
    for pid, (_row, col, _nrows, ncols) in cells.items():
        for c in range(col, col + ncols):
            cols.setdefault(c, set()).add(kinds.get(pid, ""))
    return {c: 0 if found == {"controls"} else 1 for c, found in cols.items()}


def default_cells(panels: list[Panel]) -> dict[str, tuple[int, int, int, int]]:
    """Without a grid: view panels stacked (two columns from four on), controls in a column at the right."""
    views = [p.id for p in panels if p.kind != "controls"]
    controls = [p.id for p in panels if p.kind == "controls"]
    columns = 1 if len(views) <= 3 else 2
    rows = max(1, -(-len(views) // columns))
    cells = {pid: (i // columns, i % columns, 1, 1) for i, pid in enumerate(views)}
    if views and columns == 2 and len(views) % 2:
        last = views[-1]
        cells[last] = (rows - 1, 0, 1, 2)  # an odd last view takes the whole row
    for j, pid in enumerate(controls):
        span = rows if len(controls) == 1 else 1
        cells[pid] = (j if len(controls) > 1 else 0, columns, span, 1)
    return cells
