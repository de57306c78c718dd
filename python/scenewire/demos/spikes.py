"""Spiking units: a raster of their spikes and an image of their membrane voltages (views of protocol 1.1).

``SpikeSheetSession`` is a 40 x 40 sheet of leaky integrate-and-fire units
driven by a travelling wave of input and noise: the raster shows the wave as
diagonal bands, the image shows the voltage sheet, updated in place.
``PoissonRasterSession`` is 10 000 independent Poisson units at 10 Hz: the
raster's load case (bench/bench_raster.py).

A raster's field is 1-D along ``"spike"``: each entry is a unit index (int32),
its coordinate the spike time in ms; a tick's spikes are one ``field_append``
with ``max_length``, so the frontend keeps a bounded, scrolling window.

    scenewire view scenewire.demos.spikes:SpikeSheetSession
    scenewire view scenewire.demos.spikes:PoissonRasterSession
"""

from __future__ import annotations

import numpy as np

from ..protocol import FieldAppend, FieldReplace
from ..scene import Field, ImageView, Layout, Panel, RasterView, Scene
from ..session import BufferedSession
from .commands import is_reset

V_REST, V_THRESHOLD, V_RESET = -70.0, -50.0, -75.0  # mV
TAU_MS = 10.0
DT_MS = 0.1
STEPS_PER_TICK = 10  # 1 ms of model time per tick
WINDOW_MS = 500.0
DRIVE_MV, WAVE_MV = 12.0, 12.0  # input at rest and the wave's amplitude: units fire on the wave's crests
WAVE_PERIOD_MS = 100.0
WAVELENGTH_MM = 2.0  # a plane wave along y: a row of units fires together, the raster shows bands


def spike_field(units: int) -> Field:
    """The empty event field a raster draws: unit indices along ``spike``, times (ms) as its coordinates."""
    return Field(
        id="spikes",
        values=np.zeros(0, dtype=np.int32),
        dims=["spike"],
        coords={"spike": np.zeros(0, dtype=np.float64)},
        attrs={"units": units},
    )


class SpikeSheetSession(BufferedSession):
    """A ``side`` x ``side`` sheet of LIF units under a travelling wave of input: raster and voltage image."""

    def __init__(self, side: int = 40, seed: int = 1) -> None:
        super().__init__()
        self.side, self.seed = side, seed
        self.axis = np.arange(side) * 0.05  # mm between units
        self.max_events = side * side * 60
        self._reset_state()

    def _reset_state(self) -> None:
        self.rng = np.random.default_rng(self.seed)
        self.v = self.rng.uniform(V_REST, V_THRESHOLD, size=(self.side, self.side))
        self.t = 0.0

    def initialize(self) -> Scene:
        units = self.side * self.side
        return Scene(
            fields=[
                spike_field(units),
                Field(
                    id="v",
                    values=self.v.astype(np.float32),
                    dims=["y", "x"],
                    coords={"y": self.axis, "x": self.axis},
                    unit="mV",
                ),
            ],
            views=[
                RasterView(
                    id="raster",
                    field_id="spikes",
                    event_dim="spike",
                    unit_count=units,
                    time_label="t",
                    time_unit="ms",
                    unit_label="unit",
                    rolling_window=WINDOW_MS,
                    title="spikes",
                ),
                ImageView(
                    id="sheet",
                    field_id="v",
                    x_dim="x",
                    y_dim="y",
                    colormap="coolwarm",
                    color_limits=(V_RESET, V_THRESHOLD),
                    x_label="x",
                    y_label="y",
                    x_unit="mm",
                    y_unit="mm",
                    value_label="V",
                    title="membrane voltage",
                ),
            ],
            layout=Layout(
                title="scenewire: a sheet of spiking units",
                panels=[
                    Panel(id="raster", kind="line_plot", title="raster", view_ids=["raster"]),
                    Panel(id="sheet", kind="line_plot", title="voltage", view_ids=["sheet"]),
                ],
                panel_grid=[["raster", "sheet"]],
            ),
            metadata={"title": "a sheet of leaky integrate-and-fire units"},
            time_unit="ms",
        )

    def handle(self, command: object) -> None:
        if is_reset(command):
            self._reset_state()
            self.emit(FieldReplace(field_id="spikes", values=np.zeros(0, np.int32), coords={"spike": np.zeros(0)}))

    def is_live(self) -> bool:
        return True

    def sim_time(self) -> float:
        return self.t

    def idle_sleep(self) -> float:
        return 0.01

    def advance(self) -> None:
        y = self.axis[:, None]
        units: list[np.ndarray] = []
        times: list[np.ndarray] = []
        for _ in range(STEPS_PER_TICK):
            phase = 2 * np.pi * (y / WAVELENGTH_MM - self.t / WAVE_PERIOD_MS)
            drive = DRIVE_MV + WAVE_MV * np.sin(phase)
            noise = self.rng.normal(0.0, 3.0, size=self.v.shape)
            self.v += DT_MS / TAU_MS * (V_REST - self.v + drive) + noise * np.sqrt(DT_MS / TAU_MS)
            self.t += DT_MS
            fired = np.flatnonzero(self.v.ravel() >= V_THRESHOLD)
            if fired.size:
                self.v.ravel()[fired] = V_RESET
                units.append(fired.astype(np.int32))
                times.append(np.full(fired.size, self.t))
        if units:
            self.emit(
                FieldAppend(
                    field_id="spikes",
                    append_dim="spike",
                    values=np.concatenate(units),
                    coord_values=np.concatenate(times),
                    max_length=self.max_events,
                )
            )
        self.emit(FieldReplace(field_id="v", values=self.v.astype(np.float32)))


class PoissonRasterSession(BufferedSession):
    """``units`` independent Poisson units at ``rate_hz``; ``tick_ms`` of model time per tick."""

    def __init__(self, units: int = 10_000, rate_hz: float = 10.0, tick_ms: float = 10.0, seed: int = 1) -> None:
        super().__init__()
        self.units, self.rate_hz, self.tick_ms, self.seed = units, rate_hz, tick_ms, seed
        self.rng = np.random.default_rng(seed)
        self.t = 0.0

    def initialize(self) -> Scene:
        window_ms = 1000.0
        return Scene(
            fields=[spike_field(self.units)],
            views=[
                RasterView(
                    id="raster",
                    field_id="spikes",
                    event_dim="spike",
                    unit_count=self.units,
                    time_label="t",
                    time_unit="ms",
                    unit_label="unit",
                    rolling_window=window_ms,
                    title=f"{self.units} Poisson units at {self.rate_hz:g} Hz",
                )
            ],
            metadata={"title": "Poisson raster"},
            time_unit="ms",
        )

    def is_live(self) -> bool:
        return True

    def sim_time(self) -> float:
        return self.t

    def idle_sleep(self) -> float:
        return 0.0

    def tick_events(self) -> tuple[np.ndarray, np.ndarray]:
        """This tick's spikes: (unit indices, times in ms ascending)."""
        count = self.rng.poisson(self.units * self.rate_hz * self.tick_ms / 1000.0)
        times = np.sort(self.rng.uniform(self.t, self.t + self.tick_ms, size=count))
        return self.rng.integers(0, self.units, size=count, dtype=np.int32), times

    def advance(self) -> None:
        units, times = self.tick_events()
        self.t += self.tick_ms
        max_length = int(self.units * self.rate_hz * 2.0)  # 2 s of spikes: the 1 s window and room
        self.emit(
            FieldAppend(field_id="spikes", append_dim="spike", values=units, coord_values=times, max_length=max_length)
        )
