"""Shared fixtures: the conformance manifest and the repository root."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
CONFORMANCE = ROOT / "conformance"


def load_manifest() -> dict[str, Any]:
    return json.loads((CONFORMANCE / "manifest.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def manifest() -> dict[str, Any]:
    return load_manifest()
