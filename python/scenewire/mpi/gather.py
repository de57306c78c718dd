"""Per-tick gathers onto rank 0: a field's values (:class:`FieldGather`) and events (:class:`EventGather`).

Each rank owns some entries of a field (the segments of its cells); their
global positions are told once, and each tick is then one ``Gatherv`` into
a preallocated buffer and one NumPy scatter into the field's order: no
Python loop over cells or segments. Without MPI (one process) the same calls
reorder the local values, so a session has one code path.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .world import world


class FieldGather:
    """Gathers the values of a field whose entries are spread over the ranks.

    ``positions``: the global index of each local entry, in the order the
    local values will come; every index of ``0 .. size - 1`` is owned by
    exactly one rank. Building one is collective: every rank builds it.
    """

    def __init__(self, positions: np.ndarray, dtype: Any = np.float32, comm: Any = None) -> None:
        self.comm = comm if comm is not None else world()
        self.dtype = np.dtype(dtype)
        positions = np.ascontiguousarray(positions, dtype=np.int64)
        self.local = len(positions)
        if self.comm is None or self.comm.Get_size() == 1:
            order = positions
            self.counts = np.array([self.local])
        else:
            from mpi4py import MPI
            from mpi4py.util.dtlib import from_numpy_dtype

            self.mpi_type = from_numpy_dtype(self.dtype)
            self.counts = np.array(self.comm.allgather(self.local), dtype=np.int64)
            order = np.empty(int(self.counts.sum()), np.int64) if self.comm.Get_rank() == 0 else None
            self.comm.Gatherv(positions, [order, self.counts, None, MPI.INT64_T] if order is not None else None, 0)
        self.size = int(self.counts.sum())
        self.root = self.comm is None or self.comm.Get_rank() == 0
        if self.root:
            assert order is not None
            if not np.array_equal(np.sort(order), np.arange(self.size)):
                raise ValueError(f"the ranks' positions do not cover 0..{self.size - 1} exactly once")
            self.order = order
            self.buffer = np.empty(self.size, self.dtype)
        self.displs = np.concatenate([[0], np.cumsum(self.counts)[:-1]])

    @property
    def bytes_per_tick(self) -> int:
        return self.size * self.dtype.itemsize

    def gather(self, values: np.ndarray) -> np.ndarray | None:
        """The whole field in global order on rank 0 (a new array); ``None`` on the other ranks."""
        values = np.ascontiguousarray(values, dtype=self.dtype)
        if len(values) != self.local:
            raise ValueError(f"{len(values)} values for {self.local} local entries")
        if self.comm is not None and self.comm.Get_size() > 1:
            recv = [self.buffer, self.counts, self.displs, self.mpi_type] if self.root else None
            self.comm.Gatherv(values, recv, 0)
            if not self.root:
                return None
            local = self.buffer
        else:
            local = values
        out = np.empty(self.size, self.dtype)
        out[self.order] = local
        return out


class EventGather:
    """Gathers a tick's events (say spikes: unit index and time) from every rank, in time order on rank 0."""

    def __init__(self, comm: Any = None) -> None:
        self.comm = comm if comm is not None else world()

    def gather(self, units: np.ndarray, times: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
        """``(units int32, times float64)`` of every rank, sorted by time (stable), on rank 0; ``None`` elsewhere."""
        units = np.ascontiguousarray(units, dtype=np.int32)
        times = np.ascontiguousarray(times, dtype=np.float64)
        if self.comm is not None and self.comm.Get_size() > 1:
            from mpi4py import MPI

            root = self.comm.Get_rank() == 0
            counts = np.zeros(self.comm.Get_size(), np.int64) if root else None
            self.comm.Gather(np.array([len(units)], np.int64), counts, 0)
            if root:
                assert counts is not None
                displs = np.concatenate([[0], np.cumsum(counts)[:-1]])
                all_units = np.empty(int(counts.sum()), np.int32)
                all_times = np.empty(int(counts.sum()), np.float64)
                self.comm.Gatherv(units, [all_units, counts, displs, MPI.INT32_T], 0)
                self.comm.Gatherv(times, [all_times, counts, displs, MPI.DOUBLE], 0)
                units, times = all_units, all_times
            else:
                self.comm.Gatherv(units, None, 0)
                self.comm.Gatherv(times, None, 0)
                return None
        order = np.lexsort((units, times))
        return units[order], times[order]
