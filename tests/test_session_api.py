"""A session author's view: one import, mistakes refused where they are made, errors shown whole."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

import scenewire as sw

from .conftest import ROOT
from .test_cli import PY, WAIT, probe, start_server

GUIDE = ROOT / "docs" / "writing-a-session.md"
AUTHORING = [
    *("Session", "BufferedSession", "Scene", "Field", "MorphologyGeometry", "GridGeometry"),
    *("MorphologyView", "SurfaceView", "LinePlotView", "StateGraphView", "Layout", "Panel"),
    *("Control", "ScalarSpec", "ChoiceSpec", "BoolSpec", "XYSpec", "Action"),
    *("FieldReplace", "FieldAppend", "ScenePatch", "Status", "Error", "SessionCommand"),
    *("SetControl", "InvokeAction", "EntityClicked", "Reset", "run_backend_server", "PipeTransport"),
]


def test_one_import_gives_the_whole_authoring_api() -> None:
    for name in AUTHORING:
        assert hasattr(sw, name), name
    assert set(sw.__all__) <= set(dir(sw)) | {"run_backend_server", "BackendServer", "PipeTransport"}


def test_importing_scenewire_loads_no_transport() -> None:
    code = "import sys, scenewire; print(sorted(m for m in sys.modules if m.split('.')[0] in {'asyncio', 'websockets', 'multiprocessing', 'PyQt6'}))"  # noqa: E501
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("build", "words"),
    [
        (
            lambda: sw.Field(
                id="lorenz", values=np.zeros((4, 3)), dims=["time", "axis"], coords={"axis": np.array(["x", "y", "z"])}
            ),
            ["field 'lorenz'", "coords for 'axis' are strings (dtype <U1)", "series_labels"],
        ),
        (
            lambda: sw.Field(id="names", values=np.array(["soma", "axon"]), dims=["segment"]),
            ["field 'names'", "values are strings (dtype <U4)", "send numbers"],
        ),
        (
            lambda: sw.Field(id="z", values=np.zeros(3, complex), dims=["x"]),
            ["field 'z'", "complex", "real and imaginary parts"],
        ),
        (
            lambda: sw.FieldAppend(field_id="trace", append_dim="time", values=np.array([["a"]]), coord_values=[0.0]),
            ["field 'trace'", "strings"],
        ),
        (
            lambda: sw.FieldReplace(field_id="v", values=np.zeros(2), coords={"x": np.array([True, False])}),
            ["field 'v'", "coords for 'x' must be numeric"],
        ),
    ],
)
def test_what_cannot_be_sent_is_refused_where_it_is_built(build: Callable[[], object], words: list[str]) -> None:
    with pytest.raises(ValueError) as caught:
        build()
    for word in words:
        assert word in str(caught.value)


def guide_session(tmp_path: Path) -> Path:
    """The first python block of docs/writing-a-session.md, saved as lorenz.py."""
    code = re.search(r"```python\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.S)
    assert code is not None
    assert len(code.group(1).strip().splitlines()) <= 32  # "a first session in 30 lines", give or take imports
    (tmp_path / "lorenz.py").write_text(code.group(1), encoding="utf-8")
    return tmp_path


def test_the_guides_first_session_runs_through_the_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(guide_session(tmp_path))
    server, url = start_server("lorenz:Lorenz")
    try:
        result = probe(url, "--count", "6", "--set", "rho=10", "--stop")
        assert result.returncode == 0, result.stdout + result.stderr
        lines = result.stdout.splitlines()
        assert lines[1].startswith("scene_ready    1 fields, 1 views, 1 controls")
        assert any(
            line.startswith("field_append   field_id='xyz' append_dim='time' values=float64[10, 3]") for line in lines
        )
        assert not any(line.startswith("error") for line in lines)
    finally:
        server.kill()
        server.wait()


def test_probe_shows_an_errors_whole_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    advice = "the model diverged at t=0.5 ms; lower dt below 0.05 ms or raise the axial resistance, then press reset"
    (tmp_path / "failing.py").write_text(
        textwrap.dedent(
            f"""
            import scenewire as sw

            class Failing(sw.Session):
                def initialize(self):
                    return sw.Scene()

                def is_live(self):
                    return True

                def advance(self):
                    raise RuntimeError({advice!r})
            """
        )
    )
    monkeypatch.chdir(tmp_path)
    server, url = start_server("failing:Failing")
    try:
        result = probe(url, "--count", "2", "--stop")
        error = next(line for line in result.stdout.splitlines() if line.startswith("error"))
        assert advice in error and "..." not in error
    finally:
        server.kill()
        server.wait()


def test_run_backend_server_is_reachable_from_the_one_import() -> None:
    code = "import scenewire as sw; from scenewire.transports.ws_server import run_backend_server as r; print(sw.run_backend_server is r)"  # noqa: E501
    out = subprocess.run([PY, "-c", code], capture_output=True, text=True, timeout=WAIT).stdout
    assert out.strip() == "True"
