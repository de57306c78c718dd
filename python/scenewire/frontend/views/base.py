"""ViewAdapter: what a view kind implements to be drawn in the window.

The window never knows view kinds. It asks :mod:`.registry` for the adapter
of a view's kind, calls :meth:`ViewAdapter.build` once per ``scene_ready``
(or when the view's panel is rebuilt) and :meth:`ViewAdapter.apply` with the
:class:`~scenewire.state.scene_state.Changes` of each poll. An adapter reads
everything from the :class:`~scenewire.state.scene_state.SceneState` (fields,
binding-resolved view properties) and redraws only when its own inputs are in
the changes; :meth:`ViewAdapter.touched` says when that is.

:attr:`ViewAdapter.overrides` holds what the person chose in the window for
this view (a colour map, colour limits: :mod:`..view_menu`): :meth:`prop`
returns them in place of the session's values, which stay the default and
come back with :meth:`reset_view` (Home).

``build``'s parent depends on the panel kind: a ``view_3d`` panel gives each
view its own VisPy ``SceneCanvas`` and passes that canvas's ``ViewBox`` (so
each view has its own camera); ``line_plot`` and ``state_graph`` panels pass
a plain ``QWidget`` with an empty layout for the adapter to fill.
"""

from __future__ import annotations

import dataclasses
from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from ...state import Changes

if TYPE_CHECKING:
    from PyQt6.QtWidgets import QWidget
    from vispy.scene.widgets import ViewBox

    from ...protocol import SessionCommand
    from ...state import SceneState


G = TypeVar("G")


class ViewAdapter(ABC):
    """Draws one view of one kind; ``kind`` names the view kind it draws."""

    kind: ClassVar[str]
    colours: ClassVar[bool] = False
    """Whether the view draws a field through a colour map (§8.13): the view menu then offers maps and limits."""
    vector_export: ClassVar[bool] = False
    """Whether the view can be saved as SVG (a pyqtgraph plot: line plots, rasters)."""

    def __init__(self, view_id: str, state: SceneState, send: Callable[[SessionCommand], None]) -> None:
        self.view_id = view_id
        self.state = state
        self.send = send  # commands to the session (entity_clicked, ...)
        self.closed = False
        self.overrides: dict[str, Any] = {}  # property -> the window's choice; ``None`` is a choice ("from the data")

    @abstractmethod
    def build(self, parent: QWidget | ViewBox) -> None:
        """Create the visuals inside ``parent``; called once per scene (or panel rebuild)."""

    @abstractmethod
    def apply(self, changes: Changes) -> None:
        """Bring the drawing up to date; redraw only if :meth:`touched` says the inputs changed."""

    def close(self) -> None:
        """Release what :meth:`build` made (timers, GL objects); the panel deletes the parent.

        Overrides call ``super().close()``; afterwards ``apply`` is never called again.
        """
        self.closed = True

    def prop(self, name: str) -> Any:
        """A view property as drawn: the window's override, else the session's value with its binding resolved."""
        if name in self.overrides:
            return self.overrides[name]
        return self.state.view_property(self.view_id, name)

    def shown_limits(self) -> tuple[float, float] | None:
        """The colour limits drawn now (for "fixed at the present range"); ``None`` when there are none."""
        return None

    def reset_view(self) -> None:
        """Home: the session's values again and the first camera; adapters with a camera extend this."""
        if self.overrides:
            self.overrides.clear()
            self.redraw()

    def redraw(self) -> None:
        """Draw again from the view's properties (after an override changed), as a patch of the view would."""
        if not self.closed:
            self.apply(Changes(views={self.view_id}))

    # -- helpers every adapter may use ---------------------------------------

    @property
    def view(self) -> Any:
        """The view record as the scene has it now (literal properties; bindings unresolved)."""
        return self.state.view(self.view_id)

    def geometry_of(self, geometry_id: str, kind: type[G]) -> G | None:
        """The scene's geometry ``geometry_id`` if it is of ``kind``; ``None`` otherwise."""
        scene = self.state.scene
        for geometry in scene.geometries if scene is not None else ():
            if geometry.id == geometry_id and isinstance(geometry, kind):
                return geometry
        return None

    def input_fields(self) -> set[str]:
        """The field ids this view reads: every ``*field_id`` property, and its graph's nodes and edges."""
        view = self.view
        found: set[str] = set()
        for spec in dataclasses.fields(view):
            if spec.name.endswith("field_id"):
                value = getattr(view, spec.name, None)
                if isinstance(value, str):
                    found.add(value)
        for item in [*getattr(view, "nodes", ()), *getattr(view, "edges", ())]:
            if getattr(item, "field_id", None):
                found.add(item.field_id)
        return found

    def touched(self, changes: Changes) -> bool:
        """Whether ``changes`` reach this view: a new scene, its own properties, a field it reads."""
        if changes.scene or self.view_id in changes.views:
            return True
        return bool(changes.fields & self.input_fields())
