"""The JSON Schemas in spec/schema and the Python records describe the same wire.

Every message kind and scene element has a schema; each schema names the same
fields, with the same required set, as the record's declarations; each field's
schema has the shape its wire type says; and messages built in Python, in their
JSON form, validate against the envelope schema.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import numpy as np
import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

import scenewire
from scenewire.protocol import REGISTRY, Error, FieldAppend, Hello, InvokeAction, SetControl, make_hello
from scenewire.protocol.updates import (
    FieldReplace,
    LayoutReplace,
    PanelPatch,
    ScenePatch,
    SceneReady,
    StatePatch,
    Status,
)
from scenewire.scene import (
    Action,
    BoolSpec,
    ChoiceSpec,
    Control,
    Field,
    GraphEdge,
    GraphNode,
    GridGeometry,
    Layout,
    LinePlotView,
    MorphologyGeometry,
    MorphologyView,
    Operator,
    Panel,
    ScalarSpec,
    Scene,
    StateGraphView,
    SurfaceView,
    XYSpec,
)
from scenewire.wire import ProtocolError
from scenewire.wire import records as R
from scenewire.wire.jsonform import to_json_form
from scenewire.wire.msgpack_io import pack_tree, unpack_tree
from scenewire.wire.ndarray import DTYPES

SCHEMA_DIR = Path(__file__).resolve().parents[1] / "spec" / "schema"
BASE = "https://scenewire.dev/schema/1.0/"
UNIONS = {"geometry", "view", "value_spec"}


def snake(name: str) -> str:
    """``LinePlotView`` -> ``line_plot_view``, ``XYSpec`` -> ``xy_spec``."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()


def _load() -> dict[str, dict[str, Any]]:
    return {p.relative_to(SCHEMA_DIR).as_posix(): json.loads(p.read_text()) for p in SCHEMA_DIR.rglob("*.json")}


SCHEMAS = _load()
REGISTRY_JSON: Registry = Registry().with_resources(
    (s["$id"], Resource.from_contents(s, default_specification=DRAFT202012)) for s in SCHEMAS.values()
)


def validator(ref: str) -> Draft202012Validator:
    """A validator for ``ref`` (a schema path, optionally with a JSON pointer)."""
    return Draft202012Validator({"$ref": BASE + ref}, registry=REGISTRY_JSON)


def record_classes() -> dict[str, type[R.Record]]:
    """Every record reachable from the message kinds, by schema file name."""
    found: dict[str, type[R.Record]] = {}

    def walk_type(wire: R.WireType) -> None:
        if isinstance(wire, (R.ListOf, R.MapOf)):
            walk_type(wire.item)
        elif isinstance(wire, R.RecordType):
            walk_record(wire.cls)
        elif isinstance(wire, R.Variant):
            for cls in wire.by_kind.values():
                walk_record(cls)

    def walk_record(cls: type[R.Record]) -> None:
        name = snake(cls.__name__)
        if name in found:
            return
        found[name] = cls
        for spec in cls.wire_fields():
            walk_type(spec.wire)

    for cls in REGISTRY.by_kind.values():
        for spec in cls.wire_fields():
            walk_type(spec.wire)
    return found


ELEMENTS = record_classes()
MESSAGES = dict(REGISTRY.by_kind)


# --- the schemas themselves -------------------------------------------------------------------


@pytest.mark.parametrize("path", sorted(SCHEMAS))
def test_schema_is_valid_2020_12(path: str) -> None:
    schema = SCHEMAS[path]
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == BASE + path


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        out = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return out + [r for v in node.values() for r in _refs(v)]
    if isinstance(node, list):
        return [r for v in node for r in _refs(v)]
    return []


@pytest.mark.parametrize("path", sorted(SCHEMAS))
def test_every_ref_is_relative_and_resolves(path: str) -> None:
    schema = SCHEMAS[path]
    resolver = REGISTRY_JSON.resolver(schema["$id"])
    for ref in _refs(schema):
        assert not ref.startswith("http"), f"{path}: $ref {ref} should be relative"
        resolver.lookup(ref)


def test_objects_are_closed() -> None:
    """Records describe what a 1.0 encoder emits: no key beyond the declared ones."""
    for path, schema in SCHEMAS.items():
        if path.startswith(("messages/", "elements/")) and Path(path).name.split(".")[0] not in UNIONS:
            assert schema["additionalProperties"] is False, path


# --- kinds and fields -------------------------------------------------------------------------


def test_one_schema_per_message_kind() -> None:
    files = {Path(p).name.removesuffix(".schema.json") for p in SCHEMAS if p.startswith("messages/")}
    assert files == set(MESSAGES)
    envelope = SCHEMAS["envelope.schema.json"]
    assert set(envelope["properties"]["kind"]["enum"]) == set(MESSAGES)
    routed = {c["if"]["properties"]["kind"]["const"]: c["then"]["$ref"] for c in envelope["allOf"]}
    assert routed == {k: f"messages/{k}.schema.json" for k in MESSAGES}


def test_one_schema_per_scene_element() -> None:
    files = {Path(p).name.removesuffix(".schema.json") for p in SCHEMAS if p.startswith("elements/")}
    assert files - UNIONS == set(ELEMENTS)
    assert files >= UNIONS


def _check_fields(path: str, cls: type[R.Record]) -> None:
    schema = SCHEMAS[path]
    assert schema["type"] == "object"
    specs = cls.wire_fields()
    declared = {s.key for s in specs}
    required = {s.key for s in specs if not s.optional}
    if cls.wire_kind:
        assert "kind" not in declared
        assert schema["properties"]["kind"] == {"const": cls.wire_kind}, path
        declared.add("kind")
        required.add("kind")
    assert set(schema["properties"]) == declared, path
    assert set(schema["required"]) == required, path
    assert len(schema["required"]) == len(required), f"{path}: required lists a key twice"


@pytest.mark.parametrize("kind", sorted(MESSAGES))
def test_message_fields_match(kind: str) -> None:
    _check_fields(f"messages/{kind}.schema.json", MESSAGES[kind])


@pytest.mark.parametrize("name", sorted(ELEMENTS))
def test_element_fields_match(name: str) -> None:
    _check_fields(f"elements/{name}.schema.json", ELEMENTS[name])


def test_variant_unions_list_their_kinds() -> None:
    variants: dict[str, R.Variant] = {}
    for cls in [*MESSAGES.values(), *ELEMENTS.values()]:
        for spec in cls.wire_fields():
            wire = spec.wire
            while isinstance(wire, (R.ListOf, R.MapOf)):
                wire = wire.item
            if isinstance(wire, R.Variant):
                target = follow(child(BASE + _path_of(cls), "properties", spec.key))
                while "#" in target:  # a list's items, a map's values
                    inner = "items" if node(target)["type"] == "array" else "additionalProperties"
                    target = follow(child(target, inner))
                variants[target] = wire
    assert {v.split("/")[-1].removesuffix(".schema.json") for v in variants} == UNIONS
    for uri, wire in variants.items():
        schema = REGISTRY_JSON.contents(uri)
        assert set(schema["properties"]["kind"]["enum"]) == set(wire.by_kind)
        targets = {ref["$ref"].removesuffix(".schema.json") for ref in schema["oneOf"]}
        assert targets == {snake(c.__name__) for c in wire.by_kind.values()}


def _path_of(cls: type[R.Record]) -> str:
    if cls.wire_kind in MESSAGES and MESSAGES[cls.wire_kind] is cls:
        return f"messages/{cls.wire_kind}.schema.json"
    return f"elements/{snake(cls.__name__)}.schema.json"


# --- each field's wire type -------------------------------------------------------------------

SHAPES = [(), (0,), (2,), (2, 3), (2, 4), (0, 3), (2, 3, 3), (2, 3, 4), (1, 2, 3, 3)]


def node(uri: str) -> Any:
    """The schema at an absolute URI with an optional JSON-pointer fragment."""
    return REGISTRY_JSON.resolver().lookup(uri).contents


def follow(uri: str) -> str:
    """Follow ``$ref`` from ``uri`` until a schema without one; return where it ends."""
    while isinstance(node(uri), dict) and "$ref" in node(uri):
        uri = urljoin(uri, node(uri)["$ref"])
    return uri


def child(uri: str, *keys: str) -> str:
    return (uri if "#" in uri else uri + "#") + "".join("/" + k for k in keys)


def accepts(uri: str, value: Any) -> bool:
    return Draft202012Validator({"$ref": uri}, registry=REGISTRY_JSON).is_valid(value)


def _check_wire(wire: R.WireType, uri: str, where: str) -> None:
    """``uri`` locates the schema of one value of type ``wire``."""
    if isinstance(wire, R.ArrayType):
        for dtype in DTYPES:
            for shape in SHAPES:
                arr = np.zeros(shape, DTYPES[dtype])
                try:
                    wire.dec(arr, 1)
                    python_ok = True
                except ProtocolError:
                    python_ok = False
                if where == "field_append.values" and arr.ndim == 0:
                    continue  # FieldAppend.check() rejects 0-d values; the schema says so too
                assert accepts(uri, to_json_form(arr)) == python_ok, f"{where}: {dtype} {shape}"
        return
    target = follow(uri)
    schema = node(target)
    if isinstance(wire, R.RecordType):
        assert target == BASE + _path_of(wire.cls), where
    elif isinstance(wire, R.Variant):
        assert "oneOf" in schema, where
    elif wire is R.FLOAT or isinstance(wire, R.Range):
        good = [0.5, 1, {"$float": "nan"}] if wire is R.FLOAT else [[0.0, 1.0], [-1, 2]]
        bad = ["x", True, None] if wire is R.FLOAT else [[0.0], [0.0, 1.0, 2.0], ["a", "b"], 1.0]
        if isinstance(wire, R.Range):  # limits are finite; a point may be any two floats
            (bad if wire.ordered else good).append([-1, {"$float": "inf"}])
        if "positive" in target:  # a positive float (ScalarSpec.step, LinePlotView.rolling_window)
            good, bad = [0.5, 3, {"$float": "inf"}], [0, -1.0, "x", {"$float": "nan"}, {"$float": "-inf"}]
        assert all(accepts(uri, v) for v in good), where
        assert not any(accepts(uri, v) for v in bad), where
    elif wire is R.STR:
        assert schema.get("type") == "string", where
    elif isinstance(wire, type(R.INT)):
        assert schema.get("type") == "integer", where
        assert schema.get("minimum") == wire.minimum, where
    elif wire is R.BOOL:
        assert schema.get("type") == "boolean", where
    elif wire is R.ANY_MAP:
        assert schema.get("type") == "object" and "properties" not in schema, where
    elif wire is R.ANY:
        assert set(schema) <= {"description"}, where
    elif isinstance(wire, R.ListOf):
        assert schema.get("type") == "array", where
        _check_wire(wire.item, child(target, "items"), where + "[]")
    elif isinstance(wire, R.MapOf):
        assert schema.get("type") == "object", where
        _check_wire(wire.item, child(target, "additionalProperties"), where + "{}")
    else:  # pragma: no cover
        raise AssertionError(f"{where}: no check for wire type {type(wire).__name__}")


@pytest.mark.parametrize("path", sorted(_path_of(c) for c in [*MESSAGES.values(), *ELEMENTS.values()]))
def test_field_wire_types_match(path: str) -> None:
    cls = MESSAGES.get(path.split("/")[1].removesuffix(".schema.json")) if path.startswith("messages/") else None
    cls = cls or ELEMENTS[path.split("/")[1].removesuffix(".schema.json")]
    name = path.split("/")[1].removesuffix(".schema.json")
    for spec in cls.wire_fields():
        _check_wire(spec.wire, child(BASE + path, "properties", spec.key), f"{name}.{spec.key}")


# --- messages built in Python validate ---------------------------------------------------------


def full_scene() -> Scene:
    n = 3
    morph = MorphologyGeometry(
        id="cell",
        positions=np.zeros((n, 3)),
        orientations=np.tile(np.eye(3, dtype=np.float32), (n, 1, 1)),
        radii=np.ones(n),
        lengths=np.ones(n),
        xlocs=np.linspace(0, 1, n),
        entity_ids=["soma[0]", "dend[0]", "dend[1]"],
        section_names=["soma", "dend", "dend"],
        colors=np.zeros((n, 4), np.uint8),
        labels=["a", "b", "c"],
    )
    grid = GridGeometry(id="grid", dims=["y", "x"], coords={"y": np.arange(4.0), "x": np.arange(5, dtype=np.int32)})
    fields = [
        Field(
            id="v",
            values=np.zeros((n, 10), np.float32),
            dims=["segment", "time"],
            coords={"time": np.arange(10) * 0.025},
            unit="mV",
            attrs={"source": "hh"},
        ),
        Field(id="h", values=np.zeros((4, 5)), dims=["y", "x"]),
        Field(id="p", values=np.array(0.5), dims=[]),
    ]
    views = [
        MorphologyView(
            id="m",
            geometry_id="cell",
            color_field_id="v",
            color_limits=(-80.0, 40.0),
            bindings={"color_field_id": "selected_field"},
        ),
        SurfaceView(id="s", grid_id="grid", height_field_id="h", shading="flat", title="Surface"),
        LinePlotView(
            id="trace",
            field_id="v",
            x_dim="time",
            series_dim="segment",
            selectors={},
            rolling_window=float("inf"),  # positive: +inf shows all of x
            y_limits=(-80.0, 40.0),
            bindings={"selectors.segment": "sel"},
        ),
        StateGraphView(
            id="g",
            nodes=[GraphNode(id="C", field_id="p", position=(0.0, 1.0)), GraphNode(id="O")],
            edges=[GraphEdge(source="C", target="O", label="k1")],
        ),
    ]
    controls = [
        Control(id="gain", label="Gain", spec=ScalarSpec(min=0.0, max=2.0, step=0.1), value=0.5),
        Control(id="mode", label="Mode", spec=ChoiceSpec(options=["a", "b"]), value="a"),
        Control(id="on", label="On", spec=BoolSpec(), value=True, send_to_session=False),
        Control(id="pt", label="Point", spec=XYSpec(x_range=(0.0, 1.0), y_range=(0.0, 1.0)), value=[0.5, 0.5]),
    ]
    actions = [Action(id="kick", label="Kick", payload={"amp": 1.0, "raw": b"\x00"}, shortcuts=["k"])]
    operators = [Operator(id="clamp", kind="iclamp", inputs=["v"], output="v", params={"amp": float("nan")})]
    layout = Layout(
        title="Cell",
        panels=[Panel(id="p1", kind="view_3d", view_ids=["m"]), Panel(id="p2", kind="controls", control_ids=["gain"])],
        panel_grid=[["p1", "p2"]],
    )
    return Scene(
        fields=fields,
        geometries=[morph, grid],
        views=views,
        operators=operators,
        controls=controls,
        actions=actions,
        layout=layout,
        metadata={"title": "Cell"},
    )


def sample_messages() -> list[R.Record]:
    from scenewire.protocol.commands import EntityClicked, KeyPressed, Reset, StopSession
    from scenewire.protocol.roles import Access, ControlRequest
    from scenewire.protocol.run_control import RunControl, RunState

    return [
        make_hello("client", "scenewire-python/0.1.0"),
        Hello(protocol="scenewire", major=1, minor=0, role="server", implementation="x", capabilities=["a"]),
        Reset(),
        SetControl(control_id="gain", value=0.5),
        SetControl(control_id="pt", value=[0.1, {"deep": [None, b"\x01"]}]),
        InvokeAction(action_id="kick", payload={"amp": 2}),
        KeyPressed(key="Space"),
        EntityClicked(entity_id="dend[0]"),
        StopSession(),
        SceneReady(scene=full_scene()),
        SceneReady(scene=Scene()),
        FieldReplace(field_id="h", values=np.ones((4, 5)), coords={"x": np.arange(5.0)}, attrs_update={"t": 1.0}),
        FieldAppend(
            field_id="v",
            append_dim="time",
            values=np.zeros((3, 1), np.float32),
            coord_values=np.array([0.25]),
            max_length=4000,
        ),
        ScenePatch(view_updates={"m": {"colormap": "magma"}}, metadata_updates={"t": 3}),
        PanelPatch(panel_id="p1", control_ids=[], title="New"),
        LayoutReplace(panels=[Panel(id="only", kind="line_plot", view_ids=["trace"])]),
        StatePatch(updates={"sel": 2, "selected_field": None}),
        Status(message="running", timeout_ms=2000),
        Error(message="boom", code="session_error"),
        Error(message="reset dropped: this client observes", code="not_controller"),
        make_hello("client", "x", access="observe"),
        make_hello("server", "x", access="control", run="0123456789abcdef0123456789abcdef"),
        ControlRequest(want=True),
        Access(access="observe", waiting=True, clients=3),
        Access(access="control", waiting=False, clients=1),
        RunControl(action="step", steps=10),
        RunControl(action="speed", ticks_per_s=25.0),
        RunState(state="paused", ticks_per_s=25.0),
    ]


@pytest.mark.parametrize("message", sample_messages(), ids=lambda m: m.wire_kind)
def test_python_messages_validate(message: R.Record) -> None:
    form = to_json_form(message.to_tree())
    validator("envelope.schema.json").validate(form)
    validator(f"messages/{message.wire_kind}.schema.json").validate(form)


def test_every_kind_has_a_sample() -> None:
    assert {m.wire_kind for m in sample_messages()} == set(MESSAGES)


def test_element_schemas_validate_their_elements() -> None:
    scene = full_scene()
    validator("elements/scene.schema.json").validate(to_json_form(scene.to_tree()))
    for view in scene.views:
        validator("elements/view.schema.json").validate(to_json_form(view.to_tree()))
    for geom in scene.geometries:
        validator("elements/geometry.schema.json").validate(to_json_form(geom.to_tree()))


@pytest.mark.parametrize(
    ("kind", "form"),
    [
        ("set_control", {"kind": "set_control", "value": 1}),  # control_id missing
        ("set_control", {"kind": "set_control", "control_id": "a", "value": 1, "extra": 0}),
        ("status", {"kind": "status", "message": "x", "timeout_ms": -1}),
        ("status", {"kind": "status", "message": "x", "timeout_ms": None}),  # optional means absent, never nil
        (
            "hello",
            {
                "kind": "hello",
                "protocol": "scenewire",
                "major": 1,
                "minor": 0,
                "role": "peer",
                "implementation": "x",
                "capabilities": [],
            },
        ),
        (
            "field_append",
            {
                "kind": "field_append",
                "field_id": "v",
                "append_dim": "t",
                "values": {"$ndarray": {"dtype": "float32", "shape": [], "data": "AAAAAA=="}},
                "coord_values": {"$ndarray": {"dtype": "float64", "shape": [1], "data": "AAAAAAAAAAA="}},
            },
        ),
        (
            "field_append",
            {
                "kind": "field_append",
                "field_id": "v",
                "append_dim": "t",
                "values": {"$ndarray": {"dtype": "complex64", "shape": [1], "data": "AAAAAAAAAAA="}},
                "coord_values": {"$ndarray": {"dtype": "float64", "shape": [1], "data": "AAAAAAAAAAA="}},
            },
        ),
        ("error", {"kind": "error", "message": "x", "code": "no_such_code"}),
        ("nonsense", {"kind": "nonsense"}),
    ],
)
def test_bad_forms_are_rejected(kind: str, form: dict[str, Any]) -> None:
    assert not validator("envelope.schema.json").is_valid(form)


# --- the conformance vectors and the spec's own examples --------------------------------------

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = ROOT / "conformance" / "manifest.json"


def _valid_vectors() -> list[dict[str, Any]]:
    if not MANIFEST.exists():  # pragma: no cover - the vectors are checked in
        return []
    return json.loads(MANIFEST.read_text())["valid"]


@pytest.mark.parametrize("vector", _valid_vectors(), ids=lambda v: v["name"])
def test_valid_vectors_validate(vector: dict[str, Any]) -> None:
    """What a 1.0 encoder emits for each valid vector is what the schemas describe."""
    envelope = validator("envelope.schema.json")
    message = scenewire.decode((MANIFEST.parent / vector["file"]).read_bytes())
    envelope.validate(to_json_form(message.to_tree()))
    if "canonical_file" not in vector:  # canonical bytes: the manifest's own form is an encoder's output
        envelope.validate(vector["decoded"])


def _hex_examples() -> list[tuple[int, bytes]]:
    """Every annotated hex dump in PROTOCOL.md, by line number, as bytes."""
    lines = (ROOT / "spec" / "PROTOCOL.md").read_text().splitlines()
    blocks: list[tuple[int, bytes]] = []
    pair = re.compile(r"^[0-9a-f]{2}$")
    i = 0
    while i < len(lines):
        if (
            lines[i].strip() == "```"
            and i + 1 < len(lines)
            and pair.match(lines[i + 1].split()[0] if lines[i + 1].split() else "")
        ):
            start, body = i + 1, []
            i += 1
            while lines[i].strip() != "```":
                body.append(lines[i])
                i += 1
            if any(ln.rstrip().endswith("..") for ln in body):
                continue  # a dump shortened for reading
            annotated = body[body.index("") + 1 :] if "" in body else body
            out = bytearray()
            for ln in annotated:
                for token in ln.split():
                    if not pair.match(token):
                        break
                    out.append(int(token, 16))
            if "" in body:  # a one-line dump precedes the annotated one: they agree
                assert bytes.fromhex(body[0]) == bytes(out), f"PROTOCOL.md line {start}"
            blocks.append((start, bytes(out)))
        i += 1
    return blocks


@pytest.mark.parametrize(("line", "data"), _hex_examples(), ids=lambda x: str(x) if isinstance(x, int) else "")
def test_spec_hex_examples_are_canonical(line: int, data: bytes) -> None:
    """Each example in the spec decodes and re-encodes to the same bytes."""
    tree = unpack_tree(data)
    if isinstance(tree, dict) and tree.get("kind") in MESSAGES:
        assert scenewire.encode(scenewire.decode(data)) == data, f"PROTOCOL.md line {line}"
    else:
        assert pack_tree(R.canonical_value(tree)) == data, f"PROTOCOL.md line {line}"


def test_spec_has_hex_examples() -> None:
    assert len(_hex_examples()) > 40
