"""Sphinx configuration of the API reference (docs/api/): autodoc reads the package's docstrings.

Build it with ``.venv/bin/sphinx-build -W --keep-going docs/api build/api`` (``build/`` is
git-ignored) and open ``build/api/index.html``; ``tests/test_api_reference.py`` runs the same
build, warnings as errors, on every test run. Why Sphinx: docs/decisions.md, D26.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "python"))

project = "scenewire"
author = "the scenewire authors"
extensions = ["sphinx.ext.autodoc", "sphinx.ext.napoleon"]
exclude_patterns = ["_build"]
html_theme = "alabaster"
html_static_path: list[str] = []
# Types shown in each signature as written in the code; parameters described in the docstrings.
autodoc_typehints = "signature"
autodoc_member_order = "bysource"
autodoc_default_options: dict[str, object] = {}
autodoc_preserve_defaults = True
autodoc_type_aliases = {"ArrayLike": "numpy.typing.ArrayLike"}  # NumPy's alias, not its forty-type expansion
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False
# The docstrings' own words are prose; no doctest, no intersphinx (the build needs no network).
suppress_warnings: list[str] = []
