"""Spec MUSTs that no vector or other test checked (tests/spec_musts.txt names them).

Each test here is the enforcing test of one or more lines of that table: the
cross-field rules of §8 broken one at a time in a valid vector, the hello's
fields (§4.2, §5), a later minor version on a real server (§13, §14), and the
reference's segment frames (§8.14).
"""

from __future__ import annotations

import asyncio
import copy
from collections.abc import Callable
from typing import Any

import msgpack
import numpy as np
import pytest
from websockets.asyncio.client import connect

from scenewire import ProtocolError, decode
from scenewire.demos.segments import frames
from scenewire.transports.ws_server import BackendServer
from tests.conftest import CONFORMANCE, load_manifest
from tests.test_session_kit import KitSession

WAIT = 20.0
FILES = {vector["name"]: vector["file"] for vector in load_manifest()["valid"]}


def vector_tree(name: str) -> dict[str, Any]:
    """A valid vector as a plain MessagePack tree (arrays stay ext values), to break and pack again."""
    return msgpack.unpackb((CONFORMANCE / FILES[name]).read_bytes(), strict_map_key=False)


def view(tree: dict[str, Any], view_id: str) -> dict[str, Any]:
    return next(v for v in tree["scene"]["views"] if v["id"] == view_id)


def control(tree: dict[str, Any], control_id: str) -> dict[str, Any]:
    return next(c for c in tree["scene"]["controls"] if c["id"] == control_id)


def grid(tree: dict[str, Any], rows: list[list[str]]) -> None:
    tree["scene"]["layout"]["panel_grid"] = rows


# Each case breaks one rule of §8 in scene_ready_full, whose views are morph, surf, trace and gates.
BREAKS: dict[str, Callable[[dict[str, Any]], object]] = {
    "8.3.2-geometry_id-names-a-grid": lambda t: view(t, "morph").update(geometry_id="plane"),
    "8.3.2-geometry_id-names-nothing": lambda t: view(t, "morph").update(geometry_id="nope"),
    "8.3.2-color_field_id-names-nothing": lambda t: view(t, "morph").update(color_field_id="nope"),
    "8.3.3-grid_id-names-a-morphology": lambda t: view(t, "surf").update(grid_id="cell"),
    "8.3.3-height_field_id-names-nothing": lambda t: view(t, "surf").update(height_field_id="nope"),
    "8.3.3-color_field_id-names-nothing": lambda t: view(t, "surf").update(color_field_id="nope"),
    "8.3.3-shading-bumpy": lambda t: view(t, "surf").update(shading="bumpy"),
    "8.3.4-series_dim-is-x_dim": lambda t: view(t, "trace").update(series_dim="time"),
    "8.3.4-rolling_window-zero": lambda t: view(t, "trace").update(rolling_window=0.0),
    "8.3.4-rolling_window-negative": lambda t: view(t, "trace").update(rolling_window=-1.0),
    "8.3.5-node-ids-repeat": lambda t: view(t, "gates")["nodes"][1].update(id="C"),
    "8.3.5-edge-source-unknown": lambda t: view(t, "gates")["edges"][0].update(source="Z"),
    "8.3.5-edge-target-unknown": lambda t: view(t, "gates")["edges"][0].update(target="Z"),
    "8.3.5-node-field-names-nothing": lambda t: view(t, "gates")["nodes"][0].update(field_id="nope"),
    "8.3.5-edge-field-names-nothing": lambda t: view(t, "gates")["edges"][0].update(field_id="nope"),
    "8.5-scalar-min-equals-max": lambda t: control(t, "amp")["spec"].update(min=1.0, max=1.0),
    "8.5-scalar-min-above-max": lambda t: control(t, "amp")["spec"].update(min=2.0, max=1.0),
    "8.5-scalar-step-zero": lambda t: control(t, "amp")["spec"].update(step=0.0),
    "8.5-scalar-step-negative": lambda t: control(t, "amp")["spec"].update(step=-0.5),
    "8.5-choice-options-empty": lambda t: control(t, "channel").update(spec={"kind": "choice", "options": []}),
    "8.8-operator-input-names-nothing": lambda t: t["scene"]["operators"][0].update(inputs=["nope"]),
    "8.10-panel-ids-repeat": lambda t: t["scene"]["layout"]["panels"][1].update(id="p3d"),
    "8.10-grid-rows-differ-in-length": lambda t: grid(t, [["p3d", "ptrace"], ["pgates"]]),
    "8.10-grid-cell-names-no-panel": lambda t: grid(t, [["p3d", "ptrace"], ["pgates", "zz"]]),
    "8.10-grid-without-rows": lambda t: grid(t, []),
}


@pytest.mark.parametrize("case", sorted(BREAKS))
def test_a_scene_that_breaks_a_rule_of_section_8_is_invalid_value(case: str) -> None:
    tree = vector_tree("scene_ready_full")
    decode(msgpack.packb(tree))  # the vector itself is valid
    broken = copy.deepcopy(tree)
    BREAKS[case](broken)
    with pytest.raises(ProtocolError) as caught:
        decode(msgpack.packb(broken))
    assert caught.value.code.value == "invalid_value", str(caught.value)


def test_a_hello_without_its_capabilities_is_missing_field() -> None:
    """§4.2: a required collection may be empty, but must be there."""
    tree = vector_tree("hello_client")
    assert tree["capabilities"] == []
    decode(msgpack.packb(tree))
    del tree["capabilities"]
    with pytest.raises(ProtocolError) as caught:
        decode(msgpack.packb(tree))
    assert caught.value.code.value == "missing_field", str(caught.value)


@pytest.mark.parametrize("role", ["peer", "Client", ""])
def test_a_hello_whose_role_is_neither_client_nor_server_is_invalid_value(role: str) -> None:
    tree = vector_tree("hello_client")
    tree["role"] = role
    with pytest.raises(ProtocolError) as caught:
        decode(msgpack.packb(tree))
    assert caught.value.code.value == "invalid_value", str(caught.value)


def test_a_later_minor_client_with_unknown_capabilities_and_keys_is_served() -> None:
    """§5, §13, §14: a 1.7 hello announcing capabilities and a key 1.0 does not know runs the session."""
    hello = {
        "kind": "hello", "protocol": "scenewire", "major": 1, "minor": 7, "role": "client",
        "implementation": "from-the-future/1.7", "capabilities": ["x-later", "compression"], "added_in_1_7": {"a": 1},
    }  # fmt: skip

    async def main() -> tuple[list[str], int | None]:
        async with BackendServer(KitSession, "127.0.0.1", 0, isolation="thread") as server:
            async with connect(server.url, subprotocols=["scenewire.v1"]) as ws:  # type: ignore[list-item]
                await ws.send(msgpack.packb(hello))
                kinds = []
                for _ in range(2):
                    kinds.append(decode(await asyncio.wait_for(ws.recv(), WAIT)).wire_kind)
                await ws.send(msgpack.packb({"kind": "stop_session"}))
                await asyncio.wait_for(ws.wait_closed(), WAIT)
                code = ws.close_code
            await asyncio.wait_for(server.finished(), WAIT)
            return kinds, code

    kinds, code = asyncio.run(main())
    assert kinds == ["hello", "scene_ready"] and code == 1000


def test_the_reference_segment_frames_are_rotations_along_each_axis() -> None:
    """§8.14 rule 3: orthonormal columns, determinant +1, third column the segment's direction."""
    rng = np.random.default_rng(7)
    directions = np.vstack([rng.normal(size=(200, 3)), np.eye(3), -np.eye(3), [[1e-9, 0.0, 1.0]]])
    rotations = frames(directions)
    unit = directions / np.linalg.norm(directions, axis=1, keepdims=True)
    np.testing.assert_allclose(rotations @ rotations.transpose(0, 2, 1), np.broadcast_to(np.eye(3), rotations.shape),
                               atol=1e-12)  # fmt: skip
    np.testing.assert_allclose(np.linalg.det(rotations), 1.0, atol=1e-12)
    np.testing.assert_allclose(rotations[:, :, 2], unit, atol=1e-12)

