"""The Python reference against protocol 1.1's golden vectors (conformance/1.1/), byte for byte.

1.1's vectors live in files of their own (§14.1): the hello's ``access`` and
``run``, ``control_request``, ``access`` and the error code ``not_controller``,
valid and invalid. Their decoded forms satisfy the schemas too.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import pytest

from scenewire import ProtocolError, decode, encode
from scenewire.wire.jsonform import to_json_form

from .conftest import CONFORMANCE, ROOT
from .test_conformance_schema import envelope_validator

HERE = CONFORMANCE / "1.1"
MANIFEST = json.loads((HERE / "manifest.json").read_text(encoding="utf-8"))
VALID = {v["name"]: v for v in MANIFEST["valid"]}
INVALID = {v["name"]: v for v in MANIFEST["invalid"]}


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


@pytest.mark.parametrize("name", sorted(VALID))
def test_valid_vector_decodes_reencodes_and_fits_its_schema(name: str) -> None:
    vector = VALID[name]
    data = (HERE / vector["file"]).read_bytes()
    message = decode(data)
    assert message.wire_kind == vector["kind"]
    assert canonical_json(to_json_form(message.to_tree())) == canonical_json(vector["decoded"])
    assert encode(message) == (HERE / vector.get("canonical_file", vector["file"])).read_bytes()
    errors = list(envelope_validator().iter_errors(vector["decoded"]))
    assert not errors, errors[0].message


@pytest.mark.parametrize("name", sorted(INVALID))
def test_invalid_vector_gives_its_error_code(name: str) -> None:
    vector = INVALID[name]
    with pytest.raises(ProtocolError) as caught:
        decode((HERE / vector["file"]).read_bytes())
    assert caught.value.code.value == vector["error"], str(caught.value)


def test_every_new_kind_key_and_code_has_vectors() -> None:
    assert MANIFEST["version"] == "1.1"
    kinds = {v["kind"] for v in MANIFEST["valid"]}
    assert {"hello", "control_request", "access", "error"} <= kinds
    hellos = [v["decoded"] for v in MANIFEST["valid"] if v["kind"] == "hello"]
    assert {h.get("access") for h in hellos} >= {"control", "observe", None}
    assert any("run" in h for h in hellos)
    assert any(v["decoded"].get("code") == "not_controller" for v in MANIFEST["valid"])
    broken = {v["name"].split("_")[0] + "." + v["error"] for v in MANIFEST["invalid"]}
    for kind in ("hello", "control", "access"):
        assert {f"{kind}.invalid_value", f"{kind}.wrong_type"} & broken, kind


def test_the_schemas_refuse_the_invalid_1_1_values() -> None:
    validator = envelope_validator()
    hello = {"kind": "hello", "protocol": "scenewire", "major": 1, "minor": 1, "role": "server"}
    hello |= {"implementation": "x", "capabilities": []}
    for bad in [
        hello | {"access": "admin"},
        hello | {"run": "ABC"},
        {"kind": "control_request"},
        {"kind": "control_request", "want": 1},
        {"kind": "access", "access": "control", "waiting": True, "clients": 1},
        {"kind": "access", "access": "observe", "waiting": False, "clients": 0},
    ]:
        assert not validator.is_valid(bad), bad


def test_regeneration_changes_no_byte_of_either_version() -> None:
    sys.path.insert(0, str(ROOT / "conformance"))
    try:
        import generate
    finally:
        sys.path.pop(0)
    assert generate.differences(HERE, generate.build_1_1) == []
    assert generate.differences() == []
