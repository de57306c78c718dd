"""Write (or check) the golden vectors of scenewire protocol 1.0 and 1.1.

    python conformance/generate.py          # rewrite vectors and manifest.json (1.0 and 1.1)
    python conformance/generate.py --check  # exit 1 if anything would change

1.0's vectors are ``valid/``, ``invalid/`` and ``manifest.json``; 1.1 adds
its own beside them, never changing 1.0's (§14.1): ``1.1/valid/``,
``1.1/invalid/`` and ``1.1/manifest.json`` (paths relative to ``1.1/``),
for the hello's ``access`` and ``run``, ``control_request``, ``access`` and
the error code ``not_controller``.

The vectors are checked-in bytes; this script is how they were made, not how
tests get them. Changing a byte of an existing vector needs a new protocol
version (``VERSION`` below and the spec), never a silent regeneration.
"""

from __future__ import annotations

import argparse
import json
import math
import struct
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgpack
import numpy as np

from scenewire.protocol import (
    REGISTRY,
    ROLE_MESSAGES,
    RUN_MESSAGES,
    Access,
    ControlRequest,
    EntityClicked,
    Error,
    FieldAppend,
    FieldReplace,
    Hello,
    InvokeAction,
    KeyPressed,
    LayoutReplace,
    PanelPatch,
    Reset,
    RunControl,
    RunState,
    ScenePatch,
    SceneReady,
    SetControl,
    StatePatch,
    Status,
    StopSession,
    Tick,
    decode,
    encode,
)
from scenewire.scene import (
    Action,
    BoolSpec,
    Camera,
    ChoiceSpec,
    Control,
    Field,
    GraphEdge,
    GraphNode,
    GridGeometry,
    ImageView,
    Layout,
    LinePlotView,
    MorphologyGeometry,
    MorphologyView,
    Operator,
    Panel,
    RasterView,
    ScalarSpec,
    Scene,
    StateGraphView,
    SurfaceView,
    XYSpec,
)
from scenewire.wire.jsonform import to_json_form
from scenewire.wire.ndarray import DTYPES, EXT_NDARRAY, header, payload

VERSION = "1.0"
VERSION_1_1 = "1.1"
KINDS_1_1 = frozenset(
    cls.wire_kind for cls in (*ROLE_MESSAGES, *RUN_MESSAGES)
)  # their vectors are 1.1's (conformance/1.1/)
HERE = Path(__file__).resolve().parent


@dataclass
class Valid:
    name: str
    description: str
    data: bytes
    canonical: bytes | None = None  # set when ``data`` is deliberately non-canonical


@dataclass
class Invalid:
    name: str
    description: str
    data: bytes
    error: str


# ---------------------------------------------------------------- building blocks


def rng() -> np.random.Generator:
    return np.random.default_rng(20261125)


def cell(n: int = 4) -> MorphologyGeometry:
    """A soma and a dendrite, ``n`` segments in all."""
    x = np.linspace(0.0, 30.0 * (n - 1), n)
    return MorphologyGeometry(
        id="cell",
        positions=np.stack([x, np.zeros(n), np.zeros(n)], axis=1),
        orientations=np.tile(np.eye(3), (n, 1, 1)),
        radii=np.array([10.0] + [1.0] * (n - 1)),
        lengths=np.array([20.0] + [30.0] * (n - 1)),
        xlocs=np.array([0.5] + [(i + 0.5) / (n - 1) for i in range(n - 1)]),
        entity_ids=["soma(0.5)"] + [f"dend({(i + 0.5) / (n - 1):.3g})" for i in range(n - 1)],
        section_names=["soma"] + ["dend"] * (n - 1),
    )


def full_scene() -> Scene:
    """Every scene element at least once."""
    r = rng()
    n, t = 4, 5
    voltage = Field(
        id="v",
        values=r.normal(-65, 5, (n, t)).astype(np.float32),
        dims=["segment", "time"],
        coords={"time": np.arange(t, dtype=np.float64) * 0.025},
        unit="mV",
        attrs={"long_name": "membrane potential", "sampling": {"dt_ms": 0.025}},
    )
    vsoma = Field(id="v_soma", values=np.float64(-65.0), dims=[], unit="mV")
    xs, ys = np.linspace(0, 1, 3), np.linspace(0, 2, 4)
    height = Field(id="h", values=np.outer(xs, ys).astype(np.float32), dims=["x", "y"], coords={"x": xs, "y": ys})
    gate = Field(id="m_open", values=np.array([0.1, 0.9], dtype=np.float32), dims=["state"])
    colored = cell(n)
    colored.colors = np.full((n, 4), 255, dtype=np.uint8)
    colored.labels = ["soma", "d1", "d2", "d3"]
    return Scene(
        fields=[voltage, vsoma, height, gate],
        geometries=[colored, GridGeometry(id="plane", dims=["x", "y"], coords={"x": xs, "y": ys})],
        views=[
            MorphologyView(
                id="morph",
                geometry_id="cell",
                color_field_id="v",
                colormap="coolwarm",
                color_limits=(-80.0, 40.0),
                title="Membrane potential",
                bindings={"color_field_id": "shown_field"},
            ),
            SurfaceView(id="surf", grid_id="plane", height_field_id="h", shading="flat", show_axes=False),
            LinePlotView(
                id="trace",
                field_id="v",
                x_dim="time",
                series_dim="segment",
                selectors={},
                series_labels=["soma", "d1", "d2", "d3"],
                x_label="t",
                y_label="V",
                x_unit="ms",
                y_unit="mV",
                rolling_window=100.0,
                y_limits=(-90.0, 50.0),
                bindings={"selectors.segment": "selected_segment"},
            ),
            StateGraphView(
                id="gates",
                nodes=[
                    GraphNode(id="C", label="closed", field_id="m_open", position=(0.0, 0.0)),
                    GraphNode(id="O", label="open"),
                ],
                edges=[GraphEdge(source="C", target="O", label="alpha"), GraphEdge(source="O", target="C")],
                color_limits=(0.0, 1.0),
            ),
        ],
        operators=[Operator(id="iclamp", kind="current_clamp", inputs=["v"], params={"amp_nA": 0.1, "loc": 0.5})],
        controls=[
            Control(id="amp", label="Stimulus (nA)", spec=ScalarSpec(min=0.0, max=1.0, step=0.01), value=0.1),
            Control(id="n_syn", label="Synapses", spec=ScalarSpec(min=0.0, max=10.0, integer=True), value=3),
            Control(id="channel", label="Channel", spec=ChoiceSpec(options=["hh", "pas"]), value="hh"),
            Control(id="run", label="Running", spec=BoolSpec(), value=True, send_to_session=False),
            Control(id="probe", label="Probe", spec=XYSpec(x_range=(0.0, 1.0), y_range=(-1.0, 1.0)), value=[0.5, 0.0]),
        ],
        actions=[Action(id="reset", label="Reset", payload={"hard": True}, shortcuts=["r", "Ctrl+R"])],
        layout=Layout(
            title="Cell",
            panels=[
                Panel(id="p3d", kind="view_3d", view_ids=["morph", "surf"]),
                Panel(id="ptrace", kind="line_plot", title="Traces", view_ids=["trace"]),
                Panel(id="pgates", kind="state_graph", view_ids=["gates"]),
                Panel(
                    id="pctl",
                    kind="controls",
                    control_ids=["amp", "n_syn", "channel", "run", "probe"],
                    action_ids=["reset"],
                ),
            ],
            panel_grid=[["p3d", "ptrace"], ["pgates", "pctl"]],
        ),
        metadata={"title": "Two-compartment cell", "model": {"dt_ms": 0.025, "celsius": 6.3}},
    )


def dtype_samples(name: str) -> np.ndarray:
    """Each dtype's extremes and a few ordinary values."""
    dt = DTYPES[name]
    if name == "bool":
        return np.array([True, False, True])
    if dt.kind in "iu":
        info = np.iinfo(dt)
        return np.array([info.min, 0, 1, info.max], dtype=dt)
    values = [0.0, -0.0, 1.5, -2.25, math.inf, -math.inf, math.nan, float(np.finfo(dt).max)]
    return np.array(values, dtype=dt)


def packb(tree: Any) -> bytes:
    """Plain (non-canonical where the tree is) MessagePack, arrays as our extension."""

    def default(value: Any) -> Any:
        if isinstance(value, np.ndarray):
            return msgpack.ExtType(EXT_NDARRAY, payload(value))
        raise TypeError(type(value))

    return msgpack.packb(tree, use_bin_type=True, default=default)


def ext(code: int, data: bytes) -> msgpack.ExtType:
    return msgpack.ExtType(code, data)


def raw_array(name: str, shape: list[int], data: bytes, pad: bytes | None = None) -> msgpack.ExtType:
    """An ndarray payload built by hand, to lie about its header."""
    head = bytes((len(shape), len(name))) + name.encode() + struct.pack(f"<{len(shape)}I", *shape)
    head += pad if pad is not None else bytes(-len(head) % 8)
    return ext(EXT_NDARRAY, head + data)


def replace_with(values: Any) -> bytes:
    return packb({"field_id": "v", "kind": "field_replace", "values": values})


def nested(depth: int) -> Any:
    value: Any = 0
    for _ in range(depth):
        value = [value]
    return value


# ---------------------------------------------------------------- valid vectors


def valid_vectors() -> list[Valid]:
    out: list[Valid] = []

    def add(name: str, description: str, message: Any) -> None:
        out.append(Valid(name, description, encode(message)))

    add(
        "hello_client",
        "client hello, no capabilities",
        Hello(protocol="scenewire", major=1, minor=0, role="client", implementation="scenewire-csharp/0.1"),
    )
    add(
        "hello_server",
        "server hello with capabilities",
        Hello(
            protocol="scenewire",
            major=1,
            minor=0,
            role="server",
            implementation="scenewire-python/0.1.0",
            capabilities=["pickle-free", "x-demo"],
        ),
    )
    add("reset", "command without fields", Reset())
    add("stop_session", "command without fields", StopSession())
    add("set_control_float", "float value", SetControl(control_id="amp", value=0.25))
    add("set_control_int", "integer value", SetControl(control_id="n_syn", value=7))
    add("set_control_bool", "bool value", SetControl(control_id="run", value=False))
    add("set_control_choice", "string value", SetControl(control_id="channel", value="pas"))
    add("set_control_xy", "xy value as a two-element array", SetControl(control_id="probe", value=[0.5, -0.25]))
    add("set_control_nil", "nil is a valid free-form value", SetControl(control_id="opt", value=None))
    add(
        "invoke_action",
        "action with a nested payload",
        InvokeAction(action_id="reset", payload={"hard": True, "seed": 3, "where": {"section": "soma", "x": 0.5}}),
    )
    add("invoke_action_empty_payload", "payload is required but may be empty", InvokeAction(action_id="step"))
    add("key_pressed", "a named key", KeyPressed(key="Space"))
    add("key_pressed_unicode", "a key outside ASCII", KeyPressed(key="é"))
    add("entity_clicked", "a segment id", EntityClicked(entity_id="dend[0](0.5)"))
    add(
        "entity_clicked_view_segment",
        "the view clicked in and the segment's index in its geometry",
        EntityClicked(entity_id="dend[0](0.5)", view_id="morph", segment=3),
    )
    add("scene_ready_empty", "empty scene: every collection present and empty, no layout", SceneReady(scene=Scene()))
    add("scene_ready_full", "every scene element", SceneReady(scene=full_scene()))
    morph_only = Scene(
        fields=[Field(id="v", values=np.full(4, -65.0, dtype=np.float32), dims=["segment"], unit="mV")],
        geometries=[cell(4)],
        views=[MorphologyView(id="morph", geometry_id="cell", color_field_id="v")],
        controls=[Control(id="amp", label="Amp", spec=ScalarSpec(min=0.0, max=1.0), value=0.0)],
    )
    add(
        "scene_ready_derived_layout",
        "morphology scene without layout (frontend derives panels)",
        SceneReady(scene=morph_only),
    )
    add("field_replace", "values only", FieldReplace(field_id="v", values=np.array([-65.0, -64.5], np.float32)))
    add(
        "field_replace_coords_attrs",
        "values, coords and attrs_update",
        FieldReplace(
            field_id="h",
            values=np.arange(6, dtype=np.float64).reshape(2, 3),
            coords={"x": np.array([0.0, 1.0]), "y": np.array([0, 10, 20], dtype=np.int32)},
            attrs_update={"t_ms": 12.5},
        ),
    )
    add(
        "field_append",
        "one time step for four segments",
        FieldAppend(
            field_id="v", append_dim="time", values=np.full((4, 1), -65.0, np.float32), coord_values=np.array([0.025])
        ),
    )
    add(
        "field_append_max_length",
        "rolling window with max_length and attrs_update",
        FieldAppend(
            field_id="v",
            append_dim="time",
            values=np.zeros((4, 3), np.float32),
            coord_values=np.array([1.0, 1.025, 1.05]),
            max_length=4000,
            attrs_update={"t_ms": 1.05},
        ),
    )
    add(
        "scene_patch",
        "every patch map",
        ScenePatch(
            view_updates={"morph": {"color_limits": [-70.0, 0.0]}},
            operator_updates={"iclamp": {"amp_nA": 0.2}},
            control_updates={"amp": {"value": 0.2, "label": "Stimulus"}},
            metadata_updates={"t_ms": 12.5},
        ),
    )
    add("scene_patch_empty", "all four maps empty", ScenePatch())
    add("panel_patch_unchanged", "only panel_id: nothing changes", PanelPatch(panel_id="pctl"))
    add(
        "panel_patch_clear",
        "empty lists and empty title clear them",
        PanelPatch(panel_id="pctl", control_ids=[], action_ids=[], view_ids=[], title=""),
    )
    add("panel_patch_set", "set controls and title", PanelPatch(panel_id="pctl", control_ids=["amp"], title="Stim"))
    add(
        "layout_replace",
        "panels without a grid",
        LayoutReplace(panels=[Panel(id="p", kind="view_3d", view_ids=["morph"])]),
    )
    add(
        "layout_replace_grid",
        "panels with a grid where a panel spans two cells",
        LayoutReplace(
            panels=[
                Panel(id="a", kind="view_3d", view_ids=["morph"]),
                Panel(id="b", kind="controls", control_ids=["amp"]),
                Panel(id="c", kind="line_plot", view_ids=["trace"]),
            ],
            panel_grid=[["a", "b"], ["a", "c"]],
        ),
    )
    add(
        "state_patch",
        "selection and a bound property",
        StatePatch(updates={"selected_segment": 2, "shown_field": "v", "cleared": None}),
    )
    add("status", "status line", Status(message="running"))
    add(
        "json_escape_dollar_key",
        "a free-form map whose only key is $float: its JSON form is wrapped in $map",
        StatePatch(updates={"odd": {"$float": "nan"}, "plain": {"$bin": 1, "other": 2}}),
    )
    add(
        "control_integer_float_value",
        "3.0 fits an integer scalar: a float with an integral value",
        SceneReady(
            scene=Scene(
                controls=[Control(id="n", label="N", spec=ScalarSpec(min=0.0, max=10.0, integer=True), value=3.0)]
            )
        ),
    )
    add(
        "tick_end_field_append",
        "the last update of tick 41, at t = 1.025 ms",
        FieldAppend(
            field_id="v",
            append_dim="time",
            values=np.full((4, 1), -64.0, np.float32),
            coord_values=np.array([1.025]),
            tick_end=Tick(index=41, time=1.025),
        ),
    )
    add(
        "tick_end_without_time",
        "a tick of a session without a clock",
        StatePatch(updates={"selection": "soma(0.5)"}, tick_end=Tick(index=0)),
    )
    add("status_timeout", "status line that expires", Status(message="saved", timeout_ms=3000))
    add("error", "session error without code", Error(message="advance() failed: division by zero"))
    add("error_code", "protocol error with its code", Error(message="unknown message kind 'x'", code="unknown_kind"))

    # every dtype, with its extremes, NaN, infinities and negative zero
    for name in DTYPES:
        add(
            f"dtype_{name}", f"{name} array with extreme values", FieldReplace(field_id="v", values=dtype_samples(name))
        )
    add("array_0d_float64", "0-d array: ndim 0, one element", FieldReplace(field_id="v", values=np.array(3.5)))
    add(
        "array_0d_int64_fixext16",
        "0-d int64: payload of exactly 16 bytes uses fixext 16",
        FieldReplace(field_id="v", values=np.array(-2, dtype=np.int64)),
    )
    add(
        "array_empty_1d",
        "empty 1-D array: no data bytes (fixext 16)",
        FieldReplace(field_id="v", values=np.zeros(0, np.int8)),
    )
    add(
        "array_empty_2d", "shape [0, 3]: no data bytes", FieldReplace(field_id="v", values=np.zeros((0, 3), np.float32))
    )
    add(
        "array_3d",
        "3-d array in C order",
        FieldReplace(field_id="v", values=np.arange(24, dtype=np.int16).reshape(2, 3, 4)),
    )
    add("array_32d", "the most dimensions allowed", FieldReplace(field_id="v", values=np.ones((1,) * 32, np.uint8)))
    add(
        "array_big_endian_input",
        "a big-endian source array is written little-endian",
        FieldReplace(field_id="v", values=np.arange(4, dtype=">i4")),
    )
    add(
        "array_fortran_input",
        "a Fortran-ordered source array is written in C order",
        FieldReplace(field_id="v", values=np.asfortranarray(np.arange(6, dtype=np.float32).reshape(2, 3))),
    )
    add(
        "array_4mib",
        "multi-megabyte float32 array (1024 x 1024)",
        FieldReplace(field_id="v", values=np.sin(np.arange(1 << 20, dtype=np.float32) * 1e-3).reshape(1024, 1024)),
    )

    # MessagePack widths, in free-form values
    ints = [
        0,
        127,
        128,
        255,
        256,
        65535,
        65536,
        2**32 - 1,
        2**32,
        2**64 - 1,
        -1,
        -32,
        -33,
        -128,
        -129,
        -32768,
        -32769,
        -(2**31),
        -(2**31) - 1,
        -(2**63),
    ]
    add("ints_every_width", "every integer width, at its boundaries", StatePatch(updates={"ints": ints}))
    floats = [0.0, -0.0, 1.0, 0.1, 1e300, -1e-300, math.inf, -math.inf, math.nan]
    add(
        "floats_special",
        "floats: integral, tiny, huge, infinities, NaN, negative zero",
        StatePatch(updates={"floats": floats}),
    )
    add(
        "strings_every_width",
        "fixstr, str8, str16 and str32",
        StatePatch(updates={"s31": "a" * 31, "s32": "b" * 32, "s256": "c" * 256, "s65536": "d" * 65536}),
    )
    add(
        "containers_every_width",
        "fixarray/array16/array32 and fixmap/map16",
        StatePatch(
            updates={
                "a15": list(range(15)),
                "a16": list(range(16)),
                "a65536": [0] * 65536,
                "m15": {f"k{i:02d}": i for i in range(15)},
                "m16": {f"k{i:02d}": i for i in range(16)},
            }
        ),
    )
    add(
        "bin_in_payload",
        "bytes in a free-form value use bin",
        InvokeAction(action_id="upload", payload={"blob": b"\x00\x01\xff"}),
    )
    add(
        "unicode_keys_order",
        "map keys sorted by UTF-8 bytes, not UTF-16 code units",
        StatePatch(updates={"z": 1, "é": 2, "\uff5a": 3, "\U0001f600": 4, "Z": 5}),
    )
    add(
        "unicode_ids",
        "ids outside ASCII, astral plane included",
        EntityClicked(entity_id="dendrite_\u03b1[0](0.5)\U0001f9e0"),
    )
    add(
        "nested_depth_32",
        "nesting exactly at the depth limit (envelope, payload, 30 arrays)",
        InvokeAction(action_id="deep", payload={"x": nested(30)}),
    )

    # deliberately non-canonical inputs: decoders accept them, encoders never write them
    def noncanon(name: str, description: str, data: bytes) -> None:
        message = decode(data)
        out.append(Valid(name, description, data, encode(message)))

    noncanon(
        "noncanonical_key_order",
        "keys not sorted",
        msgpack.packb({"value": 0.5, "kind": "set_control", "control_id": "amp"}),
    )
    noncanon(
        "noncanonical_wide_int",
        "1 written as uint32",
        b"\x83\xa4kind\xa6status\xa7message\xa2hi\xaatimeout_ms\xce\x00\x00\x00\x01",
    )
    noncanon(
        "noncanonical_float32",
        "a float field written as float32",
        msgpack.packb({"kind": "set_control", "control_id": "amp", "value": 0.5}, use_single_float=True),
    )
    noncanon(
        "noncanonical_int_for_float",
        "an integer where a float field is expected (scalar min)",
        encode_control_scene_with_int_min(),
    )
    noncanon(
        "noncanonical_nil_optional",
        "an optional field written as nil",
        msgpack.packb({"kind": "status", "message": "hi", "timeout_ms": None}),
    )
    noncanon(
        "noncanonical_str8_short", "a short string written as str8", b"\x82\xa4kind\xabkey_pressed\xa3key\xd9\x01a"
    )
    noncanon(
        "noncanonical_ext32_small",
        "a small ndarray in an ext32 header",
        b"\x83\xa8field_id\xa1v\xa4kind\xadfield_replace\xa6values"
        + struct.pack(">BIb", 0xC9, 9, EXT_NDARRAY)
        + header("uint8", ())
        + b"\x07",
    )
    noncanon(
        "forward_unknown_keys",
        "keys from a later minor version are ignored, at top level and inside elements",
        packb(
            {
                "kind": "scene_ready",
                "x_added_in_1_1": [1, 2],
                "scene": {
                    "fields": [],
                    "geometries": [],
                    "operators": [],
                    "controls": [],
                    "actions": [],
                    "metadata": {},
                    "views": [],
                    "x_scene_extra": {"a": 1},
                },
            }
        ),
    )
    noncanon(
        "forward_unknown_key_status",
        "a status with a key from a later minor version: ignored",
        msgpack.packb({"kind": "status", "message": "from 1.1", "x_priority": 3}),
    )
    add(
        "ndarray_empty_huge_dim",
        "an empty float64 array of shape (0, 4294967295): no data, and its non-zero dims fit 2^63 - 1 bytes (§9.4)",
        FieldReplace(field_id="v", values=np.empty((0, 0xFFFFFFFF), np.float64)),
    )
    return out


def encode_control_scene_with_int_min() -> bytes:
    """A scene_ready whose scalar spec min/max are written as integers."""
    tree = SceneReady(
        scene=Scene(controls=[Control(id="amp", label="Amp", spec=ScalarSpec(min=0.0, max=1.0), value=0.5)])
    ).to_tree()
    spec = tree["scene"]["controls"][0]["spec"]
    spec["min"], spec["max"] = 0, 1
    return msgpack.packb(tree, use_bin_type=True)


# ---------------------------------------------------------------- invalid vectors


def invalid_vectors() -> list[Invalid]:
    out: list[Invalid] = []

    def bad(name: str, error: str, description: str, data: bytes) -> None:
        out.append(Invalid(name, description, data, error))

    set_control = encode(SetControl(control_id="amp", value=0.5))
    bad("empty_frame", "malformed_msgpack", "a frame with no bytes", b"")
    bad("truncated_map", "malformed_msgpack", "map header says 3 entries, the frame ends after 1", set_control[:19])
    bad("truncated_string", "malformed_msgpack", "string header longer than the frame", b"\x81\xa4kind\xabreset")
    bad("truncated_float", "malformed_msgpack", "float64 cut short", set_control[:-3])
    bad("reserved_byte_c1", "malformed_msgpack", "0xc1 is never used in MessagePack", b"\x81\xa4kind\xc1")
    bad("trailing_bytes", "malformed_msgpack", "a second object after the message", set_control + b"\xc0")
    bad(
        "invalid_utf8",
        "malformed_msgpack",
        "str with bytes that are not UTF-8",
        b"\x82\xa4kind\xabkey_pressed\xa3key\xa2\xc3\x28",
    )
    bad(
        "huge_map_header",
        "malformed_msgpack",
        "map32 header claims 4294967295 entries",
        b"\xdf\xff\xff\xff\xff\xa4kind\xa5reset",
    )
    bad(
        "huge_array_header",
        "malformed_msgpack",
        "array32 header claims 4294967295 items",
        b"\x82\xa4kind\xabstate_patch\xa7updates\x81\xa1a\xdd\xff\xff\xff\xff\x00",
    )
    bad(
        "wrong_extension_code",
        "unknown_extension",
        "a valid ndarray payload under type code 83, which MessagePack-CSharp reserves",
        replace_with(ext(83, payload(np.zeros(2, np.float32)))),
    )
    bad(
        "timestamp_extension",
        "unknown_extension",
        "the MessagePack timestamp type -1",
        b"\x82\xa4kind\xabstate_patch\xa7updates\x81\xa1t\xd6\xff\x00\x00\x00\x01",
    )
    bad(
        "unknown_dtype",
        "bad_ndarray",
        "dtype complex64 is not a scenewire dtype",
        replace_with(raw_array("complex64", [1], bytes(8))),
    )
    bad(
        "dtype_numpy_spelling",
        "bad_ndarray",
        "'<f4' is NumPy's name, not the wire's",
        replace_with(raw_array("<f4", [1], bytes(4))),
    )
    bad(
        "dtype_name_empty", "bad_ndarray", "dtype name length 0", replace_with(ext(EXT_NDARRAY, b"\x01\x00" + bytes(6)))
    )
    bad(
        "dtype_name_too_long",
        "bad_ndarray",
        "dtype name length 17",
        replace_with(ext(EXT_NDARRAY, b"\x00\x11" + b"f" * 17 + bytes(5))),
    )
    bad(
        "ndim_too_large",
        "bad_ndarray",
        "ndim 33 is over the limit of 32",
        replace_with(raw_array("uint8", [1] * 33, b"\x00")),
    )
    bad(
        "shape_too_few_bytes",
        "bad_ndarray",
        "shape [4] float32 needs 16 bytes, payload has 12",
        replace_with(raw_array("float32", [4], bytes(12))),
    )
    bad(
        "shape_too_many_bytes",
        "bad_ndarray",
        "shape [2] float32 needs 8 bytes, payload has 12",
        replace_with(raw_array("float32", [2], bytes(12))),
    )
    bad(
        "enormous_dims",
        "bad_ndarray",
        "dims 4294967295 x 4294967295 with 8 data bytes",
        replace_with(raw_array("float64", [0xFFFFFFFF, 0xFFFFFFFF], bytes(8))),
    )
    bad(
        "dim_looks_negative",
        "bad_ndarray",
        "dimension 0xffffffff (-1 read as int32) with no data",
        replace_with(raw_array("int32", [0xFFFFFFFF], b"")),
    )
    bad("payload_shorter_than_header", "bad_ndarray", "payload of one byte", replace_with(ext(EXT_NDARRAY, b"\x01")))
    bad(
        "header_cut_in_dims",
        "bad_ndarray",
        "ndim 2 but the payload ends inside the dims",
        replace_with(ext(EXT_NDARRAY, b"\x02\x05uint8\x01\x00")),
    )
    bad(
        "nonzero_padding",
        "bad_ndarray",
        "header padding byte is 0x01",
        replace_with(raw_array("uint8", [1], b"\x07", pad=b"\x01\x00\x00\x00\x00")),
    )
    bad("bool_byte_2", "bad_ndarray", "a bool element stored as 2", replace_with(raw_array("bool", [2], b"\x01\x02")))
    bad(
        "nesting_33",
        "limit_exceeded",
        "one container deeper than the limit of 32",
        packb({"kind": "invoke_action", "action_id": "deep", "payload": {"x": nested(31)}}),
    )
    bad(
        "nesting_bomb",
        "limit_exceeded",
        "100000 nested arrays",
        b"\x83\xa4kind\xadinvoke_action\xa9action_id\xa1x\xa7payload\x81\xa1x" + b"\x91" * 100000 + b"\x00",
    )
    bad("top_level_array", "bad_envelope", "a message must be a map", msgpack.packb(["set_control", "amp", 0.5]))
    bad("top_level_int", "bad_envelope", "a message must be a map", b"\x01")
    bad("top_level_nil", "bad_envelope", "a message must be a map", b"\xc0")
    bad("missing_kind", "bad_envelope", "no kind key", msgpack.packb({"control_id": "amp", "value": 0.5}))
    bad("kind_not_string", "bad_envelope", "kind is an integer", msgpack.packb({"kind": 3}))
    bad(
        "unknown_kind",
        "unknown_kind",
        "a kind from another protocol",
        msgpack.packb({"kind": "teleport", "to": "mars"}),
    )
    bad("kind_wrong_case", "unknown_kind", "kinds are case-sensitive", msgpack.packb({"kind": "SetControl"}))
    bad(
        "missing_value",
        "missing_field",
        "set_control without value",
        msgpack.packb({"kind": "set_control", "control_id": "amp"}),
    )
    bad(
        "missing_control_id",
        "missing_field",
        "set_control without control_id",
        msgpack.packb({"kind": "set_control", "value": 1}),
    )
    bad("missing_scene", "missing_field", "scene_ready without scene", msgpack.packb({"kind": "scene_ready"}))
    bad(
        "missing_variant_kind",
        "missing_field",
        "a view without its kind",
        packb(with_scene(views=[{"id": "m", "geometry_id": "g", "colormap": "viridis", "bindings": {}}])),
    )
    bad(
        "control_id_int",
        "wrong_type",
        "control_id must be a string",
        msgpack.packb({"kind": "set_control", "control_id": 5, "value": 1}),
    )
    bad(
        "required_nil",
        "wrong_type",
        "a required string given as nil",
        msgpack.packb({"kind": "key_pressed", "key": None}),
    )
    bad(
        "values_not_ndarray",
        "wrong_type",
        "field values as a plain array",
        msgpack.packb({"kind": "field_replace", "field_id": "v", "values": [1.0, 2.0]}),
    )
    bad(
        "timeout_float",
        "wrong_type",
        "timeout_ms must be an integer",
        msgpack.packb({"kind": "status", "message": "hi", "timeout_ms": 1.5}),
    )
    bad(
        "max_length_bool",
        "wrong_type",
        "max_length must be an integer, not a bool",
        packb(
            {
                "kind": "field_append",
                "field_id": "v",
                "append_dim": "t",
                "values": np.zeros(1, np.float32),
                "coord_values": np.zeros(1),
                "max_length": True,
            }
        ),
    )
    bad(
        "coord_values_2d",
        "wrong_type",
        "coord_values must be 1-D",
        packb(
            {
                "kind": "field_append",
                "field_id": "v",
                "append_dim": "t",
                "values": np.zeros(1, np.float32),
                "coord_values": np.zeros((1, 1)),
            }
        ),
    )
    bad(
        "positions_int32",
        "wrong_type",
        "morphology positions must be float32 or float64",
        packb(with_scene(geometries=[morph_tree(positions=np.zeros((1, 3), np.int32))])),
    )
    bad("scene_not_map", "wrong_type", "scene must be a map", msgpack.packb({"kind": "scene_ready", "scene": [1]}))
    bad(
        "non_string_key",
        "wrong_type",
        "map keys must be strings",
        msgpack.packb({"kind": "state_patch", "updates": {1: "one"}}),
    )
    bad(
        "duplicate_key",
        "duplicate_key",
        "the key control_id twice",
        b"\x84\xaacontrol_id\xa1a\xaacontrol_id\xa1b\xa4kind\xabset_control\xa5value\x01",
    )
    bad(
        "max_length_zero",
        "invalid_value",
        "max_length must be at least 1",
        packb(
            {
                "kind": "field_append",
                "field_id": "v",
                "append_dim": "t",
                "values": np.zeros(1, np.float32),
                "coord_values": np.zeros(1),
                "max_length": 0,
            }
        ),
    )
    bad(
        "payload_nil",
        "wrong_type",
        "a required map given as nil (only wire type any takes nil as a value)",
        msgpack.packb({"kind": "invoke_action", "action_id": "a", "payload": None}),
    )
    bad(
        "field_coords_bool",
        "wrong_type",
        "a bool coordinate array (the array constraints of 4.3)",
        packb(
            with_scene(
                fields=[
                    {"id": "v", "values": np.zeros(2), "dims": ["x"], "coords": {"x": np.ones(2, bool)}, "attrs": {}}
                ]
            )
        ),
    )
    bad(
        "grid_coords_2d",
        "wrong_type",
        "a 2-d grid coordinate array",
        packb(
            with_scene(
                geometries=[
                    {"kind": "grid", "id": "g", "dims": ["y", "x"], "coords": {"y": np.zeros((2, 1)), "x": np.zeros(2)}}
                ]
            )
        ),
    )
    bad(
        "binding_dotted_property",
        "invalid_value",
        "only a line plot's selectors.<dim> binds a part of a property",
        morph_view_scene(bindings={"title.x": "t"}),
    )
    bad(
        "choice_options_repeat",
        "invalid_value",
        "choice options must be distinct",
        packb(
            with_scene(
                controls=[
                    {
                        "id": "c",
                        "label": "C",
                        "value": "hh",
                        "send_to_session": True,
                        "spec": {"kind": "choice", "options": ["hh", "pas", "hh"]},
                    }
                ]
            )
        ),
    )
    bad(
        "panel_grid_empty_row",
        "invalid_value",
        "a panel_grid row must have at least one cell",
        msgpack.packb(
            {
                "kind": "layout_replace",
                "panels": [{"id": "p", "kind": "controls", "view_ids": [], "control_ids": [], "action_ids": []}],
                "panel_grid": [[]],
            }
        ),
    )
    bad(
        "selector_negative",
        "invalid_value",
        "a selector is an index from 0",
        packb(
            with_scene(
                fields=[{"id": "v", "values": np.zeros((2, 3)), "dims": ["s", "t"], "coords": {}, "attrs": {}}],
                views=[
                    {
                        "kind": "line_plot",
                        "id": "p",
                        "field_id": "v",
                        "x_dim": "t",
                        "selectors": {"s": -1},
                        "bindings": {},
                    }
                ],
            )
        ),
    )
    bad(
        "color_limits_reversed",
        "invalid_value",
        "limits must have low <= high",
        morph_view_scene(color_limits=[40.0, -80.0]),
    )
    bad(
        "limits_infinite",
        "invalid_value",
        "limits must be finite",
        morph_view_scene(color_limits=[0.0, math.inf]),
    )
    bad(
        "tick_index_negative",
        "invalid_value",
        "tick_end.index must not be negative",
        msgpack.packb({"kind": "status", "message": "hi", "tick_end": {"index": -1}}),
    )
    bad(
        "tick_end_not_map",
        "wrong_type",
        "tick_end must be a tick record, not an integer",
        msgpack.packb({"kind": "status", "message": "hi", "tick_end": 3}),
    )
    bad(
        "tick_missing_index",
        "missing_field",
        "a tick without its index",
        msgpack.packb({"kind": "status", "message": "hi", "tick_end": {"time": 1.0}}),
    )
    bad(
        "segment_negative",
        "invalid_value",
        "entity_clicked.segment is an index, not below 0",
        msgpack.packb({"kind": "entity_clicked", "entity_id": "soma", "segment": -1}),
    )
    bad(
        "timeout_negative",
        "invalid_value",
        "timeout_ms must not be negative",
        msgpack.packb({"kind": "status", "message": "hi", "timeout_ms": -1}),
    )
    bad(
        "positions_n_by_2",
        "invalid_value",
        "positions must be n x 3",
        packb(with_scene(geometries=[morph_tree(positions=np.zeros((1, 2)))])),
    )
    bad(
        "segment_counts_differ",
        "invalid_value",
        "two radii for one segment",
        packb(with_scene(geometries=[morph_tree(radii=np.ones(2))])),
    )
    bad(
        "field_dims_mismatch",
        "invalid_value",
        "a 2-d field with one dim name",
        packb(with_scene(fields=[{"id": "v", "values": np.zeros((2, 2)), "dims": ["x"], "coords": {}, "attrs": {}}])),
    )
    bad(
        "coords_wrong_length",
        "invalid_value",
        "coords for x have 3 entries, the axis has 2",
        packb(
            with_scene(
                fields=[{"id": "v", "values": np.zeros(2), "dims": ["x"], "coords": {"x": np.zeros(3)}, "attrs": {}}]
            )
        ),
    )
    bad(
        "duplicate_field_ids",
        "invalid_value",
        "two fields with id v",
        packb(with_scene(fields=[{"id": "v", "values": np.zeros(1), "dims": ["x"], "coords": {}, "attrs": {}}] * 2)),
    )
    bad(
        "view_missing_field",
        "invalid_value",
        "a line plot of a field the scene does not have",
        packb(
            with_scene(
                views=[
                    {"kind": "line_plot", "id": "p", "field_id": "nope", "x_dim": "t", "selectors": {}, "bindings": {}}
                ]
            )
        ),
    )
    bad(
        "unknown_view_kind",
        "invalid_value",
        "view kind volume is not in 1.0",
        packb(with_scene(views=[{"kind": "volume", "id": "vol"}])),
    )
    bad(
        "unknown_panel_kind",
        "invalid_value",
        "panel kind map is not one of the four",
        msgpack.packb(
            {
                "kind": "layout_replace",
                "panels": [{"id": "p", "kind": "map", "view_ids": [], "control_ids": [], "action_ids": []}],
            }
        ),
    )
    bad(
        "control_value_out_of_range",
        "invalid_value",
        "value 2.0 outside scalar [0, 1]",
        packb(
            with_scene(
                controls=[
                    {
                        "id": "a",
                        "label": "A",
                        "value": 2.0,
                        "send_to_session": True,
                        "spec": {"kind": "scalar", "min": 0.0, "max": 1.0, "integer": False},
                    }
                ]
            )
        ),
    )
    bad(
        "range_three_numbers",
        "invalid_value",
        "color_limits must be [low, high]",
        morph_view_scene(color_limits=[0.0, 1.0, 2.0]),
    )
    bad(
        "hello_wrong_protocol",
        "invalid_value",
        "hello from another protocol",
        msgpack.packb(
            {
                "kind": "hello",
                "protocol": "otherwire",
                "major": 1,
                "minor": 0,
                "role": "client",
                "implementation": "x",
                "capabilities": [],
            }
        ),
    )
    bad(
        "ndarray_empty_dims_past_2_63",
        "bad_ndarray",
        "shape (0, 4294967295, 4294967295) float64: no data, but its non-zero dims need over 2^63 - 1 bytes (§9.4)",
        replace_with(raw_array("float64", [0, 0xFFFFFFFF, 0xFFFFFFFF], b"")),
    )

    def panel(pid: str) -> dict[str, Any]:
        return {"id": pid, "kind": "controls", "view_ids": [], "control_ids": [], "action_ids": []}

    bad(
        "layout_panel_id_twice",
        "invalid_value",
        "two panels with the id p (§8.10: panel ids are distinct)",
        msgpack.packb({"kind": "layout_replace", "panels": [panel("p"), panel("p")]}),
    )
    bad(
        "panel_grid_rows_unequal",
        "invalid_value",
        "panel_grid rows of 2 and 1 cells (§8.10: every row has the same length)",
        msgpack.packb(
            {"kind": "layout_replace", "panels": [panel("a"), panel("b")], "panel_grid": [["a", "b"], ["a"]]}
        ),
    )
    bad(
        "panel_grid_unknown_panel",
        "invalid_value",
        "panel_grid names z, which is not one of the panels (§8.10)",
        msgpack.packb({"kind": "layout_replace", "panels": [panel("a")], "panel_grid": [["a", "z"]]}),
    )
    return out


def with_scene(**parts: Any) -> dict[str, Any]:
    scene = {
        "fields": [],
        "geometries": [],
        "views": [],
        "operators": [],
        "controls": [],
        "actions": [],
        "metadata": {},
    }
    scene.update(parts)
    return {"kind": "scene_ready", "scene": scene}


def morph_view_scene(bindings: dict[str, str] | None = None, **props: Any) -> bytes:
    """A scene of the test cell and one morphology view ``m`` with ``props``, packed as given."""
    view = {"kind": "morphology", "id": "m", "geometry_id": "cell", "colormap": "viridis", **props}
    view["bindings"] = bindings or {}
    return packb(with_scene(geometries=[morph_tree()], views=[view]))


def morph_tree(**overrides: Any) -> dict[str, Any]:
    tree = cell(1).to_tree()
    tree.update(overrides)
    return tree


# ---------------------------------------------------------------- 1.1 vectors

RUN_ID = "5f0c1a2b3c4d5e6f708192a3b4c5d6e7"


def hello_tree(role: str, minor: int = 1, **keys: Any) -> dict[str, Any]:
    """A hello as a plain tree (to break), 1.1 unless told."""
    tree = {
        "capabilities": [],
        "implementation": f"scenewire-{'csharp' if role == 'client' else 'python'}/0.1",
        "kind": "hello",
        "major": 1,
        "minor": minor,
        "protocol": "scenewire",
        "role": role,
    }
    tree.update(keys)
    return tree


def valid_vectors_1_1() -> list[Valid]:
    out: list[Valid] = []

    def add(name: str, description: str, message: Any) -> None:
        out.append(Valid(name, description, encode(message)))

    def hello(role: str, **keys: Any) -> Hello:
        return Hello.from_tree(hello_tree(role, **keys))

    add("hello_client_observe", "1.1 client hello asking to observe (§5)", hello("client", access="observe"))
    add("hello_client_control", "1.1 client hello asking for control (§5)", hello("client", access="control"))
    add("hello_client_no_access", "1.1 client hello naming no access: it asks for control (§5)", hello("client"))
    add(
        "hello_server_observe",
        "1.1 server hello to a 1.1 client: it observes the run named by run (§5, §2.5)",
        hello("server", access="observe", run=RUN_ID),
    )
    add(
        "hello_server_control",
        "1.1 server hello to a 1.1 client: it controls the run (§5)",
        hello("server", access="control", run=RUN_ID),
    )
    add(
        "hello_server_1_0_client",
        "1.1 server hello to a 1.0 client: minor 1, no access and no run (§5, §13)",
        hello("server"),
    )
    tree = hello_tree("client", access=None)
    out.append(
        Valid(
            "hello_access_nil",
            "access given as nil is as if absent (§4.2)",
            packb(tree),
            encode(hello("client")),
        )
    )
    add("control_request_want", "ask for control (§6.7)", ControlRequest(want=True))
    add("control_request_give_up", "give control up, or withdraw a waiting request (§6.7)", ControlRequest(want=False))
    add(
        "access_observe_waiting",
        "an observer whose request for control waits, 3 clients (§7.14)",
        Access(access="observe", waiting=True, clients=3),
    )
    add(
        "access_observe",
        "an observer with no request waiting, 2 clients (§7.14)",
        Access(access="observe", waiting=False, clients=2),
    )
    add(
        "access_control",
        "this client controls, alone on the run (§7.14)",
        Access(access="control", waiting=False, clients=1),
    )
    out.append(
        Valid(
            "access_with_tick_end",
            "an access message carries no tick_end; one given is an unknown key, ignored (§7.14, §13)",
            packb({"access": "control", "clients": 2, "kind": "access", "tick_end": {"index": 3}, "waiting": False}),
            encode(Access(access="control", waiting=False, clients=2)),
        )
    )
    clients_wide = msgpack.packb({"access": "observe", "clients": 1, "kind": "access", "waiting": False})
    clients_wide = clients_wide.replace(b"\xa7clients\x01", b"\xa7clients\xcd\x00\x01")
    out.append(
        Valid(
            "access_clients_wide_int",
            "clients as uint16 1: any integer width decodes (§4.1)",
            clients_wide,
            encode(Access(access="observe", waiting=False, clients=1)),
        )
    )
    for name, description, scene in views_1_1_scenes():
        add(name, description, SceneReady(scene=scene))
    for name, description, message in camera_scale_unit_1_1():
        add(name, description, message)
    out.append(
        Valid(
            "view_camera_int_angles",
            "a camera's angles given as integers decode as floats (§4.1, §8.14 rule 6)",
            packb(surface_1_1_tree(camera={"azimuth": 90, "elevation": -30, "distance": 12})),
            encode(SceneReady(scene=surface_1_1_scene(camera=Camera(azimuth=90.0, elevation=-30.0, distance=12.0)))),
        )
    )
    add(
        "error_not_controller",
        "an observer's command answered (§2.5, §12.1)",
        Error(
            message="set_control dropped: this client observes; ask for control with control_request",
            code="not_controller",
        ),
    )
    add("run_control_pause", "pause the run (§6.8)", RunControl(action="pause"))
    add("run_control_resume", "let the run advance again (§6.8)", RunControl(action="resume"))
    add("run_control_step", "step one tick, steps absent (§6.8)", RunControl(action="step"))
    add("run_control_step_10", "step ten ticks, then wait paused (§6.8)", RunControl(action="step", steps=10))
    add("run_control_speed", "at most 25 ticks per second (§6.8)", RunControl(action="speed", ticks_per_s=25.0))
    add("run_control_speed_unlimited", "speed without ticks_per_s lifts the limit (§6.8)", RunControl(action="speed"))
    out.append(
        Valid(
            "run_control_speed_int",
            "ticks_per_s given as an integer decodes as a float (§4.1, §6.8)",
            packb({"action": "speed", "kind": "run_control", "ticks_per_s": 30}),
            encode(RunControl(action="speed", ticks_per_s=30.0)),
        )
    )
    add(
        "run_state_paused",
        "a paused run limited to 25 ticks per second (§7.15)",
        RunState(state="paused", ticks_per_s=25.0),
    )
    add("run_state_running", "a running run without a limit (§7.15)", RunState(state="running"))
    add("run_state_stopped", "advance() raised: the run stopped (§2.4, §7.15)", RunState(state="stopped"))
    return out


def invalid_vectors_1_1() -> list[Invalid]:
    out: list[Invalid] = []

    def bad(name: str, error: str, description: str, data: bytes) -> None:
        out.append(Invalid(name, description, data, error))

    access = {"access": "observe", "clients": 2, "kind": "access", "waiting": False}
    bad(
        "hello_access_unknown",
        "invalid_value",
        "access is control or observe (§5)",
        packb(hello_tree("client", access="admin")),
    )
    bad(
        "hello_access_case",
        "invalid_value",
        "access values are case-sensitive (§5)",
        packb(hello_tree("client", access="Observe")),
    )
    bad("hello_access_int", "wrong_type", "access is a string (§5)", packb(hello_tree("client", access=1)))
    bad(
        "hello_run_uppercase",
        "invalid_value",
        "run is 32 lowercase hex digits (§5)",
        packb(hello_tree("server", access="control", run=RUN_ID.upper())),
    )
    bad(
        "hello_run_short",
        "invalid_value",
        "run is 32 hex digits, not 31 (§5)",
        packb(hello_tree("server", access="control", run=RUN_ID[:31])),
    )
    bad(
        "hello_run_not_hex",
        "invalid_value",
        "run holds hex digits only (§5)",
        packb(hello_tree("server", access="control", run="g" * 32)),
    )
    bad("hello_run_bin", "wrong_type", "run is a string, not bin (§5)", packb(hello_tree("server", run=bytes(16))))
    bad("control_request_no_want", "missing_field", "want is required (§6.7)", packb({"kind": "control_request"}))
    bad(
        "control_request_want_int",
        "wrong_type",
        "want is a bool, not 1 (§6.7)",
        packb({"kind": "control_request", "want": 1}),
    )
    bad(
        "control_request_want_nil",
        "wrong_type",
        "want is required, and nil is not a bool (§4.2)",
        packb({"kind": "control_request", "want": None}),
    )
    bad(
        "access_unknown_role",
        "invalid_value",
        "access is control or observe (§7.14)",
        packb(access | {"access": "admin"}),
    )
    bad(
        "access_waiting_controller",
        "invalid_value",
        "a controller has no request waiting (§7.14)",
        packb(access | {"access": "control", "waiting": True}),
    )
    bad(
        "access_no_clients",
        "invalid_value",
        "clients counts the receiver: at least 1 (§7.14)",
        packb(access | {"clients": 0}),
    )
    bad("access_clients_negative", "invalid_value", "clients below 1 (§7.14)", packb(access | {"clients": -1}))
    bad("access_clients_float", "wrong_type", "clients is an integer (§7.14)", packb(access | {"clients": 2.0}))
    bad("access_waiting_string", "wrong_type", "waiting is a bool (§7.14)", packb(access | {"waiting": "no"}))
    missing = dict(access)
    del missing["waiting"]
    bad("access_no_waiting", "missing_field", "waiting is required (§7.14)", packb(missing))
    for name, error, description, data in invalid_views_1_1():
        bad(name, error, description, data)
    for name, error, description, data in invalid_camera_scale_unit_1_1():
        bad(name, error, description, data)
    rc = {"kind": "run_control"}
    bad("run_control_no_action", "missing_field", "action is required (§6.8)", packb(rc))
    bad("run_control_rewind", "invalid_value", "action is one of four (§6.8)", packb(rc | {"action": "rewind"}))
    bad(
        "run_control_action_case", "invalid_value", "actions are case-sensitive (§6.8)", packb(rc | {"action": "Pause"})
    )
    bad(
        "run_control_steps_zero",
        "invalid_value",
        "steps is at least 1 (§6.8)",
        packb(rc | {"action": "step", "steps": 0}),
    )
    bad(
        "run_control_steps_over",
        "invalid_value",
        "steps is at most 1 000 000 (§6.8)",
        packb(rc | {"action": "step", "steps": 1_000_001}),
    )
    bad(
        "run_control_steps_float",
        "wrong_type",
        "steps is an integer (§6.8)",
        packb(rc | {"action": "step", "steps": 2.0}),
    )
    bad(
        "run_control_steps_with_pause",
        "invalid_value",
        "steps goes with step only (§6.8)",
        packb(rc | {"action": "pause", "steps": 3}),
    )
    bad(
        "run_control_rate_with_resume",
        "invalid_value",
        "ticks_per_s goes with speed only (§6.8)",
        packb(rc | {"action": "resume", "ticks_per_s": 10.0}),
    )
    bad(
        "run_control_rate_zero",
        "invalid_value",
        "ticks_per_s is above 0 (§6.8)",
        packb(rc | {"action": "speed", "ticks_per_s": 0.0}),
    )
    bad(
        "run_control_rate_negative",
        "invalid_value",
        "ticks_per_s is above 0 (§6.8)",
        packb(rc | {"action": "speed", "ticks_per_s": -5.0}),
    )
    bad(
        "run_control_rate_nan",
        "invalid_value",
        "ticks_per_s NaN is not above 0 (§6.8)",
        packb(rc | {"action": "speed", "ticks_per_s": math.nan}),
    )
    bad(
        "run_control_rate_string",
        "wrong_type",
        "ticks_per_s is a float (§6.8)",
        packb(rc | {"action": "speed", "ticks_per_s": "fast"}),
    )
    rs = {"kind": "run_state"}
    bad("run_state_no_state", "missing_field", "state is required (§7.15)", packb(rs))
    bad(
        "run_state_unknown",
        "invalid_value",
        "state is running, paused or stopped (§7.15)",
        packb(rs | {"state": "idle"}),
    )
    bad("run_state_int", "wrong_type", "state is a string (§7.15)", packb(rs | {"state": 1}))
    bad(
        "run_state_rate_zero",
        "invalid_value",
        "ticks_per_s is above 0 (§7.15)",
        packb(rs | {"state": "running", "ticks_per_s": 0.0}),
    )
    return out


def spike_field() -> Field:
    """A raster's event field: unit indices (int32) along spike, their times (ms) as its coordinates."""
    return Field(
        id="spikes",
        values=np.array([3, 0, 7], dtype=np.int32),
        dims=["spike"],
        coords={"spike": np.array([0.5, 1.25, 1.25])},
    )


def sheet_field() -> Field:
    """A 2 x 3 sheet of voltages, rows along y."""
    return Field(
        id="v",
        values=np.array([[-70.0, -65.5, -60.0], [-55.0, -52.5, np.nan]], dtype=np.float32),
        dims=["y", "x"],
        coords={"x": np.array([0.0, 0.05, 0.1]), "y": np.array([0.0, 0.05])},
        unit="mV",
    )


def views_1_1_scenes() -> list[tuple[str, str, Scene]]:
    """Scenes with the 1.1 view variants (§8.3.6, §8.3.7)."""
    raster = RasterView(
        id="r",
        field_id="spikes",
        event_dim="spike",
        unit_count=8,
        marker="dot",
        time_label="t",
        time_unit="ms",
        unit_label="neuron",
        rolling_window=100.0,
        title="spikes",
        bindings={"marker": "raster_marker"},
    )
    image = ImageView(
        id="i",
        field_id="v",
        x_dim="x",
        y_dim="y",
        colormap="coolwarm",
        color_limits=(-80.0, -50.0),
        x_label="x",
        y_label="y",
        x_unit="mm",
        y_unit="mm",
        value_label="V",
        value_unit="mV",
        title="sheet",
        bindings={"colormap": "sheet_cmap"},
    )
    return [
        (
            "view_raster",
            "a raster of three spikes, every property given (§8.3.6)",
            Scene(fields=[spike_field()], views=[raster]),
        ),
        (
            "view_raster_minimal",
            "a raster with only its required properties: marker tick (§8.3.6)",
            Scene(fields=[spike_field()], views=[RasterView(id="r", field_id="spikes", event_dim="spike")]),
        ),
        (
            "view_image",
            "an image of a 2 x 3 voltage sheet, every property given (§8.3.7)",
            Scene(fields=[sheet_field()], views=[image]),
        ),
        (
            "view_raster_and_image_default_layout",
            "both 1.1 views and no layout: each gets a line_plot panel (§8.11)",
            Scene(
                fields=[spike_field(), sheet_field()],
                views=[
                    RasterView(id="r", field_id="spikes", event_dim="spike"),
                    ImageView(id="i", field_id="v", x_dim="x", y_dim="y"),
                ],
            ),
        ),
    ]


def view_1_1_tree(kind: str, **props: Any) -> bytes:
    """A scene_ready with one 1.1 view of ``kind`` (``props`` over a valid one), packed as given."""
    if kind == "raster":
        view = {
            "kind": "raster",
            "id": "r",
            "field_id": "spikes",
            "event_dim": "spike",
            "marker": "tick",
            "bindings": {},
        }
        field = spike_field()
    else:
        view = {
            "kind": "image",
            "id": "i",
            "field_id": "v",
            "x_dim": "x",
            "y_dim": "y",
            "colormap": "viridis",
            "bindings": {},
        }
        field = sheet_field()
    view.update(props)
    view = {k: v for k, v in view.items() if v is not DROP}
    return packb(with_scene(fields=[field.to_tree()], views=[view]))


DROP = object()


def invalid_views_1_1() -> list[tuple[str, str, str, bytes]]:
    return [
        (
            "view_raster_marker_unknown",
            "invalid_value",
            "marker is tick or dot (§8.3.6)",
            view_1_1_tree("raster", marker="bar"),
        ),
        (
            "view_raster_rolling_window_zero",
            "invalid_value",
            "rolling_window above 0 (§8.3.6)",
            view_1_1_tree("raster", rolling_window=0.0),
        ),
        (
            "view_raster_unit_count_zero",
            "invalid_value",
            "unit_count at least 1 (§8.3.6)",
            view_1_1_tree("raster", unit_count=0),
        ),
        (
            "view_raster_unit_count_float",
            "wrong_type",
            "unit_count is an integer (§8.3.6)",
            view_1_1_tree("raster", unit_count=8.0),
        ),
        (
            "view_raster_no_event_dim",
            "missing_field",
            "event_dim is required (§8.3.6)",
            view_1_1_tree("raster", event_dim=DROP),
        ),
        ("view_raster_no_marker", "missing_field", "marker is required (§8.3.6)", view_1_1_tree("raster", marker=DROP)),
        (
            "view_raster_missing_field",
            "invalid_value",
            "a raster of a field the scene does not have (§8.12)",
            view_1_1_tree("raster", field_id="nope"),
        ),
        (
            "view_raster_binding_unknown",
            "invalid_value",
            "a binding for a property a raster lacks (§8.3.1)",
            view_1_1_tree("raster", bindings={"colormap": "k"}),
        ),
        ("view_image_same_dims", "invalid_value", "x_dim and y_dim differ (§8.3.7)", view_1_1_tree("image", y_dim="x")),
        ("view_image_no_y_dim", "missing_field", "y_dim is required (§8.3.7)", view_1_1_tree("image", y_dim=DROP)),
        (
            "view_image_limits_reversed",
            "invalid_value",
            "color_limits low <= high (§4.1)",
            view_1_1_tree("image", color_limits=[1.0, 0.0]),
        ),
        (
            "view_image_missing_field",
            "invalid_value",
            "an image of a field the scene does not have (§8.12)",
            view_1_1_tree("image", field_id="nope"),
        ),
        ("view_image_title_int", "wrong_type", "title is a string (§8.3.7)", view_1_1_tree("image", title=3)),
    ]


def surface_1_1_scene(**props: Any) -> Scene:
    """A 3 x 4 grid of voltages drawn as a surface ``s`` with 1.1's ``props`` (height_scale, camera)."""
    xs, ys = np.linspace(0.0, 20.0, 3), np.linspace(0.0, 30.0, 4)
    heights = Field(id="h", values=np.linspace(-70.0, -50.0, 12).reshape(3, 4), dims=["x", "y"], unit="mV")
    grid = GridGeometry(id="plane", dims=["x", "y"], coords={"x": xs, "y": ys})
    return Scene(
        fields=[heights], geometries=[grid], views=[SurfaceView(id="s", grid_id="plane", height_field_id="h", **props)]
    )


def surface_1_1_tree(**props: Any) -> dict[str, Any]:
    """:func:`surface_1_1_scene`'s ``scene_ready`` as a plain tree, ``props`` set on the view as given."""
    tree = surface_1_1_scene().to_tree()
    view = tree["views"][0]
    view.update(props)
    for key in [k for k, v in view.items() if v is DROP]:
        del view[key]
    return {"kind": "scene_ready", "scene": tree}


def camera_scale_unit_1_1() -> list[tuple[str, str, Any]]:
    """1.1's optional keys: a surface's height_scale, a 3-D view's camera, the scene's time_unit (§8.14, §8.12)."""
    return [
        (
            "view_surface_height_scale_camera",
            "a surface drawn 4x higher, seen from azimuth 30, elevation 20 at 250 units (§8.14 rules 5, 6)",
            SceneReady(
                scene=surface_1_1_scene(height_scale=4.0, camera=Camera(azimuth=30.0, elevation=20.0, distance=250.0))
            ),
        ),
        (
            "view_morphology_camera",
            "a morphology seen from above-left, framed (no distance) (§8.14 rule 6)",
            SceneReady(
                scene=Scene(
                    geometries=[cell(1)],
                    views=[MorphologyView(id="m", geometry_id="cell", camera=Camera(azimuth=-45.0, elevation=90.0))],
                )
            ),
        ),
        (
            "scene_time_unit",
            "a scene whose ticks' time is in ms (§8.12, §7.12)",
            SceneReady(scene=Scene(metadata={"title": "ring"}, time_unit="ms")),
        ),
        (
            "scene_patch_camera_height_scale",
            "a patch that sets a surface's height_scale and camera, and unsets them on another (§7.4)",
            ScenePatch(
                view_updates={
                    "s": {"camera": {"azimuth": 0.0, "elevation": 45.0}, "height_scale": 0.5},
                    "t": {"camera": None, "height_scale": None},
                }
            ),
        ),
    ]


def invalid_camera_scale_unit_1_1() -> list[tuple[str, str, str, bytes]]:
    cam = {"azimuth": 30.0, "elevation": 20.0}
    return [
        (
            "view_surface_height_scale_zero",
            "invalid_value",
            "height_scale is above 0 (§8.3.3)",
            packb(surface_1_1_tree(height_scale=0.0)),
        ),
        (
            "view_surface_height_scale_negative",
            "invalid_value",
            "height_scale is above 0 (§8.3.3)",
            packb(surface_1_1_tree(height_scale=-2.0)),
        ),
        (
            "view_surface_height_scale_inf",
            "invalid_value",
            "height_scale is finite (§8.3.3)",
            packb(surface_1_1_tree(height_scale=math.inf)),
        ),
        (
            "view_surface_height_scale_string",
            "wrong_type",
            "height_scale is a float (§8.3.3)",
            packb(surface_1_1_tree(height_scale="x4")),
        ),
        (
            "view_camera_elevation_over_90",
            "invalid_value",
            "elevation lies in [-90, 90] (§8.14 rule 6)",
            packb(surface_1_1_tree(camera=cam | {"elevation": 90.5})),
        ),
        (
            "view_camera_azimuth_nan",
            "invalid_value",
            "azimuth is finite (§8.14 rule 6)",
            packb(surface_1_1_tree(camera=cam | {"azimuth": math.nan})),
        ),
        (
            "view_camera_distance_zero",
            "invalid_value",
            "distance is above 0 (§8.14 rule 6)",
            packb(surface_1_1_tree(camera=cam | {"distance": 0.0})),
        ),
        (
            "view_camera_no_azimuth",
            "missing_field",
            "azimuth is required (§8.14 rule 6)",
            packb(surface_1_1_tree(camera={"elevation": 20.0})),
        ),
        (
            "view_camera_not_a_map",
            "wrong_type",
            "a camera is a map (§8.14 rule 6)",
            packb(surface_1_1_tree(camera=[30.0, 20.0])),
        ),
        (
            "scene_time_unit_int",
            "wrong_type",
            "time_unit is a string (§8.12)",
            packb(with_scene(time_unit=1)),
        ),
    ]


# ---------------------------------------------------------------- manifest and files


def build() -> tuple[dict[str, bytes], dict[str, Any]]:
    """Every 1.0 file's bytes by relative path, and the manifest."""
    return build_set(
        valid_vectors(), invalid_vectors(), VERSION, sorted(k for k in REGISTRY.by_kind if k not in KINDS_1_1)
    )


def build_1_1() -> tuple[dict[str, bytes], dict[str, Any]]:
    """Every 1.1 file's bytes by path relative to ``1.1/``, and its manifest (kinds: 1.0's and 1.1's)."""
    return build_set(valid_vectors_1_1(), invalid_vectors_1_1(), VERSION_1_1, sorted(REGISTRY.by_kind))


SETS = {HERE: build, HERE / VERSION_1_1: build_1_1}
"""Each vector set's folder and how it is built."""


def build_set(
    valid: list[Valid], invalid: list[Invalid], version: str, kinds: list[str]
) -> tuple[dict[str, bytes], dict[str, Any]]:
    files: dict[str, bytes] = {}
    valid_entries, invalid_entries = [], []
    for vector in valid:
        path = f"valid/{vector.name}.msgpack"
        files[path] = vector.data
        message = decode(vector.data)
        entry: dict[str, Any] = {
            "name": vector.name,
            "kind": message.wire_kind,
            "description": vector.description,
            "file": path,
            "decoded": to_json_form(message.to_tree()),
        }
        if vector.canonical is not None:
            canonical = f"valid/{vector.name}.canonical.msgpack"
            files[canonical] = vector.canonical
            entry["canonical_file"] = canonical
        elif encode(message) != vector.data:
            raise AssertionError(f"{vector.name}: the encoder is not canonical for its own output")
        valid_entries.append(entry)
    for vector in invalid:
        path = f"invalid/{vector.name}.msgpack"
        files[path] = vector.data
        invalid_entries.append(
            {"name": vector.name, "description": vector.description, "file": path, "error": vector.error}
        )
    manifest = {
        "protocol": "scenewire",
        "version": version,
        "ext_type": EXT_NDARRAY,
        "kinds": kinds,
        "valid": valid_entries,
        "invalid": invalid_entries,
    }
    return files, manifest


def manifest_text(manifest: dict[str, Any]) -> str:
    return json.dumps(manifest, indent=1, ensure_ascii=False, allow_nan=False) + "\n"


def differences(root: Path = HERE, builder: Any = build) -> list[str]:
    """What regeneration would change under ``root``."""
    files, manifest = builder()
    problems = []
    for rel, data in files.items():
        path = root / rel
        if not path.exists():
            problems.append(f"missing {rel}")
        elif path.read_bytes() != data:
            problems.append(f"bytes differ: {rel}")
    for sub in ("valid", "invalid"):
        for path in sorted((root / sub).glob("*.msgpack")):
            rel = f"{sub}/{path.name}"
            if rel not in files:
                problems.append(f"not generated any more: {rel}")
    current = root / "manifest.json"
    if not current.exists() or current.read_text(encoding="utf-8") != manifest_text(manifest):
        problems.append("manifest.json differs")
    return problems


def write(root: Path = HERE, builder: Any = build) -> None:
    files, manifest = builder()
    for sub in ("valid", "invalid"):
        (root / sub).mkdir(parents=True, exist_ok=True)
        for stale in (root / sub).glob("*.msgpack"):
            if f"{sub}/{stale.name}" not in files:
                stale.unlink()
    for rel, data in files.items():
        (root / rel).write_bytes(data)
    (root / "manifest.json").write_text(manifest_text(manifest), encoding="utf-8")
    print(f"wrote {len(manifest['valid'])} valid and {len(manifest['invalid'])} invalid vectors to {root}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report what would change; write nothing")
    args = parser.parse_args(argv)
    if args.check:
        problems = [
            f"{root.relative_to(HERE)}: {p}" for root, builder in SETS.items() for p in differences(root, builder)
        ]
        for line in problems:
            print(line)
        return 1 if problems else 0
    for root, builder in SETS.items():
        write(root, builder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
