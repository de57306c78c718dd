"""A session module whose import hangs in a worker while the test holds a gate open.

The server imports it once, to name the class (the gate is shut then); a worker
process spawned while ``IMPORT_GATE`` is set hangs in its import until the test
clears it (at most 60 s), as an import stuck on a network file system or a
licence server would.
"""

from __future__ import annotations

import multiprocessing
import time

from tests.test_session_kit import KIT_DIR, FileEvent, KitSession

IMPORT_GATE = FileEvent(KIT_DIR / "import-gate")
IMPORTING = FileEvent(KIT_DIR / "importing")  # set when a worker is stuck in this import

if multiprocessing.current_process().name != "MainProcess" and IMPORT_GATE.is_set():
    IMPORTING.set()
    deadline = time.monotonic() + 60.0
    while IMPORT_GATE.is_set() and time.monotonic() < deadline:
        time.sleep(0.05)


class SlowImportSession(KitSession):
    """A plain kit session; only its module's import is slow."""
