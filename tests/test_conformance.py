"""The Python reference against the golden vectors, byte for byte."""

from __future__ import annotations

import json
import sys
from typing import Any

import pytest

from scenewire import ProtocolError, decode, encode
from scenewire.wire.jsonform import to_json_form

from .conftest import CONFORMANCE, ROOT, load_manifest

MANIFEST = load_manifest()
VALID = {v["name"]: v for v in MANIFEST["valid"]}
INVALID = {v["name"]: v for v in MANIFEST["invalid"]}


def canonical_json(value: Any) -> str:
    # text comparison keeps -0.0 apart from 0.0 and 1 apart from 1.0
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


@pytest.mark.parametrize("name", sorted(VALID))
def test_valid_vector_decodes_to_manifest_value(name: str) -> None:
    vector = VALID[name]
    message = decode((CONFORMANCE / vector["file"]).read_bytes())
    assert message.wire_kind == vector["kind"]
    assert canonical_json(to_json_form(message.to_tree())) == canonical_json(vector["decoded"])


@pytest.mark.parametrize("name", sorted(VALID))
def test_valid_vector_reencodes_byte_for_byte(name: str) -> None:
    vector = VALID[name]
    data = (CONFORMANCE / vector["file"]).read_bytes()
    expected = (CONFORMANCE / vector.get("canonical_file", vector["file"])).read_bytes()
    assert encode(decode(data)) == expected


@pytest.mark.parametrize("name", sorted(INVALID))
def test_invalid_vector_gives_its_error_code(name: str) -> None:
    vector = INVALID[name]
    with pytest.raises(ProtocolError) as caught:
        decode((CONFORMANCE / vector["file"]).read_bytes())
    assert caught.value.code.value == vector["error"], str(caught.value)
    assert str(caught.value).startswith(vector["error"])


def test_coverage_of_the_vectors() -> None:
    kinds = {v["kind"] for v in MANIFEST["valid"]}
    assert kinds == set(MANIFEST["kinds"]), "every message kind has a valid vector"
    assert len(INVALID) >= 30
    from scenewire.wire.errors import ErrorCode

    codes = {v["error"] for v in MANIFEST["invalid"]}
    framing = {c.value for c in ErrorCode} - {"version_mismatch", "unexpected_message", "session_error"}
    framing -= {"not_controller"}  # 1.1, and only in error messages: conformance/1.1 has its vectors
    assert framing <= codes, f"codes without an invalid vector: {framing - codes}"
    assert any("canonical_file" in v for v in MANIFEST["valid"])


def test_regeneration_changes_no_byte() -> None:
    sys.path.insert(0, str(ROOT / "conformance"))
    try:
        import generate
    finally:
        sys.path.pop(0)
    assert MANIFEST["version"] == generate.VERSION
    assert generate.differences() == [], "vectors changed while the protocol version stayed the same"
