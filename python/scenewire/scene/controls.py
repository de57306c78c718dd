"""Controls (values a person sets), actions (things a person triggers), operators."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..wire.records import ANY, ANY_MAP, BOOL, FLOAT, RANGE, STR, ListOf, Record, Variant, many, opt, req


@dataclass(eq=False, slots=True)
class ScalarSpec(Record, kind="scalar"):
    """A number between ``min`` and ``max``; whole numbers only when ``integer``."""

    min: float = req(FLOAT)
    max: float = req(FLOAT)
    integer: bool = req(BOOL, default=False)
    step: float | None = opt(FLOAT)

    def check(self) -> None:
        if not self.min < self.max:
            raise ValueError(f"scalar spec: min {self.min} must be below max {self.max}")
        if self.step is not None and not self.step > 0:
            raise ValueError(f"scalar spec: step must be positive, got {self.step}")

    def accepts(self, value: Any) -> bool:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return False
        if self.integer and not float(value).is_integer():
            return False
        return self.min <= value <= self.max


@dataclass(eq=False, slots=True)
class ChoiceSpec(Record, kind="choice"):
    """One string out of ``options``."""

    options: list[str] = req(ListOf(STR))

    def check(self) -> None:
        if not self.options:
            raise ValueError("choice spec: options must not be empty")
        if len(set(self.options)) != len(self.options):
            raise ValueError(f"choice spec: options repeat in {self.options}")

    def accepts(self, value: Any) -> bool:
        return value in self.options


@dataclass(eq=False, slots=True)
class BoolSpec(Record, kind="bool"):
    """On or off."""

    def accepts(self, value: Any) -> bool:
        return isinstance(value, bool)


@dataclass(eq=False, slots=True)
class XYSpec(Record, kind="xy"):
    """A point ``[x, y]`` inside two ranges."""

    x_range: tuple[float, float] = req(RANGE)
    y_range: tuple[float, float] = req(RANGE)

    def accepts(self, value: Any) -> bool:
        if not isinstance(value, (list, tuple)) or len(value) != 2:
            return False
        x, y = value
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (x, y)):
            return False
        return self.x_range[0] <= x <= self.x_range[1] and self.y_range[0] <= y <= self.y_range[1]


SPEC_KINDS = (ScalarSpec, ChoiceSpec, BoolSpec, XYSpec)
ValueSpec = ScalarSpec | ChoiceSpec | BoolSpec | XYSpec


@dataclass(eq=False, slots=True)
class Control(Record):
    """A value a person sets; sent to the session as ``set_control`` when ``send_to_session``.

    Args:
        id: unique among the scene's controls; ``SetControl.control_id`` names it.
        label: the text beside the widget.
        spec: what values it takes: :class:`ScalarSpec` (a slider), :class:`ChoiceSpec`,
            :class:`BoolSpec` (a check box) or :class:`XYSpec`.
        value: its value now; must fit ``spec``.
        send_to_session: whether changes are sent to the session (else only frontend state).
    """

    id: str = req(STR)
    label: str = req(STR)
    spec: ValueSpec = req(Variant(*SPEC_KINDS))
    value: Any = req(ANY)
    send_to_session: bool = req(BOOL, default=True)

    def check(self) -> None:
        if isinstance(self.value, tuple):
            self.value = list(self.value)
        if not self.spec.accepts(self.value):
            raise ValueError(f"control {self.id!r}: value {self.value!r} does not fit its {self.spec.wire_kind} spec")


@dataclass(eq=False, slots=True)
class Action(Record):
    """A button or key: sends ``invoke_action`` with ``payload``.

    Args:
        id: unique among the scene's actions; ``InvokeAction.action_id`` names it.
        label: the button's text.
        payload: a map sent with each ``invoke_action``.
        shortcuts: keys that trigger it too, by the names of ``key_pressed`` (``"r"``, ``"space"``).

    Example::

        Action(id="reset", label="Reset", shortcuts=["r"])
    """

    id: str = req(STR)
    label: str = req(STR)
    payload: dict[str, Any] = many(ANY_MAP, dict)
    shortcuts: list[str] = many(ListOf(STR))


@dataclass(eq=False, slots=True)
class Operator(Record):
    """A session-side instrument or transform the frontend shows (a clamp, a probe).

    ``kind`` is free text the frontend may recognise; ``inputs`` name the
    fields it reads; ``params`` hold its settings and are what
    ``scene_patch.operator_updates`` changes.
    """

    id: str = req(STR)
    kind: str = req(STR)
    inputs: list[str] = many(ListOf(STR))
    output: str | None = opt(STR)
    params: dict[str, Any] = many(ANY_MAP, dict)
