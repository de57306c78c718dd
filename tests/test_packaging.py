"""python/pyproject.toml as setuptools and scripts/setup.sh read it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib", reason="Python 3.11's TOML reader")
ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "python" / "pyproject.toml").read_text(encoding="utf-8"))


def test_the_license_is_an_spdx_string_so_the_install_prints_no_deprecation_banner() -> None:
    assert PROJECT["project"]["license"] == "MIT"  # a table ({text = ...}) made setuptools print a banner
    required = [r for r in PROJECT["build-system"]["requires"] if r.startswith("setuptools")]
    assert required and int(re.search(r">=(\d+)", required[0]).group(1)) >= 77  # the first to take the string


def test_setup_installs_every_extra_the_tests_use_docs_included() -> None:
    extras = PROJECT["project"]["optional-dependencies"]
    assert any(d.startswith("sphinx") for d in extras["docs"])
    setup = (ROOT / "scripts" / "setup.sh").read_text(encoding="utf-8")
    installed = re.search(r'python\[([a-z,]+)\]"', setup).group(1).split(",")
    assert {"server", "frontend", "test", "docs", "neuron"} <= set(installed) <= set(extras)
