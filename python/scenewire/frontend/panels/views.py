"""A panel of views: each view's adapter from the registry, or its title until one exists.

How a panel hosts its views depends on the panel kind only: ``view_3d``
gives each view its own VisPy ``SceneCanvas`` (so each has its own camera)
and builds the adapter into that canvas's ``ViewBox``; ``line_plot`` and
``state_graph`` give each view a plain widget. Nothing here knows a view kind.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from html import escape
from typing import Any

from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...protocol.limits import MAX_VIEWS_PER_PANEL
from ...scene import Panel
from ..text import count_text, shown
from ..views.base import ViewAdapter
from ..views.registry import adapter_for

log = logging.getLogger("scenewire.frontend")

CANVAS_PANELS = {"view_3d"}  # panel kinds whose views each get a SceneCanvas
CANVAS_BACKGROUND = "#10141a"


def view_title(view: Any) -> str:
    """The view's title or id, cut (§11.1) and escaped: it is shown as rich text."""
    return escape(shown(view.title or view.id))


class Placeholder(QLabel):
    """What a view without an adapter shows: its title and kind."""

    def __init__(self, view: Any, why: str) -> None:
        super().__init__(f"<b>{view_title(view)}</b><br><span style='color:#777'>{view.wire_kind} view: {why}</span>")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setObjectName(f"placeholder:{view.id}")
        self.setMinimumSize(160, 100)
        self.setStyleSheet("QLabel { background: #eef1f4; border: 1px dashed #b0b7bf; }")


class ViewPanel(QWidget):
    """Hosts the views a panel names; ``apply`` reaches only the adapters whose inputs changed."""

    def __init__(
        self,
        panel: Panel,
        state: Any,
        send: Callable[[Any], None],
        on_state_changed: Callable[[Any], None] | None = None,
    ) -> None:
        super().__init__()
        self.panel = panel
        self.state = state
        self.send = send
        # a view that changes frontend state itself (a click selects) reports it here,
        # so that every other view bound to that state follows
        self.on_state_changed = on_state_changed
        self.adapters: dict[str, ViewAdapter] = {}
        self.canvases: dict[str, Any] = {}  # view id -> SceneCanvas (view_3d panels)
        self.hosts: dict[str, QWidget] = {}  # view id -> the widget the view lives in
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.build()

    def build(self) -> None:
        view_ids = self.panel.view_ids
        for vid in view_ids[:MAX_VIEWS_PER_PANEL]:
            try:
                view = self.state.view(vid)
            except KeyError:
                continue
            host = self._host(view)
            self.hosts[vid] = host
            self.layout().addWidget(host, 1)
        if len(view_ids) > MAX_VIEWS_PER_PANEL:  # each view is a widget, a 3-D one a GL canvas
            note = QLabel(
                f"not drawn: {count_text(len(view_ids) - MAX_VIEWS_PER_PANEL)} more views; a panel draws at most"
                f" {MAX_VIEWS_PER_PANEL}"
            )
            note.setObjectName("refused")
            note.setWordWrap(True)
            note.setStyleSheet("color: #8e0000;")
            self.layout().addWidget(note)

    def _host(self, view: Any) -> QWidget:
        cls = adapter_for(view.wire_kind)
        if cls is None:
            return Placeholder(view, "no renderer for this kind yet")
        adapter = cls(view.id, self.state, self.send)
        if hasattr(adapter, "state_changed"):
            adapter.state_changed = self.on_state_changed
        try:
            if self.panel.kind in CANVAS_PANELS:
                host = self._canvas_host(view, adapter)
            else:
                host = QWidget()
                col = QVBoxLayout(host)
                col.setContentsMargins(0, 0, 0, 0)
                adapter.build(host)
        except Exception as exc:  # a broken adapter costs its own view, not the window
            log.exception("building view %r failed", view.id)
            return Placeholder(view, f"could not be drawn ({exc})")
        host.setObjectName(f"view:{view.id}")
        self.adapters[view.id] = adapter
        return host

    def _canvas_host(self, view: Any, adapter: ViewAdapter) -> QWidget:
        from vispy import scene

        host = QWidget()
        col = QVBoxLayout(host)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        if len(self.panel.view_ids) > 1:
            col.addWidget(QLabel(view_title(view)))
        canvas = scene.SceneCanvas(keys=None, show=False, bgcolor=CANVAS_BACKGROUND, parent=host)
        viewbox = canvas.central_widget.add_view()
        col.addWidget(canvas.native, 1)
        self.canvases[view.id] = canvas
        adapter.build(viewbox)
        return host

    def apply(self, changes: Any) -> list[str]:
        """Forward ``changes`` to the adapters it touches; the ids of the views that were updated."""
        touched = []
        for vid, adapter in self.adapters.items():
            if adapter.closed or not adapter.touched(changes):
                continue
            try:
                adapter.apply(changes)
            except Exception:
                log.exception("updating view %r failed", vid)
                continue
            touched.append(vid)
        return touched

    def close_panel(self) -> None:
        for adapter in self.adapters.values():
            try:
                adapter.close()
            except Exception:
                log.exception("closing view %r failed", adapter.view_id)
        for canvas in self.canvases.values():
            canvas.close()
        self.adapters.clear()
        self.canvases.clear()
