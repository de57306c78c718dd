"""Protocol 1.1: the message kinds, their registry and the default codec.

``encode``/``decode`` are the seam the transports call; swap the codec (say,
:class:`~scenewire.wire.codec.PickleCodec` for a trusted same-version peer) by
passing another one to the transport, never by changing the messages.
"""

from __future__ import annotations

from ..wire.codec import Codec, MsgpackCodec, PickleCodec, Registry
from ..wire.records import Record
from .commands import (
    COMMANDS,
    EntityClicked,
    InvokeAction,
    KeyPressed,
    Reset,
    SessionCommand,
    SetControl,
    StopSession,
)
from .hello import (
    ACCESS,
    CONTROL,
    MAJOR,
    MINOR,
    OBSERVE,
    PROTOCOL,
    SUBPROTOCOL,
    CloseCode,
    Hello,
    check_peer_hello,
    make_hello,
    new_run_id,
    speaks_1_1,
)
from .roles import ROLE_MESSAGES, Access, ControlRequest
from .run_control import RUN_MESSAGES, RunControl, RunState
from .updates import (
    UPDATES,
    Error,
    FieldAppend,
    FieldReplace,
    LayoutReplace,
    PanelPatch,
    ScenePatch,
    SceneReady,
    SessionUpdate,
    StatePatch,
    Status,
    Tick,
)

REGISTRY = Registry((Hello, *COMMANDS, *UPDATES, *ROLE_MESSAGES, *RUN_MESSAGES))
CODEC: Codec = MsgpackCodec(REGISTRY)


def encode(message: Record) -> bytes:
    """Canonical bytes of one message (one WebSocket frame)."""
    return CODEC.encode(message)


def decode(data: bytes | bytearray | memoryview) -> Record:
    """One message from one frame; anything wrong raises ``ProtocolError``."""
    return CODEC.decode(data)


def pickle_codec() -> PickleCodec:
    """The opt-in codec for trusted peers running the same scenewire and NumPy."""
    return PickleCodec(REGISTRY)


__all__ = [
    "ACCESS",
    "COMMANDS",
    "CONTROL",
    "MAJOR",
    "MINOR",
    "OBSERVE",
    "PROTOCOL",
    "REGISTRY",
    "ROLE_MESSAGES",
    "RUN_MESSAGES",
    "SUBPROTOCOL",
    "UPDATES",
    "Access",
    "CloseCode",
    "Codec",
    "ControlRequest",
    "EntityClicked",
    "Error",
    "FieldAppend",
    "FieldReplace",
    "Hello",
    "InvokeAction",
    "KeyPressed",
    "LayoutReplace",
    "PanelPatch",
    "Reset",
    "RunControl",
    "RunState",
    "SceneReady",
    "ScenePatch",
    "SessionCommand",
    "SessionUpdate",
    "SetControl",
    "StatePatch",
    "Status",
    "Tick",
    "StopSession",
    "check_peer_hello",
    "decode",
    "encode",
    "make_hello",
    "new_run_id",
    "pickle_codec",
    "speaks_1_1",
]
