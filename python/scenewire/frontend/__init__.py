"""The VisPy/PyQt6 frontend: the only part of scenewire that imports Qt or VisPy.

Importing it selects VisPy's ``pyqt6`` application and its ``gl+`` GL
backend (instanced drawing needs ``gl+``, which needs PyOpenGL), so every
canvas the window makes speaks the same GL. Nothing below this package may
import it: a backend install runs without Qt, VisPy or a display.
"""

from __future__ import annotations

from .gl import use_vispy

use_vispy()
