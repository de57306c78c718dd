"""scripts/setup.sh stops with a clear message when it cannot install what the tests need; CI sets CI=1."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from tests.conftest import ROOT


def path_without(tmp_path: Path, *hidden: str, uid: int | None = None) -> str:
    """A PATH of links to every tool on today's PATH but ``hidden``; ``uid`` fakes ``id -u``."""
    folder = tmp_path / "bin"
    folder.mkdir()
    for entry in os.environ["PATH"].split(os.pathsep):
        if not Path(entry).is_dir():
            continue
        for tool in Path(entry).iterdir():
            link = folder / tool.name
            if tool.name not in hidden and not os.path.lexists(link):
                link.symlink_to(tool)
    if uid is not None:
        (folder / "id").unlink(missing_ok=True)
        (folder / "id").write_text(f"#!/bin/sh\necho {uid}\n")
        (folder / "id").chmod(0o755)
    return str(folder)


def test_setup_without_root_and_without_mono_fails_and_says_what_to_install(tmp_path: Path) -> None:
    env = {**os.environ, "PATH": path_without(tmp_path, "mcs", uid=1000)}
    env.pop("SCENEWIRE_SETUP_ALLOW_MISSING", None)
    done = subprocess.run(
        ["bash", str(ROOT / "scripts" / "setup.sh")], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode != 0
    assert "setup: FAILED: not installed: mono-mcs" in done.stderr
    assert "apt-get install mono-mcs" in done.stderr


def test_setup_without_mpiexec_says_to_install_open_mpi(tmp_path: Path) -> None:
    """``scenewire serve --mpi`` and tests/test_mpi.py need Open MPI (issue 21): a missing one is named, not skipped."""
    env = {**os.environ, "PATH": path_without(tmp_path, "mpiexec", uid=1000)}
    env.pop("SCENEWIRE_SETUP_ALLOW_MISSING", None)
    done = subprocess.run(
        ["bash", str(ROOT / "scripts" / "setup.sh")], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode != 0
    assert "setup: FAILED: not installed: openmpi-bin" in done.stderr


def test_a_developer_may_go_on_without_a_package_and_is_warned(tmp_path: Path) -> None:
    env = {**os.environ, "PATH": path_without(tmp_path, "mcs", uid=1000), "SCENEWIRE_SETUP_ALLOW_MISSING": "1"}
    done = subprocess.run(
        ["bash", str(ROOT / "scripts" / "setup.sh")], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert "WARNING: not installed: mono-mcs" in done.stderr


def test_ci_exports_ci_so_a_missing_tool_fails_instead_of_skipping() -> None:
    """tests/test_csharp.py fails rather than skips without Mono when CI is set; .ci/run must set it for test.sh."""
    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    exported = [n for n, line in enumerate(run) if line.strip() == "export CI=1"]
    calls = [n for n, line in enumerate(run) if "scripts/test.sh" in line and not line.lstrip().startswith("#")]
    assert exported and calls and exported[0] < calls[0]
