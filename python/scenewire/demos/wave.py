"""WaveSession: rain on a pond, a damped 2-D wave on a grid drawn as a surface.

Sliders set the wave speed, the damping and how often a drop falls; a
"drop" action lets one fall in the middle, "reset" calms the water. Drops
land where a seeded generator says, so a seed gives one run.

Numerics: the leapfrog scheme for u_tt = c^2 (u_xx + u_yy) - gamma u_t on a
unit-spaced grid with fixed (zero) edges. It is stable while c dt < 1/sqrt(2);
the speed slider stops at 0.6 and the step is 1, so it always is.
"""

from __future__ import annotations

import numpy as np

from ..protocol import FieldReplace, InvokeAction, KeyPressed, ScenePatch, SessionCommand, SetControl, Status
from ..scene import Action, Control, Field, GridGeometry, Layout, Panel, ScalarSpec, Scene, SurfaceView
from ..session import BufferedSession
from .commands import is_reset

SIZE = 96
STEPS_PER_TICK = 4
MAX_SPEED = 0.6  # grid cells per step; below 1/sqrt(2) keeps the leapfrog stable
LIMITS = {"speed": (0.05, MAX_SPEED), "damping": (0.0, 0.2), "rain": (0.0, 2.0)}
DEFAULTS = {"speed": 0.45, "damping": 0.01, "rain": 0.3}


class WaveSession(BufferedSession):
    """A damped wave field over a ``SIZE`` x ``SIZE`` grid; rain falls at ``rain`` drops per tick."""

    def __init__(self, seed: int = 1, size: int = SIZE) -> None:
        super().__init__()
        self.seed = seed
        self.size = size
        self.params = dict(DEFAULTS)
        axis = np.linspace(-1.0, 1.0, size)
        self.x, self.y = np.meshgrid(axis, axis)  # rows are y
        self.axis = axis
        self._reset_state()

    def _reset_state(self) -> None:
        self.rng = np.random.default_rng(self.seed)
        self.u = np.zeros((self.size, self.size))
        self.u_prev = np.zeros_like(self.u)
        self.ticks = 0

    def initialize(self) -> Scene:
        return Scene(
            fields=[Field(id="height", values=self.u.astype(np.float32), dims=["y", "x"])],
            geometries=[GridGeometry(id="pond", dims=["y", "x"], coords={"y": self.axis, "x": self.axis})],
            views=[
                SurfaceView(
                    id="surface",
                    grid_id="pond",
                    height_field_id="height",
                    colormap="viridis",
                    color_limits=(-0.5, 0.5),
                    shading="smooth",
                    show_axes=True,
                    title="water height",
                )
            ],
            controls=[
                Control(
                    id=name,
                    label=label,
                    spec=ScalarSpec(min=low, max=high, step=(high - low) / 100),
                    value=self.params[name],
                )
                for name, label, (low, high) in (
                    ("speed", "wave speed (cells per step)", LIMITS["speed"]),
                    ("damping", "damping", LIMITS["damping"]),
                    ("rain", "rain (drops per tick)", LIMITS["rain"]),
                )
            ],
            actions=[
                Action(id="drop", label="Drop", shortcuts=["d"]),
                Action(id="reset", label="Reset", shortcuts=["r"]),
            ],
            layout=Layout(
                title="scenewire: rain on a pond",
                panels=[
                    Panel(id="pond", kind="view_3d", title="pond", view_ids=["surface"]),
                    Panel(
                        id="controls",
                        kind="controls",
                        title="controls",
                        control_ids=["speed", "damping", "rain"],
                        action_ids=["drop", "reset"],
                    ),
                ],
                panel_grid=[["pond", "controls"]],
            ),
            metadata={"title": "rain on a pond: a damped 2-D wave"},
        )

    def handle(self, command: SessionCommand) -> None:
        if isinstance(command, SetControl) and command.control_id in LIMITS:
            low, high = LIMITS[command.control_id]
            try:
                value = min(max(float(command.value), low), high)
            except (TypeError, ValueError):
                self.emit(Status(message=f"{command.control_id} wants a number", timeout_ms=3000))
                return
            self.params[command.control_id] = value
            self.emit(ScenePatch(control_updates={command.control_id: {"value": value}}))
        elif (isinstance(command, InvokeAction) and command.action_id == "drop") or (
            isinstance(command, KeyPressed) and command.key == "d"
        ):
            self.drop(0.0, 0.0)
        elif is_reset(command):
            self._reset_state()
            self.emit(FieldReplace(field_id="height", values=self.u.astype(np.float32)))
            self.emit(Status(message="reset", timeout_ms=2000))

    def drop(self, x: float, y: float, strength: float = 1.0) -> None:
        """A Gaussian dent at (x, y); both fields move, so it starts at rest."""
        bump = strength * np.exp(-((self.x - x) ** 2 + (self.y - y) ** 2) / 0.004)
        self.u -= bump
        self.u_prev -= bump

    def is_live(self) -> bool:
        return True

    def sim_time(self) -> float:
        """Steps taken, in the wave's own time unit (one step of the leapfrog)."""
        return float(self.ticks * STEPS_PER_TICK)

    def idle_sleep(self) -> float:
        return 0.03

    def step(self) -> None:
        c2 = self.params["speed"] ** 2
        gamma = self.params["damping"]
        u, prev = self.u, self.u_prev
        lap = np.zeros_like(u)
        lap[1:-1, 1:-1] = u[:-2, 1:-1] + u[2:, 1:-1] + u[1:-1, :-2] + u[1:-1, 2:] - 4 * u[1:-1, 1:-1]
        new = (2 * u - (1 - gamma / 2) * prev + c2 * lap) / (1 + gamma / 2)
        new[0, :] = new[-1, :] = new[:, 0] = new[:, -1] = 0.0
        self.u_prev, self.u = u, new

    def advance(self) -> None:
        rain = self.params["rain"]
        drops = self.rng.poisson(rain)
        for _ in range(drops):
            x, y = self.rng.uniform(-0.8, 0.8, size=2)
            self.drop(x, y, self.rng.uniform(0.3, 1.0))
        for _ in range(STEPS_PER_TICK):
            self.step()
        self.ticks += 1
        self.emit(FieldReplace(field_id="height", values=self.u.astype(np.float32)))
