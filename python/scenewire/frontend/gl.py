"""One place that picks VisPy's backends, before any canvas exists."""

from __future__ import annotations

import vispy

APP_BACKEND = "pyqt6"
GL_BACKEND = "gl+"
_chosen = False


def use_vispy() -> None:
    """Select ``pyqt6`` and ``gl+`` once; later calls do nothing (VisPy refuses a second choice)."""
    global _chosen
    if _chosen:
        return
    vispy.use(app=APP_BACKEND, gl=GL_BACKEND)
    _chosen = True
