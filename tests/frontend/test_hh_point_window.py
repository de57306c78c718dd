"""The HH patch demo's state graph in a real widget: its states change colour over a spike."""

from __future__ import annotations

import numpy as np
import pytest

from scenewire.demos.hh_cell import NA_STATES
from scenewire.demos.hh_point import HHPointSession, state_field
from scenewire.protocol import SceneReady
from scenewire.scene import colormaps
from scenewire.state.scene_state import SceneState

from .grabs import grab, keep, settled


def colour_of(value: float) -> np.ndarray:
    """The viridis colour of an occupancy on the demo's [0, 1] scale (§8.13), as 0-255 RGB."""
    return np.round(colormaps.map_values(np.array([value]), "viridis", (0.0, 1.0))[0, :3] * 255).astype(int)


@pytest.mark.timeout(90)
def test_the_sodium_channel_states_change_colour_over_a_spike(qtbot) -> None:
    from PyQt6.QtWidgets import QVBoxLayout, QWidget

    from scenewire.frontend.views.state_graph import StateGraphAdapter

    session = HHPointSession()
    state = SceneState()
    state.apply(SceneReady(scene=session.initialize()))
    holder = QWidget()
    QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
    qtbot.addWidget(holder)
    holder.resize(640, 420)
    adapter = StateGraphAdapter("na_graph", state, lambda command: None)
    adapter.build(holder)
    holder.show()
    qtbot.waitExposed(holder)

    def pixels() -> dict[str, np.ndarray]:
        image = settled(qtbot, lambda: grab(adapter.widget))
        return {s: image[round(y), round(x)].astype(int) for s in NA_STATES for x, y in [adapter.node_to_widget(s)]}

    def occupancy() -> dict[str, float]:
        return {s: float(state.field(state_field(s)).values[0]) for s in NA_STATES}

    def tick() -> None:
        session.advance()
        adapter.apply(state.apply_all(session.read_updates()))

    rest, at_rest = pixels(), occupancy()
    keep(adapter.widget, "hh_point_na_graph_rest")
    # most channels rest closed with h open (C0) or inactivated with no m gate open (I0); none open
    assert at_rest["C0"] > 0.4 and at_rest["I0"] > 0.3 and at_rest["O"] < 0.001
    for s in NA_STATES:
        assert np.abs(rest[s] - colour_of(at_rest[s])).max() <= 3, s

    peak_open = 0.0
    for _ in range(40):  # the first spike comes within a few ms at 10 µA/cm2
        tick()
        if occupancy()["O"] > peak_open:
            peak_open, at_peak, peak = occupancy()["O"], occupancy(), pixels()
            keep(adapter.widget, "hh_point_na_graph_spike")
        if session.cell.v < -60.0 and peak_open > 0.1:
            break
    keep(adapter.widget, "hh_point_na_graph_after_spike")
    after, at_after = pixels(), occupancy()
    assert peak_open > 0.1, "no spike opened the channels"
    # at the spike's peak O is lit: its colour is its fraction's, far from its resting dark purple
    assert np.abs(peak["O"] - colour_of(at_peak["O"])).max() <= 3
    assert np.abs(peak["O"] - rest["O"]).max() > 40
    assert np.abs(peak["C0"] - rest["C0"]).max() > 40  # the closed channels left C0
    # after it, most channels sit inactivated with their m gates shut again (I0), C0 still low
    assert at_after["I0"] > at_rest["I0"] and np.abs(after["I0"] - colour_of(at_after["I0"])).max() <= 3
    assert abs(sum(at_after.values()) - 1.0) < 1e-5
