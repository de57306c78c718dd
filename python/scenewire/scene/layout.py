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
    "raster": "line_plot",  # 1.1: a 2-D plot panel; a new panel kind would be one more thing a 1.0 peer refuses
    "image": "line_plot",
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
    """Panel ids are unique and the grid names only panels that exist.

    Linear in the panels and cells (a set, never a list search): a peer
    chooses how many there are (§11, "validation work").
    """
    ids: set[str] = set()
    for panel in panels:
        if panel.id in ids:
            raise ValueError(f"layout: panel id {panel.id!r} is used twice")
        ids.add(panel.id)
    if grid is not None:
        if not grid or not all(grid):
            raise ValueError("layout: panel_grid needs at least one row, and every row at least one cell")
        width = len(grid[0])
        for i, row in enumerate(grid):
            if len(row) != width:
                raise ValueError(
                    f"layout: panel_grid rows differ in length: row 0 has {width} cells, row {i} has {len(row)}"
                )
        for row in grid:
            for pid in row:
                if pid not in ids:
                    raise ValueError(f"layout: panel_grid names unknown panel {pid!r}")
