"""Per-view choices from the window: colour map, colour limits, save as PNG or SVG (issue 19).

What the person picks here is the window's own (the napari way: contrast
limits live in the viewer): it goes into the view adapter's
:attr:`~.views.base.ViewAdapter.overrides`, never to the session, and the
session's values stay the default, which Home (or "Reset") restores. A scene
patch of the same property still changes the session's value underneath; the
person's choice stays on top of it until Home.

Reached two ways:

- a right click (press and release in place, so that VisPy's right-drag zoom
  keeps working) on a view opens its menu;
- keys, acting on the view under the pointer (else the last one clicked, else
  the first one that fits): Ctrl+M the next colour map, Ctrl+L colour limits
  fixed at the present range / back to automatic, Ctrl+S save as PNG,
  Ctrl+Shift+S save as SVG (line plots and rasters), Home the session's values
  and the first camera. A key a session's action claims stays the action's.

Saving writes what the view shows: a PNG of its widget (a 3-D view's canvas
included), or for a pyqtgraph plot an SVG through pyqtgraph's own exporter
(axes and text stay vectors) drawn by Qt's own SVG generator (pyqtgraph
0.14's ``SVGExporter`` fails on the closed paths Qt 6 writes). Both go through a file dialog from the menu or a
key; :meth:`ViewControls.save` takes a path, for scripts and tests.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PyQt6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, QSize, Qt, QTimer
from PyQt6.QtGui import QAction, QActionGroup, QCursor, QPainter, QShortcut
from PyQt6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMenu, QWidget

from ..scene import colormaps
from .keys import key_name, key_sequences
from .panels.views import ViewPanel
from .views.base import ViewAdapter

log = logging.getLogger("scenewire.frontend")

NEXT_MAP_KEY = "Ctrl+m"
LIMITS_KEY = "Ctrl+l"
SAVE_PNG_KEY = "Ctrl+s"
SAVE_SVG_KEY = "Ctrl+Shift+s"
RESET_KEY = "Home"
CLICK_SLOP_PX = 4
MAP_NAMES = tuple(colormaps.COLORMAPS)


def parse_limits(text: str) -> tuple[float, float]:
    """``"-80, 40"`` (or ``"-80 40"``) as finite ``(low, high)`` with low < high; ``ValueError`` says what is wrong."""
    parts = text.replace(",", " ").split()
    if len(parts) != 2:
        raise ValueError(f"give two numbers, low and high: {text!r}")
    low, high = (float(p) for p in parts)
    if not (low < high) or not all(abs(v) < float("inf") for v in (low, high)):
        raise ValueError(f"limits must be finite with low below high: {low:g}, {high:g}")
    return low, high


def write_svg(widget: Any, path: Path, title: str) -> None:
    """A pyqtgraph widget's scene as an SVG document: its curves, ticks and text as vectors (QSvgGenerator)."""
    from PyQt6.QtSvg import QSvgGenerator

    rect = widget.sceneRect()
    size = QSize(max(int(rect.width()), 1), max(int(rect.height()), 1))
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(size)
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    generator.setDescription("saved from a scenewire window")
    painter = QPainter(generator)
    try:
        widget.scene().render(painter, QRectF(0, 0, size.width(), size.height()), rect)
    finally:
        painter.end()
    if not path.exists():
        raise OSError(f"could not write {path}")


class ViewControls(QObject):
    """The window's per-view menu and keys; :meth:`attach` is called for each views panel it builds."""

    def __init__(self, window: Any) -> None:
        # the VispyFrontendWindow (not imported: it imports this module); used: frames, claimed_keys,
        # invoke_action, note, status
        super().__init__(window)
        self.window = window
        self.last: str | None = None  # the view last clicked
        self._press: dict[int, QPoint] = {}
        self.menu: QMenu | None = None  # the menu open now (tests drive its actions)
        self.shortcuts: list[QShortcut] = []
        for name, act in (
            (NEXT_MAP_KEY, lambda vid: self.next_colormap(vid)),
            (LIMITS_KEY, lambda vid: self.toggle_limits(vid)),
            (SAVE_PNG_KEY, lambda vid: self.save_with_dialog(vid, "png")),
            (SAVE_SVG_KEY, lambda vid: self.save_with_dialog(vid, "svg")),
        ):
            for sequence in key_sequences(name):
                shortcut = QShortcut(sequence, window)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                handler = lambda n=name, a=act: self._on_key(n, a)  # noqa: E731
                shortcut.activated.connect(handler)
                shortcut.activatedAmbiguously.connect(handler)  # a session's action bound the same key
                self.shortcuts.append(shortcut)

    # -- which views ---------------------------------------------------------------

    def attach(self, panel: ViewPanel) -> None:
        """Watch ``panel``'s views for a right click and Home (every widget inside: canvases, plots)."""
        for host in panel.hosts.values():
            for widget in [host, *host.findChildren(QWidget)]:
                widget.installEventFilter(self)

    def adapters(self) -> Iterator[ViewAdapter]:
        for panel in self.window_panels():
            yield from (a for a in panel.adapters.values() if not a.closed)

    def window_panels(self) -> list[ViewPanel]:
        frames = getattr(self.window, "frames", {})
        return [f.body for f in frames.values() if isinstance(f.body, ViewPanel)]

    def adapter(self, view_id: str | None) -> ViewAdapter | None:
        for adapter in self.adapters():
            if adapter.view_id == view_id:
                return adapter
        return None

    def view_at(self, widget: QWidget | None) -> str | None:
        """The id of the view whose host holds ``widget``."""
        while widget is not None:
            for panel in self.window_panels():
                for vid, host in panel.hosts.items():
                    if host is widget and vid in panel.adapters:
                        return vid
            widget = widget.parentWidget()
        return None

    def target(self, need: str | None = None) -> str | None:
        """The view a key acts on: under the pointer, else the last clicked, else the first with ``need``."""
        candidates = [self.view_at(QApplication.widgetAt(QCursor.pos())), self.last]
        candidates += [a.view_id for a in self.adapters()]
        for vid in candidates:
            adapter = self.adapter(vid)
            if adapter is not None and (need is None or getattr(adapter, need)):
                return vid
        return None

    def take_key(self, name: str) -> bool:
        """A key the window got itself (its shortcuts sleep while it is not the active window): handled?"""
        acts = {
            NEXT_MAP_KEY: self.next_colormap,
            LIMITS_KEY: self.toggle_limits,
            SAVE_PNG_KEY: lambda vid: self.save_with_dialog(vid, "png"),
            SAVE_SVG_KEY: lambda vid: self.save_with_dialog(vid, "svg"),
        }
        if name not in acts:
            return False
        self._on_key(name, acts[name])
        return True

    def _on_key(self, name: str, act: Any) -> None:
        if name in self.window.claimed_keys:  # the session's action keeps its key
            self.window.invoke_action(self.window.claimed_keys[name])
            return
        need = {NEXT_MAP_KEY: "colours", LIMITS_KEY: "colours", SAVE_SVG_KEY: "vector_export"}.get(name)
        vid = self.target(need)
        if vid is not None:
            act(vid)

    # -- events --------------------------------------------------------------------

    def eventFilter(self, watched: QObject | None, event: QEvent | None) -> bool:
        if event is None or not isinstance(watched, QWidget):
            return False
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            vid = self.view_at(watched)
            if vid is not None:
                self.last = vid
            if event.button() == Qt.MouseButton.RightButton:
                self._press[id(watched)] = event.position().toPoint()
        elif kind == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.RightButton:
            pressed = self._press.pop(id(watched), None)
            where = event.position().toPoint()
            if pressed is not None and (where - pressed).manhattanLength() <= CLICK_SLOP_PX:
                vid = self.view_at(watched)
                if vid is not None:  # after the release is delivered: VisPy's camera must see it
                    spot = watched.mapToGlobal(where)
                    QTimer.singleShot(0, lambda: self.open_menu(vid, spot))
        elif kind == QEvent.Type.KeyPress and not event.isAutoRepeat() and key_name(event) == RESET_KEY:
            vid = self.view_at(watched)
            adapter = self.adapter(vid)
            if adapter is not None:
                self.reset(adapter.view_id)
                return True
        return False

    # -- the menu ------------------------------------------------------------------

    def menu_for(self, view_id: str) -> QMenu:
        """The view's menu, its checked entries saying what is drawn now."""
        adapter = self.adapter(view_id)
        if adapter is None:
            raise KeyError(view_id)
        menu = QMenu(self.window)
        menu.setObjectName(f"view_menu:{view_id}")
        if adapter.colours:
            maps = menu.addMenu("Colour map")
            group = QActionGroup(maps)
            current = colormaps.resolve(adapter.prop("colormap"))
            for name in MAP_NAMES:
                action = maps.addAction(name)
                action.setCheckable(True)
                action.setChecked(name == current)
                group.addAction(action)
                action.triggered.connect(lambda _=False, n=name: self.set_colormap(view_id, n))
            maps.addSeparator()
            maps.addAction(f"Next\t{NEXT_MAP_KEY}").triggered.connect(lambda: self.next_colormap(view_id))
            limits = menu.addMenu("Colour limits")
            auto = limits.addAction("From the data")
            auto.setCheckable(True)
            auto.setChecked(adapter.prop("color_limits") is None)
            auto.triggered.connect(lambda: self.set_limits(view_id, None))
            limits.addAction(f"Fixed at the present range\t{LIMITS_KEY}").triggered.connect(
                lambda: self.fix_limits(view_id)
            )
            limits.addAction("Set low and high…").triggered.connect(lambda: self.ask_limits(view_id))
            menu.addSeparator()
        reset = menu.addAction(f"The session's view\t{RESET_KEY}")
        reset.triggered.connect(lambda: self.reset(view_id))
        menu.addSeparator()
        menu.addAction(f"Save as PNG…\t{SAVE_PNG_KEY}").triggered.connect(lambda: self.save_with_dialog(view_id, "png"))
        if adapter.vector_export:
            menu.addAction(f"Save as SVG…\t{SAVE_SVG_KEY}").triggered.connect(
                lambda: self.save_with_dialog(view_id, "svg")
            )
        return menu

    def open_menu(self, view_id: str, where: QPoint) -> None:
        self.menu = self.menu_for(view_id)
        self.menu.popup(where)

    def action(self, menu: QMenu, *path: str) -> QAction:
        """The entry of ``menu`` reached by ``path`` (texts before any tab), for tests and scripts."""
        for i, text in enumerate(path):
            for action in menu.actions():
                if action.text().split("\t")[0] == text:
                    if i == len(path) - 1:
                        return action
                    menu = action.menu()
                    break
            else:
                raise KeyError(text)
        raise KeyError(path)

    # -- what the entries do -------------------------------------------------------

    def _override(self, view_id: str, name: str, value: Any) -> None:
        adapter = self.adapter(view_id)
        if adapter is None:
            return
        adapter.overrides[name] = value
        adapter.redraw()

    def set_colormap(self, view_id: str, name: str) -> None:
        """Draw the view with the §8.13 map ``name`` (the session's stays its default)."""
        self._override(view_id, "colormap", colormaps.resolve(name))

    def next_colormap(self, view_id: str) -> None:
        adapter = self.adapter(view_id)
        if adapter is None or not adapter.colours:
            return
        current = colormaps.resolve(adapter.prop("colormap"))
        index = MAP_NAMES.index(current) if current in MAP_NAMES else -1
        self.set_colormap(view_id, MAP_NAMES[(index + 1) % len(MAP_NAMES)])
        self.window.note(f"{view_id}: colour map {MAP_NAMES[(index + 1) % len(MAP_NAMES)]} (Home: the session's)")

    def set_limits(self, view_id: str, limits: tuple[float, float] | None) -> None:
        """Fixed colour limits, or ``None``: from the data whatever the session set."""
        if limits is not None:
            limits = (float(limits[0]), float(limits[1]))
        self._override(view_id, "color_limits", limits)

    def fix_limits(self, view_id: str) -> None:
        """Keep the limits drawn now, so that later values are read against the same colours."""
        adapter = self.adapter(view_id)
        shown = adapter.shown_limits() if adapter is not None else None
        if shown is not None:
            self.set_limits(view_id, shown)

    def toggle_limits(self, view_id: str) -> None:
        """Ctrl+L: fixed at the present range; again: from the data."""
        adapter = self.adapter(view_id)
        if adapter is None or not adapter.colours:
            return
        if adapter.overrides.get("color_limits") is not None:
            self.set_limits(view_id, None)
            self.window.note(f"{view_id}: colour limits from the data (Home: the session's)")
        else:
            self.fix_limits(view_id)
            shown = adapter.shown_limits()
            if shown is not None:
                self.window.note(f"{view_id}: colour limits fixed at {shown[0]:.4g} .. {shown[1]:.4g}")

    def ask_limits(self, view_id: str) -> None:
        adapter = self.adapter(view_id)
        shown = adapter.shown_limits() if adapter is not None else None
        start = f"{shown[0]:.6g}, {shown[1]:.6g}" if shown else ""
        text, ok = QInputDialog.getText(self.window, "Colour limits", "Low and high:", text=start)
        if not ok:
            return
        try:
            self.set_limits(view_id, parse_limits(text))
        except ValueError as exc:
            self.window.status.show_error(str(exc))

    def reset(self, view_id: str) -> None:
        """The session's colour map and limits again, and the first camera (Home)."""
        adapter = self.adapter(view_id)
        if adapter is not None:
            adapter.reset_view()

    # -- saving --------------------------------------------------------------------

    def save(self, view_id: str, path: str | Path) -> Path:
        """Write the view to ``path``: SVG when it ends in ``.svg`` (line plots, rasters), else PNG."""
        adapter = self.adapter(view_id)
        if adapter is None:
            raise KeyError(f"no view {view_id!r} in the window")
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.suffix.lower() == ".svg":
            if not adapter.vector_export:
                raise ValueError(f"view {view_id!r} ({adapter.kind}) cannot be saved as SVG; save it as PNG")
            write_svg(adapter.widget, path, f"{view_id}")
        else:
            host = self.host(view_id)
            if host is None or not host.grab().save(str(path), "PNG"):
                raise OSError(f"could not write {path}")
        return path

    def host(self, view_id: str) -> QWidget | None:
        for panel in self.window_panels():
            if view_id in panel.hosts:
                return panel.hosts[view_id]
        return None

    def save_with_dialog(self, view_id: str, kind: str) -> None:
        adapter = self.adapter(view_id)
        if adapter is None or (kind == "svg" and not adapter.vector_export):
            return
        name, _ = QFileDialog.getSaveFileName(
            self.window, f"Save {view_id} as {kind.upper()}", f"{view_id}.{kind}", f"{kind.upper()} (*.{kind})"
        )
        if not name:
            return
        if not name.lower().endswith(f".{kind}"):
            name += f".{kind}"
        try:
            saved = self.save(view_id, name)
        except (OSError, ValueError) as exc:
            self.window.status.show_error(f"could not save {view_id}: {exc}")
            return
        self.window.note(f"saved {saved}")
