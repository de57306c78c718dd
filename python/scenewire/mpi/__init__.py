"""Networks on N MPI ranks served as one session (docs/mpi.md).

``mpiexec -n 4 scenewire serve mymodel:NetSession --mpi``: every rank builds
and advances the same :class:`MpiSession`; rank 0 also runs the server and
speaks to the clients. Per tick rank 0 broadcasts the commands that arrived
(:mod:`.ticks`), every rank applies them and advances, and the values each
rank owns are gathered into one field on rank 0 (:mod:`.gather`, one
``Gatherv``). mpi4py is imported only under ``--mpi`` (:mod:`.world`), so
this package, and a session written on it, loads and runs on one process
without MPI installed.
"""

from .gather import EventGather, FieldGather
from .session import MpiSession

__all__ = ["EventGather", "FieldGather", "MpiSession"]
