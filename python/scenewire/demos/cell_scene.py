"""What the cell demos share: their scene and the updates of a tick, a reset and a new stimulus.

The three cell demos (NumPy cable, branched NumPy neuron, NEURON cell) show
the same screen and send the same updates; they differ in the model and a few
labels, which are the arguments here.
"""

from __future__ import annotations

import reprlib
from typing import Any

import numpy as np

from ..protocol import (
    FieldAppend,
    FieldReplace,
    ScenePatch,
    SessionUpdate,
    Status,
)
from ..scene import (
    Action,
    Control,
    Field,
    Layout,
    LinePlotView,
    MorphologyGeometry,
    MorphologyView,
    Panel,
    ScalarSpec,
    Scene,
)
from .traces import TRACE_SAMPLES, Traces

V_LIMITS = (-80.0, 40.0)


def cell_scene(
    *,
    geometry: MorphologyGeometry,
    v: np.ndarray,
    trace_values: np.ndarray,
    trace_times: np.ndarray,
    labels: list[str],
    series_dim: str = "segment",
    colormap: str = "coolwarm",
    cell_title: str = "membrane potential (mV); click a segment to trace it",
    rolling_window: float = 200.0,
    y_limits: tuple[float, float] = (-90.0, 50.0),
    trace_title: str = "voltage traces",
    stim_label: str,
    stim_max: float,
    stim_na: float,
    layout_title: str,
    metadata: dict[str, Any],
) -> Scene:
    """A cell coloured by voltage ``v`` beside its traces, a stimulus slider and a reset action."""
    return Scene(
        fields=[
            Field(id="v", values=v, dims=["segment"], unit="mV"),
            Field(
                id="v_trace",
                values=trace_values,
                dims=["time", series_dim],
                coords={"time": trace_times},
                unit="mV",
                attrs={f"{series_dim}s": labels},  # "segments" or "probes"
            ),
        ],
        geometries=[geometry],
        views=[
            MorphologyView(
                id="cell_view",
                geometry_id=geometry.id,
                color_field_id="v",
                colormap=colormap,
                color_limits=V_LIMITS,
                title=cell_title,
            ),
            LinePlotView(
                id="trace_view",
                field_id="v_trace",
                x_dim="time",
                series_dim=series_dim,
                series_labels=labels,
                x_label="time",
                x_unit="ms",
                y_label="V",
                y_unit="mV",
                rolling_window=rolling_window,
                y_limits=y_limits,
                title=trace_title,
            ),
        ],
        controls=[
            Control(
                id="stim",
                label=stim_label,
                spec=ScalarSpec(min=0.0, max=stim_max, step=0.05),
                value=stim_na,
            )
        ],
        actions=[Action(id="reset", label="Reset", shortcuts=["r"])],
        layout=Layout(
            title=layout_title,
            panels=[
                Panel(id="cell", kind="view_3d", title="cell", view_ids=["cell_view"]),
                Panel(id="traces", kind="line_plot", title="traces", view_ids=["trace_view"]),
                Panel(id="controls", kind="controls", title="controls", control_ids=["stim"], action_ids=["reset"]),
            ],
            panel_grid=[["cell", "traces"], ["cell", "controls"]],
        ),
        metadata=metadata,
        time_unit="ms",  # NEURON's t (1.1, §8.12): the status bar shows "t = 170.0 ms"
    )


def reset_updates(traces: Traces, v: np.ndarray) -> list[SessionUpdate]:
    """What a reset sends: the emptied traces, their labels, the resting voltage, and a status."""
    return [
        traces.replace(),
        ScenePatch(view_updates={"trace_view": {"series_labels": traces.labels()}}),
        FieldReplace(field_id="v", values=v),
        Status(message="reset", timeout_ms=2000),
    ]


def stim_updates(value: Any, high: float) -> tuple[float | None, list[SessionUpdate]]:
    """A new stimulus clamped to 0..``high`` and the patch that shows it; ``None`` and a status if it is no number."""
    try:
        stim = min(max(float(value), 0.0), high)
    except (TypeError, ValueError):
        # reprlib: a few dozen characters of the value, however large (a 1 MiB string once came back as 4 MiB)
        return None, [Status(message=f"stim wants a number, got {reprlib.repr(value)}", timeout_ms=3000)]
    return stim, [ScenePatch(control_updates={"stim": {"value": stim}})]


def tick_updates(
    v: np.ndarray,
    times: np.ndarray,
    samples: np.ndarray,
    *,
    max_length: int = TRACE_SAMPLES,
    attrs_update: dict[str, Any] | None = None,
) -> list[SessionUpdate]:
    """What a tick sends: the voltage of every segment, then the trace samples it took."""
    return [
        FieldReplace(field_id="v", values=v),
        FieldAppend(
            field_id="v_trace",
            append_dim="time",
            values=samples,
            coord_values=times,
            max_length=max_length,
            attrs_update=attrs_update,
        ),
    ]
