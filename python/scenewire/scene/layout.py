"""Layout: panels that group views, controls and actions, and their grid."""

from __future__ import annotations

from dataclasses import dataclass

from ..wire.records import STR, ListOf, Record, RecordType, many, opt, req

PANEL_KINDS = ("view_3d", "line_plot", "controls", "state_graph")
#: which panel kind shows which view kind
PANEL_FOR_VIEW = {
    "morphology": "view_3d",
    "surface": "view_3d",
    "line_plot": "line_plot",
    "state_graph": "state_graph",
}


@dataclass(eq=False, slots=True)
class Panel(Record):
    """One area of the window.

    Args:
        id: unique among the layout's panels; ``panel_grid`` cells name it.
        kind: ``"view_3d"`` (morphology and surface views), ``"line_plot"``, ``"state_graph"``
            or ``"controls"``.
        title: the panel's title.
        view_ids: the views it shows.
        control_ids: the controls it shows.
        action_ids: the actions it shows as buttons.
    """

    id: str = req(STR)
    kind: str = req(STR)
    title: str | None = opt(STR)
    view_ids: list[str] = many(ListOf(STR))
    control_ids: list[str] = many(ListOf(STR))
    action_ids: list[str] = many(ListOf(STR))

    def check(self) -> None:
        if self.kind not in PANEL_KINDS:
            raise ValueError(f"panel {self.id!r}: kind {self.kind!r} is not one of {PANEL_KINDS}")


PANEL_GRID = ListOf(ListOf(STR))


@dataclass(eq=False, slots=True)
class Layout(Record):
    """Title, panels and an optional grid (rows of panel ids, a repeated id spans).

    Without a layout, a scene gets one panel per view and one for its controls
    and actions (:meth:`Scene.resolved_layout`).

    Args:
        title: the window's title.
        panels: the :class:`Panel` list.
        panel_grid: rows of panel ids, all rows as long; a panel named in
            adjacent cells spans them. Absent, the panels are placed in order.

    Example::

        Layout(
            panels=[Panel(id="cell", kind="view_3d", view_ids=["cell_view"]),
                    Panel(id="knobs", kind="controls", control_ids=["stim"], action_ids=["reset"])],
            panel_grid=[["cell", "knobs"]],
        )
    """

    title: str | None = opt(STR)
    panels: list[Panel] = many(ListOf(RecordType(Panel)))
    panel_grid: list[list[str]] | None = opt(PANEL_GRID)

    def check(self) -> None:
        check_panels(self.panels, self.panel_grid)


def check_panels(panels: list[Panel], grid: list[list[str]] | None) -> None:
    """Panel ids are unique and the grid names only panels that exist."""
    ids = [p.id for p in panels]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        raise ValueError(f"layout: panel id {sorted(dup)[0]!r} is used twice")
    if grid is not None:
        if not grid or not all(grid):
            raise ValueError("layout: panel_grid needs at least one row, and every row at least one cell")
        widths = {len(row) for row in grid}
        if len(widths) > 1:
            raise ValueError(f"layout: panel_grid rows differ in length {sorted(widths)}")
        for row in grid:
            for pid in row:
                if pid not in ids:
                    raise ValueError(f"layout: panel_grid names unknown panel {pid!r}")
