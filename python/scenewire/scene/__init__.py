"""The scene model: what a session shows, as records that travel on the wire."""

from .controls import Action, BoolSpec, ChoiceSpec, Control, Operator, ScalarSpec, ValueSpec, XYSpec
from .fields import Field
from .geometry import Geometry, GridGeometry, MorphologyGeometry
from .layout import PANEL_KINDS, Layout, Panel
from .morphology import morphology_from_points
from .scene import Scene, default_layout
from .views import (
    Camera,
    GraphEdge,
    GraphNode,
    ImageView,
    LinePlotView,
    MorphologyView,
    RasterView,
    StateGraphView,
    SurfaceView,
    View,
)

__all__ = [
    "PANEL_KINDS",
    "Action",
    "BoolSpec",
    "Camera",
    "ChoiceSpec",
    "Control",
    "Field",
    "Geometry",
    "GraphEdge",
    "GraphNode",
    "GridGeometry",
    "Layout",
    "ImageView",
    "LinePlotView",
    "MorphologyGeometry",
    "MorphologyView",
    "Operator",
    "Panel",
    "ScalarSpec",
    "Scene",
    "RasterView",
    "StateGraphView",
    "SurfaceView",
    "ValueSpec",
    "View",
    "XYSpec",
    "default_layout",
    "morphology_from_points",
]
