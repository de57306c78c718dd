"""The API reference (docs/api/) builds from the docstrings with no warning, so a broken reference fails the tests."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "docs" / "api"

pytest.importorskip("sphinx", reason="the docs extra: bash scripts/setup.sh installs it")


def build(source: Path, out: Path) -> subprocess.CompletedProcess[str]:
    """``sphinx-build -W`` as docs/api/conf.py says to run it: every warning an error."""
    return subprocess.run(
        [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-q", "-b", "html", str(source), str(out)],
        capture_output=True, text=True, timeout=240,
    )  # fmt: skip


def text_of(page: Path) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", page.read_text(encoding="utf-8")))


def test_the_reference_builds_without_warnings_and_gives_the_signatures_a_newcomer_looked_for(tmp_path: Path) -> None:
    done = build(SOURCE, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    scene = text_of(tmp_path / "scene.html")
    for signature in (
        "GridGeometry(id: str, dims: list[str], coords: dict[str, ndarray])",
        "SurfaceView(id: str, grid_id: str, height_field_id: str,",
        "MorphologyGeometry(id: str, positions: ndarray,",
        "Action(id: str, label: str,",
        "Layout(title: str | None = None,",
    ):
        assert signature in scene, signature
    assert "the two dims, [rows, columns]" in scene  # the parameters are described, not only typed
    session = text_of(tmp_path / "session.html")
    assert "idle_sleep()" in session and "0.05" in session
    assert "morphology_from_points(" in text_of(tmp_path / "morphology.html")
    assert "run_backend_server(" in text_of(tmp_path / "serving.html")


def test_a_broken_docstring_fails_the_build(tmp_path: Path) -> None:
    """What -W is for: a reference that points at a name that is not there is an error, not a quiet gap."""
    source = tmp_path / "src"
    source.mkdir()
    (source / "conf.py").write_text((SOURCE / "conf.py").read_text(encoding="utf-8"))  # the package is installed
    (source / "index.rst").write_text("Broken\n======\n\n.. autoclass:: scenewire.NoSuchThing\n")
    done = build(source, tmp_path / "out")
    assert done.returncode != 0 and "NoSuchThing" in done.stdout + done.stderr
