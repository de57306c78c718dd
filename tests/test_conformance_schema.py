"""Every valid vector's decoded form satisfies the JSON Schema of its kind; invalid field vectors do not."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from .conftest import ROOT, load_manifest

SCHEMA_DIR = ROOT / "spec" / "schema"
MANIFEST = load_manifest()


def registry() -> Registry:
    resources = []
    for path in sorted(SCHEMA_DIR.rglob("*.schema.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        resources.append((schema["$id"], Resource.from_contents(schema)))
    return Registry().with_resources(resources)


def envelope_validator() -> Draft202012Validator:
    envelope = json.loads((SCHEMA_DIR / "envelope.schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(envelope, registry=registry())


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    return envelope_validator()


@pytest.mark.parametrize("vector", MANIFEST["valid"], ids=lambda v: v["name"])
def test_decoded_form_matches_the_schema(validator: Draft202012Validator, vector: dict[str, Any]) -> None:
    errors = sorted(validator.iter_errors(vector["decoded"]), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])


def test_schemas_reject_what_the_decoder_rejects_by_type(validator: Draft202012Validator) -> None:
    # decoded forms of the kind the invalid vectors describe, stated directly
    bad = [
        {"kind": "set_control", "control_id": 5, "value": 1},
        {"kind": "set_control", "control_id": "a"},
        {"kind": "status", "message": "hi", "timeout_ms": -1},
        {
            "kind": "field_append",
            "field_id": "v",
            "append_dim": "t",
            "max_length": 0,
            "values": {"$ndarray": {"dtype": "float32", "shape": [1], "data": "AAAAAA=="}},
            "coord_values": {"$ndarray": {"dtype": "float64", "shape": [1], "data": "AAAAAAAAAAA="}},
        },
        {"kind": "teleport"},
        {"kind": "key_pressed", "key": "a", "extra": 1},
    ]
    for instance in bad:
        assert not validator.is_valid(instance), instance


def test_every_schema_file_is_reachable() -> None:
    assert (SCHEMA_DIR / "envelope.schema.json").exists()
    assert len(list(Path(SCHEMA_DIR).rglob("*.schema.json"))) >= 20
