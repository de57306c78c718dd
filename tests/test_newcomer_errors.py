"""Mistakes a new user made on a first afternoon (issue 17), each met by the real command with one line to act on."""

from __future__ import annotations

import subprocess
import textwrap
from pathlib import Path

import pytest

from .test_cli import PY, WAIT, start_server
from .test_cli_usability import one_line_error, run

RING = textwrap.dedent(
    """
    import numpy as np
    import scenewire as sw


    class RingSession(sw.BufferedSession):
        def initialize(self) -> sw.Scene:
            return sw.Scene(metadata={"title": "ring"})


    def ring():  # the arrays of a ring network, where a session was meant
        return {"x": np.arange(20000.0), "y": np.arange(20000.0)}


    def ring_scene() -> sw.Scene:
        return sw.Scene()


    def ring_of(n):
        return RingSession()
    """
)


@pytest.fixture
def ring(tmp_path: Path) -> Path:
    (tmp_path / "ring.py").write_text(RING)
    return tmp_path


def test_a_file_name_for_the_module_says_to_drop_py(ring: Path) -> None:
    text = one_line_error(run("serve", "ring.py:RingSession", cwd=ring))
    assert "without .py: scenewire serve ring:RingSession" in text
    assert "imported from the folder you run scenewire in" in text


def test_a_file_in_another_folder_says_where_to_run_from(ring: Path) -> None:
    text = one_line_error(run("serve", f"{ring.name}/ring.py:RingSession", cwd=ring.parent))
    assert f"cd {ring.name} && scenewire serve ring:RingSession" in text


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("ring_scene", "ring_scene returns Scene, not a session: a session source is a Session subclass"),
        ("ring_of", "ring_of needs arguments (n), but a session source is called with none"),
    ],
)
def test_a_function_that_cannot_be_a_factory_is_refused_before_serving(ring: Path, name: str, expected: str) -> None:
    assert expected in one_line_error(run("serve", f"ring:{name}", "--port", "0", cwd=ring))


def test_a_plain_function_gets_a_short_error_with_the_fix_not_the_repr_of_what_it_returned(ring: Path) -> None:
    """Nothing but a call tells ``ring()`` from a factory: its client gets one bounded line, not 30 KB of arrays."""
    server = subprocess.Popen(
        [PY, "-m", "scenewire.cli", "serve", "ring:ring", "--port", "0"],
        cwd=ring, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        assert server.stdout is not None
        url = next(line.split()[-1] for line in server.stdout if line.startswith("connect with: "))
        result = run("probe", url, "--seconds", "20")
    finally:
        server.kill()
        server.wait(WAIT)
    error = next(line for line in result.stdout.splitlines() if line.startswith("error"))
    assert "ring() returned a dict, which is not a session" in error
    assert "a session source is a Session subclass" in error
    assert "array(" not in result.stdout and len(error) < 1000, len(error)


def test_probe_of_a_web_address_is_one_line_with_the_websocket_url() -> None:
    text = one_line_error(run("probe", "http://127.0.0.1:8765", "--count", "1"))
    assert "ws://127.0.0.1:8765" in text and "WebSocket" in text
    text = one_line_error(run("record", "https://example.org/run", "/tmp/never-written.mcap"))
    assert "wss://example.org/run" in text


def test_an_address_without_its_scheme_is_understood_by_probe_and_record(tmp_path: Path) -> None:
    server, url = start_server("scenewire.demos.echo:EchoSession")
    try:
        bare = url.removeprefix("ws://")
        probed = run("probe", bare, "--count", "1")
        assert probed.returncode == 0 and "connected to scenewire-python" in probed.stdout, probed.stdout
        recorded = run("record", bare, str(tmp_path / "run.mcap"), "--count", "1")
        assert recorded.returncode == 0 and (tmp_path / "run.mcap").is_file(), recorded.stdout + recorded.stderr
        assert f"recording {url} " in recorded.stdout
    finally:
        server.kill()
        server.wait(WAIT)


def test_wss_to_a_server_without_tls_says_why_it_failed() -> None:
    server, url = start_server("scenewire.demos.echo:EchoSession")
    try:
        secure = url.replace("ws://", "wss://")
        result = run("probe", secure, "--count", "1")
    finally:
        server.kill()
        server.wait(WAIT)
    assert result.returncode == 2
    line = result.stdout.strip()
    assert line.startswith(f"cannot connect to {secure}: ") and not line.endswith(": ")
    assert "scenewire serve does not speak" in line and "docs/security.md" in line
    assert f"use {url}" in line


def test_a_field_append_with_a_coordinate_short_is_refused_where_it_is_built() -> None:
    import numpy as np

    import scenewire as sw
    from scenewire.protocol import decode
    from scenewire.wire.records import as_received

    with pytest.raises(ValueError, match=r"field_append 'v': 9 coord_values for values of shape 10 x 2; give one"):
        sw.FieldAppend(field_id="v", append_dim="time", values=np.zeros((10, 2)), coord_values=np.arange(9.0))
    # what a peer may send is still decoded (§7.3: a receiver reports it as does_not_fit, §7.10)
    with as_received():
        sent = sw.FieldAppend(field_id="v", append_dim="time", values=np.zeros((10, 2)), coord_values=np.arange(9.0))
    assert decode(sw.encode(sent)).coord_values.shape == (9,)


def test_a_line_plot_whose_dims_are_not_its_fields_is_refused_where_the_scene_is_built() -> None:
    import numpy as np

    import scenewire as sw
    from scenewire.protocol import decode
    from scenewire.wire.records import as_received

    trace = sw.Field(id="v", values=np.zeros((0, 2)), dims=["t", "site"])
    for view, wrong in [
        (sw.LinePlotView(id="p", field_id="v", x_dim="time"), "x_dim 'time'"),
        (sw.LinePlotView(id="p", field_id="v", x_dim="t", series_dim="cell"), "series_dim 'cell'"),
        (sw.LinePlotView(id="p", field_id="v", x_dim="t", selectors={"trial": 0}), "selector 'trial'"),
    ]:
        expected = rf"view 'p': {wrong} is not a dim of field 'v' \(its dims: \['t', 'site'\]\)"
        with pytest.raises(ValueError, match=expected):
            sw.Scene(fields=[trace], views=[view])
    sw.Scene(fields=[trace], views=[sw.LinePlotView(id="p", field_id="v", x_dim="t", series_dim="site")])
    with as_received():  # §8.12: a decoder does not cross-check a plot's dims; the frontend draws nothing for it
        scene = sw.Scene(fields=[trace], views=[sw.LinePlotView(id="p", field_id="v", x_dim="time")])
    assert decode(sw.encode(sw.SceneReady(scene=scene))).scene.views[0].x_dim == "time"


def test_factories_stay_accepted_and_their_kin_refused_by_check_source() -> None:
    import functools

    import scenewire as sw
    from scenewire.recording import ReplaySession
    from scenewire.session import check_source

    class Cell(sw.BufferedSession):
        pass

    def make() -> Cell:
        return Cell()

    def nothing() -> None:
        return None

    for source in (Cell, make, lambda: Cell(), functools.partial(ReplaySession, "run.mcap", speed=2.0)):
        assert check_source(source) is source
    with pytest.raises(TypeError, match="nothing returns None, not a session"):
        check_source(nothing)
