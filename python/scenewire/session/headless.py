"""What a process that runs sessions, and has no display, tells the simulators it may load.

NEURON looks for an X display when it is imported and, finding none, prints
"Warning: no DISPLAY environment variable. --No graphics will be displayed."
to the terminal: in a server's worker, once per connection, about a window
no session here opens. ``NEURON_MODULE_OPTIONS=-nogui`` (which NEURON reads
at import) says not to look. A value the person set is kept, and so is
NEURON's GUI wherever there is a display to show it on.
"""

from __future__ import annotations

import os

NEURON_OPTIONS = "NEURON_MODULE_OPTIONS"


def quiet_headless_simulators() -> None:
    """With no display, tell NEURON (not yet imported) to start without its GUI; else change nothing."""
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return
    os.environ.setdefault(NEURON_OPTIONS, "-nogui")
