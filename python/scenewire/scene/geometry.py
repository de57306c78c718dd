"""Geometries: what a view draws on (a neuron morphology, a 2-D grid)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..wire.records import FLOATS, NUMERIC, STR, ArrayType, ListOf, MapOf, Record, opt, req


@dataclass(eq=False, slots=True)
class MorphologyGeometry(Record, kind="morphology"):
    """A neuron as n segments: centre, orientation, radius, length, where in its section.

    Positions, radii and lengths are in µm; ``orientations[i]`` maps the
    segment's local frame (axis along z) to the scene frame, acting on column
    vectors (§8.14). :mod:`scenewire.scene.space` turns them into drawable points.
    :func:`scenewire.morphology_from_points` makes one from sections of 3-D
    points; :func:`scenewire.neuron.morphology_from_sections` from NEURON's.

    Args:
        id: unique among the scene's geometries; views name it as ``geometry_id``.
        positions: ``(n, 3)`` float, each segment's centre in µm.
        orientations: ``(n, 3, 3)`` float, rotations whose third column is the segment's axis.
        radii: ``(n,)`` float, µm.
        lengths: ``(n,)`` float, µm along the axis.
        xlocs: ``(n,)`` float, the centre's position along its section, 0 to 1 (NEURON's ``seg.x``).
        entity_ids: ``n`` distinct names; a click on a segment sends its id in ``entity_clicked``.
        section_names: ``n`` names, the section each segment belongs to.
        colors: optional ``(n, 4)`` RGBA (uint8, or float32 in 0..1) for segments no field colours.
        labels: optional ``n`` strings shown on hover.
    """

    id: str = req(STR)
    positions: np.ndarray = req(ArrayType(FLOATS, 2, (3,)))
    orientations: np.ndarray = req(ArrayType(FLOATS, 3, (3, 3)))
    radii: np.ndarray = req(ArrayType(FLOATS, 1))
    lengths: np.ndarray = req(ArrayType(FLOATS, 1))
    xlocs: np.ndarray = req(ArrayType(FLOATS, 1))
    entity_ids: list[str] = req(ListOf(STR))
    section_names: list[str] = req(ListOf(STR))
    colors: np.ndarray | None = opt(ArrayType(("uint8", "float32"), 2, (4,)))
    labels: list[str] | None = opt(ListOf(STR))

    @property
    def n_segments(self) -> int:
        """How many segments: the length of every per-segment array."""
        return len(self.entity_ids)

    def check(self) -> None:
        for name in ("positions", "orientations", "radii", "lengths", "xlocs"):
            setattr(self, name, np.asarray(getattr(self, name)))
        if self.colors is not None:
            self.colors = np.asarray(self.colors)
        n = len(self.entity_ids)
        sizes = {
            "positions": len(self.positions),
            "orientations": len(self.orientations),
            "radii": len(self.radii),
            "lengths": len(self.lengths),
            "xlocs": len(self.xlocs),
            "section_names": len(self.section_names),
        }
        if self.colors is not None:
            sizes["colors"] = len(self.colors)
        if self.labels is not None:
            sizes["labels"] = len(self.labels)
        wrong = {k: v for k, v in sizes.items() if v != n}
        if wrong:
            raise ValueError(
                f"morphology {self.id!r}: {n} entity_ids but " + ", ".join(f"{v} {k}" for k, v in wrong.items())
            )


@dataclass(eq=False, slots=True)
class GridGeometry(Record, kind="grid"):
    """A rectilinear 2-D grid: two named dims, each with 1-D coordinates; a :class:`SurfaceView` draws on it.

    Args:
        id: unique among the scene's geometries; a surface view names it as ``grid_id``.
        dims: the two dims, ``[rows, columns]``, e.g. ``["y", "x"]``; a height field over the
            grid has these dims in this order.
        coords: each dim's coordinates, 1-D and numeric, e.g. ``{"y": np.linspace(0, 1, 50),
            "x": np.linspace(0, 2, 100)}``; exactly the two dims.

    Example::

        grid = GridGeometry(id="g", dims=["y", "x"], coords={"y": ys, "x": xs})
        height = Field(id="h", values=np.zeros((len(ys), len(xs))), dims=["y", "x"])
        view = SurfaceView(id="s", grid_id="g", height_field_id="h")
    """

    id: str = req(STR)
    dims: list[str] = req(ListOf(STR))
    coords: dict[str, np.ndarray] = req(MapOf(ArrayType(NUMERIC, 1)))

    @property
    def shape(self) -> tuple[int, int]:
        """``(rows, columns)``: the lengths of the two dims' coordinates."""
        return (len(self.coords[self.dims[0]]), len(self.coords[self.dims[1]]))

    def check(self) -> None:
        self.coords = {k: np.asarray(v) for k, v in self.coords.items()}
        if len(self.dims) != 2 or self.dims[0] == self.dims[1]:
            raise ValueError(f"grid {self.id!r}: needs two distinct dims, got {self.dims}")
        if sorted(self.coords) != sorted(self.dims):
            raise ValueError(f"grid {self.id!r}: coords {sorted(self.coords)} must be exactly its dims {self.dims}")
        for dim, coord in self.coords.items():
            if coord.ndim != 1:
                raise ValueError(f"grid {self.id!r}: coords for {dim!r} must be 1-D")


GEOMETRY_KINDS = (MorphologyGeometry, GridGeometry)
Geometry = MorphologyGeometry | GridGeometry
