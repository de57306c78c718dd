"""Protocol 1.1's run control (§6.8, §7.15): pause, resume, step and a speed limit for every session.

``run_control`` is a command a client sends (only the controller on a shared
run, §2.5); the session loop carries it out itself and never passes it to the
session's ``handle()``, so a session gets run control without code of its own.
``run_state`` is the loop's answer to every client: running, paused or stopped,
and the speed limit. Like ``access`` it is outside every tick (§7.12 rule 2)
and never applied to a scene state. Both travel only between peers whose
hellos say minor 1 or more (§13).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..wire.records import FLOAT, POSITIVE, STR, Record, opt, req

PAUSE, RESUME, STEP, SPEED = "pause", "resume", "step", "speed"
ACTIONS = (PAUSE, RESUME, STEP, SPEED)
RUNNING, PAUSED, STOPPED = "running", "paused", "stopped"
RUN_STATES = (RUNNING, PAUSED, STOPPED)
MAX_STEPS = 1_000_000
"""The most ticks one ``step`` asks for (§6.8): a larger ``steps`` is ``invalid_value``."""


def _check_rate(value: float | None, where: str) -> None:
    if value is not None and not value > 0:  # NaN fails too; +inf is no limit, as absent
        raise ValueError(f"{where}: ticks_per_s must be a number above 0 (absent or +inf: no limit), not {value!r}")


@dataclass(eq=False, slots=True)
class RunControl(Record, kind="run_control"):
    """Client to server: ``pause``, ``resume``, ``step`` (``steps`` ticks, default 1, then paused) or ``speed``.

    ``speed`` sets the most ticks per second (``ticks_per_s``; absent lifts the limit).
    """

    action: str = req(STR)
    steps: int | None = opt(POSITIVE)
    ticks_per_s: float | None = opt(FLOAT)

    def check(self) -> None:
        if self.action not in ACTIONS:
            raise ValueError(f"run_control: action {self.action!r} is not one of {ACTIONS}")
        if self.steps is not None and self.action != STEP:
            raise ValueError(f"run_control: steps goes with action 'step' only, not {self.action!r}")
        if self.steps is not None and self.steps > MAX_STEPS:
            raise ValueError(f"run_control: steps {self.steps} is over {MAX_STEPS}")
        if self.ticks_per_s is not None and self.action != SPEED:
            raise ValueError(f"run_control: ticks_per_s goes with action 'speed' only, not {self.action!r}")
        _check_rate(self.ticks_per_s, "run_control")


@dataclass(eq=False, slots=True)
class RunState(Record, kind="run_state"):
    """Server to client: whether the run advances (``running``), waits (``paused``) or stopped on an error.

    ``ticks_per_s`` is the speed limit in force (absent: none).
    """

    state: str = req(STR)
    ticks_per_s: float | None = opt(FLOAT)

    def check(self) -> None:
        if self.state not in RUN_STATES:
            raise ValueError(f"run_state: state {self.state!r} is not one of {RUN_STATES}")
        _check_rate(self.ticks_per_s, "run_state")


RUN_MESSAGES = (RunControl, RunState)
"""1.1's run-control kinds; a peer whose hello says minor 0 is never sent one (§13)."""
