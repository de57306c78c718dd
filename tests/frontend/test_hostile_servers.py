"""A real window (and probe, record) against hand-written hostile servers on loopback (§11.1, issue 17).

Each server sends what a conforming server may send, in amounts no frontend
can hold: a line plot of 2^32 - 1 series, 100 000 controls, 10 MB labels, a
tick that never closes, 16 MiB frames faster than the window takes them.
The window must show why, stay responsive, and hold a bounded amount: the
tests check the structures it holds (curves, widgets, its inbox, its open
tick) and, loosely, its resident memory. ``SCENEWIRE_SHOTS=DIR`` keeps a
screenshot of each window showing its error.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PyQt6.QtCore import QTimer
from PyQt6.QtWidgets import QLabel

from scenewire.frontend.app import AppSpec
from scenewire.frontend.qt_transport import WebSocketTransport
from scenewire.frontend.window import VispyFrontendWindow
from scenewire.protocol.limits import (
    MAX_CONTROLS,
    MAX_LABEL_CHARS,
    MAX_OPEN_TICK_BYTES,
    MAX_OPEN_TICK_UPDATES,
    MAX_PANELS,
    MAX_QUEUED_BYTES,
    MAX_VIEWS_PER_PANEL,
)

from . import hostile
from .grabs import keep
from .loopback import server_thread

ROOT = Path(__file__).resolve().parents[2]
WAIT_MS = 30_000
FRAME_BYTES = hostile.BIG_VALUES * 4  # the payload of one 16 MiB frame


def open_window(qtbot, port: int) -> VispyFrontendWindow:
    win = VispyFrontendWindow(AppSpec(transport=WebSocketTransport("127.0.0.1", port)))
    qtbot.addWidget(win)
    win.resize(900, 600)
    win.show()
    qtbot.waitExposed(win)
    return win


def responsive(qtbot, win: VispyFrontendWindow) -> None:
    """The window's event loop runs: a timer event is delivered and its 60 Hz poll keeps applying."""
    fired: list[bool] = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=5_000)
    polls = win.updates_applied, win.diagnostics
    qtbot.waitUntil(lambda: (win.updates_applied, win.diagnostics) != polls or not win.timer.isActive(), timeout=5_000)


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def test_a_plot_of_4294967295_empty_series_draws_none_and_says_why(qtbot) -> None:
    """A 1 KB scene drove the window past 3 GiB in 10 s: one label (and curve) per declared series."""
    with server_thread(hostile.scene_server(hostile.empty_series_scene())) as (port, _):
        win = open_window(qtbot, port)
        try:
            qtbot.waitUntil(lambda: "p" in win.frames, timeout=WAIT_MS)
            adapter = win.frames["p"].body.adapters["plot"]
            qtbot.waitUntil(lambda: adapter.message is not None, timeout=WAIT_MS)
            text = adapter.message.textItem.toPlainText()
            assert "4 294 967 295 series along 's'" in text and "1 024 lines" in text
            assert adapter.curves == [] and adapter.shown_labels == []
            responsive(qtbot, win)
            keep(win, "hostile_empty_series")
        finally:
            win.shutdown()


def test_100000_controls_are_refused_with_a_reason_and_the_window_stays_responsive(qtbot) -> None:
    """100 000 controls froze the window for over 60 s at 2.4 GiB: one widget each."""
    with server_thread(hostile.scene_server(hostile.many_controls_scene(100_000))) as (port, _):
        win = open_window(qtbot, port)
        try:
            qtbot.waitUntil(lambda: "panel:controls" in win.frames, timeout=WAIT_MS)
            panel = win.frames["panel:controls"].body
            assert panel.editors == {} and panel.buttons == {} and win.shortcuts == []
            assert panel.refusal is not None
            assert "100 000 controls and actions" in panel.refusal
            assert f"the {MAX_CONTROLS:,} a window shows".replace(",", " ") in panel.refusal
            responsive(qtbot, win)
            keep(win, "hostile_many_controls")
        finally:
            win.shutdown()


def test_10_mb_labels_are_cut_and_the_window_keeps_its_size(qtbot) -> None:
    """A 10 MB label made a 32 767-pixel-wide widget and a GL texture that failed."""
    with server_thread(hostile.scene_server(hostile.long_label_scene(10_000_000))) as (port, _):
        win = open_window(qtbot, port)
        try:
            qtbot.waitUntil(lambda: "knobs" in win.frames, timeout=WAIT_MS)
            frame = win.frames["knobs"]
            label, button = frame.body.labels["gain"].text(), frame.body.buttons["go"].text()
            for text in (frame.title(), label, button, win.windowTitle()):
                assert len(text) < MAX_LABEL_CHARS + 40 and text.endswith("(9 999 800 more characters)"), text[-60:]
            assert frame.sizeHint().width() < 4000 and win.width() < 4000
            responsive(qtbot, win)
            keep(win, "hostile_long_labels")
        finally:
            win.shutdown()


def test_panels_views_and_options_past_their_limits_are_left_out_and_said(qtbot) -> None:
    with server_thread(hostile.scene_server(hostile.crowded_scene(70, 20, 2000))) as (port, _):
        win = open_window(qtbot, port)
        try:
            qtbot.waitUntil(lambda: "plots" in win.frames, timeout=WAIT_MS)
            assert len(win.frames) == MAX_PANELS and "c62" in win.frames and "c63" not in win.frames
            assert win.status.errors == [f"the layout has 70 panels: this window shows the first {MAX_PANELS}"]
            plots = win.frames["plots"].body
            assert len(plots.adapters) == MAX_VIEWS_PER_PANEL
            note = plots.findChild(QLabel, "refused")
            assert note is not None and note.text().startswith("not drawn: 4 more views")
            editor = win.frames["c0"].body.editors["pick"]
            assert isinstance(editor, QLabel) and "2 000 options: more than the 1 024" in editor.text()
            responsive(qtbot, win)
            keep(win, "hostile_crowded")
        finally:
            win.shutdown()


def test_a_state_graph_of_100000_nodes_draws_none_and_says_why(qtbot) -> None:
    with server_thread(hostile.scene_server(hostile.big_graph_scene(100_000))) as (port, _):
        win = open_window(qtbot, port)
        try:
            qtbot.waitUntil(lambda: "panel:graph" in win.frames, timeout=WAIT_MS)
            adapter = win.frames["panel:graph"].body.adapters["graph"]
            assert adapter.refusal == "100 000 nodes and 0 edges: more than the 1 024 a state graph draws"
            assert adapter.texts == [] and adapter.edge_items == [] and len(adapter.positions) == 0
            responsive(qtbot, win)
            keep(win, "hostile_big_graph")
        finally:
            win.shutdown()


def test_a_tick_that_never_closes_closes_the_connection_1009_and_says_why(qtbot) -> None:
    """An open tick made the window hold every later frame: 2.8 GiB after 16 MiB frames."""
    frames = MAX_OPEN_TICK_BYTES // FRAME_BYTES + 16  # 24 frames, 384 MiB: enough to pass the bound, not to sink CI
    closes: list[tuple[int | None, str | None]] = []
    before = rss_mib()
    with server_thread(hostile.open_tick_server(frames, closes)) as (port, _):
        win = open_window(qtbot, port)
        try:
            qtbot.waitUntil(lambda: any("has not ended" in e for e in win.status.errors), timeout=WAIT_MS)
            error = next(e for e in win.status.errors if "has not ended" in e)
            assert error.startswith("connection closed: tick 2 from the server has not ended after 8 updates"), error
            assert "(128 MiB), more than a window holds for one tick (128 MiB or 16 384 updates)" in error
            qtbot.waitUntil(lambda: win.transport.closed and not win.timer.isActive(), timeout=WAIT_MS)
            qtbot.waitUntil(lambda: bool(closes), timeout=WAIT_MS)
            assert closes[0][0] == 1009 and "tick" in (closes[0][1] or "")
            assert win.gate.held == 0  # the tick that could never close was dropped with its connection
            assert len(win.status.errors) == 1  # one message: the client's own close is not told twice
            assert win.transport.inbox.high_water_bytes <= MAX_QUEUED_BYTES + FRAME_BYTES + 1024
            responsive(qtbot, win)
            assert win.width() < 1000  # a long error is cut at the window's edge, not widening it
            keep(win, "hostile_open_tick")
            # what it held: the tick's 128 MiB (or 16384 updates), the inbox, the scene's own 16 MiB
            assert rss_mib() - before < 700, (before, rss_mib())
            assert frames < MAX_OPEN_TICK_UPDATES
        finally:
            win.shutdown()


def test_a_window_that_falls_behind_stops_reading_and_loses_nothing(qtbot) -> None:
    """16 MiB frames faster than the window takes them: its inbox stays bounded, TCP holds the server."""
    frames = 12  # 192 MiB, three times the inbox's bound
    sent: list[int] = []
    with server_thread(hostile.huge_frame_server(frames, sent)) as (port, _):
        win = open_window(qtbot, port)
        try:
            qtbot.waitUntil(lambda: win.state.scene is not None, timeout=WAIT_MS)
            win.timer.stop()  # the window stops taking, as one busy drawing would
            inbox = win.transport.inbox
            qtbot.waitUntil(lambda: inbox.waits >= 1, timeout=WAIT_MS)  # its socket's thread stopped reading
            held = len(sent)
            qtbot.wait(300)  # (not a synchronisation: a check that nothing moves while the window does not take)
            assert len(sent) < frames and inbox.bytes <= MAX_QUEUED_BYTES + FRAME_BYTES, (len(sent), held)
            win.timer.start()
            qtbot.waitUntil(lambda: win.ticks_applied >= frames + 1, timeout=WAIT_MS)
            assert win.last_tick.index == frames and float(win.state.field("big").values[0]) == frames
            assert inbox.high_water_bytes <= MAX_QUEUED_BYTES + FRAME_BYTES + 1024
            assert win.status.errors == []
        finally:
            win.shutdown()


def peak_rss_mib(command: list[str], timeout: float = 120) -> tuple[float, str]:
    """Run ``command`` in a child that reports its peak RSS (``ru_maxrss`` of its one child): MiB, its output."""
    wrapper = (
        "import resource, subprocess, sys\n"
        "out = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "print(out.stdout + out.stderr)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    done = subprocess.run([sys.executable, "-c", wrapper, *command], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT)  # fmt: skip
    *lines, peak = done.stdout.strip().splitlines()
    return int(peak) / 1024, "\n".join(lines)


@pytest.mark.parametrize("server", ["open_tick", "huge_frames"])
def test_probe_holds_a_bounded_number_of_frames(server: str) -> None:
    """``probe`` holds no tick and lets ``websockets`` read at most 4 frames ahead."""
    handler = hostile.open_tick_server() if server == "open_tick" else hostile.huge_frame_server()
    with server_thread(handler) as (port, _):
        peak, output = peak_rss_mib(
            [sys.executable, "-m", "scenewire.cli", "probe", f"ws://127.0.0.1:{port}", "--count", "40"]
        )
    assert "closed by the probe after 40 messages" in output, output[-500:]
    assert peak < 500, peak  # 40 frames of 16 MiB went through it: 640 MiB


@pytest.mark.parametrize("server", ["open_tick", "huge_frames"])
def test_record_holds_a_bounded_number_of_frames(server: str, tmp_path: Path) -> None:
    handler = hostile.open_tick_server() if server == "open_tick" else hostile.huge_frame_server()
    out = tmp_path / "run.mcap"
    with server_thread(handler) as (port, _):
        peak, output = peak_rss_mib(
            [sys.executable, "-m", "scenewire.cli", "record", f"ws://127.0.0.1:{port}", str(out), "--count", "40"]
        )
    assert "40 frames recorded" in output, output[-500:]
    assert "recorded 40 frames, 6" in output and out.exists()  # about 650 MB went to the file, not its memory
    assert peak < 500, peak


# -- the bounds themselves, without a socket ----------------------------------------------------------------


def test_the_spec_table_of_11_1_states_the_constants() -> None:
    from scenewire.protocol import limits

    spec = (ROOT / "spec" / "PROTOCOL.md").read_text()
    table = spec[spec.index("### 11.1") : spec.index("## 12.")]
    rows = {line.split("|")[1].strip(): line.split("|")[2].strip() for line in table.splitlines() if line[:2] == "| "}
    assert rows["series one `line_plot` draws"] == str(limits.MAX_SERIES_PER_PLOT)
    assert rows["controls and actions a window makes widgets for"] == str(limits.MAX_CONTROLS)
    assert rows["nodes and edges one `state_graph` draws"] == str(limits.MAX_GRAPH_ELEMENTS)
    assert rows["options of one `choice` control"] == str(limits.MAX_CHOICE_OPTIONS)
    assert rows["panels a window builds"] == str(limits.MAX_PANELS)
    assert rows["views one panel draws"] == str(limits.MAX_VIEWS_PER_PANEL)
    assert rows["characters of a label, title, option, unit or legend entry shown"] == str(limits.MAX_LABEL_CHARS)
    assert rows["characters of a `status` or `error` message shown"] == str(limits.MAX_MESSAGE_CHARS)
    held = f"{limits.MAX_OPEN_TICK_UPDATES} updates or {limits.MAX_OPEN_TICK_BYTES // 2**20} MiB of frames"
    assert rows["updates held for a tick that has not closed"] == held
    queued = f"{limits.MAX_QUEUED_UPDATES} updates or {limits.MAX_QUEUED_BYTES // 2**20} MiB of frames"
    assert rows["updates received and not yet taken by the renderer"].startswith(queued)
    assert rows["frames a headless client (`probe`, `record`) reads ahead of its reader"] == str(
        limits.MAX_QUEUED_FRAMES
    )


def test_an_open_tick_is_counted_as_the_tick_gate_holds_it() -> None:
    from scenewire.frontend.inbox import OpenTick
    from scenewire.protocol import FieldReplace, Status

    meter = OpenTick(max_bytes=100, max_updates=3)
    update = FieldReplace(field_id="f", values=[1.0])
    assert meter.add(update, 1000) is None  # before the first tick_end nothing is held (§7.12 rule 3)
    assert meter.add(hostile.tick(Status(message="t"), 4), 10) is None
    assert meter.add(update, 40) is None and meter.add(Status(message="passes"), 10**6) is None
    assert meter.add(update, 40) is None
    why = meter.add(update, 40)
    assert why is not None and why.startswith("connection closed: tick 5 from the server has not ended after 3")
    assert meter.add(hostile.tick(FieldReplace(field_id="f", values=[1.0]), 5), 10) is None
    assert (meter.updates, meter.bytes) == (0, 0)
    assert [meter.add(update, 1) for _ in range(3)] == [None] * 3 and meter.add(update, 1) is not None


def test_the_inbox_waits_while_over_a_bound_and_never_splits_connections() -> None:
    import threading

    from scenewire.frontend.inbox import Inbox

    inbox = Inbox(max_bytes=100, max_items=3)
    marker = object()
    inbox.put("a", 60)
    assert not inbox.wait_for_room(lambda: False)  # within the bounds: no wait
    inbox.put("b", 60)  # 120 bytes: over
    taken: list[object] = []
    release = threading.Timer(0.05, lambda: taken.append(inbox.take(marker)))
    release.start()
    assert inbox.wait_for_room(lambda: False)  # returns once the consumer took them
    release.join()
    assert taken == [(0, ["a", "b"])] and inbox.bytes == 0 and inbox.waits == 1
    for item in (marker, "c", marker, marker, "d"):
        inbox.put(item)
    assert inbox.take(marker) == (1, ["c"])
    assert inbox.take(marker) == (2, ["d"])
    inbox.put("e", 1000)  # one item over the byte bound goes alone
    assert inbox.wait_for_room(lambda: True)  # told to stop: gives up at once
    assert inbox.take(marker) == (0, ["e"]) and inbox.high_water_bytes == 1000
