"""Updates: backend to frontend."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from ..scene import Panel, Scene
from ..scene.fields import COORD, check_sendable
from ..scene.layout import PANEL_GRID, check_panels
from ..wire.records import (
    ANY_MAP,
    COUNT,
    FLOAT,
    POSITIVE,
    STR,
    ArrayType,
    ListOf,
    MapOf,
    Record,
    RecordType,
    being_built,
    many,
    opt,
    req,
)


@dataclass(eq=False, slots=True)
class Tick(Record):
    """Marks the last update of one tick of the session loop (§7.12).

    The updates since the previous mark belong together: a renderer applies
    them at once, so that a voltage map and its trace never show two ticks.
    """

    index: int = req(COUNT)
    time: float | None = opt(FLOAT)


TICK = RecordType(Tick)


@dataclass(eq=False, slots=True)
class SceneReady(Record, kind="scene_ready"):
    """A whole scene; replaces whatever the frontend showed."""

    scene: Scene = req(RecordType(Scene))
    tick_end: Tick | None = opt(TICK)


@dataclass(eq=False, slots=True)
class FieldReplace(Record, kind="field_replace"):
    """New values (and optionally coords) for a field; dims stay.

    Args:
        field_id: the field replaced.
        values: the new values; the same number of dims as the field, any sizes.
        coords: new coordinates by dim; a dim left out keeps its coordinates if they still fit.
        attrs_update: keys merged into the field's attrs.
        tick_end: set by the session loop on a tick's last update; leave it out.
    """

    field_id: str = req(STR)
    values: np.ndarray = req(ArrayType())
    coords: dict[str, np.ndarray] | None = opt(MapOf(COORD))
    attrs_update: dict[str, Any] | None = opt(ANY_MAP)
    tick_end: Tick | None = opt(TICK)

    def check(self) -> None:
        self.values = np.asarray(self.values)
        if self.coords is not None:
            self.coords = {k: np.asarray(v) for k, v in self.coords.items()}
        check_sendable(self.field_id, self.values, self.coords or {})


@dataclass(eq=False, slots=True)
class FieldAppend(Record, kind="field_append"):
    """Grow a field along ``append_dim``; keep the last ``max_length`` entries.

    Args:
        field_id: the field grown.
        append_dim: the dim it grows along (a trace's ``"time"``).
        values: the new entries: as many dims as the field, its sizes on every other dim.
        coord_values: one coordinate per new entry, 1-D (refused when built if its
            length matches no axis of ``values``).
        max_length: keep at most this many entries along ``append_dim``, the newest.
        attrs_update: keys merged into the field's attrs.
        tick_end: set by the session loop on a tick's last update; leave it out.
    """

    field_id: str = req(STR)
    append_dim: str = req(STR)
    values: np.ndarray = req(ArrayType())
    coord_values: np.ndarray = req(COORD)
    max_length: int | None = opt(POSITIVE)
    attrs_update: dict[str, Any] | None = opt(ANY_MAP)
    tick_end: Tick | None = opt(TICK)

    def check(self) -> None:
        self.values = np.asarray(self.values)
        self.coord_values = np.asarray(self.coord_values)
        check_sendable(self.field_id, self.values, {self.append_dim: self.coord_values})
        if self.values.ndim == 0:
            raise ValueError(f"field_append {self.field_id!r}: values must have at least one dimension")
        if being_built() and self.coord_values.ndim == 1 and self.coord_values.shape[0] not in self.values.shape:
            # one coordinate per new entry (§7.3 step 3); which axis is append_dim only the field knows,
            # so here the count must match one of them (a receiver refuses the rest as does_not_fit)
            rows = " x ".join(str(n) for n in self.values.shape)
            raise ValueError(
                f"field_append {self.field_id!r}: {self.coord_values.shape[0]} coord_values for values of shape "
                f"{rows}; give one coordinate per new entry along {self.append_dim!r}"
            )


PATCHES = MapOf(ANY_MAP)


@dataclass(eq=False, slots=True)
class ScenePatch(Record, kind="scene_patch"):
    """Property changes by id: views, operators, controls; metadata by key."""

    view_updates: dict[str, dict[str, Any]] = many(PATCHES, dict)
    operator_updates: dict[str, dict[str, Any]] = many(PATCHES, dict)
    control_updates: dict[str, dict[str, Any]] = many(PATCHES, dict)
    metadata_updates: dict[str, Any] = many(ANY_MAP, dict)
    tick_end: Tick | None = opt(TICK)


@dataclass(eq=False, slots=True)
class PanelPatch(Record, kind="panel_patch"):
    """Change one panel: an absent field is unchanged, an empty one clears."""

    panel_id: str = req(STR)
    control_ids: list[str] | None = opt(ListOf(STR))
    action_ids: list[str] | None = opt(ListOf(STR))
    view_ids: list[str] | None = opt(ListOf(STR))
    title: str | None = opt(STR)
    tick_end: Tick | None = opt(TICK)


@dataclass(eq=False, slots=True)
class LayoutReplace(Record, kind="layout_replace"):
    """New panels (and grid) for the current scene."""

    panels: list[Panel] = many(ListOf(RecordType(Panel)))
    panel_grid: list[list[str]] | None = opt(PANEL_GRID)
    tick_end: Tick | None = opt(TICK)

    def check(self) -> None:
        check_panels(self.panels, self.panel_grid)


@dataclass(eq=False, slots=True)
class StatePatch(Record, kind="state_patch"):
    """Set frontend state keys (selection, bound view properties)."""

    updates: dict[str, Any] = many(ANY_MAP, dict)
    tick_end: Tick | None = opt(TICK)


@dataclass(eq=False, slots=True)
class Status(Record, kind="status"):
    """A line for the status bar; gone after ``timeout_ms`` when given."""

    message: str = req(STR)
    timeout_ms: int | None = opt(COUNT)
    tick_end: Tick | None = opt(TICK)


@dataclass(eq=False, slots=True)
class Error(Record, kind="error"):
    """Something went wrong; ``code`` is a spec error code when there is one."""

    message: str = req(STR)
    code: str | None = opt(STR)
    tick_end: Tick | None = opt(TICK)


UPDATES = (
    SceneReady,
    FieldReplace,
    FieldAppend,
    ScenePatch,
    PanelPatch,
    LayoutReplace,
    StatePatch,
    Status,
    Error,
)
SessionUpdate = (
    SceneReady | FieldReplace | FieldAppend | ScenePatch | PanelPatch | LayoutReplace | StatePatch | Status | Error
)
