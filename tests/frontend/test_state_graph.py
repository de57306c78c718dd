"""The state_graph adapter in a real window: a node is painted in its field's colour (§8.13) and follows it."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from scenewire.protocol import EntityClicked, FieldAppend, FieldReplace, SceneReady, StatePatch
from scenewire.scene import Field, Scene, colormaps
from scenewire.scene.views import GraphEdge, GraphNode, StateGraphView
from scenewire.state.scene_state import SceneState

from .grabs import grab, keep, settled


def channel_scene(**view: Any) -> Scene:
    """A three-state channel C <-> O -> I; occupancies as fields, I placed by the frontend."""
    fields = [
        Field(id="c", values=np.array([0.9, 0.7], np.float32), dims=["time"]),
        Field(id="o", values=np.array([0.2], np.float32), dims=["k"]),
        Field(id="rate", values=np.array([0.5]), dims=["k"]),
    ]
    props = dict(
        id="g",
        nodes=[
            GraphNode(id="C", label="closed", field_id="c", position=(0.0, 0.0)),
            GraphNode(id="O", label="open", field_id="o", position=(2.0, 0.0)),
            GraphNode(id="I", label="inactivated"),
        ],
        edges=[
            GraphEdge(source="C", target="O", label="alpha", field_id="rate"),
            GraphEdge(source="O", target="C", label="beta"),
            GraphEdge(source="O", target="I"),
        ],
        colormap="viridis",
        color_limits=(0.0, 1.0),
        title="Na channel",
    )
    props.update(view)
    return Scene(fields=fields, views=[StateGraphView(**props)])


def shown(scene: Scene, qtbot, sent: list[Any] | None = None) -> tuple[Any, SceneState]:
    from PyQt6.QtWidgets import QVBoxLayout, QWidget

    from scenewire.frontend.views.state_graph import StateGraphAdapter

    state = SceneState()
    state.apply(SceneReady(scene=scene))
    holder = QWidget()
    QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
    qtbot.addWidget(holder)
    holder.resize(520, 380)
    adapter = StateGraphAdapter("g", state, (sent if sent is not None else []).append)
    adapter.build(holder)
    holder.show()
    qtbot.waitExposed(holder)
    adapter.holder = holder  # pytest-qt keeps only a weak reference
    return adapter, state


def pixel(image: np.ndarray, at: tuple[float, float]) -> np.ndarray:
    x, y = round(at[0]), round(at[1])
    return image[y, x].astype(int)


def expected(value: float, name: str, limits: tuple[float, float]) -> np.ndarray:
    return np.round(colormaps.map_values(np.array([value]), name, limits)[0, :3] * 255).astype(int)


@pytest.mark.timeout(60)
def test_a_node_is_painted_in_its_fields_colour_and_follows_it(qtbot) -> None:
    adapter, state = shown(channel_scene(), qtbot)
    image = grab(adapter.widget)
    keep(adapter.widget, "state_graph_fixed_limits")
    # C shows its field's last element (0.7), O its only one (0.2), I has no field: white
    assert np.abs(pixel(image, adapter.node_to_widget("C")) - expected(0.7, "viridis", (0, 1))).max() <= 3
    assert np.abs(pixel(image, adapter.node_to_widget("O")) - expected(0.2, "viridis", (0, 1))).max() <= 3
    assert np.abs(pixel(image, adapter.node_to_widget("I")) - np.array([255, 255, 255])).max() <= 3

    adapter.apply(state.apply(FieldReplace(field_id="o", values=np.array([0.95], np.float32))))
    image = settled(qtbot, lambda: grab(adapter.widget))
    keep(adapter.widget, "state_graph_after_replace")
    assert np.abs(pixel(image, adapter.node_to_widget("O")) - expected(0.95, "viridis", (0, 1))).max() <= 3
    adapter.apply(
        state.apply(
            FieldAppend(
                field_id="c", append_dim="time", values=np.array([np.nan], np.float32), coord_values=np.array([2])
            )
        )
    )
    image = grab(adapter.widget)
    assert np.abs(pixel(image, adapter.node_to_widget("C")) - np.array([255, 0, 255])).max() <= 3  # NaN: magenta


@pytest.mark.timeout(60)
def test_limits_from_the_data_span_every_field_the_graph_names(qtbot) -> None:
    adapter, _state = shown(channel_scene(color_limits=None, colormap="coolwarm"), qtbot)
    # all elements of c, o and rate: 0.2 .. 0.9 (c's 0.9 is not drawn, yet counts)
    assert adapter.limits == pytest.approx((0.2, 0.9))
    image = grab(adapter.widget)
    keep(adapter.widget, "state_graph_data_limits")
    assert np.abs(pixel(image, adapter.node_to_widget("O")) - expected(0.2, "coolwarm", (0.2, 0.9))).max() <= 3
    assert np.abs(pixel(image, adapter.node_to_widget("C")) - expected(0.7, "coolwarm", (0.2, 0.9))).max() <= 3


@pytest.mark.timeout(60)
def test_unplaced_nodes_get_distinct_places_and_a_click_selects_and_names_the_node(qtbot) -> None:
    from PyQt6.QtCore import QPoint, Qt

    from scenewire.frontend.views.state_graph import NODE_SIZE

    sent: list[Any] = []
    adapter, state = shown(channel_scene(), qtbot, sent)
    spots = {node: adapter.node_to_widget(node) for node in ("C", "O", "I")}
    assert len({(round(x), round(y)) for x, y in spots.values()}) == 3
    x, y = spots["O"]
    qtbot.mouseClick(adapter.widget.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(y)))
    assert [type(c) for c in sent] == [EntityClicked] and (sent[0].entity_id, sent[0].view_id) == ("O", "g")
    assert state.frontend_state["selection"] == "O" and adapter.selected == "O"
    # a state_patch from the session selects the same way
    adapter.apply(state.apply(StatePatch(updates={"selection": "C"})))
    keep(adapter.widget, "state_graph_selected_C")
    assert adapter.selected == "C"
    x, y = adapter.node_to_widget("C")
    ring = grab(adapter.widget)[round(y) - NODE_SIZE // 2 - 1 : round(y) - NODE_SIZE // 2 + 3, round(x)]
    assert ring.min() < 40  # a black ring at the top of the selected node
