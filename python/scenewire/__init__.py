"""scenewire: a language-agnostic wire protocol for live simulation scenes.

One import gives a session author everything (docs/writing-a-session.md)::

    import scenewire as sw

    class Lorenz(sw.BufferedSession):
        def initialize(self) -> sw.Scene: ...
        def advance(self) -> None:
            self.emit(sw.FieldAppend(...))

    sw.run_backend_server(Lorenz, "127.0.0.1", 8765)

The session classes, the scene model (fields, geometries, views, controls,
layout), the updates a session emits and the commands it handles are plain
attributes. The transports load on first use, so ``import scenewire`` pulls
in neither asyncio, websockets, multiprocessing nor Qt.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"  # first: modules below read it while this package is still importing

from .protocol import (
    EntityClicked,
    Error,
    FieldAppend,
    FieldReplace,
    InvokeAction,
    KeyPressed,
    LayoutReplace,
    PanelPatch,
    Reset,
    ScenePatch,
    SceneReady,
    SessionCommand,
    SessionUpdate,
    SetControl,
    StatePatch,
    Status,
    StopSession,
    decode,
    encode,
)
from .scene import (
    Action,
    BoolSpec,
    Camera,
    ChoiceSpec,
    Control,
    Field,
    GraphEdge,
    GraphNode,
    GridGeometry,
    ImageView,
    Layout,
    LinePlotView,
    MorphologyGeometry,
    MorphologyView,
    Operator,
    Panel,
    RasterView,
    ScalarSpec,
    Scene,
    StateGraphView,
    SurfaceView,
    XYSpec,
    morphology_from_points,
)
from .session import BufferedSession, Session
from .wire import EncodeError, ErrorCode, ProtocolError

_LAZY = {
    "run_backend_server": ("scenewire.transports.ws_server", "run_backend_server"),
    "BackendServer": ("scenewire.transports.ws_server", "BackendServer"),
    "PipeTransport": ("scenewire.transports.pipe", "PipeTransport"),
}


def __getattr__(name: str) -> Any:
    """The transports, imported when first asked for (they bring asyncio or multiprocessing)."""
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        return getattr(importlib.import_module(module), attr)
    raise AttributeError(f"module 'scenewire' has no attribute {name!r}")


__all__ = [
    "Action",
    "BackendServer",
    "BoolSpec",
    "BufferedSession",
    "Camera",
    "ChoiceSpec",
    "Control",
    "EncodeError",
    "EntityClicked",
    "Error",
    "ErrorCode",
    "Field",
    "FieldAppend",
    "FieldReplace",
    "GraphEdge",
    "GraphNode",
    "GridGeometry",
    "InvokeAction",
    "KeyPressed",
    "Layout",
    "LayoutReplace",
    "ImageView",
    "LinePlotView",
    "MorphologyGeometry",
    "MorphologyView",
    "Operator",
    "Panel",
    "PanelPatch",
    "PipeTransport",
    "ProtocolError",
    "Reset",
    "ScalarSpec",
    "Scene",
    "SceneReady",
    "ScenePatch",
    "Session",
    "SessionCommand",
    "SessionUpdate",
    "RasterView",
    "SetControl",
    "StateGraphView",
    "StatePatch",
    "Status",
    "StopSession",
    "SurfaceView",
    "XYSpec",
    "__version__",
    "decode",
    "encode",
    "morphology_from_points",
    "run_backend_server",
]
