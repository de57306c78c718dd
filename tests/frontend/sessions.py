"""Sessions the window tests drive: every control kind, actions that make the session change the scene."""

from __future__ import annotations

import numpy as np

from scenewire.protocol import FieldAppend, LayoutReplace, ScenePatch, SessionCommand, Status
from scenewire.protocol.commands import InvokeAction, SetControl
from scenewire.protocol.updates import Error
from scenewire.scene import (
    Action,
    BoolSpec,
    ChoiceSpec,
    Control,
    Field,
    Layout,
    LinePlotView,
    Panel,
    ScalarSpec,
    Scene,
    XYSpec,
)
from scenewire.session import BufferedSession

#: commands the last RecorderSession handled (thread isolation shares this list with the test)
RECORDED: list[SessionCommand] = []


def controls_panel() -> Panel:
    return Panel(
        id="controls",
        kind="controls",
        title="Controls",
        control_ids=["gain", "count", "mode", "on", "pos"],
        action_ids=["kick", "patch", "relayout", "fail", "grow"],
    )


class RecorderSession(BufferedSession):
    """Records every command; actions make it patch a control, replace the layout, report an error."""

    def __init__(self) -> None:
        super().__init__()
        RECORDED.clear()
        self.t = 0

    def initialize(self) -> Scene:
        return Scene(
            fields=[
                Field(
                    id="v",
                    values=np.zeros((2, 0), dtype=np.float32),
                    dims=["site", "time"],
                    coords={"time": np.zeros(0, dtype=np.float64)},
                    unit="mV",
                )
            ],
            views=[
                LinePlotView(id="plot", field_id="v", x_dim="time", series_dim="site", title="voltage"),
                LinePlotView(id="plot2", field_id="v", x_dim="time", series_dim="site", title="again"),
            ],
            controls=[
                Control(id="gain", label="Gain", spec=ScalarSpec(min=0.0, max=10.0, step=0.5), value=2.0),
                Control(id="count", label="Count", spec=ScalarSpec(min=0, max=20, integer=True), value=3),
                Control(id="mode", label="Mode", spec=ChoiceSpec(options=["slow", "fast"]), value="slow"),
                Control(id="on", label="On", spec=BoolSpec(), value=False),
                Control(id="pos", label="Position", spec=XYSpec(x_range=(-1.0, 1.0), y_range=(0.0, 2.0)), value=[0, 1]),
            ],
            actions=[
                Action(id="kick", label="Kick", shortcuts=["k"]),
                Action(id="patch", label="Patch gain", shortcuts=["g"]),
                Action(id="relayout", label="Relayout", shortcuts=["l"]),
                Action(id="fail", label="Fail", shortcuts=["e"]),
                Action(id="grow", label="Grow", shortcuts=["a"]),
            ],
            layout=Layout(
                title="recorder",
                panels=[
                    Panel(id="plots", kind="line_plot", title="Voltage", view_ids=["plot"]),
                    Panel(id="other", kind="line_plot", title="Other", view_ids=["plot2"]),
                    controls_panel(),
                ],
                panel_grid=[["plots", "controls"], ["other", "controls"]],
            ),
        )

    def handle(self, command: SessionCommand) -> None:
        RECORDED.append(command)
        if isinstance(command, SetControl):
            self.emit(Status(message=f"set {command.control_id}={command.value!r}", timeout_ms=300))
        if not isinstance(command, InvokeAction):
            return
        if command.action_id == "patch":
            self.emit(ScenePatch(control_updates={"gain": {"value": 7.5}}))
        elif command.action_id == "relayout":
            self.emit(
                LayoutReplace(
                    panels=[
                        Panel(id="plots", kind="line_plot", title="Voltage", view_ids=["plot"]),
                        Panel(id="other", kind="line_plot", title="Renamed", view_ids=["plot2"]),
                        controls_panel(),
                    ],
                    panel_grid=[["plots", "controls"], ["other", "controls"]],
                )
            )
        elif command.action_id == "fail":
            self.emit(Error(message="the model diverged"))
        elif command.action_id == "grow":
            self.grow(50)

    def grow(self, n: int) -> None:
        t = np.arange(self.t, self.t + n, dtype=np.float64)
        values = np.stack([np.sin(t / 5.0), np.cos(t / 7.0)]).astype(np.float32) * 40 - 60
        self.emit(FieldAppend(field_id="v", append_dim="time", values=values, coord_values=t, max_length=500))
        self.t += n


class OtherSession(BufferedSession):
    """Another scene, told apart by its title and its one panel: what a restarted server serves."""

    def initialize(self) -> Scene:
        return Scene(
            fields=[Field(id="w", values=np.zeros(4, dtype=np.float32), dims=["i"])],
            controls=[Control(id="level", label="Level", spec=ScalarSpec(min=0.0, max=1.0), value=0.5)],
            layout=Layout(
                title="other scene",
                panels=[Panel(id="knobs", kind="controls", title="Knobs", control_ids=["level"])],
            ),
        )


class SilentSession(BufferedSession):
    """Starts and never sends a scene: the window waits, and says so."""

    def initialize(self) -> None:
        return None
