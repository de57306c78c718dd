"""The scene model: appends and trims, validation that names the id, derived layout."""

from __future__ import annotations

import numpy as np
import pytest

from scenewire import decode, encode
from scenewire.protocol import SceneReady
from scenewire.scene import (
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


def trace(n_time: int = 3) -> Field:
    return Field(
        id="v",
        values=np.zeros((2, n_time), np.float32),
        dims=["segment", "time"],
        coords={"time": np.arange(n_time, dtype=np.float64)},
    )


def test_append_grows_along_the_dim_and_its_coords() -> None:
    field = trace()
    field.append("time", np.ones((2, 2), np.float32), coord_values=[3.0, 4.0], attrs_update={"t": 4.0})
    assert field.values.shape == (2, 5)
    assert field.coords["time"].tolist() == [0, 1, 2, 3, 4]
    assert field.attrs == {"t": 4.0}


def test_append_trims_to_max_length_keeping_the_newest() -> None:
    field = trace()
    for step in range(10):
        field.append("time", np.full((2, 1), step, np.float32), coord_values=[3.0 + step], max_length=4)
    assert field.values.shape == (2, 4)
    assert field.values[0].tolist() == [6, 7, 8, 9]
    assert field.coords["time"].tolist() == [9, 10, 11, 12]
    assert field.values.flags.c_contiguous


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("depth", np.ones((2, 1)), [1.0]), "has no dim 'depth'"),
        (("time", np.ones((3, 1)), [1.0]), "does not fit"),
        (("time", np.ones((2, 2)), [1.0]), "2 new entries along 'time' but 1 coord values"),
        (("time", np.ones((2, 1)), None), "has coords, append gave none"),
    ],
)
def test_bad_appends_name_the_field(args: tuple, words: str) -> None:
    with pytest.raises(ValueError, match=words) as caught:
        trace().append(*args)
    assert "'v'" in str(caught.value)


def test_field_checks_dims_and_coords() -> None:
    with pytest.raises(ValueError, match="field 'x': 1 dims"):
        Field(id="x", values=np.zeros((2, 2)), dims=["a"])
    with pytest.raises(ValueError, match="coords for 'a' have shape"):
        Field(id="x", values=np.zeros(2), dims=["a"], coords={"a": np.zeros(3)})


def cell() -> MorphologyGeometry:
    return MorphologyGeometry(
        id="cell",
        positions=np.zeros((2, 3)),
        orientations=np.tile(np.eye(3), (2, 1, 1)),
        radii=np.ones(2),
        lengths=np.ones(2),
        xlocs=np.array([0.25, 0.75]),
        entity_ids=["d(0.25)", "d(0.75)"],
        section_names=["d", "d"],
    )


def test_scene_errors_name_the_offending_id() -> None:
    with pytest.raises(ValueError, match="view 'm': colour field 'nope' is not in the scene"):
        Scene(geometries=[cell()], views=[MorphologyView(id="m", geometry_id="cell", color_field_id="nope")])
    with pytest.raises(ValueError, match="view 'm': geometry 'gone' is not in the scene"):
        Scene(views=[MorphologyView(id="m", geometry_id="gone")])
    with pytest.raises(ValueError, match="panel 'p': control 'c' is not in the scene"):
        Scene(layout=Layout(panels=[Panel(id="p", kind="controls", control_ids=["c"])]))
    with pytest.raises(ValueError, match="control 'c': value 5 does not fit"):
        Control(id="c", label="C", spec=ScalarSpec(min=0, max=1), value=5)
    with pytest.raises(ValueError, match="morphology 'cell': 2 entity_ids but 1 radii"):
        MorphologyGeometry(
            **{
                **{
                    f: getattr(cell(), f)
                    for f in ("id", "positions", "orientations", "lengths", "xlocs", "entity_ids", "section_names")
                },
                "radii": np.ones(1),
            }
        )


def test_default_layout_has_a_panel_per_view_and_one_for_controls() -> None:
    scene = Scene(
        fields=[trace()],
        geometries=[cell()],
        views=[
            MorphologyView(id="m", geometry_id="cell", title="Cell"),
            LinePlotView(id="t", field_id="v", x_dim="time"),
        ],
        controls=[Control(id="amp", label="Amp", spec=ScalarSpec(min=0, max=1), value=0.5)],
        actions=[Action(id="reset", label="Reset")],
        metadata={"title": "Demo"},
    )
    layout = scene.resolved_layout()
    assert [(p.kind, p.view_ids) for p in layout.panels] == [("view_3d", ["m"]), ("line_plot", ["t"]), ("controls", [])]
    assert layout.panels[0].title == "Cell"
    assert layout.panels[2].control_ids == ["amp"] and layout.panels[2].action_ids == ["reset"]
    assert layout.title == "Demo"
    assert decode(encode(SceneReady(scene=scene))).scene.resolved_layout() == layout
